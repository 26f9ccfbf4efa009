"""A leading date phrase ending in a year, then a number: the number counts the subject's noun ("In 1999 15
people died"), it is no part of the date. Subjects and the date's titles, invented sentences."""
from __future__ import annotations

import pytest

from tests.core.grammar_helpers import subject_of_verb
from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, verb, subject", [
    ("In 2003 40 workers were hurt in blasts at the mine", "were hurt", "40 workers"),
    ("In 1987 12 ferries sank off the coast, the coastguard said", "sank", "12 ferries"),
    ("In June 2011 300 families left the valley", "left", "300 families"),
    ("In 1994 two climbers died on the ridge", "died", "two climbers"),
    ("In 2016 30 percent of voters stayed home", "stayed", "30 percent of voters"),
    # (unchanged: no count after the year, or the count is the date's day)
    ("In 2010 the company moved to Texas", "moved", "the company"),
    ("In 1999 police arrested nine men", "arrested", "police"),
    ("On March 3 12 people were hurt", "were hurt", "people"),
])
def test_a_count_after_a_leading_year_opens_the_subject(sentence: str, verb: str, subject: str) -> None:
    assert subject_of_verb(sentence, verb) == subject


@pytest.mark.parametrize("sentence, date, title", [
    ("In 2003 40 workers were hurt in blasts at the mine, the union said.", "2003",
     "40 workers were hurt in blasts at the mine"),
    ("In 1987 12 ferries sank off the coast, the coastguard said.", "1987", "12 ferries sink off the coast"),
    ("In 1994 two climbers died on the ridge, rescuers said.", "1994", "Two climbers die on the ridge"),
])
def test_the_year_s_title_keeps_the_count(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title
