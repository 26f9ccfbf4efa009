"""Which way a month or weekday given alone goes from the reference (past or future occurrence), decided by the
clause's tense and modality (s16). Tables: sentence, phrase, reference → value; invented sentences.

References as in test_temporal_tense: Tuesday 13 March 2007 (a December without a year is 3 months back or 9
ahead) and Wednesday 20 March 2013 (a bare Saturday is the 16th or the 23rd, a Friday the 15th or the 22nd)."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

MAR07 = dt.date(2007, 3, 13)
WED = dt.date(2013, 3, 20)
PAST_SAT, NEXT_SAT = "2013-03-16", "2013-03-23"
PAST_FRI, NEXT_FRI = "2013-03-15", "2013-03-22"


def value_of(sentence: str, phrase: str, reference: dt.date) -> str:
    start = sentence.index(phrase)
    end = start + len(phrase)
    hits = [t for t in tag(sentence, reference) if t.start < end and start < t.end]
    assert len(hits) == 1, (sentence, phrase, hits)
    return hits[0].value


# A month in a future clause is the next such month, however far ahead: the future tense does not reach back
# three months to the last one. (A turn or a new sentence ends the future clause.)
FUTURE_MONTH = [
    ("The agency will name her commander of the shuttle for a mission in December.", "December", MAR07, "2007-12"),
    ("The company plans to open the plant in December.", "December", MAR07, "2007-12"),
    ("The new terminal is scheduled to open in January.", "January", MAR07, "2008-01"),
    ("The vote is set for January.", "January", MAR07, "2008-01"),
    ("The club will open its season on Dec. 5.", "Dec. 5", MAR07, "2007-12-05"),
    # a month that a thing is "for" names its period, which may have gone
    ("The company will report its results for February next week.", "February", MAR07, "2007-02"),
    ("Officials said the plant will open in December.", "December", MAR07, "2007-12"),
    # a past tense after the future cue governs the date
    ("The company, which will report results next week, said sales rose in December.", "December", MAR07,
     "2006-12"),
    ("The company expects sales that slumped in December to recover.", "December", MAR07, "2006-12"),
    ("The union will strike, but sales rose in December.", "December", MAR07, "2006-12"),
    ("The union will strike. Sales rose in December.", "December", MAR07, "2006-12"),
    ("Sales rose in December.", "December", MAR07, "2006-12"),
]

# A plan told in the past perfect was superseded: its date is narrated, not still ahead.
PAST_PLAN = [
    ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday", WED, PAST_FRI + "T24:00"),
    ("The vote had been scheduled for Saturday.", "Saturday", WED, PAST_SAT),
    ("The talks had been expected to end Saturday.", "Saturday", WED, PAST_SAT),
    ("The talks are expected to end Saturday.", "Saturday", WED, NEXT_SAT),
    ("The offer is scheduled to expire at midnight Friday.", "midnight Friday", WED, NEXT_FRI + "T24:00"),
]

# A deadline granted or moved ("gave them until", "extended its deadline until") is ahead, with a clock time too.
DEADLINE = [
    ("The agency has given the relatives until 9 a.m. Saturday to sign the paper.", "9 a.m. Saturday", WED,
     NEXT_SAT + "T09:00"),
    ("The agency extended its deadline until 9 a.m. EST Saturday.", "9 a.m. EST Saturday", WED,
     NEXT_SAT + "T09:00"),
    ("Officials extended the curfew until Saturday.", "Saturday", WED, NEXT_SAT),
    ("The court postponed the hearing until Saturday.", "Saturday", WED, NEXT_SAT),
    ("The curfew lasted until Saturday.", "Saturday", WED, PAST_SAT),
    ("The plant did not reopen until Saturday.", "Saturday", WED, PAST_SAT),
]

# News tells a schedule in the simple present or the present progressive: the verb's date is ahead.
PRESENT_SCHEDULE = [
    ("He and the prime minister meet separately Saturday with the envoy.", "Saturday", WED, NEXT_SAT),
    ("The committee meets Saturday.", "Saturday", WED, NEXT_SAT),
    ("The deadline is Saturday.", "Saturday", WED, NEXT_SAT),
    ("The two leaders are meeting Saturday.", "Saturday", WED, NEXT_SAT),
    ("The trial opens in October.", "October", WED, "2013-10"),
    ("The show starts at 8 p.m. Saturday.", "8 p.m. Saturday", WED, NEXT_SAT + "T20:00"),
    ("Voting opens Saturday and closes Sunday.", "Sunday", WED, "2013-03-24"),
    ("He is due in court on Saturday.", "Saturday", WED, NEXT_SAT),
    ("Workers are expected back at work in October.", "October", WED, "2013-10"),
    ("The president travels to Asia in November.", "November", WED, "2013-11"),
    ("The team flies to Madrid on Saturday.", "Saturday", WED, NEXT_SAT),
    ("The team flew to Madrid on Saturday.", "Saturday", WED, PAST_SAT),
    ("Police believe the attack on Saturday was planned abroad.", "Saturday", WED, PAST_SAT),
    ("He was due in court on Saturday.", "Saturday", WED, PAST_SAT),
    # the past narrates; a possessive names a happening; "say" reports
    ("The two leaders met Saturday.", "Saturday", WED, PAST_SAT),
    ("The two leaders were meeting Saturday.", "Saturday", WED, PAST_SAT),
    ("The move follows Saturday's announcement by the board.", "Saturday", WED, PAST_SAT),
    ("Police say Saturday's fire was set deliberately.", "Saturday", WED, PAST_SAT),
    ("The trial opened in October.", "October", WED, "2012-10"),
]


@pytest.mark.parametrize("sentence,phrase,reference,value", FUTURE_MONTH + PAST_PLAN + DEADLINE + PRESENT_SCHEDULE)
def test_tense_decides_the_direction_of_a_bare_month_or_weekday(sentence: str, phrase: str, reference: dt.date,
                                                                 value: str) -> None:
    assert value_of(sentence, phrase, reference) == value


# "Since year-end" counts from the year-end already reached: last year's; "by year-end" is this year's.
@pytest.mark.parametrize("sentence,phrase,value", [
    ("The index has gained 12% since year-end.", "year-end", "2012"),
    ("The deal should close by year-end.", "year-end", "2013"),
])
def test_year_end_since_is_last_years(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, WED) == value
