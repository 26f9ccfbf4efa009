"""A date after a relative clause that commas open and close belongs to the outer clause, which goes on after the
closing comma: "Heavy rain hit Laos, which borders China, on Tuesday" is the rain's Tuesday ("Heavy rain hits
Laos", was "Laos borders China"; `grammar._outer_group_after_aside`). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Floods swept the delta, which feeds half the country, in March.", "in March", "Floods sweep the delta"),
    ("Police arrested Smith, who ran the firm, last week.", "last week", "Police arrest Smith"),
    ("Voters rejected the plan, which the mayor backed, in November.", "in November", "Voters reject the plan"),
    ("Rescuers reached the village, which sits on a hillside, last week.", "last week",
     "Rescuers reach the village"),
    ("Storms battered the coast, which faces the open sea, on Thursday.", "on Thursday",
     "Storms batter the coast"),
    # guards: a date inside the relative clause, or after one no comma opened, stays the relative's
    ("Police arrested Smith, who ran the firm in 2010, on Tuesday.", "in 2010", "Smith runs the firm"),
    ("The bank named Lee, who replaced Cho as chair, president and chief executive in May.", "in May",
     "Lee replaces Cho as chair"),
    ("A man who admitted the theft, in 2017, was jailed on Friday.", "in 2017", "A man admits the theft"),
    ("The senator, who chairs the panel, resigned on Monday.", "on Monday", "The senator resigns"),
])
def test_a_date_after_a_comma_closed_relative_is_the_outer_clauses(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
