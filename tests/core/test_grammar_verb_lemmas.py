"""One helper gives a form's verb lemmas to news, titles and the grammar: in any case; asked to guess, with
lemminflect's guess for a word its dictionary lacks, and the word itself when there is none."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


@pytest.mark.parametrize("word, lemmas", [
    ("said", {"say"}),
    ("Said", {"say"}),  # a capital opening the sentence is no other verb (`all_lemmas` keeps the capital)
    ("DENIED", {"deny"}),
    ("told", {"tell"}),
])
def test_a_forms_verb_lemmas(word: str, lemmas: set[str]) -> None:
    assert grammar.verb_lemmas(word) == lemmas
    assert grammar.verb_lemmas(word, guess=True) == lemmas


@pytest.mark.parametrize("word, lemmas, guessed", [
    ("unfriended", frozenset(), {"unfriend"}),  # a verb the dictionary lacks: lemminflect's guess, when asked for
    ("the", frozenset(), {"the"}),  # no verb at all: the word itself, when asked for a guess
])
def test_a_word_the_dictionary_lacks_is_guessed_only_when_asked(word: str, lemmas: frozenset[str],
                                                                guessed: set[str]) -> None:
    assert grammar.verb_lemmas(word) == lemmas
    assert grammar.verb_lemmas(word, guess=True) == guessed
