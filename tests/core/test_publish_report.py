"""The chronology report: the HTML read back with html.parser, the Markdown rendered by a CommonMark
parser (markdown-it-py, with tables and strikethrough on) and read back the same way. Both must show
exactly the article's text and the user's note: no markup of theirs may become markup of ours."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.core.publish_cases import HOSTILE_NOTE, HOSTILE_TITLE, TIMELINES, Node, edited, hostile, parse_html, seeds
from timeline_app.core.publish import FORMATS, ExportOptions, passages, select_events
from timeline_app.core.publish_common import clean_text, event_date_text, one_line, source_citation
from timeline_app.core.publish_report import md_escape, md_line

# Everything the report itself may put on the page; anything else came out of an article.
REPORT_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "section", "span", "strong",
               "em", "cite", "blockquote", "footer", "ul", "li", "br"}

_MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown_page(timeline, options: ExportOptions) -> Node:
    return parse_html(_MARKDOWN.render(FORMATS["markdown"].write(timeline, options).decode("utf-8")))


def html_page(timeline, options: ExportOptions) -> Node:
    return parse_html(FORMATS["html"].write(timeline, options).decode("utf-8"))


PAGES = {"markdown": markdown_page, "html": html_page}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _event_blocks(page: Node) -> list[list[Node]]:
    """Each event's h2 and what follows it up to the next h2 (the Markdown has no <section>)."""
    blocks: list[list[Node]] = []
    body = page.find_all("body")[0] if page.find_all("body") else page
    children = [c for c in body.children if isinstance(c, Node)]
    flat: list[Node] = []
    for c in children:
        flat.extend([x for x in c.children if isinstance(x, Node)] if c.tag == "section" else [c])
    for node in flat:
        if node.tag == "h2":
            blocks.append([node])
        elif blocks:
            blocks[-1].append(node)
    assert blocks and _flat(blocks[-1][0].text()) == "Sources"
    return blocks[:-1]


@pytest.mark.parametrize("kind", sorted(PAGES))
@pytest.mark.parametrize("name", sorted(TIMELINES))
def test_report_lists_every_event_in_date_order_with_its_passages(kind: str, name: str) -> None:
    timeline = TIMELINES[name]()
    page = PAGES[kind](timeline, ExportOptions())
    assert page.tags() <= REPORT_TAGS, page.tags() - REPORT_TAGS
    events = select_events(timeline, ExportOptions())
    assert [e.first for e in events] == sorted(e.first for e in events)
    blocks = _event_blocks(page)
    assert len(blocks) == len(events)
    for block, event in zip(blocks, events):
        star = "★ " if event.starred else ""
        assert _flat(block[0].text()) == f"{star}{event_date_text(event)} — {one_line(event.title)}"
        quotes = [n for n in block if n.tag == "blockquote"]
        expected = passages(timeline, event)
        assert len(quotes) == len(expected)
        for quote, p in zip(quotes, expected):
            text = quote.text()
            assert _flat(text).startswith(_flat(f"“{p.sentence}”")), (text, p.sentence)
            assert [s.text() for s in quote.find_all("strong")] == [p.phrase]  # the date phrase, emphasised
            cited = (quote.find_all("cite") or quote.find_all("em"))[0].text()
            assert cited == p.source_title
            assert _flat(text).endswith(f"— {p.source_title}" + (f", {p.published}" if p.published else ""))
        notes = [n for n in block if n.tag == "p" and n.text().startswith("Note:")]
        note_lines = [line.strip() for line in clean_text(event.note).split("\n") if line.strip()]
        if note_lines:
            (note,) = notes
            shown = note.text().removeprefix("Note:").split("\n")
            assert [line.strip() for line in shown if line.strip()] == note_lines
        else:
            assert not notes
    sources = page.find_all("ul")[-1].find_all("li")
    assert [_flat(li.text()) for li in sources] == [source_citation(timeline, d.id) for d in timeline.documents]


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_a_markup_laden_title_note_and_article_show_as_their_characters(kind: str) -> None:
    page = PAGES[kind](edited(), ExportOptions())
    assert page.tags() <= REPORT_TAGS
    headings = [_flat(h.text()) for h in page.find_all("h2")]
    assert any(h.endswith(" — " + HOSTILE_TITLE) and h.startswith("★ ") for h in headings)
    text = page.text()
    article_title = hostile().documents[0].title
    assert article_title in text and "<img src=x onerror=alert(1)>" in text
    assert "&amp;" in text and "[the deal](http://example.com)" in text
    assert HOSTILE_NOTE.split("\n")[0] in text and "# not a heading" in text and "> not a quote" in text


def test_html_is_a_whole_page_in_utf8() -> None:
    data = FORMATS["html"].write(seeds(), ExportOptions())
    assert data.startswith(b"<!DOCTYPE html>") and b'<meta charset="utf-8">' in data
    page = parse_html(data.decode("utf-8"))
    assert page.find_all("title")[0].text() == page.find_all("h1")[0].text() == "Chronology from 5 sources"


def test_markdown_reads_as_markdown_before_it_is_rendered() -> None:
    text = FORMATS["markdown"].write(seeds(), ExportOptions()).decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "# Chronology from 5 sources"
    headings = [line for line in lines if line.startswith("## ")]
    assert len(headings) == len(seeds().events) + 1 and headings[-1] == "## Sources"
    quotes = [line for line in lines if line.startswith("> ")]
    assert quotes and all(q.startswith("> “") or q.startswith("> — *") for q in quotes)
    assert re.search(r"\*\*1961\*\*", text)


def test_starred_only_report_says_so() -> None:
    page = html_page(edited(), ExportOptions(starred_only=True))
    assert page.find_all("p")[0].text().startswith("2 key events from")
    assert len(_event_blocks(page)) == 2


# ---- Markdown escaping on its own --------------------------------------------------------------------

def _rendered_text(markdown: str) -> str:
    page = parse_html(_MARKDOWN.render(markdown))
    assert page.tags() <= {"p", "br"}, page.tags()
    return page.text().strip()


@pytest.mark.parametrize("text", [
    "*stars* and _underscores_", "**bold**", "`code`", "[link](http://x)", "![img](x.png)", "<b>tag</b>",
    "<http://auto.link>", "&amp; &#65; &copy;", "a | table | row", "~~struck~~", "back\\slash", "# hash",
    "trailing #", "- dash", "+ plus", "1. one", "2) two", "> quote", "=== ", "---", "    indented code",
    "1986. A year", "\\*already escaped\\*",
])
def test_md_line_renders_as_the_text(text: str) -> None:
    assert _rendered_text(md_line(text)) == text.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 .)*_`[]()<>!#&;|~\\-+=:/\"'")), max_size=40))
def test_md_line_renders_any_punctuation_as_itself(text: str) -> None:
    expected = " ".join(text.split())
    assert _rendered_text(md_line(expected)) == expected


@pytest.mark.parametrize("before, phrase, after", [
    ("On ", "June 19, 2024", ", Putin <b>came</b>."), ("*a* ", "[1999]", " `x`"), ("", "2000", "&amp;")])
def test_an_escaped_phrase_in_bold_stays_bold(before: str, phrase: str, after: str) -> None:
    page = parse_html(_MARKDOWN.render(f"{md_escape(before)}**{md_escape(phrase)}**{md_escape(after)}"))
    assert page.text().strip() == before + phrase + after
    assert [s.text() for s in page.find_all("strong")] == [phrase]
