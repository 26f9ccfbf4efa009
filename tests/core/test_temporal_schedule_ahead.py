"""A weekday a present schedule or a limit looks ahead to is the coming one: "is due to" before a verb and its object
("is due to open the new bridge on Monday"; "due to" before a noun is a cause), a limit "at least" stands in ("until
at least Tuesday"), an extension "through" a day, and the hour of that day ("through Sunday at 6 a.m."). Narrated
ones stay past. Invented sentences, published Wednesday March 13, 2024."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday
D = dt.date


@pytest.mark.parametrize("sentence, phrase, first", [
    # "is due to" + a verb and its object
    ("The king is due to open the new bridge over the estuary on Monday.", "Monday", D(2024, 3, 18)),
    ("Inspectors are due to tour the damaged reactor building on Friday.", "Friday", D(2024, 3, 15)),
    ("The envoy is due to meet rebel leaders in Doha on Thursday.", "Thursday", D(2024, 3, 14)),
    # "due to" before a noun is a cause: the day is narrated
    ("The cancellation is due to a strike on Monday.", "Monday", D(2024, 3, 11)),
    ("The outage was due to a fire that broke out on Monday.", "Monday", D(2024, 3, 11)),
    # a limit with "at least" between: the coming day
    ("The pool said it would remain shut until at least Tuesday.", "Tuesday", D(2024, 3, 19)),
    ("Ferries will stay suspended until at least Monday.", "Monday", D(2024, 3, 18)),
    ("The museum was closed until at least Monday.", "Monday", D(2024, 3, 11)),  # narrated
    # an extension through a day, and the hour of that day
    ("The curfew was extended through Sunday.", "Sunday", D(2024, 3, 17)),
    ("The council extended the parking ban through Friday.", "Friday", D(2024, 3, 15)),
    ("A storm watch, first posted on March 1, was extended through Sunday at 6 a.m.", "6 a.m.", D(2024, 3, 17)),
    ("The festival ran through Sunday.", "Sunday", D(2024, 3, 10)),  # narrated
])
def test_a_schedule_or_a_limit_looks_ahead(sentence: str, phrase: str, first: dt.date) -> None:
    assert [t.first for t in tag(sentence, PUBLISHED) if t.text == phrase] == [first]


@pytest.mark.parametrize("text, first", [
    # a schedule still to come counts "the following week/month" from publication when the day the text last
    # named is long gone (its following unit past)
    ("The airline cut fares on January 8. A rival, which is expected to match them the following week, declined "
     "to comment.", D(2024, 3, 18)),
    ("The plant closed on January 8. Its owner will sell the site the following month.", D(2024, 4, 1)),
    # (narrated, or counted from a day still to come: unchanged)
    ("The airline cut fares on January 8. A rival matched them the following week.", D(2024, 1, 15)),
    ("The vote is set for March 20. The results will be published the following week.", D(2024, 3, 25)),
])
def test_a_schedule_counts_the_following_unit_from_publication(text: str, first: dt.date) -> None:
    assert [t.first for t in tag(text, PUBLISHED) if t.text.startswith("the following")] == [first]
