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
    # a four-digit count the tagger reads as no year ("1500 people": review 23a, item 9)
    ("About 1500 people were evacuated from the valley. The number rose to 2,000 on Tuesday.", "Tuesday",
     "The number of people evacuated rises to 2,000"),
    ("Inspectors found 1200 homes without power. The total fell to 300 on Wednesday.", "Wednesday",
     "The total of homes fell to 300"),
])
def test_a_bare_measure_takes_what_the_sentence_before_counts(text: str, phrase: str, title: str) -> None:
    assert _title(text, phrase) == title


# Nothing counted before, two things counted, or the measure says what it counts: the title stays.
@pytest.mark.parametrize("text, phrase, title", [
    ("The storm hit the coast. The number rose to 41 on Tuesday.", "Tuesday", "The number rises to 41"),
    ("Police held 12 men and 3 women. The number rose to 20 on Tuesday.", "Tuesday", "The number rises to 20"),
    ("Police held 12 men. The number of cases rose to 41 on Tuesday.", "Tuesday", "The number of cases rises to 41"),
    # no figure after the measure noun: the procedure, not a measure ("The count continues", not "The count of
    # councillors continues")
    ("Voters elected 12 councillors on Sunday. The count continued on Monday.", "Monday", "The count continues"),
    ("Voters chose 9 mayors on Sunday. The tally was delayed on Monday.", "Monday", "The tally was delayed"),
    # a year before its noun is no count ("2019 elections"): the one thing counted is the candidates
    ("The 2019 elections drew 900 candidates. The number fell to 700 on Friday.", "Friday",
     "The number of candidates fell to 700"),
])
def test_a_measure_with_nothing_or_several_counted_before_stays(text: str, phrase: str, title: str) -> None:
    assert _title(text, phrase) == title
