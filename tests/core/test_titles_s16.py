"""Titles (s16): a capitalised unknown word inside a sentence is a name, never a verb the suffix rules guess
("Xi Jinping met" → "Xi Jinping meets", as any other name's verb); a listed subject of reported content keeps its
commas ("Norway, Sweden and Finland will close …, the ministers said")."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from tests.core.title_helpers import article_title

_HEAD = "March 3, 2020\n\n"


@pytest.mark.parametrize("body, phrase, title", [
    # "-ing"/"-ed" endings of names the lexicon lacks: the name stays the subject, its verb goes to the present.
    ("Chinese leader Xi Jinping met the visiting president on Monday in the capital.", "Monday",
     "Xi Jinping meets the visiting president in the capital"),
    ("The new envoy Karl Fielding signed the treaty on Monday in Oslo.", "Monday",
     "The new envoy Karl Fielding signs the treaty in Oslo"),
    ("Defense Minister Rudolf Scharping said on Monday that the troops would stay.", "Monday",
     "Rudolf Scharping says that the troops would stay"),
    # A listed subject of what a frame after the comma reports.
    ("Norway, Sweden and Finland will close their borders, the ministers said on Friday.", "Friday",
     "The ministers say Norway, Sweden and Finland will close their borders"),
])
def test_title(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("sentence, word, tag", [
    ("Chinese leader Xi Jinping met the president.", "Jinping", "NNP"),
    ("The minister, Rudolf Scharping, arrived.", "Scharping", "NNP"),
    # At a sentence's start, or in a headline, a capital says nothing: the suffix rules still read the word.
    ("Reinvesting the profits helped.", "Reinvesting", "VBG"),
])
def test_capitalised_unknown_word_tag(sentence: str, word: str, tag: str) -> None:
    assert {t.text: t.pos for t in grammar.tag_words(sentence)}[word] == tag
