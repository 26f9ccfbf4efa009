"""A word the tagger reads as a noun right after a finite "have" (adverbs may stand between), spelled as a verb's
past participle and followed by a determiner, is the perfect's participle: "Police have fatally shot a suspect"
(core/grammar.py, `_participles_after_have`). A noun object of "have" that is no participle's spelling ("had lunch
the day before", "have time this week") stays a noun. Every sentence here is invented."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


def _tag_of(sentence: str, word: str) -> str:
    return next(t.pos for t in grammar.tag_words(sentence) if t.text == word)


@pytest.mark.parametrize("sentence, word, tag", [
    ("Police have fatally shot a suspect after a chase.", "shot", "VBN"),
    ("Police in North Varen have shot a fleeing man.", "shot", "VBN"),
    ("Deputies have shot two men near the border.", "shot", "VBN"),
    # no participle's spelling, or no determiner after it: a noun
    ("They had lunch the day before.", "lunch", "NN"),
    ("We have time this week.", "time", "NN"),
    ("He had a shot at the title.", "shot", "NN"),
])
def test_a_participle_spelled_noun_after_have_is_the_perfect(sentence: str, word: str, tag: str) -> None:
    assert _tag_of(sentence, word) == tag
