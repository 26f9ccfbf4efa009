"""A happening still to come when the article was written ("a summit is scheduled for June 20", "will hold a summit in
June") is no target of a definite reference: "the summit" in "spoke to reporters after the summit" or "at the Madrid
summit" names one already held, not the plan (`references._family_targets`). A happening
of the past is still named so. Invented articles."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import extraction, news, references
from timeline_app.core.documents import document_from_text
from timeline_app.core.temporal import tag


def _references(text: str) -> dict[str, dt.date | None]:
    doc = document_from_text(text, id="d")
    expressions = tag(doc.text, reference=doc.published)
    candidates = extraction.extract_mentions(doc, expressions)
    candidates += [item.candidate for item in news.find_news(doc, expressions)]
    return {c.mention.text: c.first for c in references.in_article_references(doc, candidates)}


HEAD = "Valdora news\nMay 4, 2026\n\n"


@pytest.mark.parametrize("text, expected", [
    # a summit still to come: "the summit" of a past-tense sentence is another one
    (HEAD + "Leaders will hold a summit in Lisbon on June 20, 2026.\n\n"
     "The treaty was signed in 1997 at the Madrid summit, officials recalled.\n", {}),
    (HEAD + "A summit of the regional leaders is scheduled for June 20, 2026.\n\n"
     "The ministers spoke to reporters after the summit.\n", {}),
    # guard: one already held is still named so
    (HEAD + "Leaders held a summit in Lisbon on April 20, 2026.\n\n"
     "The treaty was signed at the summit, officials recalled.\n", {"summit": dt.date(2026, 4, 20)}),
])
def test_a_happening_still_to_come_is_no_references_target(text: str, expected: dict[str, dt.date]) -> None:
    assert _references(text) == expected
