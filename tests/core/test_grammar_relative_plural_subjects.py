"""After "which"/"who", a plural noun that a verb follows is the relative clause's subject, not its verb ("which
engineers built near Kano": was engineers/VBZ, the dam titled "The dam engineers built near Kano"), whether a
contextual rule or a name's rule ("which rebels Ansar Dine seized") made a verb of it; the past after it is then the
object relative's verb (`grammar._verb_follows_in_clause`, `_finite_participles_in_object_relatives`). A word with
no verb after it stays the relative's verb ("which borders southern China"). Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, word, tag", [
    ("The dam, which engineers built near Kano, failed on Friday.", "engineers", "NNS"),
    ("The dam, which engineers built near Kano, failed on Friday.", "built", "VBD"),
    ("The town, which rebels Ansar Dine seized in 2012, was retaken on Friday.", "rebels", "NNS"),
    ("Troops retook the town, which rebels seized in 2012, on Friday.", "rebels", "NNS"),
    # guards: no verb follows, the word is the relative's verb
    ("Hospitals in Hong Kong, which borders southern China, admitted nine more patients.", "borders", "VBZ"),
    ("The firm, which makes parts, said on Monday it would close.", "makes", "VBZ"),
])
def test_a_plural_noun_before_a_verb_after_a_relative_word_is_its_subject(sentence: str, word: str,
                                                                          tag: str) -> None:
    tokens = grammar.analyse_sentence(sentence).tokens
    assert next(t.pos for t in tokens if t.text == word) == tag


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Troops retook the town, which rebels seized in 2012, on Friday.", "in 2012", "Rebels seize the town"),
    ("The road, which farmers blocked in March, reopened on Monday.", "in March", "Farmers block the road"),
    ("The dam, which engineers built near Kano in 1990, failed on Friday.", "in 1990",
     "Engineers build the dam near Kano"),
    # guards
    ("The dam, which engineers built near Kano, failed on Friday.", "on Friday", "The dam fails"),
    ("Hospitals in Hong Kong, which borders southern China, admitted nine more patients on Jan. 7.", "on Jan. 7",
     "Hospitals in Hong Kong admit nine more patients"),
])
def test_the_object_relatives_title_has_its_plural_subject(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
