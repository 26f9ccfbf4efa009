"""One cue before a date that may name a noun's time, read by extraction and the day's news alike
(`extraction.noun_date_cued`): a word and its preposition right before the date. Extraction reads a thing's time
("the deadline of June 30", "a post from 2012") and a happening's day ("the stabbings on Boxing Day", "following a
stabbing in Brighton on Saturday"); the day's news (`news._names_a_nouns_time`) only the first, on purpose: a
happening's day sets the time of the article's account. Main kept two cues, news' own without the "on"/"in" and
with a reach of its own. Invented one-sentence articles, published on Friday 10 January 2020."""
from __future__ import annotations

import bisect

import pytest

from timeline_app.core import grammar, news
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import noun_date_cued, noun_of_or_from_date
from timeline_app.core.temporal import tag


@pytest.mark.parametrize("sentence, date, cued, happening_cued, extraction_reads, news_reads", [
    # a thing's time: both read it
    ("The company extended the deadline of June 30 to November 30.", "June 30", True, True, True, True),
    ("Police received a complaint about a post from 2012.", "2012", True, True, True, True),
    # a happening's day: extraction's only
    ("Detectives have issued an appeal over the stabbings on Boxing Day.", "Boxing Day", False, True, True, False),
    ("Police are appealing for witnesses following a stabbing in Brighton on Saturday.", "Saturday", False, True,
     True, False),
    # a cue that the grammar does not bear out, and no cue at all
    ("The council met on Monday.", "Monday", False, True, False, False),
    ("The rally, from June 30, was moved.", "June 30", False, False, False, False),
    ("The council's deadline is June 30.", "June 30", False, False, False, False),
])
def test_one_cue_for_a_nouns_date(sentence: str, date: str, cued: bool, happening_cued: bool,
                                  extraction_reads: bool, news_reads: bool) -> None:
    doc = document_from_text(f"Local news\nJanuary 10, 2020\n\n{sentence}\n", id="t")
    e = next(x for x in tag(doc.text, doc.published) if x.text == date)
    sent = next(s for s in doc.sentences if s.start <= e.start < s.end)
    assert (noun_date_cued(doc.text, sent.start, e, happenings=False),
            noun_date_cued(doc.text, sent.start, e)) == (cued, happening_cued)
    a = grammar.analyse_sentence(doc.text[sent.start:sent.end])
    d = bisect.bisect_left(a.token_starts, e.start - sent.start)
    named = noun_of_or_from_date(doc.text, sent.start, a, d, e, doc.published)
    assert (named is not None, news._names_a_nouns_time(doc, sent, e)) == (extraction_reads, news_reads)
