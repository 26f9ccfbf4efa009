"""Within one article, two groups that share only names the article writes as places ("in Lusk") and no act said of
them (only the story's noun, "the storm", and the family of kinds) are two happenings: a town's name says where,
as the article's day says when, not what happened. "The toll from the storm ... has risen to four, after two more
bodies were found in Lusk" is not "the harbour at Lusk, which the storm battered overnight"
(`merging._places_apart`). The article is invented (fixtures/places_apart/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import sentences_by_event, together

FIXTURES = Path(__file__).parent / "fixtures" / "places_apart"


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    return sentences_by_event(FIXTURES)


@pytest.mark.parametrize("article, first, second", [
    ("storm_page", "The toll from the storm", "Divers working in the harbour"),  # the toll, the battering
    ("storm_page", "Storm live: toll rises", "Divers working in the harbour"),
])
def test_acts_that_share_only_a_place_stay_apart(told_together: dict[str, list[list[str]]], article: str,
                                                 first: str, second: str) -> None:
    assert not together(told_together[article], first, second), told_together[article]


@pytest.mark.parametrize("article, first, second", [
    ("storm_page", "Storm live: toll rises", "The toll from the storm"),  # the headline and its lead: one toll
])
def test_one_act_told_twice_stays_one(told_together: dict[str, list[list[str]]], article: str, first: str,
                                      second: str) -> None:
    assert together(told_together[article], first, second), told_together[article]
