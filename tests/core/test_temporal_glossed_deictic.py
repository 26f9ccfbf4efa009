"""A deictic day glossed by a weekday in brackets, as wire copy writes it ("yesterday (Monday)"): the weekday is the
day meant, found in the deictic's direction from the publication day, and both phrases take it. Real news
(docs/realnews_judgement.md): a quotation's "ambushed yesterday (Monday)", spoken the day before publication, made
one event on the Monday and a second on the publication's yesterday. Invented sentences, published Wednesday
12 January 2011."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

REF = dt.date(2011, 1, 12)  # a Wednesday


@pytest.mark.parametrize("sentence, deictic, day", [
    # a quotation spoken on Tuesday: its yesterday is the Monday it names
    ("\u201cThe bus was stopped yesterday (Monday) near the bridge,\u201d the governor said on Tuesday.",
     "yesterday", "2011-01-10"),
    ("\u201cWe were shelled yesterday (Sunday),\u201d a resident told reporters.", "yesterday", "2011-01-09"),
    # a future glossed by its weekday: the one after today, whatever the verb's tense
    ("The final vote is tomorrow (Thursday).", "tomorrow", "2011-01-13"),
    ("The minister said today (Tuesday) that the talks had failed.", "today", "2011-01-11"),
])
def test_a_glossed_deictic_is_the_named_weekday(sentence: str, deictic: str, day: str) -> None:
    values = {t.text.lower(): t.value for t in tag(sentence, REF)}
    weekday = sentence.split("(")[1].split(")")[0].lower()
    assert values[deictic] == day
    assert values[weekday] == day


@pytest.mark.parametrize("sentence, values", [
    # no gloss: each keeps its own reading
    ("The bus was stopped yesterday, and on Monday the road was shut.", ["2011-01-11", "2011-01-10"]),
    ("The bus was stopped yesterday. (Monday was quiet.)", ["2011-01-11", "2011-01-10"]),
])
def test_an_unglossed_deictic_keeps_its_day(sentence: str, values: list[str]) -> None:
    assert [t.value for t in tag(sentence, REF)] == values
