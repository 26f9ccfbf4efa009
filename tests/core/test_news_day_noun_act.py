"""An undated lead ("Deputies ... have shot an armed man ...") whose act a sentence within the next two dates by a
day phrase standing before a noun of the same act's family ("after Sunday night's gunfire", "in Sunday's attack",
"Monday's vote": the verb's own noun, a noun of its specific kind, or what a weapon fires) happened on that day, not
on the report's (`news._day_noun`, `news._of_the_act`); and the undated past moments told in sequence after it
("A deputy stopped a pickup", "Two more deputies arrived") are of that day too, until a present or another day
ends the scene (a state on the report's day, "was resting Tuesday at home", does not). Another happening's day-noun
("After Monday's vote, the council met" after a fire) and a day more than a week before the report ("the February
20 attack") leave the lead on the report's day. Invented articles (fixtures/day_noun_act/), published Tuesday,
March 4, 2025."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import news_helpers

FIXTURES = Path(__file__).parent / "fixtures" / "day_noun_act"


@pytest.fixture(scope="module")
def dated_sentences() -> dict[str, set[str]]:
    return news_helpers.dated_sentences(FIXTURES)


@pytest.mark.parametrize("sentence, day", [
    # "Sunday night's gunfire" dates the shooting (what a weapon fires: `_FIRED_NOUNS`), headline and lead
    ("Deputies shoot armed man after chase", "2025-03-02"),
    ("Deputies in Corran County have shot an armed man after he fired at a patrol car on a rural road.",
     "2025-03-02"),
    # the verb's own noun, two sentences on too ("Monday's vote" of "have voted")
    ("Kellsway councillors have voted to close the old ferry terminal on Quay Street.", "2025-03-03"),
    # a noun of the verb's specific kind ("Sunday's attack" of "have bombed")
    ("Militants have bombed a police post in the north of Varen province.", "2025-03-02"),
    # another happening's day-noun, a day more than a week before the report: the report's day
    ("A fire has destroyed the old grain warehouse on Dock Road in Kellsway.", "2025-03-04"),
    ("Soldiers have attacked a rebel camp in the hills near Varen.", "2025-03-04"),
])
def test_a_lead_takes_the_day_a_day_noun_gives_its_act(dated_sentences: dict[str, set[str]], sentence: str,
                                                       day: str) -> None:
    assert dated_sentences.get(sentence) == {day}


@pytest.mark.parametrize("sentence, day", [
    # the scene's moments, after a state on the report's day
    ("A deputy stopped a pickup on Route 9.", "2025-03-02"),
    ("The driver ran into a field.", "2025-03-02"),
    ("Two more deputies arrived.", "2025-03-02"),
    # after a present: the scene's account has ended
    ("Investigators searched the field.", "2025-03-04"),
])
def test_the_moments_told_after_it_follow_its_day(dated_sentences: dict[str, set[str]], sentence: str,
                                                  day: str) -> None:
    assert dated_sentences.get(sentence) == {day}
