"""A date set off by commas right after a relative clause, just before the main verb, is the relative clause's
("A man who admitted the theft, in 2017, was jailed on Friday": 2017 is the admitting's, not the jailing's). Real
news (docs/realnews_judgement.md class 3: a wire brief's "... who pleaded guilty to conspiring ..., in 2020, was
sentenced ..., Thursday" put the sentencing in 2020 too). Invented sentences; dates elsewhere stay the main
clause's."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("A driver who admitted the theft, in 2017, was jailed for two years on Friday.", "2017",
     "A driver admits the theft"),
    ("The nurse who had reported the abuse, in March, was dismissed on Monday.", "March",
     "The nurse had reported the abuse"),
    ("Two brothers who sold forged passports, in 2014, were sentenced to prison on Tuesday.", "2014",
     "Two brothers sell forged passports"),
    # the main clause keeps its own date
    ("A driver who admitted the theft, in 2017, was jailed for two years on Friday.", "Friday",
     "A driver was jailed for two years"),
    # no aside: the relative clause without commas, a date after the main verb, a subject between
    ("The man who fled in 2015 was arrested on Monday.", "Monday", "The man was arrested"),
    ("A driver who admitted the theft was jailed, in 2017, for two years.", "2017", "A driver was jailed"),
])
def test_a_date_in_commas_after_a_relative_clause_is_the_relatives(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
