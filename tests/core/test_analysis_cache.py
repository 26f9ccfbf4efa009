"""The analysis cache: JSON round trip, hits skip the per-document work, a changed document re-analyses
only itself, rule changes invalidate, bounded, shared by two processes, a damaged file is rebuilt."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core import analysis, analysis_cache
from timeline_app.core.analysis import analyse_document, decode_analysis, encode_analysis
from timeline_app.core.analysis_cache import AnalysisCache, document_key
from timeline_app.core.documents import load_paths
from timeline_app.core.pipeline import build_timeline, seeds_dir

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def documents():
    docs, _problems = load_paths([str(seeds_dir()), str(FIXTURES / "news"), str(FIXTURES / "leads")])
    return list(docs)


def test_every_analysis_survives_the_json_round_trip(documents):
    decoded_any_offset = decoded_any_news = False
    for doc in documents:
        original = analyse_document(doc)
        text = json.dumps(encode_analysis(original))  # plain JSON: no pickle anywhere
        back = decode_analysis(json.loads(text), doc)
        assert back == original, doc.id
        decoded_any_offset |= any(c.offset is not None for c in back.candidates or ())
        decoded_any_news |= bool(back.news)
    assert decoded_any_offset and decoded_any_news  # the rarer fields were exercised


def _count_analyses(monkeypatch) -> list[str]:
    """Patch the per-document work to record which documents it really analyses (serial path)."""
    seen: list[str] = []
    real = analysis.analyse_document

    def counting(doc, **kwargs):
        seen.append(Path(doc.path).name)
        return real(doc, **kwargs)

    monkeypatch.setattr("timeline_app.core.document_map.analyse_document", counting)
    return seen


def _articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for source in sorted(seeds_dir().iterdir()):
        (folder / source.name).write_bytes(source.read_bytes())
    return folder


def test_a_hit_skips_the_work_and_a_changed_document_re_analyses_only_itself(tmp_path, monkeypatch):
    folder = _articles(tmp_path)
    seen = _count_analyses(monkeypatch)
    cold = build_timeline([folder], workers=1)
    assert len(seen) == len(cold.documents) == 5
    seen.clear()
    warm = build_timeline([folder], workers=1)
    assert seen == [] and warm == cold
    changed = sorted(folder.iterdir())[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOn May 2, 2001, the council met again.\n",
                       encoding="utf-8")
    again = build_timeline([folder], workers=1)
    assert seen == [changed.name]
    assert again == build_timeline([folder], workers=1, cache=False)


def test_disabled_by_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    assert AnalysisCache.default() is None
    folder = _articles(tmp_path)
    seen = _count_analyses(monkeypatch)
    build_timeline([folder], workers=1)
    build_timeline([folder], workers=1)
    assert len(seen) == 10


def test_the_tests_never_use_the_users_cache_directory(tmp_path_factory):
    directory = analysis_cache.default_directory()
    assert directory is not None and directory.parent == tmp_path_factory.getbasetemp()
    assert directory.name.startswith("analysis-cache")


def test_a_change_to_the_rules_changes_every_key(documents, monkeypatch):
    doc = documents[0]
    before = document_key(doc)
    assert document_key(doc) == before
    monkeypatch.setattr(analysis_cache, "extractor_version", lambda: "another version of the rules")
    assert document_key(doc) != before


def test_rows_of_another_version_are_dropped_when_opened(tmp_path, documents, monkeypatch):
    path = tmp_path / "c.sqlite"
    cache = AnalysisCache(path)
    _found, keys = cache.get_many(documents[:2])
    cache.put_many([(keys[d.id], analyse_document(d)) for d in documents[:2]])
    assert len(cache) == 2
    cache.close()
    monkeypatch.setattr(analysis_cache, "extractor_version", lambda: "new rules")
    assert len(AnalysisCache(path)) == 0


@pytest.mark.parametrize("damage", [
    b"this is not a database at all" * 100,  # garbage
    b"SQLite format 3\x00" + b"\xff" * 4000,  # a header, then garbage
    b"",  # empty: SQLite makes a fresh database of it
])
def test_a_damaged_cache_is_deleted_and_rebuilt_never_a_crash(tmp_path, monkeypatch, damage):
    cache_dir = tmp_path / "damaged-cache"
    cache_dir.mkdir()
    monkeypatch.setenv("TIMELINE_APP_CACHE", str(cache_dir))
    (cache_dir / analysis_cache.FILE_NAME).write_bytes(damage)
    folder = _articles(tmp_path)
    timeline = build_timeline([folder], workers=1)
    assert len(timeline.documents) == 5
    warnings = [p for p in timeline.problems if analysis_cache.FILE_NAME in p.path]
    assert all(p.level == "warning" and "rebuilt" in p.message for p in warnings)
    assert bool(warnings) == bool(damage)
    seen = _count_analyses(monkeypatch)
    assert build_timeline([folder], workers=1) == timeline.__class__(
        timeline.documents, timeline.events, tuple(p for p in timeline.problems if p not in warnings))
    assert seen == []  # the rebuilt cache works


def test_a_damaged_entry_is_a_miss(tmp_path, documents):
    cache = AnalysisCache(tmp_path / "c.sqlite")
    doc = documents[0]
    _found, keys = cache.get_many([doc])
    cache.put_many([(keys[doc.id], analyse_document(doc))])
    cache._connection.execute("UPDATE analyses SET data = '{\"format\": 1, \"candidates\": [[1, 2]]}'")
    found, _keys = cache.get_many([doc])
    assert found == {}


def test_bounded_the_oldest_used_go_first(tmp_path, documents):
    docs = documents[:4]
    cache = AnalysisCache(tmp_path / "c.sqlite", limit_bytes=10**9)
    _found, keys = cache.get_many(docs)
    analyses = {d.id: analyse_document(d) for d in docs}
    for d in docs:  # one at a time: each later one is newer
        cache.put_many([(keys[d.id], analyses[d.id])])
    sizes = dict(cache._connection.execute("SELECT key, size FROM analyses"))
    cache.get_many(docs[:1])  # using the oldest makes it the newest
    cache.limit_bytes = sizes[keys[docs[0].id]] + sizes[keys[docs[3].id]]
    cache.put_many([(keys[docs[3].id], analyses[docs[3].id])])
    found, _keys = cache.get_many(docs)
    assert set(found) == {docs[0].id, docs[3].id}


WRITER = """
import sys
from timeline_app.core.analysis import analyse_document
from timeline_app.core.analysis_cache import AnalysisCache
from timeline_app.core.documents import load_paths
docs, _ = load_paths([sys.argv[2]])
cache = AnalysisCache(__import__("pathlib").Path(sys.argv[1]))
for _ in range(3):
    _found, keys = cache.get_many(list(docs))
    cache.put_many([(keys[d.id], analyse_document(d)) for d in docs])
print(len(cache))
"""


def test_two_processes_share_one_cache_file(tmp_path):
    path = tmp_path / "shared.sqlite"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(seeds_dir())],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert out.strip() == "5"
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_codec_knows_every_field_of_what_it_encodes():
    """A new field of Candidate or NewsItem must be added to analysis.py's JSON codec, and
    ANALYSIS_FORMAT bumped; this lists the fields the codec was written for."""
    from dataclasses import fields

    from timeline_app.core.extraction import Candidate
    from timeline_app.core.model import Mention
    from timeline_app.core.news import NewsItem

    assert [f.name for f in fields(Candidate)] == [
        "mention", "first", "last", "precision", "kind", "title", "sentence", "actors", "inferred", "explanation",
        "period", "offset", "anchor_kind", "relation", "referent", "reported"]
    assert [f.name for f in fields(NewsItem)] == ["candidate", "index", "dated_nearby", "role", "simple_past"]
    assert [f.name for f in fields(Mention)] == [
        "document", "start", "end", "text", "sentence_start", "sentence_end", "dated", "inferred"]
