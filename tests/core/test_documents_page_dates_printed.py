"""Publication dates and titles as pages really print them (docs/realnews15_judgement.md and
docs/realnews16_judgement.md): a store's bare "date" field giving a month only ("date 2017-03") is no day of the
page's, but it gives a year-less dateline its year; a year-less dateline ("OSLO, Feb 14 (Reuters) -", "PORTLAND,
Maine, March 3 —") dates a page printing no date of its own in the year another date on the page gives (the month
field, the latest year near the top, a copyright line), and is the story's day under an update's stamp; a printed
"PUBLISHED: 13:41 05 April 2019" line wins over a bare "date" field; and the title is the article's headline or
lead, not the field, a wiki's review notice nor two `<time>` stamps side by side. A year-less dateline takes the year
of a full date near the top on its own month and day (a caption's), and a year told as the time of something later
(docs/realnews21_judgement.md, page 03) is no sign of the story's year. Invented pages
(fixtures/page_dates_printed), other words."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.documents import load_document

_PAGES = Path(__file__).parent / "fixtures" / "page_dates_printed"


@pytest.mark.parametrize("page, published", [
    # a month is no day
    ("month_field_headline.txt", None),
    # the month field gives the dateline its year (a December dateline under a January field: the year before)
    ("month_field_dateline.txt", dt.date(2014, 2, 14)),
    ("month_field_dateline_year_before.txt", dt.date(2014, 12, 30)),
    # a paper's own dateline with its dash: the latest year the story names near the top
    ("paper_dateline_body_year.txt", dt.date(2015, 3, 3)),
    # an agency's dateline: the copyright line's year at the foot
    ("agency_dateline_copyright.txt", dt.date(2016, 3, 3)),
    # an update's stamp is no publication date: the dateline on or before it is the story's day; a printed
    # publication date stands (a dateline far before it: an old story printed again)
    ("update_over_dateline.txt", dt.date(2014, 2, 14)),
    ("published_over_dateline.txt", dt.date(2014, 3, 5)),
    # kept: no year anywhere on the page, no date
    ("agency_dateline_no_year.txt", None),
    # the page's printed publication line wins over a store's bare "date" field; the field alone still dates it
    ("published_line_under_field.txt", dt.date(2019, 4, 5)),
    ("field_alone.txt", dt.date(2019, 3, 8)),
    # two <time> stamps side by side (published, modified): the page's date
    ("two_time_stamps.html", dt.date(2016, 12, 22)),
    ("review_notice.txt", dt.date(2011, 5, 2)),
    # a caption's full date on the year-less dateline's month and day gives its year (the next year's timetable
    # named near the top does not)
    ("dateline_caption_full_date.txt", dt.date(2020, 12, 31)),
    # a late-December dateline with only next January's plans around it stays in the year before them, in any
    # tense ("was rescheduled to be held on", "is due on", "is set for"), over an older year of its history
    ("dateline_december_plans_ahead.txt", dt.date(2020, 12, 30)),
    ("dateline_december_due_in_january.txt", dt.date(2020, 12, 29)),
    # a year told as done stays the story's; a bare year ahead bounds nothing
    ("dateline_march_done_year.txt", dt.date(2021, 3, 3)),
])
def test_the_date_the_page_prints(page: str, published: dt.date | None) -> None:
    assert load_document(_PAGES / page).published == published


@pytest.mark.parametrize("page, title", [
    ("month_field_headline.txt", "Harbour Accused Back In Court"),
    ("month_field_dateline.txt", "Fisheries minister to quit over licence affair"),
    ("published_line_under_field.txt", "Man accused of robbing two Leeds shops appears in court"),
    ("review_notice.txt", "The harbour council approved the new pier on Monday after a two-year dispute."),
    ("two_time_stamps.html",
     "The harbour council approved the new pier on Thursday after a two-year dispute with the ferry company."),
])
def test_the_title_is_the_articles(page: str, title: str) -> None:
    assert load_document(_PAGES / page).title == title


def test_a_month_field_is_no_part_of_the_headline_sentence() -> None:
    doc = load_document(_PAGES / "month_field_headline.txt")
    first = doc.sentences[0]
    assert doc.text[first.start:first.end] == "Harbour Accused Back In Court"


@pytest.mark.parametrize("sentence, year, ahead", [
    # the time of something later than the story's day, in any tense
    ("The crossing was rescheduled to be held on Jan. 12, 2021 after the storm.", "2021", True),
    ("The new terminal is scheduled to open in 2023.", "2023", True),
    ("A report on the damage is due on Jan. 8, 2021.", "2021", True),
    ("The hearing is set for Jan. 15, 2021.", "2021", True),
    ("The final vote is slated for March 2, 2021.", "2021", True),
    # told as done: a sign of the story's year
    ("The line reopened on Jan. 20, 2021 after repairs.", "2021", False),
    ("The crossing was postponed on Dec. 30, 2020 after the storm.", "2020", False),
    ("The harbour board has run the line since 2009.", "2009", False),
    ("The captain returned to Tromso on Jan. 2, 2021.", "2021", False),
])
def test_a_year_told_ahead(sentence: str, year: str, ahead: bool) -> None:
    from timeline_app.core.documents import _year_told_ahead
    assert _year_told_ahead(sentence, sentence.index(year)) == ahead
