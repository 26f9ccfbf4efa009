"""A day of the month with no month after a preposition ("on the 12th", "by the 30th") is that day of the
publication's month, or of the month before when the day is still to come and the clause tells the past, or of the
month after when it is past and the clause tells the future (`temporal._h_dayofmonth`); an ordinal of a noun ("on the
12th floor") is no date."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import temporal
from timeline_app.core.pipeline import build_timeline

D = dt.date
PUBLISHED = D(2024, 7, 18)


@pytest.mark.parametrize("sentence, phrase, value", [
    ("The mayor resigned on the 9th after a row over parking.", "the 9th", "2024-07-09"),
    ("A survey released on the 2nd showed support falling.", "the 2nd", "2024-07-02"),
    # still to come this month in a past clause: last month's
    ("The bridge was closed on the 25th, and traffic has crawled since.", "the 25th", "2024-06-25"),
    ("Rents have climbed since the 21st, the council said.", "the 21st", "2024-06-21"),
    # a future clause: this month's when still to come, next month's when past
    ("The panel will report by the 31st.", "the 31st", "2024-07-31"),
    ("The museum will reopen on the 4th.", "the 4th", "2024-08-04"),
    ("Talks will resume on the 22nd, both sides said.", "the 22nd", "2024-07-22"),
    # ordinals of nouns, and other forms with their own rules
    ("The fire started on the 14th floor of the tower.", None, None),
    ("She putted out on the 18th green.", None, None),
    ("Voters went to the polls for the 3rd time.", None, None),
    ("The 11th seed lost in straight sets.", None, None),
    ("It closed on the 5th of last month.", "the 5th of last month", "2024-06-05"),
    ("The band played on the 4th of July.", "the 4th of July", "2024-07-04"),
])
def test_a_bare_day_of_the_month(sentence: str, phrase: str | None, value: str | None) -> None:
    found = [(x.text, x.value) for x in temporal.tag(sentence, PUBLISHED)]
    assert found == ([] if phrase is None else [(phrase, value)])


def test_the_event_is_on_that_day(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Harbour news\n\nThursday, July 18, 2024\n\nA cargo ship ran aground near the "
                                    "lighthouse on the 9th, the coastguard said.\n", encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    assert [(e.first, e.last) for e in events if "aground" in e.title.lower()] == [(D(2024, 7, 9), D(2024, 7, 9))]
