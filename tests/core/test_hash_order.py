"""What a run reads from a set of strings must not follow the set's order: that order follows Python's per-process
string hashing (PYTHONHASHSEED), so the same articles would give another timeline in another run or worker."""
from __future__ import annotations

import itertools
import math

import pytest

from timeline_app.core import grammar
from timeline_app.core.merging import _rarity_weight


@pytest.mark.parametrize(("lemma", "tag", "expected"), [
    ("focus", "VBZ", "focuses"),   # lemminflect also lists "focusses"
    ("bias", "VBZ", "biases"),     # and "biasses"
    ("bus", "VBZ", "buses"),       # and "busses"
    ("post", "VBZ", "posts"),
    ("flee", "VBD", "fled"),
    ("say", "VBG", "saying"),
])
def test_a_verb_form_is_the_spelling_listed_first(lemma: str, tag: str, expected: str) -> None:
    assert grammar.verb_form(lemma, tag) == expected
    assert expected in grammar.verb_forms(lemma, (tag,))


def test_a_verb_form_of_no_verb_is_none() -> None:
    assert grammar.verb_form("zzqx", "VBZ") is None


# Counts where a plain float sum of the four logs differs in its last bit between orders (checked below).
USED = {"profit": 41, "segmen": 12, "gain": 23, "produc": 37}
TOTAL = 1907


def test_plain_sums_of_these_logs_do_differ_by_order() -> None:
    """(The table's point: with these counts the order of a plain sum shows, as a set's order would.)"""
    sums = {sum(math.log(TOTAL / USED[w]) for w in order) for order in itertools.permutations(USED)}
    assert len(sums) > 1


def test_the_rarity_of_shared_words_is_the_same_in_any_order() -> None:
    """Two happenings sharing the same words with a sentence tie whatever order each one's set of shared words is
    iterated in (a tie goes to the one whose date stands nearer those words, never to a rounding)."""
    weights = {_rarity_weight(order, USED, TOTAL) for order in itertools.permutations(USED)}
    assert len(weights) == 1
    assert weights.pop() == pytest.approx(sum(math.log(TOTAL / n) for n in USED.values()))
