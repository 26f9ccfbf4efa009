"""Title shapes real news keeps producing, each fixed by a rule of general English grammar (invented sentences):
1. a reduced relative whose participle is irregular ("Two women held last week on suspicion of fraud have been
   released"): the lexicon's participle forms (`grammar.past_participle_form`), not an "-ed" ending, tell the
   participle that modifies the noun before it; "to" is a preposition after it as "on"/"in" are."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import dated_titles

_ARTICLE = "Title\n\nBy Staff\n\n1 March 2024\n\n{}\n"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Two women held last week on suspicion of fraud have been released.", "last week", "Two women held"),
    ("A man caught last night in connection with the robbery has been charged.", "last night", "A man caught"),
    ("Two letters sent last month to the mayor were published.", "last month", "Two letters sent"),
    ("Two letters mailed last month to the mayor were published.", "last month", "Two letters mailed"),
    ("Three men taken last night to a police station have been released.", "last night", "Three men taken"),
    ("A cyclist hit yesterday by a lorry in the town centre has died.", "yesterday", "A cyclist hit by a lorry"),
    # guards: a past tense with its own object stays the clause's verb; a past form that is no participle
    ("Police held two women last week on suspicion of fraud.", "last week",
     "Police hold two women on suspicion of fraud"),
])
def test_a_reduced_relative_with_an_irregular_participle(sentence: str, phrase: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[phrase] == title
