"""A date does not run on across a line break without a comma: a headline's weekday ("Minister resigns on Friday")
and the dateline under it ("May 3, 2025") are two expressions, as are a month ending a line and a day opening the
next paragraph. With a comma the date may wrap at the margin ("on Friday,\nMay 2, 2025")."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag
from tests.core.title_helpers import article_title


@pytest.mark.parametrize("text, expressions", [
    ("Ferry captain resigns on Friday\n\nMay 3, 2025\n\nHe gave no reason.", ["Friday", "May 3, 2025"]),
    ("Ferry captain resigns on Friday\nMay 3, 2025\n\nHe gave no reason.", ["Friday", "May 3, 2025"]),
    ("The pool reopens in March\n\n3 May 2025\n\nRepairs went well.", ["March", "3 May 2025"]),
    # left alone: one line, or a comma before the line break
    ("The captain resigned on Friday May 2, 2025, the ferry firm said.", ["Friday May 2, 2025"]),
    ("The captain resigned on Friday,\nMay 2, 2025, the ferry firm said.", ["Friday,\nMay 2, 2025"]),
])
def test_a_date_does_not_cross_a_bare_line_break(text: str, expressions: list[str]) -> None:
    assert [t.text for t in tag(text, dt.date(2025, 5, 3))] == expressions


def test_a_headlines_weekday_dates_its_event() -> None:
    text = "Ferry captain resigns on Friday\n\nMay 3, 2025\n\nHe gave no reason."
    assert article_title(text, "Friday") == "Ferry captain resigns"
