"""A sentence (full stop) with no finite verb whose participle right after a noun takes an object: Brill's rules
read "A jury convicted Dunn" as "a jury (that was) convicted", leaving the sentence no verb, so its date dated
nothing and the account after it was put on the news day. A clause needs a finite verb: the participle, spelled
as a past too, is the subject's past. Sentences are invented."""
from __future__ import annotations

import pytest

from timeline_app.core.grammar import tag_words


@pytest.mark.parametrize("sentence, word, tag", [
    ("A county jury convicted the ferry captain of manslaughter.", "convicted", "VBD"),
    ("On Tuesday, a tribunal sentenced the smuggler to six years.", "sentenced", "VBD"),
    ("The magistrate remanded him until next month.", "remanded", "VBD"),
    ("A regional court acquitted Olsen of all charges.", "acquitted", "VBD"),
    # (guards: a headline has no full stop; a participle that takes no object; one in an aside set off by
    # commas)
    ("Ferry captain convicted of manslaughter", "convicted", "VBN"),
    ("The captain wounded in the collision.", "wounded", "VBN"),
    ("One of the crew, a deckhand named Olsen, reported the leak.", "named", "VBN"),
])
def test_a_verbless_sentence_reads_its_participle_as_a_past(sentence: str, word: str, tag: str) -> None:
    assert [t.pos for t in tag_words(sentence) if t.text == word] == [tag]
