"""A year that heads a chronology's line, set off from the entry by a colon or a dash ("1996: X joins Newcastle",
"2001 — X joins Madrid", "• 1989 - The wall falls"), is the entry's date (`temporal._chronology_entry_year`) when
two or more such lines make a run; a number so placed that counts something, a line alone, a live blog's times
("1430: Police say", 14:30) or a year inside a line is not read so."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import temporal

PUBLISHED = dt.date(2024, 10, 2)


@pytest.mark.parametrize("text, phrase, values", [
    ("Key dates\n1987: The company is founded in a garage.\n1994: It lists its shares.", "1987", ["1987"]),
    ("Milestones\n1975 – The first store opens in Lyon.\n\n1982 – A second opens.", "1975", ["1975"]),
    ("History\n2003 — A fire destroys the roof.\n2006 — The hall reopens.", "2006", ["2006"]),
    ("Timeline\n• 1961 - Construction of the wall begins.\n• 1989 - The wall falls.", "1961", ["1961"]),
    ("Timeline\n- 1999: The euro is launched.\n- 2002: Its coins follow.", "1999", ["1999"]),
    # a run whose other lines are headed by a month or a day
    ("Milestones\nMay 2010: The line opens.\n2014 – It reaches the port.\n3 June 2018 - A branch opens.", "2014",
     ["2014"]),
    # headings that all read as times of day, but years of recent decades or ones the article names elsewhere
    ("Timeline\n2010: The plant opens.\n2015: It doubles its output.", "2015", ["2015"]),
    ("Timeline\n1914: War breaks out.\n1939: War again.\nThe town was founded in 1850.", "1939", ["1939"]),
    # what is no chronology's entry
    ("Results\n1500: the number of seats in the hall.", "1500", []),
    ("The scores were level at half time, 2 – 2, and 1998 – 2 ended it.", "1998", []),
    ("Sales reached 2010 units in May.", "2010", []),
    # one line alone: as often a count set off by a dash
    ("Scores\n1850 - The number of fans who left early, the club said.", "1850", []),
    ("Key dates\n1987: The company is founded in a garage.", "1987", []),
    # a live blog's times of day (14:30, 15:02, 18:30), far from the years the article names: times on the day in
    # focus (`temporal._stamp`), no years
    ("Live updates\n1430: Officers close the bridge.\n1502 - The river keeps rising.\n1830: The road reopens.",
     "1502", [f"{PUBLISHED.isoformat()}T15:02"]),
    ("Live\n1115: The minister lands.\n1240 - She meets the mayor.", "1115", [f"{PUBLISHED.isoformat()}T11:15"]),
    # a time of day after the publication year
    ("Live\n2040: The polls close.\n2055: The first result comes in.", "2040", [f"{PUBLISHED.isoformat()}T20:40"]),
])
def test_a_year_heading_a_line_dates_its_entry(text: str, phrase: str, values: list[str]) -> None:
    assert [x.value for x in temporal.tag(text, PUBLISHED) if x.text == phrase] == values
