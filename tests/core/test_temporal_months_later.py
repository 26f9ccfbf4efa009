""""Twelve months later", "eighteen months later" count from the month the narrative is at ("opened an inquiry in
April 2016 and reported twelve months later": April 2017), as "a decade later" counts from its year, not from the
publication; a full day in focus counts from that day as before."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import temporal

PUBLISHED = dt.date(2025, 9, 17)


@pytest.mark.parametrize("text, phrase, value", [
    ("The regulator opened a formal inquiry in April 2016 and published its findings twelve months later.",
     "twelve months later", "2017-04"),
    ("In March 2019 the plant closed. Eighteen months later, it reopened under new owners.",
     "Eighteen months later", "2020-09"),
    ("The union first struck in October 2021; three months later the company gave in.", "three months later",
     "2022-01"),
    # a full day in focus: from that day, as before
    ("The firm was sold on June 3, 2010, and two months later it was split up.", "two months later", "2010-08"),
    # no month in focus: from the publication
    ("The mayor says work will resume six months later.", "six months later", "2026-03"),
])
def test_months_later_count_from_the_month_in_focus(text: str, phrase: str, value: str) -> None:
    assert [x.value for x in temporal.tag(text, PUBLISHED) if x.text == phrase] == [value]
