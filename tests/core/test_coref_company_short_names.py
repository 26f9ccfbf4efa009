"""A company's short name opening a sentence ("Sun said …" beside "Sun Microsystems Inc.") is that company wherever
the article writes the full name, before or after (wire copy may spell it out only later); not when only the
page's furniture writes it (a list of sources at the article's end naming an outlet): a place or a word that happens
to share the first word of such a name is no company a "the company" stands for (`coref.Companies`)."""
from __future__ import annotations

import pytest

from timeline_app.core import coref
from timeline_app.core.documents import document_from_text


@pytest.mark.parametrize("text, sentence, company", [
    # the full name only in the list of sources: no company
    ("Mills shut\n\nKessa's mills closed on Monday. The owners were not reached. The company cut prices on "
     "Tuesday, workers said.\n\nSources\n\n\"Mills shut\" — Kessa Broadcasting Corp., May 2\n",
     "The company cut", None),
    # the full name later in the article: its short name is that company
    ("Plant idled\n\nApex stops production at its Kessa plant. The company said the line would restart in May. "
     "Apex Foods Corporation employs 400 people.\n", "The company said", "Apex Foods Corporation"),
    ("Plant idled\n\nApex stops production at its Kessa plant. The company said the line would restart in May. "
     "Apex Foods Corporation employs 400 people.\n\nSources\n\n\"Plant idled\" — Kessa Broadcasting Corp., May 2\n",
     "The company said", "Apex Foods Corporation"),
    # the full name first: its short name is that company again
    ("Hiring\n\nKessa Broadcasting Corp. sold a channel. Kessa later bought a studio. The company said it would "
     "hire.\n", "The company said", "Kessa Broadcasting Corp."),
])
def test_a_short_name_is_the_company_the_article_names(text: str, sentence: str, company: str | None) -> None:
    doc = document_from_text(text, id="a")
    assert coref.companies(doc.text, doc.excluded).named("company", doc.text.index(sentence)) == company


def test_the_full_name_may_come_later_in_the_same_sentence() -> None:
    text = "Kessa is the parent of Kessa Savings Bank Corp., which has 9 branches. The bank had assets of $5 million."
    assert coref.companies(text).named("bank", text.index("The bank")) == "Kessa Savings Bank Corp."


class _CountedSpan(tuple):
    """A furniture span that counts how often it is hashed."""
    hashed = 0

    def __hash__(self) -> int:
        _CountedSpan.hashed += 1
        return super().__hash__()


def test_every_sentences_question_does_not_pass_over_the_furniture_spans() -> None:
    # One answer per document: a question per sentence neither converts nor hashes a page's spans again.
    text = "Apex Foods Corp. said on Monday it would close. The company said on Tuesday it would open. Sources"
    spans = tuple(_CountedSpan((text.index("Sources") + i, text.index("Sources") + i + 1)) for i in range(5))
    first = coref.companies(text, spans).named("company", text.index("The company"))
    _CountedSpan.hashed = 0
    for _ in range(50):
        assert coref.companies(text, spans).named("company", text.index("The company")) == first == "Apex Foods Corp."
    assert _CountedSpan.hashed == 0
