"""A clock time on a weekday whose date is written out after it ("shortly before 2pm on Thursday 26 December", "at
9 a.m. on Friday, July 28, 2017") is that date: main read the clock time and the weekday alone as the nearest
Thursday (the day before the article's Friday) and the date after it as a second phrase, so one happening was put
on two days (docs/realnews7_judgement.md, class 4: "Thursday 26 December" read twice). Invented sentences, read on
Friday 10 January 2020."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

_REFERENCE = dt.date(2020, 1, 10)


@pytest.mark.parametrize("sentence, phrase, first", [
    ("The crash happened shortly before 2pm on Thursday 26 December.",
     "shortly before 2pm on Thursday 26 December", dt.date(2019, 12, 26)),
    ("The fire started at 10:30pm on Sunday 29 December near the docks.",
     "10:30pm on Sunday 29 December", dt.date(2019, 12, 29)),
    ("Officers arrived at 3am on Saturday, December 28, after a call.",
     "3am on Saturday, December 28", dt.date(2019, 12, 28)),
    ("The hearing ended at 4 p.m. on Tuesday, Dec. 31, 2019, without a ruling.",
     "4 p.m. on Tuesday, Dec. 31, 2019", dt.date(2019, 12, 31)),
    ("The market opens at 9am on Monday 13 January.", "9am on Monday 13 January", dt.date(2020, 1, 13)),
])
def test_a_clock_time_on_a_weekday_with_its_date_is_that_date(sentence: str, phrase: str, first: dt.date) -> None:
    found = [(e.text, e.first) for e in tag(sentence, _REFERENCE)]
    assert found == [(phrase, first)], found


@pytest.mark.parametrize("sentence, phrase, first", [
    # the weekday alone is the nearest one, as before
    ("The crash happened shortly before 2pm on Thursday.", "shortly before 2pm on Thursday", dt.date(2020, 1, 9)),
    # a number after the weekday that is no day of a month stays out of the phrase
    ("Shares fell at 2pm on Thursday 26 percent lower.", "2pm on Thursday", dt.date(2020, 1, 9)),
])
def test_a_clock_time_on_a_weekday_alone_is_the_nearest_weekday(sentence: str, phrase: str, first: dt.date) -> None:
    found = [(e.text, e.first) for e in tag(sentence, _REFERENCE)]
    assert found[:1] == [(phrase, first)], found
