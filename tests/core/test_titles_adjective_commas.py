"""Two adjectives joined by a comma before their noun ("in clear, cool weather", "a long, bitter dispute") are one
noun phrase: the comma ends no title there ("The race starts in clear cool weather", not "... in clear";
`extraction._adjective_commas_blanked`). Only after a determiner, a preposition, a number or a possessive: a
predicate's adjective before another clause ("Prices were high, new orders fell") or a list ("simple, cheap and
fast") keeps its comma. Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The race started in clear, cool weather at 7:30 a.m.", "7:30 a.m.", "The race starts in clear cool weather"),
    ("The union ended a long, bitter dispute in March.", "March", "The union ends a long bitter dispute"),
    ("The match was played in hot, humid conditions on Sunday.", "on Sunday",
     "The match was played in hot humid conditions"),
    ("Its long, costly strike ended in May.", "May", "Its long costly strike ends"),
    # guard: a predicate's adjectives in a list
    ("The firm said the plan was simple, cheap and fast on Monday.", "on Monday", "The plan was simple"),
])
def test_coordinated_adjectives_before_their_noun_stay_one_phrase(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
