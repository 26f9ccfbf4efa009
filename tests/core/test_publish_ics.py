"""iCalendar: parsed back with the icalendar package, as a calendar program would read it."""
from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from tests.core.publish_cases import HOSTILE_NOTE, HOSTILE_TITLE, TIMELINES, edited, small
from timeline_app.core.model import Event, Mention, Precision, Timeline
from timeline_app.core.publish import FORMATS, ExportOptions, passages, select_events
from timeline_app.core.publish_ics import KEY_EVENT, ics_bytes

STAMP = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)


def _vevents(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    return list(calendar.walk("VEVENT"))


@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_every_event_is_an_all_day_vevent(name: str) -> None:
    timeline = TIMELINES[name]()
    events = select_events(timeline, ExportOptions())
    vevents = _vevents(FORMATS["ics"].write(timeline, ExportOptions()))
    assert len(vevents) == len(events)
    for vevent, event in zip(vevents, events):
        assert vevent["DTSTART"].params["VALUE"] == "DATE" and vevent["DTEND"].params["VALUE"] == "DATE"
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # not datetimes: all-day
        assert start == event.first and end == event.last + dt.timedelta(days=1)  # DTEND is exclusive
        assert str(vevent["SUMMARY"]) == " ".join(event.title.split())
        assert str(vevent["UID"]) == f"{event.id}@timeline-app"
        assert isinstance(vevent.decoded("DTSTAMP"), dt.datetime)
        description = str(vevent["DESCRIPTION"])
        for p in passages(timeline, event):
            assert f"“{p.sentence}”" in description and p.source_title in description
        categories = vevent.get("CATEGORIES")
        assert ([str(c) for c in categories.cats] if categories else []) == ([KEY_EVENT] if event.starred else [])
    assert len({str(v["UID"]) for v in vevents}) == len(vevents)


def test_lines_are_crlf_and_folded_at_75_octets() -> None:
    data = FORMATS["ics"].write(edited(), ExportOptions())
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75


def test_uids_are_stable_when_the_articles_are_read_again() -> None:
    first = [str(v["UID"]) for v in _vevents(ics_bytes(small(), ExportOptions(), stamp=STAMP))]
    again = [str(v["UID"]) for v in _vevents(ics_bytes(small(), ExportOptions(), stamp=STAMP))]
    assert first and first == again
    assert ics_bytes(small(), ExportOptions(), stamp=STAMP) == ics_bytes(small(), ExportOptions(), stamp=STAMP)


def test_the_users_note_and_markup_come_back_as_text() -> None:
    vevents = _vevents(ics_bytes(edited(), ExportOptions(), stamp=STAMP))
    (retitled,) = [v for v in vevents if str(v["SUMMARY"]).startswith("Edited")]
    assert str(retitled["SUMMARY"]) == HOSTILE_TITLE
    description = str(retitled["DESCRIPTION"])
    assert "Note: " + HOSTILE_NOTE.strip() in description
    assert retitled.decoded("DTSTAMP") == STAMP


def test_a_year_long_event_and_a_reported_one() -> None:
    mention = Mention("d", 0, 4, "2000", 0, 4, dated=False)
    year = Event("ev-y", "Year", dt.date(2000, 1, 1), dt.date(2000, 12, 31), Precision.YEAR, (mention,))
    reported = Event("ev-r", "Shares fell", dt.date(2013, 3, 22), dt.date(2013, 3, 22), Precision.DAY, (mention,),
                     reported=True, explanation="reported on 22 March 2013")
    vevents = _vevents(ics_bytes(Timeline(events=(year, reported)), ExportOptions(), stamp=STAMP))
    assert vevents[0].decoded("DTEND") == dt.date(2001, 1, 1)
    assert str(vevents[1]["DESCRIPTION"]).startswith("on or shortly before 22 March 2013\n\nHow the date was found:")
