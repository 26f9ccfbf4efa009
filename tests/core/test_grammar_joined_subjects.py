"""Two noun phrases joined by "and" that open their clause are a plural subject: a base form right after them is
its present (VBP), a finite verb with a group of its own, where Brill's rules leave a bare VB after a name
(core/grammar.py, `_joined_subjects_presents`). Sentences are invented."""
from __future__ import annotations

import pytest

from timeline_app.core.grammar import analyse_sentence, tag_words

TAGS = [
    # after names and nouns that open the sentence or follow an opening phrase's comma
    ("Smith and Jones replace two former officers on the panel.", "replace", "VBP"),
    ("On the new list, Smith and Jones replace two former officers.", "replace", "VBP"),
    ("Acme and Globex agree to share their patents.", "agree", "VBP"),
    # guards: after a verb's object the joined nouns open no clause ("let ... go"), nor after a preposition;
    # a modal's base form stays one
    ("Police let Smith and Jones go home.", "go", "VB"),
    ("He was seen with Smith and Jones leave the hall.", "leave", "VB"),
    ("Smith and Jones will replace two officers.", "replace", "VB"),
]


@pytest.mark.parametrize("sentence, word, tag", TAGS)
def test_a_base_form_after_joined_subjects_is_their_present(sentence: str, word: str, tag: str) -> None:
    assert [t.pos for t in tag_words(sentence) if t.text == word] == [tag]


def test_the_present_is_the_main_verb_group() -> None:
    a = analyse_sentence("Smith and Jones replace two officers charged in the 1990 fraud that cost millions.")
    assert [g.main.text for g in a.groups][0] == "replace"
