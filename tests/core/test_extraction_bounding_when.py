"""A date that "since" or "until" bounds, with a "when" clause right after it ("the first … since 2019, when a Marine
was swapped", "dormant until March 2021, when an eruption began"): the main clause counts from the date or holds up
to it, the act at the date is the when-clause's, and titles the event (core/extraction.py,
`_bounding_when_clause`). A superlative that names its noun keeps its implied happening ("the club's first title
since 1994, when …": the previous title). A state that "since" starts ("has run the bakery since 2008, when …") keeps its main
clause. Every sentence here is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

TEMPLATE = "Local news in brief\nMarch 4, 2024\n\n{}\n"


def _dated_titles(sentence: str) -> list[tuple[dt.date | None, str]]:
    doc = document_from_text(TEMPLATE.format(sentence), id="d")
    return [(c.first, c.title) for c in extract_mentions(doc)]


@pytest.mark.parametrize("sentence, expected", [
    ("The pact is the first between the two ports since 2015, when Orvel Shipping bought a stake in Ganto.",
     [(dt.date(2015, 1, 1), "Orvel Shipping buys a stake in Ganto")]),
    ("The gala was the most lavish and crowded of the season since 2011, when the mayor opened the new hall.",
     [(dt.date(2011, 1, 1), "The mayor opens the new hall")]),
    # a superlative that names its noun says what happened then: the when-clause tells a detail of it
    ("It was the orchestra's first tour since 2004, when Ilse Brandt conducted the opening night.",
     [(dt.date(2004, 1, 1), "The orchestra's previous tour")]),
    ("The old town hall had stood empty for decades until June 2019, when a fire destroyed the roof.",
     [(dt.date(2019, 6, 1), "A fire destroys the roof")]),
    ("The quarry stayed open till 1998, when the council revoked its licence.",
     [(dt.date(1998, 1, 1), "The council revokes its licence")]),
    # a pronoun of the when-clause takes the main clause's subject
    ("The Corn Exchange sat empty until last spring, when it was bought by a brewery.",
     [(dt.date(2023, 3, 1), "The Corn Exchange was bought by a brewery")]),
    # a state that starts at the date ("since", no count from it) keeps its main clause; a when-clause with no
    # subject and finite verb of its own: the main clause as before
    ("Brenna Holt has run the bakery since 2008, when she bought it from her uncle.",
     [(dt.date(2008, 1, 1), "Brenna Holt has run the bakery")]),
    ("Tomas Ferreira stayed at the club until 2016, when asked to coach the youth side.",
     [(dt.date(2016, 1, 1), "Tomas Ferreira stays at the club")]),
])
def test_a_when_clause_after_a_since_or_until_date_titles_its_event(
        sentence: str, expected: list[tuple[dt.date | None, str]]) -> None:
    assert _dated_titles(sentence) == expected
