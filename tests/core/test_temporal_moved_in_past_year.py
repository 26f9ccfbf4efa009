"""A rescheduling verb's goal ("extended through Saturday") is the thing's new time, still ahead of the moving; when
the clause frames the moving in an earlier year than the publication's ("Last year's regatta was extended through
Saturday", "In 2021 the museum extended the show through June 30") and tells it in the past, its new time was then
too: not the coming one. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

WEDNESDAY = dt.date(2025, 4, 9)


@pytest.mark.parametrize("sentence, phrase, value", [
    # a past year frames the moving: the default reading (the last such weekday; the day of that year)
    ("Last year's regatta was extended through Saturday.", "Saturday", "2025-04-05"),
    ("Last year the book fair was extended through Saturday after record crowds.", "Saturday", "2025-04-05"),
    ("In 2021 the museum extended the exhibition through June 30.", "June 30", "2021-06-30"),
    # a rescheduling goal word ("until", "to") before a weekday, in a past year's frame: the last such weekday
    ("Last year's carnival was postponed until Sunday.", "Sunday", "2025-04-06"),
    ("Last year the derby was delayed to Saturday because of rain.", "Saturday", "2025-04-05"),
    ("In 2022 organisers put the race back until Sunday after a storm.", "Sunday", "2025-04-06"),
    # guards: no past year, or a present tense: the coming one; a goal "until" a past clause set, as before
    ("The regatta was extended through Saturday.", "Saturday", "2025-04-12"),
    ("The museum extended the exhibition through June 30.", "June 30", "2025-06-30"),
    ("Last year's prize exhibition has been extended through Saturday.", "Saturday", "2025-04-12"),
    ("In 2019 the council postponed the vote until May 4.", "May 4", "2019-05-04"),
    ("The carnival was postponed until Sunday.", "Sunday", "2025-04-13"),
    ("Last year's carnival has been postponed until Sunday.", "Sunday", "2025-04-13"),
    ("Last year's fair will be moved to Saturday.", "Saturday", "2025-04-12"),
    ("Last year's orders are now due in October.", "October", "2025-10"),
])
def test_a_goal_moved_in_a_past_year_is_not_the_coming_one(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, WEDNESDAY) == value
