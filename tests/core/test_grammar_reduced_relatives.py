"""A past form right after a noun that a preposition's phrase joins to the next finite verb is a participle
modifying the noun, not a verb group of its own ("Lorries sent from the depot reached the town"): the subject of
the next verb is the whole noun phrase, not the preposition's object (`grammar._reduced_relatives_dropped`, and
`grammar._modified_noun` passing back over it). A verb that takes a clause without "that", a clause opened by a
subordinator and a noun phrase after the adverbial keep the first verb."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    ("Lorries sent from the depot reached the town on Friday.", "on Friday", "Lorries reach the town"),
    ("Volunteers drawn from three villages repaired the school in 2019.", "in 2019", "Volunteers repair the school"),
    ("Medicine flown in from the coast arrived at the clinic on Sunday.", "on Sunday",
     "Medicine arrives at the clinic"),
    ("Coins found in the field fetched $3,000 at auction in May.", "in May", "Coins fetch $3,000 at auction"),
    # (unchanged: a reporting verb's clause, a subordinator's clause, the verb's object after an adverbial)
    ("Officials said on Friday lorries reached the town.", "on Friday", "Officials say lorries reached the town"),
    ("Villagers prayed for rain as the drought began in May.", "in May", "The drought began"),
])
def test_a_participle_after_a_noun_is_no_verb_of_its_own(sentence: str, date: str, title: str) -> None:
    i = sentence.index(date)
    assert title_from_sentence(sentence, i, i + len(date)) == title
