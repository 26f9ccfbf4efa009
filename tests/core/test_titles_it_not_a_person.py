"""An "it" never stands for a person: a subject whose own clause calls it "his"/"her"/"himself"/"herself" is a
person, so the "it" of the next clause ("..., but it will take effect on Friday") is not that subject's (real
news, docs/realnews_judgement.md class 5: "The minister will officially take effect"). Invented sentences; a thing's
"it" keeps its antecedent."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

_DATELINE = "May 3, 2025\n\nA headline of the story\n\nA quiet street in the town. "


def _title(sentence: str, phrase: str) -> str:
    return article_title(_DATELINE + sentence, phrase)


@pytest.mark.parametrize("sentence, phrase, wrong", [
    ("The coach handed in his resignation two weeks ago, but it will only take effect on Friday.", "Friday",
     "The coach"),
    ("The senator submitted her bill in March, and it was passed by the chamber on Tuesday.", "Tuesday",
     "The senator"),
    ("The director gave himself a deadline last month, but it expired on Monday.", "Monday",
     "The director"),
])
def test_it_does_not_stand_for_a_person(sentence: str, phrase: str, wrong: str) -> None:
    assert not _title(sentence, phrase).startswith(wrong)


@pytest.mark.parametrize("sentence, phrase, title", [
    # a thing's "it" keeps its antecedent
    ("The museum closed its doors in 2019, and it reopened on Monday.", "Monday", "The museum reopens"),
    ("The ferry lost its rudder in May, and it sank on Monday.", "Monday", "The ferry sinks"),
])
def test_a_things_it_keeps_its_antecedent(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title
