"""The date phrases the tagger drops because no calendar date can hold them, listed for the user."""
from __future__ import annotations

import pytest

from timeline_app.core.temporal import dropped_dates, tag


@pytest.mark.parametrize(("text", "dropped"), [
    ("Settlers reached the valley around 800 BC, the survey says.", [("800 BC", "BC: before year 1")]),
    ("The tablet, from 1750 B.C., was shown on 3 May 2022.", [("1750 B.C.", "BC: before year 1")]),
    ("Its walls (60 BCE) and its coins (AD 0) puzzle experts.",
     [("60 BCE", "BC: before year 1"), ("AD 0", "year 0: outside 1–9999")]),
    ("The abbey was founded in AD 940 and rebuilt in 1210.", []),
    ("Sales rose 12% in 2023, the firm said on Monday.", []),
])
def test_dropped_dates_are_listed_and_the_tagging_is_the_same(text, dropped):
    found = dropped_dates(text)
    assert [(text[a:b], why) for a, b, why in found] == dropped
    kept = [(e.start, e.end) for e in tag(text)]
    assert all(not (a < e and s < b) for a, b, _ in found for s, e in kept)  # none of them is also kept
