"""A short quarter before its noun only names the period of a company's figures ("Q1 profit misses estimates"), as
"first-quarter profit" does, and so does an ordinal quarter written apart before its noun ("its second quarter net
profit"): it dates no happening (realnews8's page 07 put its headline on the calendar's January to March while the
text's first quarter ended June 30; a fiscal "second quarter" ended in September). The report is the happening, on
the article's day. A quarter that is no modifier ("rose in Q3", "In the third quarter profit fell") keeps its
reading. Invented articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

PUBLISHED = "October 25, 2018"  # a Thursday


def _dates(folder: Path, headline: str, sentence: str) -> set[tuple[str, str]]:
    """(first, last) of each event with a mention in `sentence` of an article of PUBLISHED under `headline`."""
    text = f"{headline}\n\n{PUBLISHED}\n\n{sentence}\n"
    (folder / "p.txt").write_text(text, encoding="utf-8")
    at = text.index(sentence)
    timeline = build_timeline([folder])
    return {(str(e.first), str(e.last)) for e in timeline.events
            if any(m.sentence_start <= at < m.sentence_end for m in e.mentions)}


@pytest.mark.parametrize("headline, sentence, expected", [
    # a short quarter before its noun: the figures' period, the report is of the article's day
    ("Harbour Foods results", "Harbour Foods Q3 profit misses estimates.", {("2018-10-25", "2018-10-25")}),
    ("Harbour Foods results", "Harbour Foods Q3 revenue misses forecasts.", {("2018-10-25", "2018-10-25")}),
    ("Harbour Foods results", "Harbour Foods Q3 net profit misses forecasts.", {("2018-10-25", "2018-10-25")}),
    # an ordinal quarter written apart before its noun: the modifier "third-quarter", unhyphenated
    ("Harbour Foods results", "Harbour Foods said its third quarter net profit fell 5 percent.",
     {("2018-10-25", "2018-10-25")}),
    # an ordinal quarter keeps its reading, as does a short quarter that is no modifier
    ("Harbour Foods results", "Harbour Foods missed estimates in the third quarter, hurt by higher costs.",
     {("2018-07-01", "2018-09-30")}),
    ("Harbour Foods results", "Harbour Foods sales rose in Q3 as demand grew.", {("2018-07-01", "2018-09-30")}),
    # after a preposition the quarter is the clause's adverbial, with or without a comma
    ("Harbour Foods results", "In the third quarter profit fell 5 percent at Harbour Foods.",
     {("2018-07-01", "2018-09-30")}),
])
def test_a_short_quarter_before_its_noun_dates_no_happening(tmp_path: Path, headline: str, sentence: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert _dates(tmp_path, headline, sentence) == expected
