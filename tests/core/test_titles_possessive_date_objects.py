"""A possessive date that determines a verb's object stays before its noun in the title ("The union would challenge
Monday's decision by the board", was "… challenge decision by the board"; `extraction._possessive_date_kept`): the
noun phrase cannot lose its determiner. After a preposition the phrase goes whole as before ("in Sunday's poll").
Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The union would challenge Monday's decision by the board in court.", "Monday's",
     "The union would challenge Monday's decision by the board in court"),
    ("Voters backed Sunday's referendum by a wide margin.", "Sunday's", "Voters back Sunday's referendum by a wide margin"),
    ("Officials would study last week's report by the panel before acting.", "last week's",
     "Officials would study last week's report by the panel before acting"),
    # guards: the date after a preposition, and one the title keeps already
    ("Shares fell after Tuesday's announcement.", "Tuesday's", "Shares fell after Tuesday's announcement"),
    ("The council approved this year's budget on Monday.", "on Monday", "The council approves this year's budget"),
])
def test_a_possessive_date_before_a_verbs_object_stays(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
