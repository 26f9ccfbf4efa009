"""`news._since_nouns_date`: a date after a "since" and its noun object is that noun's happening's, no time of the
sentence's clauses; one test read by the governing, the adverbial and the main-clause readings of news alike."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar, news


@pytest.mark.parametrize("sentence, date, since_noun", [
    ("It was the first vote since independence 40 years ago.", "40 years ago", True),
    ("Prices have not been this high since the war in 1945.", "1945", True),
    ("It is the worst season since the flood of 2007.", "2007", True),
    ("Sales have grown since 1994.", "1994", False),
    ("He has been held since police found the bomb on Monday.", "Monday", False),
    ("The council met on Monday.", "Monday", False),
])
def test_a_date_of_a_since_nouns_happening(sentence: str, date: str, since_noun: bool) -> None:
    a = grammar.analyse_sentence(sentence)
    assert news._since_nouns_date(a.tokens, a.token_ends, sentence.index(date)) == since_noun
