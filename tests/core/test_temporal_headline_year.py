"""A headline has no full stop: a bare year after "to" that ends its line (a paragraph's end) ends the phrase as a
full stop would ("Mission delays launch to 2026"), when the year is near the text's own date; a count after "to"
("Death toll rises to 1500") and a line that goes on are no year."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag
from tests.core.title_helpers import article_title

_PUBLISHED = dt.date(2025, 5, 3)


@pytest.mark.parametrize("text, years", [
    ("Ferry service delays new route to 2027\n\nMay 3, 2025\n\nThe operator gave no reason.", ["2027"]),
    ("Stadium opening slips to 2026\n\nThe club blamed the builders.", ["2026"]),
    ("Council pushes library closure back to 2024\n\nIt had been due in March.", ["2024"]),
    # left alone: a year far from the text's date reads as a count; a line that goes on; a year-like count
    ("Death toll rises to 1500\n\nRescuers are still searching.", []),
    ("Ferry service delays new route to 2027\nboats of the old fleet.", []),
    ("Sales rose to 2026 units last month.", []),
])
def test_a_year_ending_a_headline_after_to(text: str, years: list[str]) -> None:
    found = [t.text for t in tag(text, _PUBLISHED) if t.text.isdigit()]
    assert found == years


def test_a_headlines_goal_year_dates_an_event() -> None:
    text = "Mission delays lunar launch to 2026\n\nMay 3, 2025\n\nEngineers found a fault in the engine."
    assert article_title(text, "2026") == "Mission delays lunar launch"
