"""A weekday that names a deadline ("a Friday deadline", "Monday's deadline") is a limit still to meet in a present
or future clause: the coming one; a clause that tells it in the past ("missed a Friday deadline") keeps the last one,
the default reading of a bare weekday. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

WEDNESDAY = dt.date(2025, 4, 9)


@pytest.mark.parametrize("sentence, phrase, value", [
    # a deadline in a present or future frame: the coming weekday
    ("The striking dockers face a Friday deadline to accept the offer.", "Friday", "2025-04-11"),
    ("The port talks face a Friday deadline.", "Friday", "2025-04-11"),
    ("Shareholders tendered their stock, with most shares in hand by the Tuesday deadline.", "Tuesday", "2025-04-08"),
    ("Monday's deadline looms over the bidders for the airline.", "Monday", "2025-04-14"),
    ("With a Sunday cut-off approaching, voters queued at the town hall.", "Sunday", "2025-04-13"),
    ("Lenders have until a Friday deadline to respond.", "Friday", "2025-04-11"),
    ("Both sides are racing to meet Tuesday's deadline for a budget.", "Tuesday", "2025-04-15"),
    # told in the past: the last one
    ("The dockers missed a Friday deadline to accept the offer.", "Friday", "2025-04-04"),
    ("The bidders ignored Monday's deadline.", "Monday", "2025-04-07"),
    ("Monday's deadline passed without a deal.", "Monday", "2025-04-07"),
    # no deadline noun: as before
    ("The dockers face a Friday meeting with the owners.", "Friday", "2025-04-04"),
])
def test_a_weekday_naming_a_deadline_is_the_coming_one_in_a_present_frame(sentence: str, phrase: str,
                                                                          value: str) -> None:
    assert value_of(sentence, phrase, WEDNESDAY) == value
