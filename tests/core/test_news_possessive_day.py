"""A page that prints no date takes the day its lead's weekday is written out for (`core/story_day.py`); a weekday's
possessive in a later sentence ("Tuesday's earthquake killed 40 people") that names none of the words of a lead
already telling its own happening as done ("Rescuers pulled 14 survivors ...") sums up an earlier happening: its
Tuesday is not the page's day, and the report's own happenings are not put on it
(`story_day._summary_of_another_happening`). When the lead tells the same happening ("An earthquake struck ..."),
its day is still the page's. The articles are invented (fixtures/newsday/possessive_day/<story>/)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline_app.core.documents import load_document
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "newsday" / "possessive_day"
TUESDAY = dt.date(2016, 3, 8)


def test_a_later_possessive_weekday_does_not_date_a_page_whose_lead_tells_its_own_news() -> None:
    assert load_document(FIXTURES / "rescue" / "article.txt").published != TUESDAY
    # (the rescue is no happening of Tuesday's: only the quake, which its "collapsed buildings" may mention, is)
    timeline = build_timeline([FIXTURES / "rescue"], cache=False)
    assert not [e.title for e in timeline.events if e.first == TUESDAY and e.title.startswith("Rescuers")]


def test_a_possessive_weekday_of_the_leads_own_happening_still_dates_the_page() -> None:
    assert load_document(FIXTURES / "same_quake" / "article.txt").published == TUESDAY
