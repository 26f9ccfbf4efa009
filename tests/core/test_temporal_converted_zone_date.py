"""A clock time's equivalent in another zone, in brackets, parts the time from its date: the month's day after the
bracket ("at 2:15 a.m. (0115 GMT) on March 8") is the time's day, as a weekday there already was; and the bracket's
four digits ("(2040 GMT)") are a clock time, not a year. Invented sentences, published Thursday 2024-06-20."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import firsts_of
from timeline_app.core.temporal import tag

PUBLISHED = dt.date(2024, 6, 20)


@pytest.mark.parametrize("sentence, phrase, first", [
    ("Rescuers said the dam gave way at 2:15 a.m. (0115 GMT) on March 8.", "2:15 a.m.", dt.date(2024, 3, 8)),
    ("The first tremor was felt at 11:40 p.m. (2240 GMT) June 2, residents said.", "11:40 p.m.", dt.date(2024, 6, 2)),
    ("The ceasefire took hold at 6 a.m. (0300 GMT) on 4 June.", "6 a.m.", dt.date(2024, 6, 4)),
    ("The convoy crossed at 10 p.m. EST (0300 GMT) on Tuesday, May 14, 2019.", "10 p.m. EST", dt.date(2019, 5, 14)),
    ("Polls close at 8 p.m. (1800 GMT) on June 30.", "8 p.m.", dt.date(2024, 6, 30)),
    ("The last ferry left at 9:30 a.m. (0830 GMT) on 12 January 2023.", "9:30 a.m.", dt.date(2023, 1, 12)),
])
def test_a_months_day_after_a_bracketed_zone_is_the_times_day(sentence: str, phrase: str, first: dt.date) -> None:
    assert firsts_of(sentence, phrase, PUBLISHED) == [first]


@pytest.mark.parametrize("sentence, digits", [
    ("The blast came at 9:40 p.m. (2040 GMT) on 4 June, police said.", "2040"),
    ("Polls close at 8 p.m. (1900 GMT) on June 30.", "1900"),
    ("The launch window opens at 2015 UTC on Friday.", "2015"),
])
def test_four_digits_before_a_zone_are_no_year(sentence: str, digits: str) -> None:
    start = sentence.index(digits)
    assert [t.text for t in tag(sentence, PUBLISHED) if t.start <= start < t.end] == []
