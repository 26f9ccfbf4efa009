"""Words that open a relative clause after a noun (`grammar._relative_after_noun`), which the subject walk passes
back over ("The treaty that he rejected in 1990 remains in force"), and a date after a capitalised preposition."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


@pytest.mark.parametrize("sentence, word, relative", [
    ("The treaty that he rejected in 1990 remains in force.", "that", True),   # the tagger's IN
    ("The plan which he rejected in 1990 remains in force.", "which", True),
    ("The town where he lived in 1990 remains quiet.", "where", True),
    ("The firm whose shares he sold in 1990 remains in business.", "whose", True),
    ("That plan failed in 1990.", "That", False),                               # a determiner (DT)
    ("All that money went in 1990.", "that", False),
    ("The board met in Paris.", "met", False),
])
def test_relative_after_noun(sentence: str, word: str, relative: bool) -> None:
    tokens = grammar.tag_words(sentence)
    token = next(t for t in tokens if t.text == word)
    assert grammar._relative_after_noun(token) is relative


@pytest.mark.parametrize("sentence, date", [
    ("``In 1990 came the collapse,'' he said.", "1990"),   # a preposition capitalised after a quotation mark
    ("“In 1990 came the collapse,” he said.", "1990"),
])
def test_a_date_after_a_capitalised_preposition_is_no_subject(sentence: str, date: str) -> None:
    start = sentence.index(date)
    assert grammar.headline_clause(sentence, start, start + len(date)) is None
