"""Which date a clause of a results report takes (realnews18 13, realnews16 06: docs/realnews18_judgement.md).

An outlook's quarter is the coming one; a fiscal quarter is dated at its fiscal year; "the prior year" a change is
set "over" is the comparison's yardstick, never the date of the outlook that states it; a bare ordinal quarter
before its noun ("a drop in first quarter profits") says which figures were posted, not when. Invented article and
sentences (tests/core/fixtures/outlook/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

FIXTURES = Path(__file__).parent / "fixtures" / "outlook"


def _dated(text: str) -> set[tuple[str, str, str]]:
    """(date phrase, first day, last day) of every dated candidate."""
    doc = document_from_text(text, id="o")
    assert doc.published is not None
    return {(c.mention.text, str(c.first), str(c.last)) for c in extract_mentions(doc) if c.first is not None}


def test_a_results_report_with_an_outlook() -> None:
    assert _dated((FIXTURES / "results_with_outlook.txt").read_text(encoding="utf-8")) == {
        ("Wednesday", "2023-11-08", "2023-11-08"),  # the report
        ("the first quarter", "2024-01-01", "2024-03-31"),  # the outlook's coming quarter, not January-March 2023
        ("fiscal 2024", "2024-01-01", "2024-12-31"),  # the fiscal year's outlook; "the prior year" dates nothing
        ("the fiscal fourth quarter", "2023-01-01", "2023-12-31"),  # the company's quarter: its fiscal year
        ("a year earlier", "2022-01-01", "2022-12-31"),  # the compared figure, a fiscal year before
        # "posted a 12 percent rise in fourth quarter sales": the quarter says which sales, it dates no posting
    }


def _events(sentence: str, published: str = "August 3, 2023") -> set[tuple[str, str, str]]:
    return _dated(f"Earnings report\n\nPublished: {published}\n\n{sentence}\n")


@pytest.mark.parametrize("sentence, expected", [
    # a change set over the prior year: a bare yardstick
    ("For fiscal 2023, Acme now expects adjusted earnings per share of $11.40 to $11.50, up 11 to 12 percent over "
     "the prior year.", {("fiscal 2023", "2023-01-01", "2023-12-31")}),
    ("Acme previously expected earnings per share of $11.30 to $11.50, up 10 to 12 percent over the prior year.",
     set()),
    ("Acme projects earnings per share of $3.04 to $3.14 for the third quarter, up 7 to 10 percent over the prior "
     "year period.", {("the third quarter", "2023-07-01", "2023-09-30")}),
    ("Sales rose 4 percent, a 4 percent increase over a year earlier.", set()),
    # no earlier period's words: not a yardstick ("over the past year" is a span, "over 2019" a contest's)
    ("Acme's sales rose 5 percent over the past year.", {("the past year", "2022-01-01", "2022-12-31")}),
])
def test_a_change_over_the_prior_year_dates_nothing(sentence, expected) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # a bare ordinal quarter before its noun, after a preposition: which figures were posted
    ("BrightOil posted an 80 percent drop in first quarter profits.", "April 26, 2016", set()),
    # with its determiner, an adverbial: the quarter dates what happened in it
    ("In the first quarter profits fell 80 percent at BrightOil.", "April 26, 2016",
     {("the first quarter", "2016-01-01", "2016-03-31")}),
    # a fiscal quarter's end day gives its months again (the figure is the quarter's, not its last day's)
    ("Net income for the fiscal first quarter ended Sept. 30 was $5 million.", "October 25, 2023",
     {("Sept. 30", "2023-07-01", "2023-09-30")}),
    # a past quarter's results stay the past quarter
    ("Acme's profit fell in the fourth quarter.", "February 8, 2023",
     {("the fourth quarter", "2022-10-01", "2022-12-31")}),
])
def test_a_quarter_before_its_figures_noun(sentence, published, expected) -> None:
    assert _events(sentence, published) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb joined by "and" to one dated before it shares that date: the fiscal year says what the forecast is for
    ("Acme on Thursday issued an earnings view and raised its forecast for fiscal 2023.",
     {("Thursday", "2023-08-03", "2023-08-03")}),
    # alone, the year is the forecast's period and the raising is the report's
    ("Acme raised its forecast for fiscal 2023.",
     {("fiscal 2023", "2023-01-01", "2023-12-31"), ("raised", "2023-08-03", "2023-08-03")}),
])
def test_a_forecasts_year_beside_the_acts_date(sentence, expected) -> None:
    assert _events(sentence) == expected
