"""A date that a rescheduling verb moves something to ("postponed the vote until May", "extended to Nov. 20 its
offer") is the new time of the thing moved, titled by it in the source's words ("The vote postponed"); the moving
itself, the sentence's main verb, is the day's news; the new time is ahead of the moving (a year back on the old tagger:
"postponed its vote until December 15" was the last December 15). Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.temporal import tag

TEMPLATE = "Plans change\nNovember 10, 2005\n\n{}\n"
PUBLISHED = dt.date(2005, 11, 10)


def _titles(sentence: str, phrase: str) -> list[tuple[str, dt.date]]:
    doc = document_from_text(TEMPLATE.format(sentence), id="d")
    return [(c.title, c.first) for c in extract_mentions(doc, tag(doc.text, reference=doc.published))
            if c.mention.text == phrase]


@pytest.mark.parametrize("sentence, phrase, title, first", [
    ("The club put off the vote on the new stadium until January.", "until January",
     "The vote on the new stadium put off", dt.date(2006, 1, 1)),
    ("The agency has postponed the launch of its weather satellite until at least March 2006.", "March 2006",
     "The launch of its weather satellite postponed", dt.date(2006, 3, 1)),
    ("The final was pushed back to December 3 because of snow.", "December 3", "The final pushed back",
     dt.date(2005, 12, 3)),
    ("Brix Corp. extended to Nov. 30 its $12-a-share offer for Colby.", "Nov. 30", "Its $12-a-share offer extended",
     dt.date(2005, 11, 30)),
    ("The shop extended the discount until June 30.", "until June 30", "The discount extended",
     dt.date(2006, 6, 30)),
    # the new time is ahead of the moving, not the last such day
    ("The city council postponed its vote on the stadium plan until December 15.", "until December 15",
     "Its vote on the stadium plan postponed", dt.date(2005, 12, 15)),
    ("The board postponed the annual meeting of its shareholders until January 12.", "until January 12",
     "The annual meeting of its shareholders postponed", dt.date(2006, 1, 12)),
    # (no moving in time, or one still to come: unchanged)
    ("The club will put off the vote until January.", "until January", "The club will put off the vote",
     dt.date(2006, 1, 1)),
    ("The club moved its offices to Leeds in January.", "January", "The club moves its offices to Leeds",
     dt.date(2005, 1, 1)),
    ("The shop extended its lead to 20 points in June.", "June", "The shop extends its lead to 20 points",
     dt.date(2005, 6, 1)),
])
def test_a_rescheduled_date_is_the_thing_s(sentence: str, phrase: str, title: str, first: dt.date) -> None:
    assert _titles(sentence, phrase) == [(title, first)]


@pytest.mark.parametrize("sentence, word", [
    ("The club put off the vote on the new stadium until January.", "put"),
    ("Brix Corp. extended to Nov. 30 its $12-a-share offer for Colby.", "extended"),
])
def test_the_moving_is_the_day_s_news(sentence: str, word: str) -> None:
    doc = document_from_text(TEMPLATE.format(sentence), id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    assert [(i.candidate.mention.text, i.candidate.first, i.candidate.reported) for i in items
            if i.role == "lead"] == [(word, PUBLISHED, True)]
