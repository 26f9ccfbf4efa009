"""A date that says which thing a noun is ("the deadline of June 30", "a post from 2012") dates neither the
clause's act in extraction nor the sentence in the day's news (`news._names_a_nouns_time`): the act is reported on
the article's day. Main put the extension on June 30 and the complaint in 2012 (docs/realnews5_judgement.md,
docs/realnews7_judgement.md). Invented one-sentence articles, published on Friday 10 January 2020."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import news
from timeline_app.core.documents import document_from_text
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.temporal import tag

PUBLISHED = dt.date(2020, 1, 10)


def _days(tmp_path: Path, sentence: str) -> list[tuple[dt.date | None, str]]:
    (tmp_path / "story.txt").write_text(f"Local news\nJanuary 10, 2020\n\n{sentence}\n", encoding="utf-8")
    return [(e.first, e.title) for e in build_timeline([tmp_path], cache=False).events]


@pytest.mark.parametrize("sentence, act", [
    ("The company extended the deadline of June 30 to November 30.", "extends"),
    ("Police received a complaint about a post from 2012.", "receive"),
    ("Officers studied letters from 1998.", "study"),
])
def test_a_things_date_leaves_the_act_to_the_days_news(tmp_path: Path, sentence: str, act: str) -> None:
    days = _days(tmp_path, sentence)
    assert [day for day, title in days if act in title.split()] == [PUBLISHED], days


def _noun_date_in(text: str) -> bool:
    """`news._names_a_nouns_time` of the last "June 30" of an invented article holding `text` as one sentence."""
    doc = document_from_text(f"Local news\nJanuary 10, 2020\n\n{text}\n", id="t")
    e = [x for x in tag(doc.text, doc.published) if x.text == "June 30"][-1]
    sent = next(s for s in doc.sentences if s.start <= e.start < s.end)
    return news._names_a_nouns_time(doc, sent, e)


_UNIT = "the council extended the deadline of June 30 and "


# A run-on page (a "sentence" longer than `news.MAX_SENTENCE`) is not analysed for a thing's date: too long for the
# analyses' memo, it was analysed again for each of its dates (40 KB took 42 s of CPU, 1.5 s before), and extraction
# reads no such noun in it either (`_Reading.noun_of_or_from_date` of a whole sentence only).
@pytest.mark.parametrize("text, named", [
    ("The council extended the deadline of June 30 to November 30.", True),
    ("The mayor said " + _UNIT * (news.MAX_SENTENCE // len(_UNIT) + 1) + "the end.", False),
])
def test_a_run_on_page_is_not_read_for_a_things_date(text: str, named: bool) -> None:
    assert _noun_date_in(text) is named
