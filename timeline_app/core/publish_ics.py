"""iCalendar (RFC 5545) through the `icalendar` package: one all-day VEVENT per event.

DTSTART;VALUE=DATE is the event's first day and DTEND its last day + 1 (RFC 5545 makes DTEND exclusive),
so a year-precision event spans its year. UID is the event's id (stable when the same articles are read
again), so a calendar that imports the file twice updates its entries instead of doubling them.
SUMMARY is the title, DESCRIPTION the note and the quoted passages with their sources, and a key event
carries the category "Key event".
"""
from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

from timeline_app.core.model import Event, Timeline
from timeline_app.core.publish_common import (
    ExportOptions, clean_text, dating_note, event_date_text, one_line, passages, report_title, selected_timeline)

PRODID = "-//timeline-app//Chronology export//EN"
UID_DOMAIN = "timeline-app"
KEY_EVENT = "Key event"


def ics_bytes(timeline: Timeline, options: ExportOptions, *, stamp: dt.datetime | None = None) -> bytes:
    """The calendar as bytes (UTF-8, CRLF lines folded at 75 octets by icalendar).

    `stamp` is every VEVENT's DTSTAMP (when this calendar was made): now, unless a caller wants the same
    bytes twice (tests)."""
    import icalendar  # imported when used: the rest of the core does not need it

    chosen = selected_timeline(timeline, options)
    stamp = (stamp or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", report_title(chosen))  # the name calendar apps show for an import
    for event in chosen.events:
        calendar.add_component(_vevent(icalendar, chosen, event, stamp))
    return calendar.to_ical()


def _vevent(icalendar: ModuleType, timeline: Timeline, event: Event, stamp: dt.datetime) -> Any:
    vevent = icalendar.Event()
    vevent.add("uid", f"{event.id}@{UID_DOMAIN}")
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.first)  # a date, not a datetime: VALUE=DATE, an all-day event
    vevent.add("dtend", event.last + dt.timedelta(days=1))
    vevent.add("summary", one_line(event.title))
    vevent.add("description", description(timeline, event))
    vevent.add("transp", "TRANSPARENT")  # a past happening does not make anyone busy
    if event.starred:
        vevent.add("categories", [KEY_EVENT])
    return vevent


def description(timeline: Timeline, event: Event) -> str:
    """Plain text: the date as a reader says it, the user's note, how the date was found, and each
    passage in quotation marks with its source."""
    lines = [event_date_text(event)]
    if event.note.strip():
        lines += ["", "Note: " + clean_text(event.note).strip()]
    if dating_note(event):
        lines += ["", dating_note(event)]
    for p in passages(timeline, event):
        source = p.source_title + (f" ({p.published})" if p.published else "")
        lines += ["", f"“{p.sentence}”", f"— {source}"]
    return "\n".join(lines)
