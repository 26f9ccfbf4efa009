"""Partitives and object pronouns as subjects (core/grammar.py, `subject_of`, `headline_clause`): "One of them"
is the subject, never "them" alone; names set off after a partitive say who it is; and its number is the one its
head says. Phrase -> expected value tables."""
from __future__ import annotations

import pytest

from timeline_app.core.grammar import headline_clause, subject_is_plural, subject_of, tag_words, verb_groups


@pytest.mark.parametrize("sentence, verb, subject", [
    # names set off after a partitive say who it is
    ("One of them, Ana Ruiz, told the court that the papers were forged", "told", "Ana Ruiz"),
    ("One of the guards, Tom Hale, resigned", "resigned", "Tom Hale"),
    ("Two of the pilots, Ivo Berg and Lea Moss, survived", "survived", "Ivo Berg and Lea Moss"),
    # ... but not after a noun phrase that names its own head ("The head of the firm")
    ("The head of the firm, John Smith, resigned", "resigned", "The head of the firm"),
    # an object pronoun is no subject by itself: the partitive it ends is
    ("One of them resigned", "resigned", "One of them"),
    ("Each of us voted", "voted", "Each of us"),
    ("Several of them fled the town", "fled", "Several of them"),
    # the country is no pronoun
    ("The US sent two ships", "sent", "US"),
])
def test_the_subject_of_a_partitive(sentence: str, verb: str, subject: str) -> None:
    tokens = tag_words(sentence)
    group = next(g for g in verb_groups(tokens) if g.text == verb)
    span = subject_of(tokens, group)
    assert span is not None
    assert sentence[tokens[span[0]].start:tokens[span[1] - 1].end] == subject


@pytest.mark.parametrize("sentence, plural", [
    ("One of them resigned", False),
    ("Each of us voted", False),
    ("Two of the men resigned", True),
    ("Several of them fled", True),
    ("Most of them fled", True),
    ("Most of the money vanished", False),
])
def test_a_partitive_takes_the_number_its_head_says(sentence: str, plural: bool) -> None:
    tokens = tag_words(sentence)
    assert subject_is_plural(tokens, verb_groups(tokens)[0]) is plural


@pytest.mark.parametrize("sentence, date, title", [
    ("One of them, Ana Ruiz, told a news conference on Monday that the papers were forged.", "Monday",
     "Ana Ruiz says that the papers were forged"),
    ("Many of them fled the city on Monday.", "Monday", "Many of them flee the city"),
    ("One of them resigned on Monday.", "Monday", "One of them resigns"),
])
def test_a_title_is_never_led_by_an_object_pronoun(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert headline_clause(sentence, start, start + len(date)) == title
