"""Titles that say whose and which: an earlier happening a superlative implies says what it was (its
owner and its ranking word), a possessive takes the subject of its own sentence, and a time of the date ("late on
Sunday") goes with the date."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

_HEAD = "Headline\nMonday, January 6, 2031\n\n"


@pytest.mark.parametrize("body, phrase, title", [
    # The owner a possessive names is the clause's subject; the ranking word says which earlier one.
    ("The river rose to its highest level since 1998.", "1998", "The river's previous highest level"),
    ("The company posted its biggest loss since 2001.", "2001", "The company's previous biggest loss"),
    # (the subject of the possessive's own clause, not the sentence's first)
    ("Rain fell for five days, and the river rose to its highest level since 1998.", "1998",
     "The river's previous highest level"),
    # A superlative with no noun of its own, ranked among a noun phrase: that phrase's earlier happening.
    ("Turnout was 61 percent, the highest in a municipal election since 2005.", "2005",
     "Previous municipal election"),
    # The noun is the happening's, not a verb of the kind ("said"): the subject the superlative describes.
    ("The mayor said the storm was the worst since 1987.", "1987", "Previous worst storm"),
    # "first" ranks nothing: the previous one, as before.
    ("It was Putin's first visit to the country since 2000.", "2000", "Putin's previous visit to the country"),
    # A hyphenated noun stays one word.
    ("It is the club's first second-tier season since 1994.", "1994", "The club's previous second-tier season"),
    # No noun of its own ("the first between ..."): the happening the sentence names, not "Previous between".
    ("The ferry strike is the first between the two unions since 2011.", "2011",
     "Previous strike between the two unions"),
])
def test_an_implied_happening_says_what_it_was(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body + "\n", phrase) == title


@pytest.mark.parametrize("body, phrase, title", [
    # A possessive after its sentence's named subject: that subject's.
    ('Prime Minister Egon Brandt called the result "a warning" for his party, which faces a general election '
     "in the autumn.", "the autumn", "Egon Brandt's party faces a general election"),
    # A subject too long to take "'s", or none of the pronoun's sort: the possessive stays.
    ("The enlargement of NATO from 16 members to 19 has been a goal, one that grew out of a desire, its "
     "proponents said, to cement gains in 1999.", "1999", "Its proponents"),
])
def test_a_possessive_takes_its_own_sentences_subject(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body + "\n", phrase).startswith(title)


@pytest.mark.parametrize("body, phrase, title", [
    ("Fenn conceded defeat late on Sunday.", "Sunday", "Fenn concedes defeat"),
    ("The firm was founded early in 2020.", "2020", "The firm was founded"),
])
def test_a_time_of_the_date_goes_with_it(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body + "\n", phrase) == title


@pytest.mark.parametrize("body, phrase, title", [
    # "it" after an opening time clause stands for that clause's subject ...
    ("The mill closed. When the Hollin Library reopened, it held 400 books in 2024.", "2024",
     "The Hollin Library holds 400 books"),
    ("When the Hollin Library reopened, it held 400 books. On Saturday it celebrated its reopening.", "Saturday",
     "The Hollin Library celebrates its reopening"),
    # ... and a second clause's "it" after a first clause's "it" for the one both stand for; "Today" is no
    # noun the pronoun could mean.
    ("The Hollin Library opened its doors in 1911. Today it lends 30,000 books a year, and on Saturday it "
     "celebrated its reopening.", "Saturday", "The Hollin Library celebrates its reopening"),
    ("The Hollin Library opened its doors in 1911. Today it lends 30,000 books a year.", "Today",
     "The Hollin Library lends 30,000 books a year"),
])
def test_a_chain_of_its_takes_the_first_antecedent(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body + "\n", phrase) == title


@pytest.mark.parametrize("body, phrase", [
    # a finite verb between the superlative and "since": the date is the verb's time, no earlier happening
    ("Traffic on the first ring road had fallen sharply since Monday.", "Monday"),
    ("Sales at the first store have doubled since 2019.", "2019"),
])
def test_a_verb_between_a_superlative_and_since_implies_no_earlier_happening(body: str, phrase: str) -> None:
    doc = document_from_text(_HEAD + body + "\n", id="t")
    assert [c.title for c in extract_mentions(doc) if c.title.startswith("Previous")] == []
