"""A clock time with no day of its own is on the day in focus: a story told in order goes on with the day it named,
whoever the next sentence is about ("A man was shot at 11:30 p.m. on Saturday. Officers were called at 11:40 p.m.";
"Fire broke out on Monday. Crews arrived at 4:12 a.m."). News changes subject from sentence to sentence, so a
changed subject is no sign of another day (a rule that read it so, this session, moved whole crime and disaster
narratives to the publication day and was reverted). A day written with the time ("at 2:15 a.m. on Sunday") is its
day. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import firsts_of

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday
MONDAY = dt.date(2026, 3, 9)
SATURDAY = dt.date(2026, 3, 7)
SUNDAY = dt.date(2026, 3, 8)
TUESDAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize("sentence, phrase, first", [
    # the subject changes, the story goes on: that day's
    ("A man was shot at 11:30 p.m. on Saturday in Dunmore Street. Officers were called at 11:40 p.m.", "11:40 p.m.",
     SATURDAY),
    ("Fire broke out in a warehouse in Eastbrook on Monday. Crews arrived at 4:12 a.m.", "4:12 a.m.", MONDAY),
    ("The Senate passed the bill on Tuesday. Lawmakers voted 61-39 shortly after 11 p.m.", "shortly after 11 p.m.",
     TUESDAY),
    ("The earthquake struck at 4:17 a.m. on Monday. Aftershocks continued until 9 a.m.", "9 a.m.", MONDAY),
    ("Detectives arrested a man on Monday. A passer-by had found the body at 2:15 a.m. near the canal.", "2:15 a.m.",
     MONDAY),
    ("The order to leave came at 6:15 p.m. Monday. Police sealed the bridge shortly before midnight.",
     "shortly before midnight", MONDAY),
    # the same people, the same day
    ("Detectives arrested a man on Monday. He was taken to Carlow station at 2:15 a.m.", "2:15 a.m.", MONDAY),
    ("Officers charged Ray Dunn on Monday.\n\nDunn was released at 11pm.", "11pm", MONDAY),
    ("Detectives arrested a man on Monday. A passer-by found the body at 2:15 a.m. (0115 GMT) Monday.", "2:15 a.m.",
     MONDAY),
    # a day written with the time: its own day, not the one in focus
    ("Detectives arrested a man on Monday. A passer-by had found the body at 2:15 a.m. on Sunday.",
     "2:15 a.m. on Sunday", SUNDAY),
    ("Fire broke out in a warehouse in Eastbrook on Monday. Crews had left at 11 p.m. Saturday.", "11 p.m. Saturday",
     SATURDAY),
    ("The ferry sank on Monday. Rescuers reached the wreck at 9pm that night.", "9pm", MONDAY),
])
def test_a_clock_time_is_on_the_day_the_story_named(sentence: str, phrase: str, first: dt.date) -> None:
    assert firsts_of(sentence, phrase, PUBLISHED) == [first]


# A day after the time's equivalent in another zone, in brackets, is the time's day too, not the day in focus.
@pytest.mark.parametrize("sentence, phrase, first", [
    ("Detectives arrested a man on Monday. A passer-by had found the body at 2:15 a.m. (0115 GMT) Sunday.",
     "2:15 a.m.", SUNDAY),
    ("Troops withdrew on Tuesday. The convoy had crossed the border at 10 p.m. EST (0300 GMT) on Saturday.",
     "10 p.m. EST", SATURDAY),
    ("The ferry sank on Monday. The first flare was seen at 11:40 p.m. (2240 GMT) Saturday.", "11:40 p.m.",
     SATURDAY),
    ("The market opened on Monday. Trading had halted at 9:40 a.m. (0640 GMT) yesterday.", "9:40 a.m.",
     dt.date(2026, 3, 11)),
])
def test_a_day_after_a_bracketed_zone_is_the_times_day(sentence: str, phrase: str, first: dt.date) -> None:
    assert firsts_of(sentence, phrase, PUBLISHED) == [first]
