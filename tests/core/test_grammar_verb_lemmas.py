"""One helper gives a form's verb lemmas to news, titles and the grammar: in any case, with lemminflect's guess
for a word its dictionary lacks, and the word itself when there is none."""
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
