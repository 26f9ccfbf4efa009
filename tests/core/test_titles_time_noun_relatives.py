"""A relative clause with no relative word after a time noun ("at noon, the hour the bridge collapsed on …") is a
clause of its own: its date titles it, its subject the noun phrase after the time noun's article ("The bridge
collapses", was "The hour the bridge collapses bells rang …" or the main clause; `grammar._pasts_after_time_nouns`,
and an article after a time noun, or after a telling verb's audience, opens a noun phrase of its own in
`grammar._noun_phrase_before`). The relative ends before a second finite verb, whose subject is the time noun's phrase
("the night the levee broke in 2005 was marked": the night was, not "The levee breaks … was marked";
`grammar._time_noun_relative`). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Bells rang at 3 p.m., the hour the bridge collapsed on May 2, 2010.", "on May 2, 2010", "The bridge collapses"),
    ("Relatives laid flowers on the water at 4:20 a.m. local time, the hour the ferry capsized in the gulf on "
     "April 19, 2016.", "on April 19, 2016", "The ferry capsizes in the gulf"),  # (a regular "-ed" lemminflect lacks)
    ("Sirens sounded at dawn, the morning the levee failed on June 4, 2001.", "on June 4, 2001", "The levee fails"),
    # guard: after a preposition, as before
    ("Crowds gathered on the day the wall fell in 1989.", "1989", "The wall fell"),
    # the relative ends before a second finite verb, whose subject is the time noun's phrase
    ("On Monday, the night the levee broke in 2005 was marked with a vigil.", "On Monday",
     "The night was marked with a vigil"),
    ("On Monday, the night the levee broke in 2005 was marked with a vigil.", "in 2005", "The levee breaks"),
    # guards: set off by commas; after a telling verb's audience the article opens the told clause's subject
    ("At noon, the hour the bridge collapsed in 2010, bells rang across the city.", "in 2010",
     "The bridge collapses"),
    ("The witness told the court the driver had fled on Monday.", "on Monday", "The driver had fled"),
    ("The chief warned investors the company would miss its target on Monday.", "on Monday",
     "The company would miss its target"),
])
def test_a_time_nouns_relative_clause_is_titled_by_its_own_subject(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a past that is a noun too ("burst", "split") after a time noun's relative subject is that relative's past
    ("Villagers fled at dawn, the moment the dam burst on May 3, 2011.", "on May 3, 2011", "The dam bursts"),
    ("Sirens sounded at dawn, the hour the pipe split on March 3, 2011.", "on March 3, 2011", "The pipe splits"),
    ("Markets fell at the moment the housing bubble burst in 2008.", "in 2008", "The housing bubble bursts"),
    # guards: a noun or a verb after the word keeps it a noun of the subject
    ("Markets fell on the day the budget cut took effect in May 2011.", "in May 2011",
     "The budget cut takes effect"),
    ("Shops shut at 6 p.m., the time the power cut began on May 3, 2011.", "on May 3, 2011", "The power cut begins"),
])
def test_a_past_that_is_also_a_noun_after_a_time_nouns_subject(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
