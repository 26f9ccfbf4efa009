"""An event as plain text with its citations: what "Copy as Text with Citation" puts on the clipboard.

Pure text (no Qt): a reporter pastes it into a memo, so every passage names its article, its publication
date, its place in the file (a PDF's page, a message's part) and its file.
"""
from __future__ import annotations

from timeline_app.core.model import Event, Timeline, human_date


def citation_text(event: Event, timeline: Timeline) -> str:
    """"19 June 2024 — Putin visits Pyongyang", then each passage quoted with its source, then the note."""
    lines = [f"{human_date(event.first, event.last, event.precision)} — {event.title}"]
    if event.inferred and event.explanation:
        lines.append(f"(date inferred: {event.explanation})")
    for mention in event.mentions:
        document = timeline.document(mention.document)
        if document is None:
            lines.append(f"“{mention.text}” — {mention.document}")
            continue
        text = document.text
        start = max(0, min(mention.sentence_start, mention.start))
        end = min(len(text), max(mention.sentence_end, mention.end))
        quote = " ".join(text[start:end].split())
        source = document.title or document.id
        published = (f", {document.published.day} {document.published.strftime('%B %Y')}"
                     if document.published else "")
        place = document.origin_at(mention.start)  # "p. 4": where to find it in a PDF, a mailbox, a feed
        place = f", {place}" if place else ""
        where = f"{document.link}; {document.path}" if document.link else document.path
        lines.append(f"“{quote}” — {source}{published}{place} ({where})")
    if event.note:
        lines.append(f"Note: {event.note}")
    return "\n".join(lines) + "\n"
