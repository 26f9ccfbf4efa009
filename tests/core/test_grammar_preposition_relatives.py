"""A relative clause opened by a preposition and "whom"/"which" whose verb has no object of its own ("Saddam, with
whom the king met on Monday") has the antecedent as the preposition's object: the title puts both back after the
verb ("The king meets with Saddam", was "The king meets"; `grammar._gap_antecedent`, `_preposition_relative`). A
verb with its own object keeps it ("in which the company opened a factory": "The company opens a factory")."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, date, title", [
    ("The envoy carried a letter from the emir, with whom the president met on Monday.", "on Monday",
     "The president meets with the emir"),
    ("They sent a message to the general, with whom the minister spoke last week.", "last week",
     "The minister speaks with the general"),
    ("She thanked her mentor, to whom she wrote in 1990.", "in 1990", "She writes to her mentor"),
    ("The deal was praised by Ana Ruiz, with whom the mayor met in May.", "in May", "The mayor meets with Ana Ruiz"),
    # (unchanged: the clause's verb has its own object)
    ("The town, in which the company opened a factory in 2004, lost its mill.", "in 2004",
     "The company opens a factory"),
    ("The fund, to which the bank lent money in 2019, collapsed.", "in 2019", "The bank lends money"),
])
def test_a_preposition_relatives_antecedent_is_the_prepositions_object(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title
