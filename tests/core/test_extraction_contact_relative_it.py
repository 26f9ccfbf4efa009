"""A relative clause with no relative word after the main verb's object, whose subject is "it" ("above the range of
$18 to $20 it had set last week"): its date is the relative clause's act, whose object is that noun phrase, figures
and all (core/grammar.py, `_gap_antecedent`, `head_before_figures`), and whose "it" is the main clause's subject, as
the noun phrase before it is the gap's (core/extraction.py, `_relative_pronoun_subject`). Not after a telling verb
("told the union it would meet": a clause of its own). Every sentence here is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

TEMPLATE = "Local news in brief\nMarch 4, 2024\n\n{}\n"


def _title_at(sentence: str, first: dt.date) -> list[str]:
    doc = document_from_text(TEMPLATE.format(sentence), id="d")
    return [c.title for c in extract_mentions(doc) if c.first == first]


@pytest.mark.parametrize("sentence, first, title", [
    ("The bakery sold its loaves above the price of $4 to $5 it had set last week.", dt.date(2024, 2, 26),
     "The bakery had set the price of $4 to $5"),
    ("The bakery sold its loaves above the price it had set last week.", dt.date(2024, 2, 26),
     "The bakery had set the price"),
    ("The miner sold its copper below the floor of $2.10 it gave in January.", dt.date(2024, 1, 1),
     "The miner gives the floor of $2.10"),
    # after a colon, the "it" is the subject of the clause it is in
    ("The paper wrote in an editorial: The tribunal strayed from the rule of 2 to 1 it upheld in 2019.",
     dt.date(2019, 1, 1), "The tribunal upholds the rule of 2 to 1"),
    # a telling verb's object: "it" opens a clause of its own
    ("The Orland board told the union it would meet on March 12.", dt.date(2024, 3, 12), "It would meet"),
])
def test_a_contact_relative_s_it_is_the_main_clause_s_subject(sentence: str, first: dt.date, title: str) -> None:
    assert _title_at(sentence, first) == [title]
