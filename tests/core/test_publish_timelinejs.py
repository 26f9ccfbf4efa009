"""TimelineJS3 JSON, checked against the structure TimelineJS documents for its JSON format
(timeline.knightlab.com/docs/json-format.html, and what TimelineConfig.js reads), written down below."""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest

from tests.core.publish_cases import HOSTILE_TITLE, TIMELINES, edited, hostile, parse_html, seeds
from timeline_app.core.model import Event, Mention, Precision, Timeline
from timeline_app.core.publish import FORMATS, ExportError, ExportOptions, passages, select_events
from timeline_app.core.publish_common import one_line
from timeline_app.core.export import to_json
from timeline_app.core.publish_timelinejs import date_object, timelinejs_dict

# The documented structure: field -> (required, check of its value).
TIMELINE_FIELDS = {
    "events": (True, lambda v: isinstance(v, list) and v),  # a list of slides; TimelineJS refuses none
    "title": (False, lambda v: isinstance(v, dict)),  # a slide without dates
    "eras": (False, lambda v: isinstance(v, list)),
    "scale": (False, lambda v: v in ("human", "cosmological")),
}
SLIDE_FIELDS = {
    "start_date": (True, lambda v: isinstance(v, dict)),  # required "except for title slides"
    "end_date": (False, lambda v: isinstance(v, dict)),
    "text": (False, lambda v: isinstance(v, dict)),  # "No, but recommended"
    "media": (False, lambda v: isinstance(v, dict) and isinstance(v.get("url"), str)),
    "group": (False, lambda v: isinstance(v, str)),
    "display_date": (False, lambda v: isinstance(v, str)),
    "background": (False, lambda v: isinstance(v, dict)),
    "autolink": (False, lambda v: isinstance(v, bool)),
    "unique_id": (False, lambda v: isinstance(v, str) and v),
}
DATE_FIELDS = {
    "year": (True, lambda v: isinstance(v, int) and not isinstance(v, bool)),  # "A number. Don't use commas"
    "month": (False, lambda v: isinstance(v, int) and 1 <= v <= 12),
    "day": (False, lambda v: isinstance(v, int) and 1 <= v <= 31),
    "hour": (False, lambda v: isinstance(v, int) and 0 <= v <= 23),
    "minute": (False, lambda v: isinstance(v, int) and 0 <= v <= 59),
    "second": (False, lambda v: isinstance(v, int) and 0 <= v <= 59),
    "millisecond": (False, lambda v: isinstance(v, int)),
    "display_date": (False, lambda v: isinstance(v, str)),
}
TEXT_FIELDS = {
    "headline": (False, lambda v: isinstance(v, str)),  # "Any text. HTML markup is OK."
    "text": (False, lambda v: isinstance(v, str)),
}


def check_fields(obj: dict[str, Any], fields: dict[str, tuple[bool, Any]], where: str,
                 optional: frozenset[str] = frozenset()) -> None:
    assert isinstance(obj, dict), where
    unknown = set(obj) - set(fields)
    assert not unknown, f"{where}: fields TimelineJS does not document: {unknown}"
    for name, (required, valid) in fields.items():
        if name not in obj:
            assert not required or name in optional, f"{where}: {name} is required"
        else:
            assert valid(obj[name]), f"{where}: {name}={obj[name]!r}"


def check_date(date: dict[str, Any], where: str) -> dt.date:
    check_fields(date, DATE_FIELDS, where)
    assert "day" not in date or "month" in date, f"{where}: a day needs its month"
    return dt.date(date["year"], date.get("month", 1), date.get("day", 1))  # raises on 31 February


def check_timelinejs(document: dict[str, Any]) -> None:
    """Every field TimelineJS requires, with the documented types, and nothing it does not know."""
    check_fields(document, TIMELINE_FIELDS, "timeline")
    if "title" in document:
        check_fields(document["title"], SLIDE_FIELDS, "title", optional=frozenset({"start_date"}))
        check_fields(document["title"].get("text", {}), TEXT_FIELDS, "title text")
    ids = []
    for k, slide in enumerate(document["events"]):
        where = f"event {k}"
        check_fields(slide, SLIDE_FIELDS, where)
        start = check_date(slide["start_date"], where + " start_date")
        if "end_date" in slide:
            assert check_date(slide["end_date"], where + " end_date") >= start, where
        check_fields(slide.get("text", {}), TEXT_FIELDS, where + " text")
        ids.append(slide.get("unique_id"))
    assert len(set(ids)) == len(ids), "unique_id must be unique"
    assert all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids), ids  # kept as they are by TimelineJS


@pytest.mark.parametrize("name", sorted(TIMELINES))
@pytest.mark.parametrize("group_by", ["source", "kind"])
def test_timelinejs_has_every_documented_field(name: str, group_by: str) -> None:
    timeline = TIMELINES[name]()
    document = json.loads(FORMATS["timelinejs"].write(timeline, ExportOptions(group_by=group_by)))
    check_timelinejs(document)
    assert len(document["events"]) == len(timeline.events)


@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_timelinejs_text_made_a_slide_at_a_time_is_the_documents_indented_json(name: str) -> None:
    # the bytes are indented by hand, slide by slide: they must be what to_json of the whole document writes
    data = FORMATS["timelinejs"].write(TIMELINES[name](), ExportOptions())
    assert data.decode("utf-8") == to_json(json.loads(data)) + "\n"


def test_the_checker_catches_what_timelinejs_would_refuse() -> None:
    good = timelinejs_dict(seeds(), ExportOptions())
    for broken in ({**good, "events": []},
                   {**good, "events": [{**good["events"][0], "start_date": {"month": 6}}]},
                   {**good, "events": [{**good["events"][0], "start_date": {"year": "2024"}}]},
                   {**good, "events": [{**good["events"][0], "headline": "misplaced"}]},
                   {**good, "events": [good["events"][0], good["events"][0]]}):
        with pytest.raises(AssertionError):
            check_timelinejs(broken)


@pytest.mark.parametrize("precision, first, last, start, end", [
    (Precision.DAY, dt.date(2024, 6, 19), dt.date(2024, 6, 19), {"year": 2024, "month": 6, "day": 19}, None),
    (Precision.DAY, dt.date(2024, 6, 19), dt.date(2024, 6, 21), {"year": 2024, "month": 6, "day": 19},
     {"year": 2024, "month": 6, "day": 21}),
    (Precision.WEEK, dt.date(2024, 6, 17), dt.date(2024, 6, 23), {"year": 2024, "month": 6, "day": 17},
     {"year": 2024, "month": 6, "day": 23}),
    (Precision.MONTH, dt.date(2024, 6, 1), dt.date(2024, 6, 30), {"year": 2024, "month": 6}, None),
    (Precision.SEASON, dt.date(2024, 6, 1), dt.date(2024, 8, 31), {"year": 2024, "month": 6},
     {"year": 2024, "month": 8}),
    (Precision.YEAR, dt.date(2000, 1, 1), dt.date(2000, 12, 31), {"year": 2000}, None),
    (Precision.YEAR, dt.date(1950, 1, 1), dt.date(1953, 12, 31), {"year": 1950}, {"year": 1953}),
    (Precision.DECADE, dt.date(1990, 1, 1), dt.date(1999, 12, 31), {"year": 1990}, {"year": 1999}),
])
def test_dates_are_given_at_the_events_precision(precision, first, last, start, end) -> None:
    event = Event("ev-1", "T", first, last, precision, (Mention("d", 0, 1, "x", 0, 1),))
    (slide,) = timelinejs_dict(Timeline(events=(event,)), ExportOptions())["events"]
    assert slide["start_date"] == start and slide.get("end_date") == end
    assert date_object(first, precision) == start


def test_slides_carry_title_passages_sources_and_display_date() -> None:
    timeline = seeds()
    document = timelinejs_dict(timeline, ExportOptions())
    for slide, event in zip(document["events"], select_events(timeline, ExportOptions())):
        shown = parse_html(f"<div>{slide['text']['text']}</div>")
        quotes = [q.text() for q in shown.find_all("blockquote")]
        assert quotes and all(q.startswith("“") and q.endswith("”") for q in quotes)
        assert {c.text() for c in shown.find_all("cite")} <= {d.title for d in timeline.documents}
        assert [b.find_all("strong")[0].text() for b in shown.find_all("blockquote")] == [
            p.phrase for p in passages(timeline, event)]
        assert parse_html(slide["text"]["headline"]).text() == event.title
        assert slide["unique_id"] == event.id
    visit = next(s for s in document["events"] if s["start_date"] == {"year": 2024, "month": 6, "day": 19})
    assert visit["display_date"] == "19 June 2024"
    title = document["title"]["text"]
    assert "start_date" not in document["title"]
    assert [li.text() for li in parse_html(title["text"]).find_all("li")][1].endswith("(11 July 2024)")


def test_groups_by_first_source_or_by_kind() -> None:
    timeline = seeds()
    events = select_events(timeline, ExportOptions())
    by_source = timelinejs_dict(timeline, ExportOptions(group_by="source"))["events"]
    assert [s["group"] for s in by_source] == [timeline.document(e.sources[0]).title for e in events]
    by_kind = timelinejs_dict(timeline, ExportOptions(group_by="kind"))["events"]
    assert [s["group"] for s in by_kind] == [e.kind.capitalize() or "Other" for e in events]
    assert "Period" in {s["group"] for s in by_kind}


def test_article_text_is_html_escaped_everywhere_timelinejs_reads_html() -> None:
    document = timelinejs_dict(edited(), ExportOptions())
    slides = document["events"]
    retitled = next(s for s in slides if "Edited" in s["text"]["headline"])
    assert retitled["text"]["headline"] == "★ " + _escaped(HOSTILE_TITLE)
    for slide in slides + [document["title"]]:
        for field in (slide["text"]["headline"], slide["text"]["text"], slide.get("group", "")):
            tree = parse_html(f"<div>{field}</div>")
            assert tree.tags() <= {"div", "p", "strong", "em", "blockquote", "cite", "br", "ul", "li"}, field
    # the markup-laden article: its title is the group, shown as the characters it is
    article = hostile().documents[0].title
    grouped = [s for s in slides if parse_html(s["group"]).text() == one_line(article)]
    assert len(grouped) == len(hostile().events)


def _escaped(text: str) -> str:
    from html import escape

    return escape(text)


def test_no_event_is_an_error_timelinejs_would_show_too() -> None:
    with pytest.raises(ExportError, match="at least one event"):
        FORMATS["timelinejs"].write(seeds(), ExportOptions(starred_only=True))
