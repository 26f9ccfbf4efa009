"""A date that modifies a named thing's noun phrase ("the 2014 World Cup", "last year's French Open") titled the
event by that phrase alone: no one doing anything (realnews15–18 judged each such title junk: "The 2003 Buick Open",
"The 2014 Winter Olympics", "Last year's French Open"). The phrase taken by a verb of taking part, with its doer,
is titled by that clause ("Russia will host the 2014 Winter Olympics"); a named thing no such verb takes (a
preposition's object, another verb's) makes no event of its date. Invented sentences after a dated lead; a common
noun's phrase (it may name the happening itself) and a named written rule keep their event and title."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

_LEAD = "Sport and politics news\n\nPublished: March 15, 2025\n\nA court in Merra heard three cases on Friday.\n\n"


def _titles_in(tmp_path: Path, sentence: str, year: int) -> list[str]:
    (tmp_path / "news.txt").write_text(_LEAD + sentence + "\n", encoding="utf-8")
    return [e.title for e in build_timeline([tmp_path], cache=False).events if e.first.year == year]


@pytest.mark.parametrize("sentence, year, title", [
    ("The dream began when I watched Brazil winning the 2002 World Cup.", 2002, "Brazil wins the 2002 World Cup"),
    ("The floods hit Kazan, the city where Russia will host the 2030 Summer Games.", 2030,
     "Russia will host the 2030 Summer Games"),
    ("Fans remember that the tiny nation hosted the 1998 Pacific Cup.", 1998,
     "The tiny nation hosts the 1998 Pacific Cup"),
])
def test_a_named_thing_taken_by_a_verb_of_taking_part_is_titled_by_its_clause(
        tmp_path: Path, sentence: str, year: int, title: str) -> None:
    assert _titles_in(tmp_path, sentence, year) == [title]


@pytest.mark.parametrize("sentence, year", [
    ("It was her first win since the 2011 Memorial Tournament.", 2011),
    ("The crown adds to last year's Australian Open.", 2024),
    ("Officials praised the 2019 Asia Cup as the best ever staged.", 2019),
    ("The players were banned after a review of the 2016 Copa Final.", 2016),
])
def test_a_named_thing_no_such_verb_takes_makes_no_event(tmp_path: Path, sentence: str, year: int) -> None:
    assert _titles_in(tmp_path, sentence, year) == []


@pytest.mark.parametrize("sentence, year, title", [
    # a common noun's phrase may name the happening itself: kept as it was
    ("Prices fell sharply after the 2008 credit squeeze.", 2008, "The 2008 credit squeeze"),
    # a named written rule: its year is its making
    ("Lawyers cited the 1971 Convention on Psychotropic Substances.", 1971, "The 1971 Convention on Psychotropic…"),
])
def test_a_common_noun_or_a_named_rule_keeps_its_event(tmp_path: Path, sentence: str, year: int, title: str) -> None:
    titles = _titles_in(tmp_path, sentence, year)
    assert len(titles) == 1 and titles[0].startswith(title.rstrip("…"))
