"""An admission, a confirmation or a denial told in the body's simple past is news of the day whatever it
owns to, a state ("admitted that the plan was a mistake"); "said" the same is a view of how things stand or
stood, no act (core/news.py `_OWNING_LEMMAS`). A past perfect after either is the speaker's past shifted back
("confirmed that the director had left the company"): the happening it reports is the news (`_backshifted`).
Every sentence here is invented."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import reported_words

ARTICLE = "Acme director leaves\nAugust 9, 2010\n\nAn Acme director is stepping down from his post.\n\n{}\n"


def _body(sentence: str) -> list[str]:
    return reported_words(sentence, ARTICLE)


@pytest.mark.parametrize("sentence, words", [
    ("Acme confirmed that the director had left the company.", ["had left"]),  # (a happening it reports)
    ("The mayor admitted that the plan was a mistake.", ["admitted"]),
    ("The minister denied that he was a member of the board.", ["denied"]),
    ("The company acknowledged that it has 109 stores.", ["acknowledged"]),
    # told with "said", the same is commentary
    ("Acme said that the director had left the company.", ["had left"]),  # (as "said he left")
    ("The mayor said that the plan was a mistake.", []),
    ("The company said that it has 109 stores.", []),
])
def test_an_admission_is_news_whatever_it_owns_to(sentence: str, words: list[str]) -> None:
    assert _body(sentence) == words
