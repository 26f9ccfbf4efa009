"""Two happenings of one article's day that share a kind and a name are two when each says who did what and no doer
nor deed is shared (`merging._doers_apart`): a higher tribunal's ruling beside the arrest order it follows; leaders'
congratulations beside the win (a reaction is its own act when its own actor does it). One happening told twice in
other words stays one (the same verb: "A strong earthquake has struck" / "The quake struck at 5:40 a.m."). The
articles are invented (fixtures/reaction_acts/). (Two sentences that share a happening word and a name, "the court"
and "Rell", are still joined by `_same_happening`'s pairs: keeping those apart too split leads from their own
story's sentences on the real pages.)"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import sentences_by_event, together
from timeline_app.core import merging

FIXTURES = Path(__file__).parent / "fixtures" / "reaction_acts"


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    """Per fixture article, the sentences of each event."""
    return sentences_by_event(FIXTURES)


@pytest.mark.parametrize("article, first, second", [
    ("governor_arrest", "Regional court orders arrest", "The supreme tribunal's ruling on Tuesday"),
    ("governor_arrest", "A regional court has ordered the arrest", "The supreme tribunal's ruling on Tuesday"),
    ("varn_victory", "Ilsa Varn wins Norland presidential vote", "Neighbouring leaders have congratulated"),
    ("varn_victory", "Ilsa Varn has won", "Neighbouring leaders have congratulated"),
])
def test_another_doers_act_of_the_day_is_another_happening(told_together: dict[str, list[list[str]]], article: str,
                                                          first: str, second: str) -> None:
    assert not together(told_together[article], first, second), told_together[article]


@pytest.mark.parametrize("article, first, second", [
    ("governor_arrest", "Regional court orders arrest", "A regional court has ordered the arrest"),
    ("varn_victory", "Ilsa Varn wins Norland presidential vote", "Ilsa Varn has won"),
    ("merra_quake", "A strong earthquake has struck", "The quake struck at 5:40 a.m."),
])
def test_one_act_told_again_stays_one_happening(told_together: dict[str, list[list[str]]], article: str,
                                               first: str, second: str) -> None:
    assert together(told_together[article], first, second), told_together[article]


@pytest.mark.parametrize("sentence, act", [
    ("The supreme court's decision on Tuesday gave the prosecutor two weeks.", ("decision", "give")),
    ("Neighbouring leaders have congratulated Ms Varn on her victory.", ("leader", "congratulate")),
    ("A strong earthquake has struck the coastal town of Merra.", ("earthquake", "strike")),
    ("Rescue teams in the valley reached the village at noon.", ("team", "reach")),
    ("The mayor was arrested at his home.", None),  # a passive: its subject is what was done to
    ("Jury finds singer not guilty", ("jury", "find")),
    ("The ministry said the plant would close.", None),  # a saying tells its speaker, not the doer
])
def test_who_did_what_in_a_sentence(sentence: str, act: tuple[str, str] | None) -> None:
    found = merging._sentence_act(sentence)
    assert (found[:2] if found is not None else None) == act
