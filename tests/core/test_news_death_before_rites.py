"""A death told with no day of its own right before a sentence that dates the deceased's funeral rites before the
news ("The founder of the choir has died. Services were held on Monday"): the death came before those rites, on a
day the page does not give, not on the report's day (so far put there); it gets no event of its own
(`news._rites_before_news`, `NewsWalk.deaths_before_rites`). Rites still to come ("His funeral will be held on
Friday") and another happening's day ("Roads were closed on Monday") leave the death the report's. Invented
articles (fixtures/death_rites/), published Thursday, March 6, 2025."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import news_helpers

FIXTURES = Path(__file__).parent / "fixtures" / "death_rites"


@pytest.fixture(scope="module")
def dated_sentences() -> dict[str, set[str]]:
    return news_helpers.dated_sentences(FIXTURES)


def test_a_death_before_its_dated_rites_is_not_the_report_s(dated_sentences: dict[str, set[str]]) -> None:
    assert "2025-03-06" not in dated_sentences.get("The founder of the Corran Male Voice Choir has died.", set())
    # (the rites keep their own day)
    assert "2025-03-03" in dated_sentences.get(
        "Services were held on Monday at St Mary's Church, with the choir singing his favourite hymns.", set())


@pytest.mark.parametrize("sentence, day", [
    ("The former harbour master of Kellsway has died.", "2025-03-06"),  # the funeral is to come
    ("The leader of the Hambleton brass band has died.", "2025-03-06"),  # Monday is the parade's, no rite
])
def test_a_death_beside_no_past_rites_stays_the_report_s(dated_sentences: dict[str, set[str]], sentence: str,
                                                          day: str) -> None:
    assert day in dated_sentences.get(sentence, set())
