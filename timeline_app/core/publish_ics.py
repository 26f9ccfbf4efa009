"""iCalendar (RFC 5545): one all-day VEVENT per event, written here as text.

DTSTART;VALUE=DATE is the event's first day and DTEND its last day + 1 (RFC 5545 makes DTEND exclusive),
so a year-precision event spans its year. UID is the event's id (stable when the same articles are read
again), so a calendar that imports the file twice updates its entries instead of doubling them.
SUMMARY is the title, DESCRIPTION the note and the quoted passages with their sources, and a key event
carries the category "Key event".

Why not the `icalendar` package (which wrote this file before): it builds an object per property
and folds each line a character at a time in Python, 1,700 events/s, too slow for a newsroom archive of
100,000 events (a minute). The calendar we write is small - a fixed set of properties, all-day dates, TEXT
values - so the two rules it needs are written and tested here: TEXT escaping (`escape_text`) and line
folding (`fold_line`). The lines, their order and their folding are the ones icalendar wrote, so the file is
the same bytes for the same timeline, but for two things: the rare fold `fold_line` documents, and
X-WR-CALNAME, which icalendar wrote unescaped (a "\\n" in a source's title then read as a line break) and
which is escaped here as the TEXT that RFC 5545 (3.8.8.2) makes every non-standard property. icalendar stays a
test dependency: the tests parse every export back with it, as a calendar program would read it.
"""
from __future__ import annotations

import datetime as dt

from timeline_app.core.model import Event, Timeline
from timeline_app.core.publish_common import (
    ExportOptions, clean_text, dating_note, event_date_text, one_line, passages, report_title, selected_timeline,
    with_progress)

PRODID = "-//timeline-app//Chronology export//EN"
UID_DOMAIN = "timeline-app"
KEY_EVENT = "Key event"

# RFC 5545 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break"; a folded line
# goes on after CRLF and one space. 74 octets of the content line on each physical line keeps every one,
# leading space included, within 75 (icalendar's choice too, so the files are as they were).
FOLD_OCTETS = 74
FOLD = b"\r\n "
CRLF = b"\r\n"


def escape_text(text: str) -> str:
    r"""`text` as an RFC 5545 TEXT value (3.3.11): "\" as "\\", ";" as "\;", "," as "\,", and each line
    break (CRLF, a lone CR or LF) as "\n"; other control characters but tab are dropped (TSAFE-CHAR excludes
    them), and a lone surrogate (an undecodable file name's byte) is shown as "\xe9", as in the other
    exports, since it cannot be written as UTF-8: `clean_text` does both, and makes every line break "\n".
    A ":" or '"' needs no escape in a value."""
    # The backslash first, so that the escapes added after it are not escaped again.
    return (clean_text(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold_line(line: str) -> bytes:
    r"""One content line (no line break in it) as UTF-8, folded (RFC 5545 3.1): after every 74 octets a CRLF
    and a space, so that no physical line is longer than 75 octets. A fold never splits a character's UTF-8
    sequence (it comes before the character), nor an escape such as "\," or "\\" (it comes before the
    backslash), so that a reader that unfolds carelessly still reads the value right.

    icalendar also moved a line-ending "^" (RFC 6868 escapes parameters, not values) and the second
    backslash of "\\" to the next line; here those stay, the only way these files differ from its."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return data
    pieces: list[bytes] = []
    start, end = 0, len(data)
    while end - start > FOLD_OCTETS:
        cut = start + FOLD_OCTETS
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character instead
            cut -= 1
        # Every backslash of an escaped value opens an escape or is the second of "\\": after a run of an
        # odd number of them, the cut would fall inside an escape. (Runs start at `start` at the latest:
        # no earlier cut split one.)
        run = cut
        while run > start and data[run - 1] == 0x5C:
            run -= 1
        if (cut - run) % 2:
            cut -= 1
        pieces.append(data[start:cut])
        start = cut
    pieces.append(data[start:])
    return FOLD.join(pieces)


def content_line(name: str, value: str) -> bytes:
    """`NAME:value` folded and ended by CRLF; `value` as it goes in the file (escape TEXT first)."""
    return fold_line(f"{name}:{value}") + CRLF


# The lines that are the same in every calendar, made once (CATEGORIES comes with every key event).
PRODID_LINE = content_line("PRODID", escape_text(PRODID))
KEY_EVENT_LINE = content_line("CATEGORIES", escape_text(KEY_EVENT))


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"  # RFC 5545 3.3.4 DATE: YYYYMMDD


def ics_bytes(timeline: Timeline, options: ExportOptions, *, stamp: dt.datetime | None = None) -> bytes:
    """The calendar as bytes (UTF-8, CRLF lines folded at 75 octets).

    `stamp` is every VEVENT's DTSTAMP (when this calendar was made): now, unless a caller wants the same
    bytes twice (tests)."""
    chosen = selected_timeline(timeline, options)
    stamp = (stamp or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    dtstamp = f"DTSTAMP:{stamp:%Y%m%dT%H%M%S}Z\r\n".encode("ascii")  # 3.3.5: a UTC date-time, whole seconds
    out = [b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", PRODID_LINE,
           # the name calendar apps show for an import
           content_line("X-WR-CALNAME", escape_text(report_title(chosen)))]
    for event in with_progress(chosen.events, options):
        out.append(_vevent(chosen, event, dtstamp))
    out.append(b"END:VCALENDAR\r\n")
    return b"".join(out)


def _vevent(timeline: Timeline, event: Event, dtstamp: bytes) -> bytes:
    """One VEVENT, its properties in the order icalendar wrote them."""
    lines = [b"BEGIN:VEVENT\r\n", content_line("SUMMARY", escape_text(one_line(event.title))),
             f"DTSTART;VALUE=DATE:{_date(event.first)}\r\n".encode("ascii"),  # a date: an all-day event
             f"DTEND;VALUE=DATE:{_date(event.last + dt.timedelta(days=1))}\r\n".encode("ascii"),
             dtstamp, content_line("UID", escape_text(f"{event.id}@{UID_DOMAIN}"))]
    if event.starred:
        lines.append(KEY_EVENT_LINE)
    lines.append(content_line("DESCRIPTION", escape_text(description(timeline, event))))
    lines.append(b"TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n")  # a past happening does not make anyone busy
    return b"".join(lines)


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
