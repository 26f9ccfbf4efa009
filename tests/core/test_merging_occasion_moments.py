"""An occasion with moments (a match, a race, a fire) is told with its moments after it: on its day, an undated
sentence of the same article in the simple past (a goal, a save, a spell of play, a fire crew's step) joins the
occasion's event (`merging._join_occasion_moments`); in a roundup, the nearest match told before it with its teams,
not one across a heading or label line. What stays apart: a statement, what is to come (a player's suspension next
week), an act of another family (an arrest after a fire). The articles are invented (fixtures/occasion_moments/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "occasion_moments"


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("story, moment, occasion", [
    ("roundup", "City controlled the flow of the game", "Orlen City cruised to a comfortable victory"),
    ("roundup", "Rovers slowly fought their way back", "Orlen City cruised to a comfortable victory"),
    ("roundup", "The penalty was converted by Tom Baro", "Orlen City cruised to a comfortable victory"),
    # the second fixture's moments join their own match, not the first
    ("roundup", "Marlow keeper Ian Pell saved a header", "Estby Town beat Marlow United"),
    ("roundup", "Dan Roe found the net", "Estby Town beat Marlow United"),
    ("house_fire", "Upon arrival, crews found flames", "responded to an early morning house fire"),
    ("house_fire", "The crews quickly pulled a hoseline", "responded to an early morning house fire"),
])
def test_a_moment_joins_its_occasion(story: str, moment: str, occasion: str) -> None:
    held = _holding(story, moment)
    assert len(held) == 1, [(e.title, e.first) for e in held]
    assert [e.title for e in held] == [e.title for e in _holding(story, occasion)]


@pytest.mark.parametrize("story, own, occasion", [
    ("roundup", "Baro said the team had prepared", "Orlen City cruised to a comfortable victory"),
    ("roundup", "Velden's captain will miss next week", "Orlen City cruised to a comfortable victory"),
    ("roundup", "Estby Town beat Marlow United", "Orlen City cruised to a comfortable victory"),
    ("house_fire", "Police arrested a neighbour", "responded to an early morning house fire"),
    # another party's step after the fire (not a responder the report names): its aftermath
    ("house_fire", "Inspectors examined the wiring", "responded to an early morning house fire"),
    ("house_fire", "Fire officials said the cause", "responded to an early morning house fire"),
])
def test_what_is_no_moment_stays_apart(story: str, own: str, occasion: str) -> None:
    held, theirs = _holding(story, own), _holding(story, occasion)
    assert theirs and [e.title for e in held] != [e.title for e in theirs], [(e.title, e.first) for e in held]
