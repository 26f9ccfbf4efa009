"""One article's undated sentences of its news day are one happening when they tell it alike: the same specific
kind, said by the same verb of the same name ("Ruth Engel, resigned" / "Harlow said Ms. Engel resigned to take
a post"; "have signed the papers" / "signed the documents"), though their titles differ (`merging._told_alike`).
A shared word of what they are about ("the bombings") is not enough. The articles are invented
(fixtures/told_alike/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import sentences_by_event, together

FIXTURES = Path(__file__).parent / "fixtures" / "told_alike"


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    """Per fixture article, the sentences of each event."""
    return sentences_by_event(FIXTURES)


@pytest.mark.parametrize("article, first, second", [
    ("finance_chief", "Harlow Mining's finance director", "Harlow said Ms. Engel resigned"),
    ("treaty_papers", "The presidents of Ostrava", "Ostrava's Petra Holm"),
])
def test_one_happening_told_alike_is_one_event(told_together: dict[str, list[list[str]]], article: str,
                                                first: str, second: str) -> None:
    assert together(told_together[article], first, second), told_together[article]


@pytest.mark.parametrize("article, first, second", [
    # the same bombings, two happenings: a condemnation and the tourists' staying away
    ("minister_bombings", "The interior minister", "The bombings in Kesh"),
    # a resignation and the shares' fall of the same day
    ("finance_chief", "Harlow Mining's finance director", "Shares in Harlow"),
])
def test_sentences_sharing_what_they_are_about_stay_apart(told_together: dict[str, list[list[str]]], article: str,
                                                          first: str, second: str) -> None:
    assert not together(told_together[article], first, second), told_together[article]


@pytest.mark.parametrize("article, first, second", [
    # one person's two resignations told with one verb: of different things ("from the board", "from the cabinet")
    ("profile_two_resignations", "Tvedt resigned from Solberg Bank's board", "Tvedt resigned from the cabinet"),
    # ... or of one thing, one of them told as at another time ("Years later")
    ("party_quit_twice", "Moe resigned from the Labour party", "Years later Moe resigned"),
])
def test_one_persons_two_acts_told_with_one_verb_stay_apart(told_together: dict[str, list[list[str]]], article: str,
                                                         first: str, second: str) -> None:
    assert not together(told_together[article], first, second), told_together[article]
