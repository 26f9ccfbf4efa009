"""Extraction: a projection counted from the reference ("eight years from now") is not a happening's date
(issue 8); the tagger still gives it its TimeML value (tests/core/test_temporal_tense.py)."""
from __future__ import annotations

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

HEADER = "Veteran striker signs for one more season\nMarch 20, 2013\n\n"


@pytest.mark.parametrize("sentence", [
    "Mark Jones is 40. Eight years from now, he says, he will still be playing football.",
    "The mayor hopes the new line will carry a million passengers a decade from now.",
    "Two weeks from today the club will know whether it has been relegated.",
])
def test_a_projection_gives_no_event(sentence: str) -> None:
    doc = document_from_text(HEADER + sentence + "\n", id="a")
    assert doc.published is not None
    assert [c.mention.text for c in extract_mentions(doc)] == []


def test_a_dated_sentence_beside_a_projection_still_gives_its_event() -> None:
    doc = document_from_text(HEADER + "He joined the club in 2009. Eight years from now he will be 48.\n", id="a")
    assert [c.mention.text for c in extract_mentions(doc)] == ["2009"]
