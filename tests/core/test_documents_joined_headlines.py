"""Other stories' headlines joined on one line by semicolons (`documents._joined_headlines`): a page's related links
flattened into one line, however they are worded. Invented lines; the "kept" rows guard the story's sentences that
set clauses off by semicolons, a list of two, and a line of names."""
from __future__ import annotations

import pytest

from timeline_app.core.documents import _joined_headlines, document_from_text

_HEAD = "Council Approves Harbour Plan\n\nPublished: 4 March 2011\n\n"
_LEAD = ("The regional council approved the harbour plan on Monday after a long debate over the cost of the new "
         "quay. Members voted nine to two in favour of the proposal.")
_CLOSE = "\n\nThe mayor said work on the quay would start in the spring.\n"


@pytest.mark.parametrize("line, joined", [
    ("Storm cuts power to thousands in the north; Airline cancels winter flights; Festival names new director", True),
    ("Related: Police arrest three after bank raid; Minister resigns over rail contract; 12 schools close for snow",
     True),
    ("\u201cWe will rebuild\u201d, says mayor; Ferry fares rise in June; Bridge reopens after repairs", True),
    # kept: a sentence of the story with clauses set off by semicolons
    ("The council voted on Monday; the port company agreed on Tuesday; the minister has yet to sign.", False),
    ("The council voted on Monday; The port company agreed on Tuesday; The minister has yet to sign.", False),
    # kept: two parts only
    ("Storm cuts power to thousands in the north; Airline cancels winter flights", False),
    # kept: names, not headlines
    ("Tom Reilly; Ann Byrne; Joe Smith", False),
    # kept: a list inside a sentence, lower-case parts
    ("Those present were the mayor of Port Ellis; the harbour master; the clerk of the council", False),
])
def test_joined_headlines(line: str, joined: bool) -> None:
    assert _joined_headlines(line) is joined


def test_a_line_of_joined_headlines_makes_no_event() -> None:
    line = ("Storm cuts power to thousands in the north; Airline cancels winter flights on Friday; "
            "Festival names new director")
    doc = document_from_text(_HEAD + _LEAD + "\n\n" + line + _CLOSE, id="d")
    i = doc.text.index(line)
    assert doc.is_excluded(i, i + len(line))
    lead = doc.text.index(_LEAD)
    assert not doc.is_excluded(lead, lead + len(_LEAD))
