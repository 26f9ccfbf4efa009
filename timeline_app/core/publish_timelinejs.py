"""TimelineJS3 JSON: a file a newsroom publishes with TimelineJS (timeline.knightlab.com/docs/json-format.html).

The documented structure: an object with `events` (required, a list of slides) and an optional `title`
slide. A slide has `start_date` (required except for the title slide), `end_date`, `text` (`headline`,
`text`: HTML), `group` (events with the same group share rows, labelled at the left) and `display_date`;
TimelineJS also reads a slide's `unique_id` (the id in its URL hash). A date object has `year`
(required, a number) and optional `month` (1–12), `day`, … and `display_date`.

TimelineJS puts `headline`, `text` and `group` into the page as HTML, so every piece of article text is
HTML-escaped here: a title like "<img src=x onerror=…>" shows as those characters.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from html import escape
from typing import Any

from timeline_app.core.export import to_json
from timeline_app.core.model import Event, Precision, Timeline
from timeline_app.core.publish_common import (
    ExportError, ExportOptions, Passage, clean_text, dating_note, event_date_text, group_label, html_citation, one_line,
    passages, report_title, selected_timeline, source_citation, with_progress)

# How much of a date TimelineJS is told, by precision: a year is only a year (TimelineJS then shows "2000",
# not "January 1, 2000"), a month a year and month.
_DATE_FIELDS: dict[Precision, tuple[str, ...]] = {
    Precision.DAY: ("year", "month", "day"),
    Precision.WEEK: ("year", "month", "day"),
    Precision.MONTH: ("year", "month"),
    Precision.SEASON: ("year", "month"),
    Precision.QUARTER: ("year", "month"),
    Precision.HALF: ("year", "month"),
    Precision.YEAR: ("year",),
    Precision.DECADE: ("year",),
    Precision.CENTURY: ("year",),
}


def date_object(day: dt.date, precision: Precision) -> dict[str, int]:
    """A TimelineJS date object holding the fields the precision knows: {"year": 2024, "month": 6}."""
    return {name: getattr(day, name) for name in _DATE_FIELDS[precision]}


def timelinejs_bytes(timeline: Timeline, options: ExportOptions) -> bytes:
    """The TimelineJS3 document for the events `options` choose, with a title slide naming the sources, as
    indented JSON made a slide at a time: the whole document of 100,000 slides and its indented text at once
    took 550 MB."""
    chosen = selected_timeline(timeline, options)
    if not chosen.events:
        raise ExportError("TimelineJS needs at least one event, and none is chosen")
    taken: set[str] = set()
    # json.dumps(indent=2) of {"title": …, "events": […]}: each value indented as deep as it sits (a JSON
    # string holds no raw line break, so every "\n" in a value's text is one of its own lines).
    parts = [f'{{\n  "title": {_indented(_title_slide(chosen), 2)},\n  "events": ['.encode("utf-8")]
    for k, event in enumerate(with_progress(chosen.events, options)):
        slide = _indented(_slide(chosen, event, options, taken), 4)
        parts.append(f'{"," if k else ""}\n    {slide}'.encode("utf-8"))
    parts.append(b"\n  ]\n}\n")
    return b"".join(parts)


def timelinejs_dict(timeline: Timeline, options: ExportOptions) -> dict[str, Any]:
    """The document `timelinejs_bytes` writes, read back: what a reader of the file gets."""
    return json.loads(timelinejs_bytes(timeline, options))


def _indented(value: Any, depth: int) -> str:
    return to_json(value).replace("\n", "\n" + " " * depth)


def _slide(timeline: Timeline, event: Event, options: ExportOptions, taken: set[str]) -> dict[str, Any]:
    slide: dict[str, Any] = {"start_date": date_object(event.first, event.precision)}
    end = date_object(event.last, event.precision)
    if end != slide["start_date"]:  # TimelineJS drops an end date equal to the start as redundant
        slide["end_date"] = end
    headline = escape(one_line(event.title))
    slide["text"] = {"headline": ("★ " + headline) if event.starred else headline,
                     "text": _slide_text(timeline, event)}
    slide["group"] = escape(group_label(timeline, event, options.group_by))
    slide["display_date"] = escape(event_date_text(event))
    slide["unique_id"] = _unique_id(event.id, taken)
    return slide


def _slide_text(timeline: Timeline, event: Event) -> str:
    parts: list[str] = []
    if event.note.strip():
        parts.append(f"<p><strong>Note:</strong> {_lines(event.note)}</p>")
    if dating_note(event):
        parts.append(f"<p><em>{escape(dating_note(event))}</em></p>")
    parts.extend(_passage_html(p) for p in passages(timeline, event))
    return "".join(parts)


def _passage_html(p: Passage) -> str:
    quote = f"{escape(p.before)}<strong>{escape(p.phrase)}</strong>{escape(p.after)}"
    source = html_citation(p)
    return f"<blockquote>“{quote}”</blockquote><p>— {source}</p>"


def _lines(text: str) -> str:
    """A user's note as HTML, its line breaks kept."""
    return "<br>".join(escape(line.strip()) for line in clean_text(text).strip().split("\n"))


def _title_slide(timeline: Timeline) -> dict[str, Any]:
    sources = "".join(f"<li>{escape(source_citation(timeline, d.id))}</li>" for d in timeline.documents)
    count = len(timeline.events)
    text = f"<p>{count} event{'s' if count != 1 else ''} from these sources:</p><ul>{sources}</ul>"
    return {"text": {"headline": escape(report_title(timeline)), "text": text}}


_NOT_ID = re.compile(r"[^a-z0-9-]+")


def _unique_id(event_id: str, taken: set[str]) -> str:
    """The event's id as TimelineJS keeps ids (lower-case letters, digits, hyphens), unique in the file."""
    base = _NOT_ID.sub("-", event_id.lower()).strip("-") or "event"
    if base[0].isdigit():
        base = "e-" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
