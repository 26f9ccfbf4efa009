"""The news an article dates only by its dateline (core/news.py): tense against the time a date names, and
statements of a state or an opinion kept off the timeline. Every sentence here is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.temporal import tag
from tests.core.news_helpers import COUNCIL_ARTICLE, COUNCIL_PUBLISHED, body_news

PUBLISHED, ARTICLE = COUNCIL_PUBLISHED, COUNCIL_ARTICLE
LEAD = "January 8, 1998\n\n{}\n\nThe board met on Tuesday.\n"


def _body(sentence: str) -> list[news.NewsItem]:
    return body_news(sentence, ARTICLE)


def _lead(sentence: str) -> list[str]:
    doc = document_from_text(LEAD.format(sentence), id="d")
    return [i.candidate.mention.text for i in news.find_news(doc, tag(doc.text, reference=doc.published))
            if i.role != "fallback"]


@pytest.mark.parametrize("sentence, word", [
    # a present perfect is done by publication: a time still to come is the time of what was arranged
    ("The mayor has invited the governors to a summit in Denver on May 20.", "has invited"),
    ("The prosecutor has scheduled a news conference for next Tuesday.", "has scheduled"),
    # a relative clause telling what is to come dates nothing of the main clause
    ("The mayor praised the orchestra, which will tour Asia next month, for its courage.", "praised"),
    # ... but a date to come in a simple past's own clause governs it (extraction's event, not news)
    ("The board declared a special dividend, payable June 15.", None),
    # a date already gone still dates the present perfect's clause
    ("The mayor has invited the governors to a summit in Denver on May 3.", None),
    # and a relative clause in the past still dates the sentence, at a time of the news (an old one is its
    # own: tests/core/test_news_clauses.py)
    ("The bank, which was founded in April, closed its last branch.", None),
])
def test_a_time_to_come_dates_no_act_already_done(sentence: str, word: str | None) -> None:
    items = _body(sentence)
    assert [i.candidate.mention.text for i in items] == ([word] if word else [])
    for i in items:
        assert i.candidate.reported and i.candidate.first == PUBLISHED


@pytest.mark.parametrize("sentence, word", [
    # a state of mind, a purpose or a stance in the past tense is no happening, told or reported
    ("The chairman said he was pleased with the result.", None),
    ("Critics said the bill was aimed at helping banks.", None),
    ("The engineer said the bridge was designed to carry heavy trucks.", None),
    ("The minister said the town was well prepared for the storm.", None),
    ("Residents said they opposed the new road.", None),
    ("The union said it supported the strike.", None),
    ("The mayor said he sympathized with the strikers.", None),
    ("The town was well prepared for the storm.", None),
    # a stance told as the main clause, not as what someone said of themselves, is what they did (a vote, a
    # campaign): news; and a participle of purpose with its agent is something that agent did
    ("Farmers strongly opposed the new road.", "opposed"),
    ("The Senate opposed the tax bill by a vote of 52 to 48.", "opposed"),
    ("The plant was designed by Foster.", "was designed"),
    # what was done to something stays news, whatever adverb of manner it has
    ("The minister said the port was badly damaged by the storm.", "was badly damaged"),
    ("Police said the man was arrested at the airport.", "was arrested"),
    ("The company said profit rose sharply.", "rose"),
    ("The agency was sharply criticized by the auditors.", "was sharply criticized"),
])
def test_a_past_state_or_opinion_is_no_news(sentence: str, word: str | None) -> None:
    assert [i.candidate.mention.text for i in _body(sentence)] == ([word] if word else [])


@pytest.mark.parametrize("lead, word", [
    # a lead's statement is its news when it announces or tells how things stand ...
    ("Greystone Corp. said it will close two plants and cut 800 jobs.", "said"),
    ("Harbor Mills said it was in talks with two buyers.", "said"),
    ("Acme said it did not receive an offer for its trucking unit.", "said"),
    # ... not when it only judges what was, or tells a past state of mind
    ("The mayor said the plan was a mistake.", None),
    ("The senator said the decision was a victory for farmers.", None),
    ("Harbor Mills said the offer was too low.", None),
    ("The chairman said he was pleased with the result.", None),
    ("Residents said they opposed the new road.", None),
])
def test_a_leads_statement_of_a_past_state_or_opinion_stays_off_the_dateline(lead: str, word: str | None) -> None:
    assert _lead(lead) == ([word] if word else [])


@pytest.mark.parametrize("lead, news_words", [
    # a present tells of now: a day weeks gone in its clause is another thing's (the finding's), so the lead is
    # the day's news and the body is read
    ("With the discovery of a rifle on January 5, the police say they have found the gunman.",
     ["have found", "questioned"]),
    # a simple past is that day's: the article's news is two weeks old, and its body background
    ("On January 5, the police found a rifle near the house.", []),
])
def test_a_present_tense_is_not_dated_by_a_day_weeks_gone(lead: str, news_words: list[str]) -> None:
    doc = document_from_text(f"January 22, 1998\n\n{lead}\n\nDetectives questioned the neighbours.\n", id="d")
    items = [i for i in news.find_news(doc, tag(doc.text, reference=doc.published)) if i.role != "fallback"]
    assert [i.candidate.mention.text for i in items] == news_words
    assert all(i.candidate.first == dt.date(1998, 1, 22) for i in items)


@pytest.mark.parametrize("sentence, word", [
    # a doing that goes on up to the time of writing is news of it, as a present perfect's act is
    ("Oil prices have been falling because of a glut.", "have been falling"),
    ("Rival brewers have recently been losing market share.", "have recently been losing"),
    # not a stretch of time, a state, or one counted from a start
    ("The engineer has been working at the plant for 20 years.", None),
    ("Officials have been considering the plan.", None),
    ("Prices have been falling since the strike.", None),
])
def test_a_present_perfect_progressive_reaches_the_dateline(sentence: str, word: str | None) -> None:
    assert [i.candidate.mention.text for i in _body(sentence)] == ([word] if word else [])
