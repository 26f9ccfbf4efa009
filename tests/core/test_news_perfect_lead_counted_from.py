"""A lead in the present perfect or the simple past whose only time phrase is a length counted forward from an
earlier happening ("a year after she won", "two years later") is still the day's news: the length dates the earlier
happening, the lead's verb is the article's news (core/news.py, `_counts_up_to`). A stretch ("in the months after
the final") or a past perfect lead keeps its earlier time. Every sentence here is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.temporal import tag

PUBLISHED = dt.date(2019, 9, 12)
TEMPLATE = "Local news in brief\nSeptember 12, 2019\n\n{}\n\nThe council will meet again next month.\n"


def _lead_words(sentence: str) -> list[tuple[str, dt.date | None, bool]]:
    doc = document_from_text(TEMPLATE.format(sentence), id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    return [(i.candidate.mention.text, i.candidate.first, i.candidate.reported) for i in items if i.role == "lead"]


@pytest.mark.parametrize("sentence, words", [
    ("The Harbour Board has dismissed its chief engineer, barely six months after it hired him from a rival port.",
     [("has dismissed", PUBLISHED, True)]),
    ("Mayor Ellen Brandt has quit the Green party, two years after she led it to its best result.",
     [("has quit", PUBLISHED, True)]),
    ("The bakery chain Kornfeld has shut its last shop in the city, a decade after it opened the first.",
     [("has shut", PUBLISHED, True)]),
    # a lead's simple past too: the lead is the article's news, the length dates the earlier happening
    ("The Harbour Board dismissed its chief engineer six months after it hired him from a rival port.",
     [("dismissed", PUBLISHED, True)]),
    ("Olympic sprinter Dana Voss retired from racing, barely a year after she set the world record in Rome.",
     [("retired", PUBLISHED, True)]),
    ("The Velmar cinema closed its doors three decades after it screened its first film.",
     [("closed", PUBLISHED, True)]),
    # a stretch after a happening, not a length counted up to now; a past perfect lead: not today's
    ("Past champions of the regatta have usually seen sponsorship double in the months after the final.", []),
    ("Mayor Ellen Brandt had quit the Green party two years before she ran as an independent.", []),
])
def test_a_perfect_lead_counted_from_an_earlier_happening_is_the_day_s_news(
        sentence: str, words: list[tuple[str, dt.date | None, bool]]) -> None:
    assert _lead_words(sentence) == words
