"""Commentary and cut titles in an article's body: a reported clause cut at a comma aside is titled by its own
words, and what a figure "reflected" is an explanation, not a happening. All sentences are invented."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import COUNCIL_ARTICLE, body_news, council_reported_words


@pytest.mark.parametrize("sentence, title", [
    # The frame's title would end at the aside ("Lane says the fire"): the reported clause says what happened.
    ("Lane said the fire, largely confined to the kitchen, destroyed the stage.", "The fire destroys the stage"),
    ("Officials said the blaze, which started in the kitchen, destroyed the stage.", "The blaze destroys the stage"),
])
def test_a_reported_clause_cut_at_a_comma_aside_is_titled_by_its_own_words(sentence: str, title: str) -> None:
    assert [i.candidate.title for i in body_news(sentence, COUNCIL_ARTICLE)] == [title]


@pytest.mark.parametrize("sentence", [
    "Lane said the rise in fees reflected the cost of repairs.",
    "The rise in fees reflected the cost of repairs.",
    "The loss was reflected in the council's accounts.",
])
def test_what_a_figure_reflected_is_commentary(sentence: str) -> None:
    assert council_reported_words(sentence) == []
