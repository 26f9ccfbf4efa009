"""A wire's stock codes after a company's name ("Acme Corp ACME.TO ACMX.O reported ...", Reuters' copy) are one
token each: main split them at the dot, and the letter after it became the verb's subject ("O reports stronger
profit": docs/realnews3_judgement.md, class 4). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title, verb_subject
from timeline_app.core import grammar


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


# Text glued at a full stop (scraped pages lose the space after it) has the shape of a code ("2023.A", "UK.A",
# "EU.A", "1997.IT"): a code is read only where a wire prints one (after "(" or "<", or after a capitalised word
# that is no determiner or preposition; never a year's digits), so these stay a sentence's end and the next
# one's first word.
@pytest.mark.parametrize("sentence, tokens", [
    ("Lawmakers adopted the water plan in 2023.A second vote followed.", ["2023", ".", "A", "second"]),
    ("Investigators opened a file in the UK.A lawyer said so.", ["UK", ".", "A", "lawyer"]),
    ("The EU.A deal was reached.", ["The", "EU", ".", "A", "deal"]),
    ("Chip sales rose in 1997.IT spending fell.", ["1997", ".", "IT", "spending"]),
    ("Output of Kessel 2021.HK fell.", ["Kessel", "2021", ".", "HK", "fell"]),  # a year's digits, even after a name
])
def test_text_glued_at_a_full_stop_is_no_stock_code(sentence: str, tokens: list[str]) -> None:
    words = grammar.token_texts(sentence)
    at = words.index(tokens[0])
    assert words[at:at + len(tokens)] == tokens, words


@pytest.mark.parametrize("sentence, token", [
    ("Shares of Acme Corp (ACME.TO) rose.", "ACME.TO"),  # in brackets
    ("Acme Corp <ACME.TO> said it would cut jobs.", "ACME.TO"),  # a wire's angle brackets
])
def test_a_bracketed_stock_code_is_one_token(sentence: str, token: str) -> None:
    assert token in grammar.token_texts(sentence)


@pytest.mark.parametrize("article, phrase, title", [
    ("Published 5 June 2024\n\nLawmakers adopted the water plan in 2023.A second vote on the budget followed on May 4.",
     "May 4", "A second vote on the budget follows"),
    ("Published 5 June 2024\n\nInvestigators opened a file in the UK.A lawyer for Brill Foods filed an appeal on May 6.",
     "May 6", "A lawyer for Brill Foods filed an appeal"),
    ("Published 5 June 2024\n\nTalks stalled in the EU.A deal on fishing quotas was reached on May 3.", "May 3",
     "A deal on fishing quotas was reached"),
])
def test_a_glued_sentence_titles_its_own_event(article: str, phrase: str, title: str) -> None:
    assert article_title(article, phrase) == title
