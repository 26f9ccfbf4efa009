"""Tense and modality decide the year of a month and the week of a weekday given alone; a month bound to the
year of its noun phrase; ages and projections (issue 8). Tables: sentence, phrase, reference → value.

Two references: Tuesday 13 March 2007 (an October without a year is 5 months back or 7 ahead, so only the
clause's tense can put it ahead) and Wednesday 20 March 2013 (a bare Saturday is the 16th or the 23rd)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of
from timeline_app.core.model import TimexType
from timeline_app.core.temporal import is_projection, tag

MAR07 = dt.date(2007, 3, 13)
WED = dt.date(2013, 3, 20)
PAST_SAT, NEXT_SAT = "2013-03-16", "2013-03-23"
NOV07 = dt.date(2007, 11, 5)  # a February without a year is 3 months ahead or 9 back


# A schedule stated in the present tense ("due", "expected", "set for"): the next such month or day.
SCHEDULED = [
    ("Deliveries of the A380 are not due until October.", "October", MAR07, "2007-10"),
    ("The first deliveries are now due in October, the company said.", "October", MAR07, "2007-10"),
    ("The report is due October, two months late.", "October", MAR07, "2007-10"),
    ("A ruling is expected in October.", "October", MAR07, "2007-10"),
    ("Results are expected around October, officials say.", "October", MAR07, "2007-10"),
    ("The vote is set for Saturday.", "Saturday", WED, NEXT_SAT),
    ("The final is slated for Saturday in Cardiff.", "Saturday", WED, NEXT_SAT),
    ("The bridge is due to reopen in October.", "October", MAR07, "2007-10"),
    # the same words in the past narrate: the month already gone
    ("The first A380 was due in October but was held up by wiring faults.", "October", MAR07, "2006-10"),
    ("A ruling had been expected in October.", "October", MAR07, "2006-10"),
    ("The shortfall is due to the strike in October.", "October", MAR07, "2006-10"),  # "due to": because of
]

# Negation up to a limit in the present or future: the limit is ahead; in the past it is behind.
NOT_UNTIL = [
    ("The plant will not reopen until October.", "October", MAR07, "2007-10"),
    ("The new terminal won't open before October, the airport said.", "October", MAR07, "2007-10"),
    ("The law does not take effect until October.", "October", MAR07, "2007-10"),
    ("Buyers can't collect their cars until Saturday.", "Saturday", WED, NEXT_SAT),
    ("The rules are not binding until October.", "October", MAR07, "2007-10"),
    ("The plant did not reopen until October.", "October", MAR07, "2006-10"),
    ("Fans were not allowed in until Saturday.", "Saturday", WED, PAST_SAT),
]

# A state that lasts to a limit, in the present: the limit is ahead.
LASTS_UNTIL = [
    ("The exhibition runs until October.", "October", MAR07, "2007-10"),
    ("The ban remains in force until October.", "October", MAR07, "2007-10"),
    ("The offer is valid until Saturday.", "Saturday", WED, NEXT_SAT),
    ("The exhibition ran until October.", "October", MAR07, "2006-10"),
]

# A postponement's target is ahead; the postponed happening's own date, in the present or present
# perfect, was still to come when it was called off; in the simple past it is narrated.
POSTPONED = [
    ("The game was postponed to Saturday.", "Saturday", WED, NEXT_SAT),
    ("The hearing has been put off until Saturday.", "Saturday", WED, NEXT_SAT),
    ("Officials postponed until Saturday any decision on the ban.", "Saturday", WED, NEXT_SAT),
    ("The launch was pushed back to October.", "October", MAR07, "2007-10"),
    ("The 15:00 GMT Saturday qualifier has been postponed.", "15:00 GMT Saturday", WED, NEXT_SAT + "T15:00"),
    ("Saturday's match against Leeds has been called off because of snow.", "Saturday", WED, NEXT_SAT),
    ("The Saturday vote is cancelled.", "Saturday", WED, NEXT_SAT),
    ("The match has been postponed from Saturday to a date to be decided.", "Saturday", WED, NEXT_SAT),
    ("Organisers have called off Saturday's parade.", "Saturday", WED, NEXT_SAT),
    ("The match was postponed from Saturday after the pitch froze.", "Saturday", WED, PAST_SAT),
    ("Saturday's match was abandoned at half-time.", "Saturday", WED, PAST_SAT),
]

# The future, and the future reported ("said ... would"), while the date is in that verb's own clause.
FUTURE = [
    ("The match will be played Saturday.", "Saturday", WED, NEXT_SAT),
    ("The father would be traveling to Washington Saturday with his wife, the lawyer said.", "Saturday", WED,
     NEXT_SAT),
    ("Airbus said it would deliver the first plane in October.", "October", MAR07, "2007-10"),
    # not across a comma, a past verb, or a possessive naming an event already past
    ("They said they would appeal the decision, announced Saturday by the league.", "Saturday", WED, PAST_SAT),
    ("Lawyers said they would look for ways around Saturday's ruling.", "Saturday", WED, PAST_SAT),
    ("He said he would have gone in October.", "October", MAR07, "2006-10"),
    ("The club played Saturday.", "Saturday", WED, PAST_SAT),
    # the clause reaches back to its own start however long, and stops at a turn ("but", "while", ";")
    ("Protesters were planning to drive in a long convoy around the international airport on Saturday.",
     "Saturday", WED, NEXT_SAT),
    ("The company will cut 500 jobs, but sales rose in February.", "February", NOV07, "2007-02"),
    ("The union will strike; the last walkout came in February.", "February", NOV07, "2007-02"),
]


# Expectation in the present tense looks ahead.
EXPECTED = [
    ("Analysts expect a decision in October.", "October", MAR07, "2007-10"),
    ("The company expects to close the deal in October.", "October", MAR07, "2007-10"),
    ("The airline aims to resume flights in October.", "October", MAR07, "2007-10"),
]

# A clause told in the past with an irregular verb narrates: the month already gone, though the next one is
# nearer. A present passive ("is heard") and a date naming a thing ("the Jan. 14 deadline") do not narrate.
NARRATED = [
    ("Since the fund bought the chain in February, it has sold three stores.", "February", NOV07, "2007-02"),
    ("The company sold its shipping arm in February.", "February", NOV07, "2007-02"),
    ("Police caught the suspect in February after a long search.", "February", NOV07, "2007-02"),
    ("The fund will buy the chain in February.", "February", NOV07, "2008-02"),
    ("Relatives fear losing the boy when the case is heard in February in the appeals court.", "February", NOV07,
     "2008-02"),
    ("The minister gave no reason for the Jan. 14 deadline, and it is unclear why.", "Jan. 14", NOV07,
     "2008-01-14"),
    # the date opens its clause and an irregular past follows ("brought", "took", "sold")
    ("In February, the fund brought in a new manager, who will stay on.", "February", NOV07, "2007-02"),
    ("In February, the new owners took control of the chain.", "February", NOV07, "2007-02"),
    ("In February the fund sold the chain.", "February", NOV07, "2007-02"),
    ("In February, the fund will sell the chain.", "February", NOV07, "2008-02"),
    # a past verb right after the date, whose phrase is its subject
    ("A fire at the depot in February destroyed the stock.", "February", NOV07, "2007-02"),
    ("Talks meant to end by February, angered the unions.", "February", NOV07, "2008-02"),  # another clause's verb
    ("A fire at the depot in February would destroy the stock.", "February", NOV07, "2008-02"),
    # an "and" between nouns does not hide the past verb before it
    ("He succeeds Taylor, who stepped down as president and chief executive in February.", "February", NOV07,
     "2007-02"),
    ("The shop and the depot will close as president and chief executive in February.", "February", NOV07,
     "2008-02"),
    # a change "from ... to ..." names no later act
    ("The operator changed from a fiscal year to a calendar year in February.", "February", NOV07, "2007-02"),
    ("The board agreed to sell the chain in February.", "February", NOV07, "2008-02"),
    ("The board invited the ministers to a ceremony in February.", "February", NOV07, "2008-02"),
]

# A happening still to come ("ahead of Saturday's vote") while the date stays in that phrase.
AHEAD = [
    ("Campaigning ended ahead of Saturday's vote.", "Saturday", WED, NEXT_SAT),
    ("Parties campaigned ahead of the vote on Saturday.", "Saturday", WED, NEXT_SAT),
    ("Troops were deployed in the run-up to Saturday's election.", "Saturday", WED, NEXT_SAT),
    ("Ahead of the vote, police arrested 20 people on Saturday.", "Saturday", WED, PAST_SAT),
]

# "Since" names a start already reached: never a month or day still to come.
SINCE = [
    ("Prices have risen every month since April.", "April", WED, "2012-04"),
    ("He has been missing since April 2.", "April 2", WED, "2012-04-02"),
    ("The border has been closed since March.", "March", WED, "2013-03"),
    ("He has been missing since March 2.", "March 2", WED, "2013-03-02"),
]


# A bare season takes its clause's tense as a bare month does: the last one begun, or the next one not yet over.
SEASONS = [
    ("Flooding closed the pass in the autumn.", "the autumn", MAR07, "2006-FA"),
    ("The strike was called off in the summer after two weeks.", "the summer", MAR07, "2006-SU"),
    ("Harvests failed in the autumn, the ministry said.", "the autumn", NOV07, "2007-FA"),
    ("The ferry will resume sailing in the summer.", "the summer", MAR07, "2007-SU"),
    ("The new line will open in the spring.", "the spring", NOV07, "2008-SP"),
]


@pytest.mark.parametrize("sentence,phrase,reference,value",
                         SCHEDULED + NOT_UNTIL + LASTS_UNTIL + POSTPONED + FUTURE + EXPECTED + NARRATED + AHEAD +
                         SINCE + SEASONS)
def test_tense_and_modality_choose_the_year_or_week(sentence: str, phrase: str, reference: dt.date,
                                                     value: str) -> None:
    assert value_of(sentence, phrase, reference) == value


# A month that modifies a noun in a noun phrase naming its year ("that January day in 2011") is that year's.
BOUND = [
    ("He still remembers that January day in 2011 when the club was sold.", "January", "2011-01"),
    ("On a cold January morning in 2011, protesters gathered in the square.", "January", "2011-01"),
    ("The May riots of 1968 changed France.", "May", "1968-05"),
    ("The October floods of 2002 destroyed the bridge.", "October", "2002-10"),
    # not when the year belongs to another phrase of the clause
    ("In January sales in 2011 rose.", "January", "2013-01"),
    ("That January he moved to Paris in 2011.", "January", "2013-01"),
]


@pytest.mark.parametrize("sentence,phrase,value", BOUND)
def test_a_month_takes_the_year_of_its_noun_phrase(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, WED) == value


# Ages are not time expressions (TimeBank tags none of "52 years old", "a 44-year-old", "aged 40").
AGES = [
    "He is 40.",
    "He is 40 years of age.",
    "The firm is 40 years old and still family-owned.",
    "The man, aged 40, was arrested.",
    "A 40-year-old man was arrested.",
    "She died at the age of 85.",
    "He retired at 40.",
    "Smith, 40, was arrested.",
]


@pytest.mark.parametrize("sentence", AGES)
def test_ages_are_not_time_expressions(sentence: str) -> None:
    assert tag(sentence, WED) == []


# "N years from now" is counted forward from the reference as "N years ago" is counted back: TimeBank
# writes "two years ago" as the DATE 1996 (the year's value), so the projection is the DATE of that year,
# marked relative; whether it reports a happening is for the extractor, which reads the clause.
PROJECTIONS = [
    ("Eight years from now, he says, he will still be playing.", "Eight years from now", "2021"),
    ("He hopes to retire three months from now.", "three months from now", "2013-06"),
    ("Two years hence the plant will close.", "Two years hence", "2015"),
    ("Two weeks from today the vote will be held.", "Two weeks from today", "2013-W14"),
    ("A decade from now the city will be unrecognisable.", "A decade from now", "2023"),
    ("Several years from now, robots will drive the buses.", "Several years from now", "FUTURE_REF"),
]


@pytest.mark.parametrize("sentence,phrase,value", PROJECTIONS)
def test_projections_are_dates_counted_from_the_reference(sentence: str, phrase: str, value: str) -> None:
    start = sentence.index(phrase)
    hits = [t for t in tag(sentence, WED) if t.start == start]
    assert len(hits) == 1 and hits[0].text == phrase, hits
    assert (hits[0].type, hits[0].value) == (TimexType.DATE, value)
    assert hits[0].relative == (value != "FUTURE_REF")
    assert is_projection(hits[0])


# Dates counted from the reference backwards, or named, are not projections.
@pytest.mark.parametrize("sentence,phrase", [
    ("The plant closed eight years ago.", "eight years ago"),
    ("The plant will close in October.", "October"),
    ("The plant will close next year.", "next year"),
    ("The plant will close in 2021.", "2021"),
    ("The plant will close in eight years.", "eight years"),  # a DURATION, never a date
])
def test_other_dates_are_not_projections(sentence: str, phrase: str) -> None:
    start = sentence.index(phrase)
    hits = [t for t in tag(sentence, WED) if t.start == start]
    assert len(hits) == 1 and not is_projection(hits[0]), hits
