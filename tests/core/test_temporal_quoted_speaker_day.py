"""A speaker's own day word inside a quotation ("yesterday", "early this morning", "tomorrow") counts from the day
the sentence says the words were spoken ('"..." the mayor said on Monday', 'said on Monday: "..."'), not from the
page's date (issue 7's judged real news, stop 24 item 3: a foundation's quoted "died early this morning" was put a
day late). With no day of speaking in the sentence, or a day word outside the quotation, the page's date stays
today. Invented sentences, published on Wednesday 6 March 2019."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import firsts_of

_WEDNESDAY = dt.date(2019, 3, 6)
D = dt.date


@pytest.mark.parametrize("sentence, phrase, first", [
    ('"We were beaten yesterday," the captain said on Tuesday.', "yesterday", D(2019, 3, 4)),
    ('"Early this morning the dam gave way," the governor said on Monday.', "Early this morning", D(2019, 3, 4)),
    ("\u201cShe passed away early this morning,\u201d the family said in a statement on Monday.",
     "early this morning", D(2019, 3, 4)),
    ('"The results come tomorrow," the minister told reporters on Monday.', "tomorrow", D(2019, 3, 5)),
    ('The chief said on Monday: "Early this morning the dam gave way."', "Early this morning", D(2019, 3, 4)),
    ('On Monday, the coach said: "Yesterday we were beaten."', "Yesterday", D(2019, 3, 3)),
    ('"We were beaten yesterday," Mr. Brown said on Monday.', "yesterday", D(2019, 3, 3)),
    ('"The roof fell in yesterday," she said at a news conference on Monday.', "yesterday", D(2019, 3, 3)),
])
def test_a_quoted_day_word_counts_from_the_day_it_was_spoken(sentence, phrase, first):
    assert firsts_of(sentence, phrase, _WEDNESDAY) == [first]


@pytest.mark.parametrize("sentence, phrase, first", [
    # no day of speaking in the sentence: today is the page's
    ('"We were beaten yesterday," the captain said.', "yesterday", D(2019, 3, 5)),
    # the day word is the writer's, outside the quotation
    ("The team was beaten yesterday, the coach said on Monday.", "yesterday", D(2019, 3, 5)),
    # the day belongs to another clause, not to the speaking
    ('"Yesterday the talks failed," the envoy said, and on Monday the fighting resumed.', "Yesterday",
     D(2019, 3, 5)),
    # the day is the next sentence's (review 25b item 1)
    ('"We lost yesterday," he said. The club was fined on Monday.', "yesterday", D(2019, 3, 5)),
    ('"It rained yesterday," he said. On Monday, the river rose.', "yesterday", D(2019, 3, 5)),
    ('"The pumps failed yesterday," the engineer said. Inspectors arrived on Monday.', "yesterday", D(2019, 3, 5)),
    # the day is another verb's, after the speaker's
    ('"I spoke to him yesterday," she said in an interview broadcast on Monday.', "yesterday", D(2019, 3, 5)),
    ('"The ferry sank yesterday," he wrote in a letter published on Monday.', "yesterday", D(2019, 3, 5)),
])
def test_a_day_word_with_no_dated_speaking_counts_from_the_page(sentence, phrase, first):
    assert firsts_of(sentence, phrase, _WEDNESDAY) == [first]
