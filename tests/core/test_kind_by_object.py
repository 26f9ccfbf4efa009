"""A verb whose sense its object tells names the kind of happening that object makes of it
(`extraction._object_sense`): "fired the coach" is a dismissal, "fired two rockets" an attack and "fired a 4-under
66" a round of golf, no happening of a kind; "shot a man" is an attack, "shot a 70" a score; "struck a deal" an
agreement, "struck a pedestrian" a blow. The object is read by its shape: a number that counts no noun after it
(a score, a share), a weapon or what one sends off, a deal, a person. A title's present ("Mayor fires police
chief", "Holm fires his caddie") is the verb, not the blaze "fires" names alone.

In merging, a golf report whose round is told again ("Holm fired a 4-under 66 on Sunday") joins the win it is part
of, while a coach fired the same day stays a dismissal apart from it (the invented pages are in
fixtures/kind_by_object/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.extraction import kind_near, title_kind
from tests.core.merging_helpers import sentences_by_event, together

FIXTURES = Path(__file__).parent / "fixtures" / "kind_by_object"


@pytest.mark.parametrize("sentence, kind", [
    # must change: a score or a share is no happening of the verb's kind
    ("The 61-year-old German fired a 4-under 66 on Sunday to finish at 6-under 274.", "event"),
    ("On Sunday, Woods fired a bogey-free 65.", "event"),
    ("He shot a 70 on Sunday in the rain.", "event"),
    ("She shot a closing 68 on Sunday.", "event"),
    # must change: a weapon or what it sends off makes the firing an attack
    ("Militants fired two rockets on Sunday at the town.", "conflict"),
    ("Troops fired warning shots on Sunday.", "conflict"),
    ("The army fired 20 rockets on Sunday.", "conflict"),
    # guards: a person fired is let go, a person shot or struck is harmed, a deal struck is an agreement
    ("The club fired the coach on Sunday.", "resignation"),
    ("The club fired its head coach on Sunday after a loss.", "resignation"),
    ("The company fired 200 workers on Sunday.", "resignation"),
    ("He was fired on Sunday.", "resignation"),
    ("A gunman shot a man on Sunday in the street.", "conflict"),
    ("Police shot 3 people on Sunday.", "conflict"),
    ("A gunman shot 12 on Sunday at a mall.", "conflict"),  # (a bare number may count people)
    ("A bus struck a pedestrian on Sunday.", "conflict"),
    ("The two firms struck a deal on Sunday.", "agreement"),
    ("Air strikes hit the city on Sunday.", "conflict"),
    ("Fires burned the hills on Sunday.", "disaster"),
    ("The senator carried 54% of the vote on Sunday.", "election"),
    ("Djokovic took a 2-0 lead on Sunday.", "event"),
    ("He took office on Sunday.", "resignation"),
])
def test_the_verbs_object_tells_the_kind_at_a_date(sentence: str, kind: str) -> None:
    at = sentence.index("Sunday")
    assert kind_near(sentence, at, at + len("Sunday"), 0, len(sentence)) == kind


@pytest.mark.parametrize("title, kind", [
    # must change: a title's present "fires" with an object is the verb
    ("Langer fires 66 to win Senior Open", "event"),
    ("Mayor fires police chief", "resignation"),
    ("Holm fires his caddie after the round", "resignation"),
    ("Rebels fire rockets at capital", "conflict"),
    ("Army fires a warning shot", "conflict"),
    ("Firms strike deal over port", "agreement"),
    # must change: a title cut right after the verb tells no object (the sentence is read instead)
    ("Starting three shots off lead held by Broadhurst, the 61-year-old German fired\u2026", "event"),
    # guards: the noun
    ("Forest fires rage in the south", "disaster"),
    ("Fires this week destroyed homes", "disaster"),
    ("The fires the crews fought", "disaster"),
    ("Man shot dead in Leeds", "conflict"),
    ("Gunman shot 12 before fleeing", "conflict"),
    ("Woods shoots 70 to take lead", "event"),
])
def test_a_titles_verb_reads_its_object(title: str, kind: str) -> None:
    assert title_kind(title) == kind


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    """Per fixture page, the sentences of each event."""
    return {page.name: sentences_by_event(page)["report"] for page in FIXTURES.iterdir() if page.is_dir()}


def test_a_round_fired_joins_the_win_it_is_part_of(told_together: dict[str, list[list[str]]]) -> None:
    assert together(told_together["fired_round"], "VARDE, Norland", "Holm fired a 4-under 66"), \
        told_together["fired_round"]


def test_a_coach_fired_stays_a_dismissal_apart_from_the_win(told_together: dict[str, list[list[str]]]) -> None:
    assert not together(told_together["coach_fired"], "VARDE, Norland", "Holm fired his coach"), \
        told_together["coach_fired"]
