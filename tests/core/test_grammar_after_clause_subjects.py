"""A conjunction the tagger reads as a preposition ("after", "before", "since", "until") opens its own clause before a
bare noun phrase too ("after talks with the port authority collapsed"), not only before a determiner ("after the
talks collapsed"): that phrase is its verb's subject, and a date of that clause is titled by it. Invented
sentences."""
from __future__ import annotations

import pytest

from tests.core.grammar_helpers import subject_of_verb
from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, verb, subject", [
    ("Ferry crews began a strike after talks with the port authority collapsed", "collapsed",
     "talks with the port authority"),
    ("The mill closed after heavy rains flooded the valley", "flooded", "heavy rains"),
    ("Sales slowed before 12 stores closed", "closed", "12 stores"),
    # (unchanged: a determiner, and a phrase that is the subject's own with no verb before it)
    ("Ferry crews began a strike after the talks collapsed", "collapsed", "the talks"),
    ("Sales since the merger rose", "rose", "Sales since the merger"),
])
def test_the_clause_after_the_conjunction_has_its_own_subject(sentence: str, verb: str, subject: str) -> None:
    assert subject_of_verb(sentence, verb) == subject


@pytest.mark.parametrize("sentence, date, title", [
    ("Ferry crews began a two-day strike after talks with the port authority collapsed on Sunday.", "Sunday",
     "Talks with the port authority collapsed"),
    ("Crews walked out at dawn, bringing services to a halt after late-night talks broke down early on Sunday.",
     "early on Sunday", "Late-night talks broke down"),
])
def test_a_date_of_the_clause_is_titled_by_its_own_subject(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title
