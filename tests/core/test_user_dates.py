"""parse_user_date: what a person types into the date field, read exactly or refused with a useful message."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.model import Precision, human_date
from timeline_app.core.user_dates import parse_user_date

d = dt.date
P = Precision


@pytest.mark.parametrize("text, first, last, precision", [
    ("1961", d(1961, 1, 1), d(1961, 12, 31), P.YEAR),
    ("  1961 ", d(1961, 1, 1), d(1961, 12, 31), P.YEAR),
    ("AD 800", d(800, 1, 1), d(800, 12, 31), P.YEAR),
    ("June 2024", d(2024, 6, 1), d(2024, 6, 30), P.MONTH),
    ("jun 2024", d(2024, 6, 1), d(2024, 6, 30), P.MONTH),
    ("Sept. 2023", d(2023, 9, 1), d(2023, 9, 30), P.MONTH),
    ("February 2024", d(2024, 2, 1), d(2024, 2, 29), P.MONTH),
    ("2024-06", d(2024, 6, 1), d(2024, 6, 30), P.MONTH),
    ("2024-06-19", d(2024, 6, 19), d(2024, 6, 19), P.DAY),
    ("2024-6-9", d(2024, 6, 9), d(2024, 6, 9), P.DAY),
    ("19 June 2024", d(2024, 6, 19), d(2024, 6, 19), P.DAY),
    ("19th of June, 2024", d(2024, 6, 19), d(2024, 6, 19), P.DAY),
    ("June 19, 2024", d(2024, 6, 19), d(2024, 6, 19), P.DAY),
    ("June 19th 2024", d(2024, 6, 19), d(2024, 6, 19), P.DAY),
    ("29 February 2024", d(2024, 2, 29), d(2024, 2, 29), P.DAY),
    ("1950–1953", d(1950, 1, 1), d(1953, 12, 31), P.YEAR),
    ("1950-1953", d(1950, 1, 1), d(1953, 12, 31), P.YEAR),
    ("1950 - 1953", d(1950, 1, 1), d(1953, 12, 31), P.YEAR),
    ("1950 to 1953", d(1950, 1, 1), d(1953, 12, 31), P.YEAR),
    ("1950–53", d(1950, 1, 1), d(1953, 12, 31), P.YEAR),
    ("1998–03", d(1998, 1, 1), d(2003, 12, 31), P.YEAR),
    ("June–August 2024", d(2024, 6, 1), d(2024, 8, 31), P.MONTH),
    ("June 2024 – August 2024", d(2024, 6, 1), d(2024, 8, 31), P.MONTH),
    ("3–5 June 2024", d(2024, 6, 3), d(2024, 6, 5), P.DAY),
    ("3 June – 5 July 2024", d(2024, 6, 3), d(2024, 7, 5), P.DAY),
    ("2024-06-19 – 2024-06-21", d(2024, 6, 19), d(2024, 6, 21), P.DAY),
    ("June 2024 – 3 July 2024", d(2024, 6, 1), d(2024, 7, 3), P.MONTH),  # as precise as the coarser end
    ("1990s", d(1990, 1, 1), d(1999, 12, 31), P.DECADE),
    ("the 1990s", d(1990, 1, 1), d(1999, 12, 31), P.DECADE),
    ("the 19th century", d(1800, 1, 1), d(1899, 12, 31), P.CENTURY),
    ("Q2 2024", d(2024, 4, 1), d(2024, 6, 30), P.QUARTER),
    ("week of 17 June 2024", d(2024, 6, 17), d(2024, 6, 23), P.WEEK),
])
def test_parses(text, first, last, precision):
    assert parse_user_date(text) == (first, last, precision)


@pytest.mark.parametrize("text, says", [
    ("", "Type a date"),
    ("   ", "Type a date"),
    ("yesterday", "not a date"),
    ("06/19/2024", "ambiguous"),
    ("19.06.2024", "ambiguous"),
    ("2024-13", "no month 13"),
    ("2024-02-30", "has no day 30"),
    ("31 April 2024", "has no day 31"),
    ("Juen 2024", "not a month"),
    ("19 June", "Add the year"),
    ("June", "Add the year"),
    ("24", "Write the year in full"),
    ("June 24", "Write the year in full"),
    ("1953–1950", "ends"),
    ("1950–", "each side"),
    ("1950–1953–1960", "single dash"),
    ("0", "Write the year in full"),
    ("week of June 2024", "needs a day"),
    ("week of 30 December 9999", "past the year 9999"),
])
def test_refuses_with_a_message_a_user_can_act_on(text, says):
    with pytest.raises(ValueError) as info:
        parse_user_date(text)
    assert says.lower() in str(info.value).lower()
    assert str(info.value).endswith(".") or str(info.value).endswith(")")


@pytest.mark.parametrize("first, last, precision", [
    (d(2024, 6, 19), d(2024, 6, 19), P.DAY),
    (d(2024, 6, 19), d(2024, 6, 21), P.DAY),
    (d(2024, 6, 17), d(2024, 6, 23), P.WEEK),
    (d(2024, 6, 1), d(2024, 6, 30), P.MONTH),
    (d(2024, 6, 1), d(2024, 8, 31), P.MONTH),
    (d(2000, 1, 1), d(2000, 12, 31), P.YEAR),
    (d(1950, 1, 1), d(1953, 12, 31), P.YEAR),
    (d(1990, 1, 1), d(1999, 12, 31), P.DECADE),
    (d(1800, 1, 1), d(1899, 12, 31), P.CENTURY),
])
def test_what_the_app_writes_reads_back(first, last, precision):
    """The edit field starts with the event's date as human_date writes it: it must be valid as it stands."""
    assert parse_user_date(human_date(first, last, precision)) == (first, last, precision)


@given(st.dates(min_value=d(100, 1, 1), max_value=d(9999, 12, 31)))
def test_every_day_reads_back_in_every_spelling(day):
    for text in (day.isoformat(), human_date(day, day, P.DAY), f"{day:%B} {day.day}, {day.year}"):
        assert parse_user_date(text) == (day, day, P.DAY)


@given(st.text(max_size=40))
def test_anything_typed_parses_or_raises_value_error(text):
    try:
        first, last, precision = parse_user_date(text)
    except ValueError as exc:
        assert str(exc)
    else:
        assert first <= last and isinstance(precision, Precision)


@pytest.mark.parametrize("text, quoted", [
    ("28 Jun 2010x", "“28 Jun 2010x”"),
    ("  Last   Tuesday ", "“Last Tuesday”"),
    ("Yesterday–1953", "“Yesterday”"),
    # A letter whose lower case is two characters ("İ" -> "i̇") quoted the whole text in lower case.
    ("31 Febuary 2024 ÄÖÜ İstanbul", "“31 Febuary 2024 ÄÖÜ İstanbul”"),
    ("İstanbul 2024x", "“İstanbul 2024x”"),
    ("ÄÖÜ İİ x2024", "“ÄÖÜ İİ x2024”"),
    ("Yesterday İ–1953", "“Yesterday İ”"),
    ("1953–İzmir Day", "“İzmir Day”"),
])
def test_a_refused_text_is_quoted_as_typed(text, quoted):
    with pytest.raises(ValueError) as info:
        parse_user_date(text)
    assert quoted in str(info.value)
