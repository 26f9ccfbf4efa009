"""A relative clause's antecedent agrees with its verb: a singular verb ("which is due", "who was") after a plural
or coordinated noun phrase that is a preposition's object refers to the singular noun phrase before the
preposition ("a civil claim against Overmark and the two firms, which is due to be heard in June": the claim)."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


@pytest.mark.parametrize("sentence, date, title", [
    ("The city has filed a lawsuit against the builder and its two suppliers, which is due to be heard in March.",
     "in March", "A lawsuit is due to be heard"),
    ("The union backed a strike by the drivers, which is set to begin on Monday.", "on Monday",
     "A strike is set to begin"),
    ("Police arrested the leader of the rebels, who was charged on Monday.", "on Monday", "The leader was charged"),
    # a plural verb keeps the nearest noun phrase
    ("Police arrested the leader of the rebels, who were freed on Monday.", "on Monday", "The rebels were freed"),
])
def test_a_singular_relative_verb_refers_past_a_plural_object(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert grammar.headline_clause(sentence, start, start + len(date)) == title
