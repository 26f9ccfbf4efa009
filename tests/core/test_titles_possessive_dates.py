"""Titles (s22): a date in the possessive opening the sentence ("Last year's festival", "Monday's vote") is part of
the subject, not a date phrase before it. When another date in the sentence dates the event, the title keeps the
possessive whole and never starts inside it ("'s festival was extended")."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

_HEAD = "March 3, 2020\n\n"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Last year's carnival was extended in July after record crowds.", "July",
     "Last year's carnival was extended after record crowds"),
    ("Yesterday's verdict was appealed on Friday.", "Friday", "Yesterday's verdict was appealed"),
    ("Last year's top scorer, Ivo Marek, retired in June.", "June", "Last year's top scorer retired"),
    ("Last week’s blackout was traced on Tuesday to a faulty cable.", "Tuesday",
     "Last week’s blackout was traced to a faulty cable"),
    # Guard: a date with no possessive opening the sentence is still left out of the other date's title.
    # (the date is the trailing participle's: its act's title, `extraction._trailing_participle_title`)
    ("In the late 1990s the mill added a second line, prompting a strike in 2001.", "2001",
     "The mill prompts a strike"),
])
def test_a_possessive_date_stays_with_its_noun(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # A possessive date's noun phrase followed by its own verb is the subject of a clause with no "that", not the
    # object of the verb before it: the title keeps the clause's verb, not the noun phrase alone.
    ("The board said last year's carnival was extended after record crowds.", "last year",
     "The board says last year's carnival was extended after record crowds"),
    ("Critics argue last year's reform failed.", "last year", "Critics argue last year's reform failed"),
    ("Residents fear next month's closure will hurt shops.", "next month",
     "Residents fear next month's closure will hurt shops"),
    # Guard: an object with no verb of its own is still the dated noun phrase.
    ("The envoys will build on last week's talks in Oslo.", "last week", "Last week's talks in Oslo"),
])
def test_a_possessive_date_subject_keeps_its_verb(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + sentence, phrase) == title
