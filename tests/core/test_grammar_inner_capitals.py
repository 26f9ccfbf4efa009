"""A word with a capital after a small letter inside it ("MindSpring", "JetBlue") is a name wherever it stands, at a
sentence's start too, whatever its ending says to the tagger's suffix rules (no "-ing" form, VBG): so the verb after
it is its clause's verb, and the title says who did what (s26). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title
from timeline_app.core.grammar import tag_words


@pytest.mark.parametrize("sentence, word, tag", [
    ("MindSpring closed the site on Thursday.", "MindSpring", "NNP"),
    ("FarmKing sold the unit in May.", "FarmKing", "NNP"),
    # guards: an ordinary capitalised "-ing" word at the start keeps its reading
    ("Swimming resumed on Monday.", "Swimming", "VBG"),
])
def test_a_word_with_an_inner_capital_is_a_name(sentence: str, word: str, tag: str) -> None:
    assert [t.pos for t in tag_words(sentence) if t.text == word] == [tag]


@pytest.mark.parametrize("sentence, phrase, title", [
    ("MindSpring closed the site on Thursday for violating its rules, spokesman Tom Hale said.", "Thursday",
     "MindSpring closes the site for violating its rules"),
])
def test_the_name_is_the_subject_of_the_title(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
