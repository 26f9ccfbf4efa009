"""A present verb in -s that the lexicon reads likelier as a plural noun ("ends", "talks") is the
clause's verb when nothing else can be: after a subject's noun phrase opening its clause and with no other verb after
the date in its sentence. A schedule told in the present, so its weekday is the coming one ("The curfew ends at 0500
hrs on Monday" on a Friday page was put on the Monday before: issue 7's judged real news, stop 24). Invented
sentences, published on Wednesday 6 March 2019; a plural noun inside a phrase, or a subject's head before its verb,
stays a noun and its weekday the past one."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

_WEDNESDAY = dt.date(2019, 3, 6)


@pytest.mark.parametrize("sentence, phrase, value", [
    ("The curfew ends at 0500 hrs on Monday.", "0500 hrs on Monday", "2019-03-11T05:00"),
    ("The season ends on Sunday.", "Sunday", "2019-03-10"),
    ("The state of emergency ends at midnight on Sunday.", "midnight on Sunday", "2019-03-10T24:00"),
    ("Kenya's nationwide curfew ends at 4 a.m. on Monday.", "4 a.m. on Monday", "2019-03-11T04:00"),
    ("The government said the strike ends on Friday.", "Friday", "2019-03-08"),
    ("The offer ends on Saturday, the company said.", "Saturday", "2019-03-09"),
])
def test_a_noun_like_present_verb_of_a_schedule_looks_ahead(sentence, phrase, value):
    assert value_of(sentence, phrase, _WEDNESDAY) == value


@pytest.mark.parametrize("sentence, phrase, value", [
    # a plural noun: a compound's head inside a phrase, a subject's head before its verb
    ("Police arrested two men over the bomb attacks on Monday.", "Monday", "2019-03-04"),
    ("The bomb attacks on Monday killed 20 people.", "Monday", "2019-03-04"),
    ("The president's trade talks on Monday ended without a deal.", "Monday", "2019-03-04"),
    # a past verb
    ("The curfew ended at 5 a.m. on Monday.", "5 a.m. on Monday", "2019-03-04T05:00"),
    # another verb after the date that the lexicon alone reads likelier a noun (review 25b item 9)
    ("The council meeting minutes on Monday show the vote.", "Monday", "2019-03-04"),
    ("The club accounts on Friday list three new loans.", "Friday", "2019-03-01"),
    ("The board papers on Tuesday record a loss.", "Tuesday", "2019-03-05"),
])
def test_a_plural_noun_or_a_past_verb_keeps_the_past_weekday(sentence, phrase, value):
    assert value_of(sentence, phrase, _WEDNESDAY) == value
