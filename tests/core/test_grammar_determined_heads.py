"""Which noun heads a subject. A gerund that opens the clause, its object (with a determiner) right before the verb,
is the subject's head: the walk stopped at the object ("Rebuilding the bridge began in 2010" was titled "The bridge
begins"), and the act is one, so the verb is singular. A noun right before "who" is the antecedent, the outer verb
after the relative clause is the sentence's past, not a participle ("Fans who waited outside cheered/VBN" was
titled "Fans wait outside cheered"). A gerund subject keeps its determiner ("The following were ..."). Invented
sentences."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    ("Widening the motorway began in 2017.", "in 2017", "Widening the motorway begins"),
    ("Dredging the harbours took two years and ended in 2009.", "in 2009", "Dredging the harbours ends"),
    ("Restoring its murals started in May.", "in May", "Restoring its murals starts"),
    ("Neighbours who gathered outside clapped on Friday.", "on Friday", "Neighbours clap"),
    ("Pupils who stayed behind celebrated on Monday.", "on Monday", "Pupils celebrate"),
    ("Workers who gathered inside protested on Monday.", "on Monday", "Workers protest"),
    # a past the lexicon has as an adjective, right after "who", is the relative clause's verb
    ("Voters who queued for hours complained on Tuesday.", "on Tuesday", "Voters complain"),
])
def test_the_head_of_the_subject(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert title_from_sentence(sentence, start, start + len(date)) == title



def test_a_gerund_subject_keeps_its_determiner() -> None:
    # (failed before this branch's "was"/"were" commit, which let the walk reach the gerund: "Following were")
    sentence = "The following were the main results on Sunday."
    start = sentence.index("on Sunday")
    assert title_from_sentence(sentence, start, start + 9) == "The following were the main results"


# (guards, which passed before too)
@pytest.mark.parametrize("sentence, date, title", [
    # an "-ing" adjective before a bare plural is no gerund: the plural stays the head
    ("Rising prices hurt sales in 2011.", "in 2011", "Prices hurt sales"),
    # a fronted participle's phrase, set off by a comma, is no subject
    ("Using the data, researchers found the flaw in 2019.", "in 2019", "Researchers found the flaw"),
    ("Drilling resumed on Monday.", "on Monday", "Drilling resumes"),
    ("Guests who arrived early applauded on Friday.", "on Friday", "Guests applaud"),
])
def test_other_heads_keep_their_reading(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert title_from_sentence(sentence, start, start + len(date)) == title
