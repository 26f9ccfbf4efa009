"""A date after the noun object of "since" ("the first vote since independence more than 40 years ago", "since the
war in 1945") is that noun's happening's, an event titled by the noun phrase, not the clause verb's (real news,
docs/realnews2_judgement.md: a lead put in the independence year, lost from its day). A "since" with a clause of
its own ("since police found the bomb on Monday") or a bare date ("since 1994") is as before. Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

HEADER = "Town news\nMarch 20, 2026\n\n"


def _titles(sentence: str) -> list[tuple[str, str]]:
    doc = document_from_text(HEADER + sentence + "\n", id="a")
    return [(c.mention.text, c.title) for c in extract_mentions(doc)]


@pytest.mark.parametrize("sentence, expected", [
    ("Crowds lined the streets for the first parade since independence in 1962.", [("1962", "Independence")]),
    ("Turnout was the highest since the civil war in 1991, officials said.", [("1991", "The civil war")]),
    ("The town has held no carnival since the flood of 2007.", [("2007", "The flood")]),
    ("Residents returned to the valley for the first time since the eruption more than 30 years ago.",
     [("more than 30 years ago", "The eruption")]),
    # a clause after "since", or a bare date: the clause's, as before
    ("The road has been shut since police found the bomb on Monday.", [("Monday", "Police found the bomb")]),
    ("The party has ruled since 1994.", [("1994", "The party has ruled")]),
])
def test_a_date_after_a_since_nouns_object_is_the_nouns(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _titles(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a year before a noun that is nothing but a noun, in a preposition's object, in a clause another date dates:
    # which thing (a law, a statute), not the clause's time
    ("He was charged under a 2015 law on Thursday.", ["Thursday"]),
    ("The firm was fined in March under a 2009 statute.", ["March"]),
    # a subject or an agent acts at its year; a noun that is also a verb may be a doing: as before
    ("A 1996 law named for him tightened the 1959 embargo.", ["1996", "1959"]),
    ("The 2010 census was completed in April.", ["2010", "April"]),
])
def test_a_year_naming_a_common_nouns_thing_dates_nothing(sentence: str, expected: list[str]) -> None:
    assert [text for text, _ in _titles(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Officials say they are counting votes from the first free poll since independence more than 40 years ago.",
    "Crowds lined the streets for the first parade since the end of the war in 1945.",
])
def test_the_clause_around_a_since_nouns_date_is_the_days_news(tmp_path, sentence: str) -> None:
    from timeline_app.core.pipeline import build_timeline

    (tmp_path / "news.txt").write_text(HEADER + sentence + "\n", encoding="utf-8")
    firsts = [str(e.first) for e in build_timeline([tmp_path], cache=False).events]
    assert "2026-03-20" in firsts
