"""A clock time in a time zone, as wire copy and live blogs write it ("1600 GMT", "(0115 BST)", "1430 EST:"): the one
list of zones (`temporal._ZONE`) serves every rule that reads one.
- Four digits before a zone, or "hrs", or "local time", are a time of day (read as one after a preposition of time),
  never a year (docs/realnews_judgement.md,
  class 2: "(1400 GMT)" was read as the year 1400 and stretched the whole timeline over six centuries).
- A clock time's equivalent in another zone, in brackets, parts the time from its date: the month's day after the
  bracket ("at 2:15 a.m. (0115 GMT) on March 8") is the time's day.
- A live blog's "1430 EST:" heading is a time of the day in focus.
Years before other words stay years. Invented sentences, published Thursday 2024-06-20."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import firsts_of
from timeline_app.core.temporal import tag

PUBLISHED = dt.date(2024, 6, 20)


@pytest.mark.parametrize("sentence, digits", [
    ("Gunmen attacked the convoy on Monday at about 7 pm (1600 GMT), officials said.", "1600"),
    ("The polls closed at 1900 GMT on Sunday.", "1900"),
    ("The ferry left port at 1130 UTC.", "1130"),
    ("Police sealed the area at 1445 local time.", "1445"),
    ("The curfew began at 2000 hrs.", "2000"),
    ("The market opened at 1530 EST.", "1530"),
    ("The deadline passed by 1800 GMT on Friday.", "1800"),
    ("Shelling resumed after 1700 GMT.", "1700"),
    ("The strike runs from 1200 GMT until midnight.", "1200"),
    ("The ship sank before 1100 UTC on Tuesday.", "1100"),
    ("Flights resumed after 1300 local time.", "1300"),
    ("Since 1900 GMT the roads have been shut.", "1900"),
    ("The blast came at 9:40 p.m. (2040 GMT) on 4 June, police said.", "2040"),
    ("Polls close at 8 p.m. (1900 GMT) on June 30.", "1900"),
    ("The launch window opens at 2015 UTC on Friday.", "2015"),
    # the zones each rule once spelled on its own, now one list
    ("The dam gave way at 10 p.m. (1400 BST) on March 7.", "1400"),
    ("The summit opened at 0900 CET.", "0900"),
    ("The quake struck at 2040 JST, the agency said.", "2040"),
    ("The sirens sounded at 1800 MSK.", "1800"),
    ("Trading resumed at 1030 HKT after the storm.", "1030"),
])
def test_four_digits_before_a_zone_are_no_year(sentence: str, digits: str) -> None:
    start = sentence.index(digits)
    # (no year; a time of day after a preposition of time: test_temporal_four_digit_clock.py)
    assert all("T" in t.value for t in tag(sentence, PUBLISHED) if t.start <= start < t.end)


@pytest.mark.parametrize("sentence, year", [
    ("The bridge opened in 1998 and closed in 2016.", "1998"),
    ("The station has broadcast since 1978, its director said.", "1978"),
    ("The firm was founded in 1987 in Moscow.", "1987"),
])
def test_years_stay_years(sentence: str, year: str) -> None:
    assert year in [t.value for t in tag(sentence, PUBLISHED)]


@pytest.mark.parametrize("sentence, phrase, first", [
    ("Rescuers said the dam gave way at 2:15 a.m. (0115 GMT) on March 8.", "2:15 a.m.", dt.date(2024, 3, 8)),
    ("The first tremor was felt at 11:40 p.m. (2240 GMT) June 2, residents said.", "11:40 p.m.", dt.date(2024, 6, 2)),
    ("The ceasefire took hold at 6 a.m. (0300 GMT) on 4 June.", "6 a.m.", dt.date(2024, 6, 4)),
    ("The convoy crossed at 10 p.m. EST (0300 GMT) on Tuesday, May 14, 2019.", "10 p.m. EST", dt.date(2019, 5, 14)),
    ("Polls close at 8 p.m. (1800 GMT) on June 30.", "8 p.m.", dt.date(2024, 6, 30)),
    ("The last ferry left at 9:30 a.m. (0830 GMT) on 12 January 2023.", "9:30 a.m.", dt.date(2023, 1, 12)),
    ("The dam gave way at 10 p.m. (1400 BST) on March 7.", "10 p.m.", dt.date(2024, 3, 7)),
    ("The ship docked at 7 a.m. (0600 CET) on 2 May.", "7 a.m.", dt.date(2024, 5, 2)),
    ("The rocket lifted off at 9:15 p.m. (2115 JST) on June 9.", "9:15 p.m.", dt.date(2024, 6, 9)),
])
def test_a_months_day_after_a_bracketed_zone_is_the_times_day(sentence: str, phrase: str, first: dt.date) -> None:
    assert firsts_of(sentence, phrase, PUBLISHED) == [first]


HEAD = "Live: floods hit the valley\n\nThursday, June 20, 2024\n\n"


@pytest.mark.parametrize("body, expected", [
    ("0945 GMT: The river burst its banks at the mill.\n", [("0945", "2024-06-20T09:45")]),
    ("1430 EST: The river crested at the bridge.\n", [("1430", "2024-06-20T14:30")]),
    ("0815 CEST: Levees held at the weir.\n", [("0815", "2024-06-20T08:15")]),
])
def test_a_blog_heading_in_a_zone_is_a_time_of_the_day(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(HEAD + body, PUBLISHED) if t.start >= len(HEAD)] == expected
