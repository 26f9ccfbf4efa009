"""An article's headline and the sentence of its day that tells the same act are one happening, whatever words
and names each uses ("Ressa harbour boss quits" / "Port director Olav Brun stepped down later on Monday"; "Tarn
elects its first Green mayor" / "Ida Berg won the mayoral vote on Sunday"): the same kind of act on the headline's
day (`merging._headline_keys`). Not a happening that goes on through the day: a fire's sentences stay apart, as
do a headline and its day's sentence of another kind. The articles are invented (fixtures/headline_acts/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import sentences_by_event, together

FIXTURES = Path(__file__).parent / "fixtures" / "headline_acts"


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    """Per fixture article, the sentences of each event."""
    return sentences_by_event(FIXTURES)


@pytest.mark.parametrize("article, headline, sentence", [
    ("harbour_chief", "Ressa harbour boss quits", "Port director Olav Brun stepped down"),  # a resignation
    ("mayoral_vote", "Tarn elects", "Ida Berg won the mayoral vote"),  # an election
    # the day's first act of the headline's kind
    ("two_resignations", "Kessland finance minister resigns", "Finance Minister Petra Holm"),
    ("chief_and_successor", "Norvik Bank chief executive resigns", "Norvik Bank's chief executive, Erik Dahl"),
])
def test_a_headline_and_its_days_act_are_one_happening(told_together: dict[str, list[list[str]]], article: str,
                                                       headline: str, sentence: str) -> None:
    assert together(told_together[article], headline, sentence), told_together[article]


@pytest.mark.parametrize("article, first, second", [
    # the headline's resignation and the day's walkout
    ("harbour_chief", "Ressa harbour boss quits", "Dock workers in Ressa"),
    ("harbour_chief", "Port director Olav Brun", "Dock workers in Ressa"),
    # a fire's day: its spread and the crews' battle are told apart, headline or not
    ("forest_fire", "A forest fire spread", "Crews battled the flames"),
    # a headline tells one act: the day's first of its kind, not every other person's act of that kind
    ("two_resignations", "Finance Minister Petra Holm", "The chairman of the national rail company"),
    ("two_resignations", "Kessland finance minister resigns", "The chairman of the national rail company"),
    ("chief_and_successor", "Norvik Bank's chief executive, Erik Dahl", "The board named finance director"),
    ("chief_and_successor", "Norvik Bank chief executive resigns", "The board named finance director"),
    ("two_ministers", "Finance Minister Petra Holm", "Hours later, Interior Minister Jonas Vik"),
])
def test_other_happenings_of_the_day_stay_apart(told_together: dict[str, list[list[str]]], article: str,
                                                first: str, second: str) -> None:
    assert not together(told_together[article], first, second), told_together[article]
