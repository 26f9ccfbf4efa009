"""Tests for timeline_app.core.export: every row parses back, whatever the text holds."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tracemalloc

import pytest

from timeline_app.core.export import (expressions_tsv, timeline_csv, timeline_csv_chunks, timeline_dict, timeline_json,
                                      timeline_json_chunks, to_json)
from timeline_app.core.model import Document, Event, Mention, Precision, Problem, TimeExpression, Timeline, TimexType


@pytest.mark.parametrize("text", ["plain", "lone\rcarriage return", "end\r", "tab\there", "line\nbreak",
                                  'quote " and, comma', "caf\udce9"])
def test_csv_and_tsv_rows_parse_back(text: str) -> None:
    shown = text.replace("\udce9", "\\xe9")
    mention = Mention("d", 0, 5, text, 0, 9)
    event = Event("e1", text, dt.date(2024, 1, 2), dt.date(2024, 1, 2), Precision.DAY, (mention,))
    rows = list(csv.reader(io.StringIO(timeline_csv(Timeline(events=(event,))), newline="")))
    assert len(rows) == 2 and rows[1][1] == shown and rows[1][10] == shown
    tsv = expressions_tsv([TimeExpression(0, 5, text, TimexType.DATE, "2024")])
    assert list(csv.reader(io.StringIO(tsv, newline=""), dialect="excel-tab")) == [["0", "5", "DATE", "2024", shown]]


def test_json_problems_carry_their_level_and_escape_undecodable_names() -> None:
    timeline = Timeline(problems=(Problem("/a/caf\udce9.png", "not an article: PNG image", Problem.SKIPPED),
                                  Problem("/a/x.txt", "read as Windows-1252", Problem.WARNING)))
    out = timeline_json(timeline)
    assert "\\udce9" in out
    data = json.loads(out.encode("utf-8"))
    assert data["problems"] == [
        {"path": "/a/caf\udce9.png", "message": "not an article: PNG image", "level": "skipped"},
        {"path": "/a/x.txt", "message": "read as Windows-1252", "level": "warning"},
    ]


def test_json_documents_carry_the_headline_shown_not_the_dateline() -> None:
    title = "OSLO, Norway (Reuters) - The harbour board sold the old pier on Monday, officials said."
    timeline = Timeline(documents=(Document("d0", "/a.txt", title + "\n", title, None),))
    assert json.loads(timeline_json(timeline))["documents"][0]["title"] == \
        "The harbour board sold the old pier on Monday, officials said."


def _events(n: int) -> tuple[Event, ...]:
    return tuple(Event(f"e{i}", f"Title {i}, “quoted”\n\t{{\"x\": [1]}}", dt.date(2024, 1, 1 + i), dt.date(2024, 1, 1 + i),
                       Precision.DAY, tuple(Mention(f"d{k}", k, k + 3, "caf\udce9", 0, 9) for k in range(i + 1)),
                       explanation="a, b\r\n c" * i)
                 for i in range(n))


@pytest.mark.parametrize("timeline", [
    Timeline(),
    Timeline(events=_events(1)),
    Timeline(documents=(Document("d0", "/a/caf\udce9.txt", "text", "T", dt.date(2024, 1, 1)),
                        Document("d1", "/b.txt", "x", "", None)),
             events=_events(3), problems=(Problem("/p", "bad", Problem.ERROR),)),
], ids=["empty", "one event", "everything"])
def test_streamed_json_is_the_whole_json_piece_by_piece(timeline: Timeline) -> None:
    chunks = list(timeline_json_chunks(timeline))
    assert "".join(chunks) == to_json(timeline_dict(timeline)) == timeline_json(timeline)
    # One piece per document, event and problem: the whole is never built before it is written.
    assert len(chunks) >= len(timeline.documents) + len(timeline.events) + len(timeline.problems)


def test_streamed_csv_gives_whole_rows_one_event_at_a_time() -> None:
    timeline = Timeline(events=_events(4))
    chunks = list(timeline_csv_chunks(timeline))
    assert len(chunks) == 1 + len(timeline.events)
    for chunk, event in zip(chunks[1:], timeline.events):
        rows = list(csv.reader(io.StringIO(chunk, newline="")))
        assert [row[0] for row in rows] == [event.id] * len(event.mentions)
    assert "".join(chunks) == timeline_csv(timeline)


class _Word(str):
    pass


class _Count(int):
    pass


@pytest.mark.parametrize("value", [
    {"a": 1, "b": [], "c": {}, "d": [1, 2.5, None, True, False, "x"], "e": {"f": {"g": [{"h": "caf\u00e9"}]}}},
    [float("nan"), float("inf"), -float("inf"), 1e300, -0.0, 10**30, "tab\t \"quote\" \\ \u2028 \x00"],
    (1, (2, 3), ["a"]),
    {1: "int key", False: "bool key", None: "none key", 2.5: "float key"},  # json's own spelling of the keys
    {"1": "str key", "true": "str key"},  # ... not conflated with those (the key memo holds str keys only)
    {_Word("w"): _Word("subclass"), "n": _Count(7), "t": True, "one": 1},
    {"a": [1, {"b": 2}], 3: "int key after str keys"}, [{"a": 1, 2: "b"}, {"c": [3]}],  # left to json midway
    "caf\udce9", 0, None, [], {},
])
def test_to_json_is_json_dumps_indented_with_surrogates_escaped(value: object) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\udce9", "\\udce9")
    assert to_json(value) == expected
    assert to_json({"k": 1}) == '{\n  "k": 1\n}'  # after a key of another type was written


def test_a_huge_event_is_written_without_a_copy_per_level_of_nesting() -> None:
    # Joining each nested list and dict on its own held ~3 copies of a huge event's text at once (a 512 KB
    # chunk of the 1 MB news text): pieces in one flat list, joined once, hold about two (pieces and the join).
    text = "word " * 2000
    event = Event("e0", "T", dt.date(2024, 1, 1), dt.date(2024, 1, 1), Precision.DAY,
                  tuple(Mention("d0", k, k + len(text), text, 0, 9) for k in range(100)))
    chunks = timeline_json_chunks(Timeline(events=(event,)))
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        largest = max(len(chunk) for chunk in chunks)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert largest > 1_000_000
    assert peak < 2.5 * largest
