"""A conjunction the tagger reads as a preposition ("since", "after") inside an apposition after the sentence's first
noun phrase opens a clause of its own: the date in it titles that clause, with its own subject ("Ohio, one of the
worst-hit states since the floods began Monday, …": "The floods began", was "One of the worst-hit states since the
floods begins"; `grammar._in_apposition`). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Ohio, one of the worst-hit states since the floods began Monday, declared an emergency on Wednesday.", "Monday",
     "The floods began"),
    ("Kerala, the worst-hit state since the rains began on Monday, asked for aid.", "on Monday", "The rains began"),
    ("Lagos, the largest city since the capital moved in 1991, kept growing.", "1991", "The capital moved"),
    # guards: the apposition's own verb's date, and a subject that owns its "since" phrase
    ("Ohio, one of the worst-hit states since the floods began Monday, declared an emergency on Wednesday.",
     "on Wednesday", "Ohio declares an emergency"),
    ("The sales since the merger rose in 2020.", "2020", "The sales since the merger rise"),
    ("In 2020, sales since the merger rose.", "In 2020", "Sales since the merger rise"),
])
def test_a_since_clause_in_an_apposition_has_its_own_subject(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
