"""A word the tagger reads as an adverb between a determiner and "of" is a noun when English has one so spelled
("the south/RB of the country"): the subject then keeps its head rather than the "of" phrase's object (fresh3
flood_wire: "flash floods in the south of the country killed 12 people" was titled "The country killed 12
people"). Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


@pytest.mark.parametrize("sentence, date, title", [
    ("Flash floods in the north of the province killed nine people in 2021.", "in 2021",
     "Flash floods in the north of the province killed nine people"),
    ("In 2019, a fire at the back of the hall destroyed the stage.", "In 2019",
     "A fire at the back of the hall destroys the stage"),
    ("Landslides in the west of the island blocked two roads on Monday.", "on Monday",
     "Landslides in the west of the island blocked two roads"),
])
def test_a_noun_before_of_keeps_the_subjects_head(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert grammar.headline_clause(sentence, start, start + len(date)) == title


@pytest.mark.parametrize("sentence, word, tag", [
    ("Floods in the south of the country killed 12 people.", "south", "NN"),
    ("The road runs south of the river.", "south", "RB"),  # no determiner: the adverb
])
def test_the_tag_between_a_determiner_and_of(sentence: str, word: str, tag: str) -> None:
    assert {t.text: t.pos for t in grammar.analyse_sentence(sentence).tokens}[word] == tag
