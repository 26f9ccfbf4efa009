"""An undated sentence telling a record of the past is background, not the day's news: a perfect measured by a
length of a week or longer ("has served on the board for 20 years") or by an adverbial of "up to now" ("has won
most of the prizes so far"), and the past habit's "used to" (`news._perfect_over_a_stretch`, `news._past_habit`).
One happening of the day stays news: a penalty's or a decision's length after a direct object or in a passive, a
running toll counted with a figure, a length of days, a subject's coordinated happening. Invented sentences in an
invented article."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import body_news

REPORT = ("Harbour talks resume in Tallinn\nMarch 4, 2016\n\n"
          "Negotiators from the two port authorities resumed talks on the shared harbour in Tallinn.\n\n{}\n")


def _news_of_the_day(sentence: str) -> bool:
    return any(not i.dated_nearby and i.candidate.reported for i in body_news(sentence, REPORT))


@pytest.mark.parametrize("sentence, news_of_the_day", [
    # a perfect over a length of a week or longer: a record, a career
    ("The pilot has served on the harbour board for 20 years.", False),
    ("The two ports have cooperated closely for decades.", False),
    ("The pilot has spent five years at sea.", False),
    ("The harbour master has been chairman for a decade.", False),
    ("The harbour master has been in office for a decade.", False),
    # a perfect "up to now": a season's tally, a stance kept
    ("The northern terminal has picked up most of the shipping awards so far.", False),
    ("The port has handled record cargo to date.", False),
    ("The agency has thus far refused every request.", False),
    # the past habit
    ("The pilot used to sail the route every winter.", False),
    ("She used to be a ferry captain.", False),
    # one happening of the day, as before
    ("The league has suspended the pilot for two weeks.", True),  # (the length after an object: the penalty's)
    ("The court has banned him for five years.", True),
    ("The harbour master has been banned for five years.", True),  # (a passive's length: the penalty's)
    ("The port has signed a five-year contract with the union.", True),  # (the length measures the contract)
    ("Police have arrested 12 people so far.", True),  # (a running toll, counted)
    ("Rival ports have carried out similar inspections.", True),
    ("Police used tear gas to disperse the crowd.", True),  # (the verb "use")
    ("The funds were used to buy new tugboats.", True),
    # the subject's coordinated happening is the day's, whatever the first verb's record
    ("The pilot has worked for the company for 30 years, and announced his retirement.", True),
])
def test_a_record_of_the_past_is_no_news_of_the_day(sentence: str, news_of_the_day: bool) -> None:
    assert _news_of_the_day(sentence) is news_of_the_day


def test_a_coordinated_happening_is_titled_by_its_own_verb() -> None:
    items = body_news("The pilot has worked for the company for 30 years, and announced his retirement.", REPORT)
    assert [i.candidate.title for i in items if i.candidate.reported] == ["The pilot announces his retirement"]


def test_a_relative_clause_taken_for_the_main_verb_is_not_read_as_the_record() -> None:
    # ("There was ..." has no subject the grammar reads: the relative clause's verb stands for the sentence, and
    # its "for five months" does not tell what the sentence is.)
    sentence = "There was growing apprehension outside the harbour office where the pilot has lived for five months."
    assert _news_of_the_day(sentence)
