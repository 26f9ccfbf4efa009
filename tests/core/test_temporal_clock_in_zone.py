"""A four-digit clock time in a time zone or in "hrs" (wire copy's "1600 GMT", "at 2130 local time") is a time of
day, never a year (docs/realnews_judgement.md, class 2: "(1400 GMT)" was read as the year 1400 and stretched the
whole timeline over six centuries). Years before such words stay years elsewhere."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

REF = dt.date(2019, 3, 6)


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked the convoy on Monday at about 7 pm (1600 GMT), officials said.",
    "The polls closed at 1900 GMT on Sunday.",
    "The ferry left port at 1130 UTC.",
    "Police sealed the area at 1445 local time.",
    "The curfew began at 2000 hrs.",
    "The market opened at 1530 EST.",
    "The deadline passed by 1800 GMT on Friday.",
    "Shelling resumed after 1700 GMT.",
    "The strike runs from 1200 GMT until midnight.",
    "The ship sank before 1100 UTC on Tuesday.",
    "Flights resumed after 1300 local time.",
    "Since 1900 GMT the roads have been shut.",
])
def test_a_clock_time_in_a_zone_is_no_year(sentence):
    assert not [t for t in tag(sentence, REF) if t.value.isdigit() and len(t.value) == 4]


@pytest.mark.parametrize("sentence, year", [
    ("The bridge opened in 1998 and closed in 2016.", "1998"),
    ("The station has broadcast since 1978, its director said.", "1978"),
])
def test_years_stay_years(sentence, year):
    assert year in [t.value for t in tag(sentence, REF)]
