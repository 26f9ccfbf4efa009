"""An abbreviation with its full stops that opens a compound with a hyphen and no space ("U.N.-backed",
"U.S.-led", "N.J.-based") is one word, as "four-week" is: no dash between two phrases for the subject's walk to
stop at, so a subject keeps its head ("A delegation to U.N.-backed peace talks ... has not yet left")."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, word", [
    ("A U.S.-led coalition bombed the city.", "U.S.-led"),
    ("The U.N.-backed government resigned.", "U.N.-backed"),
    ("The Kearny, N.J.-based maker cut its dividend.", "N.J.-based"),
    ("The U.S.-China trade talks ended.", "U.S.-China"),
])
def test_an_abbreviations_compound_is_one_word(sentence: str, word: str) -> None:
    assert word in grammar.token_texts(sentence)


@pytest.mark.parametrize("sentence, words", [
    # A dash set off by spaces stays a dash; an abbreviation alone keeps its stop.
    ("He left the U.S. - and never came back.", ["U.S.", "-"]),
    ("The U.S. economy grew.", ["U.S.", "economy"]),
])
def test_other_abbreviations_stay_apart(sentence: str, words: list[str]) -> None:
    texts = grammar.token_texts(sentence)
    assert all(w in texts for w in words)


@pytest.mark.parametrize("sentence, phrase, title", [
    ("A Syrian government delegation to U.N.-backed peace talks in Geneva may announce on Tuesday whether it will "
     "take part.", "Tuesday", "A Syrian government delegation may announce"),
    ("A delegation to U.N.-backed peace talks in Geneva left Damascus on Monday.", "Monday",
     "A delegation leaves Damascus"),
])
def test_a_subject_keeps_its_head_before_such_a_compound(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
