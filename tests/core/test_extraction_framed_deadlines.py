"""A deadline an expectation or a plan sets ("expects the bridge to open by June") under a framing year ("In 2022,
the council said …") is of that year (`temporal._framing_year`), before the publication only as its clause's time
is: it is still the deadline's event, not a bound of what had happened by then ("had been rebuilt by June").
Invented sentences, published March 20, 2025."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

HEADER = "Town news\nMarch 20, 2025\n\n"


def _firsts(sentence: str) -> list[tuple[str, dt.date | None]]:
    doc = document_from_text(HEADER + sentence + "\n", id="a")
    return sorted((c.mention.text, c.first) for c in extract_mentions(doc))


@pytest.mark.parametrize("sentence, expected", [
    ("In 2022, the water board said it expects to finish the new pipes by June.",
     [("2022", dt.date(2022, 1, 1)), ("June", dt.date(2022, 6, 1))]),
    ("In 2023, the mayor said she plans to reopen the pool by September.",
     [("2023", dt.date(2023, 1, 1)), ("September", dt.date(2023, 9, 1))]),
    # (as before: a deadline ahead of the publication, and a bound of what had happened)
    ("The water board expects to finish the new pipes by June.", [("June", dt.date(2025, 6, 1))]),
    ("In 2022, the pipes had been replaced by June.", [("2022", dt.date(2022, 1, 1))]),
])
def test_a_framed_expectations_deadline_is_an_event(sentence: str, expected: list[tuple[str, dt.date]]) -> None:
    assert _firsts(sentence) == expected
