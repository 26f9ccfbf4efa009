"""Under a heading line that dates its section long before the news ("Three strikers, October 14, 1996"), a simple
past with no date of its own tells of the section's time, not the day's news (issue 7's judged real news, stop 24
item 4: a feature on this week's hat-tricks put "Steve McManaman set up Fowler to curl home his fourth", under its
1995 section's heading, on this week's match day). A heading with no date or a recent one, or running text, leave
the day's news as it was. Invented articles built around one heading line and one undated sentence, published
Monday, September 4, 2023 (news of Saturday the 2nd)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

_ARTICLE = ("Three strikers score hat-tricks on one afternoon\n\nBy Sports Desk September 04, 2023\n\n"
            "Three strikers scored hat-tricks in the league on Saturday.\n\n"
            "It was only the second time that one day had brought three hat-tricks.\n\n"
            "{heading}\n\n{sentence}\n")
_NEWS_DAY = "2023-09-02"


def _days_of(tmp_path: Path, heading: str, sentence: str) -> set[str]:
    (tmp_path / "feature.txt").write_text(_ARTICLE.format(heading=heading, sentence=sentence), encoding="utf-8")
    text = (tmp_path / "feature.txt").read_text(encoding="utf-8")
    start = text.index(sentence)
    return {e.first.isoformat() for e in build_timeline([tmp_path], cache=False).events
            if any(m.sentence_start <= start < m.sentence_end for m in e.mentions)}


@pytest.mark.parametrize("heading, sentence", [
    ("Dean Marsh, Paul Ikeda and Tom Varga, October 14, 1996", "The winger crossed for his third goal."),
    ("Marsh and Ikeda, 12 March 2001", "A defender set up Ikeda to score his second."),
    ("The 1996 treble", "The winger crossed for his third goal."),
])
def test_a_simple_past_under_an_old_dated_heading_is_not_the_days_news(tmp_path: Path, heading: str,
                                                                       sentence: str) -> None:
    assert _NEWS_DAY not in _days_of(tmp_path, heading, sentence)


@pytest.mark.parametrize("heading, sentence", [
    # a heading with no date, or one of the news: the account is the day's
    ("How the afternoon unfolded", "The winger crossed for his third goal."),
    ("Marsh, Ikeda and Varga, September 2, 2023", "The winger crossed for his third goal."),
    # running text with an old date in passing, not a heading line: the next paragraph's act is the day's
    ("Fans remembered the 1996 treble, which Marsh led.", "The winger crossed for his third goal."),
    # a heading that only compares the news with a past year: the section is the day's (review 25b item 3)
    ("Worst since 2007", "The winger crossed for his third goal."),
    ("More goals than in 1996", "The winger crossed for his third goal."),
    ("Best afternoon since March 1996", "A defender set up Ikeda to score his second."),
])
def test_an_undated_heading_or_a_recent_one_leaves_the_days_news(tmp_path: Path, heading: str,
                                                                 sentence: str) -> None:
    assert _NEWS_DAY in _days_of(tmp_path, heading, sentence)
