"""`temporal.names_day_of_month`: whether a date phrase names a day of a month by its number and the month's name
(as a date printed without its year does), read by the lend of a day to an undated page (`pipeline`), which asks
the tagger's grammar rather than writing it again."""
from __future__ import annotations

import pytest

from timeline_app.core.temporal import names_day_of_month


@pytest.mark.parametrize("phrase, calendar_day", [
    ("9 March", True),
    ("on 14th October", True),
    ("the 3rd of June", True),
    ("Sept. 21", True),
    ("August 2nd", True),
    ("Friday", False),
    ("yesterday", False),
    ("two days later", False),
    ("last March", False),
    ("Tuesday night", False),
    ("March 2024", False),
])
def test_a_date_phrase_naming_a_day_of_a_month(phrase: str, calendar_day: bool) -> None:
    assert names_day_of_month(phrase) == calendar_day
