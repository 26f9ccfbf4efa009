"""A wire's stock codes after a company's name ("Acme Corp ACME.TO ACMX.O reported ...", Reuters' copy) are one
token each: main split them at the dot, and the letter after it became the verb's subject ("O reports stronger
profit": docs/realnews3_judgement.md, class 4). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import verb_subject


@pytest.mark.parametrize("sentence, verb, subject", [
    ("Harbour maker Acme Corp ACME.TO ACMX.O reported stronger profit on Thursday.", "reported",
     "Harbour maker Acme Corp ACME.TO ACMX.O"),
    ("The miner Kestrel Resources KES.AX KES.L said on Monday it would cut 900 jobs.", "said",
     "The miner Kestrel Resources KES.AX KES.L"),
    ("Carmaker Nordwagen NWGG_p.DE raised its forecast on Tuesday.", "raised", "Carmaker Nordwagen NWGG_p.DE"),
    ("Electronics maker Hoshi 6789.T lowered its outlook.", "lowered", "Electronics maker Hoshi 6789.T"),
])
def test_a_stock_code_is_part_of_the_subject(sentence, verb, subject):
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, verb, subject", [
    # abbreviations with dots stay as they were
    ("The U.S. Navy sent two ships.", "sent", "The U.S. Navy"),
    ("Officials in Washington D.C. said the vote was close.", "said", "Officials in Washington D.C."),
])
def test_abbreviations_with_dots_keep_their_subjects(sentence, verb, subject):
    assert verb_subject(sentence, verb) == subject
