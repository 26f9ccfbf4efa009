"""News' per-sentence screen of the date tests that need a word before the date (core/news.py,
`NewsWalk._words_of`): the walk must keep exactly the dates the full tests keep."""
from __future__ import annotations

import bisect
import datetime as dt

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import as_of_or_labelled, in_attribution, is_figures_period
from timeline_app.core.temporal import tag


def _full_path(walk: news.NewsWalk, e) -> int:
    """`_sentence_dated` with its three word-needing tests asked of every date (no screen)."""
    doc = walk.doc
    i = bisect.bisect_right([s.start for s in doc.sentences], e.start) - 1
    sent = doc.sentences[i]
    if e.value == "PRESENT_REF" or walk._excluded.overlaps(e.start, e.end):
        return -1
    if e.value == "PAST_REF" and " ".join(e.text.lower().split()) in news._RECENTLY:
        return -1
    if i < 0 or e.start >= sent.end or is_figures_period(doc.text, e, sent.start) \
            or in_attribution(doc.text, sent.start, e.start) or as_of_or_labelled(doc.text, sent.start, e) \
            or news._rescheduling_goal(doc, sent, e):
        return -1
    return i


# Each line a sentence of one article: the words the tests need, in any case, next to dates and far from them, in
# sentences side by side (the screen keeps the last sentence's answer: the next one must not take it), and a
# sentence outside ASCII (re's IGNORECASE matches "İ" to "i", which lower-casing does not: no screen there).
ARTICLE = [
    "Officials met in Paris on Monday to discuss the plan.",
    "According to a report Friday, the minister resigned.",
    "The minister resigned, according to a report released on Friday.",
    "ACCORDING TO A REPORT ON THURSDAY, THE TALKS FAILED.",
    "The talks failed on Thursday.",
    "Milk with a use-by date of May 3 was recalled on Tuesday.",
    "The shares, then worth $5 million in March, were sold on Wednesday.",
    "The stake, valued at $2 million on Monday, changed hands.",
    "The board postponed the vote until October 15.",
    "The vote was held on Tuesday after a delay.",
    "The launch was moved to next year, the agency said on Friday.",
    "The computer maker reported results on Monday.",
    "The deputy governor spoke on Sunday.",
    "Accordingly, the council voted on Wednesday.",
    "The mayor quit, accordİng to a report released on Friday.",
    "Nobody voted on Tuesday.",
]


@pytest.mark.parametrize("order", ["as written", "reversed"])
def test_the_screened_walk_keeps_the_dates_the_full_tests_keep(order: str) -> None:
    lines = ARTICLE if order == "as written" else ARTICLE[::-1]
    text = "Talks in the capital\nThursday, June 20, 2024\n\n" + "\n\n".join(lines) + "\n"
    doc = document_from_text(text, id="screen")
    assert doc.published == dt.date(2024, 6, 20)
    expressions = tag(doc.text, reference=doc.published)
    assert len(expressions) >= len(lines)
    walk = news.NewsWalk(doc, [], streamed=True)
    kept = [walk._sentence_dated(e) for e in expressions]
    assert kept == [_full_path(walk, e) for e in expressions]
    # (the table reaches every test: some dates are dropped by each of them, and most are kept)
    assert kept.count(-1) >= 5 and sum(k >= 0 for k in kept) >= 8
