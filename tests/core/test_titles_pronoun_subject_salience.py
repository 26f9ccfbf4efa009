"""A he/she that carries on from a sentence takes that sentence's subject when every other person it names is
named only inside a preposition's phrase ("alongside X", "the son of X", "built by X", "part of X's team"): those
people are not what the sentence is about. A person named as a verb's subject or object still competes, and then
the pronoun stays. Along the pronoun's chain, a sentence whose own subject is the same pronoun is passed over
whatever names follow it. Invented articles."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

_HEAD = "March 3, 2020\n\n"


@pytest.mark.parametrize("body, phrase, title", [
    # The other person inside a preposition's phrase: with, alongside, of, by.
    ("Anna Berg won the award alongside Tom Hale. She opened a clinic in 2019.", "2019", "Anna Berg opens a clinic"),
    ("Karl Osei was part of Ivan Petrov's team for a decade. He moved to Oslo in 2001.", "2001",
     "Karl Osei moves to Oslo"),
    ("Karl Osei led the side built by manager Ivan Petrov. He won the league title in 1969.", "1969",
     "Karl Osei wins the league title"),
    # One family name with two given names, joined in a preposition's phrase; then a sentence whose subject is the
    # pronoun, naming a school after it: the chain goes back to the subject.
    ("Tom Hale was born in 1934 and was the son of actors Peter Hale and Ruth Marsh. He attended Bristol Grammar "
     "School. He joined the navy in 1952.", "1952", "Tom Hale joins the navy"),
    # A role's word before the family name: the person in full.
    ("Tom Hale died on Monday.\n\nCentral defender Hale made his debut alongside Ivo Brandt. He won the league title "
     "in 1969.", "1969", "Tom Hale wins the league title"),
])
def test_a_pronoun_takes_the_subject_before_people_in_phrases(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("body, phrase, title", [
    # The other person is the verb's object, or another verb's subject: either may be meant.
    ("Judge Anna Wood sentenced Maria Lopez. She left the court in 2019.", "2019", "She leaves the court"),
    ("Maria Lopez said Anna Berg would resign. She left the company in 2011.", "2011", "She leaves the company"),
    ("Karl Osei met Ivan Petrov and Tom Hale. He moved to Oslo in 2001.", "2001", "He moves to Oslo"),
])
def test_a_pronoun_stays_when_another_person_acts_or_is_acted_on(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title
