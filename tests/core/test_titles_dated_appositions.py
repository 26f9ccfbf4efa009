"""A date inside a dependent part of the sentence dates that part, not the main clause's act: a noun-phrase
apposition between the subject and its verb ("Coulson, editor of the paper from 2003-2007, was convicted last
week": the editorship's years, `grammar.dated_apposition`), and an object's noun phrase whose owner's possessive
stands before the year ("accused of crimes in Bangladesh's 1971 war": the war's year, `grammar.dated_noun_phrase`).
The main clause keeps its own date and title."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from tests.core.title_helpers import article_title, sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Jane Holt, chairwoman of the state bank between 1990 and 1998, died on Sunday.", "between 1990 and 1998",
     "Jane Holt, chairwoman of the state bank"),
    ("Marek Dvorak, coach of the under-21 side from 2011 to 2014, was appointed on Tuesday.", "from 2011 to 2014",
     "Marek Dvorak, coach of the under-21 side"),
    ("The agency's former director, head of its Lagos office since 2009, resigned on Friday.", "2009",
     "The agency's former director, head of its Lagos office"),
    ("Ruth Okafor, mayor of the town in 2016, was arrested last week.", "2016", "Ruth Okafor, mayor of the town"),
])
def test_a_date_in_a_noun_apposition_titles_the_apposition(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # the main clause's own date keeps the main clause, without the apposition
    ("Jane Holt, chairwoman of the state bank between 1990 and 1998, died on Sunday.", "Sunday",
     "Jane Holt dies"),
    # a participle's phrase and a relative clause have their own readers
    ("The company, based in Oslo since 1990, said on Monday it would cut jobs.", "1990", "The company based in Oslo"),
    ("Mr. Lopez, a former minister who resigned in 2005, died on Sunday.", "2005", "Mr. Lopez resigns"),
])
def test_other_dates_and_asides_keep_their_titles(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase", [
    # no apposition: a list of names, a place's state, a clause after the second comma
    ("Smith, Jones and Brown, partners since 2001, said on Friday they would split.", "2001"),
    ("Paris, France, in 2019, hosted the summit.", "2019"),
    ("Holt, who chaired the bank from 1990 to 1998, died on Sunday.", "1990"),
    ("Holt, chairwoman of the bank, resigned in 1998 and died on Sunday.", "1998"),
])
def test_no_apposition_holds_the_date(sentence: str, phrase: str) -> None:
    start = sentence.index(phrase)
    assert grammar.dated_apposition(sentence, start, start + len(phrase)) is None


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Haider backed calls to punish leaders accused of atrocities in Bangladesh's 1971 war of independence.",
     "1971", "Bangladesh's 1971 war of independence"),
    ("The minister apologised for the deaths in Israel's 2010 raid on a flotilla.", "2010",
     "Israel's 2010 raid on a flotilla"),
    # the determiner's phrase as before
    ("The minister apologised for the deaths in a 2010 raid on a flotilla.", "2010", "A 2010 raid on a flotilla"),
    # a dated phrase apposed to a name says whose it is
    ("Lena Varga won in three sets over fifth-seeded Ana Ruiz, the 2017 Open champion.", "2017",
     "Ana Ruiz, the 2017 Open champion"),
    ("The coach met Anna Berg, the 2015 winner, and her team.", "2015", "Anna Berg, the 2015 winner"),
])
def test_a_year_after_an_owners_possessive_dates_the_owned_noun(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


def test_the_apposition_is_its_own_event_in_an_article() -> None:
    # (an article with no date of its own: the conviction's "last week" dates nothing, the years stay the editorship's)
    text = ("Former editor jailed\n\nAndy Coulson was jailed yesterday.\n\n"
            "Coulson, editor of the weekly paper from 2003-2007, was convicted last week of conspiracy.\n")
    assert article_title(text, "2003-2007") == "Coulson, editor of the weekly paper"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("She has won 13 of 15 finals, including the last nine with her last final loss coming in 2016 to Ana Ruiz.",
     "2016", "Her last final loss comes to Ana Ruiz"),
    ("The storm hit the coast on Sunday, with winds reaching 100 mph on Monday.", "Monday", "Winds reach 100 mph"),
    ("The shares closed higher, with two brokers raising their targets on Monday.", "Monday",
     "Two brokers raise their targets"),
    # no "-ing" verb after the noun phrase: the clause's own date
    ("He went home with his father on Monday.", "Monday", "He goes home with his father"),
])
def test_a_date_in_a_with_absolute_titles_its_ing_verb(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


_DATELINE = "Town votes\n\nSPRINGFIELD, June 11, 2026 - "


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The latest clash comes as political parties campaign ahead of local elections in November.", "November",
     "Local elections"),
    ("Troops are on alert before the summit in July.", "July", "The summit"),
    ("Police are appealing for witnesses after a stabbing in the park on Saturday.", "Saturday", "The stabbing"),
    # "following", as before
    ("Police are appealing for witnesses following a stabbing in the park on Saturday.", "Saturday", "The stabbing"),
])
def test_a_date_after_a_time_relations_happening_is_the_happenings(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_DATELINE + sentence + "\n", phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a past act may be of the same day as the happening after it: the clause keeps the date
    ("Police arrested two men after the attack on Saturday.", "Saturday", "Police arrest two men after the attack"),
    # "after" opening a clause with its own verb: that clause's date
    ("Police are appealing for witnesses after a man was stabbed on Saturday.", "Saturday", "A man was stabbed"),
])
def test_a_past_act_or_a_clause_keeps_the_date(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_DATELINE + sentence + "\n", phrase) == title
