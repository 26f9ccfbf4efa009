"""A date that belongs to something else than the sentence's happening: the source of an attribution ("according
to a study published on Thursday"), a noun's period ("its plan for next year"). Invented sentences after a dated
lead (the news of Friday 14 March 2025, published the next day)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

D = dt.date
_LEAD = "Storm batters the coast\n\nPublished: March 15, 2025\n\nA storm hit the coast of Merra on Friday, officials said.\n\n"


def _events(tmp_path: Path, sentence: str) -> list[tuple[dt.date, dt.date, str]]:
    (tmp_path / "storm.txt").write_text(_LEAD + sentence + "\n", encoding="utf-8")
    return [(e.first, e.last, e.title) for e in build_timeline([tmp_path], cache=False).events]


# sentence, words of the source's title, its day
ATTRIBUTED = [
    ("Sea levels along the coast have risen by 20 centimetres since 1950, according to a study published on "
     "Thursday.", "a study published", D(2025, 3, 13)),
    ("Unemployment in the region fell to 6%, according to figures released Thursday by the statistics office.",
     "figures released by the statistics office", D(2025, 3, 13)),
    ("The harbour stayed shut, according to a statement by the port authority on Thursday.",
     "a statement by the port authority", D(2025, 3, 13)),
    ("According to a Thursday report in the Merra Post, the mayor had known of the risk for years.",
     "report in the merra post", D(2025, 3, 13)),
    ("Prices rose 2% last month, according to data the agency released on Thursday.",
     "data the agency released", D(2025, 3, 13)),
]


@pytest.mark.parametrize("sentence, words, day", ATTRIBUTED, ids=[row[1] for row in ATTRIBUTED])
def test_an_attributions_date_is_its_sources_coming_out(tmp_path: Path, sentence: str, words: str,
                                                        day: dt.date) -> None:
    events = _events(tmp_path, sentence)
    assert [t for f, last, t in events if f == last == day and words in t.lower()], events
    # The finding is not the news day's: it was found on or before its source's day (news puts it on that day,
    # `news._after_source_day`), so no event but the storm's lies on Friday's news day.
    assert not [t for f, _last, t in events if f == D(2025, 3, 14) and "storm" not in t.lower()], events


# A deadline inside a "to"-infinitive said of a past verb's object: the date is when what was asked is due, not
# when the asking was. (sentence, words of the deadline's title, its first day, words of a title that date
# must not have)
DEADLINES = [
    ("The council had asked the firm to reply by the end of next week.", "deadline for the firm to reply",
     D(2025, 3, 17), "council"),
    ("The Merra Port Authority said it had asked the other two operators of the terminal to check their cranes by "
     "the end of next week.", "deadline for the other two operators to check their cranes", D(2025, 3, 17),
     "authority"),
    ("The court ordered the company to pay the fine by April 30.", "deadline for the company to pay the fine",
     D(2025, 4, 30), "court"),
    ("The minister told the agency to finish the review before the end of May.",
     "deadline for the agency to finish the review", D(2025, 5, 1), "minister"),
    # an object pronoun in its object form (review 20, finding 16: "Deadline: them to leave" was no English)
    ("The police ordered them to leave the square by April 30.", "deadline for them to leave the square",
     D(2025, 4, 30), "police"),
    # the object pronoun takes what the sentence before's subject of its sort names
    ("Protesters camped in the square for a week. The police ordered them to leave the square by April 30.",
     "deadline for protesters to leave the square", D(2025, 4, 30), "police"),
    ("Acme Corp. failed to file its accounts on time. The regulator ordered it to file them by April 30.",
     "deadline for acme corp. to file them", D(2025, 4, 30), "regulator"),
    # a time to act in given to the object ("given the firm until Friday to reply": review 20c, finding 7, was
    # "The regulator has given the firm to reply", no English)
    ("The regulator has given the firm until April 30 to reply to its findings.",
     "deadline for the firm to reply to its findings", D(2025, 4, 30), "regulator"),
    ("The court granted the bank until April 30 to pay the fine, its lawyers said.",
     "deadline for the bank to pay the fine", D(2025, 4, 30), "court"),
]


@pytest.mark.parametrize("sentence, words, first, wrong", DEADLINES, ids=[row[1] for row in DEADLINES])
def test_a_deadline_of_what_was_asked_dates_no_asking(tmp_path: Path, sentence: str, words: str, first: dt.date,
                                                      wrong: str) -> None:
    events = _events(tmp_path, sentence)
    assert [t for f, _last, t in events if f == first and words in t.lower()], events
    assert not [t for f, _last, t in events if f == first and wrong in t.lower()], events


def test_a_subjects_own_deadline_stays_its_plan(tmp_path: Path) -> None:
    events = _events(tmp_path, "The firm agreed to pay the fine by April 30.")
    assert [t for f, _last, t in events if f == D(2025, 4, 30) and "the firm agrees to pay" in t.lower()], events


# A noun's "for" a year after the verb says what the thing is for; the verb's other date dates it. (sentence,
# words of the title, its first day, the year that must date no event so titled)
NOUNS_FOR_A_YEAR = [
    ("The ministry will present its plan for next year on April 2.", "will present its plan", D(2025, 4, 2),
     D(2026, 1, 1)),
    ("The mayor will publish her budget for next year next week.", "will publish her budget", D(2025, 3, 17),
     D(2026, 1, 1)),
    ("The port set new targets for this year on Thursday.", "new targets", D(2025, 3, 13), D(2025, 1, 1)),
]


@pytest.mark.parametrize("sentence, words, first, wrong", NOUNS_FOR_A_YEAR, ids=[row[1] for row in NOUNS_FOR_A_YEAR])
def test_a_nouns_year_dates_no_happening(tmp_path: Path, sentence: str, words: str, first: dt.date,
                                         wrong: dt.date) -> None:
    events = _events(tmp_path, sentence)
    assert [t for f, _last, t in events if f == first and words in t.lower()], events
    assert not [t for f, _last, t in events if f == wrong and words in t.lower()], events


# A happening's noun ("the elections for next year") and a subject's figures ("Net income for the year") keep it.
KEPT_YEARS = [
    ("The elections for next year were moved to May.", "elections", D(2026, 1, 1)),
    ("The games were scheduled for 2027 last week.", "games were scheduled", D(2027, 1, 1)),
]


@pytest.mark.parametrize("sentence, words, first", KEPT_YEARS, ids=[row[1] for row in KEPT_YEARS])
def test_a_happenings_year_stays(tmp_path: Path, sentence: str, words: str, first: dt.date) -> None:
    events = _events(tmp_path, sentence)
    assert [t for f, _last, t in events if f == first and words in t.lower()], events


# A date inside a "whose" relative clause dates that clause's happening, titled by its antecedent's noun, never the
# main clause's saying. (sentence, the relative clause's title words, the date's first day, main clause's words)
WHOSE_CLAUSES = [
    ("Ms Ray, whose term began in 2019, said she would not stand again.", "ms ray's term begins", D(2019, 1, 1),
     "would not stand"),
    ("The minister, whose contract runs until 2027, said he would stay.", "the minister's contract runs",
     D(2027, 1, 1), "would stay"),
    ("The two brothers, whose company went bankrupt in 2009, were arrested on Thursday.",
     "the two brothers' company goes bankrupt", D(2009, 1, 1), "arrested"),
    ("Dr Hale, whose lease ends in August, will move the clinic.", "dr hale's lease ends", None, "move the clinic"),
]


@pytest.mark.parametrize("sentence, words, first, main", WHOSE_CLAUSES, ids=[row[1] for row in WHOSE_CLAUSES])
def test_a_whose_clauses_date_is_its_own(tmp_path: Path, sentence: str, words: str, first: dt.date | None,
                                         main: str) -> None:
    events = _events(tmp_path, sentence)
    dated = [f for f, _last, t in events if t.lower().startswith(words)]
    assert dated and (first is None or first in dated), events
    assert not [t for f, _last, t in events if f in dated and main in t.lower()], events


# "more/less than" a noun phrase is a comparison, whose date is the compared thing's (an estimate, a forecast),
# never the main clause's; "more than" a figure is a quantity's bound, which the date still dates.
# (sentence, words of the main clause's title, the compared date's first day)
COMPARED = [
    ("The repairs will cost 3 million euros, the mayor said, 1 million more than its last estimate in 2023.",
     "repairs will cost", D(2023, 1, 1)),
    ("The new hall will cost 9 million euros, 2 million less than the first plan in 2021.", "hall will cost",
     D(2021, 1, 1)),
]


@pytest.mark.parametrize("sentence, words, wrong", COMPARED, ids=[row[1] for row in COMPARED])
def test_a_compared_things_date_dates_no_main_clause(tmp_path: Path, sentence: str, words: str,
                                                     wrong: dt.date) -> None:
    events = _events(tmp_path, sentence)
    assert not [t for f, _last, t in events if f == wrong and words in t.lower()], events


def test_more_than_a_figure_keeps_its_date(tmp_path: Path) -> None:
    events = _events(tmp_path, "The port handled more than 2 million containers in 2023.")
    assert [t for f, _last, t in events if f == D(2023, 1, 1) and "port handled" in t.lower()], events
