"""A page's chrome gives no publication date over the article's own (docs/realnews10_judgement.md page 12,
docs/realnews13_judgement.md page 11: a site header's or a menu's date of the day, the day the page was stored, read
as the page's date): a date set among a menu's entries is no date of the page's; a bare date line at the top that is
later than a date the article prints before its story (a date line or a byline under its headline) is the masthead's
date of the day and yields to it; a comment's date stamp and a related story's headline with its date are no date of
the page's. Kept: a lone date line over the headline, a date under a section's name and a short headline or over them
on a briefs page, a city's date line, the article's own date over a comment's. Invented pages
(fixtures/page_dates_chrome), other words."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.documents import load_document

_PAGES = Path(__file__).parent / "fixtures" / "page_dates_chrome"


@pytest.mark.parametrize("page, published", [
    # a menu's date of the day: no date of the page's, alone or over the article's own date line
    ("menu_date_alone.txt", None),
    ("menu_date_over_date_line.txt", dt.date(2019, 6, 3)),
    # a masthead's date of the day over a byline's or a date line's earlier date: the article's
    ("masthead_over_byline.txt", dt.date(2023, 10, 23)),
    ("masthead_over_date_line.txt", dt.date(2024, 2, 20)),
    # a comment's date, a related story's date: no date of the page's
    ("comment_date.txt", None),
    ("related_link_dates.txt", None),
    ("related_title_case.txt", None),
    ("related_line_no_heading.txt", None),
])
def test_chrome_gives_no_page_date_over_the_article_s(page: str, published: dt.date | None) -> None:
    assert load_document(_PAGES / page).published == published


@pytest.mark.parametrize("page, published", [
    # a lone date line over the headline: the page's (nothing tells it from a masthead's)
    ("first_line_date.txt", dt.date(2022, 7, 7)),
    # a section's name and a short headline over a date line: no menu
    ("date_under_short_headline.txt", dt.date(2019, 3, 4)),
    # a briefs page's date under its name, over a section's label and a short headline: no menu
    ("briefs_date_over_sections.txt", dt.date(2019, 6, 6)),
    # a city in capitals and its date on a line of their own
    ("city_line.txt", dt.date(2025, 4, 18)),
    ("city_line_title_case.txt", dt.date(2025, 4, 18)),
    # the article's byline date over a later comment's
    ("byline_date_over_comment.txt", dt.date(2024, 2, 20)),
])
def test_the_article_s_own_date_stays(page: str, published: dt.date) -> None:
    assert load_document(_PAGES / page).published == published


@pytest.mark.parametrize("page, published", [
    # a year-less dateline takes the latest year the story names as done, not one it looks ahead to ("will open in
    # 2020"): a late-December dateline is not put in the next year
    ("dateline_future_year.txt", dt.date(2019, 12, 30)),
    ("dateline_only_future_year.txt", None),
    # a year told as done inside a sentence that goes on with a modal stays the story's sign
    ("dateline_past_year_in_modal_sentence.txt", dt.date(2019, 12, 30)),
])
def test_a_year_less_dateline_takes_no_year_the_story_looks_ahead_to(page: str, published: dt.date | None) -> None:
    assert load_document(_PAGES / page).published == published
