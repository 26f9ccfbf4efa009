"""A deadline ("by Sunday", "before Monday") of what an infinitive or a modal asks or plans ("asked residents to
leave by Sunday", "must register before Monday") is the coming such day, as a limit ("until Monday") is
(`temporal._limit_before`); a narrated one ("had left by Sunday") and a possessive ("replaced by Monday's
winner") stay the last such day, and so does an obligation the past had ("had to finish by Friday", "were
told to leave by Sunday"). Invented sentences, published Wednesday, June 19, 2024."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import firsts_of

PUBLISHED = dt.date(2024, 6, 19)  # a Wednesday


@pytest.mark.parametrize("sentence, phrase, first", [
    # a deadline set by a directive's infinitive, a modal or a present wish: the coming day
    ("Firefighters asked campers to quit the valley by Sunday.", "Sunday", dt.date(2024, 6, 23)),
    ("The mayor urged families to go before Saturday.", "Saturday", dt.date(2024, 6, 22)),
    ("Inspectors told the plant to report by Monday.", "Monday", dt.date(2024, 6, 24)),
    ("The union told members to return to work by Monday.", "Monday", dt.date(2024, 6, 24)),
    ("Tenants must vacate the block by Tuesday, the landlord said.", "Tuesday", dt.date(2024, 6, 25)),
    ("Voters are asked to register before Monday.", "Monday", dt.date(2024, 6, 24)),
    ("The league wants the stadium repaired by Saturday.", "Saturday", dt.date(2024, 6, 22)),
    # guards (as before: a dated deadline, a future, a plan and a limit)
    ("The regulator ordered the bank to repay clients by July 4.", "July 4", dt.date(2024, 7, 4)),
    ("The board will meet Friday.", "Friday", dt.date(2024, 6, 21)),
    ("Lawmakers plan to vote on Tuesday.", "Tuesday", dt.date(2024, 6, 25)),
    ("The company has until Monday to respond.", "Monday", dt.date(2024, 6, 24)),
    # narrated deadlines and possessives stay past
    ("Most residents had left by Sunday.", "Sunday", dt.date(2024, 6, 16)),
    ("Rescuers were told to stop, and by Monday the search was over.", "Monday", dt.date(2024, 6, 17)),
    ("The coach was replaced by Monday's caretaker.", "Monday's", dt.date(2024, 6, 17)),
    ("He left before Sunday's storm.", "Sunday's", dt.date(2024, 6, 16)),
    ("The firm said it filed its accounts by Monday.", "Monday", dt.date(2024, 6, 17)),
    # an obligation the past had ("had to", "was to") or a past passive's ("were told to"): its deadline is
    # narrated, the last such day, not the coming one
    ("Tenants had to pay the rent by Friday, but the bank shut first.", "Friday", dt.date(2024, 6, 14)),
    ("The team had to submit its plans before Monday and missed it.", "Monday", dt.date(2024, 6, 17)),
    ("Pupils were to hand in the essays by Tuesday, the head recalled.", "Tuesday", dt.date(2024, 6, 18)),
    ("Shops were told to close by Saturday as the storm neared, and most did.", "Saturday", dt.date(2024, 6, 15)),
    ("Guests were asked to check out before Sunday.", "Sunday", dt.date(2024, 6, 16)),
])
def test_a_deadline_of_a_plan_is_ahead(sentence: str, phrase: str, first: dt.date) -> None:
    assert firsts_of(sentence, phrase, PUBLISHED) == [first]
