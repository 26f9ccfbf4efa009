"""A time clause ("before", "after", "when", "once", "until") tells a future in the present tense ("before the
schools close in July"), also under a past verb that reports it ("he said he expected a vote before senators rise in
late June"): its month is still ahead when the article was written (`temporal._present_time_clause_before`). The
same clause in the past ("before the board met in June") is narrated. A date that such a present clause follows is
ahead too ("were preparing to fly food in on Thursday, once the airports reopen": the coming Thursday,
`temporal._present_time_clause_after`). Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

MAY = dt.date(2026, 5, 21)


@pytest.mark.parametrize("sentence, phrase, value", [
    # a present time clause after a past verb, its verb a noun first by the lexicon ("rise", "return") or with a
    # particle or a phrase before the date ("takes over", "rise for the recess"): the coming month
    ("The whip said he expected a final vote before the members rise for the recess in late June.", "late June",
     "2026-06"),
    ("He expected a vote before senators rise in June.", "June", "2026-06"),
    ("Officials feared more damage after the rains return in June.", "June", "2026-06"),
    ("The bank raised rates before the new governor takes over in June.", "June", "2026-06"),
    ("Critics warned of chaos once the new rules apply in July.", "July", "2026-07"),
    # (as a present verb right before the date already was)
    ("The club sold tickets before the season starts in August.", "August", "2026-08"),
    # guards: the time clause in the past, and a past verb with no time clause
    ("He resigned before the board met in June.", "June", "2025-06"),
    ("The whip said senators rose for the recess in late June.", "late June", "2025-06"),
    ("The minister said the talks collapsed after the unions walked out in June.", "June", "2025-06"),
])
def test_a_present_time_clause_is_ahead(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, MAY) == value


SEP = dt.date(2026, 9, 16)  # a Wednesday


@pytest.mark.parametrize("sentence, phrase, first", [
    # a present time clause right after the date: the date's clause is still ahead, whatever past verb reports it
    ("Aid agencies said they were preparing to fly food in from Manila on Thursday, once the airports reopen.",
     "Thursday", "2026-09-17"),
    ("The charity said it was ready to send tents on Friday once the roads reopen.", "Friday", "2026-09-18"),
    # guards: the time clause in the past, and a past verb with no time clause after the date
    ("Officials said the ferries sailed again on Friday once the winds dropped.", "Friday", "2026-09-11"),
    ("Crews cleared the road on Monday, before the rains returned.", "Monday", "2026-09-14"),
    ("The charity said it sent tents on Friday.", "Friday", "2026-09-11"),
])
def test_a_present_time_clause_after_the_date_puts_it_ahead(sentence: str, phrase: str, first: str) -> None:
    assert value_of(sentence, phrase, SEP) == first
