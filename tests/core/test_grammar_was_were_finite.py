""""was" and "were" are never participles. Brill's contextual rule for a past after a past made them VBN after a
relative clause's verb ("Students who protested were/VBN arrested"), so the clause had no finite verb of its own:
the title took the relative's verb for the act and kept the main one after it ("Students protest were arrested").
Invented sentences of the shapes met in news pages (an antecedent with "who"/"that", a number or a name before it)."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    ("Pupils who walked out were suspended on Monday.", "on Monday", "Pupils were suspended"),
    ("The gunman who fled was arrested on Monday.", "on Monday", "The gunman was arrested"),
    ("The boy who ran off was found on Tuesday.", "on Tuesday", "The boy was found"),
    ("The 14 who escaped were recaptured on Friday.", "on Friday", "The 14 were recaptured"),
    ("The yacht that sank was recovered in 2016.", "in 2016", "The yacht was recovered"),
    ("The amount of oil that spilled was larger in 2022.", "in 2022", "The amount of oil was larger"),
])
def test_was_and_were_are_the_clauses_finite_verb(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert title_from_sentence(sentence, start, start + len(date)) == title


@pytest.mark.parametrize("sentence, word", [
    ("Pupils who walked out were suspended on Monday.", "were"),
    ("The gunman who fled was arrested on Monday.", "was"),
])
def test_was_and_were_are_tagged_past(sentence: str, word: str) -> None:
    assert {t.text: t.pos for t in grammar.analyse_sentence(sentence).tokens}[word] == "VBD"
