"""A participle before the second of a preposition's two bare nouns ("battled through landslides and clogged roads",
realnews23 05) was read as a past coordinated with the verb before ("Rescuers clogged roads in a bid to reach
victims"): it is an adjective of a noun phrase. A participle after "and" with its own object keeps the coordinate
verb reading ("discussed the list and eliminated the reserves"). Sentence, date → title."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    # must change
    ("Crews battled through floods and blocked roads in a bid to reach farms in the north Monday.", "Monday",
     "Crews battle through floods"),
    ("Rescuers fought through landslides and clogged lanes to reach the village Monday.", "Monday",
     "Rescuers fight through landslides"),
    # guards: a coordinated verb with its object, and a participle after "and" with a determiner's noun
    ("The board discussed the list and eliminated the reserves on Monday.", "on Monday",
     "The board eliminates the reserves"),
    ("Three men were treated for burns and broken bones on Monday.", "on Monday",
     "Three men were treated for burns and broken bones"),
])
def test_a_participle_between_a_preposition_s_nouns_is_an_adjective(sentence: str, date: str, title: str) -> None:
    at = sentence.index(date)
    assert title_from_sentence(sentence, at, at + len(date)) == title
