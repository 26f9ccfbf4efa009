"""A predicate after "but" with no subject of its own shares the subject of the verb before it, as one after "and"
does ("won the cup twice, but had lost every final since"); the word after "but" must be one the lexicon knows as
a verb ("occurred far apart but just minutes apart": "minutes" is no predicate, whatever the tagger said)."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


@pytest.mark.parametrize("sentence, date, title", [
    ("United won the league twice in the 1980s, beating Leeds in 1983 and Everton in 1986, but had lost all four "
     "of their semi-finals since, most recently to Chelsea in 2019.", "in 2019",
     "United had lost all four of their semi-finals"),
    ("The bank posted a record profit, but warned of weaker lending in 2026.", "in 2026",
     "The bank warns of weaker lending"),
    ("The city won the bid in 2012 but lost the games in 2016.", "in 2016", "The city loses the games"),
    ("The agency did not name the inspector, but said on Friday that the team had left.", "on Friday",
     "The agency says that the team had left"),
])
def test_a_predicate_after_but_shares_the_subject_before_it(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert grammar.headline_clause(sentence, start, start + len(date)) == title
