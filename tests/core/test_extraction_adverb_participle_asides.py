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


@pytest.mark.parametrize("sentence, word, offset, participle", [
    ("The takeover, first reported by the Herald on May 2, was agreed.", "first", 0, True),
    ("The takeover, reported by the Herald on May 2, was agreed.", "reported", 0, True),
    ("The takeover, widely expected in March, was agreed.", "widely", 0, True),
    ("The takeover, widely shares in March, was agreed.", "widely", 0, False),
    # a start inside a word names no word: the next word is not read in its place (review 20, finding 12)
    ("The takeover, first reported by the Herald on May 2, was agreed.", "first", 2, False),
    ("The takeover, quickly approved in March, was agreed.", "quickly", 3, False),
])
def test_is_participle_reads_the_word_that_starts_there(sentence: str, word: str, offset: int,
                                                        participle: bool) -> None:
    from timeline_app.core.extraction import _is_participle
    assert _is_participle(sentence, sentence.index(word) + offset) is participle
