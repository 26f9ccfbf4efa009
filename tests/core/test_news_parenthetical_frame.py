"""A reporting verb set between commas inside the clause it attributes ("Acme, the sources said, has closed the
plant") is an aside, as a trailing "..., officials said" is: the clause around it is the day's news
(core/news.py, `_main_group`). Every sentence here is invented."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import council_reported_words


@pytest.mark.parametrize("sentence, words", [
    # the frame between the subject and its verb
    ("Acme, the sources said, has closed its plant in Ohio.", ["has closed"]),
    ("The bridge, police said, was closed to traffic.", ["was closed"]),
    ("Sales, the company said, rose sharply at its stores.", ["rose"]),
    # the frame after an opening phrase, before the clause's own subject
    ("For the moment, the sources said, the board has decided against a sale.", ["has decided"]),
    ("In Ohio, officials said, the company shut the plant.", ["shut"]),
    # a state or a future around the frame is no happening, as it would be without it
    ("The plant, officials said, is too old to repair.", []),
    ("Now, the mayor said, the town will rebuild the bridge.", []),
    # a frame before a quotation is the speaker's words, not an aside
    ("Then, the mayor said, ``we will rebuild the bridge.''", []),
])
def test_a_frame_between_commas_leaves_the_clause_around_it_the_news(sentence: str, words: list[str]) -> None:
    assert council_reported_words(sentence) == words
