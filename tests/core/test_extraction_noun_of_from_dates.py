"""A date that names a noun's time dates that noun, not the clause's verb (`extraction._Reading.noun_of_or_from_date`):
an "of" or a "from" right after a common noun ("extended the deadline of June 30 to November 30", "a complaint
about a post from 2012") says which deadline or post, and a day after a happening's noun in a present perfect's
object ("have issued an appeal for witnesses to the stabbings on Boxing Day") is the stabbings' day, as a present
perfect takes no past day of its own. A noun that names a happening (a kind word, a verb's "-ing" noun) makes an
event of that date titled by its noun phrase; another noun dates nothing. Main put the extension on June 30, the
complaint in 2012 and the appeal on Boxing Day (docs/realnews5_judgement.md, docs/realnews7_judgement.md: wrong
dates). Invented sentences, published on Friday 10 January 2020."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

HEADER = "Local news\nJanuary 10, 2020\n\n"


def _dated(sentence: str) -> list[tuple[str, dt.date | None, str]]:
    doc = document_from_text(HEADER + sentence + "\n", id="a")
    return [(c.mention.text, c.first, c.title) for c in extract_mentions(doc)]


@pytest.mark.parametrize("sentence, phrase", [
    ("The company extended the deadline of June 30 to November 30.", "June 30"),
    ("Police received a complaint about a post from 2012.", "2012"),
    ("A complaint about a post from 2012 was received by the police.", "2012"),
    ("Officers studied letters from 1998.", "1998"),
    ("The board scrapped the target of 2025 for the new plant.", "2025"),
    ("The museum bought a painting from 1890.", "1890"),
])
def test_a_date_that_names_a_thing_dates_no_act(sentence: str, phrase: str) -> None:
    assert phrase not in [text for text, _, _ in _dated(sentence)], _dated(sentence)


@pytest.mark.parametrize("sentence, phrase, first, title", [
    ("Detectives have issued a fresh appeal for witnesses to the two stabbings on Boxing Day.", "Boxing Day",
     dt.date(2019, 12, 26), "The two stabbings"),
    ("The council has opened an inquiry into the fire on December 28.", "December 28", dt.date(2019, 12, 28),
     "The fire"),
    ("Officers have arrested a man over the attack on Tuesday.", "Tuesday", dt.date(2020, 1, 7), "The attack"),
    ("Detectives issued a fresh appeal over the Christmas Eve stabbings.", "Christmas Eve", dt.date(2019, 12, 24),
     "The Christmas Eve stabbings"),
    ("The mayor thanked the volunteers who cleared up after the flood of 2010.", "2010", dt.date(2010, 1, 1),
     "The flood"),
])
def test_a_date_that_names_a_happening_is_that_happenings(sentence: str, phrase: str, first: dt.date,
                                                          title: str) -> None:
    assert (phrase, first, title) in _dated(sentence), _dated(sentence)


@pytest.mark.parametrize("sentence, phrase, title", [
    # a thing's noun before the day: the day is the act's, whatever the tense
    ("Police have arrested a man on Tuesday.", "Tuesday", "Police have arrested a man"),
    # a simple past may well be done on the day after its object's noun
    ("Police arrested a man over the attack on Tuesday.", "Tuesday", "Police arrest a man over the attack"),
    # a "from" still ahead, or opening a span, is when the act starts or runs
    ("Trains will run a reduced service from Monday.", "Monday", "Trains will run a reduced service"),
    ("Prices rose from March to May.", "March to May", "Prices rise"),
    # a day after a noun's "from" is as often when the act starts
    ("The miners talked to the surface by telephone from Wednesday afternoon.", "Wednesday afternoon",
     "The miners talk to the surface by telephone"),
    # a noun of time or of a part of one: the clause's own time
    ("Police were called to the house on the night of January 3.", "January 3",
     "Police were called to the house"),
    # the subject's own date is told by its verb
    ("The incidents of January 7 shocked the city.", "January 7", "The incidents of January 7 shocked the city"),
])
def test_a_date_of_the_clause_stays_the_clauses(sentence: str, phrase: str, title: str) -> None:
    assert (phrase, title) in [(text, t) for text, _, t in _dated(sentence)], _dated(sentence)


def test_a_date_that_a_when_clause_follows_keeps_that_clause() -> None:
    # "a poster from 1989, when the union won": the year is the winning's too
    dated = _dated("He brought a poster from 1989, when the union won the vote.")
    assert "1989" in [text for text, _, _ in dated], dated


@pytest.mark.parametrize("sentence, phrase, first, title", [
    # a present or present perfect clause is no past day's: the day after "following <happening>" is the happening's
    ("Police are appealing for witnesses today following a stabbing in Hove on Saturday afternoon.",
     "Saturday afternoon", dt.date(2020, 1, 4), "The stabbing"),
    ("The road remains closed following the landslide in early December.", "early December",
     dt.date(2019, 12, 1), "The landslide"),
])
def test_a_day_after_following_a_happening_is_that_happenings(sentence: str, phrase: str, first: dt.date,
                                                              title: str) -> None:
    assert (phrase, first, title) in _dated(sentence), _dated(sentence)


@pytest.mark.parametrize("sentence, phrase, title", [
    # after a past, or with the phrase before the clause, the day may be the act's as well
    ("Two men were arrested following a knife attack in the town centre on Tuesday.", "Tuesday",
     "Two men were arrested following a knife attack in the town centre"),
    ("Following the crash on Tuesday, the road was closed for six hours.", "Tuesday",
     "The road was closed for six hours"),
])
def test_a_day_after_following_in_a_past_clause_stays_the_clauses(sentence: str, phrase: str, title: str) -> None:
    assert (phrase, title) in [(text, t) for text, _, t in _dated(sentence)], _dated(sentence)
