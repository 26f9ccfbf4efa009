"""A clock time with no day of its own is on the day in focus only while its sentence goes on with the happening that
day dated: it opens with an anaphor, a narrative's time word or a happening's definite noun, names a day after the
time, or shares a name or a common noun with the day's sentence. Another happening told next ("Police charged him on
Monday. The victim was found at 1:40 a.m.") is not of that day: its time is on the publication day, as a time that no
day governs is (`temporal._goes_on_with_the_day`). Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import firsts_of

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday
MONDAY = dt.date(2026, 3, 9)


@pytest.mark.parametrize("sentence, phrase, first", [
    # another happening: not Monday's
    ("Detectives arrested a man on Monday. A passer-by found the body at 2:15 a.m. near the canal.", "2:15 a.m.",
     PUBLISHED),
    ("Officers charged Ray Dunn on Monday.\n\nA neighbour called an ambulance at 11pm.", "11pm", PUBLISHED),
    ("The regulator fined Kelso Bank on Monday. Markets opened higher at 8am.", "8am", PUBLISHED),
    # the same happening: Monday's
    ("Detectives arrested a man on Monday. He was taken to Carlow station at 2:15 a.m.", "2:15 a.m.", MONDAY),
    ("Officers charged Ray Dunn on Monday.\n\nDunn was released at 11pm.", "11pm", MONDAY),
    ("The board approved the merger on Monday. The merger was signed at 6pm.", "6pm", MONDAY),
    ("Storms hit Tarbert on Monday. The blast of wind peaked at 4pm.", "4pm", MONDAY),
    ("Storms hit the coast on Monday. Then the river burst its banks at 4pm.", "4pm", MONDAY),
    ("The ferry sank on Monday. Rescuers reached the wreck at 9pm that night.", "9pm", MONDAY),
    # a day named in the time's own sentence, before or after it
    ("Detectives arrested a man on Monday. A passer-by found the body at 2:15 a.m. (0115 GMT) Monday.", "2:15 a.m.",
     MONDAY),
])
def test_a_clock_time_is_on_the_day_of_the_happening_it_goes_on_with(sentence: str, phrase: str,
                                                                    first: dt.date) -> None:
    assert firsts_of(sentence, phrase, PUBLISHED) == [first]
