"""A year that says what a forecast, a budget or a target is for ("raised its forecast for 2026"), alone in its
clause, is the noun's period (an event of its own, titled by the noun phrase), not the act's date: the act done on
it is reported by the article, at its publication date (`extraction._Reading.period_of_an_acts_object`). A plan or
a future ("will set a target for 2030"), a state ("has plans in place for 2011") and a negated act keep the year.
Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.temporal import tag

HEADER = "Company news\nMarch 20, 2025\n\n"
PUBLISHED = dt.date(2025, 3, 20)  # a Thursday


def _dated(sentence: str) -> list[tuple[str, dt.date | None, dt.date | None, str]]:
    doc = document_from_text(HEADER + sentence + "\n", id="a")
    return sorted((c.mention.text, c.first, c.last, c.title) for c in extract_mentions(doc))


@pytest.mark.parametrize("sentence, act, period, noun_title", [
    ("The grocer raised its revenue guidance for 2026.", "raised", "2026", "The grocer's revenue guidance for 2026"),
    ("The utility has trimmed its spending target for next year.", "has trimmed", "next year",
     "The utility's spending target for next year"),
    ("Analysts said the chain is lifting its profit estimate for 2025.", "is lifting", "2025",
     "Its profit estimate for 2025"),
])
def test_the_year_is_the_nouns_period_and_the_act_the_articles(sentence: str, act: str, period: str,
                                                              noun_title: str) -> None:
    dated = {text: (first, last, title) for text, first, last, title in _dated(sentence)}
    assert set(dated) == {act, period}
    assert dated[act][:2] == (PUBLISHED, PUBLISHED)
    year = dated[period][0].year
    assert dated[period][:2] == (dt.date(year, 1, 1), dt.date(year, 12, 31))
    assert dated[period][2] == noun_title


@pytest.mark.parametrize("sentence, year", [
    ("The board will set a new emissions target for 2030.", 2030),  # a future: no act done yet
    ("The group has ambitious plans in place for 2027.", 2027),  # a state
    ("The firm has not met its sales goals for 2024.", 2024),  # a negated act
    ("Revenue for 2024 rose 8%.", 2024),  # the subject's figures, which the year dates
    # the year opens the noun phrase after "for": it is that noun's time, not the period of the noun before
    ("The airline paid a penalty for 2021 safety breaches.", 2021),
    ("The firm raised its fees for 2022 filing work.", 2022),
])
def test_the_year_stays_where_no_act_was_done_on_the_noun(sentence: str, year: int) -> None:
    assert [first for _, first, _, _ in _dated(sentence)] == [dt.date(year, 1, 1)]


@pytest.mark.parametrize("sentence, phrase, value", [
    # "forecast for" puts the date it is for ahead, not a later date of the clause
    ("The bank cut its growth forecast for 2026 on Monday.", "Monday", "2025-03-17"),
    ("Rain is forecast for Monday.", "Monday", "2025-03-24"),
    ("Sleet is forecast for early Saturday.", "early Saturday", "2025-03-22"),
])
def test_a_forecast_for_a_year_puts_no_later_date_ahead(sentence: str, phrase: str, value: str) -> None:
    assert [t.value for t in tag(sentence, PUBLISHED) if t.text == phrase] == [value]
