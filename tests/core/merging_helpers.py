"""What the merging tests of invented articles share: each article's events as the sentences that report them, and
whether two sentences (by their openings) are told in one event."""
from __future__ import annotations

from pathlib import Path

from timeline_app.core.pipeline import build_timeline


def sentences_by_event(folder: Path) -> dict[str, list[list[str]]]:
    """Per article of `folder` (its file's stem), the sentences of each event that article reports."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    found: dict[str, list[list[str]]] = {}
    for event in build_timeline([folder], cache=False).events:
        for doc_id in {m.document for m in event.mentions}:
            found.setdefault(doc_id, []).append(
                [texts[doc_id][m.sentence_start:m.sentence_end].lstrip() for m in event.mentions
                 if m.document == doc_id])
    return found


def together(events: list[list[str]], first: str, second: str) -> bool:
    """Whether one event's sentences hold a sentence opening with `first` and one opening with `second`."""
    return any(any(s.startswith(first) for s in sentences) and any(s.startswith(second) for s in sentences)
               for sentences in events)


def events_holding(path: Path, words: str) -> list:
    """The events of the article (or folder) at `path` that hold a mention in the sentence printing `words`."""
    timeline = build_timeline([path], cache=False)
    return [e for e in timeline.events
            if any(words in timeline.document(m.document).text[m.sentence_start:m.sentence_end] for m in e.mentions)]
