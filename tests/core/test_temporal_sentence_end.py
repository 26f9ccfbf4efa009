"""`temporal._sentence_end_before`: one rule for where a sentence ends after an offset (its stop before the next
sentence's capital or quotation mark, or a line break), read by the reaches of a sentence and the called-off test
alike: an abbreviation's stop before a lower-case word does not end it."""
from __future__ import annotations

import pytest

from timeline_app.core.temporal import _sentence_end_before


@pytest.mark.parametrize("text, rest", [
    ("The match at 2 p.m. has been postponed. Fans left.", ". Fans left."),  # must change (was ". has been ...")
    ("Prices rose 3 per cent. vs. a year ago. Then they fell.", ". Then they fell."),  # must change
    ("It ended on Monday! \u201cNo,\u201d he said.", "! \u201cNo,\u201d he said."),
    ("Was it Friday? Nobody knew.", "? Nobody knew."),
    ("The vote was held\non Friday.", "\non Friday."),
    ("It ran on and on", ""),
])
def test_where_a_sentence_ends(text: str, rest: str) -> None:
    assert text[_sentence_end_before(text, 0, len(text)):] == rest
