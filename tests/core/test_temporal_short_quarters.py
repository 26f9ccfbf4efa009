"""A bare short quarter ("Q2", "Q3") in an earnings story is the quarter of the reference year (or the one just
ended), as "the second quarter" is: main put every one a year early, as if compared with a year ago
(docs/realnews3_judgement.md, class 4). Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag


@pytest.mark.parametrize("text, reference, phrase, value", [
    ("Harbour Foods posted Q2 sales of $3 billion.", dt.date(2014, 8, 5), "Q2", "2014-Q2"),
    ("The shipyard expects Q4 orders to double.", dt.date(2016, 11, 2), "Q4", "2016-Q4"),
    ("Fiscal Q1 EPS $0.42, consensus $0.40", dt.date(2012, 5, 20), "Q1", "2012-Q1"),
    ("The miner sees Q3 output at 40,000 tonnes.", dt.date(2019, 7, 30), "Q3", "2019-Q3"),
    # a year given stays
    ("Q4 2009 revenue fell 3 percent.", dt.date(2010, 9, 16), "Q4 2009", "2009-Q4"),
])
def test_a_bare_short_quarter_is_of_the_reference_year(text, reference, phrase, value):
    found = {t.text: t.value for t in tag(text, reference)}
    assert found.get(phrase) == value


@pytest.mark.parametrize("text, reference, phrase, value", [
    # "the same period" with its year-ago words: the reported quarter a year before
    ("Q3 profit was $2 million, down from $3 million in the same period last year.", dt.date(2015, 10, 20),
     "the same period last year", "2014-Q3"),
    ("Second-quarter sales rose to $9 billion from $8 billion in the same period a year earlier.",
     dt.date(2013, 7, 25), "the same period a year earlier", "2012-Q2"),
    # without them: the reported quarter itself
    ("Q3 profit was $2 million; sales in the same period rose 4 percent.", dt.date(2015, 10, 20),
     "the same period", "2015-Q3"),
])
def test_the_same_period_a_year_ago_is_the_reported_quarter_a_year_before(text, reference, phrase, value):
    found = {t.text: t.value for t in tag(text, reference)}
    assert found.get(phrase) == value


@pytest.mark.parametrize("text, reference, phrase", [
    # a game's or a race's quarter, with no word of business or the economy around it: no date
    ("A late double in the final quarter from the visiting striker sank the home side.", dt.date(2019, 11, 30),
     "the final quarter"),
    ("The Lakers led by ten points after the first quarter and never looked back.", dt.date(2021, 2, 3),
     "the first quarter"),
    ("Her lead grew in the third quarter of the race.", dt.date(2018, 6, 9), "the third quarter"),
    # read in the quarter's own sentence, by lemma: a time word of the sentence ("years") is no business word
    ("Okafor, who spent eleven years in the league, sank three free throws in the final quarter.",
     dt.date(2022, 3, 4), "the final quarter"),
    ("The visitors trailed until the second quarter, when their captain scored twice.", dt.date(2017, 10, 1),
     "the second quarter"),
])
def test_a_games_quarter_is_no_date(text, reference, phrase):
    assert phrase not in {t.text for t in tag(text, reference)}


@pytest.mark.parametrize("text, reference, phrase, value", [
    # a year's quarter in business or economic news keeps its date
    ("Deliveries slumped in the final quarter.", dt.date(2020, 1, 20), "the final quarter", "2019-Q4"),
    ("The economy grew in the first quarter.", dt.date(2015, 5, 2), "the first quarter", "2015-Q1"),
    ("The chain posted a loss in the third quarter.", dt.date(2012, 11, 8), "the third quarter", "2012-Q3"),
    # a year's quarter is the default: verbs and things no word list of business names
    ("Rivian shipped 9,000 trucks in the second quarter.", dt.date(2023, 8, 9), "the second quarter", "2023-Q2"),
    ("Airbus handed 180 aircraft to airlines in the third quarter.", dt.date(2019, 10, 20), "the third quarter",
     "2019-Q3"),
    # a game's word next to a business word: the business word's year ("game consoles ... sales")
    ("Nintendo sold 8 million game consoles in the fourth quarter.", dt.date(2021, 2, 2), "the fourth quarter",
     "2020-Q4"),
    # a game in the sentence before is not this sentence's
    ("The club won the league last season. Its owners opened two stores in the first quarter.",
     dt.date(2016, 5, 5), "the first quarter", "2016-Q1"),
])
def test_a_business_quarter_keeps_its_date(text, reference, phrase, value):
    found = {t.text: t.value for t in tag(text, reference)}
    assert found.get(phrase) == value
