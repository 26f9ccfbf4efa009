"""A caption that dates its picture before naming it ("In this Wednesday, Sept. 7, 2016 photo made available by
NASA, a rocket ... is brought to its launchpad"): "this", the day, the thing the day made (a noun naming no
happening), then its participle or a comma. The day is the picture's, no happening of the story's (realnews10 07:
the caption's junk event "2016 photo makes available by NASA"). Invented sentences; the "kept" rows guard a
happening's day in the same frame ("In this Nov. 8, 2016 election, ...") and a sentence of the story."""
from __future__ import annotations

import pytest

from timeline_app.core.documents import document_from_text

_HEAD = "Crews Fight Depot Fire\n\nPublished: 4 March 2009\n\n"
_LEAD = "Crews fought a fire at the fuel depot in Hull on Tuesday, the fire service said."


@pytest.mark.parametrize("sentence, caption", [
    ("In this Wednesday, March 3, 2009 photo made available by the fire service, crews fight the fire at the depot.",
     True),
    ("In this March 3, 2009 file photo, crews fight the fire at the depot.", True),
    # the year's comma, as AP writes it (realnews23 11: "FILE - In this May 31, 2015, file photo, ... arrives")
    ("In this March 3, 2009, file photo, the mayor arrives at the depot.", True),
    ("In this Tuesday, March 2, 2009 image released by the council, smoke rises over the depot.", True),
    # kept: the day of a happening named by the noun
    ("In this Nov. 8, 2008 election, voters chose a new mayor for the city.", False),
    # kept: the story's sentence
    ("Crews were called to the depot on March 3, 2009, the fire service said.", False),
])
def test_a_caption_dating_its_picture_first_is_excluded(sentence: str, caption: bool) -> None:
    doc = document_from_text(_HEAD + _LEAD + "\n\n" + sentence + "\n\nThe depot will reopen next week.\n", id="d")
    i = doc.text.index(sentence)
    assert doc.is_excluded(i, i + len(sentence)) is caption
