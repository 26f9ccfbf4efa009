"""The words an undated mention was told with (`merging._told_keys`): the happening keys of its last word that has
any, so that a verb with a particle ("stepped down") is keyed by its verb; a date phrase has none."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import merging
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Mention, Precision


def _undated(phrase: str, dated: bool = False) -> Candidate:
    sentence = f"Aune {phrase} on the day."
    mention = Mention("d0", 5, 5 + len(phrase), phrase, 0, len(sentence), dated)
    day = dt.date(2026, 9, 8)
    return Candidate(mention, day, day, Precision.DAY, "resignation", "Aune resigns", sentence, frozenset({"Aune"}))


@pytest.mark.parametrize("phrase, keys", [
    ("resigned", ("resign",)),
    ("have signed", ("sign",)),
    ("stepped down", ("step",)),  # the particle has no keys: the verb's
    ("was sworn in", ("swear",)),
    ("on Tuesday", ()),  # no happening word
])
def test_told_keys_are_the_last_happening_word(phrase: str, keys: tuple[str, ...]) -> None:
    assert merging._told_keys(_undated(phrase)) == keys


def test_a_date_phrase_offers_no_told_keys() -> None:
    assert merging._told_keys(_undated("resigned", dated=True)) == ()
