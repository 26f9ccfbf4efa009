"""An act on a noun's period ("cut its growth estimate for next year") told by a statement dated in the same sentence
("..., it said on Tuesday", "said on Tuesday that it lowered ...") has one event, the statement's, at its day: the
year stays the noun's period (its own event, titled by the noun phrase), not the act's date, and the act gives no
second event on the publication day (`extraction._Reading.statement_day`). Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

HEADER = "Company news\nMarch 20, 2025\n\n"
PUBLISHED = dt.date(2025, 3, 20)  # a Thursday
TUESDAY, WEDNESDAY = dt.date(2025, 3, 18), dt.date(2025, 3, 19)


def _dated(sentence: str) -> dict[str, tuple[dt.date | None, dt.date | None, str]]:
    doc = document_from_text(HEADER + sentence + "\n", id="a")
    return {c.mention.text: (c.first, c.last, c.title) for c in extract_mentions(doc)}


def _year(y: int, title: str) -> tuple[dt.date, dt.date, str]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31), title


@pytest.mark.parametrize("sentence, dated", [
    ("The mill raised its output target for 2026, the trade ministry said on Wednesday.",
     {"Wednesday": (WEDNESDAY, WEDNESDAY), "2026": _year(2026, "The mill's output target for 2026")}),
    ("The insurer trimmed its premium forecast for next year, it said Tuesday.",
     {"Tuesday": (TUESDAY, TUESDAY), "next year": _year(2026, "The insurer's premium forecast for next year")}),
    ("The brewer said on Tuesday that it lowered its sales estimate for 2025.",
     {"Tuesday": (TUESDAY, TUESDAY), "2025": _year(2025, "The brewer's sales estimate for 2025")}),
    # guards: no statement's day, the act is the article's (on its publication day); a day of the act itself
    ("The mill raised its output target for 2026.",
     {"raised": (PUBLISHED, PUBLISHED), "2026": _year(2026, "The mill's output target for 2026")}),
    ("The mill raised its output target for 2026 on Wednesday.", {"Wednesday": (WEDNESDAY, WEDNESDAY)}),
])
def test_an_act_told_by_a_dated_statement_is_one_event_at_its_day(sentence: str, dated: dict) -> None:
    found = _dated(sentence)
    assert {text: when[:2] for text, when in found.items()} == {text: when[:2] for text, when in dated.items()}
    # the year is the noun's period, titled by its noun phrase (not the act's date)
    assert all(found[text][2] == when[2] for text, when in dated.items() if len(when) == 3)
