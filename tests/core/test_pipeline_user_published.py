"""The publication date the user gives an article (`build_timeline(published=...)`, by text hash or file path):
a page that prints none is read on it, so its relative dates ("on Wednesday", "yesterday") resolve and its news
reaches the timeline; a page that prints one is read on the user's instead (a misread date corrected). Events
dated from it say so. The articles are invented (fixtures/user_published/)."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from timeline_app.core import analysis_cache
from timeline_app.core.edits import document_hash
from timeline_app.core.model import Event, Timeline
from timeline_app.core.pipeline import USER_DATE_NOTE, build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "user_published"
UNDATED = FIXTURES / "undated_page.txt"
PRINTED = FIXTURES / "printed_page.txt"


def _dated_by(timeline: Timeline, text: str) -> Event | None:
    found = [e for e in timeline.events if any(m.text == text for m in e.mentions)]
    assert len(found) <= 1
    return found[0] if found else None


def test_an_undated_page_has_no_lead_event_without_a_date() -> None:
    timeline = build_timeline([UNDATED], cache=False)
    assert timeline.documents[0].published is None
    assert _dated_by(timeline, "Wednesday") is None
    assert _dated_by(timeline, "yesterday") is None


@pytest.mark.parametrize("text, day", [
    ("Wednesday", dt.date(2025, 3, 12)),  # "struck a pier ... on Wednesday": the lead
    ("yesterday", dt.date(2025, 3, 13)),  # "Divers inspected the damaged pier yesterday"
])
@pytest.mark.parametrize("by", ["path", "hash"])
def test_the_users_date_dates_an_undated_pages_news(text: str, day: dt.date, by: str) -> None:
    from timeline_app.core.documents import load_paths

    key = str(UNDATED) if by == "path" else document_hash(load_paths([str(UNDATED)])[0][0])
    timeline = build_timeline([UNDATED], cache=False, published={key: dt.date(2025, 3, 14)})
    assert timeline.documents[0].published == dt.date(2025, 3, 14)
    event = _dated_by(timeline, text)
    assert event is not None
    assert (event.first, event.last) == (day, day)
    assert USER_DATE_NOTE in event.explanation
    # The window names documents by their texts' hashes: the timeline holds them.
    assert timeline.text_hashes == {d.id: document_hash(d) for d in timeline.documents}


def test_a_printed_date_stays_the_events_own() -> None:
    timeline = build_timeline([UNDATED], cache=False, published={str(UNDATED): dt.date(2025, 3, 14)})
    event = _dated_by(timeline, "May 1998")
    assert event is not None and USER_DATE_NOTE not in event.explanation


def test_the_users_date_overrides_the_printed_one() -> None:
    printed = build_timeline([PRINTED], cache=False)
    assert printed.documents[0].published == dt.date(2025, 6, 4)
    assert _dated_by(printed, "Tuesday").first == dt.date(2025, 6, 3)
    corrected = build_timeline([PRINTED], cache=False, published={str(PRINTED): dt.date(2025, 6, 11)})
    assert corrected.documents[0].published == dt.date(2025, 6, 11)
    event = _dated_by(corrected, "Tuesday")
    assert event.first == dt.date(2025, 6, 10)
    assert USER_DATE_NOTE in event.explanation


def test_a_key_naming_no_document_changes_nothing() -> None:
    plain = build_timeline([PRINTED], cache=False)
    other = build_timeline([PRINTED], cache=False, published={str(UNDATED): dt.date(2025, 6, 11)})
    assert other.events == plain.events and other.documents == plain.documents


def test_the_analysis_cache_keys_on_the_users_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # One cache for the three loads: the page's own reading, then two user dates; each gets its own entry
    # (a cached reading on another day would give the old days).
    monkeypatch.setenv(analysis_cache.ENVIRONMENT, str(tmp_path))
    days = []
    for day in (None, dt.date(2025, 6, 11), dt.date(2025, 6, 18), dt.date(2025, 6, 11)):
        timeline = build_timeline([PRINTED], cache=True, published={str(PRINTED): day} if day else None)
        days.append(_dated_by(timeline, "Tuesday").first)
    assert days == [dt.date(2025, 6, 3), dt.date(2025, 6, 10), dt.date(2025, 6, 17), dt.date(2025, 6, 10)]
    with sqlite3.connect(tmp_path / analysis_cache.FILE_NAME) as connection:
        assert connection.execute("SELECT COUNT(*) FROM analyses").fetchone()[0] == 3  # one per day read
