"""A title keeps the words its clause needs: no measure loses its number, no infinitive its verb.

- A number that counts the noun after it ("to 12 years", "to 9 years of imprisonment", "to 12 percent") is a
  measure phrase, the verb's own, not the end of a range that opens at the date or the verb ("Monday to 5",
  "May 3 to 7"): `grammar.headline_clause` keeps it whole, where it left "was sentenced years".
- A second date after "and" takes the first predicate's subject and "to"/modal only when a bare verb opens the
  second conjunct ("will cut … in 2031 and close … in 2032"); "its banks and financial system last March"
  coordinates nouns, which "is expected to" cannot take for a verb (`extraction.title_from_sentence`).
- Property of every title of the tables: its words stand in the sentence in the same order (a verb may take
  its headline tense), and every "to"/"of" in it is followed by the word the sentence puts after it, or by a
  bare verb of the sentence (a second predicate with the first one's "to": "are expected to fall").
"""
from __future__ import annotations

import re

import pytest

from timeline_app.core import grammar
from timeline_app.core.extraction import title_from_sentence

_WORD = re.compile(r"[\w'’-]+")

MEASURES = [
    # must change: the number was taken for a range's end and dropped with its "to"
    ("Lena Varga of Hungary has been sentenced to 9 years of imprisonment after her guilty plea.",
     "has been sentenced", "Lena Varga of Hungary has been sentenced to 9 years of imprisonment after her guilty plea"),
    ("The farmer was sentenced on Friday to 12 years in prison.", "Friday", "The farmer was sentenced to 12 years in prison"),
    ("The jobless rate rose on Friday to 12 percent.", "Friday", "The jobless rate rises to 12 percent"),
    ("The smuggler was sentenced last Tuesday to 4 months of community service.", "last Tuesday",
     "The smuggler was sentenced to 4 months of community service"),
    # guards
    ("The farmer was sentenced to 3 months of community service on Tuesday.", "on Tuesday",
     "The farmer was sentenced to 3 months of community service"),
    ("The trial ran from 1990 to 1994 in Lyon.", "1990", None),
]


@pytest.mark.parametrize("sentence, phrase, title", MEASURES)
def test_a_measure_keeps_its_number(sentence: str, phrase: str, title: str | None) -> None:
    at = sentence.index(phrase)
    got = grammar.headline_clause(sentence, at, at + len(phrase))
    if title is not None:
        assert got == title
    _assert_faithful(got, sentence)


CONJUNCTS = [
    # must change: a noun phrase after "and" is no second predicate
    ("The region's economy is expected to shrink by 8 percent in 2010 following the collapse of its banks and "
     "financial system last March.", "2010", "last March",
     "The region's economy is expected to shrink by 8 percent"),
    ("Output is likely to fall in 2012 after the closure of two mines and several large smelters in 2011.",
     "2012", "in 2011", None),
    # guards: a bare verb opens the second predicate
    ("The firm will cut 200 jobs in 2031 and close two plants in 2032.", "2031", "2032",
     "The firm will close two plants"),
    ("Sales are expected to rise in 2010 and fall in 2011.", "2010", "2011", "Sales are expected to fall"),
    ("The city plans to build a bridge in 2030 and widen the road in 2032.", "2030", "2032",
     "The city plans to widen the road"),
]


@pytest.mark.parametrize("sentence, other, phrase, title", CONJUNCTS)
def test_a_second_conjunct_takes_the_first_ones_verb_only_when_it_is_a_verb(sentence: str, other: str, phrase: str,
                                                                           title: str | None) -> None:
    at, o = sentence.index(phrase), sentence.index(other)
    got = title_from_sentence(sentence, at, at + len(phrase), [(o, o + len(other))])
    if title is not None:
        assert got == title
    _assert_faithful(got, sentence)


def _assert_faithful(title: str | None, sentence: str) -> None:
    """The title's words in the sentence's order (a verb in another form of its own), and its every "to"/"of"
    followed by the word the sentence puts after that "to"/"of", or by a bare verb of the sentence."""
    assert title
    words = _WORD.findall(title.rstrip("…"))
    source = _WORD.findall(sentence)
    lowered = [w.lower() for w in source]
    at = 0
    for word in words:
        low = word.lower()
        found = next((k for k in range(at, len(source)) if lowered[k] == low
                      or grammar.verb_lemmas(low) & grammar.verb_lemmas(lowered[k])), None)
        assert found is not None, f"{word!r} of {title!r} is not in the sentence after word {at}"
        at = found + 1
    pairs = set(zip(lowered, lowered[1:]))
    for first, second in zip(words, words[1:]):
        if first.lower() in ("to", "of") and not (first.lower() == "to" and second.lower() in
                                                   grammar.verb_lemmas(second)):
            assert (first.lower(), second.lower()) in pairs, f"{first} {second!r}: not the sentence's ({title!r})"
