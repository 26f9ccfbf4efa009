"""An article's undated present-perfect retelling of a happening it dates itself ("The tribunal has convicted
a former commissioner ..." beside "The tribunal on June 2 convicted former commissioner ...") is that
happening, not a second one on the page's day (`merging._join_retellings`): the same main verb's lemma, a
name or the subject's head noun in common, exactly one such dated happening in the article within a month
before. Other steps of one story told with other verbs (an arrest, then a charge; a bid, its rejection, the
withdrawal) and two dated happenings of that verb (two convictions that month) stay apart. The articles are
invented (fixtures/retold/<story>/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import merging
from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "retold"


@pytest.mark.parametrize("text, expected", [
    ("The county board has suspended two of its inspectors", ("suspend", "board", True, "")),
    ("The county board has suspended its senior inspectors", ("suspend", "board", True, "inspector")),
    ("The morning ferry due to sail at 7 a.m. has been cancelled", ("cancel", "ferry", True, "ferry")),
    ("The regional tribunal has convicted a former commissioner of fraud", ("convict", "tribunal", True, "commissioner")),
    ("Inspectors suspended the licence of a Bexley butcher", ("suspend", "inspector", False, "licence")),
    # what it was done to is not said: no retelling can be told apart by it
    ("The county council has called them heroes", ("call", "council", True, "")),
    # a verb of saying or a state tells no happening of its own
    ("The county board has said it will appeal", None),
    ("The harbour has had a busy week", None),
])
def test_the_acting_verb_of_a_title(text: str, expected: tuple[str, str, bool, str] | None) -> None:
    assert merging._acting_verb(text) == expected


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("story, retelling, dated_day", [
    ("conviction", "has convicted a former harbour commissioner", "2023-06-02"),
    ("closure", "has been suspended on three routes", "2022-09-20"),
])
def test_a_retelling_joins_the_happening_its_article_dates(story: str, retelling: str, dated_day: str) -> None:
    holding = _holding(story, retelling)
    assert len(holding) == 1, [(e.title, e.first) for e in holding]
    event = holding[0]
    assert event.first.isoformat() == dated_day, (event.title, event.first)
    assert any(m.dated for m in event.mentions), "joined to the dated telling"


@pytest.mark.parametrize("story, retelling", [
    ("two_convictions", "has convicted a former harbour official"),  # two such convictions that month: which?
    ("arrest_then_charge", "have charged a 34-year-old man"),  # the arrest (April 12), then the charge
    ("bid_then_withdrawal", "has withdrawn its offer"),  # the bid, its rejection, then the withdrawal
])
def test_another_step_of_the_story_stays_apart(story: str, retelling: str) -> None:
    holding = _holding(story, retelling)
    assert len(holding) == 1, [(e.title, e.first) for e in holding]
    assert not any(m.dated for m in holding[0].mentions), (holding[0].title, holding[0].first)
