"""A caption's scene, read by one set of tests for a sentence under a picture, a <figcaption>'s and a credited line's
(`documents._caption_tense`, `_verbless_subject`, `_names_someone`): told in the present or with no verb, and
whether the words before its verb (or, with none, before its first preposition or comma) hold a name."""
from __future__ import annotations

import pytest

from timeline_app.core import documents, grammar


@pytest.mark.parametrize("scene, caption_tense, named", [
    ("A tourist walks along the beach", True, False),
    ("Union leader Ann Byrne addresses the crews", True, True),
    ("Union leader Ann Byrne addressed the crews", False, True),
    ("A fisherman on the quay", True, False),
    ("Maeve Corrigan at the Guildhall", True, True),
])
def test_a_caption_scene(scene: str, caption_tense: bool, named: bool) -> None:
    tokens = grammar.tag_words(scene)
    first = next((g for g in grammar.verb_groups(tokens) if g.finite), None)
    assert documents._caption_tense(first) == caption_tense
    subject = (0, first.first) if first is not None else documents._verbless_subject(tokens)
    assert documents._names_someone(tokens, subject) == named
