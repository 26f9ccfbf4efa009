"""A year that opens its sentence ("In 2022 alone, …", "During 1998, …") frames the months and days named later in
that sentence without a year of their own: they are of that year, not of the year nearest the publication
(`temporal._framing_year`). A year elsewhere in the sentence (an appositive's "built in 1998") frames nothing, nor
does a framing year frame a plan or a schedule told in the present ("it expects to ship three million by June");
a goal its past clause set ("postponed the vote until May") is of that year."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import temporal

PUBLISHED = dt.date(2024, 10, 2)


@pytest.mark.parametrize("sentence, phrase, value", [
    ("In 2017, after a wet spring and floods in May, the harvest failed.", "May", "2017-05"),
    ("During 2009 the league shrank, and in March two clubs folded.", "March", "2009-03"),
    ('"In 2013 we lost our roof in a storm on January 5," she said.', "January 5", "2013-01-05"),
    ("In 2020, shops stayed shut until June and reopened in late July.", "until June", "2020-06"),
    # a year that does not open the sentence, or a sentence of its own, frames nothing
    ("The bridge, opened in 2001, was closed in August.", "August", "2024-08"),
    ("The firm was sold in 2015. In March it hired a new chief.", "March", "2024-03"),
    ("In 2012 it won the cup; in May it was relegated.", "May", "2024-05"),
    # a plan or a schedule of the present is of the publication's time
    ("In 2023, the company shipped two million units, and it expects to ship three million by June.", "June",
     "2025-06"),
    ("In 2019 Jane Doe founded the firm, which she plans to list in December.", "December", "2024-12"),
    ("In 2021 the club was relegated, and it will move to a new ground in March.", "March", "2025-03"),
    # a present a past reporting verb reports is the framing year's present
    ("In 2022, the council said it expects to finish repairs by June.", "June", "2022-06"),
    ("In 2021 the club announced it would move, and officials said the new ground opens in March.", "March",
     "2021-03"),
    # a goal its past clause set is of the framing year
    ("In 2019 the council postponed the vote until May.", "until May", "2019-05"),
    ("In 2019 the council voted to keep the bridge closed until April.", "until April", "2019-04"),
])
def test_a_year_opening_the_sentence_frames_its_months(sentence: str, phrase: str, value: str) -> None:
    assert [x.value for x in temporal.tag(sentence, PUBLISHED) if x.text == phrase] == [value]
