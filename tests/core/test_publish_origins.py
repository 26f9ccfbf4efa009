"""Where each quoted passage is in its file ("p. 2", "entry 1") and a feed entry's link, in every export."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from functools import cache
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tests.core.publish_cases import parse_html
from timeline_app.core.model import Document, Event, Mention, Precision, Timeline
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.publish import FORMATS, ExportOptions
from timeline_app.core.publish_common import passages, web_link
from timeline_app.core.publish_report import md_escape

MIXED = Path(__file__).parent / "fixtures" / "formats" / "mixed"


@cache
def mixed() -> Timeline:
    return build_timeline([MIXED])


def test_passages_know_their_place_and_link() -> None:
    timeline = mixed()
    found = {(p.document, p.origin, p.link) for e in timeline.events for p in passages(timeline, e)}
    assert ("bridge", "p. 2", "") in found
    assert ("city-1", "entry 1", "https://news.example.org/ferry") in found
    assert ("notes", "", "") in found


def test_markdown_memo_cites_the_place_after_the_title() -> None:
    timeline = mixed()
    text = FORMATS["markdown"].write(timeline, ExportOptions()).decode("utf-8")
    citations = [line for line in text.splitlines() if line.startswith("> — ")]
    expected = [f"> — *{md_escape(p.source_title)}*" + (f" ({md_escape(p.origin)})" if p.origin else "")
                + (f", {md_escape(p.published)}" if p.published else "")
                for e in timeline.events for p in passages(timeline, e)]
    assert citations == expected
    rendered = parse_html(MarkdownIt("commonmark").render(text)).text()
    assert "(p. 2)" in rendered and "(entry 1)" in rendered


def test_html_memo_cites_the_place_and_links_the_feed_entry() -> None:
    timeline = mixed()
    page = parse_html(FORMATS["html"].write(timeline, ExportOptions()).decode("utf-8"))
    footers = page.find_all("footer")
    expected = [p for e in timeline.events for p in passages(timeline, e)]
    assert len(footers) == len(expected)
    for footer, p in zip(footers, expected, strict=True):
        [cite] = footer.find_all("cite")
        assert cite.text() == p.source_title
        links = [a.attrs["href"] for a in cite.find_all("a")]
        assert links == ([p.link] if p.link else [])
        after = "".join(c for c in footer.children if isinstance(c, str))
        assert (f"({p.origin})" in after) == bool(p.origin)
    assert {p.link for p in expected} >= {"https://news.example.org/ferry", ""}


def test_timelinejs_citations_carry_place_and_link() -> None:
    timeline = mixed()
    data = json.loads(FORMATS["timelinejs"].write(timeline, ExportOptions()))
    texts = "".join(slide["text"]["text"] for slide in data["events"])
    page = parse_html(f"<div>{texts}</div>")
    links = {a.attrs["href"] for a in page.find_all("a")}
    assert links == {d.link for d in timeline.documents if d.link and any(
        m.document == d.id for e in timeline.events for m in e.mentions)}
    assert "(p. 2)" in page.text() and "(entry 1)" in page.text()


def test_json_and_csv_exports_keep_the_user_fields_and_add_origins() -> None:
    timeline = mixed()
    data = json.loads(FORMATS["json"].write(timeline, ExportOptions()))
    origins = [m["origin"] for e in data["events"] for m in e["mentions"]]
    assert "p. 2" in origins and "entry 1" in origins
    assert all({"note", "starred", "edited"} <= set(e) for e in data["events"])
    rows = list(csv.DictReader(io.StringIO(FORMATS["csv"].write(timeline, ExportOptions()).decode("utf-8"))))
    assert [r["origin"] for r in rows] == origins


@pytest.mark.parametrize("url, safe", [
    ("https://news.example.org/ferry", True),
    ("HTTP://example.org/a?b=1&c=2", True),
    ("javascript:alert(1)", False),
    ("data:text/html,<script>", False),
    ("//example.org/x", False),
    ("https://exa mple.org/", False),
    ("https://example.org/\nx", False),
    ("", False),
])
def test_only_web_addresses_become_links(url: str, safe: bool) -> None:
    assert web_link(url) == (url if safe else "")


def test_a_hostile_feed_link_is_never_a_link_and_a_quoted_one_stays_in_its_attribute() -> None:
    text = "Ferry service resumed on 3 May 2024 after repairs."
    base = Document("feed-1", "feed.rss", text, "Ferry <b>news</b>", origins=((0, "entry <1>"),))
    mention = Mention("feed-1", 25, 35, "3 May 2024", 0, len(text))
    event = Event("e1", "Ferry service resumed", dt.date(2024, 5, 3), dt.date(2024, 5, 3), Precision.DAY,
                  (mention,))
    quoted = 'https://x.org/"><script>x</script>'
    for link, href in (("javascript:alert(1)", None), (quoted, quoted)):
        timeline = Timeline((dataclasses.replace(base, link=link),), (event,))
        page = parse_html(FORMATS["html"].write(timeline, ExportOptions()).decode("utf-8"))
        assert "script" not in page.tags() and "b" not in page.tags()
        [footer] = page.find_all("footer")
        assert [a.attrs["href"] for a in footer.find_all("a")] == ([href] if href else [])
        assert "(entry <1>)" in footer.text()


def test_a_repeated_document_id_cites_the_timelines_own_document_in_json_and_csv() -> None:
    # Exports look documents up as the timeline does (the first of a repeated id), not by an index of their
    # own that kept the last: the passage's place comes from the same document everywhere.
    from timeline_app.core.export import timeline_csv, timeline_dict

    text = "On 3 May 2001 the bridge opened."
    first = Document("doc", "/a/doc.pdf", text, "First", origins=((0, "p. 1"),))
    second = Document("doc", "/b/doc.pdf", text, "Second", origins=((0, "entry 9"),))
    mention = Mention("doc", 3, 13, "3 May 2001", 0, len(text))
    event = Event("ev-1", "Bridge opens", dt.date(2001, 5, 3), dt.date(2001, 5, 3), Precision.DAY, (mention,))
    timeline = Timeline((first, second), (event,))
    assert timeline.document("doc") is first
    [data] = timeline_dict(timeline)["events"]
    assert [m["origin"] for m in data["mentions"]] == ["p. 1"]
    [row] = csv.DictReader(io.StringIO(timeline_csv(timeline)))
    assert row["origin"] == "p. 1"
    exported = json.loads(FORMATS["json"].write(timeline, ExportOptions()))
    assert [m["origin"] for e in exported["events"] for m in e["mentions"]] == ["p. 1"]
