"""A date carried over bridges (core/news.py, `_bridge`): sentences with no happening of their own that go on
with the account before them in the past. The walk only notes which sentences may be bridges; `result` asks
`_bridge` of them where it reads the answer. The dates carried must be the same, and `_bridge` asked only of the
sentences between an item and the dated sentence before it (fixtures/bridges/)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.model import Document
from timeline_app.core.temporal import tag

REFINERY = Path(__file__).parent / "fixtures" / "bridges" / "refinery.txt"


def _news(monkeypatch: pytest.MonkeyPatch) -> tuple[Document, list[news.NewsItem], list[int]]:
    asked: list[int] = []
    bridge = news._bridge

    def counted(doc: Document, i: int) -> bool:
        asked.append(i)
        return bridge(doc, i)

    monkeypatch.setattr(news, "_bridge", counted)
    doc = document_from_text(REFINERY.read_text(encoding="utf-8"), id="refinery")
    return doc, news.find_news(doc, tag(doc.text, reference=doc.published)), asked


@pytest.mark.parametrize("sentence, date", [
    # two bridges in the past between the dated sentence and the item: February's date passes over both
    ("Bondholders urged the board to accept the bid.", dt.date(2024, 2, 1)),
    # a present among them ends the account, before a past bridge or after one
    ("Pickets blocked the gates.", None),
    ("Engineers closed the old boiler.", None),
])
def test_a_date_is_carried_over_the_bridges_only(monkeypatch: pytest.MonkeyPatch, sentence: str,
                                                 date: dt.date | None) -> None:
    doc, items, _asked = _news(monkeypatch)
    start = doc.text.index(sentence)
    carried = [i.candidate for i in items
               if i.candidate.mention.sentence_start == start and news.CARRIED_NOTE in i.candidate.explanation]
    assert [c.first for c in carried] == ([date] if date else [])


def test_bridges_are_asked_only_between_an_item_and_a_dated_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    doc, items, asked = _news(monkeypatch)
    sentences = [doc.text[s.start:s.end] for s in doc.sentences]
    # (the last paragraph has no item: none of its sentences is asked about; a present stops the asking)
    assert [sentences[i] for i in asked] == [
        "It was also reviewing its debts.", "Its bankers had warned of a downgrade.",
        "The refinery is one of the oldest in Texas.",
        "The company was slow to answer.", "The inspectors are still waiting."]
