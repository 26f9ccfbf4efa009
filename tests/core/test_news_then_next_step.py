"""An undated simple past told as the next step ("then") of an act that a recent day dates in the paragraph
before (wire copy gives each sentence a paragraph) is of that day's occasion, not the news day's: "A jury
convicted X on Friday. / The judge then remanded him." A gap ("later", "eventually") is another time, as
before. Invented articles."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.news_helpers import body_news

ARTICLE = ("Ferry captain seeks new trial\nMarch 8, 2016\n\n"
           "Lawyers for ferry captain Ivo Maric asked for a new trial, citing a juror's posts online.\n\n"
           "A county jury convicted Maric of manslaughter on Friday.\n\n{}\n")
FRIDAY = dt.date(2016, 3, 4)
PUBLISHED = dt.date(2016, 3, 8)


@pytest.mark.parametrize("sentence, day", [
    ("The judge then ordered him held without bail.", FRIDAY),
    ("Court officers then led the captain from the courtroom.", FRIDAY),
    ("The judge remanded him in custody.", FRIDAY),
    # (a gap: another time, the news day's as before)
    ("Maric later fired his lawyers.", PUBLISHED),
    ("His lawyers eventually filed the motion.", PUBLISHED),
])
def test_the_next_step_takes_the_day_before(sentence: str, day: dt.date) -> None:
    items = body_news(sentence, ARTICLE)
    assert [i.candidate.first for i in items] == [day]
