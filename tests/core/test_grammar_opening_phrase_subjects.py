"""A preposition that opens its clause with no comma takes its object before the subject: "During his career Hale
played ..." is "during his career" and then "Hale". The subject starts where a capitalised name or a subject pronoun
follows the object's common noun (the tagger may read that noun as a name's word beside the name, "career/NNP")."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title, verb_subject


@pytest.mark.parametrize("sentence, verb, subject", [
    ("During his career Hale played Churchill three times.", "played", "Hale"),
    ("During the war Smith played Churchill.", "played", "Smith"),
    ("In the film Smith plays a priest.", "plays", "Smith"),
    ("Under the deal Acme will buy the plant.", "will buy", "Acme"),
    ("The board met, and after the vote Hale resigned.", "resigned", "Hale"),
])
def test_the_subject_after_an_opening_prepositions_object(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, verb, subject", [
    # No preposition opens the clause, or its object ends before the subject's own phrase.
    ("In 2010 the company sold its plant.", "sold", "the company"),
    ("After the match his coach Hale resigned.", "resigned", "his coach Hale"),
    ("The mill closed after heavy rains flooded the valley.", "flooded", "heavy rains"),
    ("The actor Smith played Churchill.", "played", "The actor Smith"),
])
def test_other_subjects_stay_whole(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, phrase, title", [
    ("During his career Hale played Churchill in 1979.", "1979", "Hale plays Churchill"),
    ("In the film Smith played a priest in 1984.", "1984", "Smith plays a priest"),
])
def test_a_title_leaves_the_opening_prepositions_object_out(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
