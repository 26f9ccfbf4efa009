"""Property-based tests: the loader never raises on any bytes or name, its offsets always hold, and every
output format parses back to the same values (issue 7: documents, HTML, loading and the CLI)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import socket
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core.documents import DocumentError, document_from_text, load_document, load_paths
from timeline_app.core.export import (
    CSV_COLUMNS,
    expression_dict,
    expressions_tsv,
    printable,
    timeline_csv,
    timeline_dict,
    timeline_json,
    to_json,
)
from timeline_app.core.model import (
    Document,
    Event,
    Mention,
    Precision,
    Problem,
    TimeExpression,
    Timeline,
    TimexType,
    format_date,
)

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Bytes that look like the things articles are made of, and the things that break readers.
PIECES = [b"The vote on Dec. 31, 2024 passed. ", b"\n", b"\r\n", b"\n\n", b"<p>", b"</p>", b"<nav>", b"</b>",
          b"<div class='comments'>", b"&amp;", b"<!--", b"-->", b"<script>", b"---\ntitle: x\n---\n", b"# ", b"(",
          b")", b"\xe2\x80\x94", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\xe9", b"\x81", b"Advertisement\n",
          b"By Jane Doe\n", b"\xe2\x80\xa8", b"\x0b", b"...", b"a.m. ", b"No. ", b"Home > News\n", b"``", b"''",
          b"``We won,'' he said. "]
DATA = st.one_of(st.binary(max_size=400),
                 st.lists(st.sampled_from(PIECES) | st.binary(max_size=8), max_size=40).map(b"".join))
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300) | st.lists(
    st.sampled_from([p.decode("utf-8", "replace") for p in PIECES]), max_size=40).map("".join)


def check_document(doc: Document) -> None:
    """Sentences sorted, non-overlapping, inside the text; excluded spans merged and inside the text."""
    n = len(doc.text)
    prev = 0
    for s in doc.sentences:
        assert prev <= s.start < s.end <= n
        prev = s.end
        assert doc.sentence_at(s.start) == s
    prev = -1
    for a, b in doc.excluded:
        assert prev < a < b <= n
        prev = b
    assert not any("\ud800" <= c <= "\udfff" for c in doc.id)  # ids are always printable


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@SETTINGS
@given(data=DATA)
def test_the_loader_never_raises_on_any_bytes(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    try:
        doc = load_document(path)
    except DocumentError as e:
        assert e.message and e.level in (Problem.ERROR, Problem.SKIPPED)
    else:
        check_document(doc)
        assert doc.text.strip()
    docs, problems = load_paths([path])
    assert len(docs) + sum(p.level != Problem.WARNING for p in problems) == 1


@pytest.mark.parametrize("kind", ["txt", "md", "html"])
@SETTINGS
@given(text=TEXT)
def test_documents_from_any_text_keep_their_offsets(kind: str, text: str) -> None:
    check_document(document_from_text(text, id="x", kind=kind))


NAME_PART = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=40),
    st.sampled_from(["-rf", "--help", " lead", "trail ", "a b", "-", "é", "日本", "x" * 200]),
    st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\x00" not in b).map(os.fsdecode),
)


@SETTINGS
@given(name=NAME_PART, ext=st.sampled_from([".txt", ".md", ".html", ".png", "", ".TXT"]))
def test_any_file_name_loads_or_becomes_a_problem(tmp_path: Path, name: str, ext: str) -> None:
    folder = tmp_path / "f"
    folder.mkdir(exist_ok=True)
    for old in os.listdir(folder):
        os.unlink(os.path.join(folder, old))
    full = os.path.join(os.fsencode(folder), os.fsencode(name + ext)[:250])
    if os.path.basename(full) in (b".", b".."):
        return
    with open(full, "wb") as f:
        f.write(b"Story\n\nThe vote on May 2, 2021 passed.")
    for target in ([folder], [os.fsdecode(full)]):
        docs, problems = load_paths(target)
        assert len(docs) + len(problems) >= 1
        for d in docs:
            check_document(d)
            json.loads(timeline_json(Timeline(documents=tuple(docs), problems=tuple(problems))))


def test_odd_file_types_never_block_or_raise(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "good.txt").write_text("Good story", encoding="utf-8")
    (root / "dir.txt").mkdir()
    (root / "broken.txt").symlink_to(root / "nowhere.txt")
    (root / "loop1.md").symlink_to(root / "loop2.md")
    (root / "loop2.md").symlink_to(root / "loop1.md")
    unreadable = root / "secret.txt"
    unreadable.write_text("Secret", encoding="utf-8")
    unreadable.chmod(0)
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "fifo.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "sock.html"))
    try:
        everything = [root, *sorted(root.iterdir())]
        docs, problems = load_paths(everything)
        for path in everything:
            try:
                load_document(path)
            except DocumentError:
                pass
    finally:
        sock.close()
        unreadable.chmod(stat.S_IRUSR | stat.S_IWUSR)
    ids = {d.id for d in docs}
    assert "good" in ids
    if os.geteuid() != 0:  # root reads anything
        assert any(p.path == str(unreadable) and p.message == "permission denied" for p in problems)
    assert all(p.message for p in problems)


# ---- outputs parse back ----------------------------------------------------------------------------

NASTY = st.text(max_size=40) | st.sampled_from(['a,"b"', "tab\there", "line\nbreak", "cr\r\nlf", "<b>x</b>",
                                                 "caf\udce9", "\u2028", '""', "=1+1", "'quoted'",
                                                 "lone\rcr", "\r", "end\r"])
DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@st.composite
def timelines(draw) -> Timeline:
    docs = []
    for k in range(draw(st.integers(1, 3))):
        docs.append(Document(id=draw(NASTY) or f"d{k}", path=draw(NASTY), text=draw(NASTY), title=draw(NASTY),
                             published=draw(st.none() | DATES),
                             origins=draw(st.just(()) | st.tuples(st.tuples(st.integers(0, 50), NASTY)))))
    events = []
    for k in range(draw(st.integers(0, 3))):
        first = draw(DATES)
        mentions = tuple(Mention(document=draw(st.sampled_from(docs)).id, start=draw(st.integers(0, 99)),
                                 end=draw(st.integers(0, 99)), text=draw(NASTY), sentence_start=0, sentence_end=9,
                                 dated=draw(st.booleans()), inferred=draw(st.booleans()))
                         for _ in range(draw(st.integers(1, 3))))
        events.append(Event(id=f"e{k}", title=draw(NASTY), first=first, last=first,
                            precision=draw(st.sampled_from(list(Precision))), mentions=mentions,
                            sentence=draw(NASTY), explanation=draw(NASTY), kind=draw(NASTY)))
    problems = tuple(Problem(draw(NASTY), draw(NASTY), draw(st.sampled_from(["error", "skipped", "warning"])))
                     for _ in range(draw(st.integers(0, 2))))
    return Timeline(documents=tuple(docs), events=tuple(events), problems=problems)


@settings(max_examples=60, deadline=None)
@given(timeline=timelines())
def test_json_and_csv_parse_back_to_the_same_values(timeline: Timeline) -> None:
    out = timeline_json(timeline)
    out.encode("utf-8")  # always writable as UTF-8
    assert json.loads(out) == timeline_dict(timeline)
    csv_text = timeline_csv(timeline)
    csv_text.encode("utf-8")
    rows = list(csv.reader(io.StringIO(csv_text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_id = {d.id: d for d in reversed(timeline.documents)}  # a repeated id is its first document, as in Timeline.document
    expected = [[printable(v) for v in (e.id, e.title, format_date(e.first, e.precision),
                                        format_date(e.last, e.precision), e.precision.value,
                                        str(e.inferred).lower(), e.explanation, m.document, str(m.start),
                                        str(m.end), m.text, str(m.sentence_start), str(m.sentence_end),
                                        str(m.dated).lower(), by_id[m.document].origin_at(m.start),
                                        str(e.title_uncertain).lower())]
                for e in timeline.events for m in e.mentions]
    assert rows[1:] == expected


@st.composite
def expressions(draw) -> list[TimeExpression]:
    out = []
    for _ in range(draw(st.integers(0, 4))):
        first = draw(st.none() | DATES)
        out.append(TimeExpression(start=draw(st.integers(0, 10**6)), end=draw(st.integers(0, 10**6)),
                                  text=draw(NASTY), type=draw(st.sampled_from(list(TimexType))),
                                  value=draw(NASTY), first=first, last=first,
                                  precision=draw(st.none() | st.sampled_from(list(Precision))), mod=draw(NASTY)))
    return out


@settings(max_examples=60, deadline=None)
@given(found=expressions())
def test_tag_json_and_tsv_parse_back_to_the_same_values(found: list[TimeExpression]) -> None:
    assert json.loads(to_json([expression_dict(x) for x in found])) == [expression_dict(x) for x in found]
    tsv = expressions_tsv(found)
    tsv.encode("utf-8")
    rows = list(csv.reader(io.StringIO(tsv, newline=""), dialect="excel-tab"))
    assert rows == [[str(x.start), str(x.end), x.type.value, printable(x.value), printable(x.text)] for x in found]
