"""A deverbal noun is keyed as the verb it is made from (`merging._verb_of_noun`: "election" meets "elected"),
only when the tagger's lexicon confirms that verb: it knows it first as a verb's base form (or, for a "-sion" noun
from a long base, lemminflect alone), and the noun has no verb reading of its own: the tagger's lexicon does not
know its "-ed" or "-ing" form (to commission is not to commit). See also test_merging_derived_nouns.py."""
from __future__ import annotations

import pytest

from timeline_app.core import merging


@pytest.mark.parametrize("noun, verb", [
    ("election", "elect"),
    ("explosion", "explode"),
    ("invasion", "invade"),
    ("accession", "accede"),
    ("agreement", "agree"),
    ("resignation", "resign"),
    ("occupation", "occupy"),
    ("admission", "admit"),
    ("declaration", "declare"),
    ("closure", "close"),  # "closured" unknown to the tagger's lexicon: no verb of its own
    ("collision", "collide"),  # a verb the tagger's lexicon lacks, from a "-sion" noun
])
def test_a_deverbal_noun_is_keyed_as_its_verb(noun: str, verb: str) -> None:
    assert merging._verb_of_noun(noun) == verb


@pytest.mark.parametrize("noun", [
    "commission",  # its own verb: not "commit"
    "tension",  # not "tend"
    "pressure",  # not "press"
    "finance",  # not "fin"
    "balance",  # not "bale"
    "basement",  # not "base"
    "position",  # not "posit"
    "foundation",  # not "found" (of "find")
    "television",  # not "televise"
    pytest.param("recession", marks=pytest.mark.xfail(reason="'recede' is a verb of its own and the ending is "
                                                              "regular (as 'concession'/'concede'): no rule tells "
                                                              "them apart without a derivational lexicon",
                                                       strict=True)),
])
def test_a_noun_is_not_keyed_as_an_unrelated_verb(noun: str) -> None:
    assert merging._verb_of_noun(noun) is None


def test_arrest_is_its_own_verb() -> None:
    assert merging._word_keys("arrest") == merging._word_keys("arrested")
