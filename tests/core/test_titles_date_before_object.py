"""A date set off by commas between a verb and its object ("Police in Leeds arrested on Friday, March 3, a man
...", "approved, on Monday, a plan") keeps the object in the title: the comma after the date closes the date, not
the clause (`grammar._commas_around_date_before_object`; was "Police in Leeds arrests"). A capitalised
plural-only collective ("Police/NNS in Leeds") takes a plural verb. Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Police in Leeds arrested on Friday, March 3, a man suspected of arson.", "Friday, March 3",
     "Police in Leeds arrest a man suspected of arson"),
    ("Customs officers intercepted on Monday, June 5, a shipment of fake drugs.", "Monday, June 5",
     "Customs officers intercept a shipment of fake drugs"),
    ("The council approved, on Monday, a plan to close the pool.", "on Monday",
     "The council approves a plan to close the pool"),
    ("The firm reported on Tuesday, May 2, its first loss in a decade.", "Tuesday, May 2",
     "The firm reports its first loss in a decade"),
    ("Police in Leeds arrested a man on Friday.", "on Friday", "Police in Leeds arrest a man"),
    # guards: the date's own apposition (a time noun), an object before the date
    ("The storm hit on Monday, May 2, the worst day of the year.", "Monday, May 2", "The storm hits"),
    ("Troops entered the town on Monday, June 5, a day after the rebels left.", "Monday, June 5",
     "Troops enter the town"),
])
def test_a_date_set_off_before_the_object_keeps_the_object(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
