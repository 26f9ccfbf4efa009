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
     "The vote on the new stadium put off until January", dt.date(2006, 1, 1)),
    ("The agency has postponed the launch of its weather satellite until at least March 2006.", "March 2006",
     "The launch of its weather satellite postponed until at least March 2006", dt.date(2006, 3, 1)),
    ("The final was pushed back to December 3 because of snow.", "December 3", "The final pushed back to December 3",
     dt.date(2005, 12, 3)),
    ("Brix Corp. extended to Nov. 30 its $12-a-share offer for Colby.", "Nov. 30",
     "Brix Corp.'s $12-a-share offer extended to Nov. 30", dt.date(2005, 11, 30)),
    ("The shop extended the discount until June 30.", "until June 30", "The discount extended until June 30",
     dt.date(2006, 6, 30)),
    # the new time is ahead of the moving, not the last such day; its goal in the title, in the source's words,
    # and an its/their named by the mover
    ("The city council postponed its vote on the stadium plan until December 15.", "until December 15",
     "The city council's vote on the stadium plan postponed until December 15", dt.date(2005, 12, 15)),
    ("The board postponed the annual meeting of its shareholders until January 12.", "until January 12",
     "The annual meeting of its shareholders postponed until January 12", dt.date(2006, 1, 12)),
    ("The city council on Wednesday postponed its vote on the stadium plan until December 15.", "until December 15",
     "The city council's vote on the stadium plan postponed until December 15", dt.date(2005, 12, 15)),
    ("The two firms postponed their merger until January.", "until January",
     "The two firms' merger postponed until January", dt.date(2006, 1, 1)),
    # a moving that a first saying verb reports is the sentence's news as well
    ("Officials said the council postponed the vote until December 15.", "until December 15",
     "The vote postponed until December 15", dt.date(2005, 12, 15)),
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


@pytest.mark.parametrize("sentence, phrase, titles", [
    # the time a plan given up was for dates nothing: an old-plan adverb, or a moving or calling off after the aside
    ("Its shareholder meeting, originally planned for March 1, was moved to March 15.", "March 1", []),
    ("The summit, initially scheduled for December 2, was postponed.", "December 2", []),
    ("Their concert, planned for November 20, was cancelled.", "November 20", []),
    ("The vote, set for December 1, was scrapped.", "December 1", []),
    # (a plan kept, or one the clause itself states: unchanged)
    ("The vote, planned for December 1, will decide the matter.", "December 1",
     ["The vote planned"]),
    ("The vote was planned for December 1.", "December 1", ["The vote was planned"]),
])
def test_the_time_of_a_plan_given_up_dates_nothing(sentence: str, phrase: str, titles: list[str]) -> None:
    assert [title for title, _ in _titles(sentence, phrase)] == titles


@pytest.mark.parametrize("sentence, title", [
    # a possessive opening the sentence takes no happening of the sentence before for its owner
    ("The launch of the company's new phone was delayed. Its shareholder meeting was held on December 1.",
     "Its shareholder meeting was held"),
    ("The vote was postponed. Its organisers met on December 1.", "Its organisers meet"),
    # (an owner that names no happening: unchanged)
    ("The council rejected the plan. Its members met on December 1.", "The council's members meet"),
])
def test_a_possessive_is_no_happening_s(sentence: str, title: str) -> None:
    assert [t for t, _ in _titles(sentence, "December 1")] == [title]
