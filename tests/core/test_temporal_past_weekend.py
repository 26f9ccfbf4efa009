"""A bare "the weekend" told in a past clause on a weekday page is the weekend gone, as a bare weekday of a past
clause is the one gone: "its deputy mayor died over the weekend" on a Wednesday is the Saturday and Sunday before it,
not the coming ones. A clause looking ahead, or one with a present verb, keeps the coming weekend; a Monday's
"the weekend" was the last one already."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

WED = dt.date(2013, 3, 20)  # week 12; the weekend before is 2013-W11-WE
MON = dt.date(2013, 3, 18)


@pytest.mark.parametrize("sentence, reference, value", [
    # told in the past: the weekend gone
    ("The town is mourning after its deputy mayor died over the weekend.", WED, "2013-W11-WE"),
    ("Over the weekend, lawyers for the family raised new accusations.", WED, "2013-W11-WE"),
    ("Two officers were hurt over the weekend, police said.", WED, "2013-W11-WE"),
    ("Police said a man was arrested over the weekend.", WED, "2013-W11-WE"),
    ("The mayor, who died over the weekend, will be buried on Friday.", WED, "2013-W11-WE"),
    # ahead, or a present: the coming one
    ("More snow is forecast for the weekend.", WED, "2013-W12-WE"),
    ("Crews will work through the weekend.", WED, "2013-W12-WE"),
    ("The festival runs over the weekend.", WED, "2013-W12-WE"),
    ("Talks are expected to resume over the weekend.", WED, "2013-W12-WE"),
    # a Monday's weekend is the one just gone, whatever the tense
    ("Two officers were hurt over the weekend, police said.", MON, "2013-W11-WE"),
])
def test_past_weekend_on_a_weekday(sentence: str, reference: dt.date, value: str) -> None:
    assert value_of(sentence, "the weekend", reference) == value
