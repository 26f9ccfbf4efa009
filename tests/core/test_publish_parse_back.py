"""The calendar (ICS) and TimelineJS exports of any timeline (hostile titles, sentences, paths; dates from 0001
to 9999) parse back: icalendar reads as many events as were written, with their titles and days; TimelineJS is
JSON with one slide per event whose texts are escaped HTML."""
from __future__ import annotations

import datetime as dt
import json

import icalendar
from hypothesis import assume, given, settings

from tests.core.test_loader_properties import timelines
from timeline_app.core.model import Timeline
from timeline_app.core.publish_common import ExportOptions
from timeline_app.core.publish_ics import ics_bytes
from timeline_app.core.publish_timelinejs import timelinejs_bytes


@settings(max_examples=80, deadline=None)
@given(timeline=timelines())
def test_ics_parses_back(timeline: Timeline) -> None:
    data = ics_bytes(timeline, ExportOptions(), stamp=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == len(timeline.events)
    for written in events:
        start = written.decoded("DTSTART")
        assert isinstance(start, dt.date) and dt.date(1, 1, 1) <= start <= dt.date(9999, 12, 31)
        assert "\r" not in str(written.get("SUMMARY"))


@settings(max_examples=80, deadline=None)
@given(timeline=timelines())
def test_timelinejs_parses_back(timeline: Timeline) -> None:
    assume(timeline.events)  # (TimelineJS needs an event: an empty timeline is an ExportError by design)
    data = json.loads(timelinejs_bytes(timeline, ExportOptions()).decode("utf-8"))
    assert len(data.get("events", [])) == len(timeline.events)
    for slide in data["events"]:
        assert 1 <= slide["start_date"]["year"] <= 9999
        assert "<" not in slide["text"]["headline"].replace("&lt;", "")
