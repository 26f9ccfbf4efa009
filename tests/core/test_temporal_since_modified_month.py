""""Since early January" (a month with "early", "late" or "mid" after "since") is a start already reached, as
"since January" is: main read the month without its "since" and put a sentence-opening "Since early January, we
have ..." in the coming January (docs/realnews5_judgement.md, class 5). Invented sentences, read on 16 November
2020."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

_REFERENCE = dt.date(2020, 11, 16)


@pytest.mark.parametrize("sentence, phrase, first", [
    ("Since early January, the clinic has tested every visitor at its door.", "early January", dt.date(2020, 1, 1)),
    ("Since late December the shelter has housed forty families.", "late December", dt.date(2019, 12, 1)),
    ("\u201cSince early February, we have worked through every weekend,\u201d the nurse said.", "early February",
     dt.date(2020, 2, 1)),
    # without "since" the coming month stays the coming one
    ("In early January the council will vote on the budget.", "early January", dt.date(2021, 1, 1)),
])
def test_since_before_a_modified_month_is_a_start_already_reached(sentence, phrase, first):
    found = [e for e in tag(sentence, _REFERENCE) if e.text == phrase]
    assert found and found[0].first == first
