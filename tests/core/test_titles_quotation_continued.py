"""A sentence that goes on with a quotation an earlier sentence opened (the splitter cut inside it) holds the
speaker's words up to the closing mark: they are the quoted object of the speaker's verb, never the title's subject.
Without the opening mark the words before `,"` were read as a clause of their own, and a title of two words ("Jones
says") fell back to the whole sentence, quotation first (`We never expected it," Jones said in 2019`). Invented
sentences of the shape real news pages split so."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    ('We had no warning at all," Okafor said in 2019.', "in 2019", 'Okafor says "We had no warning at all"'),
    ("Nobody saw it coming,\u201d Lindqvist said on Monday.", "on Monday",
     "Lindqvist says nobody saw it coming"),  # (as when the sentence holds both curly marks)
    ('We won," the captain said on Sunday.', "on Sunday", 'The captain says "We won"'),
    ('It has been a long season for everyone," Moreau, 31, said on Friday.', "on Friday",
     "Moreau says it has been a long season for everyone"),
    ('It was the proudest moment of my career," Haddad told reporters on Tuesday.', "on Tuesday",
     'Haddad says "It was the proudest moment of my career"'),
])
def test_a_continued_quotation_is_the_speakers_words(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert title_from_sentence(sentence, start, start + len(date)) == title


@pytest.mark.parametrize("sentence, date, title", [
    # the sentence opens its own quotation: read as before
    ('"We won," the captain said on Sunday.', "on Sunday", 'The captain says "We won"'),
    # a quotation after the frame is opened in the sentence itself
    ('The captain said on Sunday: "We won."', "on Sunday", 'The captain says "We won"'),
])
def test_a_sentence_that_opens_its_quotation_is_read_as_before(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert title_from_sentence(sentence, start, start + len(date)) == title
