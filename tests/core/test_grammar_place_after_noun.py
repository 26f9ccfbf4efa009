"""A compass word before "of" right after a noun says where the noun's thing is ("the fire north of Tarrow"): it
stays in the subject's noun phrase, whose verb's title then keeps it, not only the place ("Tarrow has risen").
Sentence, date → title (`extraction.title_from_sentence`)."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    # must change
    ("The toll from the storm south of Brisk rose to five on Friday.", "on Friday",
     "The toll from the storm south of Brisk rises to five"),
    ("A blast south of Kessa injured four people on Sunday.", "on Sunday", "A blast south of Kessa injures four people"),
    # guards
    ("A village east of Orsk was evacuated on Tuesday.", "on Tuesday", "A village east of Orsk was evacuated"),
    ("The toll from the storm in Brisk rose to five on Friday.", "on Friday",
     "The toll from the storm in Brisk rises to five"),
    ("Brisk rose to fame on Friday.", "on Friday", "Brisk rises to fame"),
])
def test_a_place_after_a_noun_stays_in_its_phrase(sentence: str, date: str, title: str) -> None:
    at = sentence.index(date)
    assert title_from_sentence(sentence, at, at + len(date)) == title
