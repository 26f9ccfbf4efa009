"""A question states nothing: its clause gives no headline clause (`grammar.headline_clause`), and its title is
its own words, never the question turned into a statement ("The council Does approve the plan" was one)."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title
from timeline_app.core import grammar


def _headline(sentence: str, phrase: str) -> str | None:
    start = sentence.index(phrase)
    return grammar.headline_clause(sentence, start, start + len(phrase))


@pytest.mark.parametrize("sentence, phrase", [
    ("Will the choir return in 2026?", "2026"),
    ("Why did the roof collapse in 2018?", "2018"),
    ("Did the council approve the plan in 2019?", "2019"),
    ("Has the choir returned since 2019?", "2019"),
    ("Is the choir back since 2019?", "2019"),
    ("And will the choir return in 2026?", "2026"),
    ("Who won the election in 2018?", "2018"),
    ("How many shares will be around in 1995?", "1995"),
    # no question mark (a headline's): the auxiliary before its subject asks
    ("Why did the roof collapse in 2018", "2018"),
    ("Did the council approve the plan in 2019", "2019"),
    # an auxiliary of its own before the subject: a condition
    ("Had the council approved the plan in 2019, the road would be built.", "2019"),
    # an inversion after a fronted adverbial that ends in "?" asks
    ("Rarely in 2019 did the choir tour abroad?", "2019"),
])
def test_a_question_gives_no_headline_clause(sentence: str, phrase: str) -> None:
    assert _headline(sentence, phrase) is None


@pytest.mark.parametrize("sentence, phrase, headline", [
    # the question is another clause's, or inside a quotation
    ("The choir returned in 2019, but will it stay?", "2019", "The choir returns"),
    ("The agency said today it will study the question is the vaccine safe?", "today",
     "The agency says it will study the question is the vaccine safe"),
    ("The mayor asked on Monday, \"Will the choir return?\"", "Monday", "The mayor asks"),
    # a wh-word or an auxiliary that opens a statement's clause
    ("When the roof had collapsed in 2018, nobody was hurt.", "2018", "The roof had collapsed"),
    ("The plan, which the council had approved in 2019, was dropped.", "2019", "The council had approved the plan"),
    ("Investigators, wondering how the assailant could have emerged, searched the house on Monday.", "Monday",
     "Investigators search the house"),
    # an inversion that states something: "so did"
    ("The mayor backed the plan in 2019, and so did the council.", "2019", "The mayor backs the plan"),
    ("In 2019 the council had approved the plan.", "2019", "The council had approved the plan"),
])
def test_a_statement_around_a_question_keeps_its_headline_clause(sentence: str, phrase: str, headline: str) -> None:
    assert _headline(sentence, phrase) == headline


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Did the council approve the plan in 2019?", "2019", "Did the council approve the plan"),
    ("Has the choir returned since 2019?", "2019", "Has the choir returned"),
    ("Why did the roof collapse in 2018?", "2018", "Why did the roof collapse"),
    # a condition is not stated as a fact ("The council approves the plan" was the title)
    ("Had the council approved the plan in 2019, the road would be built.", "2019",
     "Had the council approved the plan"),
])
def test_a_question_is_titled_in_its_own_words(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


# A fronted negative or restricting adverbial, then an auxiliary before its subject, states something: the title is
# the clause in normal order, its "do" gone, with the fronted adverb that modifies the verb ("rarely", "never": an
# adverb only, for the lexicon) and without one that focuses the phrase after it ("only", "not" of "not until").
@pytest.mark.parametrize("sentence, phrase, title", [
    ("Rarely in 2019 did the choir tour abroad.", "2019", "The choir rarely tours abroad"),
    ("Rarely did the choir tour abroad in 2019.", "2019", "The choir rarely tours abroad"),
    ("Seldom in 2019 did the company pay a dividend.", "2019", "The company seldom pays a dividend"),
    ("Rarely in 2019 had the choir sung so well, the director said.", "2019", "The choir had rarely sung so well"),
    ("Never before 2019 had the choir toured abroad.", "2019", "The choir had never toured abroad"),
    ("Only in 2019 did Apple open a store in Paris.", "2019", "Apple opens a store in Paris"),
    ("Only in 2019 did the two unions sign a deal.", "2019", "The two unions sign a deal"),
    ("Only in May 2019 was the bridge finally reopened.", "May 2019", "The bridge was finally reopened"),
    ("Not until 2019 will the bridge reopen.", "2019", "The bridge will reopen"),
])
def test_a_fronted_adverbials_inversion_is_titled_in_normal_order(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # Only a negative or restrictive adverb inverts a statement: after another, the subject before the verb is
    # no auxiliary's ("Here is the man" is not "The man is here" with the rest of the sentence after it).
    ("Here is the man wanted in 2019 for the robbery.", "2019", "Here is the man wanted for the robbery"),
    ("Today is the deadline set in 2019 by the board.", "2019", "Today is the deadline set by the board"),
])
def test_another_fronted_adverb_inverts_no_statement(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
