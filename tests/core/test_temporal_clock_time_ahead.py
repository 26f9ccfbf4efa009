"""A clock time with no day of its own in a clause still to come is not on a day already gone: a memorial told "will
take place at 1 p.m." after the death's "June 3" is on the day the service was named for ("will be held Monday"), or
the publication day when no day to come was named (a real memorial page had its service put on the day of the
death). A past clause keeps the day in focus, gone or not. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import firsts_of

PUBLISHED = dt.date(2023, 6, 26)  # a Monday
JUNE_3 = dt.date(2023, 6, 3)
FRIDAY = dt.date(2023, 6, 30)


@pytest.mark.parametrize("text, phrase, first", [
    # ahead: the day to come named before, else the publication day
    ("A memorial service will be held on Friday for the former mayor. Jones died on June 3, aged 87. The service "
     "will take place at 1 p.m. at the First Presbyterian Church.", "1 p.m.", FRIDAY),
    ("Jones died on June 3, aged 87. A memorial service will take place at 1 p.m. at the church.", "1 p.m.",
     PUBLISHED),
    ("The storm hit the coast on June 3. Crews will return at 6 a.m. to clear the roads.", "6 a.m.", PUBLISHED),
    # a past clause keeps the day in focus
    ("Jones died on June 3, aged 87. He was found at 1 p.m. in his home.", "1 p.m.", JUNE_3),
    ("The storm hit the coast on June 3. Crews arrived at 6 a.m. to clear the roads.", "6 a.m.", JUNE_3),
])
def test_a_clock_time_still_to_come_is_not_on_a_day_gone(text: str, phrase: str, first: dt.date) -> None:
    assert firsts_of(text, phrase, PUBLISHED) == [first]
