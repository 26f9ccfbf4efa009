"""What the news tests share: the body news an invented article reports in one of its sentences."""
from __future__ import annotations

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
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
