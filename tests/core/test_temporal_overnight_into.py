""""Overnight" before the day it runs into or belongs to ("overnight into Sunday", "overnight on Saturday",
"overnight Tuesday") is no night of the publication day: the day named after it carries the date, as "the night of
Friday" leaves it to Friday. Alone ("landed overnight") it is still the night before the report."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import temporal

THU = dt.date(2025, 10, 23)


@pytest.mark.parametrize("sentence, expected", [
    ("Overnight into Monday, the storm flattened two villages.", [("Monday", "2025-10-20")]),
    ("The levee gave way overnight into Sunday.", [("Sunday", "2025-10-19")]),
    ("Overnight on Tuesday, gunmen stormed the barracks.", [("Tuesday", "2025-10-21")]),
    ("Police raided the camp overnight Saturday.", [("Saturday", "2025-10-18")]),
    ("The ferry sank overnight to 19 October.", [("19 October", "2025-10-19")]),
    # alone, or before another phrase: the night before the report, as before
    ("The vaccines arrived overnight.", [("overnight", "2025-10-23TNI")]),
    ("Stocks fell overnight in Tokyo.", [("overnight", "2025-10-23TNI")]),
])
def test_overnight_before_a_day_leaves_the_date_to_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(x.text, x.value) for x in temporal.tag(sentence, THU)] == expected
