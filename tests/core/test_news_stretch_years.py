"""An undated clause that tells a stretch of years is no happening of the report's day: a perfect over "a number of
years" ("has complained to the ministry for a number of years") or a simple past measured by a year or longer
("served as a councillor for more than 11 years", "was harbour master for a decade") tells a record of the past
whose ends the sentence does not give (`news._over_a_stretch`). A passive's length is the day's penalty, a length
after a direct object the result's, and a length of hours or weeks may be the day's doing. Invented sentences in an
invented article."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import body_news

REPORT = ("Harbour talks resume in Tallinn\nMarch 4, 2016\n\n"
          "Negotiators from the two port authorities resumed talks on the shared harbour in Tallinn.\n\n{}\n")


@pytest.mark.parametrize("sentence, news_of_the_day", [
    # a stretch of years: a record of the past, not the day's news
    ("The ferry union has complained to the ministry for a number of years.", False),
    ("The ferry union has campaigned against the new quay for a couple of years.", False),
    ("Mr Lind served as a harbour councillor in the wards of Kopli and Pirita for more than 11 years.", False),
    ("Mr Lind was harbour master for a decade.", False),
    ("The pilots worked on the rival port's tugs for many years.", False),
    ("The two authorities quarrelled over dredging rights for decades.", False),
    # (a passive's length is the penalty, one after a direct object the result's: the day's news)
    ("A court jailed the smuggler for 11 years.", True),
    ("The smuggler was jailed for 11 years.", True),
    ("The ministry banned the freighter from the port for five years.", True),
    ("In the trial, the smuggler's driver got one year on probation.", True),
    # (a length in an aside measures the aside's noun: "the lowest for two decades")
    ("Cargo volumes fell to 2.1 million tonnes, the lowest figure for almost two decades.", True),
    # (a length of hours or weeks may be the day's doing)
    ("Police questioned the harbour master for three hours.", True),
    # (no length: one happening, the day's news)
    ("Mr Lind served the union's demands on the ministry.", True),
    ("The port authority said it bought two new tugs.", True),
])
def test_a_stretch_of_years_is_no_news_of_the_day(sentence: str, news_of_the_day: bool) -> None:
    items = body_news(sentence, REPORT)
    assert any(not i.dated_nearby and i.candidate.reported for i in items) is news_of_the_day
