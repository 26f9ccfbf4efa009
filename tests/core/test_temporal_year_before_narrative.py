"""An anaphoric "a year earlier" / "the year before" / "the previous year" counts from the year the narrative is at
(one its sentence, or the one before, writes: "In 2019 the firm lost money. A year earlier ..."), not from the
publication date; "the year before" that opens a past-perfect clause ("; the year before it had ...") or ends in
"that" is such an anaphor too. With no year written nearby the count keeps its base (publication, or the quarter a
results report compares)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

REF = dt.date(2024, 6, 18)


@pytest.mark.parametrize("sentence, phrase, value", [
    # a year written in the same sentence, or the one before
    ("In 2019 the firm lost money; the year before it had made a profit.", "the year before", "2018"),
    ("In 2019 the firm lost money. A year earlier it had made a profit.", "A year earlier", "2018"),
    ("In 2019 the firm lost money, and a year earlier it had made a profit.", "a year earlier", "2018"),
    ("In March 2019 the firm lost money. A year before, it had made a profit.", "A year before", "2018"),
    ("In 2019 the firm lost money. The year before that, it made a profit.", "The year before that", "2018"),
    ("In 2019 the firm lost money. The year before, it had made a profit.", "The year before", "2018"),
    ("In 2019 the firm lost money. The previous year it had made a profit.", "The previous year", "2018"),
    ("The plant closed in 2015. Two years earlier it had employed 900 people.", "Two years earlier", "2013"),
    # the written year two sentences back: too far, publication's
    ("In 2019 the firm lost money. Its chief resigned. A year earlier it had made a profit.",
     "A year earlier", "2023"),
    # a year a participle's phrase gives a thing ("founded in 1985") is its own time, not the narrative's
    ("The company, founded in 1985, said profit rose 5% from a year earlier.", "a year earlier", "2023"),
    ("Born in 1950, he said sales rose from a year earlier.", "a year earlier", "2023"),
    ("The company was founded in 1985. A year earlier, its founder had left Oslo.", "A year earlier", "1984"),
    # no written year: the publication's (business news compares with the year before the report's)
    ("The company earned $5 million, compared with $4 million a year earlier.", "a year earlier", "2023"),
    ("Sales rose last year, up from $450 million the year before.", "the year before", "2022"),
])
def test_year_before_counts_from_the_narrative_year(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, REF) == value


def test_week_before_an_event_is_not_counted_back() -> None:
    """"The week before he was elected": a conjunction's clause, counted from his election, not an anaphor."""
    assert value_of("The week before he was elected, he spoke in Ohio.", "The week", REF) == "2024-WXX"
