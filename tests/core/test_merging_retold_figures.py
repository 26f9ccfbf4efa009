"""A page's happening told again in another of its sentences is one event, not two: a figure of the results report
the lead tells ("Revenue edged up 2 percent to ..." after "reported higher adjusted earnings":
`merging._figure_of_report`, `merging._lead_object` reading past a participle); a count of the harm the headline
counts updated that day ("Cumulative confirmed deaths have jumped to 17": `merging._updated_count`,
`merging._join_updated_counts`). What is another's or another period's stays apart: another company's figure, the
year-ago figure, another harm's count. The articles are invented
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
    ("outbreak", "Cumulative confirmed deaths have jumped", "cumulative confirmed cases stand at 48"),
])
def test_the_lead_told_again_joins_its_event(story: str, retold: str, lead: str) -> None:
    told = _holding(story, retold)
    assert len(told) == 1 and told[0] in _holding(story, lead), [(e.title, e.first) for e in told]


@pytest.mark.parametrize("story, own, lead", [
    ("results_apart", "Rival Brast Mills' revenue fell", "reported a higher quarterly profit"),  # (another's figure)
    ("results_apart", "A year earlier, net income fell", "reported a higher quarterly profit"),  # (the year-ago one)
    ("outbreak_apart", "Cholera deaths in the Varde camps", "cumulative confirmed cases stand at 48"),  # (another harm)
    ("outbreak_apart", "injured health workers have jumped", "cumulative confirmed cases stand at 48"),  # (uncounted)
])
def test_another_happening_stays_apart(story: str, own: str, lead: str) -> None:
    held = _holding(story, own)
    assert held, own
    assert not any(e in held for e in _holding(story, lead)), [(e.title, e.first) for e in held]


@pytest.mark.parametrize("sentence, harm", [
    ("Cumulative confirmed deaths have jumped to 17 while recoveries stand at 14.", "death"),
    ("The death toll rose to 30 on Monday.", "death"),
    ("Confirmed cases have climbed to 48.", "case"),
    ("Cholera deaths in the camps have jumped to 12.", ""),  # (another harm's count)
    ("Road deaths have risen to 40.", ""),
    ("Three deaths were reported.", ""),  # (no count updated to a figure)
])
def test_an_updated_count_names_its_harm(sentence: str, harm: str) -> None:
    assert merging._updated_count(sentence) == harm
