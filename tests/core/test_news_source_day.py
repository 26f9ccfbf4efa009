"""A happening its sentence tells from an earlier source ("The company cut 200 jobs, according to a report on
Monday") happened on or shortly before that source's day, not on the report's: it is put on the source's day, and
kept off the news day when the source's time is no day ("according to a 2014 study") (`news.NewsWalk._source_days`,
`_after_source_day`). The day's own news beside it stays the day's. The article is invented
(fixtures/newsday/source_day/<story>/)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.core.news_helpers import dated_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "newsday" / "source_day"
PUBLISHED = dt.date(2016, 3, 9).isoformat()
MONDAY = dt.date(2016, 3, 7).isoformat()


@pytest.fixture(scope="module")
def ferries() -> dict[str, set[str]]:
    return dated_sentences(FIXTURES / "ferries")


@pytest.mark.parametrize("sentence", [
    "The company cut 200 jobs, according to a report on Monday.",
    "The firm closed its office in Riga, according to a newspaper report published on Monday.",
    "According to a 2014 study, the firm lost its biggest customer.",
])
def test_a_happening_told_from_an_earlier_source_is_not_on_the_news_day(ferries: dict[str, set[str]],
                                                                       sentence: str) -> None:
    assert PUBLISHED not in ferries.get(sentence, set())


@pytest.mark.parametrize("sentence", [
    "The company cut 200 jobs, according to a report on Monday.",
    "The firm closed its office in Riga, according to a newspaper report published on Monday.",
])
def test_it_is_on_the_sources_day(ferries: dict[str, set[str]], sentence: str) -> None:
    assert ferries.get(sentence) == {MONDAY}


@pytest.mark.parametrize("sentence", [
    "Northline Ferries has cut four routes across the Baltic.",
    "Dock workers staged a protest outside the company's offices in Tallinn.",
])
def test_the_days_own_news_stays_on_its_day(ferries: dict[str, set[str]], sentence: str) -> None:
    assert ferries.get(sentence) == {PUBLISHED}
