"""What `news.NewsWalk` answers for `result` and `resolve_news` as it finds an item, while the sentence's analysis
is at hand (they ran once the walk had let go of it, and analysed the sentence again): each answer is the one
the question would give later, item by item. All articles and sentences here are invented."""
from __future__ import annotations

from dataclasses import replace

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.temporal import tag
from tests.core.news_helpers import COUNCIL_ARTICLE


def _walked(text: str) -> news.NewsWalk:
    doc = document_from_text(text, id="d")
    walk = news.NewsWalk(doc, tag(doc.text, reference=doc.published))
    for _ in walk.steps():
        pass
    return walk


def _assert_answers_as_asked(walk: news.NewsWalk) -> None:
    doc = walk.doc
    for item in walk.out:
        c, i = item.candidate, item.index
        assert item.own_simple_past == news._simple_past(c.sentence, c.start - c.sentence_start)
        assert (i in walk.perfect) == news._present_perfect(doc, i)
        assert (i in walk.told_items) == news._told(doc, i, c.start)
        before = walk.kept_governed.get(i - 1)
        if before is not None and news._news_day(doc, before):
            assert (i in walk.acts_after_news_day) == (news._acts(doc, i - 1) and news._acts(doc, i))
        else:
            assert i not in walk.acts_after_news_day


# sentence → its item's verb, whether the sentence's main verb is a simple past, whether the item's own verb is
# (a reported clause's verb is not the main one: "approved" of "Acme says ...")
@pytest.mark.parametrize("sentence, word, simple_past, own_simple_past", [
    ("Acme says shareholders approved the merger.", "approved", False, True),
    ("Police said the suspect has fled the country.", "has fled", True, False),
    ("Officials said the bridge was closed.", "was closed", True, True),
    ("The mayor has resigned.", "has resigned", False, False),
    ("Firefighters have recovered two bodies, officials say.", "have recovered", False, False),
])
def test_an_items_own_verb_and_main_verb_are_each_read_for_their_simple_past(
        sentence: str, word: str, simple_past: bool, own_simple_past: bool) -> None:
    walk = _walked(COUNCIL_ARTICLE.format(sentence))
    body = [item for item in walk.out if item.role == "body"]
    assert [(i.candidate.mention.text, i.simple_past, i.own_simple_past) for i in body] == \
        [(word, simple_past, own_simple_past)]
    _assert_answers_as_asked(walk)


@pytest.mark.parametrize("body", [
    # an act after a day of the article's news, and a statement after one; a present perfect; a past report
    "Police arrested two men on Thursday. The men confessed. Officials said the men were released.",
    "The council met on Thursday.\n\nThe members voted to close the library. The mayor has resigned.",
    "The firm sold its unit in 1990. The firm has said it sold the unit. Workers protested.",
])
def test_the_walks_answers_are_those_result_would_ask_for(body: str) -> None:
    _assert_answers_as_asked(_walked(COUNCIL_ARTICLE.format(body)))


# Page furniture: a sentence wholly inside it is not analysed (`NewsWalk._sentence`), as `_sentence_news` would
# answer None for it; one that furniture only touches is still read.
_FURNISHED = ("Council widens inquiry\nMay 7, 1999\n\nThe council has widened its inquiry into the fire. "
              "The mayor resigned. Inspectors closed the hall.\n")


@pytest.mark.parametrize("furniture, reported", [
    ("The mayor resigned.", ["has widened", "closed"]),  # the sentence whole: not read
    ("The mayor resigned. Inspectors closed the hall.", ["has widened"]),  # both sentences: neither is read
    ("The mayor resigned. Inspectors", ["has widened", "closed"]),  # the next one's subject only: it is read
    ("resigned. Inspectors closed the hall.", ["has widened"]),  # a sentence's end: read, its verb boilerplate
    ("mayor resigned. Inspectors", ["has widened", "closed"]),
])
def test_a_sentence_wholly_inside_page_furniture_is_not_read(furniture: str, reported: list[str]) -> None:
    doc = document_from_text(_FURNISHED, id="d")
    start = doc.text.index(furniture)
    doc = replace(doc, excluded=((start, start + len(furniture)),))
    walk = news.NewsWalk(doc, tag(doc.text, reference=doc.published))
    for _ in walk.steps():
        pass
    assert [item.candidate.mention.text for item in walk.out if item.role != "headline"] == reported
    excluded = news._Excluded(doc.excluded)
    for sent in doc.sentences:
        if excluded.holds(sent.start, sent.end):  # (what the walk did not read is what it would have found nothing in)
            text = doc.text[sent.start:sent.end]
            assert news._sentence_news(doc, sent, text, (), excluded, headline=False, why="") is None
