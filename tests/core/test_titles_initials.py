"""s20: a name's initials and the abbreviations inside and around it stay in the title (issue: "I. M. Pei designed
the pyramid" was titled "Pei designs …", "W. Brent LeGere" lost its "W."), by rules of the tokenizer, not lists: a
capital and a full stop before another initial or a capitalised word, after any mark, is an initial; a short
capitalised word whose full stop a comma or a lower-case word follows is an abbreviation ("Vt.,", "Dept. said").
And the asides set off by commas between a subject and its verb, an age and a phrase of where from ("Kopp, 44, of
St. Albans, Vt., became"), are passed over to the subject ("Albans become …" was the title)."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.documents import split_sentences
from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("I. M. Pei designed the pyramid in 1989.", "1989", "I. M. Pei designs the pyramid"),
    ("E. B. Lindqvist wrote the novel in 1952.", "1952", "E. B. Lindqvist writes the novel"),
    ("On Monday, K. Anders Holm resigned as chairman in protest.", "Monday", "K. Anders Holm resigns as chairman in protest"),
    ("Holm, 52, of Ft. Collins, Colo., became the coach in May.", "May", "Holm becomes the coach"),
    ("Holm, of Ft. Collins, became the coach in May.", "May", "Holm becomes the coach"),
    ("Maria Kowalczyk, 44, of Gdansk, was seen in the car of a friend, the Daily Post reported Friday.", "Friday",
     "The Daily Post reports Maria Kowalczyk was seen in the car of a friend"),
    ("The mayor, in a speech, of all days, resigned in November.", "November", "The mayor resigns"),
    # unchanged: initials the tokenizer kept already, a number that is the subject after a comma
    ("George W. Bush visited Paris in 2002.", "2002", "George W. Bush visits Paris"),
    ("J.R.R. Tolkien wrote the book in 1937.", "1937", "J.R.R. Tolkien writes the book"),
    ("By November, 44 had died.", "November", "44 had died"),
])
def test_initials_and_asides_in_titles(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("text, words", [
    ("I. M. Pei designed it", ["I.", "M.", "Pei", "designed", "it"]),
    ("said, W. Brent Holm", ["said", ",", "W.", "Brent", "Holm"]),
    ("of St. Albans, Vt., became", ["of", "St.", "Albans", ",", "Vt.", ",", "became"]),
    ("the Labor Dept. said", ["the", "Labor", "Dept.", "said"]),
    # a letter that ends a sentence the splitter missed is no initial
    ("rated grade A. Then it fell", ["rated", "grade", "A", ".", "Then", "it", "fell"]),
])
def test_initials_and_abbreviations_are_one_token(text: str, words: list[str]) -> None:
    assert grammar.token_texts(text) == words


@pytest.mark.parametrize("text, sentences", [
    ("The hall opened. I. M. Pei designed it in 1989. It is famous.",
     ["The hall opened.", "I. M. Pei designed it in 1989.", "It is famous."]),
    ("Holm, of St. Albans, Vt., left. He was 50.", ["Holm, of St. Albans, Vt., left.", "He was 50."]),
    ("Martin Luther King Jr. spoke in 1963. Crowds came.", ["Martin Luther King Jr. spoke in 1963.", "Crowds came."]),
])
def test_the_splitter_does_not_split_at_initials(text: str, sentences: list[str]) -> None:
    assert [text[s.start:s.end] for s in split_sentences(text)] == sentences
