"""A present verb with its object before a month tells a schedule as one right before it does ("the trial opens in
October"): "the province holds a referendum in November", written in April, is the coming November, not the last
(fresh3 tariff_dispute: "Norland holds a general election in September" in February). A weekday "of last week",
"of next week" or "of this week" is that week's day, whatever the clause's tense (fresh3 flood_wire: "since
Wednesday of last week" was this week's Wednesday). Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

APR = dt.date(2019, 4, 10)  # a Wednesday, ISO week 15
THU = dt.date(2021, 11, 18)  # a Thursday, ISO week 46


@pytest.mark.parametrize("sentence, phrase, value", [
    ("The province holds a referendum in November, and the premier is under pressure.", "November", "2019-11"),
    ("The league starts its new season in November.", "November", "2019-11"),
    ("The orchestra opens its renovated hall in October.", "October", "2019-10"),
    ("Voters elect a new senate in December.", "December", "2019-12"),
    ("The airline launches two new routes in December.", "December", "2019-12"),
    # a plain past, a report, a past tense before the object: the last such month
    ("The airline launched two routes to Lisbon in September.", "September", "2018-09"),
    ("Officials confirm the figures in September.", "September", "2018-09"),
    ("Analysts said the bank raised its rates in November.", "November", "2018-11"),
])
def test_a_present_verb_with_its_object_schedules_the_month(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, APR) == value


@pytest.mark.parametrize("sentence, phrase, value", [
    ("Pumps have run without a break since Tuesday of last week.", "Tuesday of last week", "2021-11-09"),
    ("The ferry sank on Sunday of last week.", "Sunday of last week", "2021-11-14"),
    ("The inquiry resumes on Monday of next week.", "Monday of next week", "2021-11-22"),
    ("Judges gave their ruling on Friday of this week.", "Friday of this week", "2021-11-19"),
    ("The ruling came on Monday of this week.", "Monday of this week", "2021-11-15"),
])
def test_weekday_of_a_named_week(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, THU) == value
