"""Wire copy's typewriter quotes (``We are done,'' he said.), as TimeBank/AQUAINT and many newswire archives write
them, are quotation marks like "..." and “...”: a ``quotation'' opens a sentence after a full stop; `` and '' are
one token each, an opening and a closing quote, so clauses break there and a verb inside the quotation is the
speaker's; a quotation running over sentences is counted with them. Every row is invented and fails on the code
before the change unless marked as a guard."""
from __future__ import annotations

import pytest

from timeline_app.core.documents import document_from_text, split_sentences


@pytest.mark.parametrize("text, sentences", [
    ("Talks\n\nJobs were cut on Monday. ``We are done,'' he said. ``Not yet.'' Smith said. ``We won.'' The end came.",
     ["Talks", "Jobs were cut on Monday.", "``We are done,'' he said.", "``Not yet.''", "Smith said.", "``We won.''",
      "The end came."]),
    # after a dotted abbreviation, a quotation opening with a sentence opener word ("We") starts a sentence
    ("The deal was signed in the U.S. ``We won,'' he said.", ["The deal was signed in the U.S.", "``We won,'' he said."]),
    # a single typewriter quote too
    ("The vote failed. `Not again,' she said.", ["The vote failed.", "`Not again,' she said."]),
    # Guards: straight and curly quotes split so already; a quotation after a title stays in its sentence.
    ('He said "we will go." The next day it rained.', ['He said "we will go."', "The next day it rained."]),
    ("The vote failed. \u201cNot again,\u201d she said.", ["The vote failed.", "\u201cNot again,\u201d she said."]),
    ("He met Mr. ``Bud'' Smith on Monday.", ["He met Mr. ``Bud'' Smith on Monday."]),
    # Guard: a dotted abbreviation before a capitalised word that opens no sentence by itself ends none: in
    # TimeBank/AQUAINT "U.S." is followed by a capital 86 times, 80 of them a name it modifies ("U.S. Embassy",
    # "U.S. Marines"), and the 6 sentence starts open with a word like "The", "That", "And", "His".
    ("It rose in the U.S. Jobs were cut on Monday.", ["It rose in the U.S. Jobs were cut on Monday."]),
    ("Rates rose in the U.S. The cuts came on Monday.", ["Rates rose in the U.S.", "The cuts came on Monday."]),
])
def test_a_typewriter_quotation_opens_a_sentence(text: str, sentences: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[s.start:s.end] for s in spans] == sentences
    doc = document_from_text(text, id="d")  # the loader's sentences are the same, at exact offsets
    assert [doc.text[s.start:s.end] for s in doc.sentences][-len(sentences):] == sentences
