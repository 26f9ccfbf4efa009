"""The one reader of a body's name that takes "they" (`extraction._body_name_taking_they`), which both of the
titles' they-readers ask (`_body_called_they`, `_they_after_collective_subject`): capitalised names shown a body's
by their last word ("Ravens Rugby Club"), by a lower-case collective noun after them ("Mtopwa Super Queens football
team") or, for the reader that rules out every other taker of the "they", by a firm's or club's word anywhere or an
acronym ("Hollin Rovers", "CY Topic"). A person's name, or a name that shows nothing, is none. Phrase → expected,
with and without the firm's marks."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.extraction import _body_name_taking_they


@pytest.mark.parametrize("subject, any_mark, own_head", [
    ("Ravens Rugby Club", True, True),            # a collective noun, the name's last word
    ("Green Party", True, True),
    ("Hollin FC", True, True),                    # a club's name's own last word
    ("Brackley Town football team", True, True),     # a lower-case collective noun after the name
    ("Hollin Rovers", True, False),               # a club's word, not a collective noun: the firm's marks only
    ("CY Topic", True, False),                    # an acronym
    ("Anna Berg", False, False),                  # two capitalised words alone may be a person's name
    ("Halvorsen", False, False),                  # one word alone may be any person's
    ("Berg Rugby Club", False, False),            # a family name the document gives
])
def test_a_bodys_name_takes_they(subject: str, any_mark: bool, own_head: bool) -> None:
    words = grammar.tag_words(subject + " won the cup.")[:len(subject.split())]
    assert _body_name_taking_they(words, frozenset({"Berg"})) is any_mark
    assert _body_name_taking_they(words, frozenset({"Berg"}), firm_marks=False) is own_head
