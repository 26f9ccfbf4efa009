"""A title whose subject is a measure noun alone ("The number could reach 150") takes what the sentence before
counts, when that sentence counts one thing after a figure ("About 120 people have been arrested" → "The number of
people arrested could reach 150"); otherwise it stays. Invented articles."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

_HEAD = "A headline of the story\nMarch 3, 2025\n\n"


def _title(text: str, phrase: str) -> str:
    return article_title(_HEAD + text + "\n", phrase)


@pytest.mark.parametrize("text, phrase, title", [
    ("About 120 people have been arrested since the protests began. The number could reach 150 by Friday.", "Friday",
     "The number of people arrested could reach 150"),
    ("Rescuers have pulled 35 survivors from the rubble. The number rose to 41 on Tuesday.", "Tuesday",
     "The number of survivors rises to 41"),
    ("More than 300 homes were destroyed in the fire. The total may top 400 by Monday.", "Monday",
     "The total of homes destroyed may top 400"),
])
def test_a_bare_measure_takes_what_the_sentence_before_counts(text: str, phrase: str, title: str) -> None:
    assert _title(text, phrase) == title


# Nothing counted before, two things counted, or the measure says what it counts: the title stays.
@pytest.mark.parametrize("text, phrase, title", [
    ("The storm hit the coast. The number rose to 41 on Tuesday.", "Tuesday", "The number rises to 41"),
    ("Police held 12 men and 3 women. The number rose to 20 on Tuesday.", "Tuesday", "The number rises to 20"),
    ("Police held 12 men. The number of cases rose to 41 on Tuesday.", "Tuesday", "The number of cases rises to 41"),
])
def test_a_measure_with_nothing_or_several_counted_before_stays(text: str, phrase: str, title: str) -> None:
    assert _title(text, phrase) == title
