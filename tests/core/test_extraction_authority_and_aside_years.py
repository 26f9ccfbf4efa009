"""Years that belong to a name or an aside, not to the clause around them. Invented sentences after a dated lead.

- The year in the name of what an act is done "under" (a law, a treaty, a deal: "charged under the 2006 Fraud Act",
  "under the Road Traffic Act 1988", "Under a 2015 agreement") is when the law or deal was made: it dates no
  charge, no prosecution, no payment. A law's passing keeps its year ("passed the 2004 Civil Contingencies Act
  in November 2004").
- A participle aside whose date a comma of its own sets off ("The choir, formed, in 1950, sang ...") is the
  participle's, as without that comma ("The choir, formed in 1950, sang ..."): the main clause gets no 1950.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

D = dt.date
_LEAD = "Court and club news\n\nPublished: March 15, 2025\n\nA court in Merra heard three cases on Friday.\n\n"


def _events(tmp_path: Path, sentence: str) -> list[tuple[dt.date, str]]:
    (tmp_path / "news.txt").write_text(_LEAD + sentence + "\n", encoding="utf-8")
    return [(e.first, e.title) for e in build_timeline([tmp_path], cache=False).events]


@pytest.mark.parametrize("sentence, year", [
    # must change: the name's year dated the clause's act
    ('A teacher has been charged with "misusing pupils\' records" under the 1998 Data Protection Act.', 1998),
    ('The director was charged with "obtaining funds by deception" under the 2006 Fraud Act, police said.', 2006),
    ("Officers said the driver would be prosecuted under the Road Traffic Act 1988.", 1988),
    ("Under a 2015 agreement, the firm paid $5 million to the city in 2016.", 2015),
    ("The club won the title under the 2010 rules.", 2010),
    ("The rebels withdrew under a 2014 treaty.", 2014),
])
def test_the_year_of_an_authoritys_name_dates_nothing(tmp_path: Path, sentence: str, year: int) -> None:
    assert [title for first, title in _events(tmp_path, sentence) if first.year == year] == []


@pytest.mark.parametrize("sentence, year", [
    # a rule kept or broken ("in breach of", "in violation of", "contrary to"): whatever its noun, its year says
    # which rule, not when the clause's act was done
    ("Two landlords were fined in breach of the 2003 Housing Act.", 2003),
    ("The mill dumped waste in violation of a 1995 permit.", 1995),
    ("The board acted contrary to the 2012 charter, the auditors found.", 2012),
])
def test_the_year_of_a_rule_kept_or_broken_dates_nothing(tmp_path: Path, sentence: str, year: int) -> None:
    assert [title for first, title in _events(tmp_path, sentence) if first.year == year] == []


@pytest.mark.parametrize("sentence, first, words", [
    # guards: a law's passing, a clause's own date beside the name's
    ("Parliament passed the 2004 Civil Contingencies Act in November 2004.", D(2004, 11, 1), "passes"),
    ("Under a 2015 agreement, the firm paid $5 million to the city in 2016.", D(2016, 1, 1), "paid $5 million"),
    # a lower-case noun of no deal, ruling or ban is a period or a happening that dates the clause (review 23b)
    ("Under the 2020 lockdown, schools closed for months.", D(2020, 1, 1), "close"),
    ("Under the 2011 floods, the old bridge collapsed.", D(2011, 1, 1), "collapse"),
])
def test_a_clauses_own_date_stays(tmp_path: Path, sentence: str, first: dt.date, words: str) -> None:
    assert any(f == first and words in title for f, title in _events(tmp_path, sentence))


@pytest.mark.parametrize("sentence, main", [
    # must change: the aside's second comma left its year to the main clause
    ("The choir, formed, in 1950, sang at the festival on Friday.", "sang"),
    ("The rowing club, founded, in 1921, won the regional cup on Saturday.", "won"),
    # guard: no second comma
    ("The choir, formed in 1950, sang at the festival on Friday.", "sang"),
])
def test_an_asides_year_set_off_by_its_own_comma_is_the_participles(tmp_path: Path, sentence: str,
                                                                    main: str) -> None:
    events = _events(tmp_path, sentence)
    in_aside_year = [title for first, title in events if first.year in (1921, 1950)]
    assert in_aside_year and all(main not in title and "sings" not in title and "wins" not in title
                                 for title in in_aside_year)
