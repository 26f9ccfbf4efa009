"""A "since" noun's title that opens with a bare possessive pronoun ("since its founding in 1949") names the owner
when the sentence or the one before says who it is ("The club's founding"), and is the sentence's own title
otherwise, never "Its founding" alone (TBAQ's NATO article). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

HEADER = "Town news\nMarch 12, 2019\n\n"


@pytest.mark.parametrize("body, phrase, title", [
    ("The club has grown a lot since its founding in 1919, when ten players met in a pub.", "1919",
     "The club's founding"),
    ("The firm has hired 200 people since its founding in 1990.", "1990", "The firm's founding"),
    # an owner that is itself owned, or none of the pronoun's sort: the sentence says who
    ("The league's budget has doubled since its founding in 1992, a time of deep cuts.", "1992",
     "The league's budget has doubled since its founding"),
    ("Sales have tripled since its founding in 1990.", "1990", "Sales have tripled since its founding"),
    # guard: no possessive, as before
    ("Crowds lined the streets for the first parade since independence in 1962.", "1962", "Independence"),
])
def test_a_since_nouns_possessive_names_its_owner(body: str, phrase: str, title: str) -> None:
    assert article_title(HEADER + body + "\n", phrase) == title
