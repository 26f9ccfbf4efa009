"""A "then" step goes on with the occasion whose day opens the sentence before, across a paragraph's break, even
when that sentence is a statement ("After the announcement of the verdict on Friday, the judge said ... / The
judge then remanded Lee ..."): the remanding is Friday's, not the publication day's (`news._opens_with_an_occasion`;
docs/realnews7_judgement.md, class 2: "The judge then remanded him" put on the page's Tuesday). A "later" is another
time, and a statement's own day after its verb ("said on Friday that ...") dates the saying, not an occasion: both
stay the day's news. The articles are invented (fixtures/then_step/<story>/)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "then_step"


def _remanding_days(story: str) -> list[dt.date | None]:
    timeline = build_timeline([FIXTURES / story], cache=False)
    return [e.first for e in timeline.events
            if any("remanded" in timeline.document(m.document).text[m.sentence_start:m.sentence_end]
                   for m in e.mentions)]


@pytest.mark.parametrize("story, day", [
    ("remanded", dt.date(2017, 4, 7)),   # "then" after the verdict's Friday
    ("later", dt.date(2017, 4, 11)),     # "later": another time, the day's news
    ("said_on", dt.date(2017, 4, 11)),   # a statement's own day is no occasion's
])
def test_then_goes_on_with_the_occasion_that_opens_the_sentence_before(story: str, day: dt.date) -> None:
    assert _remanding_days(story) == [day]
