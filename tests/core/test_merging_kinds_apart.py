"""One article's same-day sentences that say different kinds of thing happened are two happenings, even when
one sentence tells both ("Police detained a builder on Monday over the collapse that caused the deaths" shares
"deaths" and the town with "Floods ... on Monday, killing five"): a shared (word, name) pair within one article
joins sentences of one kind, or of one family of kinds (`merging._kinds_apart`). A detention is a legal
happening, as an arrest is (`extraction.kind_of_word`). The articles are invented (fixtures/kind_words/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.extraction import kind_of_word
from tests.core.merging_helpers import sentences_by_event, together

FIXTURES = Path(__file__).parent / "fixtures" / "kind_words"


@pytest.mark.parametrize("word, kind", [
    ("detained", "legal"), ("detains", "legal"), ("detention", "legal"), ("arrested", "legal"),
    ("killed", "death"), ("detail", None), ("retained", None),
])
def test_the_kind_a_word_names(word: str, kind: str | None) -> None:
    assert kind_of_word(word) == kind


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    """Per fixture article, the sentences of each event."""
    return sentences_by_event(FIXTURES)


@pytest.mark.parametrize("article, first, second", [
    # the detention's sentence names the deaths it is over (kind: a legal happening, then a death)
    ("flood_detention", "Floods swept", "Police in Varna detained"),
    # the custody's sentence cites the explosion that killed the workers (a shared "explosion", "Holm")
    ("quarry_custody", "An explosion at a quarry", "Officers in Holm"),
])
def test_happenings_of_other_kinds_stay_apart(told_together: dict[str, list[list[str]]], article: str, first: str,
                                              second: str) -> None:
    assert not together(told_together[article], first, second), told_together[article]


@pytest.mark.parametrize("article, first, second", [
    # the headline and the lead of the floods stay one happening
    ("flood_detention", "Floods swept", "Floods sweep Varna valley"),
])
def test_kinds_of_one_family_stay_together(told_together: dict[str, list[list[str]]], article: str, first: str,
                                           second: str) -> None:
    assert together(told_together[article], first, second), told_together[article]
