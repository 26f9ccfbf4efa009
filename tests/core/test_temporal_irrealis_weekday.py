"""A bare weekday in a clause of something still to be done is the coming one: a noun's passive infinitive ("with
the winner to be named on Thursday") and a mandative subjunctive ("ordered that the flags be lowered on Friday")
(real news set 2, docs/realnews2_judgement.md class 4: a newsletter's winner "to be announced on Thursday" and a
governor's flags "be flown at half-staff ... on Friday" were put on the days before publication). Invented
sentences, published on Wednesday 6 March 2019; a past verb after the cue, and a verb before "to", keep the past."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

_WEDNESDAY = dt.date(2019, 3, 6)


@pytest.mark.parametrize("sentence, phrase, value", [
    ("Voting has closed, with the winner to be named on Thursday.", "Thursday", "2019-03-07"),
    ("The board published the shortlist, with the results to be released Friday.", "Friday", "2019-03-08"),
    ("The mayor has ordered that the flags be lowered at the town hall on Friday.", "Friday", "2019-03-08"),
    ("The judge directed that the two men be freed on Monday.", "Monday", "2019-03-11"),
    ("The union asked that the vote be held by ballot on Tuesday.", "Tuesday", "2019-03-12"),
])
def test_a_weekday_of_a_thing_still_to_be_done_is_the_coming_one(sentence, phrase, value):
    assert value_of(sentence, phrase, _WEDNESDAY) == value


@pytest.mark.parametrize("sentence, phrase, value", [
    # a verb before "to": a past wish, not a noun's plan
    ("He wanted to be elected on Monday.", "Monday", "2019-03-04"),
    # a past verb between the cue and the date narrates
    ("The winner, who was to be named later, collected the prize on Monday.", "Monday", "2019-03-04"),
    # an indicative "that" clause is narrated
    ("Officials said that the flags were lowered on Monday.", "Monday", "2019-03-04"),
])
def test_a_weekday_of_a_narrated_clause_stays_past(sentence, phrase, value):
    assert value_of(sentence, phrase, _WEDNESDAY) == value


@pytest.mark.parametrize("sentence, phrase, value", [
    # a possibility still to come
    ("The islands, which could take the first hit from the storm on Friday, were emptied.", "Friday", "2019-03-08"),
    ("Forecasters said the front might reach the coast on Sunday.", "Sunday", "2019-03-10"),
    # a past ability or a negated or perfect "could" is narrated
    ("Rescuers could not reach the village on Monday.", "Monday", "2019-03-04"),
    ("Residents could see the smoke on Monday.", "Monday", "2019-03-04"),
    ("The storm could have flooded the town on Monday.", "Monday", "2019-03-04"),
])
def test_a_weekday_of_could_and_might(sentence, phrase, value):
    assert value_of(sentence, phrase, _WEDNESDAY) == value


def test_a_passive_could_be_reports_a_past_attempt():
    sentence = "Neither the owner nor his sons could be located Monday at their farm."
    assert value_of(sentence, "Monday", _WEDNESDAY) == "2019-03-04"
