"""Which way a month or weekday given alone goes from the reference (past or future occurrence), decided by the
clause's tense and modality (s16). Tables: sentence, phrase, reference → value; invented sentences.

References as in test_temporal_tense: Tuesday 13 March 2007 (a December without a year is 3 months back or 9
ahead) and Wednesday 20 March 2013 (a bare Saturday is the 16th or the 23rd, a Friday the 15th or the 22nd)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.temporal_helpers import value_of

MAR07 = dt.date(2007, 3, 13)
WED = dt.date(2013, 3, 20)
PAST_SAT, NEXT_SAT = "2013-03-16", "2013-03-23"
PAST_FRI, NEXT_FRI = "2013-03-15", "2013-03-22"


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
    # ... a speaker's noun in -ly is no adverb making the report's verb a participle ("the assembly said")
    ("The fine will hurt the party, the assembly said Friday.", "Friday", WED, PAST_FRI),
    ("The plant will close, the family said on Friday.", "Friday", WED, PAST_FRI),
    ("The plan will be newly announced Friday.", "Friday", WED, NEXT_FRI),
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


# Mended after review (m16). References: Friday 8 March 2013 (a headline's February is last month), Tuesday 19
# March 2013 (a bare Monday is the 18th or the 25th), Saturday 1 June 2013 (last Christmas is 158 days back).
FRI_MAR08 = dt.date(2013, 3, 8)
TUE_MAR19 = dt.date(2013, 3, 19)
JUN13 = dt.date(2013, 6, 1)
PAST_MON, NEXT_MON = "2013-03-18", "2013-03-25"

# A headline (the document's top lines that are not sentences) tells in the present what happened; a present verb
# alone pulls a month ahead only moderately, and decides no quarter or holiday.
HEADLINE_AND_HISTORICAL_PRESENT = [
    ("Jobless rate falls in February\nMarch 8, 2013\n\nThe rate fell to 7.7 percent, the government said.", "February",
     FRI_MAR08, "2013-02"),
    ("Fighting continues Monday in Gaza\n\nIsraeli jets struck targets in the strip.", "Monday", TUE_MAR19, PAST_MON),
    ("Profit falls in fourth quarter\n\nThe company reported a loss.", "fourth quarter", MAR07, "2006-Q4"),
    ("March 19, 2013\n\nIsrael withdraws Monday\n\nThe army pulled out of the town.", "Monday", TUE_MAR19, PAST_MON),
    ("The jobless rate falls in February.", "February", WED, "2013-02"),
    ("Profit falls in the fourth quarter.", "the fourth quarter", MAR07, "2006-Q4"),
    ("The index drops at Christmas.", "Christmas", JUN13, "2012-12-25"),
    # guards: a body sentence's present schedule, a sentence at the top, a future headline cue
    ("The committee meets Monday.", "Monday", TUE_MAR19, NEXT_MON),
    ("The president travels to Asia in November.", "November", WED, "2013-11"),
    ("The committee meets Monday.\n\nIt will vote on the budget.", "Monday", TUE_MAR19, NEXT_MON),
    ("Jobless report due in April\n\nThe figures are expected on Friday.", "Friday", TUE_MAR19, "2013-03-22"),
]

# A quotation's or a question's tense is not the clause's after it.
CLAUSE_BREAKS = [
    ('"We will rebuild the harbour," the mayor said Saturday.', "Saturday", WED, PAST_SAT),
    ("``We will rebuild the harbour,'' the mayor said Saturday.", "Saturday", WED, PAST_SAT),
    ("``We will rebuild.'' The storm hit Saturday.", "Saturday", WED, PAST_SAT),
    ("Will he rebuild? The storm hit Saturday.", "Saturday", WED, PAST_SAT),
    ("He will rebuild! The storm hit Saturday.", "Saturday", WED, PAST_SAT),
    # guards: an apostrophe is not a closing quotation mark; a future said after the quotation
    ("The players will meet the owners' negotiators Saturday.", "Saturday", WED, NEXT_SAT),
    ('"It is over," he said, adding that the army will leave Saturday.', "Saturday", WED, NEXT_SAT),
]

# A past verb after any future cue governs the date; verbs spelled like their past ("cut", "quit") may be past.
PAST_AFTER_CUE = [
    ("The minister, who will travel to Paris, met the president Saturday.", "Saturday", WED, PAST_SAT),
    ("The company, which will open a plant in Ohio, laid off workers Saturday.", "Saturday", WED, PAST_SAT),
    ("The Fed, which is expected to raise rates, cut them in December.", "December", MAR07, "2006-12"),
    ("The workers quit Saturday.", "Saturday", WED, PAST_SAT),
    ("He said the vote would be held Saturday.", "Saturday", WED, NEXT_SAT),
    # guards: the cue's own verb, an infinitive, a noun spelled like a past, a backshifted "as soon as"
    ("The minister will travel to Paris and meet the president Saturday.", "Saturday", WED, NEXT_SAT),
    ("He will cut rates in December.", "December", MAR07, "2007-12"),
    ("Analysts expect a rate cut in December.", "December", MAR07, "2007-12"),
    ("Investors were likely to buy the stock as soon as trading opened Saturday.", "Saturday", WED, NEXT_SAT),
]

# A deadline granted in the past tense is ahead only with its purpose after it; "no" grants nothing.
DEADLINE_GIVEN = [
    ("The rebels gave no sign until Saturday that they would talk.", "Saturday", WED, PAST_SAT),
    ("He gave interviews until Saturday.", "Saturday", WED, PAST_SAT),
    ("The judge gave the defense until Saturday to respond.", "Saturday", WED, NEXT_SAT),
    ("The court granted the bank until Saturday to pay the fine.", "Saturday", WED, NEXT_SAT),
    ("The rules allowed firms until Saturday to file.", "Saturday", WED, NEXT_SAT),
]

# A reporting or state verb's present tells no schedule; a time noun's "of" names the month's own part.
NOT_SCHEDULE_AND_PART_OF = [
    ("Officials confirm Saturday that two soldiers died.", "Saturday", WED, PAST_SAT),
    ("The vote will be held in the first week of December.", "December", MAR07, "2007-12"),
    ("The talks will resume in the second half of December.", "December", MAR07, "2007-12"),
    ("The company will report its results for February next week.", "February", MAR07, "2007-02"),
]


@pytest.mark.parametrize("sentence,phrase,reference,value", HEADLINE_AND_HISTORICAL_PRESENT + CLAUSE_BREAKS +
                         PAST_AFTER_CUE + DEADLINE_GIVEN + NOT_SCHEDULE_AND_PART_OF)
def test_mended_direction_rules(sentence: str, phrase: str, reference: dt.date, value: str) -> None:
    assert value_of(sentence, phrase, reference) == value


def test_tagging_past_news_needs_no_grammar() -> None:
    """The tagger imports the grammar module (its lexicon, lemminflect's tables) only where a verb's tense is in
    doubt: dates after plainly past verbs do not load it."""
    code = ("import sys, datetime as dt\n"
            "from timeline_app.core.temporal import tag\n"
            "tag('Talks resumed on Tuesday, June 18, 2024. Officials said Monday that 12 died. Rebels attacked on '\n"
            "    'Friday.', dt.date(2024, 6, 20))\n"
            "print('timeline_app.core.grammar' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "False"
