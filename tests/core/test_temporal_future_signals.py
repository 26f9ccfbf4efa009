"""Dates that look ahead read ahead, and only those: a clause a coordinator and its preposition open ("And on
Thursday, the envoy is expected to ..."), a modal's clause with a quoted word in it, a past plan a turn after its date
undoes ("was due to speak on Friday but pulled out"), a present schedule whose sentence goes on in a when-clause, a
month of the body's simple present ("The festival runs in March", a schedule), a court's happening a thing is put
down for ("listed the matter for further hearing on June 24"), a called-off happening's weekday (the nearer one),
and a headline's "One Year Later" (the time since the story's happening, no date). Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag
from tests.core.temporal_helpers import firsts_of

WEDNESDAY = dt.date(2024, 3, 13)
D = dt.date


@pytest.mark.parametrize("sentence, phrase, first", [
    # a clause opened by a coordinator and its preposition, the future verb after the date
    ("And on Thursday, the envoy is expected to tour the flooded district.", "Thursday", D(2024, 3, 14)),
    ("But on Friday the mayor will open the new library.", "Friday", D(2024, 3, 15)),
    ("So by Monday, the union plans to name its negotiators.", "Monday", D(2024, 3, 18)),
    ("And on Thursday, the envoy toured the flooded district.", "Thursday", D(2024, 3, 7)),  # narrated
    ("But on Friday the mayor said she will open the library.", "Friday", D(2024, 3, 8)),  # the weekday is said's
    # a quoted word inside a modal's clause is no break between the modal and the date
    ('The minister said the cabinet would "reflect" and come back with a revised plan by Monday.', "Monday",
     D(2024, 3, 18)),
    ('Officials say the agency will "review" its rules and publish them on Friday.', "Friday", D(2024, 3, 15)),
    ('"We will rebuild" the mayor said on Monday.', "Monday", D(2024, 3, 11)),  # a whole quotation: its own clause
    # a plan told in the past that a turn after its date undoes
    ("The envoy was expected to tour the district on Thursday but cancelled.", "Thursday", D(2024, 3, 7)),
    ("The singer was due to perform on Friday but pulled out.", "Friday", D(2024, 3, 8)),
    ("The envoy was expected to tour the district on Thursday, officials said.", "Thursday", D(2024, 3, 14)),
    ("The envoy is expected to tour the district on Thursday but will not speak.", "Thursday", D(2024, 3, 14)),
    # a present schedule whose sentence goes on in a subordinate clause: that clause's verbs are its own
    ("The league ends on Sunday, when the final is played.", "Sunday", D(2024, 3, 17)),
    ("The curfew lifts on Friday, after which shops will reopen.", "Friday", D(2024, 3, 15)),
    ("The league ends on Sunday and the players rested.", "Sunday", D(2024, 3, 10)),  # another verb of its own
])
def test_a_future_signal_decides_the_weekday(sentence: str, phrase: str, first: dt.date) -> None:
    assert firsts_of(sentence, phrase, WEDNESDAY) == [first]


@pytest.mark.parametrize("sentence, first", [
    # the body's simple present with a month is a schedule: the coming one
    ("The festival runs in March.", D(2025, 3, 1)),
    ("The exhibition opens in March.", D(2025, 3, 1)),
    ("The consultation closes in March, the council says.", D(2025, 3, 1)),
    ("The fair opens in April.", D(2024, 4, 1)),  # the month just gone: a report of it, read back
    # told in the past: the last one
    ("Sales rose in March.", D(2024, 3, 1)),
    ("The exhibition opened in April.", D(2024, 4, 1)),
])
def test_the_bodys_present_with_a_month_is_a_schedule(sentence: str, first: dt.date) -> None:
    month = next(w for w in ("March", "April") if w in sentence)
    assert firsts_of(sentence, month, dt.date(2024, 5, 20)) == [first]


@pytest.mark.parametrize("sentence, phrase, first", [
    # a court's happening a thing is put down for, with its day: ahead of the act
    ("The bench heard the petition and listed it for further hearing on June 24.", "June 24", D(2020, 6, 24)),
    ("The judge adjourned the case for trial on June 2.", "June 2", D(2020, 6, 2)),
    ("The magistrate remanded him for sentencing on Friday.", "Friday", D(2020, 5, 1)),
    # the court's own act, or a charge's day, or a listing told in the past perfect: narrated
    ("The court heard the petition on June 24.", "June 24", D(2019, 6, 24)),
    ("He was fined for speeding on April 2.", "April 2", D(2020, 4, 2)),
    ("The court had listed the petition for hearing on March 3.", "March 3", D(2020, 3, 3)),
])
def test_a_court_happening_set_for_a_day_is_ahead(sentence: str, phrase: str, first: dt.date) -> None:
    assert firsts_of(sentence, phrase, dt.date(2020, 4, 28)) == [first]


@pytest.mark.parametrize("sentence, published, first", [
    # a happening called off in the perfect: the nearer weekday, just gone or still to come
    ("The chemistry exam scheduled to be held on Wednesday at 10 a.m. has been cancelled after a leak.",
     D(2025, 2, 13), D(2025, 2, 12)),
    ("The concert, planned for Wednesday, has been postponed.", D(2025, 2, 13), D(2025, 2, 12)),
    ("The concert, planned for Wednesday, has been postponed.", D(2025, 2, 10), D(2025, 2, 12)),
    # a finite future of its own: the coming one
    ("The replay will be held on Wednesday after the first match has been abandoned.", D(2025, 2, 13),
     D(2025, 2, 19)),
    ("The final is scheduled to be held on Wednesday.", D(2025, 2, 13), D(2025, 2, 19)),
])
def test_a_called_off_happenings_weekday_is_the_nearer(sentence: str, published: dt.date, first: dt.date) -> None:
    assert firsts_of(sentence, "Wednesday", published) == [first]


@pytest.mark.parametrize("text, phrase, value", [
    # a headline's anniversary phrase: the time since the story's happening, no date from the page's day
    ("One Year Later, A Flooded Town Rebuilds\n\nThe river burst its banks in 2019.\n", "One Year", "P1Y"),
    ("Five Years Later, Survivors Return To The Mine\n\nThe mine collapsed in 2015.\n", "Five Years", "P5Y"),
    # also below a site's header lines, where the document's head has ended (a line ending in a colon)
    ("Share this:\nMarch 13, 2024\nTwo Years Later, A Mine Town Waits\n\nThe mine collapsed in 2022.\n", "Two Years",
     "P2Y"),
    # in the body it counts from the year the story is at, also opening a paragraph
    ("Town Rebuilds\n\nThe river burst its banks in 2019. Two years later, the town rebuilt.\n", "Two years later",
     "2021"),
    ("Town Rebuilds\n\nThe river burst its banks in 2019.\nTwo years later, the town rebuilt.\n", "Two years later",
     "2021"),
])
def test_a_headlines_years_later_is_no_date(text: str, phrase: str, value: str) -> None:
    assert [t.value for t in tag(text, WEDNESDAY) if t.text == phrase] == [value]
