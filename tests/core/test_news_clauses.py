"""A sentence whose main clause is the day's news while another of its clauses tells an old time of its own
(core/news.py): the main clause reaches the dateline, the dated clause stays extraction's event at its date.
Every sentence here is invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.temporal import tag
from tests.core.news_helpers import COUNCIL_ARTICLE, COUNCIL_PUBLISHED, body_news, council_reported_words

_body = council_reported_words
PUBLISHED, ARTICLE = COUNCIL_PUBLISHED, COUNCIL_ARTICLE


@pytest.mark.parametrize("sentence, word", [
    # a relative clause or a participle's aside describes someone the main clause names, at an old time of its own
    ("The bank, which was founded in 1890, closed its last branch.", "closed"),
    ("Acme, which went public in 1995, agreed to buy a rival.", "agreed"),
    ("The company, founded in 1990, announced a new chip.", "announced"),
    ("The mill, bought by the Pratt family in 1950, was sold to a developer.", "was sold"),
    ("Firemen rescued two men from a house where the poet lived in 1920.", "rescued"),
    # so does a clause giving a reason or a contrast
    ("Police searched the farm because the suspect had lived there in 1990.", "searched"),
    ("The council approved the tower, although voters rejected a similar plan in 1994.", "approved"),
    # a report of figures compared with a year before is the day's report: the yardstick dates the other figure
    ("Acme posted a net loss of $2.3 million, versus net income of $5.3 million a year earlier.", "posted"),
    ("The company reported a net loss of $5.1 million, compared with a loss of $6.2 million a year earlier.",
     "reported"),
])
def test_an_old_time_of_another_clause_leaves_the_main_clause_news(sentence: str, word: str) -> None:
    assert _body(sentence) == [word]


@pytest.mark.parametrize("sentence", [
    # a recent time there is often the whole sentence's: the month or the day of the news
    "The bank, which was founded in April, closed its last branch.",
    "The biggest gains came in retail, which added 9,000 jobs in April.",
    "The company, founded last week, announced a new chip.",
    # a present perfect beside an old date tells a stretch from then up to now, no happening of the day
    "The engineer, hired by the firm in 1975, has built its largest bridges.",
    "The bank, which was founded in 1890, has grown into the largest lender in the state.",
    # a comparison's yardstick is the figures' own time, not an aside about the subject
    "Costs, compared with a year ago, were lifted by higher wages.",
    # a date of the main clause, a coordinated clause or a time clause still dates the sentence
    "The bank closed its last branch in 1990.",
    "The suspect vanished, and his car was found at the airport in 1997.",
    "The mayor resigned after the council voted in 1995.",
    # a date to come in a relative clause is no old time ("in 1999", the year of publication, reaches past it)
    "The issue, which is puttable back to the company in 1999, was priced at 110 basis points.",
    # a relative "that" is left dating the sentence (it is also a complement's "that" to the tagger at times)
    "Divers found the wreck of a ferry that sank off the coast in 1962.",
])
def test_the_sentence_stays_dated_otherwise(sentence: str) -> None:
    assert _body(sentence) == []


@pytest.mark.parametrize("sentence, main, dated, year", [
    ("The bank, which was founded in 1890, closed its last branch.", "closed", "1890", 1890),
    ("The company, founded in 1990, announced a new chip.", "announced", "1990", 1990),
])
def test_the_sentence_yields_both_the_days_news_and_the_old_happening(tmp_path: Path, sentence: str, main: str,
                                                                     dated: str, year: int) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE.format(sentence), encoding="utf-8")
    timeline = build_timeline([tmp_path], cache=False)
    found = {(m.text, e.first) for e in timeline.events for m in e.mentions}
    assert (main, PUBLISHED) in found
    assert any(text == dated and first is not None and first.year == year for text, first in found)
    # the old happening is not the main clause's: no event puts the closing or announcing at the old year
    assert not any(text == main and first is not None and first.year == year for text, first in found)


@pytest.mark.parametrize("sentence, word, title", [
    # a quotation is the speaker's words, but telling it to an audience is a happening of the day
    ("``We will not leave,'' the mayor told reporters.", "told", "The mayor tells reporters"),
    # (what was told is the title when it is no speaker's own person: a closing telling frame reads as a saying)
    ("\u201cThe dam will hold,\u201d the engineer told a news conference.", "told", "The engineer says the dam will hold"),
    ('"Our doors stay open," Rivera told the city council, which met to hear the complaints.', "told",
     "Rivera tells the city council"),
    ("``I have lost a friend,'' Moreau told reporters later, referring to the pilot.", "told", "Moreau tells reporters later"),
])
def test_a_quotations_telling_to_an_audience_is_news(sentence: str, word: str, title: str) -> None:
    doc = document_from_text(ARTICLE.format(sentence), id="d")
    items = [i for i in news.find_news(doc, tag(doc.text, reference=doc.published)) if i.role == "body"]
    assert [(i.candidate.mention.text, i.candidate.title) for i in items] == [(word, title)]
    assert items[0].candidate.reported and items[0].candidate.first == PUBLISHED


@pytest.mark.parametrize("sentence", [
    # a saying, a telling with no audience, or one that frames a report of its own stays out
    "``We will not leave,'' the mayor said.",
    "``We will not leave,'' said the mayor.",
    "``We will not leave,'' the mayor was told.",
    "``We will not leave,'' the mayor told reporters the plan had failed.",
    "``We will not leave,'' the mayor did not tell reporters.",
    # a telling inside the quotation is the speaker's
    "``He told me to wait,'' the clerk said.",
    # and a dated telling is extraction's event at its date
    "``We will not leave,'' the mayor told reporters on April 20.",
])
def test_other_quotations_stay_out(sentence: str) -> None:
    assert _body(sentence) == []



@pytest.mark.parametrize("passage, news_words", [
    # a simple past with no time of its own, between two sentences of only long-past times, tells of theirs
    ("By the 1970s the fleet had shrunk from 40 boats to under 10, and the board twice voted to sell the ferry, "
     "in 1971 and again in 1985. Both times, sailors protested. In 1971 about 300 people marched to the harbour.",
     []),
    ("The fleet had shrunk, and the board twice voted to sell the ferry, in 1971 and again in 1985.\n\n"
     "Both times, sailors protested. In 1971 about 300 people marched to the harbour.", []),
    # an agentless past passive with only old times, beside another such sentence: how things came to be
    ("The village was laid out around the salt works, which opened in 1850. The canal closed in 1931.", []),
    # alone, an old relative clause leaves the passive the day's (as "The mill, bought ... in 1950, was sold")
    ("The village was laid out around the salt works, which opened in 1850.", ["was laid"]),
])
def test_a_neighbourhood_of_old_times_tells_an_old_story(passage: str, news_words: list[str]) -> None:
    items = body_news(passage, ARTICLE)
    assert [i.candidate.mention.text for i in items if not i.dated_nearby] == news_words
