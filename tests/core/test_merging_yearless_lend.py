"""A page that prints no year but writes out its own day with a weekday ("this morning, Friday, May 24") joins the
story another outlet dates on that day, which falls on that weekday, when its opening says the same happening of
one of the story's names (the day is as strong a tie as a second name), and is lent that day: its other relative
dates then resolve (`merging._attach_undated`, `_day_agrees`; `pipeline._with_lent_day`, where a later year-less
day told as still to come, "will resign on June 7", no longer stops the lend). A page whose weekday falls on the
story's month and day in another year, or that tells another happening of the same person on that day, joins
nothing and is lent nothing. Two outlets' "Norling raised its 2011 forecast" merge: a company's name opening its
sentence is a name. The articles are invented (fixtures/yearless_lend/<case>/, fixtures/company_opening/)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.story_day import yearless_weekday_days
from timeline_app.core.temporal import told_ahead

FIXTURES = Path(__file__).parent / "fixtures"


def _events(case: str) -> tuple[Event, ...]:
    return build_timeline([FIXTURES / case], cache=False).events


def _shown(events: tuple[Event, ...]) -> list:
    return [(e.title, e.first, [(m.document, m.text) for m in e.mentions]) for e in events]


def test_a_page_with_no_year_is_lent_the_day_its_weekday_day_agrees_with() -> None:
    events = _events("yearless_lend/resignation")
    announced = [e for e in events if any(m.document == "broadcaster" and not m.dated for m in e.mentions)
                 and e.first == dt.date(2019, 5, 24)]
    assert len(announced) == 1 and any(m.document == "regional_paper" for m in announced[0].mentions), \
        _shown(events)
    # Read on the lent day: its "this morning, Friday, May 24" and its "June 7" have their year.
    lent = [e for e in events if "a day lent by another article" in e.explanation]
    assert any(e.first == dt.date(2019, 5, 24) and "this morning" in e.explanation for e in lent), _shown(events)
    assert any(e.first == dt.date(2019, 6, 7) and any(m.document == "regional_paper" for m in e.mentions)
               for e in events), _shown(events)


def test_the_joining_lead_keeps_its_own_yearless_day() -> None:
    """The page's lead joins the story ("has announced that she will resign ... on June 7"): its "June 7" takes
    only the year from the lent day, so it dates the resignation with the broadcaster's "June 7"."""
    events = _events("yearless_lend/lead_only")
    june = [e for e in events if any(m.document == "broadcaster" and m.text == "June 7" for m in e.mentions)]
    assert len(june) == 1 and june[0].first == dt.date(2019, 6, 7), _shown(events)
    assert any(m.document == "regional_paper" and m.text == "June 7" for m in june[0].mentions), _shown(events)


@pytest.mark.parametrize("case", [
    "yearless_lend/wrong_weekday",  # "Thursday, May 24": another year's May 24
    "yearless_lend/other_happening",  # the same premier, the same day: she opens a bridge, no resignation
])
def test_a_page_whose_day_or_happening_differs_is_lent_nothing(case: str) -> None:
    events = _events(case)
    assert not any(m.document == "regional_paper" for e in events for m in e.mentions), _shown(events)


def test_a_company_name_opening_its_sentence_merges_two_outlets() -> None:
    events = _events("company_opening/forecast")
    raised = [e for e in events if {m.document for m in e.mentions if m.text == "2011"} == {"wire", "business_site"}]
    assert len(raised) == 1, _shown(events)


@pytest.mark.parametrize("text, days", [
    ("delivered the news this morning, Friday, May 24.", {(5, 24, 4)}),
    ("will resign on Friday 7 June, and left on Saturday (July 16)", {(6, 7, 4), (7, 16, 5)}),
    ("met on Friday, May 24, 2019", set()),  # a year: the page's own, nothing to lend
    ("on May 24", set()),  # no weekday
    ("on Friday, Feb. 30", set()),  # no such day
])
def test_yearless_weekday_days(text: str, days: set[tuple[int, int, int]]) -> None:
    assert yearless_weekday_days(text) == days


@pytest.mark.parametrize("sentence, phrase, ahead", [
    ("Karin May has announced that she will resign as premier on June 7.", "June 7", True),
    ("The company said in a statement on 9 March that it would pay the families.", "9 March", False),
    ("The ferry had been inspected on 5 March.", "5 March", False),
])
def test_told_ahead(sentence: str, phrase: str, ahead: bool) -> None:
    assert told_ahead(sentence, sentence.index(phrase)) == ahead
