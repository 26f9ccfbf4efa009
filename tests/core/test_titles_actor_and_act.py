"""Titles (s28) that lost the actor or the act (docs/realnews9_judgement.md: "Cairo, (UrduPoint / Pakistan Point
News", "Himself was hacked to death", "The festival occurs", "The 2017 U.S. Open champion", "... for a 3-6"): a
verbless lead before a colon or a dash (a dateline in an outlet's own form) is no date's clause; a reflexive after a
noun phrase belongs to the subject; a relative after a name's apposition tells of the name; a name's apposition
carries the name; a comma between two figures ends no title. Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title, verb_subject
from timeline_app.core import extraction


# An outlet's dateline: place, (outlet - date ) : lead, with a lead whose subject the tagger misreads ("The Never
# Taken": no subject found), so that the title falls back to the sentence's stretch by punctuation, which main took
# from before the dateline's dash ("Varna, (Coastline Daily News"). The lead's date and the dateline's own are titled
# by the lead.
DATELINED = ("Varna, (Coastline Daily News - 4th Mar, 2026 ) :The Never Taken was refloated Monday and the port "
             "reopened to shipping, the harbour board said.")


@pytest.mark.parametrize("phrase, title", [
    ("Monday", "The Never Taken was refloated and the port reopened to shipping, the harbour board said"),
    ("4th Mar, 2026", "The Never Taken was refloated Monday and the port reopened to shipping…"),
])
def test_a_verbless_lead_before_a_colon_or_dash_is_no_clause_of_the_date(phrase: str, title: str) -> None:
    assert sentence_title(DATELINED, phrase) == title


@pytest.mark.parametrize("sentence, lead", [
    (DATELINED, "Varna, (Coastline Daily News - 4th Mar, 2026 ) :"),
    ("Update: The council approved the budget on Tuesday.", "Update: "),
    # Guards: a subject's aside between dashes is no lead (no clause opens after either dash); a clause before the
    # colon is none; a clock time's colon is no break.
    ("A first group of 262 travellers - most of them students - landed at Orm airport on Thursday.", ""),
    ("Sunday's service -- a rite that marks the dead with a candle -- included a prayer for the victims.", ""),
    ("Sunday's service: a rite that marks the dead with a candle.", ""),
    ("The board said: the port reopened on Monday.", ""),
    ("At 10:30 the port reopened on Monday.", ""),
])
def test_a_verbless_lead(sentence: str, lead: str) -> None:
    assert sentence[:extraction._verbless_lead(sentence)] == lead


@pytest.mark.parametrize("sentence, verb, subject", [
    ("Roy himself was hacked to death in February.", "was hacked", "Roy himself"),
    ("The president herself announced the plan on Monday.", "announced", "The president herself"),
    # Guards: a reflexive object, a pronoun subject.
    ("She blamed herself on Monday.", "blamed", "She"),
    # A relative after a name's apposition: the verb's number rules out the apposition's inner noun ("lights"), and
    # the apposition's head is what the name names.
    ("They went to celebrate Diwali, the festival of lights, which occurs Tuesday.", "occurs", "Diwali"),
    # Guard: no name before the apposition (the singular head, as before).
    ("They went to the fair, the festival of lights, which occurs Tuesday.", "occurs", "the festival"),
])
def test_a_reflexive_after_a_noun_phrase_is_part_of_the_subject(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Roy himself was hacked to death in February while returning from a book fair in the capital.", "February",
     "Roy himself was hacked to death"),
    # (Two words are too few a title: the sentence's, whose name is now the relative's subject.)
    ("Many passengers were travelling to celebrate Diwali, the festival of lights, which occurs Tuesday.", "Tuesday",
     "Many passengers were travelling to celebrate Diwali, the festival of lights"),
    # A dated noun phrase in apposition to a name: the name says who, the phrase what.
    ("Svitolina won over fifth-seeded Sloane Stephens, the 2017 U.S. Open champion.", "2017",
     "Sloane Stephens, the 2017 U.S. Open champion"),
    ("They toured the Prado, the 1819 museum, on Monday.", "1819", "The Prado, the 1819 museum"),
    # Guard: with no name before the comma, the phrase alone.
    ("Svitolina beat her rival, the 2017 champion.", "2017", "The 2017 champion"),
    # A score's commas end no title.
    ("Svitolina rebounded from a one-set deficit for a 3-6, 6-2, 6-2 win over Stephens on Sunday.", "Sunday",
     "Svitolina rebounds from a one-set deficit for a 3-6, 6-2, 6-2 win over Stephens"),
])
def test_the_title_keeps_its_actor(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
