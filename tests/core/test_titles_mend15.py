"""Titles after the review of task s15's title rules (mend m15): one rule for a conjunction the tagger reads as a
preposition before names, the abbreviation "US" no pronoun, one rule for a name joined by small words.
Every sentence is invented; each row fails without the change unless marked as a guard."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from tests.core.title_helpers import article_title, sentence_title


def _clause(sentence: str, phrase: str) -> str | None:
    start = sentence.index(phrase)
    return grammar.headline_clause(sentence, start, start + len(phrase))


@pytest.mark.parametrize("sentence, phrase, title", [
    # A conjunction that only opens clauses ("because") before a common noun: its past verb is the clause's own
    # verb in headline tense, not a participle modifying a preposition's object ("Workers struck" before).
    ("The plant shut because workers struck in 1990.", "in 1990", "Workers strike"),
    # Guards: a conjunction before names opens their clause; a preposition's object takes a participle.
    ("The shares rose after Norsk Hydro raised its forecast on Monday.", "on Monday",
     "Norsk Hydro raises its forecast"),
    # "US" in capitals is the country, not the pronoun "us": the quotation is reported ("The general says" before).
    ("\"US troops will stay in the region,\" the general said on Monday.", "on Monday",
     "The general says US troops will stay in the region"),
    # Guards: the same with another people's adjective; a quotation in its speaker's own person ("us").
    ("\"British troops will stay in the region,\" the general said on Monday.", "on Monday",
     "The general says British troops will stay in the region"),
    ("\"They will join us in the region,\" the general said on Monday.", "on Monday", "The general says"),
])
def test_headline_clauses(sentence: str, phrase: str, title: str) -> None:
    assert _clause(sentence, phrase) == title


def test_other_not_names_repeats_no_other_source() -> None:
    # `_OTHER_NOT_NAMES` holds only what the other sources of `_not_names` lack: a word kept in two lists would
    # stay a non-name when it leaves one of them.
    from timeline_app.core import extraction
    others = (grammar.opening_words() | grammar._LEGAL_FORMS | frozenset(grammar._NAME_TITLES)
              | {w.capitalize() for w in grammar._CALENDAR_WORDS} | {w.capitalize() for w in extraction._number_words()})
    assert not extraction._OTHER_NOT_NAMES & others


_sentence_title = sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    # The clause after "because" has its own verb, in headline tense ("Workers blocked the gates" before).
    ("The plant closed in March because workers blocked the gates on Monday.", "on Monday", "Workers block the gates"),
    # Guard: another finite verb follows in the conjunction's clause, so the past form modifies its subject.
    ("It was not known if the arrest announced today stemmed from the raid.", "today",
     "The arrest announced stemmed from the raid"),
])
def test_titles(sentence: str, phrase: str, title: str) -> None:
    assert _sentence_title(sentence, phrase) == title


def _title(text: str, phrase: str) -> str:
    return article_title("Headline\nMarch 3, 2025\n\n" + text + "\n", phrase)


@pytest.mark.parametrize("body, phrase, title", [
    # A name joined by "of" is the organisation "it" stands for, as it is for a speaker ("It wins" before).
    ("Royal Bank of Canada raised its rates in 1990. It won the case in 1993.", "1993",
     "Royal Bank of Canada wins the case"),
    # Guards: a speaker's name joined by "of" after "the"; two names joined by "and" speak for "they".
    ("The Bank of Northern Norway said on Friday it would open two branches in Tromso in May.", "May",
     "The Bank of Northern Norway would open two branches in Tromso"),
    ("Smith and Jones said on Friday they would open two shops in May.", "May", "Smith and Jones would open two shops"),
])
def test_pronoun_titles(body: str, phrase: str, title: str) -> None:
    assert _title(body, phrase) == title
