"""Titles (s26): a gerund that opens a list of nouns after a preposition or a determiner ("from flooding and
landslides") is a noun, so the subject's noun phrase runs back over the list to the noun it completes: the title
says what rose ("The death toll from flooding and landslides rises to 124"), not "Landslides climb to 124".
Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title, verb_subject
from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, verb, subject", [
    ("The death toll from flooding and landslides climbed to 124 on Sunday.", "climbed",
     "The death toll from flooding and landslides"),
    ("The number of deaths from flooding and mudslides rose to 50 on Monday.", "rose",
     "The number of deaths from flooding and mudslides"),
    ("The cost of heating and electricity rose 5 percent in March.", "rose", "The cost of heating and electricity"),
    ("Their spending on marketing or advertising doubled last year.", "doubled",
     "Their spending on marketing or advertising"),
    # Guards: a verb's "-ing" form before "and" is no list's (no preposition or determiner before it, or no noun
    # after the "and"); a plain list of nouns is whole already.
    ("Investors kept buying and prices rose on Monday.", "rose", "prices"),
    ("The death toll from floods and landslides climbed to 124 on Sunday.", "climbed",
     "The death toll from floods and landslides"),
])
def test_a_gerund_opening_a_list_of_nouns_is_in_the_subject(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The death toll from flooding and landslides triggered by heavy rains in the state climbed to 124 Sunday, "
     "officials said, with rescuers searching for dozens more missing.", "Sunday",
     "The death toll from flooding and landslides climbs to 124"),
    ("The number of deaths from flooding and mudslides rose to 50 on Monday.", "Monday",
     "The number of deaths from flooding and mudslides rises to 50"),
])
def test_a_toll_from_a_gerund_and_a_noun_keeps_its_head(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


# A long subject keeps its noun phrase and the phrase that completes it; the phrases after that one (where, when,
# which) give way, so the title keeps the verb the title's length would cut.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("The death toll from flash floods and landslides ahead of a tropical storm in the southern provinces rose to 67 "
     "on Friday, an official tally said.", "Friday", "The death toll from flash floods and landslides rises to 67"),
    ("The death toll from flash flooding and landslides on the island of Sumatra in western Indonesia has risen to "
     "26, an official said Monday, with at least 11 people still missing.", "Monday",
     "An official says the death toll from flash flooding and landslides has risen to 26"),
    ("The village of Tarrow near the town of Upper Brenning in the eastern hills accounted for many of the dead on "
     "Friday.", "Friday", "The village of Tarrow accounts for many of the dead"),
    # Guards: a short subject stays whole; so does a long one with no further phrase after its complement.
    ("The death toll from floods on the island has risen to 26, an official said Monday.", "Monday",
     "An official says the death toll from floods on the island has risen to 26"),
    ("The chairman of the Northern Regional Development and Infrastructure Authority resigned on Monday.", "Monday",
     "The chairman of the Northern Regional Development and Infrastructure Authority resigns"),
])
def test_a_long_subject_gives_way_to_its_verb(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


# Guard: the complement's own "of" phrase says which thing it is, and stays ("into the cause of the rock burst").
@pytest.mark.parametrize("sentence, verb, phrase", [
    ("A formal investigation into the cause of the rock burst at the northern shaft would begin in March, the "
     "company said.", "would begin", "A formal investigation into the cause of the rock burst"),
])
def test_the_complements_own_of_phrase_stays(sentence: str, verb: str, phrase: str) -> None:
    start = sentence.index("March")
    assert phrase.lower() in title_from_sentence(sentence, start, start + len("March")).lower()
