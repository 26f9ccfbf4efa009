"""A page's publication date found wherever it is printed (docs/realnews11_judgement.md's missed leads: a day-first
"06/05/10" date line nobody read), and a page printing none dated by the days its story writes out with their
weekday. Principles: (1) the page's date is a date printed as a line of its own (or run into the story's first
line) near the top or at the foot, in any form (a clock time, a weekday, a short numeric date read by the page's
own convention), never a date inside the story's sentences; (2) a page that prints none is dated by the latest
day its story writes with its weekday and tells as done, the year written or fixed by the latest year the story
tells as done; never from a caption, a quotation, or a day still ahead. Invented pages, in the shapes seen on real
pages (a live blog's short date line, a weather site's dated lead, a wire reprint's closing credit, a police
release's dated foot, a local paper's weekday-dated lead)."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.numeric_dates import clock_shows_order, day_first

_BLOG_ENTRIES = ("\n\n06:40: The count in the northern seats is running late, the returning officers say.\n\n"
                 "05:12: The first results are in and the turnout is higher than last time.\n")


@pytest.mark.parametrize("text, expected", [
    ("06:40: The count is late. 05:12: The first results are in.", True),
    ("The polls closed at 22:00 and the first result came at 23:45.", True),
    ("The polls closed at 10:00 p.m. and the first result came at 11:45 pm.", None),
    ("She ran the course in 1:07:35, a minute ahead of 1:08:40.", None),  # (durations, not times of day)
    ("Only one time, 06:40, is written here.", None),
    ("A 12-hour page writes 8:30 and 9:15.", None),
])
def test_a_page_on_the_24_hour_clock_shows_the_day_first_order(text: str, expected: bool | None) -> None:
    assert clock_shows_order(text) is expected


def test_the_clock_decides_only_when_the_page_shows_no_other_order() -> None:
    assert day_first("Updated 03/25/2019. 06:40: count. 05:12: results.") is False  # (a number above 12 wins)
    assert day_first("06:40: count. 05:12: results.") is True


@pytest.mark.parametrize("text, expected", [
    # a short numeric date line on a page that keeps 24-hour times: day first
    ("Harbour Ward Notes\n\nDate: 04/03/11 and still counting...\n\nCouncil Election Night" + _BLOG_ENTRIES,
     dt.date(2011, 3, 4)),
    # a number above 12 fixes the order whatever the page shows
    ("Harbour Ward Notes\n\nDate: 24/03/11\n\nCouncil Election Night\n\nThe count in the northern seats is running "
     "late, the returning officers say.\n", dt.date(2011, 3, 24)),
    # a page showing no order leaves an ambiguous short date unread: never guessed
    ("Harbour Ward Notes\n\nDate: 04/03/11\n\nCouncil Election Night\n\nThe count in the northern seats is running "
     "late, the returning officers say.\n", None),
])
def test_a_short_numeric_date_line_is_read_by_the_pages_own_order(text: str, expected: dt.date | None) -> None:
    assert document_from_text(text, id="d").published == expected


def test_a_dated_lead_with_its_clock_time_is_the_pages_stamp_under_a_standfirst() -> None:
    text = ("Weather News\n\nHeavy rain moves east, leaving flooded roads behind it across the valley.\n\n"
            "Rivers crest across the valley\n\nMarta Velez\nStaff Writer\n\n"
            "Friday, April 12, 2019, 6:15 - Floodwaters are starting to fall in the valley, where two towns were "
            "cut off on Wednesday.\n\nCrews cleared the main road on Thursday night, officials said.\n")
    assert document_from_text(text, id="d").published == dt.date(2019, 4, 12)


_STORY = ("Storm toll rises to nine\n\nThe death toll from the storm that struck the coast has risen to nine, "
          "officials said.\n\nFour of the victims died on Friday night, the rest on Saturday, according to the "
          "coast guard.\n\nThe storm is expected to weaken as it moves inland.\n"
          # (a story longer than the page's top lines, so that its foot is no part of them)
          + "".join(f"\nCrews in the {place} district cleared fallen trees and restored power to homes.\n"
                    for place in ("north", "south", "east", "west", "harbour", "river", "hill", "market", "old town",
                                  "airport", "college", "mill", "bridge", "station")))


@pytest.mark.parametrize("foot, expected", [
    ("\n(The above story first appeared on Harbour Daily on Oct 6, 2019 09:20 AM IST. For more news, log on to "
     "our website.)\n", dt.date(2019, 10, 6)),
    ("\nThis article was originally published on 6 October 2019 by the Coast Courier.\n", dt.date(2019, 10, 6)),
    ("\nStorm toll rises to nine\n- 6 October 2019\n-\nCoast Region\n", dt.date(2019, 10, 6)),
    # several dated lines at the foot are a list (other stories, comments): none is the page's
    ("\nMore stories\nBridge reopens after repairs\n5 October 2019\nSchool wins science prize\n4 October 2019\n",
     None),
    # a sentence about the page's future is no date of it
    ("\nThe above story will appear in print on 8 October 2019.\n", None),
])
def test_a_date_printed_at_the_pages_foot_dates_it(foot: str, expected: dt.date | None) -> None:
    assert document_from_text(_STORY + foot, id="d").published == expected


def test_a_date_printed_at_the_top_beats_the_foots() -> None:
    text = "Published: 5 October 2019\n\n" + _STORY + "\n- 6 October 2019\n"
    assert document_from_text(text, id="d").published == dt.date(2019, 10, 5)


@pytest.mark.parametrize("text, expected", [
    # the weekday's day with its year, told as done
    ("Detectives investigating a break-in at a shop during the early hours of Saturday, March 9 2019, have charged a "
     "man with burglary.\n\nHe is due to appear before the magistrates this morning.\n", dt.date(2019, 3, 9)),
    # a year-less day takes the year, among the latest the story tells as done and the next, that fits its weekday;
    # the latest such day dates the page
    ("Detectives investigating a break-in at a shop during the early hours of Saturday, March 9 2019, have charged a "
     "man with burglary.\n\nThe man was arrested in the north of the city on Thursday, February 13.\n",
     dt.date(2020, 2, 13)),
    ("The ferry operator said the vessel ran aground on Monday, June 3.\n\nThe same vessel was refitted in 2018 and "
     "passed its inspection in 2019.\n", dt.date(2019, 6, 3)),
])
def test_a_page_printing_no_date_is_dated_by_the_weekday_days_its_story_tells_as_done(
        text: str, expected: dt.date) -> None:
    assert document_from_text(text, id="d").published == expected


@pytest.mark.parametrize("text", [
    # no year told anywhere: the weekday alone fixes none
    "The actor died at his home on Sunday, July 24, his family said.\n\nHe starred in many films over six decades.\n",
    # the years the story tells are old ones, and the day fits neither the latest nor the next: left undated (it
    # falls on that weekday in another year only: guessing it would date the page years off)
    "The actor died at his home on Sunday, July 24, his family said.\n\nHe won an award for a 2013 series and "
    "starred in a 1966 film.\n",
    # a day still ahead
    "The company said it will open the new plant on Monday, June 3, 2019.\n\nThe plant cost $40 million.\n",
    # a quotation's day
    "\"We signed the lease on Monday, June 3, 2019,\" the owner told reporters.\n\nThe shop sells books.\n",
    # a weekday that does not fit its written date: a misprint
    "The bridge reopened on Tuesday, June 3, 2019, the council said.\n\nRepairs took four months.\n",
])
def test_no_page_day_from_a_day_that_cannot_be_fixed_or_is_not_told_as_done(text: str) -> None:
    assert document_from_text(text, id="d").published is None


_LEAD = ("\n\nThe harbour board voted on Wednesday to sell the old ferry terminal to the city, ending a decade of "
         "talks.\n\nThe sale still needs the minister's approval.\n")


@pytest.mark.parametrize("header, expected", [
    # the page's meta line under its headline and standfirst: fields, labels, a day-first hyphenated date, times
    ("Harbour board sells ferry terminal\n\nThe board ends a decade of talks over the old terminal's future.\n\n"
     "Wire | Port Lumen | Updated: 14-03-2019 16:13 IST | Created: 14-03-2019 14:56 IST", dt.date(2019, 3, 14)),
    # an agency's name and the date run into a widget's label
    ("Harbour board sells ferry terminal\nCoast Wire, March 14, 2019 Adjust font size:", dt.date(2019, 3, 14)),
    # a blog's post line with no author's name, its categories and counter
    ("Menu\n\nPosted by on Mar 14, 2019 in Breaking News, Local, Business, Places | 0 comments\n\n"
     "Harbour board sells ferry terminal", dt.date(2019, 3, 14)),
    # a "created" day beats an "updated" one on the same line
    ("Harbour board sells ferry terminal\n\nWire | Updated: 15-03-2019 09:00 | Created: 14-03-2019 14:56",
     dt.date(2019, 3, 14)),
])
def test_a_pages_meta_line_gives_its_date(header: str, expected: dt.date) -> None:
    assert document_from_text(header + _LEAD, id="d").published == expected


@pytest.mark.parametrize("header", [
    # a headline's day, led in by a preposition, or named with no mark of the page's furniture
    "Ferry sale set for March 14, 2019",
    "Ferry Terminal Fire March 14, 2019",
    # a headline's verb before its date and time
    "Harbour board sells terminal 14 March 2019 14:00",
])
def test_a_headline_with_a_date_is_no_meta_line(header: str) -> None:
    assert document_from_text(header + _LEAD, id="d").published is None


def test_a_list_of_other_stories_with_their_dates_is_no_meta_line() -> None:
    story = ("Harbour board sells ferry terminal\n\nThe harbour board voted on Wednesday to sell the old ferry "
             "terminal to the city.\n\nThe sale still needs the minister's approval.\n\nThe terminal closed in "
             "2015.\n\nLatest News\n")
    items = "".join(f"Council plans {x} in the old town Sat, May 18, 2024, 11:{m:02d} AM\n"
                    for x, m in (("a market", 45), ("new lights", 35), ("a bus lane", 34)))
    assert document_from_text(story + items, id="d").published is None
