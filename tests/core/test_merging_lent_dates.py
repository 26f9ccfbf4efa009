"""A page without a publication date whose own lead dates its news ("Jonas Berg, 34, was stabbed ... in the early
hours of 16 March 2024"): a sentence of its opening with no date, in no event, that says with a verb a happening its
story tells (the lead's words or the headline's: "Berg died in hospital" under "Halden man dies after nightclub
stabbing", "The water flooded the railway station" after "flooding the lower town"; or one of its harm's family:
"The man died in hospital" after "A man was shot") joins the lead's event as an
undated mention: nothing else can date it on a page without a day (`merging._attach_own_news`). A sentence that
tells something else ("Officers cordoned off Storgata", "About 400 residents were evacuated"), one still to come
("will visit") or background ("had warned") stays out; so does every sentence of a dated page, which its own day
dates. The articles are invented (fixtures/lent_dates/<story>/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "lent_dates"


def _holding(story: str, words: str) -> list:
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("story, own_news, lead", [
    ("stabbing", "Berg died in hospital", "Jonas Berg, 34, was stabbed"),
    ("flood", "The water flooded the railway station", "The river Orsa burst its banks"),
    # a death after a shooting: one harm's family (`merging._FAMILY`)
    ("shooting", "The man died in hospital", "A man was shot in a car park"),
])
def test_an_undated_pages_own_news_joins_its_dated_lead(story: str, own_news: str, lead: str) -> None:
    told = _holding(story, lead)
    assert len(told) == 1, [(e.title, e.first) for e in told]
    assert _holding(story, own_news) == told


@pytest.mark.parametrize("story, other, lead", [
    ("stabbing", "Officers cordoned off Storgata", "Jonas Berg, 34, was stabbed"),
    ("flood", "About 400 residents were evacuated", "The river Orsa burst its banks"),
    ("flood", "Governor Ilse Marrow will visit", "The river Orsa burst its banks"),
    ("flood", "Engineers had warned the council", "The river Orsa burst its banks"),
    ("shooting", "Officers searched the area", "A man was shot in a car park"),
    ("shooting", "Two teenagers were arrested", "A man was shot in a car park"),
    ("shooting", "A man had been killed in the same car park", "A man was shot in a car park"),
    # a dated page's sentence is dated by the page's day (its own event), not joined here
    ("dated_page", "Berg died in hospital", "Jonas Berg, 34, was stabbed"),
])
def test_what_else_the_page_tells_stays_out(story: str, other: str, lead: str) -> None:
    told = _holding(story, lead)
    assert told
    assert not any(e in told for e in _holding(story, other))
