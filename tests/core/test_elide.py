"""core/elide.py: one way to shorten a title or passage for a label."""
from __future__ import annotations

import pytest

from timeline_app.core.elide import elide


@pytest.mark.parametrize("text, limit, whole_words, expected", [
    ("Short title", 40, False, "Short title"),
    ("A  title\nover   lines", 40, False, "A title over lines"),  # flattened, then measured
    ("President hosts his counterpart for talks", 20, False, "President hosts his…"),
    ("President hosts his counterpart for talks", 21, False, "President hosts his…"),  # no space before "…"
    ("President hosts his counterpart for talks", 23, False, "President hosts his co…"),
    ("President hosts his counterpart for talks", 23, True, "President hosts his…"),  # a word cut in two dropped
    # The last character that fits ends a whole word: kept (a split at the space before it would drop it).
    ("President hosts his counterpart for talks", 20, True, "President hosts his…"),
    ("Transcontinental-railroad-completion", 10, True, "Transcont…"),  # one long word: cut all the same
    ("Talks end, leaders say more", 11, True, "Talks end…"),  # no comma before the ellipsis
])
def test_elide(text: str, limit: int, whole_words: bool, expected: str) -> None:
    out = elide(text, limit, whole_words=whole_words)
    assert out == expected and len(out) <= limit
