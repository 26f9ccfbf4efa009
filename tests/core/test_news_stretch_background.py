"""A perfect told over a stretch of weeks or longer up to the report ("have carried out similar operations in recent
weeks", "has risen over the past few months") sums up that stretch: with no date of its own it is not put on the
publication day (`news._stretch_up_to_now`). A stretch of days or hours is the day's news. Invented sentences in an
invented article."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import body_news

REPORT = ("Harbour talks resume in Tallinn\nMarch 4, 2016\n\n"
          "Negotiators from the two port authorities resumed talks on the shared harbour in Tallinn.\n\n{}\n")


@pytest.mark.parametrize("sentence, news_of_the_day", [
    ("Rival ports have carried out similar inspections in recent weeks.", False),
    ("Freight rates have risen over the past few months.", False),
    ("Rival ports have carried out similar inspections in recent months.", False),
    ("The two authorities have traded complaints during the last two years.", False),
    ("Dock workers had staged protests throughout the past months.", False),
    # (a stretch of days, or none: the day's news, as before)
    ("Rival ports have carried out similar inspections in recent days.", True),
    ("Rival ports have carried out similar inspections.", True),
])
def test_a_perfect_over_a_stretch_is_no_news_of_the_day(sentence: str, news_of_the_day: bool) -> None:
    items = body_news(sentence, REPORT)
    assert any(not i.dated_nearby and i.candidate.reported for i in items) is news_of_the_day
