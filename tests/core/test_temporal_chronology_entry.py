"""A year that heads a chronology's line, set off from the entry by a colon or a dash ("1996: X joins Newcastle",
"2001 — X joins Madrid", "• 1989 - The wall falls"), is the entry's date (`temporal._chronology_entry_year`); a
number so placed that counts something, or a year inside a line, is not read so."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import temporal

PUBLISHED = dt.date(2024, 10, 2)


@pytest.mark.parametrize("text, phrase, values", [
    ("Key dates\n1987: The company is founded in a garage.", "1987", ["1987"]),
    ("Milestones\n1975 – The first store opens in Lyon.", "1975", ["1975"]),
    ("History\n2003 — A fire destroys the roof.\n2006 — The hall reopens.", "2006", ["2006"]),
    ("Timeline\n• 1961 - Construction of the wall begins.", "1961", ["1961"]),
    ("Timeline\n- 1999: The euro is launched.", "1999", ["1999"]),
    # what is no chronology's entry
    ("Results\n1500: the number of seats in the hall.", "1500", []),
    ("The scores were level at half time, 2 – 2, and 1998 – 2 ended it.", "1998", []),
    ("Sales reached 2010 units in May.", "2010", []),
])
def test_a_year_heading_a_line_dates_its_entry(text: str, phrase: str, values: list[str]) -> None:
    assert [x.value for x in temporal.tag(text, PUBLISHED) if x.text == phrase] == values
