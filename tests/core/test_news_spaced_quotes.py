"""A quotation closed by a straight quote standing apart ('... a dear friend. " Mayor ...', as tokenised or
carelessly typed text has it): the quotation's words are the speaker's, not the article's report, and the
sentences after it are the report again (core/documents.py `_split_block`, core/news.py). The article is
invented."""
from __future__ import annotations

from pathlib import Path

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.temporal import tag

ARTICLE = Path(__file__).parent / "fixtures" / "spaced_quotes" / "obituary.txt"


def test_after_a_spaced_closing_quote_the_report_goes_on() -> None:
    doc = document_from_text(ARTICLE.read_text(encoding="utf-8"), id="obituary")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    body = {i.candidate.mention.text: i.candidate.first.isoformat() for i in items if i.role == "body"}
    # the reaction, on the day of the death the lead dates; not the statement's "We have lost a dear friend"
    assert body == {"expressed": "2019-03-13"}
