"""A page's happening told again in another of its sentences is one event, not two: the lead's doer telling it again
with its own date on the lead's day, a step in the simple past ("Holm ... cruised to a five-stroke victory Sunday"
after "Erik Holm turned his final-round duel ... into a runaway": `merging._dated_step`,
`merging._join_dated_party_steps`); an undated step of that doer whose title names it with a modifier before its
name ("Top-ranked Holm finishes at 14-under 270": `merging._compound_modifier`); the lead's stage of a case handed
down again by its noun ("The 12-member jury ... emerged with the verdict" after "has been found guilty":
`merging._told_stage`, `news.case_stage`). What else the page tells of the same people that day stays apart:
another family of happening (a resignation after a conviction), another stage of the case (a plea the day of a
verdict), a stage set for later, another body's act (a rescue after a quake). The articles are invented
(fixtures/retold2/<story>/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "retold2"


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("story, retold, lead", [
    ("runaway", "cruised to a five-stroke victory Sunday", "Erik Holm turned his final-round duel"),
    ("runaway", "He finished at 14-under 270", "Erik Holm turned his final-round duel"),
    ("verdict", "emerged with the verdict in the trial", "has been found guilty in federal court"),
])
def test_the_lead_told_again_joins_its_event(story: str, retold: str, lead: str) -> None:
    told = _holding(story, retold)
    assert len(told) == 1 and told == _holding(story, lead), [(e.title, e.first) for e in told]


@pytest.mark.parametrize("story, own, lead", [
    ("same_day_apart", "Lind resigned from the city council", "Ana Lind was convicted of fraud"),
    ("plea_apart", "Osk pleaded not guilty to a second forgery", "Pal Osk was found guilty of fraud"),
    ("verdict", "Sentencing was set for June 4", "has been found guilty in federal court"),
    ("quake_rescue", "Varde Rescue searched the ruins", "A magnitude 6.2 earthquake struck Varde"),
])
def test_another_happening_of_the_same_people_stays_apart(story: str, own: str, lead: str) -> None:
    held = _holding(story, own)
    assert held, own
    assert not any(e in held for e in _holding(story, lead)), [(e.title, e.first) for e in held]
