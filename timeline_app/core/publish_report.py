"""The chronology report, in Markdown and in HTML: what a reporter pastes into a story memo.

Events in date order, each with its date as a reader says it ("19 June 2024"), a star for a key event,
its title, the user's note, how an inferred date was found, and every passage that reports it, quoted,
the date phrase in bold, with the article's title and publication date; then the list of sources.

Article text is untrusted: HTML escapes every piece of it; Markdown backslash-escapes every character
that would change the rendering (emphasis, links, code, raw HTML, entities, headings, lists, quotes).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from html import escape

from timeline_app.core.model import Event, Timeline
from timeline_app.core.publish_common import (
    ExportOptions, Passage, clean_text, html_citation, dating_note, event_date_text, one_line, passages, published_text,
    report_title, selected_timeline, source_label, with_progress)

STAR = "★"


def _summary(timeline: Timeline, options: ExportOptions) -> str:
    events, sources = len(timeline.events), len(timeline.documents)
    what = "key event" if options.starred_only else "event"
    return (f"{events} {what}{'s' if events != 1 else ''} from {sources} source{'s' if sources != 1 else ''}, "
            f"in date order. {STAR} marks a key event; date phrases are in bold.")


# ---- Markdown ---------------------------------------------------------------------------------------

# Inline: backslash, code, emphasis, links and images, raw HTML and autolinks, tables, strikethrough,
# and "#", whose trailing run would close an ATX heading. Every ASCII punctuation character may be
# backslash-escaped in CommonMark, so each of these comes out as itself.
# A translation table, not re.sub with a "\\\1" template: that expanded each match in Python, half the
# report's time.
_MD_INLINE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~#"})
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")  # "&amp;" in an article must not render as "&"
# What makes a line that starts with it a block: a quote, a list item ("-", "+", "1." or "1)"), a setext
# heading underline ("=", "-").
_MD_BLOCK_START = re.compile(r"^(?:([>+\-=])|(\d+)([.)]))")


def md_escape(text: str) -> str:
    """Article text inside a line of Markdown, rendering exactly as that text."""
    return _MD_ENTITY.sub(r"\\&", text.translate(_MD_INLINE))


def md_line(text: str) -> str:
    """Article text that starts a line of a paragraph: escaped, and never read as a list, quote or rule."""
    return _MD_BLOCK_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3),
                               md_escape(text.lstrip()))


def markdown_bytes(timeline: Timeline, options: ExportOptions) -> bytes:
    return _encoded(_markdown_blocks(timeline, options))


def _markdown_blocks(timeline: Timeline, options: ExportOptions) -> Iterator[list[str]]:
    """The report's lines a block at a time (the heading, each event, the sources), never empty."""
    chosen = selected_timeline(timeline, options)
    yield [f"# {md_escape(report_title(chosen))}", "", md_line(_summary(chosen, options)), ""]
    for event in with_progress(chosen.events, options):
        yield _md_event(chosen, event)
    yield ["## Sources", "", *(f"- {_md_source(chosen, d.id)}" for d in chosen.documents)]


def _encoded(blocks: Iterable[list[str]]) -> bytes:
    """`"\\n".join(every line) + "\\n"` as UTF-8, encoded a block at a time: the report's 100,000 events as
    one list of lines, then one text, took seven times the file's size (200 MB for 29 MB)."""
    return b"".join(("\n".join(block) + "\n").encode("utf-8") for block in blocks)


def _md_event(timeline: Timeline, event: Event) -> list[str]:
    star = f"{STAR} " if event.starred else ""
    out = [f"## {star}{md_escape(event_date_text(event))} — {md_escape(one_line(event.title))}", ""]
    note = [line.strip() for line in clean_text(event.note).split("\n") if line.strip()]
    if note:
        # one line per line of the note, joined by hard breaks ("\\" at the end of a line)
        out += ["**Note:** " + "\\\n".join(md_line(line) for line in note), ""]
    if dating_note(event):
        out += [f"*{md_escape(dating_note(event))}*", ""]
    for p in passages(timeline, event):
        out += _md_passage(p) + [""]
    return out


def _md_passage(p: Passage) -> list[str]:
    quote = f"“{md_escape(p.before)}**{md_escape(p.phrase)}**{md_escape(p.after)}”"
    source = f"*{md_escape(p.source_title)}*" + (f" ({md_escape(p.origin)})" if p.origin else "") + (
        f", {md_escape(p.published)}" if p.published else "")
    return [f"> {quote}\\", f"> — {source}"]


def _md_source(timeline: Timeline, doc_id: str) -> str:
    published = published_text(timeline.document(doc_id))
    return f"*{md_escape(source_label(timeline, doc_id))}*" + (f" ({md_escape(published)})" if published else "")


# ---- HTML -------------------------------------------------------------------------------------------

_STYLE = """
body { font: 16px/1.5 Georgia, "Times New Roman", serif; max-width: 46em; margin: 2em auto; padding: 0 1em;
       color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.15em; margin: 1.6em 0 0.3em; }
.date { color: #555; } .star { color: #c58a00; }
.note { background: #fff8dc; padding: 0.3em 0.6em; } .dating { color: #555; font-style: italic; }
blockquote { margin: 0.5em 0 0.8em 1em; padding-left: 0.8em; border-left: 3px solid #ccc; }
blockquote p { margin: 0; } blockquote footer { color: #555; font-size: 0.9em; }
""".strip()


def html_bytes(timeline: Timeline, options: ExportOptions) -> bytes:
    return _encoded(_html_blocks(timeline, options))


def _html_blocks(timeline: Timeline, options: ExportOptions) -> Iterator[list[str]]:
    chosen = selected_timeline(timeline, options)
    title = escape(report_title(chosen))
    yield ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{title}</title>", f"<style>\n{_STYLE}\n</style>", "</head>", "<body>",
           f"<h1>{title}</h1>", f'<p class="summary">{escape(_summary(chosen, options))}</p>']
    for event in with_progress(chosen.events, options):
        yield [_html_event(chosen, event)]
    yield ["<h2>Sources</h2>", '<ul class="sources">',
           *(f"<li>{_html_source(chosen, d.id)}</li>" for d in chosen.documents), "</ul>", "</body>", "</html>"]


def _html_event(timeline: Timeline, event: Event) -> str:
    star = f'<span class="star" title="Key event">{STAR}</span> ' if event.starred else ""
    parts = [f'<section class="event{" key" if event.starred else ""}">',
             f'<h2>{star}<span class="date">{escape(event_date_text(event))}</span> — '
             f'<span class="title">{escape(one_line(event.title))}</span></h2>']
    note = [line.strip() for line in clean_text(event.note).split("\n") if line.strip()]
    if note:
        parts.append('<p class="note"><strong>Note:</strong> ' + "<br>".join(escape(x) for x in note) + "</p>")
    if dating_note(event):
        parts.append(f'<p class="dating">{escape(dating_note(event))}</p>')
    parts += [_html_passage(p) for p in passages(timeline, event)]
    parts.append("</section>")
    return "\n".join(parts)


def _html_passage(p: Passage) -> str:
    quote = f"{escape(p.before)}<strong>{escape(p.phrase)}</strong>{escape(p.after)}"
    source = html_citation(p)
    return f"<blockquote><p>“{quote}”</p><footer>— {source}</footer></blockquote>"


def _html_source(timeline: Timeline, doc_id: str) -> str:
    published = published_text(timeline.document(doc_id))
    return f"<cite>{escape(source_label(timeline, doc_id))}</cite>" + (f" ({escape(published)})" if published else "")
