"""A live blog heads its lines with times of day ("1430: Police say...", "14:30 - Crews arrive", "0945 GMT: Winds
reach 90mph"): each is a time on the day in focus. Four digits alone are read so only in a run of such headings that
are not all plausible years: a chronology's "1998: ... 2015: ..." lines stay years, a lone "2000 - The number of
fans" no date. Invented texts, published Thursday 2024-06-20."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

THURSDAY = dt.date(2024, 6, 20)
HEAD = "Live: storm hits the coast\n\nThursday, June 20, 2024\n\n"


def _values(body: str) -> list[tuple[str, str]]:
    text = HEAD + body
    return [(t.text, t.value) for t in tag(text, THURSDAY) if t.start >= len(HEAD)]


@pytest.mark.parametrize("body, expected", [
    ("1430: Police say the coast road is closed.\n\n1512: The first ferry was cancelled.\n",
     [("1430", "2024-06-20T14:30"), ("1512", "2024-06-20T15:12")]),
    ("0915 - Gales close the harbour.\n\n0940 - Two trawlers turn back.\n\n1005 - The coastguard is called.\n",
     [("0915", "2024-06-20T09:15"), ("0940", "2024-06-20T09:40"), ("1005", "2024-06-20T10:05")]),
    ("14:30 - Crews arrive at the sea wall.\n", [("14:30", "2024-06-20T14:30")]),
    ("0945 GMT: Winds reach 90mph at the point.\n", [("0945", "2024-06-20T09:45")]),
    # a chronology's years, and a lone count: as before
    ("1998: The firm is founded in a garage.\n\n2003: It lists in London.\n\n2015: A rival buys it.\n",
     [("1998", "1998"), ("2003", "2003"), ("2015", "2015")]),
    ("2000 - The number of fans who came to the final.\n", []),
    ("Police said 1430 people were moved.\n", []),
])
def test_a_time_heading_a_live_blogs_line_is_a_time_of_the_day(body: str, expected: list[tuple[str, str]]) -> None:
    assert _values(body) == expected
