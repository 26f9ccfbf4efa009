"""A date inside a trailing "-ing" adjunct ("..., cementing his role as favourite for the national elections next
month") is no time of either verb's: the adjunct tells what the main act brought about, at the main act's time. When
the main clause has a date of its own, a stretch holding it ("this year") dates the happening noun it follows, or
makes no candidate; a date to come after a past main clause dates the noun it follows, when that names a happening, and
makes no candidate otherwise (`extraction._Reading.free_adjunct_date`). A past date of its own still dates the
sentence as before. Invented sentences in an invented article."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import dated_titles

ARTICLE = ("Harbour vote in Tallinn\nMarch 4, 2016\n\n"
           "The harbour board met in Tallinn on Thursday.\n\n{}\n")


def _titles(sentence: str) -> dict[str, str]:
    """The sentence's dated candidates: date phrase -> title."""
    return dated_titles(ARTICLE, sentence)


@pytest.mark.parametrize("sentence, titles", [
    # a date to come after a past main clause: the happening noun's, or nothing
    ("The harbour master was re-elected on Thursday, cementing his role as favourite for the national elections "
     "next month.", {"Thursday": "The harbour master was re-elected", "next month": "The national elections"}),
    ("The pilot was named captain of the year on Thursday, cementing his role as favourite at the Baltic Awards "
     "next month.", {"Thursday": "The pilot was named captain of the year"}),
    # a stretch holding the main clause's day, or the publication day
    ("The pilots union won the vote on Thursday, bringing its second victory this year.",
     {"Thursday": "The pilots union wins the vote"}),
    # (the comma inside a title's quotation marks)
    ("The pilots union won the prize on Thursday for its film “Harbour Lights,” bringing its second award this "
     "year.", {"Thursday": "The pilots union wins the prize for its film"}),
])
def test_a_date_in_a_trailing_adjunct_dates_no_verb(sentence: str, titles: dict[str, str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize("sentence, phrase, title", [
    # a main clause with no date: the adjunct's may be the act's as well, as before
    ("The pilots union won the vote, bringing its second victory this year.", "this year",
     "The pilots union wins the vote"),
    # a past day of its own: the adjunct's act, by the main clause's subject
    # (`extraction._trailing_participle_title`; it was the main clause's, "Storms batter the harbour")
    ("Storms battered the harbour, sinking three boats on Sunday.", "Sunday", "Storms sink three boats"),
    # an opening participle is no trailing adjunct
    ("Speaking on Monday, the harbour master said the port would reopen.", "Monday",
     "The harbour master says the port would reopen"),
])
def test_other_dates_are_read_as_before(sentence: str, phrase: str, title: str) -> None:
    assert _titles(sentence)[phrase] == title
