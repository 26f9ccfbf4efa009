"""What every export shares: the options, the choice of events, and the passages an event is quoted by.

Exports read a `Timeline` whose events are what the user sees (edits applied, hidden events out), so no
export needs the project. Pure functions; no Qt.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from html import escape
from dataclasses import dataclass, field, replace

from timeline_app.core.export import printable
from timeline_app.core.model import Document, Event, Mention, Precision, Timeline, human_date
from timeline_app.core.progress import StepProgress, stepped

GROUP_BY = ("source", "kind")

# How often (in events) an export reports: a few hundred calls for 100,000 events, so the window's bar
# moves smoothly and Cancel is felt within a few milliseconds of work, at no measurable cost.
PROGRESS_EVERY = 250


class ExportError(ValueError):
    """An export that cannot be written as asked; the message is for a person ("TimelineJS needs …")."""


@dataclass(frozen=True)
class ExportOptions:
    sources: frozenset[str] | None = None  # document ids to include (None: all)
    starred_only: bool = False
    group_by: str = "source"  # TimelineJS groups: "source" or "kind"
    # Called on the writing thread as progress(events written, events to write), every PROGRESS_EVERY
    # events and at the end. Raising core.progress.Cancelled from it stops the export: `write` returns
    # nothing, so no file is written (the window's Cancel button). Not part of what the options compare as.
    progress: StepProgress | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.group_by not in GROUP_BY:
            raise ExportError(f"cannot group by {self.group_by!r}: choose {' or '.join(GROUP_BY)}")
        if self.sources is not None and not isinstance(self.sources, frozenset):
            object.__setattr__(self, "sources", frozenset(self.sources))


def select_events(timeline: Timeline, options: ExportOptions) -> tuple[Event, ...]:
    """The events to export, in date order (ties keep the timeline's order).

    With `options.sources`, an event stays while any chosen source reports it (as in the window) and keeps
    only those sources' mentions, so an export never quotes a source the user left out; its `sentence`
    then comes from a kept mention. `starred_only` keeps the key events."""
    chosen: list[Event] = []
    for event in timeline.events:
        if options.starred_only and not event.starred:
            continue
        if options.sources is not None:
            kept = tuple(m for m in event.mentions if m.document in options.sources)
            if not kept:
                continue
            if len(kept) != len(event.mentions):
                event = replace(event, mentions=kept, sentence=_fullest_sentence(timeline, kept))
        chosen.append(event)
    chosen.sort(key=lambda e: (e.first, e.last))
    return tuple(chosen)


def with_progress(events: Sequence[Event], options: ExportOptions) -> Iterator[Event]:
    """`events` one by one, telling `options.progress` how far the export has got (see ExportOptions)."""
    report = options.progress
    if report is None:
        yield from events
        return
    yield from stepped(events, report, PROGRESS_EVERY)
    report(len(events), len(events))


def selected_timeline(timeline: Timeline, options: ExportOptions) -> Timeline:
    """The timeline an export writes: the chosen events and the documents they may quote."""
    documents = timeline.documents
    if options.sources is not None:
        documents = tuple(d for d in documents if d.id in options.sources)
    return Timeline(documents=documents, events=select_events(timeline, options), problems=timeline.problems)


def _fullest_sentence(timeline: Timeline, mentions: tuple[Mention, ...]) -> str:
    sentences = [_span(timeline.document(m.document), m.sentence_start, m.sentence_end) for m in mentions]
    return max(sentences, key=len, default="")


def _span(document: Document | None, start: int, end: int) -> str:
    if document is None:
        return ""
    return document.text[max(0, start):max(0, end)]


# ---- text as it goes into a report, a calendar or a web page ------------------------------------------

# C0 controls (bar tab, line feed, carriage return) and DEL have no business in a report and are invalid
# in iCalendar TEXT; a lone surrogate (an undecodable file name) cannot be written as UTF-8.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")


# The quick test these functions start with (they run a few times for every passage of every event):
# `str.isprintable` is false for every control character, line break and lone surrogate, and for every
# white space but " ", so a printable text is clean as it is, and on one line unless it holds "  ".

def clean_text(text: str) -> str:
    """Text with its line breaks kept (a user's note), controls dropped and undecodable bytes shown."""
    if text.isprintable():
        return text
    return _CONTROLS.sub("", printable(text)).replace("\r\n", "\n").replace("\r", "\n")


def one_line(text: str) -> str:
    """Text on one line: every run of white space (line breaks in an article) one space, ends trimmed."""
    return _flow(text).strip()


# A passage longer than this on either side of its phrase is cut at a word with "…": a report quotes a
# sentence, not a 10,000-character run-on line that the loader could not split.
CONTEXT_CHARS = 300


@dataclass(frozen=True)
class Passage:
    """One quoted sentence: `before` + `phrase` + `after`, each on one line; the phrase is the date
    phrase (or, for an undated mention, the words that refer to the event)."""

    document: str  # Document.id
    source_title: str
    published: str  # "11 July 2024", or "" when unknown
    before: str
    phrase: str
    after: str
    dated: bool
    origin: str = ""  # where the phrase is in its file ("p. 4", "entry 3"), "" for a plain file
    link: str = ""  # the article's web address when it is a safe one (http or https), else ""

    @property
    def sentence(self) -> str:
        return self.before + self.phrase + self.after


def passages(timeline: Timeline, event: Event) -> tuple[Passage, ...]:
    """Each mention of the event as a quoted passage, grouped by source in first-mention order; a sentence
    two mentions share is quoted once (with the first mention's phrase)."""
    by_source: dict[str, list[Passage]] = {}
    seen: set[tuple[str, int, int]] = set()
    for m in event.mentions:
        key = (m.document, m.sentence_start, m.sentence_end)
        if key in seen:
            continue
        seen.add(key)
        by_source.setdefault(m.document, []).append(_passage(timeline, m))
    return tuple(p for group in by_source.values() for p in group)


def _passage(timeline: Timeline, m: Mention) -> Passage:
    document = timeline.document(m.document)
    origin = link = ""
    if document is None:  # a mention of a document left out of the timeline: its own text is all there is
        before, phrase, after, title, published = "", m.text, "", m.document, ""
    else:
        origin, link = one_line(document.origin_at(m.start)), web_link(document.link)
        start, end = min(m.start, m.sentence_start), max(m.end, m.sentence_end)
        before, phrase, after = document.text[start:m.start], document.text[m.start:m.end], document.text[m.end:end]
        title = document.shown_title or document.id
        published = published_text(document)
    before = _trim_left(_flow(before).lstrip())
    after = _trim_right(_flow(after).rstrip())
    return Passage(m.document, one_line(title), published, before, one_line(phrase), after, m.dated, origin, link)


def html_citation(p: Passage) -> str:
    """A passage's source as HTML: the title (a link to the article when it has a web address), its place in
    the file, its publication date: `<cite><a href="…">Title</a></cite> (p. 4), 11 July 2024`."""
    title = escape(p.source_title)
    if p.link:
        title = f'<a href="{escape(p.link, quote=True)}">{title}</a>'
    return (f"<cite>{title}</cite>" + (f" ({escape(p.origin)})" if p.origin else "")
            + (f", {escape(p.published)}" if p.published else ""))


def web_link(url: str) -> str:
    """`url` when it is an http(s) address with no white space or control character, else "": a feed's
    link is untrusted, and a "javascript:" one must never become a clickable link."""
    url = url.strip()
    if not re.match(r"https?://[^\s/?#]", url, re.IGNORECASE) or any(c.isspace() or ord(c) < 32 for c in url):
        return ""
    return url


def _flow(text: str) -> str:
    """White space runs made one space, keeping a space at either end (it separates words from the phrase)."""
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", clean_text(text))


def _trim_left(text: str) -> str:
    if len(text) <= CONTEXT_CHARS:
        return text
    cut = text[-CONTEXT_CHARS:]
    space = cut.find(" ")
    return "…" + (cut[space + 1:] if 0 <= space < CONTEXT_CHARS // 2 else cut)


def _trim_right(text: str) -> str:
    if len(text) <= CONTEXT_CHARS:
        return text
    cut = text[:CONTEXT_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > CONTEXT_CHARS // 2 else cut) + "…"


def event_date_text(event: Event) -> str:
    """The event's date as a reader says it; a reported happening is "on or shortly before" its day."""
    when = human_date(event.first, event.last, event.precision)
    return f"on or shortly before {when}" if event.reported else when


def dating_note(event: Event) -> str:
    """How an inferred or reported date was worked out (empty for a date the text states)."""
    if not (event.inferred or event.reported) or not event.explanation.strip():
        return ""
    return "How the date was found: " + one_line(event.explanation)


def source_label(timeline: Timeline, doc_id: str) -> str:
    document = timeline.document(doc_id)
    return one_line(document.shown_title or document.id) if document is not None else one_line(doc_id)


def published_text(document: Document | None) -> str:
    """A document's publication date as a reader says it ("11 July 2024"), or "" when unknown."""
    if document is None or document.published is None:
        return ""
    return human_date(document.published, document.published, Precision.DAY)


def source_citation(timeline: Timeline, doc_id: str) -> str:
    """A source as a memo cites it: "Title (11 July 2024)", or the title alone."""
    published = published_text(timeline.document(doc_id))
    title = source_label(timeline, doc_id)
    return f"{title} ({published})" if published else title


def group_label(timeline: Timeline, event: Event, group_by: str) -> str:
    """The one group an event goes in: its first source's title, or its kind ("Visit"; "Other")."""
    if group_by == "kind":
        return one_line(event.kind).capitalize() or "Other"
    return source_label(timeline, event.sources[0]) if event.sources else "Other"


def report_title(timeline: Timeline) -> str:
    """A heading for a whole export: the one source's title, or how many sources it draws on."""
    if len(timeline.documents) == 1:
        return f"Chronology: {source_label(timeline, timeline.documents[0].id)}"
    return f"Chronology from {len(timeline.documents)} sources"

