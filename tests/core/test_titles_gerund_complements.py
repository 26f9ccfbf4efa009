"""A date that ends a preposition's "-ing" complement of the main verb ("accused the pilot of lying to investigators
during two interviews in 2014") modifies the nearest verb, the "-ing" one: when it is older than the article's
story days it dates that act (the lying), done by the main verb's object (or its subject, when it has none or is
passive), not the main verb's act (the accusation) (`extraction._Reading.gerund_complement_title`). A date of the
story's days stays the main verb's, as news writes it ("was charged with killing Ms Hanson on Thursday night").
Invented sentences in an invented article."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import dated_titles

ARTICLE = ("Harbour trial ends in Tallinn\nMarch 4, 2016\n\n"
           "A Tallinn jury on Thursday convicted the harbour master of fraud.\n\n{}\n")


def _titles(sentence: str) -> dict[str, str]:
    """The sentence's dated candidates: date phrase -> title."""
    return dated_titles(ARTICLE, sentence)


@pytest.mark.parametrize("sentence, phrase, title", [
    # the main verb's object does it
    ("Prosecutors accused the harbour master of lying to investigators during two interviews in 2014.", "2014",
     "The harbour master lies to investigators during two interviews"),
    ("The court convicted the pilot of smuggling cigarettes in 2013.", "2013", "The pilot smuggles cigarettes"),
    # no object, or a passive: the subject does it
    ("The pilot admitted to stealing fuel from the port in 2012.", "2012", "The pilot steals fuel from the port"),
    ("The harbour master was fined for dumping waste in the bay in 2011.", "2011",
     "The harbour master dumps waste in the bay"),
    ("Three ferry pilots were arrested for allegedly smuggling fuel, Estonian diesel, on September 12.",
     "September 12", "Three ferry pilots allegedly smuggle fuel, Estonian diesel"),
])
def test_an_older_date_of_a_gerund_complement_titles_its_act(sentence: str, phrase: str, title: str) -> None:
    assert _titles(sentence)[phrase] == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a day of the story: the main verb's (the charge's day)
    ("The man was charged with killing Ms Hanson on Thursday night.", "Thursday night",
     "The man was charged with killing Ms Hanson"),
    # a pronoun object: the main clause's title says as much
    ("The court cleared him of lying to investigators in 2014.", "2014",
     "The court clears him of lying to investigators"),
    # the date in a clause of its own after the complement: that clause's
    ("Prosecutors accused the pilot of lying about money he received in 2012.", "2012",
     "Prosecutors accused the pilot of lying about money he received in 2012"),
    # "after ... -ing" with no other date: as before
    ("The captain retired in 2010 after leading the fleet for years.", "2010",
     "The captain retired after leading the fleet for years"),
])
def test_other_dates_keep_the_main_clause(sentence: str, phrase: str, title: str) -> None:
    assert _titles(sentence)[phrase] == title
