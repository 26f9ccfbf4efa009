"""A year right after "from" opens a span ("led the council from 2010 until stepping down in 2014"), not a compared
figure: the later date was read as closing the far side of a comparison whose figure was "2010 until stepping down",
titled "Previously: 2010 until stepping down" (realnews18 07, judged junk: no actor). A figure after "from" stays
one. Sentence, date → far side (`grammar.comparison_far_side`) and title."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date", [
    ("She led the council from 2010 until stepping down in 2014.", "2014"),
    ("He ran the club from 1998 until retiring in 2006.", "2006"),
])
def test_a_year_after_from_is_no_compared_figure(sentence: str, date: str) -> None:
    at = sentence.index(date)
    assert grammar.comparison_far_side(sentence, at, at + len(date)) is None
    assert not title_from_sentence(sentence, at, at + len(date)).startswith("Previous")


@pytest.mark.parametrize("sentence, date, figure", [
    ("Sales rose to $5 million from $4 million in 2014.", "2014", "$4 million"),
    ("Membership grew from 2,010 people in 2014.", "2014", "2,010 people"),
])
def test_a_figure_after_from_stays_compared(sentence: str, date: str, figure: str) -> None:
    at = sentence.index(date)
    side = grammar.comparison_far_side(sentence, at, at + len(date))
    assert side is not None and side.figure == figure
