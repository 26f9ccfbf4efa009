"""A past told at a stage of someone's life ("left school at 14", "as a child") is a step of a life story, not the
day's news: with no date of its own, a profile's or an obituary's such sentence is not put on the publication day.
Invented sentences in an invented article."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import body_news

# A profile whose lead is the day's news; the sentence under test comes after a dated flashback.
PROFILE = ("Weaver Ida Berg opens her last show\nOctober 3, 2012\n\n"
           "Ida Berg, the weaver whose tapestries hang in the city hall, opened her last exhibition on Tuesday.\n\n"
           "Berg grew up on a farm near the coast. {}\n")


@pytest.mark.parametrize("sentence, news_of_the_day", [
    ("She sold her first rug at 16 and bought a loom with the money.", False),
    ("She left the farm at nineteen to study in Bergen.", False),
    ("As a girl she carded wool for her grandmother.", False),
    ("She learned to weave as a child.", False),
    ("At the age of 30 she opened a workshop in the old dairy.", False),
    # (no stage of a life: the day's news, as before)
    ("Gallery staff sold the first rug at 10 and closed the show.", True),
    ("Shares in the gallery's owner closed at 14, up 2 percent.", True),
    ("A boy aged 9 was hurt by a falling frame.", True),
])
def test_a_stage_of_a_life_is_no_news_of_the_day(sentence: str, news_of_the_day: bool) -> None:
    items = body_news(sentence, PROFILE)
    assert items, "the sentence reports a happening"
    assert any(not i.dated_nearby and i.candidate.reported for i in items) is news_of_the_day
