"""A limit ("until March 31", "through May 1") of what a present verb says lasts, or of what an infinitive or a
modal plans, is the next such date after publication, whatever past verb told of it before; a narrated one (a past
verb, "had until", "was closed until") stays the last such date. A plan its clause dates ("In February the council
voted to keep …") ends at the next such date after that clause's time. Invented sentences, published November 10,
2005."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

PUBLISHED = dt.date(2005, 11, 10)


@pytest.mark.parametrize("sentence, phrase, first", [
    ("The bank said the rate cut, which took effect on Monday, applies until March 31.", "until March 31",
     dt.date(2006, 3, 31)),
    ("The council voted to keep the bridge closed until April 4.", "until April 4", dt.date(2006, 4, 4)),
    ("The board agreed to freeze fares through February 28.", "February 28", dt.date(2006, 2, 28)),
    ("Officials, who inspected the dam on Tuesday, said the road remains shut until January 9.", "until January 9",
     dt.date(2006, 1, 9)),
    # (as before: a present limit, a future, and narrated limits)
    ("The offer runs until June 30.", "until June 30", dt.date(2006, 6, 30)),
    ("Police said the suspect will remain in custody until March 3.", "until March 3", dt.date(2006, 3, 3)),
    ("The chain said the offer ran until June 30.", "until June 30", dt.date(2005, 6, 30)),
    ("The firm had until January 15 to respond.", "until January 15", dt.date(2005, 1, 15)),
    ("The museum was closed until February 2.", "until February 2", dt.date(2005, 2, 2)),
    # a plan of a dated past clause: the next such date after that clause's time
    ("In February the council voted to keep the bridge closed until April 4, and it reopened on schedule.",
     "until April 4", dt.date(2005, 4, 4)),
    ("On March 2 the board agreed to freeze fares through May 31.", "May 31", dt.date(2005, 5, 31)),
    ("On Monday the council voted to keep the bridge closed until April 4.", "until April 4", dt.date(2006, 4, 4)),
    # (after a headline, or a dateline's dash: a line break or the dash opens the dated clause)
    ("Bridge to stay closed\n\nIn February the council voted to keep the bridge closed until April 4.",
     "until April 4", dt.date(2005, 4, 4)),
    ("Bridge to stay closed\n\nSPRINGFIELD, Nov. 10, 2005 - In February the council voted to keep the bridge "
     "closed until April 4.", "until April 4", dt.date(2005, 4, 4)),
    ("Fares frozen\n\nSPRINGFIELD, Nov. 10 (Reuters) \u2014 In March the board agreed to freeze fares through May "
     "31.", "May 31", dt.date(2005, 5, 31)),
])
def test_a_limit_of_a_state_or_a_plan_is_ahead(sentence: str, phrase: str, first: dt.date) -> None:
    found = [e.first for e in tag(sentence, reference=PUBLISHED) if e.text == phrase]
    assert found == [first]
