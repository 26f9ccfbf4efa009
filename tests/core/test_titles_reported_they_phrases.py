"""'X in Y said they ...': the "they" after a reporting verb stands for a plural common noun with a place's or
owner's phrase after it ("Firefighters in the valley said they rescued …": "Firefighters in the valley rescue …",
was "They rescue …"), also for a sentence-opening "Police" or a newspaper's "POLICE" before such a phrase
(`extraction._reported_speaker`). Not a name with a phrase, nor with another noun between the speaker and "they".
Invented articles."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title


def _article(sentence: str) -> str:
    return "Crime news\n\nMarch 4, 2026\n\n" + sentence + "\n"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Firefighters in the valley said they rescued two hikers on Saturday.", "Saturday",
     "Firefighters in the valley rescue two hikers"),
    ("Police in Leeds say they have arrested a man allegedly involved in the theft on Saturday.", "Saturday",
     "Police in Leeds have arrested a man allegedly involved in the theft"),
    ("POLICE in Leeds say they have arrested a man over the theft on Saturday.", "Saturday",
     "POLICE in Leeds have arrested a man over the theft"),
    # guards: a name with a phrase, another noun between, and the bare speaker as before
    ("Smith in Leeds said they arrested a man on Saturday.", "Saturday", "Smith in Leeds says they arrest a man"),
    ("Residents of the town told reporters they heard a blast on Saturday.", "Saturday", "They hear a blast"),
    ("Police said they arrested a man on Saturday.", "Saturday", "Police arrest a man"),
])
def test_a_reported_they_takes_a_plural_speaker_with_its_phrase(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_article(sentence), phrase) == title
