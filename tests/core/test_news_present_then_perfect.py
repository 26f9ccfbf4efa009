"""A body sentence whose main verb is a present (how things stand) and whose subject's coordinated second verb
is a present perfect (what has changed up to the time of writing): that second verb is the day's news
(core/news.py, `_present_tense`). Every sentence here is invented."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import reported_words

ARTICLE = "Music store adds films\nJune 20, 2006\n\nThe online store of Acme Corp. will add films to its catalogue.\n\n{}\n"


def _body(sentence: str) -> list[str]:
    return reported_words(sentence, ARTICLE)


@pytest.mark.parametrize("sentence, words", [
    # a present tells how things stand; the present perfect after it what has changed, up to now
    ("The company employs 900 people and has opened a second office in Dublin.", ["has opened"]),
    ("The store sells songs, and more recently has begun to sell TV episodes.", ["has begun"]),
    ("The chain is the largest in the state and has opened 40 new shops.", ["has opened"]),
    ("The bank owns two hotels and has bought a third in Lisbon.", ["has bought"]),
    # a present with no second verb, or a past after it (background), or a perfect state: nothing
    ("The store sells songs and TV episodes.", []),
    ("The alliance calls for mutual defence and was founded with 12 members.", []),
    ("The store sells songs, and has had a rival in Apple for years.", []),
    # a present perfect that goes on over a stretch of time up to now is how things stand too
    ("The company employs 9,000 people and has grown steadily for a decade.", []),
    ("The company employs 9,000 people and has grown since 1990.", []),
    ("The bank owns two hotels and has long opposed the new casino.", []),
    ("The chain is the largest in the state and has always sold books.", []),
])
def test_a_present_perfect_after_a_present_is_the_news(sentence: str, words: list[str]) -> None:
    assert _body(sentence) == words
