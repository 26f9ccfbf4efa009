"""A thing's object pronoun in a title ("Acme acquires them") takes the object of the sentence before when that is
the one noun phrase there of the pronoun's number; otherwise it stays (vague is better than wrong). Invented
articles: the pronoun's sentence dated, the sentence before it undated."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

_HEAD = "A headline of the story\nMarch 3, 2025\n\n"


def _title(text: str, phrase: str) -> str:
    return article_title(_HEAD + text + "\n", phrase)


@pytest.mark.parametrize("text, phrase, title", [
    ("Acme Corp. bought two rival firms last year. It acquired them on March 3, 2019.", "March 3, 2019",
     "Acme Corp. acquires two rival firms"),
    ("The health board closed three clinics in the spring. The new minister reopened them on Tuesday.", "Tuesday",
     "The new minister reopens three clinics"),
    ("The police questioned two men. Officers released them on Sunday.", "Sunday", "Officers release two men"),
    ("The county sold five old ferries in 2019. A scrap dealer broke them up in 2021.", "2021",
     "A scrap dealer breaks five old ferries"),
])
def test_an_object_pronoun_takes_the_one_object_of_its_number(text: str, phrase: str, title: str) -> None:
    assert _title(text, phrase) == title


# Two noun phrases of the pronoun's number before it (the subject and the object), or the pronoun not the verb's
# object: it stays.
@pytest.mark.parametrize("text, phrase, title", [
    ("The town council approved the bridge plan. The mayor signed it on Tuesday.", "Tuesday", "The mayor signs it"),
    ("Residents found three stray dogs. Volunteers adopted them on Friday.", "Friday", "Volunteers adopt them"),
    ("The band recorded a new album. They released it on Friday.", "Friday", "They release it"),
    # a subject of two names is plural too
    ("Hale and Moran replaced two senior judges. The senate confirmed them on Friday.", "Friday",
     "The senate confirms them"),
    # a phrase of the pronoun's own sentence may be it
    ("The police arrested two suspects. The pair were freed after a judge released them on Monday.", "Monday",
     "A judge released them"),
])
def test_an_object_pronoun_with_two_candidates_stays(text: str, phrase: str, title: str) -> None:
    assert _title(text, phrase) == title
