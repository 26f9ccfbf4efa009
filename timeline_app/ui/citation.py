"""An event as plain text with its citations: what "Copy as Text with Citation" puts on the clipboard.

Pure text (no Qt): a reporter pastes it into a memo, so every passage names its article, its publication
date, its place in the file (a PDF's page, a message's part) and its file. Every part of it from a file (its
name, its title, its text) is as the window shows it (`visible_text`): a memo must not carry the characters
that reorder or hide text ("report\u202etxt.exe" read as "reportexe.txt" there too).
"""
from __future__ import annotations

from timeline_app.core.html_text import visible_path, visible_text
from timeline_app.core.model import Event, Timeline, human_date


def citation_text(event: Event, timeline: Timeline) -> str:
    """"19 June 2024 — Putin visits Pyongyang", then each passage quoted with its source, then the note."""
    lines = [f"{human_date(event.first, event.last, event.precision)} — {visible_text(event.title)}"]
    if event.inferred and event.explanation:
        lines.append(f"(date inferred: {visible_text(event.explanation)})")
    for mention in event.mentions:
        document = timeline.document(mention.document)
        if document is None:
            lines.append(f"“{visible_text(mention.text)}” — {visible_path(mention.document)}")
            continue
        text = document.text
        start = max(0, min(mention.sentence_start, mention.start))
        end = min(len(text), max(mention.sentence_end, mention.end))
        quote = " ".join(visible_text(text[start:end]).split())
        source = visible_text(document.shown_title or document.id)
        published = (f", {document.published.day} {document.published.strftime('%B %Y')}"
                     if document.published else "")
        place = document.origin_at(mention.start)  # "p. 4": where to find it in a PDF, a mailbox, a feed
        place = f", {visible_text(place)}" if place else ""
        path = visible_path(document.path)
        where = f"{visible_path(document.link)}; {path}" if document.link else path
        lines.append(f"“{quote}” — {source}{published}{place} ({where})")
    if event.note:
        lines.append(f"Note: {event.note}")  # the user's own words, line breaks and all
    return "\n".join(lines) + "\n"
