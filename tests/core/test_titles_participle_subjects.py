"""A subject with an "-ing" participle after its noun ("A bus carrying 40 pupils crashed") is the noun's phrase, not
the participle's object (`grammar._modified_noun`): the title is "A bus crashes", not "40 pupils crash". After a
name, the "-ing" word is a compound's noun ("In late Tokyo trading the yen was …"). A reflexive pronoun after it is
its object ("Rebels calling themselves the Free Army seized")."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("A coach carrying 52 tourists left the road on Saturday.", "Saturday", "A coach leaves the road"),
    ("A lorry carrying 20 tonnes of sand blocked the bridge on Saturday.", "Saturday", "A lorry blocks the bridge"),
    ("A tanker carrying 80,000 tonnes of crude ran aground on Friday.", "Friday", "A tanker runs aground"),
    ("A consortium including three pension funds bought the airport in May.", "May",
     "A consortium buys the airport"),
    ("Lawyers representing 200 families filed suit on Tuesday.", "Tuesday", "Lawyers file suit"),
    ("In late Tokyo trading the yen fell sharply on Monday.", "Monday", "The yen fell sharply"),
    # a reflexive pronoun is the participle's object, never a subject
    ("Rebels calling themselves the Free Army seized the town on Sunday.", "Sunday", "Rebels seize the town"),
    ("A woman describing herself as a nurse stole two babies in May.", "May", "A woman steals two babies"),
])
def test_a_participles_object_is_not_the_subject(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
