"""Date precision on real news (issue 8): a date phrase dates only the happening it tells of. A quarter that says
which figures were posted, a forecast, a vague stretch of time: each case is a sentence and what a reader puts on
the timeline for it (the whole pipeline: extraction, the article's news, merging)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import news, references
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import actors_in, extract_mentions
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.temporal import tag

PUBLISHED = "November 2, 1989"  # a Thursday


def _dates(folder: Path, sentence: str) -> set[tuple[str, str]]:
    """(first, last) of each event with a mention in `sentence`, a body sentence of an article of PUBLISHED."""
    text = f"Business news\n\n{PUBLISHED}\n\nStocks fell sharply in Tokyo.\n\n{sentence}\n"
    (folder / "p.txt").write_text(text, encoding="utf-8")
    at = text.index(sentence)
    timeline = build_timeline([folder])
    return {(str(e.first), str(e.last)) for e in timeline.events
            if any(m.sentence_start <= at < m.sentence_end for m in e.mentions)}


def _extracted(sentence: str) -> set[tuple[str, str]]:
    """(first, last) of the candidates extraction alone finds in `sentence` (no news, no merging)."""
    doc = document_from_text(f"Business news\n\n{PUBLISHED}\n\n{sentence}\n", id="x")
    return {(str(c.first), str(c.last)) for c in extract_mentions(doc) if c.first is not None}


@pytest.mark.parametrize("sentence, expected", [
    # the quarter says which figures were posted: the posting is the news, on the day the article tells it
    ("Citadel posted a third-quarter net loss of $2.3 million.", {("1989-11-02", "1989-11-02")}),
    ("Upjohn said it will take a fourth-quarter charge of $40 million.", {("1989-11-02", "1989-11-02")}),  # statement
    ("Polly Peck posted a 38% jump in pretax profit for the first half.", {("1989-11-02", "1989-11-02")}),
    # a quarter named in full heads what happened in it
    ("Revenue for the third quarter of 1989 rose 9.4% to $2.14 billion.", {("1989-07-01", "1989-09-30")}),
    ("Its European business was weak in the third quarter.", {("1989-07-01", "1989-09-30")}),
])
def test_a_figures_period_does_not_date_the_report(tmp_path: Path, sentence: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert _dates(tmp_path, sentence) == expected


def test_a_report_in_the_sentence_before_does_not_make_a_quarter_a_figures_period(tmp_path: Path) -> None:
    # The article's news reads "for the third quarter" within its own sentence, as extraction does: a report
    # in the sentence before made news call it a figures period and put the sales on the publication day too.
    (tmp_path / "p.txt").write_text(f"Acme results\n\n{PUBLISHED}\n\nAcme Corp. reported a loss on Thursday. "
                                    "Sales for the third quarter rose 5% to $12 million, the company said.\n",
                                    encoding="utf-8")
    sales = [e for e in build_timeline([tmp_path]).events if "sales" in e.title.lower()]
    assert [(str(e.first), str(e.last)) for e in sales] == [("1989-07-01", "1989-09-30")]


@pytest.mark.parametrize("text, phrase, value", [
    # "a year earlier" after a period ended on a named day: that day, a year back
    ("For the six months ended Aug. 12, Provigo posted net income of C$6.5 million, compared with C$18.1 million "
     "a year earlier.", "a year earlier", "1988-08-12"),
    ("For the quarter ended Sept. 30, Delta posted net income of $133.1 million, up from $100 million a year "
     "earlier.", "a year earlier", "1988-09-30"),
    # the day ended another sentence: the reporting quarter, a year back, as before
    ("UniFirst said net income rose 21% for the fourth quarter ended Aug. 26. A year earlier UniFirst earned "
     "$2.4 million.", "A year earlier", "1988-Q4"),
])
def test_a_year_earlier_counts_back_from_the_periods_end(text: str, phrase: str, value: str) -> None:
    values = {e.text: e.value for e in tag(text, reference=dt.date(1989, 10, 26))}
    assert values[phrase] == value


@pytest.mark.parametrize("sentence, expected", [
    # a measure ranked over a stretch of time: nothing happened at its far end
    ("Personal spending rose 0.2% in September, the smallest gain in a year.", {("1989-09-01", "1989-09-30")}),
    ("The jobless rate fell to 3.8 percent, the lowest figure for almost two decades.",
     {("1989-11-02", "1989-11-02")}),
    # a happening ranked so implies an earlier one, about that long ago
    ("It was the strongest quake in 37 years.", {("1952-01-01", "1952-12-31")}),
])
def test_a_ranked_measure_implies_no_earlier_happening(tmp_path: Path, sentence: str,
                                                       expected: set[tuple[str, str]]) -> None:
    assert _dates(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a named era that only bounds a happening, or tells where a thing comes from
    ("It ended the Soviet domination of those nations that began after World War II.", set()),
    ("Officials will re-examine the remains in the Tomb of the Unknown from the Vietnam War.", set()),
    # an era told of stays
    ("Veterans who fought in the Vietnam War gathered in the capital.", {("1955-01-01", "1975-12-31")}),
    ("Relations have been close since the Cold War ended.", {("1947-01-01", "1991-12-31")}),
])
def test_an_era_that_only_bounds_is_no_event(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _extracted(sentence) == expected


@pytest.mark.parametrize("sentence, names", [
    # a company's legal form names nobody: two reports sharing "Corp." and "Inc." are not the same participants
    ("Sony Corp. completed its tender offer for Columbia Pictures Entertainment Inc.",
     {"Sony", "Columbia", "Pictures", "Entertainment"}),
    ("Travelers Corp.'s third-quarter net income rose 11%.", {"Travelers"}),
    ("Jim Pattison Industries Ltd. and Polly Peck International Plc agreed.",
     {"Jim", "Pattison", "Industries", "Polly", "Peck", "International"}),
    # nor does a month's abbreviation or the wire's name: "Sept. 30" is in every earnings report
    ("For the quarter ended Sept. 30, Ralston earned $422.5 million, AP reported.", {"Ralston"}),
    # a market is where shares trade: every company's close there is not one happening
    ("In New York Stock Exchange composite trading yesterday, Aetna closed at $60.", {"Aetna"}),
    # a body's name keeps all its words
    ("The Securities and Exchange Commission sued Acme.", {"Securities", "Exchange", "Commission", "Acme"}),
])
def test_a_companys_legal_form_is_no_participant(sentence: str, names: set[str]) -> None:
    assert actors_in(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    # a market, where shares trade or what measures them, is one name that goes whole
    ("The Dow Jones Industrial Average tumbled 39.55 points.", set()),
    ("The FTSE 100 Index fell 2% in London as BP slid.", {"London", "BP"}),
    ("The Nikkei Stock Average rose, led by Toyota.", {"Toyota"}),
    ("The Standard & Poor's 500 Index gained 1.2%.", set()),
    ("The Consumer Price Index rose 0.3% in March, the Labor Department said.", {"Labor", "Department"}),
    ("Toyota shares rose on the Tokyo Stock Exchange.", {"Toyota"}),
    # a street is a place's name, whole: "Street" is no market word
    ("Gordon Brown met Tony Blair at Downing Street.", {"Gordon", "Brown", "Tony", "Blair", "Downing", "Street"}),
    ("Shares of Acme fell on Wall Street.", {"Acme", "Wall", "Street"}),
])
def test_a_market_is_no_participant_and_other_names_stay_whole(sentence: str, names: set[str]) -> None:
    assert actors_in(sentence) == names


@pytest.mark.parametrize("text, phrase, value", [
    # "that same day" after a month just told: a day of that month, not the last full date read before it
    ("On Feb. 4, 1999, a clinic closed. Three doctors were killed, most recently last October when a doctor was "
     "shot. His name was crossed out that same day.", "same day", "1998-10"),
    # after a full date it is that date
    ("He arrived on March 3. He left the same day.", "the same day", "1998-03-03"),
])
def test_the_same_day_is_of_the_month_just_told(text: str, phrase: str, value: str) -> None:
    values = {e.text: e.value for e in tag(text, reference=dt.date(1999, 2, 6))}
    assert values[phrase] == value


@pytest.mark.parametrize("text, phrase, value", [
    # a day counted from the day a phrase names
    ("The day before last Tuesday's court hearing, Manuel went to Lazaro's home.", "day before last Tuesday's",
     "2000-02-21"),
    ("The vote was on Feb. 3, 2000, and the count began the day after Feb. 3, 2000.", "day after Feb. 3, 2000",
     "2000-02-04"),
    # "a day" on its own is a length of time
    ("Tuesday was a long day.", "a long day", "P1D"),
])
def test_the_day_before_a_named_day(text: str, phrase: str, value: str) -> None:
    values = {e.text: e.value for e in tag(text, reference=dt.date(2000, 2, 24))}
    assert values.get(phrase) == value


@pytest.mark.parametrize("text, expected", [
    # the future in general names no day
    ("If I were choosing the people of tomorrow, I would have chosen the same board.", []),
    ("They are building the cities of tomorrow.", []),
    # a day it is
    ("The agenda of tomorrow's meeting is short.", ["tomorrow"]),
    ("He leaves tomorrow.", ["tomorrow"]),
])
def test_the_people_of_tomorrow_is_no_date(text: str, expected: list[str]) -> None:
    assert [e.text for e in tag(text, reference=dt.date(1989, 11, 2))] == expected


@pytest.mark.parametrize("text, phrase, value", [
    # what was planned, for a weekday, is still ahead ("planned a demonstration on Saturday")
    ("Protesters planned a large demonstration in Little Havana on Saturday.", "Saturday", "2000-01-08"),
    ("Protesters were planning to drive around the airport on Monday.", "Monday", "2000-01-10"),
    # told in the past, without a plan: the Saturday gone by
    ("Protesters staged a large demonstration in Little Havana on Saturday.", "Saturday", "2000-01-01"),
])
def test_a_planned_happenings_weekday_is_ahead(text: str, phrase: str, value: str) -> None:
    values = {e.text: e.value for e in tag(text, reference=dt.date(2000, 1, 7))}
    assert values[phrase] == value


OCT_30_1989, AUG_30_1989 = dt.date(1989, 10, 30), dt.date(1989, 8, 30)


@pytest.mark.parametrize("text, phrase, reference, value", [
    # a week counted from a happening: no calendar week (TimeBank: 1989-WXX), so no event of this week
    ("About $60 million streamed out last week, double the level of the week following last month's credit "
     "squeeze.", "the week", OCT_30_1989, "1989-WXX"),
    ("Sales rose in the month before the strike.", "the month", OCT_30_1989, "1989-XX"),
    # a point in the week of the report
    ("Earlier in the week, prices fell.", "Earlier in the week", OCT_30_1989, "1989-W44"),
    # the latest fiscal year reported is the one that has ended
    ("Sales were 27% of the total in the latest fiscal year.", "the latest fiscal year", AUG_30_1989, "1988"),
    ("Profit rose in the latest quarter.", "the latest quarter", AUG_30_1989, "1989-Q2"),
    ("This week, the index rose 2%.", "This week", OCT_30_1989, "1989-W44"),
    # the hundred years up to now, as "the past decade" is ten: no century of the calendar
    ("It was one of the significant events of the past century.", "the past century", OCT_30_1989, "P100Y"),
    ("Prices doubled over the past decade.", "the past decade", OCT_30_1989, "P10Y"),
    # "the last century" is the calendar's
    ("The house was built in the last century.", "the last century", OCT_30_1989, "18"),
])
def test_vague_stretches_get_the_value_a_reader_means(text: str, phrase: str, reference: dt.date,
                                                       value: str) -> None:
    values = {e.text: e.value for e in tag(text, reference=reference)}
    assert values[phrase] == value


@pytest.mark.parametrize("text, expected", [
    # a happening's noun that modifies another noun ("the death toll") refers to no happening
    ("Doctor shot dead\nOctober 26, 1998\n\nDr. Barnett Slepian was shot to death on Oct. 23 in his kitchen.\n\n"
     "As the death toll in such attacks has mounted, clinics have hired guards.\n", {}),
    ("Doctor shot dead\nOctober 26, 1998\n\nDr. Barnett Slepian was shot to death on Oct. 23 in his kitchen.\n\n"
     "Police are still searching for clues to the death.\n", {"death": dt.date(1998, 10, 23)}),
])
def test_a_modifying_noun_is_no_reference(text: str, expected: dict[str, dt.date]) -> None:
    doc = document_from_text(text, id="d")
    expressions = tag(doc.text, reference=doc.published)
    candidates = extract_mentions(doc, expressions) + [i.candidate for i in news.find_news(doc, expressions)]
    assert {c.mention.text: c.first for c in references.in_article_references(doc, candidates)} == expected


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


@pytest.mark.parametrize("named", range(1, 13))
@pytest.mark.parametrize("written", range(1, 13))
def test_last_month_by_name_is_the_latest_before_the_reference(named: int, written: int) -> None:
    # "last <month>" is the latest such month wholly before the reference; in that month itself, a year back
    reference = dt.date(2023, written, 15)
    year = 2023 if named < written else 2022
    text = f"Two helicopters collided last {MONTH_NAMES[named - 1]}, killing 73 soldiers."
    assert [e.value for e in tag(text, reference=reference)] == [f"{year}-{named:02d}"]


@pytest.mark.parametrize("text, reference, value", [
    ("The plant closed last February.", dt.date(1998, 3, 1), "1998-02"),
    ("The plant closed this past February.", dt.date(1998, 3, 1), "1998-02"),
    ("The plant closed last February.", dt.date(1998, 2, 27), "1997-02"),
    ("The plant closed last December.", dt.date(1998, 1, 2), "1997-12"),
    ("The plant closed last month.", dt.date(1998, 3, 1), "1998-02"),
])
def test_last_month_by_name_in_general_news(text: str, reference: dt.date, value: str) -> None:
    assert [e.value for e in tag(text, reference=reference)] == [value]


@pytest.mark.parametrize("sentence, expected", [
    # what the figures did in the quarter happened in it; a report "for" the quarter is the report's news
    ("Acme said that its profit for the third quarter rose 12% from a year earlier, to $48 million.",
     {("1989-07-01", "1989-09-30")}),
    ("Polly Peck posted a 38% jump in pretax profit for the first half.", set()),
    ("Sun said it expected to break even for the quarter on sales of $530 million.", set()),
])
def test_a_report_for_a_quarter_is_not_of_the_quarter(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _extracted(sentence) == expected


MARCH_8_2024 = dt.date(2024, 3, 8)


@pytest.mark.parametrize("text, value", [
    # a periodic report's summary of its period, a week no calendar gives (TimeBank: 1989-WXX)
    ("For the week, the index rose 2%.", "2024-WXX"),
    ("Stocks slipped on Friday. For the week, the Nasdaq lost 3.8%.", "2024-WXX"),
    ('"For the week, we sold 300 cars," the dealer said.', "2024-WXX"),
    ("Friday's profit-taking was a natural result of the week's fever.", "2024-WXX"),
    ("Volume was the week's heaviest.", "2024-WXX"),
    # the frame wherever its clause stands, in any case: not the sentence's first word
    ("Meanwhile, for the week, the index fell 2%.", "2024-WXX"),
    ("Stocks fell, and for the week, the Dow lost 3%.", "2024-WXX"),
    ("FOR THE WEEK, THE INDEX FELL 2%.", "2024-WXX"),
    ("Trading was thin. The Week's biggest loser was Acme.", "2024-WXX"),
    # the week named by its last day is that day's week, wherever the phrase stands (a Monday's wrap-up of
    # "the week ended Friday" is last week, not the report's own)
    ("For the week ended Friday, the index fell 2%.", "2024-W10"),
    ("Meanwhile, for the week ending Friday, the index fell 2%.", "2024-W10"),
    ("Jobless claims fell to 210,000 in the week ended March 2, the department said.", "2024-W09"),
    ("Sales in the week ending on Feb. 24 were flat.", "2024-W08"),
    ("The index rose in the week that ended Jan. 5.", "2024-W01"),
    # any other "the week" is the week of the report
    ("Prices rose sharply during the week.", "2024-W10"),
    ("Over the week, rescuers pulled 40 people from the rubble.", "2024-W10"),
    ("The museum drew record crowds for the week, officials said.", "2024-W10"),
    ("Rain fell throughout the week in the capital.", "2024-W10"),
    ("The senator was in Paris for the week.", "2024-W10"),
])
def test_only_a_reports_summary_week_is_no_calendar_week(text: str, value: str) -> None:
    values = [e.value for e in tag(text, reference=MARCH_8_2024) if "week" in e.text.lower()]
    assert values == [value]


def test_a_mondays_wrap_up_of_the_week_ended_friday_is_last_week() -> None:
    monday = dt.date(2024, 3, 11)
    week, friday = tag("For the week ended Friday, the index fell 2%.", reference=monday)
    assert (friday.value, week.value) == ("2024-03-08", "2024-W10")
    assert (week.first, week.last) == (dt.date(2024, 3, 4), dt.date(2024, 3, 10))
