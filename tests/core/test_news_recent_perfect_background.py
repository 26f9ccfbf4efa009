"""A perfect with "recently" ("All the patients have recently visited the port", "had recently returned") tells background done some while before the news, with no date of its own: not the day's news (issue 7's
judged real news, stop 24 item 5: a report's "All patients have recently visited Wuhan" was put on the news day;
judged wrong). A simple past "recently" stays as news.py reads it, around publication ("The firm recently
announced ..."); so does a perfect progressive, which goes on up to the report ("have recently been losing
customers"), and a perfect with no "recently". Invented sentences after a dated lead, published May 7, 1999."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

_ARTICLE = "Council widens inquiry\nMay 7, 1999\n\nThe council has widened its inquiry into the fever outbreak.\n\n{}\n"
_PUBLISHED = "1999-05-07"


def _days_of(tmp_path: Path, sentence: str) -> set[str]:
    (tmp_path / "news.txt").write_text(_ARTICLE.format(sentence), encoding="utf-8")
    text = (tmp_path / "news.txt").read_text(encoding="utf-8")
    start = text.index(sentence)
    return {e.first.isoformat() for e in build_timeline([tmp_path], cache=False).events
            if any(m.sentence_start <= start < m.sentence_end for m in e.mentions)}


@pytest.mark.parametrize("sentence", [
    "All the sick workers have recently visited the northern port.",
    "Two of the crew have recently flown in from the islands.",
    "Three of the families have lately returned from the islands.",
])
def test_a_recently_perfect_is_not_the_days_news(tmp_path: Path, sentence: str) -> None:
    assert _PUBLISHED not in _days_of(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Local clinics have recently been turning patients away.",
    "Health officials have closed two wells in the village.",
])
def test_a_progressive_or_a_plain_perfect_stays_the_days(tmp_path: Path, sentence: str) -> None:
    assert _PUBLISHED in _days_of(tmp_path, sentence)
