"""A sentence's date that a later future verb governs ("declared a state of emergency and said he would travel
to the area on Thursday") is that verb's: the sentence's past act is still the day's news (`news._later_future_owner`).
The sentences are invented, set in the council article of `news_helpers` (its lead is news of its own)."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import council_reported_words


@pytest.mark.parametrize("sentence, words", [
    # The date is the later future verb's: the past act is the day's news.
    ("The mayor closed the harbour and said she would reopen it on Monday.", ["closed"]),
    ("The board fired its chairman and said a successor would be named on May 20.", ["fired"]),
    # The act's own date: extraction's event, no news of the day.
    ("The mayor closed the harbour on Friday and said she would reopen it on Monday.", []),
    # The future verb stands after the date: the date is the act's ("several months ago").
    ("The Harlo phone was unveiled at a fair several months ago and will replace the Harlo 2.", []),
    # A past date of a narrative's "would": the account of that time, not the day's news.
    ("The mayor was born in Lima and would become president in 1990.", []),
    # A statement's frame is no act of its own.
    ("The mayor said she would reopen the harbour on Monday.", []),
])
def test_a_later_future_verbs_date_leaves_the_act_the_days_news(sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words
