"""A title from a quotation is whole or its frame (s18): single quotation marks are quotation marks, and a
conjunction inside a quotation opens no clause of the date outside it."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title
from timeline_app.core.extraction import single_quotes_as_double


@pytest.mark.parametrize("sentence, phrase, title", [
    ("'The water comes up so fast,' she said on Monday.", "Monday", "She says the water comes up so fast"),
    ("‘The water comes up so fast,’ Maria Lopez said on Monday.", "Monday",
     "Maria Lopez says the water comes up so fast"),
    ("'The water comes up so fast,' she said on Monday, standing in the mud.", "Monday",
     "She says the water comes up so fast"),
    ("\"The water comes up so fast, and we had no time,\" she said on Monday.", "Monday",
     "She says \"The water comes up so fast, and we had no time\""),
    ("'The water comes up so fast, and we had no time,' she said on Monday.", "Monday",
     "She says \"The water comes up so fast, and we had no time\""),
    # left alone: a clause of its own after the quotation, a date inside the quotation
    ("\"We had no time,\" she said, and he left on Monday.", "Monday", "He left on Monday"),
    ("\"The water came up so fast on Monday,\" she said.", "Monday", "The water comes up so fast"),
])
def test_a_title_from_a_quotation_is_whole_or_its_frame(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("text, expected", [
    ("'The water comes up so fast,' she said.", "“The water comes up so fast,” she said."),
    ("We had no time,' she said.", "We had no time,” she said."),
    ("'The water came so fast. We had", "“The water came so fast. We had"),
    ("He called it 'a disaster' on Monday.", "He called it “a disaster” on Monday."),
    # apostrophes stay
    ("The boys' parents said Apple's '90s were good.", "The boys' parents said Apple's '90s were good."),
    ("It's the company's, not the workers'.", "It's the company's, not the workers'."),
])
def test_single_quotation_marks_read_as_double(text: str, expected: str) -> None:
    assert single_quotes_as_double(text) == expected
