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


@pytest.mark.parametrize("text, places", [
    # must change: a line is no sentence; the capital that opens the next line is no second word of the name
    ("Key points\nTwo more boats sank near Varna\nCoastguard widens search", {"Varna"}),
    ("Trains halted at Brello\nUnion calls strike", {"Brello"}),
    # guards
    ("Trains halted at Brello Central on Monday.", set()),     # a name of two words on one line
    ("Trains halted at Brello.\nUnion calls strike", {"Brello"}),
])
def test_a_place_that_ends_its_line(text: str, places: set[str]) -> None:
    assert grammar.places_in(text) == places
