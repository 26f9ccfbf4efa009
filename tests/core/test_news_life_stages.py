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
    # a decade of life right after its noun, a role's noun and a figure no one's age are no stage of a life either,
    # as "aged 9" (review 20, finding 4)
    ("A woman in her sixties died after being hit by a car on the same street.", True),
    ("Dr Anna Berg, who testified as a child psychologist, told the court the boy had been coached.", True),
    ("The vote was tied at 50, and the chair cast the deciding ballot.", True),
    ("The gallery's shares closed at 14 and the show closed.", True),
    ("The team won at 15 and the coach praised his players.", True),
    # (a stage of a life still: an adverb's decade, a role with no noun after it, a person's age)
    ("She moved to Oslo in her twenties and opened a workshop.", False),
    ("In her twenties she ran a shop in Oslo.", False),
    ("As a student she wove rugs for the market.", False),
    ("Berg married at 19 and moved to Oslo.", False),
    ("The girl left school at 14 and was taken on as an apprentice by her aunt.", False),
    ("She left the farm at twenty-one to study in Bergen.", False),
])
def test_a_stage_of_a_life_is_no_news_of_the_day(sentence: str, news_of_the_day: bool) -> None:
    items = body_news(sentence, PROFILE)
    assert items, "the sentence reports a happening"
    assert any(not i.dated_nearby and i.candidate.reported for i in items) is news_of_the_day
