"""A day of a month named relative to the publication day ("on the 14th of last month") is that day, not the whole
month (`temporal._h_dayofrelmonth`)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import temporal
from timeline_app.core.pipeline import build_timeline

D = dt.date
PUBLISHED = D(2026, 3, 11)


@pytest.mark.parametrize("sentence, phrase, value", [
    ("The ferry strike on the 3rd of last month stranded hundreds.", "the 3rd of last month", "2026-02-03"),
    ("Fares rose on the 1st of this month.", "the 1st of this month", "2026-03-01"),
    ("The line reopens on the 22nd of next month.", "the 22nd of next month", "2026-04-22"),
    ("Bids close on the 30th of next month.", "the 30th of next month", "2026-04-30"),
    ("He was paid on the 31st of last month.", "the 31st of last month", "2026-02-31"),  # no such day: not tagged
])
def test_the_day_of_a_relative_month(sentence: str, phrase: str, value: str) -> None:
    found = [x.value for x in temporal.tag(sentence, PUBLISHED) if x.text == phrase]
    assert found == ([] if value == "2026-02-31" else [value])


def test_the_event_is_on_that_day(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ferry news\n\nWednesday, March 11, 2026\n\nA walkout on the 3rd of last month "
                                    "stranded hundreds of passengers.\n", encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    assert [(e.first, e.last) for e in events if "walkout" in e.title.lower()] == [(D(2026, 2, 3), D(2026, 2, 3))]
