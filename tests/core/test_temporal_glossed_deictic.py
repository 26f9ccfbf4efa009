"""A deictic day glossed by a weekday in brackets, as wire copy writes it ("yesterday (Monday)"): the weekday is the
day meant, the one nearest to the deictic's own day (either side: a mismatch says the publication date is off), and
both phrases take it. Real news
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


FRIDAY = dt.date(2011, 1, 14)


@pytest.mark.parametrize("sentence, deictic, day", [
    # a weekday that misses the deictic's day by one: the publication date is off by a day, not a week
    ("The talks resume tomorrow (Friday), the mediator said.", "tomorrow", "2011-01-14"),
    ("The ship docked yesterday (Friday) at the old pier.", "yesterday", "2011-01-14"),
    ("Voting closes today (Saturday) at the town hall.", "today", "2011-01-15"),
    ("Strikers marched tomorrow (Thursday) as planned.", "tomorrow", "2011-01-13"),
    # a weekday that fits: as before, on either side
    ("The rebels struck yesterday (Thursday), the army said.", "yesterday", "2011-01-13"),
    ("The final is tomorrow (Saturday).", "tomorrow", "2011-01-15"),
    ("The port reopened yesterday (Wednesday) after the storm.", "yesterday", "2011-01-12"),
])
def test_a_glossed_weekday_is_the_nearest_to_the_deictics_day(sentence: str, deictic: str, day: str) -> None:
    values = {t.text.lower(): t.value for t in tag(sentence, FRIDAY)}
    weekday = sentence.split("(")[1].split(")")[0].lower()
    assert values[deictic] == day
    assert values[weekday] == day


@pytest.mark.parametrize("sentence, deictic, day", [
    # a past deictic's weekday more than a day after the publication's: not one to come, the last one
    ("Gunmen raided the depot yesterday (Sunday), police said.", "yesterday", "2011-01-09"),
    ("The strike began yesterday (Monday) at the docks.", "yesterday", "2011-01-10"),
])
def test_a_past_deictics_gloss_is_not_ahead_of_the_publication(sentence: str, deictic: str, day: str) -> None:
    values = {t.text.lower(): t.value for t in tag(sentence, FRIDAY)}
    weekday = sentence.split("(")[1].split(")")[0].lower()
    assert values[deictic] == day
    assert values[weekday] == day


@pytest.mark.parametrize("sentence, reference, deictic, day", [
    # a past deictic's weekday one day after the publication's: the page's date runs a day behind the news day
    # (a time zone), as a wire dateline's may: that next day, not a week back
    ("\u201cThey shelled the market yesterday (Saturday),\u201d a trader said.", FRIDAY, "yesterday", "2011-01-15"),
    ("Protesters filled the square yesterday (Thursday) for a third night.", REF, "yesterday", "2011-01-13"),
])
def test_a_past_deictics_gloss_may_be_a_day_ahead_of_the_publication(sentence: str, reference: dt.date,
                                                                      deictic: str, day: str) -> None:
    values = {t.text.lower(): t.value for t in tag(sentence, reference)}
    weekday = sentence.split("(")[1].split(")")[0].lower()
    assert values[deictic] == day
    assert values[weekday] == day
