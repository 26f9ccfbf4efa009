"""One-word names an article gives to places (`grammar.place_names`): after a preposition of place, the
sentence's first word too; not after "from", which people come from too, nor a possessive."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


@pytest.mark.parametrize("text, places", [
    ("Voters queued in Kessa on Sunday.", {"Kessa"}),
    ("In Kessa, voters queued on Sunday.", {"Kessa"}),            # a preposition that opens the sentence
    ("At Brello the polls closed early.", {"Brello"}),
    ("The mayor took a call from Johnson on Monday.", set()),    # a person's
    ("The polls closed early at Johnson's request.", set()),     # a possessive: the person's request
    ("He moved to an office in New York.", set()),               # a name of more words
])
def test_place_names(text: str, places: set[str]) -> None:
    assert grammar.place_names(text) == places
