"""A clause framed by a span of someone's life measured in years ("during her 33-year career", "over his two-decade
tenure", "throughout their decades-long partnership") tells what took years: never the news day's happening (real
news, docs/realnews_judgement.md class 4: an obituary's "During his 36-year career ..., he became one of the most
influential ..." was put on the day of the death). Invented obituaries; the death stays the day's news."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

_HEAD = ("March 6, 2019\n\nSPRINGFIELD \u2014 Former Senator Jane Roe died early Tuesday at the age of 88.\n\n")


@pytest.mark.parametrize("body, words", [
    ("During her 33-year career in Congress, Roe became one of the most powerful members of the Senate.",
     "most powerful members"),
    ("Over his two-decade tenure, the mayor rebuilt the harbour.", "rebuilt the harbour"),
    ("Throughout their decades-long partnership, the two lawyers won more than 40 cases.", "40 cases"),
    ("During her 12-year-long reign, the queen opened nine bridges.", "nine bridges"),
])
def test_a_span_of_years_is_not_the_news_day(tmp_path: Path, body: str, words: str) -> None:
    (tmp_path / "obituary.txt").write_text(_HEAD + body + "\n", encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    assert any("dies" in e.title or "died" in e.title for e in events)
    assert not [e for e in events if words.split()[-1] in e.title and e.first == dt.date(2019, 3, 5)]


@pytest.mark.parametrize("body, words", [
    # a visit or a speech of the day is the day's news
    ("During her visit to the hospital, the governor praised the nurses.", "praised the nurses"),
])
def test_a_span_without_years_stays(tmp_path: Path, body: str, words: str) -> None:
    (tmp_path / "a.txt").write_text("March 6, 2019\n\nSPRINGFIELD \u2014 The governor visited the city hospital on "
                                    "Tuesday.\n\n" + body + "\n", encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    assert [e for e in events if "nurses" in e.title and e.first == dt.date(2019, 3, 5)]
