"""One source of the capitalised words that open a sentence and are no part of a name (s14): the tagger's lexicon's
closed classes and adverbs, less the words it knows capitalised as names, and the day words. The tokenizer's middle
initial, the given names before a family name and the words of a compound role all read it."""
from __future__ import annotations

import pytest

from timeline_app.core import extraction, grammar


@pytest.mark.parametrize("word", ["The", "A", "An", "This", "When", "While", "Then", "Now", "As", "If", "After",
                                  "But", "And", "Or", "So", "Its", "His", "Their", "In", "Of", "Yesterday", "Today",
                                  "It", "He", "We", "I", "There", "However"])
def test_words_that_open_a_sentence(word: str) -> None:
    assert grammar.opens_sentence(word)


@pytest.mark.parametrize("word", ["May", "Will", "North", "South", "Long", "Van", "Steve", "Maria", "Apple",
                                  "the", "S", "O"])
def test_names_words_and_lower_case_are_not(word: str) -> None:
    assert not grammar.opens_sentence(word)


@pytest.mark.parametrize("sentence, tokens", [
    ("They met James A. Taylor there.", ["They", "met", "James", "A.", "Taylor", "there", "."]),
    # a capital and a full stop before a word that opens a sentence end it, whichever such word it is
    ("It was rated grade A. After that it fell.", ["It", "was", "rated", "grade", "A", ".", "After", "that", "it",
                                                   "fell", "."]),
    ("It got a mark of B. Its rivals did worse.", ["It", "got", "a", "mark", "of", "B", ".", "Its", "rivals", "did",
                                                   "worse", "."]),
])
def test_the_tokenizer_reads_a_middle_initial_by_the_next_word(sentence: str, tokens: list[str]) -> None:
    assert [t.text for t in grammar.tag_words(sentence)] == tokens


def test_given_names_skip_words_that_open_a_sentence() -> None:
    text = ("Steve Jobs founded the firm. When Jobs left, sales fell. Yesterday Jobs spoke. "
            "Mr. Jobs smiled. His Jobs remark was noted.")
    assert grammar.person_surnames(text) == frozenset({"Jobs"})
    assert grammar.full_name(text, "Jobs") == "Steve Jobs"


@pytest.mark.parametrize("text, expected", [
    ("Then President Ana Ruiz said", "Then Ana Ruiz said"),
    ("Its Foreign Minister Ana Ruiz said", "Its Ana Ruiz said"),
    ("Brazilian Foreign Minister Ana Ruiz said", "Ana Ruiz said"),
])
def test_a_compound_role_stops_at_a_word_that_opens_a_sentence(text: str, expected: str) -> None:
    assert extraction._without_roles(text) == expected


@pytest.mark.parametrize("sentence, token", [
    ("Norcom Systems Inc., the maker, said so.", "Inc."),
    ("Delmar Corp.; its rival said so.", "Corp."),
    ("They met Dr. Ruiz there.", "Dr."),
])
def test_an_abbreviation_keeps_its_full_stop_before_a_comma(sentence: str, token: str) -> None:
    assert token in [t.text for t in grammar.tag_words(sentence)]


def test_the_not_names_hold_grammars_legal_forms_titles_and_calendar_words() -> None:
    """One source for each closed class: the legal forms and the titles before a name are grammar's (its
    tokenizer's abbreviations, `person_surnames`), the calendar words grammar's too."""
    not_names = extraction._not_names()
    assert grammar._LEGAL_FORMS <= not_names and set(grammar._NAME_TITLES) <= not_names
    assert {word.capitalize() for word in grammar._CALENDAR_WORDS} <= not_names
    # "Gen." and "Llc" name no one: the people and the company do
    assert extraction._actors_in("Gen. Tomas Berg met Col. Ana Ruiz of Turbine Llc.") == {
        "Tomas", "Berg", "Ana", "Ruiz", "Turbine"}
