"""A place's state, province or country set off by commas inside a noun phrase ("its Dayton, Ohio, plant", "a Fresno,
California, warehouse"), as US and Canadian papers write it, ends no clause or phrase of a title: the title keeps
the noun the place modifies, without the aside ("The company will close its Dayton plant", not "... its Dayton";
`extraction._place_asides_blanked`). Left alone: a place opening the sentence before its clause's subject ("In
Dayton, Ohio, officials said ..."), a list of places, and a place after a preposition at the clause's end ("in
Gary, Indiana, last year"). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The company will close its Dayton, Ohio, plant in 2027.", "2027", "The company will close its Dayton plant"),
    ("The firm opened a Fresno, California, warehouse in 2019.", "2019", "The firm opens a Fresno warehouse"),
    ("The union struck at the Windsor, Ontario, assembly plant in March.", "March",
     "The union strikes at the Windsor assembly plant"),
    ("A Reno, Nevada, casino closed in 2020.", "2020", "A Reno casino closes"),
    ("Acme shut the company's Gary, Ind., mill in 2015.", "2015", "Acme shuts the company's Gary mill"),
    # guards
    ("In Dayton, Ohio, officials said the plant closed in 2020.", "2020", "The plant closes"),
    ("He visited Paris, London, and Rome in 2019.", "2019", "He visits Paris"),
    ("The firm bought the Acme plant in Gary, Indiana, last year.", "last year", "The firm buys the Acme plant in Gary"),
])
def test_a_places_aside_inside_a_noun_phrase_ends_nothing(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
