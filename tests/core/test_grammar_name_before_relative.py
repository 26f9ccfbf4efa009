"""A capitalised word the lexicon lacks, right before ", which"/", who", is the relative clause's antecedent, a name,
whatever its ending: Brill's suffix rule made "-ly" words adverbs ("Pricely, which … was sold in 2021" was titled
"Pricely, which was sold": fresh3 antitrust_ruling). Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


@pytest.mark.parametrize("sentence, date, title", [
    ("Bookly, which was sold in 2019, welcomed the ruling.", "2019", "Bookly was sold"),
    ("Zestly, which cut its prices in 2015 and was bought in 2022, declined to comment.", "2022", "Zestly was bought"),
    ("Tradly, which opened its first shop in 2011, now has 40.", "2011", "Tradly opens its first shop"),
    ("Travelly, who joined the board in 2018, resigned.", "2018", "Travelly joins the board"),
])
def test_a_name_before_a_relative_clause_is_its_subject(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert grammar.headline_clause(sentence, start, start + len(date)) == title


@pytest.mark.parametrize("sentence, word, tag", [
    ("Bookly, which was sold in 2019, welcomed the ruling.", "Bookly", "NNP"),
    # a known adverb stays one; an unknown one without a relative clause after it is left to the rules
    ("Quickly, the firm was sold.", "Quickly", "RB"),
])
def test_the_tag_of_a_word_before_a_relative(sentence: str, word: str, tag: str) -> None:
    assert {t.text: t.pos for t in grammar.analyse_sentence(sentence).tokens}[word] == tag
