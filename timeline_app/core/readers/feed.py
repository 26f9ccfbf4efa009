"""RSS and Atom feeds through feedparser (BSD-2: every RSS dialect, Atom 0.3/1.0 and RDF, dates in all their
spellings, lenient with broken XML, never fetches anything when given bytes).

One document per entry: its headline as the first line of its text, then its content (or summary) as text;
its link, title and published date (else updated) kept; its place in the origin map as "entry 3".
"""
from __future__ import annotations

import datetime as dt
import io
import re

from timeline_app.core.html_text import reduce_html
from timeline_app.core.readers.base import DocumentError, RawDocument

SUFFIXES = frozenset({".rss", ".atom", ".xml"})

# The root element after the XML declaration, comments, processing instructions and a doctype.
_PROLOGUE = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:[\w.-]+:)?"
                       rb"(rss|feed|RDF)\b", re.DOTALL)

# A DOCTYPE with an internal subset ("[<!ENTITY ...>]"): what a "billion laughs" feed starts with. Its ">"s end
# _PROLOGUE's doctype early, so such a file is never sniffed as a feed; this names why.
_OWN_ENTITIES = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<!DOCTYPE[^>\[]*\[", re.DOTALL)


def sniff(head: bytes) -> bool:
    return _PROLOGUE.match(head) is not None


def _day(parsed) -> dt.date | None:
    try:
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
    except (AttributeError, ValueError, TypeError):
        return None


def _field(entry, key: str):
    # dict's own get: feedparser's would map a missing "updated_parsed" to "published_parsed" with a warning.
    return dict.get(entry, key)


def _as_text(value: str, kind: str) -> str:
    if "html" in kind or "<" in value:
        return reduce_html(value).text
    return value


def _entry_key(entry) -> str:
    """The entry's own id (Atom <id>, RSS <guid>): made to stay the same while the entry is updated and
    entries come and go around it; else its link, which news sites rarely change. The entry's number would
    shift with every new entry at the top."""
    for name in ("id", "link"):
        value = " ".join(str(dict.get(entry, name) or "").split())
        if value:
            return f"{name} {value}"
    return ""


def read_bytes(data: bytes, name: str) -> list[RawDocument]:
    if not sniff(data[:4096]):
        # Chosen by its suffix alone: an .xml file that is no feed is data, not an article.
        level = "skipped" if name.lower().endswith(".xml") else "error"
        if _OWN_ENTITIES.match(data, 0, 4096):
            raise DocumentError("not read: the feed declares entities of its own (a DOCTYPE with an internal "
                                "subset), which can expand without bound")
        raise DocumentError("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)", level)
    import feedparser  # on first use: the window must not pay for it at start-up

    try:
        # A stream, never bytes: feedparser would try bytes as a file name first.
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except Exception as e:  # noqa: BLE001 - feedparser catches its own; a last line of defence
        raise DocumentError(f"not a readable feed ({type(e).__name__}: {e})") from None
    channel_date = _day(_field(parsed.feed, "published_parsed") or _field(parsed.feed, "updated_parsed"))
    out: list[RawDocument] = []
    skipped = 0
    entries = parsed.entries
    for number, entry in enumerate(entries, 1):
        title = " ".join(str(entry.get("title", "")).split())
        body = ""
        for content in entry.get("content") or ():
            body = _as_text(str(content.get("value", "")), str(content.get("type", "")))
            if body.strip():
                break
        if not body.strip():
            detail = entry.get("summary_detail") or {}
            body = _as_text(str(entry.get("summary", "")), str(detail.get("type", "")))
        body = body.strip()
        if not (title or body):
            skipped += 1
            continue
        text = f"{title}\n\n{body}" if title and body else title or body
        published = _day(_field(entry, "published_parsed") or _field(entry, "updated_parsed"))
        out.append(RawDocument(
            text=text, kind="feed", title=title[:300], published=published or channel_date,
            published_fallback=published is None, origins=((0, f"entry {number}"),),
            part=str(number) if len(entries) > 1 else "", link=str(entry.get("link", "")),
            key=_entry_key(entry)))
    if not out:
        if parsed.get("bozo"):
            raise DocumentError(f"not a readable feed ({parsed.get('bozo_exception')})")
        raise DocumentError("the feed has no entries")
    warnings = []
    # Bozo also flags harmless things (a declared encoding overridden, a text/plain media type): only broken
    # XML is worth a word.
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), benign):
        warnings.append(f"the feed is damaged ({parsed.get('bozo_exception')}); read {len(out)} "
                        f"entr{'ies' if len(out) != 1 else 'y'}")
    if skipped:
        warnings.append(f"{skipped} entr{'ies' if skipped != 1 else 'y'} without a title or text left out")
    if warnings:
        from dataclasses import replace

        out[0] = replace(out[0], warnings=tuple(warnings))
    return out
