"""Timelines the export tests share: the seeds, a markup-laden article, and edits applied by hand.

Built once per test session (the seeds take about a second)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from timeline_app.core.model import Document, Event, Mention, Precision, Timeline
from timeline_app.core.pipeline import build_timeline, seeds_dir

FIXTURES = Path(__file__).parent / "fixtures" / "publish"
ARTICLES = Path(__file__).parent / "fixtures" / "articles"

# What a user might type, and what an article might hold: markup, Markdown, entities, line breaks.
HOSTILE_NOTE = ("Check with the <b>desk</b> & *editor* [call](javascript:x) &amp;\n"
                "- not a list\n1. not a list either\n# not a heading\n> not a quote\n===\n  `code` | pipe ~~x~~ \\")
HOSTILE_TITLE = "Edited <i>title</i> [link](http://x) `code` **bold** #1 #"


@cache
def seeds() -> Timeline:
    return build_timeline([seeds_dir()])


@cache
def hostile() -> Timeline:
    """One article whose title and sentences are full of HTML and Markdown."""
    return build_timeline([FIXTURES])


@cache
def edited() -> Timeline:
    """Seeds + the hostile article, with edits applied by hand as the edits layer would leave them: a
    retitled event with a note and a star, a starred event, and one added by hand from a span of text."""
    base = seeds()
    extra = hostile()
    events = list(base.events) + list(extra.events)
    events[0] = dataclasses.replace(events[0], title=HOSTILE_TITLE, note=HOSTILE_NOTE, starred=True, edited=True)
    events[4] = dataclasses.replace(events[4], starred=True)
    document = base.documents[1]
    start = document.text.index("Putin")
    sentence = document.sentence_at(start)
    added = Event("added-1", "Added by hand", dt.date(2024, 6, 1), dt.date(2024, 6, 30), Precision.MONTH,
                  (Mention(document.id, start, start + 5, "Putin", sentence.start, sentence.end, dated=False),),
                  note="A second line\nand a third", edited=True)
    events.append(added)
    events.sort(key=lambda e: (e.first, e.last))
    return Timeline(documents=base.documents + extra.documents, events=tuple(events),
                    problems=base.problems + extra.problems)


def small() -> Timeline:
    """Two short articles (fast to build, for tests that build twice)."""
    return build_timeline([ARTICLES])


TIMELINES = {"seeds": seeds, "hostile": hostile, "edited": edited}


def document_of(timeline: Timeline, doc_id: str) -> Document:
    document = timeline.document(doc_id)
    assert document is not None
    return document


# ---- a small HTML tree for checking what a page shows -------------------------------------------------

VOID = frozenset({"br", "meta", "img", "hr", "input", "link"})


@dataclasses.dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    children: list[Node | str] = dataclasses.field(default_factory=list)

    def text(self) -> str:
        """The text a reader sees, a <br> as a line break."""
        return "".join(c if isinstance(c, str) else ("\n" if c.tag == "br" else c.text()) for c in self.children)

    def find_all(self, tag: str) -> list[Node]:
        found = []
        for c in self.children:
            if isinstance(c, Node):
                if c.tag == tag:
                    found.append(c)
                found.extend(c.find_all(tag))
        return found

    def tags(self) -> set[str]:
        out = set()
        for c in self.children:
            if isinstance(c, Node):
                out.add(c.tag)
                out |= c.tags()
        return out

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs)))  # "<br />": nothing to close

    def handle_endtag(self, tag: str) -> None:
        assert tag not in VOID
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Node:
    """The page as a tree; every element must be closed where it was opened (well-formed output)."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root
