"""A sentence's title is remembered (`extraction._read_sentence_title`): the same sentence and date phrase titled
with another input that changes the title (the sentence's other dates, the document's names, a news day) must not
be answered with the title remembered for the first."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


def _span(sentence: str, phrase: str) -> tuple[int, int]:
    start = sentence.index(phrase)
    return start, start + len(phrase)


@pytest.mark.parametrize("sentence, phrase, first, second", [
    # the other dates: "and June" is one list with "March", gone from the title with it
    ("Sales rose in March and June to a record.", "March",
     ({"others": ()}, "Sales rise and June to a record"),
     ({"others": ("June",)}, "Sales rise to a record")),
    # the document's names: a name that ends in -s takes a singular verb
    ("Jobs announced the iPod in 2001.", "2001",
     ({"names": frozenset({"Jobs"})}, "Jobs announces the iPod"),
     ({"names": frozenset()}, "Jobs announce the iPod")),
    # a news day: an opening participle's day before a reporting verb is the saying's
    ("Asked about the recall on Tuesday, Doe said the chargers were safe.", "Tuesday",
     ({"news_day": True}, "Doe says the chargers were safe"),
     ({"news_day": False}, "Doe asked about the recall")),
])
def test_a_remembered_title_is_keyed_on_every_input(sentence: str, phrase: str, first: tuple[dict, str],
                                                    second: tuple[dict, str]) -> None:
    start, end = _span(sentence, phrase)
    for given, title in (first, second, first, second):  # each order: the one titled first is remembered
        options = dict(given)
        if "others" in options:
            options["others"] = [_span(sentence, other) for other in options["others"]]
        assert title_from_sentence(sentence, start, end, **options) == title
