"""A plural noun that modifies the next noun ("appeals court", "sales force"): Brill's rules read the head as the
plural's present; before a finite verb it is the head noun. Sentences are invented: sentence → (word, tags)."""
from __future__ import annotations

import pytest

from timeline_app.core.grammar import tag_words

TAGS = [
    # A present between a plural that opens its noun phrase and a finite verb is the compound's head.
    ("A federal appeals court has reinstated his convictions.", "court", {"NN"}),
    ("The appeals court ruled that the law was valid.", "court", {"NN"}),
    ("The appeals court will hear the case in May.", "court", {"NN"}),
    ("Its arms race has cost billions.", "race", {"NN"}),
    # Guards: a plural's own present, before an object or a clause; a relative clause's present after a
    # noun and a plural ("the music teens buy"); no noun reading.
    ("Most analysts expect the stock to rise.", "expect", {"VBP"}),
    ("Officials say the plant was closed.", "say", {"VBP"}),
    ("The music teens buy is changing.", "buy", {"VBP"}),
]


@pytest.mark.parametrize("sentence, word, tags", TAGS)
def test_a_plural_modifier_heads_a_compound_noun(sentence: str, word: str, tags: set[str]) -> None:
    assert {t.pos for t in tag_words(sentence) if t.text == word} <= tags
