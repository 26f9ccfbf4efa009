"""`temporal.tag_stream`: the tagger's expressions handed out as the scan goes (what `analysis.analyse_document`
reads them by), the same as `tag`'s list, and never the whole document's at once. Texts are invented."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline_app.core.progress import PROGRESS_STEP
from timeline_app.core.temporal import tag_stream

REFERENCE = dt.date(2024, 6, 20)
HARBOUR = (Path(__file__).parent / "fixtures" / "streamed" / "harbour_vote.txt").read_text(encoding="utf-8")
# What the tagger found in these texts before it streamed (commit 60fb92c's `tag`, a list made whole): `tag` is
# `list(tag_stream())` now, so comparing the two could not fail.
BEFORE = json.loads((Path(__file__).parent / "fixtures" / "streamed" / "tagged_before_streaming.json").read_text())


def _found(expressions) -> list[list]:
    return [[e.start, e.end, e.value] for e in expressions]


# text → the value of its last expression: a phrase that counts from a date told several expressions before
# ("the following spring" from the last date told, past durations, which tell none), or one that replaces the
# expression before it ("the week ended Nov. 14"), read as the list reads it
@pytest.mark.parametrize("row, text, last_value", [(k, *row) for k, row in enumerate([
    ("He came home in 1971. It took three days, then two weeks, then five months. The following spring he "
     "opened his own yard.", "1972-SP"),
    ("He came home in 1971. " + "It took three days. " * 50 + "The following spring he opened a yard.", "1972-SP"),
    ("Jobless claims fell in the week ended Nov. 14, 2023.", "2023-11-14"),
])])
def test_streamed_expressions_are_the_lists(row: int, text: str, last_value: str) -> None:
    streamed = list(tag_stream(text, REFERENCE))
    assert _found(streamed) == BEFORE["rows"][row]
    assert streamed[-1].value == last_value


def test_the_fixture_article_streams_as_its_list() -> None:
    assert _found(tag_stream(HARBOUR, REFERENCE)) == BEFORE["harbour_vote.txt, 2024-06-20"]
    assert _found(tag_stream(HARBOUR)) == BEFORE["harbour_vote.txt, its own date"]


def test_an_expression_comes_once_the_next_is_found_not_at_the_end_of_the_scan() -> None:
    text = "It opened on May 3, 2021, and shut on June 5, 2021. " + "Nothing was said then. " * \
        (3 * PROGRESS_STEP // 23) + "It reopened in 2022."
    reached: list[int] = []
    stream = tag_stream(text, REFERENCE, progress=reached.append)
    first = next(stream)  # (handed out once "June 5, 2021" is found: that one could still have changed it)
    assert first.text == "May 3, 2021"
    assert not reached  # the rest of the text is not scanned yet
    assert [e.text for e in stream] == ["June 5, 2021", "2022"]
    assert max(reached) > len(text) // 2
