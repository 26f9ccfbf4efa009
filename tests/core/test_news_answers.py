"""An answer done to something ("responded to the criticism", "replied to the letter") is a happening of the
body, as a denial or a warning done to something is; one that frames words ("responded that ...", "..., the
mayor replied") is a statement (core/news.py `_speech_act`). Every sentence here is invented."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import council_reported_words

_body = council_reported_words


@pytest.mark.parametrize("sentence, words", [
    ("The mayor responded to the criticism with a statement on his website.", ["responded"]),
    ("Former governor Ann Gates responded to the mayor's death with a statement.", ["responded"]),
    ("The company replied to the regulator's letter.", ["replied"]),
    ("Shareholders responded coolly to the announcement.", ["responded"]),
    # framing words, or no object answered: no happening of its own
    ('"We will go on," the mayor replied.', []),
    ("The mayor responded by promising a new inquiry.", []),
    # an answer to what asks for words is words too
    ("A spokesman responded to questions from reporters by e-mail.", []),
    ("The company replied to a request for comment with a short statement.", []),
    ("The minister responded to a reporter's query.", []),
])
def test_an_answer_to_something_is_a_happening(sentence: str, words: list[str]) -> None:
    assert _body(sentence) == words
