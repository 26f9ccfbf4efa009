"""Periods in business results (realnews18 13, realnews15 07, realnews16 06: docs/realnews18_judgement.md).

An outlook looks forward: the ordinal quarter a forecast governs ("expects", "projects", "sees", "guidance for",
"For the fourth quarter, the company expects") is the next such quarter at or after the report, never one already
past; a quarter whose results are told or to be told stays the past one. A company's fiscal quarter keeps TimeML's
quarter value (TimeBank writes "the fiscal first quarter" as 1989-Q1) but is dated at its fiscal year: its months
are the company's, which the text does not give. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.model import Precision
from timeline_app.core.temporal import is_fiscal_quarter, tag


def _value(text: str, reference: dt.date, phrase: str) -> str | None:
    return {t.text: t.value for t in tag(text, reference)}.get(phrase)


@pytest.mark.parametrize("text, reference, phrase, value", [
    # a fronted period, its clause then forecasting: the coming fourth quarter, not the one that ended in December
    ("For the fourth quarter, the miner projects adjusted earnings of $1.04 to $1.14 a share.",
     dt.date(2023, 3, 8), "the fourth quarter", "2023-Q4"),
    ("For the fourth quarter, Harbour Foods expects sales of $2 billion.", dt.date(2023, 3, 8),
     "the fourth quarter", "2023-Q4"),
    ("In the fourth quarter, the retailer expects margins to recover.", dt.date(2023, 3, 8),
     "the fourth quarter", "2023-Q4"),
    ("For the fourth quarter, guidance calls for revenue of $2 billion.", dt.date(2023, 3, 8),
     "the fourth quarter", "2023-Q4"),
    # a present verb of forecasting before it, its object between
    ("The shipyard sees fourth-quarter revenue of $2 billion.", dt.date(2023, 3, 8), "fourth-quarter", "2023-Q4"),
    ("The bank forecast fourth-quarter revenue of $2 billion.", dt.date(2023, 3, 8), "fourth-quarter", "2023-Q4"),
    # the outlook's noun
    ("The outlook for the fourth quarter is weak.", dt.date(2023, 3, 8), "the fourth quarter", "2023-Q4"),
    ("The chipmaker issued fourth-quarter earnings guidance below estimates.", dt.date(2023, 3, 8),
     "fourth-quarter", "2023-Q4"),
    # the next such quarter when this year's is over: never a past one
    ("The company expects second-quarter revenue of $2 billion.", dt.date(2023, 11, 3), "second-quarter", "2024-Q2"),
    ("Acme expects revenue of $2 billion for the first quarter.", dt.date(2023, 11, 3), "the first quarter",
     "2024-Q1"),
    ("Acme expects adjusted earnings per share of $1.20 to $1.30 for the first quarter.", dt.date(2023, 11, 3),
     "the first quarter", "2024-Q1"),
    # the quarter under way is at or after the report
    ("The company expects third-quarter revenue of $2 billion.", dt.date(2023, 8, 3), "third-quarter", "2023-Q3"),
])
def test_an_outlooks_quarter_is_the_next_such_quarter(text, reference, phrase, value):
    assert _value(text, reference, phrase) == value


@pytest.mark.parametrize("text, reference, phrase, value", [
    # results told: the quarter just ended
    ("Profit fell in the fourth quarter.", dt.date(2023, 2, 8), "the fourth quarter", "2022-Q4"),
    ("In the fourth quarter, sales rose 5 percent.", dt.date(2023, 3, 8), "the fourth quarter", "2022-Q4"),
    ("The company reported a loss for the fourth quarter.", dt.date(2023, 2, 8), "the fourth quarter", "2022-Q4"),
    # results to be reported, a forecast beaten or met, a past verb of the clause: still the past quarter
    ("The company will report fourth-quarter results on Feb. 20.", dt.date(2023, 1, 20), "fourth-quarter",
     "2022-Q4"),
    ("The results beat its guidance for the fourth quarter.", dt.date(2023, 2, 8), "the fourth quarter", "2022-Q4"),
    ("Analysts' estimates for the fourth quarter were $1.10 a share.", dt.date(2023, 2, 8), "the fourth quarter",
     "2022-Q4"),
    ("The company completed three projects in the fourth quarter.", dt.date(2023, 3, 8), "the fourth quarter",
     "2022-Q4"),
    ("The company expects sales that slumped in the fourth quarter to recover.", dt.date(2023, 3, 8),
     "the fourth quarter", "2022-Q4"),
    # a future clause that forecasts nothing of the quarter: the loss is the one reported
    ("The thrift said it plans to restructure in the wake of a third-quarter loss.", dt.date(2023, 10, 26),
     "a third-quarter", "2023-Q3"),
])
def test_a_quarter_reported_stays_the_past_one(text, reference, phrase, value):
    assert _value(text, reference, phrase) == value


@pytest.mark.parametrize("text, reference, phrase, value, year", [
    ("In the fiscal third quarter, sales rose 5 percent.", dt.date(2023, 8, 3), "the fiscal third quarter",
     "2023-Q3", 2023),
    ("Sales rose in the third quarter of fiscal 2023.", dt.date(2023, 8, 3), "the third quarter of fiscal 2023",
     "2023-Q3", 2023),
    ("Microsoft reported fiscal fourth-quarter revenue of $56 billion.", dt.date(2023, 7, 25),
     "fiscal fourth-quarter", "2023-Q4", 2023),
    # what refers back to a fiscal quarter is the company's period too
    ("In the fiscal third quarter, sales rose. For the quarter, profit fell.", dt.date(2023, 8, 3), "the quarter",
     "2023-Q3", 2023),
    ("Sales rose in the fiscal second quarter, compared with the year-ago quarter.", dt.date(2023, 8, 3),
     "the year-ago quarter", "2022-Q2", 2022),
])
def test_a_fiscal_quarter_keeps_its_value_and_is_dated_at_its_year(text, reference, phrase, value, year):
    found = {t.text: t for t in tag(text, reference)}
    t = found[phrase]
    assert t.value == value
    assert (t.first, t.last, t.precision) == (dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)
    assert is_fiscal_quarter(t)


@pytest.mark.parametrize("text", [
    "Profit rose in the third quarter.",
    # a fiscal year named nearby does not make a bare quarter the company's: many fiscal years are the calendar's
    "Acme lifted its forecast for fiscal 2023. Sales rose in the third quarter.",
])
def test_a_calendar_quarter_is_no_fiscal_one(text):
    t = next(t for t in tag(text, dt.date(2023, 11, 3)) if t.text.endswith("third quarter"))
    assert (t.value, t.precision, is_fiscal_quarter(t)) == ("2023-Q3", Precision.QUARTER, False)
