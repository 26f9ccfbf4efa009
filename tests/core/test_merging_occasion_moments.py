"""An occasion with moments (a match, a race, a fire) is told with its moments after it: on its day, an undated
sentence of the same article in the simple past (a goal, a save, a spell of play, a fire crew's step) joins the
occasion's event (`merging._join_occasion_moments`); in a roundup, the nearest match told before it with its teams,
not one across a heading or label line. What stays apart: a statement, what is to come (a player's suspension next
week), an act of another family (an arrest after a fire). The articles are invented (fixtures/occasion_moments/).

A page whose lead or headline tells a contest (a result over a named side, a score: "after seeing off Mill Rangers",
"after win over ...", "3-1 victory against ...": `merging._tells_contest`) reports that match, whatever its lead's
main clause says ("remained top ..."): its lead's event is the occasion, and its moments, told with a game's words
("opened the scoring", "headed home"), and the table after it ("extended their lead over third-placed Ferry Athletic")
join it. Another match of the page ("drew 2-2 with Quay Town") stays its own occasion, with its own moments; the
next fixture, a statement, an arrest and another day's game stay apart."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import merging

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
    # a lead that tells its match in a phrase ("after seeing off Mill Rangers"), a headline that tells it
    ("league_lead", "Striker Colin Maddox headed home", "Harbour United remained top"),
    ("league_lead", "Winger Sam Oduya was replaced by Lee Brand", "Harbour United remained top"),
    ("league_lead", "Mill Rangers failed to find an equaliser", "Harbour United remained top"),
    ("league_lead", "The hosts extended their lead", "Harbour United remained top"),
    ("league_lead", "Harbour United stayed unbeaten at home", "Harbour United remained top"),
    ("league_lead", "Quay Town captain Ben Ashe converted", "Ferry Athletic drew 2-2 with Quay Town"),
    ("headline_only", "Forward Dan Roe opened the scoring", "Estby Town reached the semi-finals"),
    ("headline_only", "Marlow keeper Ian Pell saved a penalty", "Estby Town reached the semi-finals"),
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
    # another match of the page, the next fixture, a statement, an arrest, another day's game
    ("league_lead", "Ferry Athletic drew 2-2 with Quay Town", "Harbour United remained top"),
    ("league_lead", "Quay Town captain Ben Ashe converted", "Harbour United remained top"),
    ("league_lead", "Harbour United will visit Ferry Athletic", "Harbour United remained top"),
    ("league_lead", "Coach Dana Price said the team", "Harbour United remained top"),
    ("league_lead", "Police arrested two fans", "Harbour United remained top"),
    ("league_lead", "On Wednesday, Maddox scored twice", "Harbour United remained top"),
    ("headline_only", "Baro said the side would rest players", "Estby Town reached the semi-finals"),
    ("house_fire", "Police arrested a neighbour", "responded to an early morning house fire"),
    # another party's step after the fire (not a responder the report names): its aftermath
    ("house_fire", "Inspectors examined the wiring", "responded to an early morning house fire"),
    ("house_fire", "Fire officials said the cause", "responded to an early morning house fire"),
])
def test_what_is_no_moment_stays_apart(story: str, own: str, occasion: str) -> None:
    held, theirs = _holding(story, own), _holding(story, occasion)
    assert theirs and [e.title for e in held] != [e.title for e in theirs], [(e.title, e.first) for e in held]


@pytest.mark.parametrize("sentence, anywhere, main_clause", [
    ("The Saints remained strong at the top after seeing off Hope Doves at Namboole on Saturday.", True, False),
    ("Big League: Saints strong at top after win over Hope Doves", True, False),
    ("Rell netted twice for Orlen City in their 3-1 victory against Velden Rovers on Friday.", True, True),
    ("Ferry Athletic drew 2-2 with Quay Town.", True, True),
    ("Express thumped Water FC 4-0.", False, True),
    # (no contest: a figure's range, a result over no side, a side not beaten)
    ("Sales rose 3-5 percent in the quarter.", False, False),
    ("Brast Telecom beat estimates in the quarter.", False, False),
    ("The Saints remained strong at the top of the league.", False, False),
])
def test_a_contest_is_read_from_its_result_words(sentence: str, anywhere: bool, main_clause: bool) -> None:
    assert (merging._tells_contest(sentence), merging._contest_result(sentence)) == (anywhere, main_clause)
