"""Dates that belong to something else than the clause they stand in (the realnews15 judgement's classes):

* a four-digit clock time by its zone, its day word or "hours" ("(2000 yesterday UTC)", "at 0600 hours") and a
  body's name ("the 1922 Committee") are no years, and a day word inside a clock time's bracketed equivalent in
  another zone is no day of its own (`temporal`);
* the date a court holds someone over to ("was remanded in custody until Tuesday 2 April", "to appear at the Crown
  Court on Friday, June 16") is the next hearing's, not the remand's (`extraction._next_hearing_title`);
* a figure "for the quarter ended June 30" is the quarter's, April 1 to June 30, not its last day's
  (`extraction._period_ending_at`).

Invented sentences and fixture articles (tests/core/fixtures/dates2)."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.temporal import tag

D = dt.date
REFERENCE = D(2016, 2, 6)
FIXTURES = Path(__file__).parent / "fixtures" / "dates2"


def _tagged(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(sentence, REFERENCE)]


@pytest.mark.parametrize("sentence, expected", [
    # a clock time by its zone, with a day word between
    ("A quake hit at 4:00am today local time (2000 yesterday UTC) near the coast.",
     [("4:00am today", "2016-02-06T04:00")]),
    ("The polls closed at 9 pm (1900 GMT yesterday) in the capital.", [("9 pm", "2016-02-06T21:00")]),
    ("The blast came at 1830 Friday GMT, police said.", [("Friday", "2016-02-05")]),
    ("The talks resumed at 1830 GMT.", [("1830 GMT", "2016-02-06T18:30")]),
    # the military's clock: a time after a preposition of time, no count of hours
    ("Troops moved in at 0600 hours.", [("0600 hours", "2016-02-06T06:00")]),
    ("The curfew runs from 2200 hours to 0500 hours.",
     [("2200 hours", "2016-02-06T22:00"), ("0500 hours", "2016-02-06T05:00")]),
    ("The order took effect 0600 hours.", []),
    # a count of hours stays one
    ("They worked 600 hours on the bridge.", [("600 hours", "PT600H")]),
    ("It took 1800 hours of work.", []),
    # a body's name
    ("She met the chairman of the 1922 Committee of backbench MPs.", []),
    ("Members of the 1900 Club dined in March 2015.", [("March 2015", "2015-03")]),
    # a year still: a treaty's or a law's noun, a lower-case noun, a name whose head comes later
    ("It overruled a 1971 Convention on hijacking.", [("1971", "1971")]),
    ("The 2010 committee met twice.", [("2010", "2010")]),
    ("Delegates to the 2012 Party Congress voted.", [("2012", "2012")]),
    ("He graduated with the Class of 2010.", [("2010", "2010")]),
    # a day word in brackets with no clock time is the day
    ("The bomb went off yesterday (UTC).", [("yesterday", "2016-02-05")]),
])
def test_clock_times_and_names_are_no_years(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _tagged(sentence) == expected


# An invented article: its lead is the day's news, the sentence under test follows.
ARTICLE = "Court news\nMarch 14, 2024\n\nThe court sat as usual on Thursday.\n\n{}\n"


def _dated_by(sentence: str, phrase: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """The titles and spans of the candidates that the date `phrase` of `sentence` dates."""
    doc = document_from_text(ARTICLE.format(sentence), id="d")
    return [(c.title, c.first, c.last) for c in extract_mentions(doc, tag(doc.text, reference=doc.published))
            if c.mention.text == phrase]


@pytest.mark.parametrize("sentence, phrase, expected", [
    # the date a court holds someone over to: the next hearing
    ("Jonah Pike was remanded in custody until Tuesday 2 April.", "Tuesday 2 April",
     [("Jonah Pike due back in court", D(2024, 4, 2), D(2024, 4, 2))]),
    ("The case was adjourned until April 9.", "until April 9",
     [("The case due back in court", D(2024, 4, 9), D(2024, 4, 9))]),
    ("Tessa Grant was remanded in custody to appear at Millbrook Crown Court on Friday, April 12.",
     "Friday, April 12",
     [("Tessa Grant to appear at Millbrook Crown Court", D(2024, 4, 12), D(2024, 4, 12))]),
    ("Two men were bailed to return to court on April 20.", "April 20",
     [("Two men to return to court", D(2024, 4, 20), D(2024, 4, 20))]),
    # an act that is due at its date keeps it
    ("Jonah Pike will appear in court on April 2.", "April 2",
     [("Jonah Pike will appear in court", D(2024, 4, 2), D(2024, 4, 2))]),
    # a period's figure: the whole period that ends at the day
    ("Net income for the quarter ended Dec. 31 was $5 million.", "Dec. 31",
     [("Net income for the quarter was $5 million", D(2023, 10, 1), D(2023, 12, 31))]),
    ("Profit for the six months to 30 September rose to $8 million.", "30 September",
     [(None, D(2023, 4, 1), D(2023, 9, 30))]),
    ("Sales in the year ended January 31 rose 4%.", "January 31", [(None, D(2023, 2, 1), D(2024, 1, 31))]),
    ("Revenue for the 13 weeks ended Feb. 24 was $90 million.", "Feb. 24", [(None, D(2023, 11, 26), D(2024, 2, 24))]),
    # a date a period is moved to is no period's end
    ("The board extended the offer by six months to September 30.", "September 30",
     [(None, D(2024, 9, 30), D(2024, 9, 30))]),
])
def test_a_date_is_the_next_hearing_or_the_whole_period(sentence: str, phrase: str, expected: list) -> None:
    # (None: the row is about the span only, its title made as any other's)
    got = _dated_by(sentence, phrase)
    assert len(got) == len(expected), got
    for (title, first, last), (want, want_first, want_last) in zip(got, expected):
        assert (first, last) == (want_first, want_last)
        if want is not None:
            assert title == want


def _events(tmp_path: Path, name: str) -> list[tuple[str, dt.date, dt.date]]:
    shutil.copy(FIXTURES / name, tmp_path / name)
    return [(e.title, e.first, e.last) for e in build_timeline([tmp_path], cache=False).events]


def test_a_remand_until_a_day_leaves_the_remand_to_its_hearing(tmp_path: Path) -> None:
    events = _events(tmp_path, "remand_until.txt")
    assert ("A 34-year-old Jonah Pike due back in court", D(2024, 4, 2), D(2024, 4, 2)) in events
    assert not any("remanded" in title for title, first, _ in events if first == D(2024, 4, 2))
    assert any(first == D(2024, 3, 13) and "appears" in title for title, first, _ in events)


def test_a_remand_to_appear_on_a_day_is_the_appearance(tmp_path: Path) -> None:
    events = _events(tmp_path, "remand_to_appear.txt")
    assert ("Tessa Grant to appear at Millbrook Crown Court", D(2023, 6, 16), D(2023, 6, 16)) in events
    assert not any("remanded" in title for title, first, _ in events if first == D(2023, 6, 16))


def test_a_quarters_figure_is_dated_over_the_quarter(tmp_path: Path) -> None:
    events = _events(tmp_path, "quarter_ended.txt")
    spans = {title: (first, last) for title, first, last in events}
    # (the company named, as the lead names it: `extraction`'s possessive "The company's" of the one company)
    title = "Harbourline Foods Inc's net income for the quarter was $52 million"
    assert spans[title] == (D(2023, 4, 1), D(2023, 6, 30))
    assert (D(2022, 4, 1), D(2022, 6, 30)) in spans.values()  # "a year earlier": that quarter a year before
    assert not any(first == last == D(2023, 6, 30) for first, last in spans.values())
