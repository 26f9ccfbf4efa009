"""An event that holds an article's headline line and its dated lead (one story, `merging._story_of`) is titled by
the headline's words, undated as the headline is: the lead's clause is one sentence's view of it ("Dockside pickets
and a cold wind greet commuters as ferry crews" of "Ferry crews walk out over pay at Kestel port";
`merging._title_score`). The articles are invented (fixtures/headline_titles/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "headline_titles"


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return build_timeline([FIXTURES], cache=False).events


@pytest.mark.parametrize("article, day, title", [
    ("ferry_strike", "2026-05-14", "Ferry crews walk out over pay at Kestel port"),
    ("museum_reopens", "2026-04-04", "Dalen museum reopens after flood repairs"),
    ("satellite_launch", "2026-06-09", "Orvana agency launches weather satellite"),
])
def test_a_headline_and_its_dated_lead_are_titled_by_the_headline(events: list[Event], article: str, day: str,
                                                                  title: str) -> None:
    found = [e for e in events if e.first.isoformat() == day and any(m.document == article for m in e.mentions)]
    assert [e.title for e in found] == [title], [(e.title, e.first) for e in events]
