"""A year that says which law, treaty or policy a clause's act keeps to, opposes or changes dates nothing, also
alone in its sentence (issue 7's judged real news, stop 24: "charged under a 2015 law" with no other date made an
event of 2015, the law's title). The year modifies a common noun (nothing but a noun, or a deal's, rules' or ban's
word) in a phrase of a preposition that locates nothing in time or place ("under", "against", "to", "despite").
Invented sentences after a dated lead; a time's or place's preposition, a happening's noun, and a noun that is also
a verb keep their year."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

_LEAD = "Court and council news\n\nPublished: March 15, 2025\n\nA court in Merra heard three cases on Friday.\n\n"


def _events(tmp_path: Path, sentence: str) -> list[tuple[dt.date, str]]:
    (tmp_path / "news.txt").write_text(_LEAD + sentence + "\n", encoding="utf-8")
    return [(e.first, e.title) for e in build_timeline([tmp_path], cache=False).events]


@pytest.mark.parametrize("sentence, year", [
    ("Two reporters were prosecuted under a 2016 law.", 2016),
    ("Hundreds of farmers marched against the 2019 policy.", 2019),
    ("Lawmakers want sweeping changes to a 1998 law.", 1998),
    ("The firm kept drilling despite a 2012 treaty.", 2012),
    ("The unions are fighting against the 2014 ban.", 2014),
    ("The mill was fined under the 2010 regulations.", 2010),
    ("Teachers protested against a 2017 directive.", 2017),
])
def test_the_year_of_a_rule_a_clause_keeps_to_dates_nothing(tmp_path: Path, sentence: str, year: int) -> None:
    assert [title for first, title in _events(tmp_path, sentence) if first.year == year] == []


@pytest.mark.parametrize("sentence, year", [
    # a time's or a place's preposition, a happening's word: the year's own event stays
    ("The striker scored twice in the 2016 season.", 2016),
    ("She won a medal at the 2012 championship.", 2012),
    ("Veterans marched against the 2003 war.", 2003),
    # a happening's noun that is nothing but a noun (review 25b item 5)
    ("She spoke about the 2008 crisis at length.", 2008),
    ("She has written a book about the 1994 genocide.", 1994),
    ("The song was a tribute to the 1989 revolution.", 1989),
    ("Exports recovered despite the 2021 recession.", 2021),
])
def test_a_year_of_a_time_or_a_happening_stays(tmp_path: Path, sentence: str, year: int) -> None:
    assert [title for first, title in _events(tmp_path, sentence) if first.year == year] != []
