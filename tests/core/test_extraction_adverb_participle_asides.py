"""A participle aside after its noun, an adverb before the participle (", first reported by the Herald on May 2,"):
the date in it is the participle's, so is the title, as without the adverb (", announced last week,"). Invented
sentences."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    ("The takeover, first reported by the Herald on May 2, was agreed after months of talks.", "May 2",
     "The takeover first reported by the Herald"),
    ("The bridge, originally opened in 1931, was closed for repairs on Monday.", "1931",
     "The bridge originally opened"),
    ("The ban, quietly lifted in March, had angered farmers.", "March", "The ban quietly lifted"),
    # (as before: no adverb, and a date of the clause after the aside)
    ("The deal, announced last week, values the firm at $2 billion.", "last week", "The deal announced"),
    ("The bridge, originally opened in 1931, was closed for repairs on Monday.", "Monday",
     "The bridge was closed for repairs"),
])
def test_an_adverb_before_the_aside_s_participle_keeps_the_date_the_participle_s(sentence: str, date: str,
                                                                                  title: str) -> None:
    at = sentence.index(date)
    assert title_from_sentence(sentence, at, at + len(date)) == title
