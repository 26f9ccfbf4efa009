"""The analysis cache: JSON round trip, hits skip the per-document work, a changed document re-analyses
only itself, rule changes invalidate, bounded, shared by two processes, a damaged file is rebuilt."""
from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sqlite3
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest

from timeline_app.core import analysis, analysis_cache
from dateutil.relativedelta import relativedelta

from timeline_app.core.analysis import (DocumentAnalysis, DocumentProblem, analyse_document, decode_analysis,
                                        encode_analysis)
from timeline_app.core.analysis_cache import AnalysisCache, document_key
from timeline_app.core.documents import load_paths
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Document, Mention, Precision
from timeline_app.core.news import NewsItem
from timeline_app.core.pipeline import build_timeline, seeds_dir

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def documents():
    docs, _problems = load_paths([str(seeds_dir()), str(FIXTURES / "news"), str(FIXTURES / "leads")])
    return list(docs)


def test_every_analysis_survives_the_json_round_trip(documents):
    decoded_any_offset = decoded_any_news = decoded_any_reference = False
    for doc in documents:
        original = analyse_document(doc)
        data = encode_analysis(original)
        for line in zlib.decompress(data).splitlines():
            json.loads(line)  # plain JSON lines: no pickle anywhere
        back = decode_analysis(data, doc)
        assert back == original, doc.id
        decoded_any_offset |= any(c.offset is not None for c in back.candidates or ())
        decoded_any_news |= bool(back.news)
        decoded_any_reference |= bool(back.references is not None and back.references.found)
    assert decoded_any_offset and decoded_any_news and decoded_any_reference  # the rarer fields were exercised


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
    # (tests/conftest.py: a folder of its own per test, in one folder of them in pytest's base directory)
    assert directory is not None and directory.parent.parent == tmp_path_factory.getbasetemp()
    assert directory.parent.name.startswith("analysis-caches") and not any(directory.iterdir())


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


@pytest.mark.parametrize("damage", ["old JSON text", "cut short", "garbage", "a bad row", "a line too many"])
def test_a_damaged_entry_is_a_miss(tmp_path, documents, damage):
    cache = AnalysisCache(tmp_path / "c.sqlite")
    doc = documents[0]
    _found, keys = cache.get_many([doc])
    cache.put_many([(keys[doc.id], analyse_document(doc))])
    (data,) = cache._connection.execute("SELECT data FROM analyses").fetchone()
    lines = zlib.decompress(data).split(b"\n")
    bad = {"old JSON text": '{"format": 1, "candidates": [[1, 2]]}', "cut short": data[:len(data) // 2],
           "garbage": b"\x78\x9c" + b"\xff" * 40, "a bad row": zlib.compress(b"\n".join([lines[0], b"[1, 2]"])),
           "a line too many": zlib.compress(b"\n".join([*lines, b"[1]"]))}[damage]
    cache._connection.execute("UPDATE analyses SET data = ?", (bad,))
    found, _keys = cache.get_many([doc])
    assert found == {}


def test_an_entry_with_fewer_lines_than_its_head_counts_is_a_miss_and_the_load_goes_on(tmp_path, documents):
    # A head promising 2 candidates and no lines after it: reading the candidates ran out of lines inside a
    # generator expression, whose StopIteration became a RuntimeError that stopped the whole load.
    cache = AnalysisCache(tmp_path / "c.sqlite")
    docs = documents[:2]
    _found, keys = cache.get_many(docs)
    cache.put_many([(keys[d.id], analyse_document(d)) for d in docs])
    short = zlib.compress(json.dumps([analysis.ANALYSIS_FORMAT, 2, 0, [], -1, [], []]).encode("ascii"))
    with pytest.raises(ValueError, match="fewer lines"):
        decode_analysis(short, docs[0])
    cache._connection.execute("UPDATE analyses SET data = ? WHERE key = ?", (short, keys[docs[0].id]))
    found, _keys = cache.get_many(docs)
    assert set(found) == {docs[1].id}


def test_data_zlib_cannot_inflate_is_a_value_error(documents):
    with pytest.raises(ValueError):
        decode_analysis(b"\x78\x9c" + b"\xff" * 40, documents[0])


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


def _odd_analysis() -> tuple[DocumentAnalysis, Document]:
    """Candidates with curly quotes, a lone surrogate and a NUL, repeated titles and sentences, news, problems."""
    text = "“24” Visits – “again”. On June 3, 2001, Weber met Kim. On June 4, 2001, Weber met Kim again."
    doc = Document("d0", "/news/d0.txt", text, "Visits")
    first = text.index("On June 3")
    second = text.index("On June 4")
    rows = []
    for start, sentence in ((first + 3, text[first:second - 1]), (second + 3, text[second:])):
        title = "Weber meets Kim again" if start > second else "Weber meets Kim"
        for k in range(3):  # the same sentence, title and names thrice, as a sentence's dates have them
            day = dt.date(2001, 6, 3 + k)
            mention = Mention("d0", start, start + 12, text[start:start + 12], start - 3, start - 3 + len(sentence))
            rows.append(Candidate(mention, day, day, Precision.DAY, "meeting", title, sentence,
                                  frozenset({"Kim", "Weber"}), explanation=f"implied\0by “{k}”"))
    odd = Candidate(Mention("d0", 0, 4, "“24”", 0, 22, dated=False, inferred=True), None, None, Precision.YEAR,
                    "visit", "Visits – “again” \ud800", "“24” Visits – “again”.", frozenset(),
                    inferred=True,
                    explanation="implied\0by “x”", offset=relativedelta(years=24), anchor_kind="visit",
                    relation="after", referent=(5, 11))
    news = (NewsItem(odd, 3, True, "lead", True, True, own_simple_past=True), NewsItem(rows[0], 0, False))
    problems = (DocumentProblem("2 passages “could not” be read", "warning"),)
    return DocumentAnalysis(tuple(rows) + (odd,), news, problems), doc


def test_the_encoding_is_ascii_json_lines_and_reads_back_equal_with_shared_strings():
    analysis, doc = _odd_analysis()
    for value in (analysis, DocumentAnalysis(None, (), analysis.problems), DocumentAnalysis(())):
        data = encode_analysis(value)
        lines = zlib.decompress(data).splitlines()
        assert all(line.isascii() for line in lines)  # one byte a character, whatever the article's
        assert [json.loads(line) for line in lines]
        assert decode_analysis(data, doc) == value
    text = zlib.decompress(encode_analysis(analysis)).decode("ascii")
    assert text.count("Weber meets Kim") == 2 and text.count('"Kim","Weber"') == 1  # written once each
    back = decode_analysis(encode_analysis(analysis), doc).candidates
    assert back[0].title is back[1].title is back[2].title and back[0].sentence is back[2].sentence
    assert back[0].actors is back[5].actors and back[0].mention.text is back[1].mention.text
    assert back[0].title is not back[3].title and back[6].actors == frozenset()


def test_encoding_a_dense_analysis_holds_little_more_than_its_compressed_bytes():
    """The cache write was the peak of a first load: the JSON of every candidate of a document, pieces and
    their join, at once (about 12 bytes per character of dense news). Now it is compressed as it is made."""
    sentence = "On June {d}, 2001, minister {i} met the delegation from province {i} for talks about {d} trade deals."
    text = " ".join(sentence.format(i=i, d=1 + i % 28) for i in range(3000))
    doc = Document("d0", "/news/d0.txt", text, "Talks")
    rows, at = [], 0
    for i in range(3000):
        s = sentence.format(i=i, d=1 + i % 28)
        for k in range(3):  # three dates a sentence share its title and sentence
            day = dt.date(2001, 6, 1 + i % 28)
            rows.append(Candidate(Mention("d0", at + 3, at + 16, text[at + 3:at + 16], at, at + len(s)), day, day,
                                  Precision.DAY, "meeting", f"Minister {i} meets the delegation", s,
                                  frozenset({f"Minister {i}"}), explanation=f"the {k} of “{s[:20]}”"))
        at += len(s) + 1
    analysis = DocumentAnalysis(tuple(rows))
    json_bytes = sum(len(json.dumps([c.title, c.sentence, c.explanation, sorted(c.actors)])) for c in rows)
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        data = encode_analysis(analysis)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert decode_analysis(data, doc) == analysis
    # The candidates' strings alone are 1.8 MB of JSON, and one dump of the rows and its join held more than
    # twice that (4.7 MB). Now the compressed bytes and the writer's numbering of the 15,000 distinct strings
    # (its dict and numbers, ~1.1 MB, about 120 bytes a candidate).
    assert peak < 0.8 * json_bytes, f"peak {peak / 1e6:.2f} MB for {json_bytes / 1e6:.2f} MB of JSON strings"


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

    from timeline_app.core.extraction import CANDIDATE_FIELDS
    from timeline_app.core.model import Mention
    from timeline_app.core.news import NewsItem

    assert list(CANDIDATE_FIELDS) == [
        "mention", "first", "last", "precision", "kind", "title", "sentence", "actors", "inferred", "explanation",
        "period", "offset", "anchor_kind", "relation", "referent", "reported"]
    assert [f.name for f in fields(NewsItem)] == [
        "candidate", "index", "dated_nearby", "role", "simple_past", "statement", "quoting", "own_simple_past"]
    assert [f.name for f in fields(Mention)] == [
        "document", "start", "end", "text", "sentence_start", "sentence_end", "dated", "inferred"]


# ---- the merged timeline, cached whole (core/timeline_cache.py) ----

from timeline_app.core import documents as documents_module  # noqa: E402
from timeline_app.core import merging, timeline_cache  # noqa: E402


@pytest.fixture
def trusted_stamps(monkeypatch):
    """Files written by a test are seconds old: trust their stamps at once (the app waits FRESH_SECONDS)."""
    monkeypatch.setattr(timeline_cache, "FRESH_SECONDS", 0.0)


def _count_calls(monkeypatch, module, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def _entries(suffix: str) -> list[Path]:
    return sorted((analysis_cache.default_directory() / timeline_cache.DIRECTORY).glob(f"*{suffix}"))


def test_an_unchanged_reopen_reads_no_article_and_merges_nothing(tmp_path, monkeypatch, trusted_stamps):
    folder = _articles(tmp_path)
    cold = build_timeline([folder], workers=1)
    assert cold.events and len(_entries(".sqlite")) == 1 and len(_entries(".manifest")) == 1
    assert cold == build_timeline([folder], workers=1, cache=False)
    reads = _count_calls(monkeypatch, documents_module, "_load_file")
    merges = _count_calls(monkeypatch, merging.Merger, "finish")
    seen = _count_analyses(monkeypatch)
    assert build_timeline([folder], workers=1) == cold
    assert (seen, len(reads), len(merges)) == ([], 0, 0)


def test_the_cached_timeline_holding_article_text_is_readable_by_its_owner_only(tmp_path, trusted_stamps):
    import stat

    build_timeline([_articles(tmp_path)], workers=1)
    entries = _entries(".sqlite") + _entries(".manifest")
    assert entries and {stat.S_IMODE(p.stat().st_mode) & 0o077 for p in entries} == {0}


def test_an_unchanged_reopen_makes_no_event_object_and_no_size_estimate(tmp_path, monkeypatch, trusted_stamps):
    # At 10,000 articles, making every Event and Mention of the cached timeline and walking the folder once
    # more to size the progress bar were most of a warm reopen's CPU.
    from timeline_app.core import pipeline

    folder = _articles(tmp_path)
    cold = build_timeline([folder], workers=1)
    estimates = _count_calls(monkeypatch, pipeline, "_estimate_bytes")
    warm = build_timeline([folder], workers=1)
    assert type(warm.events).__name__ == "ColumnEvents" and warm.events.made_count() == 0
    assert estimates == []
    assert warm == cold and warm.events.made_count() == len(cold.events)  # each made when asked for, equal
    monkeypatch.setattr(timeline_cache, "FRESH_SECONDS", 1e9)  # stamps not trusted: found by content
    assert build_timeline([folder], workers=1) == cold and len(estimates) == 1


def test_a_miss_lists_the_folder_once_and_keeps_each_texts_hash(tmp_path, monkeypatch, trusted_stamps):
    # The listing key, the progress bar's size and the loader each walked and stat'ed the folder; the texts
    # were hashed for the content key and again to store the timeline, and again by the window after a hit.
    from timeline_app.core import edits, pipeline

    folder = _articles(tmp_path)
    walks = _count_calls(monkeypatch, documents_module, "_expand")
    os_walks = _count_calls(monkeypatch, pipeline.os, "walk")
    hashed = _count_calls(monkeypatch, edits, "_text_hash")
    cold = build_timeline([folder], workers=1)
    assert (len(walks), os_walks) == (1, [])
    assert len(hashed) == len(cold.documents) == 5  # once each: for the content key, kept for the store
    truth = {d.id: edits.document_hash(d) for d in cold.documents}
    assert cold.text_hashes == truth
    hashed.clear()
    walks.clear()
    warm = build_timeline([folder], workers=1)  # by the listing: the stored hashes come with it
    assert (len(walks), warm.text_hashes, hashed) == (1, truth, [])
    monkeypatch.setattr(timeline_cache, "FRESH_SECONDS", 1e9)  # by content: hashed once for the key, no more
    assert build_timeline([folder], workers=1).text_hashes == truth and len(hashed) == 5


def test_a_cached_timelines_hashes_spare_the_first_edit_hashing_any_text(tmp_path, monkeypatch, trusted_stamps):
    from timeline_app.core import edits
    from timeline_app.ui.edit_commands import MemoryEdits

    folder = _articles(tmp_path)
    build_timeline([folder], workers=1)
    warm = build_timeline([folder], workers=1)
    event = warm.events[0]
    edit = edits.event_edit(warm, event, "title", {"title": "Renamed"})
    hashed = _count_calls(monkeypatch, edits, "_text_hash")
    memo: dict[str, str] = {}
    store = MemoryEdits(warm, memo)
    store.add_edit(edit)
    assert "Renamed" in [e.title for e in store.view().timeline.events]
    assert hashed == [] and memo == dict(warm.text_hashes)


def test_a_cached_timeline_reads_back_as_a_project_of_it_does(tmp_path, trusted_stamps):
    # One reader for both files of results: the same documents, columns, problems and stored text hashes.
    from timeline_app.core.project import Project

    folder = _articles(tmp_path)
    cold = build_timeline([folder], workers=1)
    Project.create(tmp_path / "p.timeline.sqlite", cold, [str(folder)]).close()
    warm = build_timeline([folder], workers=1)
    with Project.open(tmp_path / "p.timeline.sqlite") as project:
        stored = project.results()
        assert type(stored.events) is type(warm.events) and type(warm.events).__name__ == "ColumnEvents"
        assert stored == warm == cold and stored.text_hashes == warm.text_hashes == cold.text_hashes


def test_a_touched_file_is_read_again_but_not_analysed_or_merged(tmp_path, monkeypatch, trusted_stamps):
    folder = _articles(tmp_path)
    cold = build_timeline([folder], workers=1)
    touched = sorted(folder.iterdir())[2]
    stamp = touched.stat().st_mtime_ns - 5_000_000_000
    os.utime(touched, ns=(stamp, stamp))  # the same content, a new stamp: the listing misses, the content hits
    reads = _count_calls(monkeypatch, documents_module, "_load_file")
    merges = _count_calls(monkeypatch, merging.Merger, "finish")
    seen = _count_analyses(monkeypatch)
    assert build_timeline([folder], workers=1) == cold
    assert (seen, len(reads), len(merges)) == ([], 5, 0)
    reads.clear()
    assert build_timeline([folder], workers=1) == cold  # the new stamps now name the same timeline
    assert len(reads) == 0


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_changed_file_re_analyses_only_itself_and_merges_again(tmp_path, monkeypatch, trusted_stamps, change):
    folder = _articles(tmp_path)
    build_timeline([folder], workers=1)
    files = sorted(folder.iterdir())
    if change == "edit":
        files[1].write_text(files[1].read_text(encoding="utf-8") + "\nOn May 2, 2001, the council met again.\n",
                            encoding="utf-8")
    elif change == "add":
        (folder / "zz-new.txt").write_text("Council meets\n\nOn May 2, 2001, the council met again.\n",
                                           encoding="utf-8")
    else:
        files[1].unlink()
    seen = _count_analyses(monkeypatch)
    merges = _count_calls(monkeypatch, merging.Merger, "finish")
    again = build_timeline([folder], workers=1)
    assert seen == {"edit": [files[1].name], "add": ["zz-new.txt"], "remove": []}[change]
    assert len(merges) == 1
    assert again == build_timeline([folder], workers=1, cache=False)
    assert len(again.documents) == {"edit": 5, "add": 6, "remove": 4}[change]


@pytest.mark.parametrize("damage", [
    b"this is not a database at all" * 100,
    b"SQLite format 3\x00" + b"\xff" * 4000,
    b"",
    "offsets",  # a readable entry whose mentions lie outside their document
])
def test_a_damaged_timeline_entry_is_a_miss_and_is_deleted(tmp_path, monkeypatch, trusted_stamps, damage):
    folder = _articles(tmp_path)
    cold = build_timeline([folder], workers=1)
    [entry] = _entries(".sqlite")
    if damage == "offsets":
        with sqlite3.connect(entry) as connection:
            connection.execute("UPDATE documents SET text = substr(text, 1, 10)")
        connection.close()
    else:
        entry.write_bytes(damage)
    merges = _count_calls(monkeypatch, merging.Merger, "finish")
    assert build_timeline([folder], workers=1) == cold  # rebuilt from the per-document analyses
    assert len(merges) == 1
    assert len(_entries(".sqlite")) == 1  # and stored again
    merges.clear()
    assert build_timeline([folder], workers=1) == cold and merges == []


def test_a_damaged_manifest_is_a_miss(tmp_path, monkeypatch, trusted_stamps):
    folder = _articles(tmp_path)
    cold = build_timeline([folder], workers=1)
    [manifest] = _entries(".manifest")
    manifest.write_bytes(b"\xff\x00 not a key")
    reads = _count_calls(monkeypatch, documents_module, "_load_file")
    assert build_timeline([folder], workers=1) == cold
    assert len(reads) == 5  # read again, found by content


def test_recent_files_are_not_trusted_by_their_stamps(tmp_path, monkeypatch):
    # "Recent" made an hour wide, so a build slower than the real 2 s (a loaded host) still finds the files recent.
    monkeypatch.setattr(timeline_cache, "FRESH_SECONDS", 3600.0)
    folder = _articles(tmp_path)  # written just now
    cold = build_timeline([folder], workers=1)
    assert _entries(".sqlite") and not _entries(".manifest")
    assert timeline_cache.listing_key([str(folder)]) is None
    monkeypatch.setattr(timeline_cache, "FRESH_SECONDS", 0.0)
    assert timeline_cache.listing_key([str(folder)]) is not None
    reads = _count_calls(monkeypatch, documents_module, "_load_file")
    assert build_timeline([folder], workers=1) == cold and len(reads) == 5  # by content, then stamped


def test_a_timeline_with_a_problem_of_the_run_is_not_kept(tmp_path, monkeypatch, trusted_stamps):
    folder = _articles(tmp_path)
    real = analysis.analyse_document

    def dying(doc, **kwargs):
        if doc.path.endswith(sorted(p.name for p in folder.iterdir())[0]):
            return analysis.DocumentAnalysis(None, problems=(analysis.DocumentProblem(
                "could not be analysed: the worker process analysing it stopped (test)", "error"),))
        return real(doc, **kwargs)

    monkeypatch.setattr("timeline_app.core.document_map.analyse_document", dying)
    timeline = build_timeline([folder], workers=1)
    assert any("worker process" in p.message for p in timeline.problems)
    assert _entries(".sqlite") == []


def test_the_timeline_cache_is_bounded(tmp_path, monkeypatch, trusted_stamps):
    monkeypatch.setattr(timeline_cache, "MAX_ENTRIES", 2)
    folder = _articles(tmp_path)
    for k in range(4):
        (folder / "extra.txt").write_text(f"Meeting {k}\n\nOn May {k + 1}, 2001, the council met.\n",
                                          encoding="utf-8")
        build_timeline([folder], workers=1)
    assert len(_entries(".sqlite")) == 2
