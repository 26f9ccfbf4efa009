"""A he/she opening a sentence takes the person the sentence before has for its subject even when that subject
names an organisation and a role beside the person ("Harlow Robotics CEO and co-founder Anna Banks"), and when
the tagger reads the family name as a plural noun ("Banks/NNS", "Burns/NNS"): the family name ends the run of
names before it, and the organisation's run is no person the pronoun could be. A subject naming two people
keeps the pronoun. Articles are invented."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

_HEAD = "Robot fair opens\nMarch 3, 2025\n\n"
_AFTER = " announced a new robot arm for farms on Monday. {family} said orders had doubled.\n"


@pytest.mark.parametrize("subject, pronoun, family, title", [
    ("Harlow Robotics CEO and co-founder Anna Banks", "She", "Banks",
     "Anna Banks announces a new robot arm for farms"),
    ("Harlow Robotics CEO and co-founder Tom Burns", "He", "Burns",
     "Tom Burns announces a new robot arm for farms"),
    # (guard: two people in the subject; the pronoun stays)
    ("Harlow Robotics founders Tom Burns and Ann Sims", "He", "Burns",
     "He announces a new robot arm for farms"),
])
def test_a_pronoun_takes_the_person_named_with_a_role(subject: str, pronoun: str, family: str, title: str) -> None:
    text = (_HEAD + subject + " gave the opening keynote at the fair in Leeds on Monday. " + pronoun
            + _AFTER.format(family=family))
    assert article_title(text, "Monday.") == title
