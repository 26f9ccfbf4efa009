"""A headline's present tense tells what happened ("Police arrest suspects Monday"), except where its verb is plainly
one with no object before a bare weekday or month and the lead does not tell it in the past: a schedule, as in the
body ("Bridge reopens Monday", "The museum reopens in January"; but "Army withdraws Monday" over "The army pulled out
of the town" is past). A headline drops its articles, so a verb form that may be a noun ("falls", "suspects") is no
sure verb: those keep the past reading. The body's present verb may go to a common noun before its date ("reopens to
traffic on Monday") or follow an aside after a comma. Invented headlines and sentences, published Thursday
2024-06-20."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

THURSDAY = dt.date(2024, 6, 20)
DATELINE = "\n\nThursday, June 20, 2024\n\n"


@pytest.mark.parametrize("headline, lead, phrase, value", [
    # a plain verb, no object, and a lead that does not tell it in the past: a schedule, the coming day or the next
    # such month
    ("Eastgate bridge reopens Monday", "The Eastgate bridge reopens to traffic on Monday after repairs.", "Monday",
     "2024-06-24"),
    ("Harbour Bridge Reopens Monday", "Repairs to the harbour bridge are finished, the council says.", "Monday",
     "2024-06-24"),
    ("The city museum reopens in January", "The city museum will reopen after a two-year refit.", "January",
     "2025-01"),
    ("Schools reopen Monday after the floods", "", "Monday", "2024-06-24"),
    ("Voting begins Tuesday in the port city", "Polling stations open at 7 a.m.", "Tuesday", "2024-06-25"),
    ("Queen arrives in Paris on Monday", "The queen is due to land at Orly airport.", "Monday", "2024-06-24"),
    # the lead tells it in the past: the historical present
    ("Army withdraws Monday", "The army pulled out of the town, residents said.", "Monday", "2024-06-17"),
    ("Eastfield mayor resigns Monday", "The mayor of Eastfield resigned on Monday after a row over expenses.",
     "Monday", "2024-06-17"),
    ("Bridge reopens Monday", "The Eastgate bridge has reopened to traffic.", "Monday", "2024-06-17"),
    # a form that may be a noun, or a verb with its object: the historical present, as before
    ("Police arrest suspects Monday", "", "Monday", "2024-06-17"),
    ("Police arrest suspect Monday", "", "Monday", "2024-06-17"),
    ("Stock market falls Monday", "", "Monday", "2024-06-17"),
    ("Unemployment falls in February", "", "February", "2024-02"),
    ("Quake kills 12 Sunday", "", "Sunday", "2024-06-16"),
    ("Council approves budget Tuesday", "", "Tuesday", "2024-06-18"),
])
def test_a_headlines_plain_present_before_a_bare_date_is_a_schedule(headline: str, lead: str, phrase: str,
                                                                    value: str) -> None:
    text = headline + DATELINE + lead if lead else headline
    assert value_of(text, phrase, THURSDAY) == value


@pytest.mark.parametrize("sentence, phrase, value", [
    ("The Eastgate bridge reopens to traffic on Monday.", "Monday", "2024-06-24"),
    ("The bridge, closed since a barge struck it in March, reopens on Monday, the county said.", "Monday",
     "2024-06-24"),
    ("The former minister goes to court on Saturday.", "Saturday", "2024-06-22"),
    # a past verb, or an infinitive's "to": as before
    ("The bridge reopened to traffic on Monday.", "Monday", "2024-06-17"),
    ("The bridge, closed since March, reopened on Monday.", "Monday", "2024-06-17"),
])
def test_a_present_verb_reaches_its_date_past_a_destination_or_an_aside(sentence: str, phrase: str,
                                                                          value: str) -> None:
    assert value_of(sentence, phrase, THURSDAY) == value
