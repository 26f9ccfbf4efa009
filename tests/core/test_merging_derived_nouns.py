"""A deverbal noun says the same happening as its verb ("the invasion by Brask on Monday" / "Troops from Brask
invaded ... on Monday"): it is keyed as the verb the lexicon lists it is made from (`merging._verb_of_noun`),
never as a light verb, nor from a stem too short to be one. Another article's undated sentence that names a
happening by nouns alone ("The quarantine aims to curb the flow of cattle through Marsk") is no mention of it
(`merging._attach_undated`): it says how things stand, not that it happened. The articles are invented
(fixtures/derived_nouns/, fixtures/noun_references/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.merging import _word_keys
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("noun, verb", [
    ("election", "elected"), ("explosion", "exploded"), ("invasion", "invaded"), ("accession", "acceded"),
    ("decision", "decided"), ("agreement", "agreed"), ("closure", "closed"), ("creation", "created"),
    ("admission", "admitted"), ("collision", "collided"), ("adoption", "adopted"), ("delivery", "delivered"),
    ("resignation", "resigned"), ("departure", "departed"),
])
def test_a_deverbal_noun_is_keyed_as_its_verb(noun: str, verb: str) -> None:
    assert _word_keys(noun) and _word_keys(noun) == _word_keys(verb)


@pytest.mark.parametrize("noun, verb", [
    ("session", "set"),  # too short a stem once "-ssion" is cut
    ("mission", "mitted"),
    ("tradition", "traded"),
    ("statement", "stated"),  # "state" is a light verb: the noun keeps its own key
])
def test_a_noun_is_not_keyed_as_an_unrelated_verb(noun: str, verb: str) -> None:
    assert _word_keys(noun) != _word_keys(verb)


def test_two_articles_joined_by_a_noun_and_its_verb() -> None:
    # One name in common (Brask), no kind pair of two names: only the happening word joins them.
    events = build_timeline([FIXTURES / "derived_nouns"], cache=False).events
    found = [e for e in events if {m.document for m in e.mentions} >= {"wire", "daily"}]
    assert len(found) == 1, [(e.title, sorted({m.document for m in e.mentions})) for e in events]


def test_another_articles_sentence_of_nouns_alone_is_no_mention() -> None:
    events = build_timeline([FIXTURES / "noun_references"], cache=False).events
    extended = [e for e in events if any(m.document == "dated" and m.dated for m in e.mentions)]
    assert len(extended) == 1
    assert not [m for m in extended[0].mentions if m.document == "later"], extended[0].mentions
