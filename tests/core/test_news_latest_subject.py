"""An undated body happening whose subject is told as the latest ("a most recent statement on his website declared
...", "the latest survey found ...") is the newest of the story: on or shortly before the publication, not on the
earlier day that the lead gives the article's news (`news._told_as_latest`). Without such a word the body's undated
happening still takes the lead's day. Invented articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

ARTICLE = ("Singer calls off European tour\n\nFriday, November 9, 2007\n\n"
           "The singer Ola Berg has cancelled the remaining dates of his European tour on Tuesday.\n\n{}\n")


def _days_of(tmp_path: Path, sentence: str) -> set[str]:
    """The first days of the events with a mention in `sentence`, set in the article."""
    text = ARTICLE.format(sentence)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    start = text.index(sentence)
    timeline = build_timeline([tmp_path], cache=False)
    return {e.first.isoformat() for e in timeline.events
            if any(start <= m.start < start + len(sentence) for m in e.mentions)}


@pytest.mark.parametrize("sentence, days", [
    # told as the latest: the report's day
    ("A most recent statement on his website declared that he would be back on stage in 2008.", {"2007-11-09"}),
    ("The latest bulletin from his doctors said that he had undergone surgery.", {"2007-11-09"}),
    # (no such word: the lead's Tuesday, as before)
    ("A statement on his website declared that he would be back on stage in 2008.", {"2007-11-06"}),
])
def test_the_latest_is_on_the_report_day(tmp_path: Path, sentence: str, days: set[str]) -> None:
    assert _days_of(tmp_path, sentence) & {"2007-11-06", "2007-11-09"} == days
