"""A currency's letters glued to an amount in thousands ("P250,000", "Rs1,500,000") are split from the amount, as
"$250,000" is, so the amount stays one number: main's word token ended at the first comma ("P250" "," "000"), and
an event's title was cut there or began with "000" (docs/realnews5_judgement.md, class 4). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title
from timeline_app.core.grammar import token_texts


@pytest.mark.parametrize("sentence, tokens", [
    ("The co-op repaid P480,000 to the bank.", ["The", "co-op", "repaid", "P", "480,000", "to", "the", "bank", "."]),
    ("A grant of Rs1,250,000 was approved.", ["A", "grant", "of", "Rs", "1,250,000", "was", "approved", "."]),
    ("The fine was N40,000 and KSh5,000.", ["The", "fine", "was", "N", "40,000", "and", "KSh", "5,000", "."]),
    # no thousands group after it: the word stays whole (a model, a code, a grid square)
    ("The A320 and the F16 landed at B52.", ["The", "A320", "and", "the", "F16", "landed", "at", "B52", "."]),
    # a word's letters before a number inside it are no currency: "COVID19,000" is no amount (four capitals)
    ("Route R12, then left.", ["Route", "R12", ",", "then", "left", "."]),
])
def test_a_currency_glued_to_an_amount_in_thousands_is_its_own_token(sentence, tokens):
    assert token_texts(sentence) == tokens


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Records showed that the P125,000 was only returned to the treasury in August 2009.", "August 2009",
     "The P125,000 was only returned to the treasury"),
    ("The co-operative repaid Rs2,400,000 of the loan to the state bank in May 2011.", "May 2011",
     "The co-operative repaid Rs2,400,000 of the loan to the state bank"),
    ("The harbour trust received N750,000 from the ports authority in June 2016.", "June 2016",
     "The harbour trust receives N750,000 from the ports authority"),
])
def test_an_events_title_keeps_the_whole_amount(sentence, phrase, title):
    assert sentence_title(sentence, phrase) == title
