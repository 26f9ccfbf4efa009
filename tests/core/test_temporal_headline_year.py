"""A bare year after "to" that ends a headline is no date of the headline's act: "Space agency delays moon mission to
2030" names the mission's goal, while the delay is the day's news, and "Death toll rises to 2028" is a count. (A
year after "to" is a date only before a noun that makes it one, as in the text: "Sales rose to 2026 units" is none.)"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.temporal import tag

_PUBLISHED = dt.date(2025, 5, 3)


@pytest.mark.parametrize("text, years", [
    ("Space agency delays moon mission to 2030\n\nMay 3, 2025\n\nEngineers found a fault.", []),
    ("Stadium opening slips to 2026\n\nThe club blamed the builders.", []),
    ("Death toll rises to 2028\n\nRescuers are still searching.", []),
    ("Ferry service delays new route to 2027\nboats of the old fleet.", []),
    ("Sales rose to 2026 units last month.", []),
    # left alone: a year with its own preposition of time
    ("Stadium will open in 2026\n\nThe club blamed the builders.", ["2026"]),
])
def test_a_year_ending_a_headline_after_to(text: str, years: list[str]) -> None:
    found = [t.text for t in tag(text, _PUBLISHED) if t.text.isdigit()]
    assert found == years


@pytest.mark.parametrize("text, goal", [
    ("Space agency delays moon mission to 2030\n\nMay 3, 2025\n\nEngineers found a fault in the lander.", "2030"),
    ("Death toll rises to 2028\n\nMay 3, 2025\n\nRescuers are still searching the tower.", "2028"),
])
def test_a_headlines_goal_year_dates_no_event(text: str, goal: str) -> None:
    doc = document_from_text(text, id="t")
    assert not [c.title for c in extract_mentions(doc) if doc.text[c.mention.start:c.mention.end] == goal]
