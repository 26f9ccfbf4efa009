"""`news._same_speaker` with the document's family names given as a function (asked only by the branches that
read them, as the walk passes them): the same answers as with the names themselves. Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar, news

_TEXT = ("Mayor Jane Lindqvist has fought the plan for years. A Pentagon spokesman, Kenneth Bacon, spoke. "
         "Officials met. The company said so. ")


def _phrase(words: str) -> list[grammar.Token]:
    return grammar.tag_words(words)


@pytest.mark.parametrize("speaker, subject, same", [
    ("Lindqvist", "Mayor Jane Lindqvist", True),          # a name the subject ends in: asks the family names
    ("She", "Mayor Jane Lindqvist", True),                 # a pronoun for a person the text names in full
    ("He", "The Justice Department", False),               # never an organisation
    ("They", "Officials", True),                           # they for a plural
    ("the company", "The company", True),                  # one head: answered without the names
    ("spokesman Kenneth Bacon", "A Pentagon spokesman", True),  # the role before the name
    ("an analyst", "The company", False),
])
def test_the_family_names_asked_lazily_give_the_same_answer(speaker: str, subject: str, same: bool) -> None:
    names = grammar.person_surnames(_TEXT)
    asked: list[int] = []

    def lazily() -> frozenset[str]:
        asked.append(1)
        return names
    at = len(_TEXT)
    eager = news._same_speaker(_phrase(speaker), _phrase(subject), names, _TEXT, at)
    assert eager == same
    assert news._same_speaker(_phrase(speaker), _phrase(subject), lazily, _TEXT, at) == eager
    assert len(asked) <= 1


def test_one_head_is_the_same_speaker_without_the_documents_names() -> None:
    def never() -> frozenset[str]:
        raise AssertionError("the names were built for a comparison of two equal heads")
    assert news._same_speaker(_phrase("the company"), _phrase("The company"), never, _TEXT, len(_TEXT))
