"""A feature's undated flashback is not the publication day's news: in an article whose lead reports no news of the
day (a profile's "At 79, Ruth Okafor still opens her narrow shop"), a simple past of someone's right after a step of
an older account goes on with that account ("She was born in 1946 … She took apart her grandmother's clock … Her
uncle found the pieces"), left undated (`news.NewsWalk.result`). A news article's undated act after its background
stays the day's ("Workers gathered outside the harbour office after the announcement"). Invented articles
(fixtures/feature_flashbacks/), published Saturday, June 14, 2025."""
from __future__ import annotations

from pathlib import Path

import pytest


from tests.core import news_helpers

FIXTURES = Path(__file__).parent / "fixtures" / "feature_flashbacks"


@pytest.fixture(scope="module")
def dated_sentences() -> dict[str, set[str]]:
    return news_helpers.dated_sentences(FIXTURES)


@pytest.mark.parametrize("sentence", [
    "She took apart her grandmother's mantel clock on the kitchen table.",
    "Her uncle found the pieces and put them back together for her.",
])
def test_a_features_flashback_is_not_on_the_publication_day(dated_sentences: dict[str, set[str]],
                                                            sentence: str) -> None:
    assert "2025-06-14" not in dated_sentences.get(sentence, set())


def test_a_news_articles_undated_act_stays_the_days(dated_sentences: dict[str, set[str]]) -> None:
    assert dated_sentences["Workers gathered outside the harbour office after the announcement."] == {"2025-06-13"}
