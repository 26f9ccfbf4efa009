"""Business and economics reporting's spans of a year and comparisons of timing (`temporal._h_months_of_year`,
`temporal._ago`): "the first three months of the year" is the first quarter, "the last six months of 2019" the
second half (not a duration and "the year"); "six months earlier than expected" compares two timings and dates
nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import temporal

PUBLISHED = dt.date(2023, 8, 30)


@pytest.mark.parametrize("sentence, phrase, value", [
    ("Exports grew 4% in the first three months of the year.", "the first three months of the year", "2023-Q1"),
    ("Profits halved in the first six months of 2021.", "the first six months of 2021", "2021-H1"),
    ("Home sales slumped in the last three months of last year.", "the last three months of last year", "2022-Q4"),
    ("The mine will close in the final six months of next year.", "the final six months of next year", "2024-H2"),
    ("Output rose 2% in the first 3 months of 2019.", "the first 3 months of 2019", "2019-Q1"),
    # "the year" of a sentence a year frames is that year
    ("In 2019, sales in the first three months of the year rose 5%.", "the first three months of the year",
     "2019-Q1"),
    ("During 2016 the firm lost money in the last six months of the year.", "the last six months of the year",
     "2016-H2"),
    # no year named: a duration, as before
    ("He spent the first three months of his term abroad.", "the first three months", "P3M"),
    # a comparison of two timings dates nothing
    ("The plant opened six months earlier than planned.", "six months earlier", "P6M"),
    ("The tunnel will open two years later than promised.", "two years later", "P2Y"),
    ("She left six months earlier.", "six months earlier", "2023-02"),
])
def test_spans_of_a_year_and_comparisons_of_timing(sentence: str, phrase: str, value: str) -> None:
    assert [x.value for x in temporal.tag(sentence, PUBLISHED) if x.text == phrase] == [value]
