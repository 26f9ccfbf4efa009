"""The main clause after an opening subordinate clause ("After the case closed Apple extended an invitation"): the
subordinator governs the first clause only, which ends at its comma or, with none, where the main clause's subject
stands before a second verb. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.core.grammar_helpers import main_subject_and_verb


_subject_and_verb = main_subject_and_verb


# sentence → (the main clause's subject, its verb group)
MAIN_CLAUSES = [
    # must change: the subordinate clause's verb was taken for the main one
    ("After the case closed Apple extended an invitation to the press.", ("Apple", "extended")),
    ("When the market opened shares fell sharply.", ("shares", "fell")),
    ("When the market opened on Monday shares fell.", ("shares", "fell")),
    ("If the bill passes the Senate will vote on it.", ("the Senate", "will vote")),
    ("As the company grew its profits rose.", ("its profits", "rose")),
    ("After the talks failed they left the city.", ("they", "left")),
    ("Since the war has ended the country has rebuilt its roads.", ("the country", "has rebuilt")),
    ("Because the talks failed the union called a strike.", ("the union", "called")),
    # ... or with a comma
    ("When the market opened, shares fell sharply.", ("shares", "fell")),
    ("Once the deal was signed, the company hired new staff.", ("the company", "hired")),
    # ... or after an opening phrase and its comma
    ("On Monday, after the case closed Apple extended an invitation.", ("Apple", "extended")),
    # must not change
    # a preposition, not a subordinator: its object and then the main clause's subject
    ("After the meeting the minister announced a new plan.", ("the minister", "announced")),
    ("Since 1990 Apple has grown its sales.", ("Apple", "has grown")),
    ("After the war ended, the country rebuilt its roads.", ("the country", "rebuilt")),
    # a verb that may take a clause for its object: where the clauses part is unclear, no cut
    ("Although he said the plan would fail the board approved it.", ("he", "said")),
    ("Before dawn the troops crossed the river.", ("the troops", "crossed")),
    # no subordinator
    ("The market opened and shares fell.", ("The market", "opened")),
    ("Apple extended an invitation after the case closed.", ("Apple", "extended")),
]


@pytest.mark.parametrize("sentence, expected", MAIN_CLAUSES)
def test_main_clause_after_an_opening_subordinate_clause(sentence: str, expected: tuple[str, str]) -> None:
    assert _subject_and_verb(sentence) == expected
