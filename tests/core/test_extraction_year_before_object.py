"""A year set before the common noun that a clause's act takes as its object says which thing, not when the act
was done (realnews11's "also forecast 2008 profit" dated a share move to 2008; realnews10's "starred ... in 1981
film The French Lieutenant's Woman" put a career on 1981): a bare year right after a verb (or a noun the tagger
took for one), and a preposition's year before a common noun that a name follows, after the clause's verb.
Invented sentences after a dated lead; a year that opens its clause, one after a preposition, the subject's year, a
happening's noun and a thing's year after a determiner keep their year."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

_LEAD = "Market and arts news\n\nPublished: March 15, 2025\n\nShares in Merra Foods rose on Friday.\n\n"


def _years(tmp_path: Path, sentence: str) -> list[int]:
    """The years of the events whose mention stands in `sentence`, written after the dated lead."""
    text = _LEAD + sentence + "\n"
    (tmp_path / "news.txt").write_text(text, encoding="utf-8")
    start = text.index(sentence)
    return [e.first.year for e in build_timeline([tmp_path], cache=False).events
            if any(m.sentence_start >= start for m in e.mentions) and isinstance(e.first, dt.date)]


@pytest.mark.parametrize("sentence, year", [
    ("Shares rose after the announcement, in which the company also forecast 2019 profit above estimates.", 2019),
    ("The grocer posted 2018 sales of $3 billion, up 4 percent.", 2018),
    ("She starred with Hugh Grant in 1994 film The Remains of the Day.", 1994),
    ("He played the lead in 1999 drama The Long Winter.", 1999),
])
def test_a_year_before_an_objects_noun_dates_nothing(tmp_path: Path, sentence: str, year: int) -> None:
    assert year not in _years(tmp_path, sentence)


@pytest.mark.parametrize("sentence, year", [
    # a year of the clause: after a preposition, opening it, or the subject's (what the figures did then)
    ("The grocer sold the brand in 2018 to a rival.", 2018),
    ("In 1994 director Mike Newell made a comedy.", 1994),
    ("The grocer said 2018 profit rose 5 percent.", 2018),
    # a happening's noun keeps its year, also after a figure's word ("trade")
    ("The party won 2019 elections by a wide margin.", 2019),
    ("The law tightened the 1962 trade embargo against the island.", 1962),
    # (a thing's year after a determiner is left to the rules for a law's or a model's year)
    ("The council cited a 1996 law on markets.", 1996),
    ("The firm showed the tractor at its 2024 trade fair.", 2024),
])
def test_a_year_of_the_clause_or_of_a_happening_stays(tmp_path: Path, sentence: str, year: int) -> None:
    assert year in _years(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Shares rose after the announcement, in which the company also forecast 2019 profit above estimates.",
    "The grocer posted 2018 sales of $3 billion, up 4 percent.",
])
def test_the_act_stays_the_days_news(tmp_path: Path, sentence: str) -> None:
    # (the year no longer dates the act: the news stage reads the sentence as undated, news of the lead's week)
    assert 2025 in _years(tmp_path, sentence)
