"""Titles (s22): a measure noun's subject keeps what it measures. A participle right after the "of" of a noun
modifies the noun that follows ("the number of working mothers", "a group of protesting farmers"), so the subject
runs back over it to the measure noun: the title says what was counted, not "Mothers rise to 3 million"."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title, verb_subject




@pytest.mark.parametrize("sentence, verb, subject", [
    ("The number of working mothers rose to 3 million in 2019.", "rose", "The number of working mothers"),
    ("The share of remaining voters fell to 40 percent on Sunday.", "fell", "The share of remaining voters"),
    ("The count of migrating cranes reached 20,000 last week.", "reached", "The count of migrating cranes"),
    ("A group of protesting farmers blocked the road on Monday.", "blocked", "A group of protesting farmers"),
    ("The price of existing homes fell 3 percent in June.", "fell", "The price of existing homes"),
    # Guards: an "-ing" word after the "of" of a verb, not a noun, opens no phrase of the subject's; a plain
    # measure subject is whole already.
    ("Officials spoke of growing fears the economy would stall.", "would stall", "the economy"),
    ("The number of people over 80 reached 3 million in 2019.", "reached", "The number of people over 80"),
])
def test_a_participle_after_of_modifies_the_noun_after_it(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The number of working mothers rose to 3 million in 2019.", "2019",
     "The number of working mothers rises to 3 million"),
    ("The tally of nesting turtles reached 900 on Friday.", "Friday", "The tally of nesting turtles reached 900"),
    ("The rate of rising prices slowed in May.", "May", "The rate of rising prices slows"),
    ("In 2021 the share of retired teachers in the union doubled.", "2021",
     "The share of retired teachers in the union doubles"),
])
def test_a_measure_subject_keeps_what_it_counts(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
