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


@pytest.mark.parametrize("body, phrase, title", [
    # A quotation in its speaker's own person takes the speaker from the frame outside it, before or after the
    # verb, a family name in full; the quoted words stay as the source has them.
    ('Kari Moen runs the mill. "We will have a flat year this year," Ms. Moen says.', "this year",
     'Kari Moen says "We will have a flat year"'),
    ("``Today, I'm here to tell you we found the boat,'' said Tom Hale, the harbour master.", "Today",
     'Tom Hale says "I\'m here to tell you we found the boat"'),
    ("``We were pushed out of the talks in February but we are back,'' Berg said Sunday.", "February",
     'Berg says "We were pushed out of the talks"'),
    ('"You get a news item, you have strong redemptions that day," says Mr. Dahl.', "that day",
     'Mr. Dahl says "You have strong redemptions"'),
    ('"We will win in May," an official said.', "May", 'An official says "We will win"'),
])
def test_a_quotation_in_its_speakers_person_names_the_speaker(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("body, phrase, title", [
    # A pronoun speaks: the title stays (the speaker would be one more pronoun).
    ('"We will win in May," he said.', "May", "We will win"),
    # No quotation: no frame to read.
    ("We will win in May, the party said.", "May", "We will win"),
])
def test_an_own_person_title_without_a_named_frame_stays(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title
