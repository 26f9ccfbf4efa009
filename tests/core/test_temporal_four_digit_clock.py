"""A 24-hour clock time written in four digits with its zone in running text, as wire copy writes it ("at 0900 CET",
"by 1430 GMT", "at 1945 local time"), is a time of the day it belongs to (the day in focus, or the day named
after it), after a preposition of time; never a year. In brackets after another clock time ("5 pm (1400 GMT)") it
is that time's equivalent, no time of its own. Invented sentences, published Friday 20 March 2026."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

FRIDAY = dt.date(2026, 3, 20)


@pytest.mark.parametrize("sentence, expected", [
    ("Polling stations open at 0800 CET and close by 2000 CET.",
     [("0800 CET", "2026-03-20T08:00"), ("2000 CET", "2026-03-20T20:00")]),
    ("The ceasefire took effect at 0600 GMT on Tuesday.", [("0600 GMT on Tuesday", "2026-03-17T06:00")]),
    ("The convoy left the port at 1945 local time.", [("1945 local time", "2026-03-20T19:45")]),
    ("Flights resume from 2130 hrs, the airport said.", [("2130 hrs", "2026-03-20T21:30")]),
    ("The curfew ended at 0500 hrs on Monday.", [("0500 hrs on Monday", "2026-03-16T05:00")]),
    # "hrs" is a zone's place for a clock time with a colon too
    ("The gates shut 22:15 hrs sharp.", [("22:15 hrs", "2026-03-20T22:15")]),
    # no preposition of time: an equivalent in brackets, a count
    ("The blast came at 4 pm (1500 GMT).", [("4 pm", "2026-03-20T16:00")]),
    ("Some 1500 GMT workers walked out in 2019.", [("2019", "2019")]),
])
def test_a_four_digit_clock_time_in_running_text(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(sentence, FRIDAY)] == expected
