"""A title never starts or ends inside a word (docs/realnews15_judgement.md, junk titles "s court appearance stems
from his apprehension" and "Com writer has expressed ..."): a web address's name glued to its lower-case domain
("Snopes.com") is one word, not a name, a full stop and a word "com"; and a subject whose owner is a participle
made a noun ("The accused's court appearance") opens with its owner, not after the possessive's apostrophe.
Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title, verb_subject
from timeline_app.core import grammar


@pytest.mark.parametrize("sentence, word", [
    ("The Snopes.com writer posted a message on Monday.", "Snopes.com"),
    ("Shoppers left Amazon.com for a rival on Friday.", "Amazon.com"),
    ("The story ran on bbc.co.uk on Tuesday.", "bbc.co.uk"),
    ("Readers of Salon.com's column complained on Sunday.", "Salon.com"),
])
def test_a_web_address_name_is_one_token(sentence, word):
    assert word in [t.text for t in grammar.analyse_sentence(sentence).tokens]


@pytest.mark.parametrize("sentence, tokens", [
    # text glued at a sentence's stop still opens a new sentence with its capital
    ("Lawmakers adopted the plan in 2023.A second vote followed.", ["2023", ".", "A", "second"]),
    ("The talks ended.Officials left on Monday.", ["ended", ".", "Officials"]),
])
def test_a_glued_sentence_stop_stays_apart(sentence, tokens):
    words = [t.text for t in grammar.analyse_sentence(sentence).tokens]
    assert any(words[i:i + len(tokens)] == tokens for i in range(len(words)))


@pytest.mark.parametrize("sentence, verb, subject", [
    ("The accused's court appearance stems from his arrest on Saturday.", "stems", "The accused's court appearance"),
    ("The deceased's family paid tribute on Sunday.", "paid", "The deceased's family"),
    ("The injured's relatives gathered at the hospital on Monday.", "gathered", "The injured's relatives"),
])
def test_a_possessive_subject_opens_with_its_owner(sentence, verb, subject):
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The accused's court appearance stems from his apprehension on Saturday, 02 November 2019 at the hospital.",
     "Saturday, 02 November 2019", "The accused's court appearance stems from his apprehension"),
    ("On Monday the Snopes.com writer expressed anti-Trump sentiment on his Twitter page.", "Monday",
     "The Snopes.com writer expresses anti-Trump sentiment on his Twitter page"),
])
def test_titles_keep_whole_words(sentence, phrase, title):
    assert sentence_title(sentence, phrase) == title
