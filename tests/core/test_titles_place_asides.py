"""A place's state, province or country set off by commas inside a noun phrase ("its Dayton, Ohio, plant", "a Fresno,
California, warehouse"), as US and Canadian papers write it, ends no clause or phrase of a title: the title keeps
the noun the place modifies, without the aside ("The company will close its Dayton plant", not "... its Dayton";
`extraction._place_asides_blanked`). Left alone: a place opening the sentence before its clause's subject ("In
Dayton, Ohio, officials said ..."), a list of places, and a place after a preposition at the clause's end ("in
Gary, Indiana, last year"). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The company will close its Dayton, Ohio, plant in 2027.", "2027", "The company will close its Dayton plant"),
    ("The firm opened a Fresno, California, warehouse in 2019.", "2019", "The firm opens a Fresno warehouse"),
    ("The union struck at the Windsor, Ontario, assembly plant in March.", "March",
     "The union strikes at the Windsor assembly plant"),
    ("A Reno, Nevada, casino closed in 2020.", "2020", "A Reno casino closes"),
    ("Acme shut the company's Gary, Ind., mill in 2015.", "2015", "Acme shuts the company's Gary mill"),
    ("The union picketed the Toledo, Ohio, auto-parts plant in May.", "May",
     "The union pickets the Toledo auto-parts plant"),
    # guards
    ("In Dayton, Ohio, officials said the plant closed in 2020.", "2020", "The plant closes"),
    ("He visited Paris, London, and Rome in 2019.", "2019", "He visits Paris"),
    ("The firm bought the Acme plant in Gary, Indiana, last year.", "last year", "The firm buys the Acme plant in Gary"),
])
def test_a_places_aside_inside_a_noun_phrase_ends_nothing(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


# Commas that set off no place inside a noun phrase: a clause's subject and its aside before an adjective, a list of
# names (whose next item is an adjective's or a noun's phrase), a common noun between commas. The title is the old
# one (before the blanking, which cut words and subjects here: "Blocked the bill", "... the Red Cross local charities").
@pytest.mark.parametrize("sentence, phrase, title", [
    ("In the Senate, Republicans, angry at the delay, blocked the bill on Tuesday.", "on Tuesday",
     "Republicans block the bill"),
    ("Teams from the Red Cross, Unicef, local charities and churches arrived on Monday.", "on Monday",
     "Unicef, local charities and churches arrive"),
    ("Crews from the Coast Guard, Navy, local fire departments and police searched the bay on Sunday.", "on Sunday",
     "Navy, local fire departments and police search the bay"),
    ("Volunteers from the Red Cross, Oxfam, aid groups and churches helped on Monday.", "on Monday",
     "Oxfam, aid groups and churches help"),
    ("At the Capitol, Democrats, furious over the vote, rejected the plan on Thursday.", "on Thursday",
     "Democrats reject the plan"),
])
def test_commas_around_no_place_in_a_noun_phrase_stay(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
