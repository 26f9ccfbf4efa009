""""Since the weekend" is a weekend already reached: on a weekday, the last one (the weekend before the reference), not
the coming one "the weekend" alone names ("rain is forecast for the weekend"); on a Saturday or Sunday, the one
under way, as before."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

WED = dt.date(2013, 3, 20)  # week 12; the weekend before is 2013-W11-WE
SAT = dt.date(2013, 3, 23)


@pytest.mark.parametrize("sentence, phrase, reference, value", [
    ("Hundreds of homes have been without power since the weekend.", "the weekend", WED, "2013-W11-WE"),
    ("The border crossing has stayed shut since the weekend, officials said.", "the weekend", WED, "2013-W11-WE"),
    ("Since the weekend, volunteers have filled 40,000 sandbags.", "the weekend", WED, "2013-W11-WE"),
    # the weekend under way, and the coming one
    ("Roads have been closed since the weekend began.", "the weekend", SAT, "2013-W12-WE"),
    ("More snow is forecast for the weekend.", "the weekend", WED, "2013-W12-WE"),
])
def test_since_the_weekend_is_the_last_one(sentence: str, phrase: str, reference: dt.date, value: str) -> None:
    assert value_of(sentence, phrase, reference) == value
