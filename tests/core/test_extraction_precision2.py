"""Date precision on real news, second round (issue 8): a date phrase dates only what it tells of. A model year,
a unit counted back ("the year before"), a holiday's week, a reference dated by a date of its own: each case is
a sentence and what the tagger, the extractor or the in-article references make of it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import news, references
from timeline_app.core.documents import document_from_text
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.temporal import tag

PUBLISHED = "January 22, 1999"  # a Friday


def _dates(folder: Path, sentence: str) -> set[tuple[str, str]]:
    """(first, last) of each event with a mention in `sentence`, a body sentence of an article of PUBLISHED."""
    text = f"Local news\n\n{PUBLISHED}\n\nThe city council met in the morning.\n\n{sentence}\n"
    (folder / "p.txt").write_text(text, encoding="utf-8")
    at = text.index(sentence)
    timeline = build_timeline([folder])
    return {(str(e.first), str(e.last)) for e in timeline.events
            if any(m.sentence_start <= at < m.sentence_end for m in e.mentions)}


@pytest.mark.parametrize("sentence, expected", [
    # a year just before a vehicle says which model: only the sentence's happening is dated
    ("Kopp's 1987 Chevrolet Cavalier was discovered last month at Newark airport.",
     {("1998-12-01", "1998-12-31")}),
    ("His 1996 Toyota pickup was stolen in March 1998.", {("1998-03-01", "1998-03-31")}),
    ("Smith's 1965 convertible was sold at auction in May 1998.", {("1998-05-01", "1998-05-31")}),
    # a make not followed by a model or a vehicle, or a year before a happening, keeps its year
    ("The 1976 Ford campaign was short of money.", {("1976-01-01", "1976-12-31")}),
    ("Leaders of the 1992 protests have moved away.", {("1992-01-01", "1992-12-31")}),
])
def test_a_model_year_is_no_happening(tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _dates(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a year before a proper-named thing that another date of the same verb dates: which model, not when;
    # by the tagger's analysis, whatever the make
    ("A 1996 Proton Wira caught fire on a highway near Oslo on Sunday.", {("1999-01-17", "1999-01-17")}),
    ("Divers found her 2008 Skoda Octavia in the river on Tuesday.", {("1999-01-19", "1999-01-19")}),
    ("His 1974 Lada Niva was auctioned in Moscow last month.", {("1998-12-01", "1998-12-31")}),
    ("Kopp's 1987 Chevrolet Cavalier was discovered last month at Newark airport.",
     {("1998-12-01", "1998-12-31")}),
    # a happening's name keeps its year: a happening's word, or a noun that is also a verb
    ("The company's 2010 Worldwide Developers Conference opened on Monday, two days after the launch.",
     {("2010-01-01", "2010-12-31"), ("1999-01-18", "1999-01-18")}),
    ("Leaders of the 1992 Nike protests were arrested on Monday.",
     {("1992-01-01", "1992-12-31"), ("1999-01-18", "1999-01-18")}),
    # the other date dates another verb: the year keeps its own ("a 1971 Convention" that was overruled)
    ("Officials filed objections in 1995, claiming the resolutions overruled a 1971 Convention.",
     {("1995-01-01", "1995-12-31"), ("1971-01-01", "1971-12-31")}),
    # a year after a preposition modifies no noun: "In 1987 Chevrolet introduced the Beretta"
    ("In 1987 Chevrolet introduced the Beretta, which went on sale in March 1988.",
     {("1987-01-01", "1987-12-31"), ("1988-03-01", "1988-03-31")}),
])
def test_a_model_year_is_read_from_the_sentence_not_a_list_of_makes(tmp_path: Path, sentence: str,
                                                                   expected: set[tuple[str, str]]) -> None:
    assert _dates(tmp_path, sentence) == expected


@pytest.mark.parametrize("text, reference, phrase, value", [
    # a unit counted back, standing alone: the one before the unit last told
    ("Tourism revenues dropped to $300 million last year, down from $450 million the year before.",
     dt.date(1998, 9, 7), "the year before", "1996"),
    ("Sales rose to $5 million in March from $4 million the month before.", dt.date(1998, 5, 1),
     "the month before", "1998-02"),
    ("In 1990 it grew, after a loss the year before.", dt.date(1998, 5, 1), "the year before", "1989"),
    ("He arrived here the year before last.", dt.date(1998, 5, 1), "the year before last", "1996"),
    # a holiday's week is that week, not the holiday's day (TimeBank: "Easter week" 2000-W16)
    ("Protesters prayed as Easter week began.", dt.date(2000, 4, 17), "Easter week", "2000-W16"),
    ("Christmas week sales were slow.", dt.date(1999, 12, 28), "Christmas week", "1999-W51"),
    ("They met on Easter Sunday.", dt.date(2000, 4, 25), "Easter Sunday", "2000-04-23"),
])
def test_a_unit_counted_back_and_a_holidays_week(text: str, reference: dt.date, phrase: str, value: str) -> None:
    values = {e.text: e.value for e in tag(text, reference=reference)}
    assert values[phrase] == value


@pytest.mark.parametrize("text, expected", [
    # a referring noun with a date of its own right after it names that happening, not the article's
    ("U.S. and Afghanistan\nAugust 20, 1998\n\nU.S. forces attacked camps in Afghanistan on Thursday.\n\n"
     "The embassy bombings, on Aug. 7, killed 247 people in Kenya.\n", {}),
    ("U.S. and Afghanistan\nAugust 20, 1998\n\nU.S. forces attacked camps in Afghanistan on Thursday.\n\n"
     "Investigators are still searching for clues to the embassy bombings.\n", {"bombings": dt.date(1998, 8, 20)}),
])
def test_a_reference_with_its_own_date_is_another_happening(text: str, expected: dict[str, dt.date]) -> None:
    doc = document_from_text(text, id="d")
    expressions = tag(doc.text, reference=doc.published)
    candidates = extract_mentions(doc, expressions) + [i.candidate for i in news.find_news(doc, expressions)]
    assert {c.mention.text: c.first for c in references.in_article_references(doc, candidates)} == expected


def _extracted(sentence: str, published: str = "October 26, 1989") -> set[tuple[str, str, str]]:
    """(first, last, title) of the candidates extraction alone finds in `sentence` (no news, no merging)."""
    doc = document_from_text(f"Business news\n\n{published}\n\n{sentence}\n", id="x")
    return {(str(c.first), str(c.last), c.title) for c in extract_mentions(doc) if c.first is not None}


@pytest.mark.parametrize("sentence, expected", [
    # a year-ago adjective after a comparison's marker dates the compared figure, never the main clause
    ("The company reported a third-quarter net loss of $5.1 million, or 10 cents a share, compared with a "
     "year-earlier net loss of $6.2 million, or 12 cents a share.",
     {("1988-07-01", "1988-09-30", "Previous net loss of $6.2 million")}),
    ("Acme posted net income of $5 million, versus year-ago profit of $3 million.",
     {("1988-01-01", "1988-12-31", "Previous profit of $3 million")}),
    # with no figure after it, a bare yardstick: nothing happened a year ago
    ("Profit rose 5% from year-ago levels.", set()),
])
def test_a_year_ago_adjective_dates_the_compared_figure(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _extracted(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a quarter told again as "the second quarter ended Oct. 31": the three months up to the day date the sentence
    # (the company's own quarter, counted back from its last day), the calendar's quarter adds nothing
    ("In the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. had a loss of about "
     "$12.5 million.", {("1988-08-01", "1988-10-31")}),
    ("In the year-ago quarter, Service Corp. had a loss of about $12.5 million.", {("1988-07-01", "1988-09-30")}),
    # the same for any appositive naming the period again, with its own determiner or possessor
    ("In the latest quarter, the company's third quarter ended Sept. 30, Acme lost $2 million.",
     {("1989-07-01", "1989-09-30")}),
    ("In the latest quarter, Acme Corp.'s third quarter ended Sept. 30, it lost $2 million.",
     {("1989-07-01", "1989-09-30")}),
])
def test_a_quarter_named_again_by_its_last_day_is_the_quarter_up_to_that_day(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(first, last) for first, last, _ in _extracted(sentence)} == expected


@pytest.mark.parametrize("text, reference, expected", [
    # a weekday sharing a later weekday's plural part of day is a set, as that one is (TimeBank: XXXX-WXX-1TNI)
    ("Two flights will leave on Monday and Tuesday nights.", dt.date(1998, 2, 13),
     {"Monday": "XXXX-WXX-1TNI", "Tuesday nights": "XXXX-WXX-2TNI"}),
    ("He spoke on Monday and Tuesday night.", dt.date(1998, 2, 13),
     {"Monday": "1998-02-09", "Tuesday night": "1998-02-10TNI"}),
    # a schedule's first day, told in the present, is still to come; narrated in the past it has gone by
    ("The third flight departs each Thursday from August 6.", dt.date(1998, 2, 13),
     {"each Thursday": "XXXX-WXX-4", "August 6": "1998-08-06"}),
    ("The third flight departed each Thursday from August 6.", dt.date(1998, 2, 13),
     {"each Thursday": "XXXX-WXX-4", "August 6": "1997-08-06"}),
])
def test_a_schedule_is_a_set_from_its_first_day(text: str, reference: dt.date, expected: dict[str, str]) -> None:
    assert {e.text: e.value for e in tag(text, reference=reference)} == expected


@pytest.mark.parametrize("sentence, expected", [
    # a year modifying the noun phrase before the main verb: the sentence is about that thing, not the day's news
    ("A 1996 law named for him and Sen. Jesse Helms strengthened the trade embargo against Cuba.",
     {("1996-01-01", "1996-12-31")}),
    # with no date there the past happening is the article's news
    ("A law named for him and Sen. Jesse Helms strengthened the trade embargo against Cuba.",
     {("1999-01-22", "1999-01-22")}),
])
def test_a_dated_noun_before_the_verb_is_no_news(tmp_path: Path, sentence: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert _dates(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the horizon of a present-tense forecast, a limit after publication, is no happening of its own
    ("In fact, he thinks several steelmakers will report actual losses through the third quarter of 1990.", set()),
    ("Analysts expect the trend to continue through at least the first two quarters of 1990.", set()),
    # a forecast's date that the happening falls in stays ("expect that to continue into 1990": TimeBank
    # anchors it there), and so does a limit with no forecast
    ("We expect that to continue into 1990.", {("1990-01-01", "1990-12-31", "We expect that to continue into 1990")}),
    ("The ban runs through 1990.", {("1990-01-01", "1990-12-31", "The ban runs")}),
])
def test_a_forecasts_horizon_is_no_happening(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _extracted(sentence) == expected


@pytest.mark.parametrize("text, value", [
    # a present schedule further back in one long clause still puts its weekday ahead
    ("Albright, after a 16-hour flight, is scheduled to spend only five hours on the ground in Dar es Salaam, "
     "Tanzania, her first stop Tuesday morning.", "1998-08-18TMO"),
    # not across a past verb
    ("Albright, after a 16-hour flight, is scheduled to leave for Africa, where the bombs exploded in two "
     "embassies and killed many, on Tuesday morning.", "1998-08-11TMO"),
])
def test_a_schedule_far_back_in_its_clause_puts_the_day_ahead(text: str, value: str) -> None:
    assert [e.value for e in tag(text, reference=dt.date(1998, 8, 17)) if e.text.startswith("Tuesday")] == [value]


@pytest.mark.parametrize("text, value", [
    # "a year earlier" in the sentence of a period's end by its day: that day a year back, however the day is
    # written (the tagger keeps the day it read after "ended"/"ending")
    ("For the six months ended Aug. 12, Provigo posted a loss, compared with C$18.1 million a year earlier.",
     "2022-08-12"),
    ("For the six months ended 30 September, Tesco earned 1.2 billion pounds, against 1.1 billion pounds a year "
     "earlier.", "2022-09-30"),
    ("In the year ended 2023-03-31, revenue rose to 40 million euros from 35 million euros a year earlier.",
     "2022-03-31"),
    ("In the quarter ending June 30, 2023, the club sold 40,000 tickets, up from 31,000 a year earlier.",
     "2022-06-30"),
    # in the next sentence, the year before the report's
    ("Sales for the year ending Sept. 30 rose. A year earlier, the firm lost money.", "2022"),
])
def test_a_year_earlier_after_a_periods_end_day(text: str, value: str) -> None:
    values = {e.text.lower(): e.value for e in tag(text, reference=dt.date(2023, 11, 10))}
    assert values["a year earlier"] == value
