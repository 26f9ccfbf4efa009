"""A page's happening told again in another of its sentences is one event, not two: a figure of the results report
the lead tells ("Revenue edged up 2 percent to ..." after "reported higher adjusted earnings":
`merging._figure_of_report`, `merging._lead_object` reading past a participle). What is another's or another
period's stays apart: another company's figure, the year-ago figure. The articles are invented
(fixtures/retold3/<story>/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import events_holding
from timeline_app.core import merging

FIXTURES = Path(__file__).parent / "fixtures" / "retold3"


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("sentence, noun", [
    ("Norland's Orlen Telecom Inc reported higher adjusted earnings on Tuesday.", "earnings"),  # (past a participle)
    ("Varde Mills Inc reported a higher quarterly profit on Thursday.", "profit"),
])
def test_the_lead_s_object_is_read_past_its_modifiers(sentence: str, noun: str) -> None:
    assert merging._lead_object(sentence) == noun


@pytest.mark.parametrize("story, retold, lead", [
    ("results", "Revenue edged up 2 percent", "reported higher adjusted earnings"),
    ("results_apart", "Revenue rose 4 percent", "reported a higher quarterly profit"),
])
def test_the_lead_told_again_joins_its_event(story: str, retold: str, lead: str) -> None:
    told = _holding(story, retold)
    assert len(told) == 1 and told == _holding(story, lead), [(e.title, e.first) for e in told]


@pytest.mark.parametrize("story, own, lead", [
    ("results_apart", "Rival Brast Mills' revenue fell", "reported a higher quarterly profit"),  # (another's figure)
    ("results_apart", "A year earlier, net income fell", "reported a higher quarterly profit"),  # (the year-ago one)
])
def test_another_happening_stays_apart(story: str, own: str, lead: str) -> None:
    held = _holding(story, own)
    assert held, own
    assert not any(e in held for e in _holding(story, lead)), [(e.title, e.first) for e in held]
