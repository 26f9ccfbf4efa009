"""Articles of other kinds than diplomacy: an obituary, a sports report (Markdown), company results."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.model import Event, Precision
from timeline_app.core.pipeline import build_timeline

GENRES = Path(__file__).parent / "fixtures" / "genres"


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    timeline = build_timeline([GENRES])
    assert not timeline.problems
    out: dict[str, list[Event]] = {}
    for e in timeline.events:
        out.setdefault(e.mentions[0].document, []).append(e)
    return out


def _find(events: list[Event], first: dt.date, last: dt.date | None = None) -> Event:
    matches = [e for e in events if e.first == first and (last is None or e.last == last)]
    assert len(matches) == 1, [(e.first, e.title) for e in events]
    return matches[0]


def test_obituary_life_events(events) -> None:
    obit = events["obituary"]
    death = _find(obit, dt.date(2023, 3, 4))  # "died on Saturday", published Monday 6 March 2023
    assert death.kind == "death" and death.title == "Maria Lopez dies at her home in Boston" and death.inferred
    assert _find(obit, dt.date(1936, 1, 1)).title == "Ms. Lopez born in Seville"
    assert _find(obit, dt.date(1961, 1, 1)).title.startswith("Ms. Lopez moves to the United States")
    assert "Lopez Robotics" in _find(obit, dt.date(1978, 1, 1)).title
    retired = _find(obit, dt.date(2004, 1, 1))
    # ("... until she retired in 2004", after "Ms. Lopez moved to the United States in 1961 to study at the
    # Massachusetts Institute of Technology": the institute, in a preposition's phrase, is no other person)
    assert retired.kind == "resignation" and retired.title == "Maria Lopez retires"
    assert _find(obit, dt.date(1990, 1, 1), dt.date(1999, 12, 31)).precision == Precision.DECADE
    assert _find(obit, dt.date(2023, 3, 18)).title == "A memorial service will be held"


def test_sports_report_from_markdown(events) -> None:
    sports = events["sports"]
    assert _find(sports, dt.date(2022, 8, 14)).title == "The Falcons win the national championship"
    earlier = _find(sports, dt.date(1994, 1, 1))
    assert earlier.inferred and earlier.title == "The club's previous title"
    assert _find(sports, dt.date(2020, 1, 1)).title == "Reed was hired as coach"
    assert all(e.first.year != 2000 for e in sports)  # "The 2,000 tickets" is a number


def test_company_results(events) -> None:
    acme = events["business"]
    assert _find(acme, dt.date(1952, 1, 1)).title == "The company founded"
    quarter = _find(acme, dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    # "the third quarter" and "the quarter" in the next sentence are the same quarter's results.
    assert quarter.precision == Precision.QUARTER and {m.text for m in quarter.mentions} == {
        "the third quarter", "the quarter"}
    # Titled by the lead's words (the article's news), not by the shorter sales figure of the next sentence.
    assert quarter.title.startswith(("Acme Corp.'s profit rises 12% from a year earlier",
                                     "Acme Corp.’s profit rises 12% from a year earlier"))
    assert _find(acme, dt.date(2024, 10, 23)).title == "Shares of Acme rise 4% in trading"
    plant = _find(acme, dt.date(2025, 1, 1))
    assert plant.title.startswith("Acme plans to open a new plant in Ohio")
    assert all("subscribe" not in e.sentence for e in acme)
