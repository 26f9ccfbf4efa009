"""A plan named as a noun ("a plan to close two libraries") looks ahead only inside its own phrase: a date after a
comma belongs to another clause ("..., with the council approving the closures Wednesday night"), which takes the
sentence's tense. Main put such a past weekday on the week after the page's date (docs/realnews5_judgement.md,
class 5: the lead of a school committee's vote). Invented sentences, read on Thursday 18 December 2025."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

_THURSDAY = dt.date(2025, 12, 18)


@pytest.mark.parametrize("sentence, phrase, day", [
    # the noun's clause ends at the comma: the date is the absolute clause's, told in the past
    ("The district pressed ahead with a plan to merge two schools, with the board approving the merger Tuesday "
     "night.", "Tuesday night", dt.date(2025, 12, 16)),
    ("The city pushed on with its new plan to sell the pier, with councillors backing the sale on Monday.",
     "Monday", dt.date(2025, 12, 15)),
    ("The county moved ahead with plan to shut two clinics, with the board backing the closures Tuesday night.",
     "Tuesday night", dt.date(2025, 12, 16)),
    ("The town backed the mayor's plans to rebuild the pier, with the council voting on Monday.", "Monday",
     dt.date(2025, 12, 15)),
    # inside the noun's own phrase the date is the planned act's, still ahead
    ("The board approved a plan to close the pool on Friday.", "Friday", dt.date(2025, 12, 19)),
    # a later cue after the comma still looks ahead
    ("The town unveiled the mayor's plans to rebuild the pier, with work starting Monday.", "Monday",
     dt.date(2025, 12, 22)),
    # "plans" as the clause's verb: the future governs the sentence, the absolute clause too
    ("The city plans to close two libraries, with the council voting on Wednesday.", "Wednesday",
     dt.date(2025, 12, 24)),
])
def test_a_plan_nouns_infinitive_looks_ahead_only_in_its_own_phrase(sentence, phrase, day):
    found = [e for e in tag(sentence, _THURSDAY) if e.text == phrase]
    assert found and found[0].first == day
