"""The exports of issue 9: the events as the user sees them, in the formats people hand them on in.

`FORMATS` maps a key to an `ExportFormat` whose `write(timeline, options)` returns the file's bytes:

- "csv", "json": the `extract` contract (core/export.py, unchanged for `extract`) plus each event's
  `note`, `starred` and `edited`;
- "timelinejs": TimelineJS3 JSON (core/publish_timelinejs.py);
- "ics": iCalendar, all-day events (core/publish_ics.py);
- "markdown", "html": the chronology report (core/publish_report.py).

A `write` raises `ExportError` (a ValueError with a message for a person) when the file cannot be made
as asked. Pure: no Qt, no project; the PNG/SVG/PDF images are drawn by ui/render.py.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timeline_app.core.export import timeline_csv_chunks, timeline_json_chunks
from timeline_app.core.model import Event, Timeline
from timeline_app.core.publish_common import (
    GROUP_BY, ExportError, ExportOptions, Passage, passages, select_events, selected_timeline, with_progress)
from timeline_app.core.publish_ics import ics_bytes
from timeline_app.core.publish_report import html_bytes, markdown_bytes
from timeline_app.core.publish_timelinejs import timelinejs_bytes

__all__ = ["FORMATS", "GROUP_BY", "ExportError", "ExportFormat", "ExportOptions", "Passage", "passages",
           "select_events", "selected_timeline", "format_for_suffix"]


@dataclass(frozen=True)
class ExportFormat:
    key: str
    label: str  # for a file dialog's filter: "iCalendar (*.ics)" is label + suffix
    suffix: str  # ".ics"
    write: Callable[[Timeline, ExportOptions], bytes]


# What the user made of each event, after the contract's fields.
USER_FIELDS: tuple[tuple[str, Callable[[Event], Any]], ...] = (
    ("note", lambda e: e.note), ("starred", lambda e: e.starred), ("edited", lambda e: e.edited))


def csv_bytes(timeline: Timeline, options: ExportOptions) -> bytes:
    """The `extract` CSV (one row per mention) with note, starred and edited columns after its own."""
    chosen = selected_timeline(timeline, options)
    chunks = timeline_csv_chunks(chosen, USER_FIELDS, events=with_progress(chosen.events, options))
    return b"".join(chunk.encode("utf-8") for chunk in chunks)


def json_bytes(timeline: Timeline, options: ExportOptions) -> bytes:
    """The `extract` JSON with each event's note, starred and edited after its own fields, made an event at a
    time (`timeline_json_chunks`): the whole dict of 100,000 events and its indented text at once took 700 MB."""
    chosen = selected_timeline(timeline, options)
    chunks = timeline_json_chunks(chosen, USER_FIELDS, events=with_progress(chosen.events, options))
    return b"".join(chunk.encode("utf-8") for chunk in chunks) + b"\n"


FORMATS: dict[str, ExportFormat] = {f.key: f for f in (
    ExportFormat("csv", "CSV, one row per passage", ".csv", csv_bytes),
    ExportFormat("json", "JSON", ".json", json_bytes),
    ExportFormat("timelinejs", "TimelineJS", ".json", timelinejs_bytes),
    ExportFormat("ics", "iCalendar", ".ics", ics_bytes),
    ExportFormat("markdown", "Chronology report, Markdown", ".md", markdown_bytes),
    ExportFormat("html", "Chronology report, HTML", ".html", html_bytes),
)}


def format_for_suffix(suffix: str) -> ExportFormat | None:
    """The format a file name's suffix stands for (".ics", ".md", ".htm"...); ".json" is the `extract`
    JSON, TimelineJS being asked for by name."""
    suffix = suffix.lower()
    aliases = {".htm": "html", ".markdown": "markdown", ".ical": "ics", ".ifb": "ics"}
    if suffix in aliases:
        return FORMATS[aliases[suffix]]
    return next((f for f in FORMATS.values() if f.suffix == suffix), None)
