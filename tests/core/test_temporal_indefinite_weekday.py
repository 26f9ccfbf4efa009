"""A weekday after "a", "an" or "any" that heads its noun phrase is no particular day ("was last held on a Tuesday",
"on any Sunday"): it dates nothing. Before a noun the weekday says which day a thing is on, and the determiner is
the thing's ("faces a Friday deadline"): that day is dated as before. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


@pytest.mark.parametrize("sentence, expressions", [
    ("The choir last sang in the chapel on a Wednesday.", []),
    ("Parking is free on any Saturday in the town centre.", []),
    ("The ferry sank on a Friday night, the crew said.", []),
    ("It was a Monday, and the market hall was empty.", []),
    ("A Thursday in the harbour town is quiet.", []),
    # left alone: a weekday before a noun, an appositive after the day it names, a weekday with no determiner, a set
    ("The quarry reopened on the 9th, a Monday, after a long dispute.", [("the 9th", "2026-03-09"),
                                                                       ("Monday", "2026-03-09")]),
    ("The union missed a Friday deadline for the pay offer.", [("Friday", "2026-03-06")]),
    ("The choir sang in the chapel on Wednesday.", [("Wednesday", "2026-03-11")]),
    ("The choir sings in the chapel every Wednesday.", [("every Wednesday", "XXXX-WXX-3")]),
])
def test_an_indefinite_weekday_is_no_date(sentence: str, expressions: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(sentence, PUBLISHED)] == expressions
