"""A clause reported by a closing attribution (", the newspaper said.") needs a finite verb as a sentence does:
Brill's rules read "Two aides left for Europe" as "two aides (who were) left", leaving the clause no verb, so
the title fell to the frame ("The newspaper says"). A participle right after the subject (or after an aside
about it), spelled as a past too, is the subject's past before such a frame when it takes an object, or, in
prose (a determiner or a number opens the subject), a preposition other than "by". Sentences are invented."""
from __future__ import annotations

import pytest

from timeline_app.core.grammar import tag_words
from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, word, tag", [
    ("A county jury convicted Olsen of manslaughter, the agency reported.", "convicted", "VBD"),
    ("Two engineers left for Oslo on Monday, the newspaper said.", "left", "VBD"),
    ("Two deputies to the mayor, Tom Reyes and Ann Holt, left for Lisbon on Monday, the paper said.", "left", "VBD"),
    # (guards: a headline's subject keeps its participle; an agent's "by"; no frame, no object; an aside)
    ("Man arrested after a chase in Leeds, police said.", "arrested", "VBN"),
    ("Cyclists injured after a crash in Leeds, police said.", "injured", "VBN"),
    ("The driver injured by the falling crane, police said.", "injured", "VBN"),
    ("The captain wounded in the collision.", "wounded", "VBN"),
    ("The captain, a veteran named Olsen, the newspaper said.", "named", "VBN"),
])
def test_a_participle_before_a_closing_frame_is_the_clause_past(sentence: str, word: str, tag: str) -> None:
    assert [t.pos for t in tag_words(sentence) if t.text == word] == [tag]


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Two engineers left for Oslo on Monday, the newspaper said.", "Monday", "Two engineers leave for Oslo"),
    ("A county jury convicted Olsen of fraud on Monday, the agency reported.", "Monday",
     "A county jury convicts Olsen of fraud"),
])
def test_the_reported_clause_titles_the_event_not_the_frame(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
