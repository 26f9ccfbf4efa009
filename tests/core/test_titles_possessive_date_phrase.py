"""A date phrase the tagger reads with its possessive ("Sunday’s" of "from Sunday’s poll") modifies the noun after
it: a title cut by punctuation keeps it with its preposition, never "violence poll" (real news set 2,
docs/realnews2_judgement.md class 2: "There were no reports of violence from Sunday’s poll" was titled "There were
no reports of violence poll"). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("There were no reports of violence from Sunday’s poll.", "Sunday’s",
     "There were no reports of violence from Sunday’s poll"),
    ("There was no sign of damage from Friday's storm.", "Friday's", "There was no sign of damage from Friday's storm"),
    ("There were no complaints about the count after Tuesday's ballot.", "Tuesday's",
     "There were no complaints about the count after Tuesday's ballot"),
])
def test_a_possessive_date_phrase_keeps_its_noun_and_preposition(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
