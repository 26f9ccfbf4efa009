"""Subjects that Brill's tags or an aside hid. A plural noun that modifies the next noun ("appeals court", "sales
force"): Brill's rules read the head as the plural's present; before a finite verb it is the head noun. And a
reported clause's subject before an aside. Sentences are invented."""
from __future__ import annotations

import pytest

from timeline_app.core.grammar import analyse_sentence, tag_words

TAGS = [
    # A present between a plural that opens its noun phrase and a finite verb is the compound's head.
    ("A federal appeals court has reinstated his convictions.", "court", {"NN"}),
    ("The appeals court ruled that the law was valid.", "court", {"NN"}),
    ("The appeals court will hear the case in May.", "court", {"NN"}),
    ("Its arms race has cost billions.", "race", {"NN"}),
    # Guards: a plural's own present, before an object or a clause; a relative clause's present after a
    # noun and a plural ("the music teens buy"); no noun reading.
    ("Most analysts expect the stock to rise.", "expect", {"VBP"}),
    ("Officials say the plant was closed.", "say", {"VBP"}),
    ("The music teens buy is changing.", "buy", {"VBP"}),
]


@pytest.mark.parametrize("sentence, word, tags", TAGS)
def test_a_plural_modifier_heads_a_compound_noun(sentence: str, word: str, tags: set[str]) -> None:
    assert {t.pos for t in tag_words(sentence) if t.text == word} <= tags


SUBJECTS = [
    # A reporting verb's clause may have an aside between its subject and its verb: the subject runs from the
    # verb's "that" or right after it up to the aside, whose dashes may be the NYT wire's "_".
    ("Lane said one of the two men -- he did not know which one -- had been released.", "one of the two men"),
    ("Lane said one of the two men _ he did not know which one _ had been released.", "one of the two men"),
    ("Lane said that the car -- a red sedan -- was found.", "the car"),
    # (words before an aside that have a verb of their own are no subject)
    ("The value rose since speculators -- mostly hedge funds -- surfaced.", None),
]


@pytest.mark.parametrize("sentence, subject", SUBJECTS)
def test_a_reported_clauses_subject_runs_up_to_its_aside(sentence: str, subject: str | None) -> None:
    a = analyse_sentence(sentence)
    found = a.subject_of(a.groups[-1])
    assert (found and " ".join(t.text for t in a.tokens[found[0]:found[1]])) == subject
