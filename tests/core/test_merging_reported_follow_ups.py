"""A sentence with no date of its own (dated only by its page: `reported`) whose subject refers back to a
happening its article dated before it ("The earthquake occurred at a depth of 14 kilometres", after "An
earthquake occurred on Wednesday evening ...") tells that happening again: it joins that happening's event
(`merging._join_reported_follow_ups`), not a second event on the page's day; so does one that gives a reading of
it ("The institute registered the quake at a magnitude of 5.8": `merging._measured_object`). A sentence that
tells an act of its own ("The mayor ... has declared a state of emergency") stays apart, and two happenings of
the article stay two ("registered a second quake at ..."). The articles are invented
(fixtures/reported_follow_ups/<story>/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import merging
from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "reported_follow_ups"


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("story, retelling, first_telling", [
    ("next_day", "The earthquake occurred at a depth", "An earthquake occurred on Wednesday evening"),
    ("reading", "registered the quake at a Richter magnitude", "earthquake struck the Tarnvale region"),
])
def test_a_reported_follow_up_joins_the_happening_told_before(story: str, retelling: str, first_telling: str) -> None:
    retold = _holding(story, retelling)
    told = _holding(story, first_telling)
    assert len(retold) == 1, [(e.title, e.first) for e in retold]
    assert retold == told, ([(e.title, e.first) for e in retold], [(e.title, e.first) for e in told])
    assert retold[0].title.startswith(("An earthquake", "A magnitude"))  # titled by the sentence that first told it


@pytest.mark.parametrize("story, own, lead", [
    ("own_telling", "has declared a state of emergency", "earthquake struck the Tarnvale region"),
    ("two_quakes", "earthquake struck the Tarnvale region on Saturday", "earthquake struck the Orlen valley"),
    ("reading_second", "registered a second quake", "earthquake struck the Tarnvale region"),
])
def test_another_happening_of_the_article_stays_apart(story: str, own: str, lead: str) -> None:
    held = _holding(story, own)
    assert held, own
    assert not any(e in held for e in _holding(story, lead)), [(e.title, e.first) for e in held]


@pytest.mark.parametrize("sentence, noun", [
    ("The Norland Institute of Geophysics registered the quake at a Richter magnitude of 5.8.", "quake"),
    ("The survey measured the earthquake at magnitude 7.8.", "earthquake"),
    ("The agency rated the storm as a category 4 hurricane.", "storm"),
    # another of its kind, or an indefinite one: not the happening told before
    ("The survey measured the second quake at 7.5.", None),
    ("The survey measured a quake at 7.5.", None),
    # no measure after it, or no happening measured
    ("Officials condemned the attack at a news conference.", None),
    ("Police arrested the man at 4 Main Street.", None),
    # a happening of its own kind, or a saying, whatever its object
    ("Rebels claimed the attack at 3 a.m.", None),
])
def test_a_reading_of_a_told_happening(sentence: str, noun: str | None) -> None:
    assert merging._measured_object(sentence) == noun
