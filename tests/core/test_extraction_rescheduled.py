"""A date that a rescheduling verb moves something to ("postponed the vote until May", "extended to Nov. 20 its
offer") is the new time of the thing moved, titled by it in the source's words ("The vote postponed"); the moving
itself, the sentence's main verb, is the day's news. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.temporal import tag

TEMPLATE = "Plans change\nNovember 10, 2005\n\n{}\n"
PUBLISHED = dt.date(2005, 11, 10)


def _titles(sentence: str, phrase: str) -> list[str]:
    doc = document_from_text(TEMPLATE.format(sentence), id="d")
    return [c.title for c in extract_mentions(doc, tag(doc.text, reference=doc.published)) if c.mention.text == phrase]


@pytest.mark.parametrize("sentence, phrase, titles", [
    ("The club put off the vote on the new stadium until January.", "until January",
     ["The vote on the new stadium put off until January"]),
    ("The agency has postponed the launch of its weather satellite until at least March 2006.", "March 2006",
     ["The launch of its weather satellite postponed until at least March 2006"]),
    ("The final was pushed back to December 3 because of snow.", "December 3", ["The final pushed back to December 3"]),
    ("Brix Corp. extended to Nov. 30 its $12-a-share offer for Colby.", "Nov. 30",
     ["Brix Corp.'s $12-a-share offer extended to Nov. 30"]),
    ("The shop extended the discount until June 30.", "until June 30", ["The discount extended until June 30"]),
    # its goal in the title, in the source's words, and an its/their named by the mover (review 20, findings 9, 10)
    ("The city council on Wednesday postponed its vote on the stadium plan until December 15.", "until December 15",
     ["The city council's vote on the stadium plan postponed until December 15"]),
    ("The two firms postponed their merger until January.", "until January",
     ["The two firms' merger postponed until January"]),
    # a moving that a first saying verb reports is the sentence's news as well
    ("Officials said the council postponed the vote until December 15.", "until December 15",
     ["The vote postponed until December 15"]),
    # (no moving in time, or one still to come: unchanged)
    ("The club will put off the vote until January.", "until January", ["The club will put off the vote"]),
    ("The club moved its offices to Leeds in January.", "January", ["The club moves its offices to Leeds"]),
    ("The shop extended its lead to 20 points in June.", "June", ["The shop extends its lead to 20 points"]),
])
def test_a_rescheduled_date_is_the_thing_s(sentence: str, phrase: str, titles: list[str]) -> None:
    assert _titles(sentence, phrase) == titles


@pytest.mark.parametrize("sentence, word", [
    ("The club put off the vote on the new stadium until January.", "put"),
    ("Brix Corp. extended to Nov. 30 its $12-a-share offer for Colby.", "extended"),
])
def test_the_moving_is_the_day_s_news(sentence: str, word: str) -> None:
    doc = document_from_text(TEMPLATE.format(sentence), id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    assert [(i.candidate.mention.text, i.candidate.first, i.candidate.reported) for i in items
            if i.role == "lead"] == [(word, PUBLISHED, True)]
