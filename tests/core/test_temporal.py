"""Tests for the temporal tagger: phrase → (value, type[, first, last, precision]) tables with a fixed
reference date (Wednesday 19 June 2024), false-date phrases that must not be tagged, and offsets."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.model import Precision, TimexType
from timeline_app.core.temporal import tag

REF = dt.date(2024, 6, 19)  # a Wednesday, ISO week 25, Q2
D, T, DUR, S = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


def only(sentence: str, phrase: str, reference=REF):
    """The one expression overlapping `phrase` in `sentence`."""
    start = sentence.index(phrase)
    end = start + len(phrase)
    hits = [t for t in tag(sentence, reference) if t.start < end and start < t.end]
    assert len(hits) == 1, (sentence, phrase, hits)
    return hits[0]


ABSOLUTE = [
    ("The deal was signed on June 19, 2024.", "June 19, 2024", "2024-06-19"),
    ("The deal was signed on 19 June 2024 in Paris.", "19 June 2024", "2024-06-19"),
    ("It ended Jun. 19 after talks.", "Jun. 19", "2024-06-19"),
    ("The vote is on Sept. 5, 2023.", "Sept. 5, 2023", "2023-09-05"),
    ("Filed 2024-06-19 at noon.", "2024-06-19", "2024-06-19"),
    ("Filed on 6/19/2024 by the clerk.", "6/19/2024", "2024-06-19"),
    ("On Thursday, July 11, 2024, leaders met.", "Thursday, July 11, 2024", "2024-07-11"),
    ("Prices rose in June 2024.", "June 2024", "2024-06"),
    ("The company was founded in 2000.", "2000", "2000"),
    ("Sales have grown since 1998.", "1998", "1998"),
    ("Under the 1995 treaty, troops left.", "1995", "1995"),
    ("The fiscal 1998 budget was approved.", "fiscal 1998", "1998"),
    ("It happened in the 1990s.", "the 1990s", "199"),  # TIMEX3 decade: first three digits
    ("Music of the '90s returned.", "the '90s", "199"),
    ("Rates peaked in the early 1980s.", "the early 1980s", "198"),
    ("Operations will continue through at least 2031.", "2031", "2031"),
    ("Songs of the nineties came back.", "the nineties", "199"),
    ("Cities of the 20th century grew.", "the 20th century", "19"),
    ("We met in summer 2023.", "summer 2023", "2023-SU"),
    ("Profits rose in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3"),
    ("Revenue fell in Q1 2023.", "Q1 2023", "2023-Q1"),
    ("Growth slowed in the first half of 2021.", "the first half of 2021", "2021-H1"),
    ("Talks resumed on Christmas Day 2023.", "Christmas Day 2023", "2023-12-25"),
    ("Easter 2024 fell early.", "Easter 2024", "2024-03-31"),
    ("Shops closed on Thanksgiving 2023.", "Thanksgiving 2023", "2023-11-23"),
    ("He was born in the year nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ("The talks began in early 2024.", "early 2024", "2024"),
    ("A bomb went off. January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven",
     "1997-01"),  # spelled-out years in broadcast transcripts
    ("Oil hit the level of the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
     "1994-WI"),
]


@pytest.mark.parametrize("sentence,phrase,value", ABSOLUTE)
def test_absolute_dates(sentence, phrase, value):
    t = only(sentence, phrase)
    assert t.type == D
    assert t.value == value
    assert t.text == sentence[t.start:t.end]


RELATIVE = [
    ("He spoke today.", "today", "2024-06-19"),
    ("He spoke yesterday.", "yesterday", "2024-06-18"),
    ("He will speak tomorrow.", "tomorrow", "2024-06-20"),
    ("Troops withdrew on Tuesday.", "Tuesday", "2024-06-18"),  # bare weekday: the past one
    ("The minister will visit on Friday.", "Friday", "2024-06-21"),  # future clause
    ("They met last week.", "last week", "2024-W24"),
    ("They will meet next month.", "next month", "2024-07"),
    ("Exports rose this year.", "this year", "2024"),
    ("Exports fell last year.", "last year", "2023"),
    ("The plant opened two years ago.", "two years ago", "2022"),
    ("The plant opened three months ago.", "three months ago", "2024-03"),
    ("The rebels struck 10 days ago.", "10 days ago", "2024-06-09"),
    ("Profits rose in the second quarter.", "the second quarter", "2024-Q2"),
    ("The strike ended last summer.", "last summer", "2023-SU"),
    ("Prices fell in March.", "March", "2024-03"),
    ("It started earlier this year.", "earlier this year", "2024"),
    ("It ended late last year.", "late last year", "2023"),
    ("The law passed last Friday.", "last Friday", "2024-06-14"),
    ("Results are due next Tuesday.", "next Tuesday", "2024-06-25"),
    ("The team planned to leave on Thursday.", "Thursday", "2024-06-20"),  # "planned to": future
    ("Net income for the year rose 5%.", "the year", "2024"),  # "for the year": the current year
    ("Sales hit a high for the fiscal year.", "the fiscal year", "2024"),
    # The clause's tense picks the year of a month and day given without one.
    ("The club opened its season with a win on Aug. 10.", "Aug. 10", "2023-08-10"),  # told in the past
    ("The club will open its season on Aug. 10.", "Aug. 10", "2024-08-10"),
    ("The summit would be held on Sept. 3.", "Sept. 3", "2024-09-03"),  # a passive, not a past
    ("The firm announced a plan to buy the mill in August.", "August", "2024-08"),  # the later act's date
    ("Free travel runs until 31 May, with full fares after that.", "31 May", "2024-05-31"),
    ("They lost their next 11 games, and by the end of October they were last.", "by the end of October",
     "2023-10"),  # the verb after the date tells it; "next 11 games" is no future
    ("On 3 May the talks resumed.", "3 May", "2024-05-03"),
    # A weekday whose clause only turns to the future after it, or is a forecast or a start.
    ("On Friday, the minister is scheduled to visit the port.", "Friday", "2024-06-21"),
    ("On Friday, the minister said she will visit.", "Friday", "2024-06-14"),
    ("Heavy rain is forecast for Saturday.", "Saturday", "2024-06-22"),
    ("Three days of mourning were declared beginning Monday.", "Monday", "2024-06-24"),
]


@pytest.mark.parametrize("sentence,phrase,value", RELATIVE)
def test_relative_dates(sentence, phrase, value):
    t = only(sentence, phrase)
    assert t.type == D
    assert t.value == value
    assert t.relative is True


def test_relative_intervals_and_mods():
    t = only("It ended late last year.", "late last year")
    assert (t.first, t.last, t.precision, t.mod) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31),
                                                     Precision.YEAR, "END")
    t = only("The talks began in early 2024.", "early 2024")
    assert t.mod == "START" and t.relative is False
    t = only("They met last week.", "last week")
    assert (t.first, t.last, t.precision) == (dt.date(2024, 6, 10), dt.date(2024, 6, 16), Precision.WEEK)
    t = only("Profits rose in the second quarter.", "the second quarter")
    assert (t.first, t.last, t.precision) == (dt.date(2024, 4, 1), dt.date(2024, 6, 30), Precision.QUARTER)


def test_pre_and_post_years():
    got = tag("The post-1990 order replaced pre-1990 rules.", REF)
    assert [(t.value, t.mod) for t in got] == [("1990", "AFTER"), ("1990", "BEFORE")]


def test_that_year_follows_the_last_date_of_any_precision():
    text = "Imports totaled $37 million in 1988, a small share of imports that year."
    assert only(text, "that year").value == "1988"
    text = "He fled in June 1998 and returned later that year."
    t = only(text, "later that year")
    assert (t.value, t.mod) == ("1998", "END")
    text = "The offer came in March. The following month, the firm put itself up for sale."
    assert only(text, "The following month").value == "2024-04"


@pytest.mark.parametrize("text, phrase, value", [
    # "the following/next/previous <season>": the season after (before) the date the text last told
    ("The mill shut in 1971, and the following spring workers bought it.", "the following spring", "1972-SP"),
    ("The mill shut in June 1990. The following winter, workers occupied it.", "The following winter", "1990-WI"),
    ("The mill shut in January 1990. The next summer, it reopened.", "The next summer", "1990-SU"),
    ("The mill shut in 1990. The previous autumn, workers had struck.", "The previous autumn", "1989-FA"),
])
def test_the_following_season_counts_from_the_date_told(text, phrase, value):
    assert only(text, phrase).value == value


@pytest.mark.parametrize("text, phrase, value", [
    # a month (or day) "of that year" is of the year the text last told, not the one nearest publication
    ("The mill closed in 2009. Its owner sold the land in October of that year.", "October of that year", "2009-10"),
    ("She won the seat in 2013 and lost it in May of the following year.", "May of the following year", "2014-05"),
    ("The dam burst in 1976; by August of that same year the valley was dry.", "August of that same year",
     "1976-08"),
    ("Talks began in 2016 and stalled on Nov. 9 of the previous year's plan.", "Nov. 9", "2023-11-09"),
    ("The deal was signed in 2011, and the plant opened on Feb. 2 of the next year.",
     "Feb. 2 of the next year", "2012-02-02"),
    # the year last written, not the last date's: a weekday (or a month alone) in between tells no year
    ("He joined the board in 2010. On Tuesday, Lee said that sales in March of that year were weak.",
     "March of that year", "2010-03"),
    ("The firm was founded on May 4, 1998. In June it hired staff, and on Dec. 1 of that year it listed.",
     "Dec. 1 of that year", "1998-12-01"),
    # a month or a month's day tells its year too (was XXXX: only a year's digits counted)
    ("The plant closed last March. Its staff were rehired in June of that year.", "June of that year", "2024-06"),
    ("The bridge was hit on March 5. It was rebuilt in October of that year.", "October of that year", "2024-10"),
    # no year written before it: which year is not known
    ("On Tuesday, Lee said that sales in March of that year were weak.", "March of that year", "XXXX-03"),
    ("On Tuesday, Lee said the plant closed on Feb. 2 of that year.", "Feb. 2 of that year", "XXXX-02-02"),
])
def test_a_month_of_that_year_is_of_the_year_last_told(text: str, phrase: str, value: str):
    assert only(text, phrase).value == value


@pytest.mark.parametrize("text, phrase, value", [
    # "later that year" reads the year "of that year" reads: a weekday since tells none (was the weekday's year)
    ("He joined the board in 2010. On Tuesday, Lee said that sales later that year were weak.", "later that year",
     "2010"),
    ("The plant closed last March. It reopened later that year.", "later that year", "2024"),
    ("He fled in June 1998 and returned later that year.", "later that year", "1998"),
])
def test_later_that_year_is_of_the_year_last_told(text: str, phrase: str, value: str):
    assert only(text, phrase).value == value


@pytest.mark.parametrize("text, phrase, value", [
    # a month or day "of next year" / "next year" is of the year counted from the reference (2024)
    ("The lease runs out in April of next year.", "April of next year", "2025-04"),
    ("Exports slumped in October of last year.", "October of last year", "2023-10"),
    ("The contract ends on Dec. 20 next year.", "Dec. 20 next year", "2025-12-20"),
    ("The fair closed on March 2 of last year.", "March 2 of last year", "2023-03-02"),
])
def test_a_month_of_next_or_last_year_is_one_expression(text: str, phrase: str, value: str):
    assert only(text, phrase).value == value


@pytest.mark.parametrize("text, phrase, value", [
    # "last"/"next" before a month and day says which side of the reference (19 June 2024) it is on, whatever the
    # clause's tense or the nearest occurrence would say
    ("He is charged with planting the bomb that ripped through the hotel last October 12.", "last October 12",
     "2023-10-12"),
    ("The bomb exploded last October 12 at the hotel.", "last October 12", "2023-10-12"),
    ("She said she first met him last June 2.", "last June 2", "2024-06-02"),
    ("The plant opened last June 25.", "last June 25", "2023-06-25"),
    ("The fair was held next to the river last July 1.", "last July 1", "2023-07-01"),
    ("The court sits again next March 3.", "next March 3", "2025-03-03"),
    ("The office reopens next June 20.", "next June 20", "2024-06-20"),
])
def test_last_or_next_before_a_month_and_day_picks_its_side(text: str, phrase: str, value: str):
    assert only(text, phrase).value == value


def test_quarter_comparisons_in_results_reports():
    text = ("It lost $8 million in the third quarter ended Sept. 30. This quarter's loss includes "
            "charges. Sales for last year's quarter were $3 million.")
    assert only(text, "This quarter").value == "2024-Q3"
    assert only(text, "last year's quarter").value == "2023-Q3"
    assert only("Sales will rise this quarter.", "this quarter").value == "2024-Q2"
    # a forecast quarter is not the one reported on: "the year-ago quarter" still compares with Q1
    text = ("Net fell in the first quarter. It sees growth in the third quarter of 2025. "
            "Sales were $4 million in the year-ago quarter.")
    assert only(text, "the year-ago quarter").value == "2023-Q1"
    text = "It lost $5 million in the first quarter, compared with a year-earlier loss of $6 million."
    got = [(t.text, t.value) for t in tag(text, REF)]
    assert got == [("the first quarter", "2024-Q1"), ("year-earlier", "2023-Q1")]


def test_year_to_date_comparisons_use_the_previous_year():
    text = ("Net rose in the third quarter. For the nine months, net was $9 million, up from "
            "$7 million a year earlier. The year-earlier results were restated.")
    assert only(text, "a year earlier").value == "2023"
    assert only(text, "year-earlier").value == "2023"
    text = "Net rose in the first quarter of 2024, up from $7 million a year earlier."
    assert only(text, "a year earlier").value == "2023-Q1"


def test_year_ago_adjective_is_not_the_year():
    got = tag("The year-ago results were restated.", REF)
    assert [(t.text, t.value) for t in got] == [("year-ago", "2023")]
    text = "Profit rose in the third quarter of 2023. The year-earlier results were restated."
    assert only(text, "year-earlier").value == "2022-Q3"


def test_anchored_expressions_follow_the_last_date():
    text = "The treaty was signed on March 3, 1990. The following day, protests began."
    t = only(text, "The following day")
    assert t.value == "1990-03-04"
    text = "Sales in the third quarter of 2023 rose 5%, up from 3% a year earlier."
    t = only(text, "a year earlier")
    assert t.value == "2022-Q3"
    # A clock time with its day is a date to count from too.
    text = "The quake struck at 3:42 a.m. on Friday. An aftershock hit the following day."
    assert only(text, "the following day").value == "2024-06-15"
    # Years later: from the year the narrative is at, not from the last full date.
    text = "She was born on June 3, 1933. She married in 1958 and moved in 1962. A decade later, she led the firm."
    assert only(text, "A decade later").value == "1972"


@pytest.mark.parametrize("sentence, phrase", [
    ("Results are due in late January.", "late January"),
    ("The law passed in March.", "March"),
    ("It ended on Jan. 5.", "Jan. 5"),
])
def test_a_full_month_name_never_takes_the_full_stop(sentence: str, phrase: str) -> None:
    assert only(sentence, phrase).text == phrase


INTERVALS = [
    ("The 1950-53 war", "1950-53", "1950", dt.date(1950, 1, 1), dt.date(1953, 12, 31), Precision.YEAR),
    ("The 1950\u20131953 war", "1950\u20131953", "1950", dt.date(1950, 1, 1), dt.date(1953, 12, 31),
     Precision.YEAR),
    ("It happened in the 1990s.", "the 1990s", "199", dt.date(1990, 1, 1), dt.date(1999, 12, 31),
     Precision.DECADE),
    ("Cities of the 20th century grew.", "the 20th century", "19", dt.date(1900, 1, 1),
     dt.date(1999, 12, 31), Precision.CENTURY),
    ("We met in summer 2023.", "summer 2023", "2023-SU", dt.date(2023, 6, 1), dt.date(2023, 8, 31),
     Precision.SEASON),
    ("Prices rose in June 2024.", "June 2024", "2024-06", dt.date(2024, 6, 1), dt.date(2024, 6, 30),
     Precision.MONTH),
    ("Growth slowed in the first half of 2021.", "the first half of 2021", "2021-H1",
     dt.date(2021, 1, 1), dt.date(2021, 6, 30), Precision.HALF),
    ("The company was founded in 2000.", "2000", "2000", dt.date(2000, 1, 1), dt.date(2000, 12, 31),
     Precision.YEAR),
    # "less than N ago": any day from N back to the reference (the value keeps the standard TIMEX3 one)
    ("It was unveiled less than two weeks ago.", "less than two weeks ago", "2024-W23", dt.date(2024, 6, 5),
     REF, Precision.DAY),
    ("He left less than a month ago.", "less than a month ago", "2024-05", dt.date(2024, 5, 19), REF,
     Precision.DAY),
    ("It was unveiled two weeks ago.", "two weeks ago", "2024-W23", dt.date(2024, 6, 3), dt.date(2024, 6, 9),
     Precision.WEEK),
]


@pytest.mark.parametrize("sentence,phrase,value,first,last,precision", INTERVALS)
def test_calendar_intervals(sentence, phrase, value, first, last, precision):
    t = only(sentence, phrase)
    assert (t.value, t.first, t.last, t.precision) == (value, first, last, precision)


def test_second_day_number_after_a_month_day():
    got = [(t.text, t.value) for t in tag("The summit is on April 24 and 25 in Washington.", REF)]
    assert got == [("April 24", "2024-04-24"), ("25", "2024-04-25")]
    got = [(t.text, t.value) for t in tag("Prices rose on April 24 and 25 percent fell.", REF)]
    assert got == [("April 24", "2024-04-24")]
    # a subordinate clause after the second day number: "unless", "if", "before", ...
    got = [(t.text, t.value) for t in tag("They will strike on April 24 and 25 unless talks resume.", REF)]
    assert got == [("April 24", "2024-04-24"), ("25", "2024-04-25")]


def test_year_lists_and_ranges():
    text = "The bank signed deals from 1961, 2000, and 2001 with the government."
    got = [(t.text, t.value) for t in tag(text, REF)]
    assert got == [("1961", "1961"), ("2000", "2000"), ("2001", "2001")]
    text = "He served from 1999 to 2012."
    assert [t.value for t in tag(text, REF)] == ["1999", "2012"]
    text = "Borders were redrawn between 1945 and 1948."
    assert [t.value for t in tag(text, REF)] == ["1945", "1948"]


DURATIONS = [
    ("He ruled for 24 years.", "24 years", "P24Y"),
    ("Talks lasted three months.", "three months", "P3M"),
    ("It took two weeks.", "two weeks", "P2W"),
    ("The flight lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    ("Over the past two years, prices doubled.", "the past two years", "P2Y"),
    ("Growth stalled over the past decade.", "the past decade", "P10Y"),
    ("The war lasted more than a decade.", "more than a decade", "P10Y"),
    ("Talks went on for several days.", "several days", "PXD"),
    ("A two-year contract was signed.", "two-year", "P2Y"),
    ("The stock fell for eight trading days.", "eight trading days", "P8D"),
    ("The speech lasted a minute and a half.", "a minute and a half", "PT1M30S"),
    ("The trial took two and a half years.", "two and a half years", "P2Y6M"),
    ("Sales fell 5% in the year ended March 31.", "the year", "P1Y"),  # a year-long span to a date
    ("It earned $2 million in the fiscal year ending June 30.", "the fiscal year", "P1Y"),
    ("Demand grew steadily over the year.", "the year", "P1Y"),
]


@pytest.mark.parametrize("sentence,phrase,value", DURATIONS)
def test_durations(sentence, phrase, value):
    t = only(sentence, phrase)
    assert t.type == DUR
    assert t.value == value
    assert t.first is None and t.last is None


def test_duration_modifier():
    t = only("The war lasted more than a decade.", "more than a decade")
    assert t.mod == "MORE_THAN"


SETS = [
    ("The council meets every year.", "every year", "P1Y"),
    ("The paper is published weekly.", "weekly", "P1W"),
    ("The market opens each Monday.", "each Monday", "XXXX-WXX-1"),
    ("Flights leave daily.", "daily", "P1D"),
    ("He earns $50,000 a year.", "a year", "P1Y"),
]


@pytest.mark.parametrize("sentence,phrase,value", SETS)
def test_sets(sentence, phrase, value):
    t = only(sentence, phrase)
    assert t.type == S
    assert t.value == value


VAGUE = [
    ("Prices are now falling.", "now", "PRESENT_REF"),
    ("He is currently abroad.", "currently", "PRESENT_REF"),
    ("She recently resigned.", "recently", "PAST_REF"),
    ("That happened in the past.", "the past", "PAST_REF"),
    ("Who knows what the future holds.", "the future", "FUTURE_REF"),
    ("Prices rose in recent years.", "recent years", "PAST_REF"),
]


@pytest.mark.parametrize("sentence,phrase,value", VAGUE)
def test_vague_references(sentence, phrase, value):
    t = only(sentence, phrase)
    assert t.type == D and t.value == value
    assert t.first is None


TIMES = [
    ("The blast came at 3 p.m. on Tuesday.", "3 p.m.", "2024-06-18T15:00"),
    ("The judge will appear at midday.", "midday", "2024-06-19T12:00"),
    ("He arrived this morning.", "this morning", "2024-06-19TMO"),
    ("Shots were heard last night.", "last night", "2024-06-18TNI"),
    ("The polls closed at 10:35 a.m. yesterday.", "10:35 a.m. yesterday", "2024-06-18T10:35"),
    ("It was filed 2024-06-19T14:30 by the clerk.", "2024-06-19T14:30", "2024-06-19T14:30"),
    # a bare clock time is on the day in focus (the last date mentioned), not the publication day
    ("He was shot on March 3, 2024. Police came at 10 p.m. that night.", "10 p.m.", "2024-03-03T22:00"),
]


@pytest.mark.parametrize("sentence,phrase,value", TIMES)
def test_times(sentence, phrase, value):
    t = only(sentence, phrase)
    assert t.type == T and t.value == value


NO_DATES = [
    "The army sent 2000 soldiers to the border.",
    "She was named player of the year again.",  # an award
    "The band won album of the year.",
    "It was the year of the dragon, the fortune teller said.",  # a description of some year, not this one
    "The fine was $2,000 in total.",
    "Leaders of the G7 met the press.",
    "Two F-16 jets crossed the line.",
    "Call 555-1999 or 212-555-2000 for tickets.",
    "He lives at 1600 Pennsylvania Avenue.",
    "Seoul may enhance its defences.",
    "Protesters march on the capital.",
    "She is a Tv fanatic.",
    "Write to info2000@example.com for details.",
    "A Boeing 747 landed.",
    "Support rose to 45% from 2000 votes.",
    "He is ranked No. 1 in the world.",
    "She finished 3rd in the race.",
    "Theresa May spoke to reporters.",
    "Prices fall when supply grows.",
    "A 24-year-old man was arrested.",
    "Jan Kavan signed the accord.",
    "The vote took a quarter of the ballots.",
    "Unemployment is near its quarter-century low.",
    "The poster showed Gary Cooper in High Noon.",
    "The quarter-to-quarter comparison was flattered by charges.",
    "The year-over-year gain was small.",
    "It matters to the future of our peoples.",
]


def test_parts_of_day_before_a_date_are_left_to_the_date():
    text = "He was shot on the night of Friday, Oct. 23, 1998, at home."
    assert [(t.text, t.value) for t in tag(text, REF)] == [("Friday, Oct. 23, 1998", "1998-10-23")]
    text = "Police arrested him in the early hours of Thursday morning."
    assert [t.text for t in tag(text, REF)] == ["Thursday morning"]


@pytest.mark.parametrize("text, date, value", [
    # the day before its month: the part of the day is still the date's, not a day of its own
    ("The fort surrendered on the evening of 9 June 1745.", "9 June 1745", "1745-06-09"),
    ("He landed on the afternoon of 21 July 1969 to cheers.", "21 July 1969", "1969-07-21"),
    ("The levee broke on the night of the 29th of August 2005.", "the 29th of August 2005", "2005-08-29"),
    ("Fog closed the port on the morning of 4th March 2003.", "4th March 2003", "2003-03-04"),
])
def test_a_part_of_day_before_a_day_first_date_is_left_to_the_date(text: str, date: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, REF)] == [(date, value)]


def test_a_late_quarter_named_early_in_the_year_is_last_years():
    ref = dt.date(1998, 1, 26)
    assert only("AT&T reported a drop in profits for the fourth quarter.", "the fourth quarter",
                ref).value == "1997-Q4"
    assert only("Profits rose in the second quarter.", "the second quarter", ref).value == "1998-Q2"


def test_coordinated_quarters_give_one_expression_each():
    got = [(t.text, t.value, t.type) for t in tag("Sales rose in the third and fourth quarters of 2023.", REF)]
    assert got == [("third", "2023-Q3", D), ("fourth quarters of 2023", "2023-Q4", D)]
    got = [(t.text, t.value, t.type) for t in tag("Most sales come in the second and fourth quarters.", REF)]
    assert got == [("second", "XXXX-Q2", S), ("fourth quarters", "XXXX-Q4", S)]
    assert [t.value for t in tag("Margins fell in recent quarters.", REF)] == ["PXQ"]


def test_spelled_ordinal_day_after_a_month():
    assert only("The vote is this coming Sunday, March eighth.", "March eighth",
                dt.date(1998, 3, 5)).value == "1998-03-08"
    assert only("The summit opens on June twenty-first in Paris.", "June twenty-first").value == "2024-06-21"
    # an ordinal that starts a noun phrase is not a day
    assert [t.text for t in tag("In May second thoughts grew.", REF)] == ["May"]


@pytest.mark.parametrize("sentence", NO_DATES)
def test_no_false_dates(sentence):
    assert tag(sentence, REF) == []


def test_no_year_inside_count():
    text = "The 24 years of rule ended."
    got = tag(text, REF)
    assert [t.value for t in got] == ["P24Y"]
    assert got[0].type == DUR


@pytest.mark.parametrize("sentence, years", [
    # A sentence's opening "In" and a year before a plural subject and its verb: the year, not a count (the
    # first rows found no date before).
    ("In 2008 volunteers kept the library open for eleven months.", ["2008", "P11M"]),
    ("In 2019 researchers found cracks in the spillway.", ["2019"]),
    ("The council cut the budget. In 1996 residents signed a petition.", ["1996"]),
    ("\u201cWe were alone.\u201d In 2015 workers occupied the mine.", ["2015"]),
    # the verb is any finite form lemminflect knows: an irregular past, a present
    ("In 2012 engineers rebuilt the sea wall.", ["2012"]),
    ("In 2000 people live in tents.", ["2000"]),
    ("In 2016 farmers sold their land.", ["2016"]),
    # still a count: no opening "In", or no verb after the noun
    ("Officials said 2008 volunteers kept the library open.", []),
    ("In 1500 cases the drug failed.", []),
    ("In 2008 homes, power was cut.", []),
    ("Within 2008 volunteers kept the library open.", []),
])
def test_an_opening_in_and_a_year_before_a_plural_subject_is_a_date(sentence: str, years: list[str]) -> None:
    assert [t.value for t in tag(sentence, REF)] == years


@pytest.mark.parametrize("sentence, years", [
    # "NOUN in YEAR" before the noun phrase's own past verb: the year dates the noun (these found no date before)
    ("A 7.8 magnitude earthquake in 2015 killed some 9,000 people.", ["2015"]),
    ("The last flood in 1998 killed two farmers downstream.", ["1998"]),
    ("Her first album in 2004 sold poorly.", ["2004"]),
    ("A strike in 2011 shut every port on the coast.", ["2011"]),
    # still a count: a verb before "in", or no past verb after the number
    ("The clashes resulted in 2000 killed and 300 wounded.", []),
    ("The shelling ended in 1500 dead.", []),
    ("A survey in 2000 homes found damp walls.", []),
])
def test_a_year_after_noun_in_before_its_past_verb_is_a_date(sentence: str, years: list[str]) -> None:
    assert [t.value for t in tag(sentence, REF)] == years


@pytest.mark.parametrize("sentence, value", [
    # "early" and the weekday after the page's date (a Friday): the small hours past the page's date, not six days
    # back (the first rows found the Saturday before)
    ("Officials said early Saturday that the toll was expected to rise.", "2023-11-04"),
    ("The ferry sank early Saturday off the coast.", "2023-11-04"),
    # without "early", another weekday, or "last": counted back as before
    ("Officials said Saturday that the toll was expected to rise.", "2023-10-28"),
    ("The ferry sank early Thursday off the coast.", "2023-11-02"),
    ("The ferry sank early last Saturday.", "2023-10-28"),
])
def test_early_weekday_after_a_friday_page_is_the_next_day(sentence: str, value: str) -> None:
    assert [t.value for t in tag(sentence, dt.date(2023, 11, 3))] == [value]


PARAGRAPH = (
    "WASHINGTON \u2014 On Thursday, July 11, 2024, the ministers met for the first time since 2019. "
    "Officials said yesterday that talks would resume next month, three years after the 2021 accord. "
    "Trade has doubled over the past decade, and prices rose 4% in the second quarter. "
    "The 1950\u201353 war and the 1990s crisis were recalled; deals from 1961, 2000, and 2001 were cited. "
    "Meetings are held every year at 3 p.m. on the first Monday."
)


def test_offsets_and_order_on_a_paragraph():
    got = tag(PARAGRAPH, REF)
    assert len(got) >= 12
    for t in got:
        assert PARAGRAPH[t.start:t.end] == t.text
    starts = [t.start for t in got]
    assert starts == sorted(starts)
    for a, b in zip(got, got[1:]):
        assert a.end <= b.start


def test_works_without_reference():
    text = "He left on Tuesday, returned yesterday, and signed the deal on June 19. It ended in 2000."
    got = {t.text: t for t in tag(text)}
    assert got["Tuesday"].value == "XXXX-WXX-2" and got["Tuesday"].first is None
    assert got["yesterday"].value == "XXXX-XX-XX" and got["yesterday"].relative is False
    assert got["June 19"].value == "XXXX-06-19" and got["June 19"].first is None
    assert got["2000"].value == "2000" and got["2000"].first == dt.date(2000, 1, 1)


def test_datetime_reference_is_accepted():
    got = tag("They met yesterday.", dt.datetime(2024, 6, 19, 15, 0))
    assert [t.value for t in got] == ["2024-06-18"]


def test_core_does_not_import_qt():
    import sys
    import timeline_app.core.temporal as mod  # noqa: F401
    src = open(mod.__file__, encoding="utf-8").read()
    assert "PySide6" not in src
    assert "timeline_app.ui" not in sys.modules or True


def test_the_master_expressions_are_compiled_when_a_text_first_needs_them():
    """Importing the tagger compiles no per-first-character master (issue 10, item 5: start-up); tagging
    compiles those its starts need, once each, when it uses them (after a process's first few MB of text;
    before that the master over every rule, compiled on import, serves: test_temporal_masters.py). In a fresh
    interpreter: this one may have tagged already."""
    import subprocess
    import sys

    code = ("import datetime as dt\nfrom timeline_app.core import temporal as t\n"
            "t._FIRST_CHAR_MASTERS_AFTER = -1\n"
            "before = len(t._MASTERS_BY_NAMES)\n"
            "found = [x.value for x in t.tag('On June 19, 2024, 20 years on', reference=dt.date(2024, 6, 20))]\n"
            "after = len(t._MASTERS_BY_NAMES)\n"
            "t.tag('On June 19, 2024, 20 years on', reference=dt.date(2024, 6, 20))\n"
            "print(before, 0 < after < len(set(t._master_plan()[0].values())), after == len(t._MASTERS_BY_NAMES),"
            " found)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split(" ", 3)[:3] == ["0", "True", "True"]
    assert "2024-06-19" in done.stdout.split(" ", 3)[3]


# An outlook's verbs are read by lemma: every present form lemminflect gives a verb of forecasting ("see" as well as
# "sees") makes the quarter the coming one; a verb telling results, in any of its forms, makes it the one reported.
@pytest.mark.parametrize("sentence, expected", [
    ("Analysts see growth in the first quarter.", "2025-Q1"),
    ("We forecast growth in the first quarter.", "2025-Q1"),
    ("Acme sees growth in the first quarter.", "2025-Q1"),
    ("Acme anticipates growth in the first quarter.", "2025-Q1"),
    ("Acme expects sales that surpass its forecast for the first quarter.", "2024-Q1"),
    ("Acme expects sales that surpassed its forecast for the first quarter.", "2024-Q1"),
    ("Acme beat its guidance for the first quarter.", "2024-Q1"),
    ("Acme topped its outlook for the first quarter.", "2024-Q1"),
])
def test_an_outlooks_verbs_by_lemma(sentence: str, expected: str) -> None:
    assert only(sentence, "the first quarter").value == expected
