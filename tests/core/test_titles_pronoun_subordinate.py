"""Pronoun titles of a subordinate clause after a main clause (`extraction._resolve_pronoun`), and titles cut before
a date's preposition (`extraction._undangled`).

An "it" that opens a "when"/"after" clause after the main clause stands for the main clause's subject, when nothing
after the main verb is another thing it may be (`extraction._competes_for_it`): an amount's unit after its figure
("30 percent"), a degree ("a little over"), a time ("a year") and a thing the subject owns ("its budget") are none.
A title whose date went with its preposition never ends on a degree adverb that measured it ("just | after 0400",
"nearly | a week ago"): the adverb goes too (`extraction._DEGREE_ADVERBS`).
"""
from __future__ import annotations

import pytest

from tests.core.title_helpers import dated_titles, sentence_title

_ARTICLE = "Town news\n\nBy Staff, 5 June 2021\n\nThe hall reopened on Friday. {}\n"


@pytest.mark.parametrize("sentence, date, title", [
    # only amounts, degrees, times and the subject's own things after the main verb: the subject is the "it"
    ("The bridge remains closed and 30 percent over its budget of a little over a year ago when it was damaged "
     "in March 2019.", "March 2019", "The bridge was damaged"),
    ("The fund stays 12 percent below its peak when it held $4 billion in May 2018.", "May 2018",
     "The fund held $4 billion"),
    # (another thing after the main verb may be the "it": it stays)
    ("The stock fell 5 percent against the index when it reached a high in October 2006.", "October 2006",
     "It reaches a high"),
    ("The fund sold the building when it closed in May 2018.", "May 2018", "It closed in May 2018"),
])
def test_an_it_after_the_main_clause_takes_its_subject_past_amounts_and_owned_things(
        sentence: str, date: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[date] == title


@pytest.mark.parametrize("sentence, date, title", [
    ("The ferry sank just after 0400 local time.", "0400 local time", "The ferry sinks"),
    ("Officers say the ferry sank just after 0400 local time (1600 UTC).", "0400 local time", "The ferry sinks"),
    ("The ferry sank nearly a week ago.", "a week ago", "The ferry sinks"),
    # (the adverb measures a word the title keeps: it stays; a verb's particle still ends a title)
    ("Prices rose almost 5% on Friday.", "Friday", "Prices rise almost 5%"),
    ("The rebels gave up on Friday.", "Friday", "The rebels give up"),
])
def test_a_title_does_not_end_on_a_degree_adverb_of_the_date_cut_after_it(
        sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title
