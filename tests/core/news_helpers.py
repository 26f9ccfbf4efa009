"""What the news tests share: the body news an invented article reports in one of its sentences."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.temporal import tag


def body_news(sentence: str, template: str) -> list[news.NewsItem]:
    """The body items `news.find_news` finds in `sentence`, set in the article `template` at its "{}"."""
    text = template.format(sentence)
    doc = document_from_text(text, id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    start = doc.text.index(sentence)
    # (the sentence's own: the template's other sentences may report news of their own)
    end = start + len(sentence)
    return [i for i in items if i.role == "body" and start <= i.candidate.mention.sentence_start < end]


# An invented article whose body sentence the news tables fill in: its lead, dated, is news of its own.
COUNCIL_PUBLISHED = dt.date(1999, 5, 7)
COUNCIL_ARTICLE = "Council widens inquiry\nMay 7, 1999\n\nThe council has widened its inquiry into the fire.\n\n{}\n"


def reported_words(sentence: str, template: str) -> list[str]:
    """The words of `sentence` that the article `template` reports as its news of the day (each item checked
    to be reported at the article's publication date)."""
    items = body_news(sentence, template)
    published = document_from_text(template.format(sentence), id="d").published
    assert all(i.candidate.reported and i.candidate.first == published for i in items)
    return [i.candidate.mention.text for i in items]


def council_reported_words(sentence: str) -> list[str]:
    """`reported_words` in the council article."""
    return reported_words(sentence, COUNCIL_ARTICLE)


def dated_sentences(folder: Path) -> dict[str, set[str]]:
    """Each sentence that a mention of an event of `folder`'s articles stands in -> the events' first days, as
    ISO dates."""
    timeline = build_timeline([folder], cache=False)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    out: dict[str, set[str]] = {}
    for event in timeline.events:
        for m in event.mentions:
            sentence = texts[m.document][m.sentence_start:m.sentence_end].strip()
            out.setdefault(sentence, set()).add(event.first.isoformat())
    return out
