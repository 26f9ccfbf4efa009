"""The per-document map's faster paths give exactly what the definitions they replace give (issue 7 speed)."""
from __future__ import annotations

import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import extraction
from timeline_app.core.extraction import _KIND_STEMS, _WORD_RE, _kind_of_word


def _kind_words_by_definition(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Every `_WORD_RE` word of text[lo:hi] that `_kind_of_word` gives a kind, as kind_near used to read them."""
    return [(m.start(), m.end(), kind) for m in _WORD_RE.finditer(text, lo, hi)
            if (kind := _kind_of_word(m.group(0).lower())) is not None]


def _kind_words_by_scan(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    window = text[lo:hi]
    return [(m.start() + lo, m.end() + lo, m.lastgroup) for m in extraction._KIND_WORD_SCAN.finditer(window)]


# Words that name kinds (and near misses: prefixes, suffixes, hyphens, digits, odd capitals and Unicode letters
# that case-fold onto ASCII ones), glued by the separators news has.
_PIECES = ["visit", "visits", "visited", "re-elected", "reelected", "elected", "step", "down", "stepped", "took",
           "office", "talks", "met", "meeting", "metal", "tours", "tourist", "wildfires", "fires", "sued", "sues",
           "suede", "break-up", "Bombing", "VOTE", "vote2", "2vote", "_vote", "ſtrike", "ſigned", "Kılled", "ﬁght",
           "élection", "the", "quake", "earthquakes", "said", "SAYS", "landed", "lands", "land", "trade", "traded",
           "trades", "Strikes", "struck", "coup", "coups", "flies", "fly", "flew", "x", "a"]
_SEPARATORS = [" ", "  ", ", ", ". ", "-", "\n", "'", "’s ", "", "/", "3", "_"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=30),
       st.integers(0, 400), st.integers(0, 400))
def test_kind_scan_finds_what_the_word_definition_finds(pieces, a, b):
    text = "".join(p + s for p, s in pieces)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    assert _kind_words_by_scan(text, lo, hi) == _kind_words_by_definition(text, lo, hi)


def test_kind_scan_on_random_letters_and_every_stem_word():
    rng = random.Random(5)
    stems = [w for _k, p in _KIND_STEMS for w in p.replace("(?:", "").replace(")", "").replace("?", "")
             .replace("\\w*", "").replace("\\w+", "s").split("|")]
    alphabet = string.ascii_letters + "  -'’.,0_ſK"
    for _ in range(3000):
        words = [rng.choice(stems) + rng.choice(["", "s", "ed", "ing", "x"]) if rng.random() < 0.5
                 else "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(1, 12))]
        text = " ".join(w.upper() if rng.random() < 0.2 else w for w in words)
        lo, hi = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        assert _kind_words_by_scan(text, lo, hi) == _kind_words_by_definition(text, lo, hi), text


def test_kind_near_reads_the_nearest_kind_word():
    text = "The ministers met in Oslo, and on May 3 the rebels attacked the capital."
    start = text.index("May 3")
    assert extraction.kind_near(text, start, start + 5, 0, len(text)) == "conflict"
    assert extraction.kind_near(text, 0, 0, 0, 20) == "meeting"
