"""An undated page's day from its own story (`core/story_day.py`): the lead's weekday written out as a date
elsewhere in the same story, for a happening told as done. Invented stories in the shapes seen on real pages
(an AP launch story whose caption writes the launch day out, realnews10 page 07; a wire's "on Saturday (July 16)";
photo credits "on Sunday, June 17, 2018"); the pages that must stay undated beside them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text, load_document
from timeline_app.core.extraction import extract_mentions

FIXTURES = Path(__file__).parent / "fixtures" / "story_day"
_HEADLINE = "Harbour news\n\n"


@pytest.mark.parametrize("story, published", [
    # the lead's weekday written out with its year elsewhere (a photo's caption, a later paragraph)
    ("The harbour council voted on Friday to close the old bridge. Traffic will move to the ferry.\n\n"
     "The vote on Friday, July 15, 2022, ended a decade of repairs.", dt.date(2022, 7, 15)),
    ("The ferry Norma sank on Tuesday evening off the north pier. All 40 passengers were rescued.\n\n"
     "Divers reached the wreck late on Tuesday 12 November 2024, the coastguard said.", dt.date(2024, 11, 12)),
    # a year-less written day: its weekday fixes the year among those the story writes
    ("Parliament met on Saturday to take nominations for the new president.\n\n"
     "The speaker had summoned the house on Saturday (July 16) after the president fled. Protests began on "
     "March 3, 2022.", dt.date(2022, 7, 16)),
    # the weekday opening the lead, the day in a photo credit; a present perfect
    ("Sunday at the links lacked the drama of the day before. A closing 63 won it.\n\n"
     "The winner plays his tee shot in the final round on Sunday, June 17, 2018. (Photo credit)",
     dt.date(2018, 6, 17)),
    ("The harbour master has resigned on Monday after the crash. He served for ten years.\n\n"
     "His letter, dated Monday, March 2, 2020, was read to the board.", dt.date(2020, 3, 2)),
    # a day part between the weekday and its date
    ("The rocket lifted off on Wednesday from the cape. It carried a relay satellite.\n\n"
     "The launch came Wednesday evening, Jan. 30, 2013, after a day's delay.", dt.date(2013, 1, 30)),
])
def test_an_undated_page_takes_the_day_its_story_writes_for_its_lead_s_weekday(story, published):
    doc = document_from_text(_HEADLINE + story + "\n", id="d")
    assert doc.published == published


@pytest.mark.parametrize("story", [
    # the lead is still to come: the page is written before that day, on one it does not give
    "The harbour council will vote on Friday to close the old bridge.\n\nThe vote on Friday, July 15, 2022, ends a "
    "decade of repairs.",
    "The harbour council could vote on Friday to close the old bridge.\n\nThe vote on Friday, July 15, 2022, may "
    "end a decade of repairs.",
    # the lead's weekday is not the weekday of a day the story writes out
    "The harbour council voted on Wednesday to close the old bridge.\n\nThe vote on Friday, July 15, 2022, ended "
    "a decade of repairs.",
    # no year anywhere: the written day could be of many years
    "Two people were arrested on Saturday during the march, police said.\n\nOn Saturday, June 14, officers saw "
    "graffiti near the park.",
    # the lead's own year-less weekday date, no year anywhere (realnews17 15's quake "on Tuesday (October 15)" of
    # 2013, realnews18 16's death "Wednesday, July 7"): the latest fitting year before today would be 2024 for the
    # quake, as 2026 for realnews12 17's "Friday, July 10" of 2020 (docs/yearless_s42.md)
    "A strong earthquake struck the northern islands on Tuesday (October 15), killing at least 30 people, officials "
    "said.",
    "The councillor, 68, died in the early hours of Wednesday, July 7, at the town's hospice.\n\nHer funeral was "
    "held at the parish church.",
    # a weekday that does not fit its written date (a misprint): nothing to trust
    "The harbour council voted on Friday to close the old bridge.\n\nThe vote on Friday, July 14, 2022, ended a "
    "decade of repairs.",
    # two written days of the lead's weekday: which one is unknown
    "The harbour council voted on Friday to close the old bridge.\n\nThe vote on Friday, July 15, 2022, came a "
    "week after the debate of Friday, July 8, 2022.",
    # a weekday moved off the nearest one, or bounding a span, is not the lead's day
    "The harbour council voted last Friday to close the old bridge.\n\nThe vote on Friday, July 15, 2022, ended a "
    "decade of repairs.",
    "Floods have cut the coast road since Friday, officials said.\n\nThe rain began on Friday, July 15, 2022, "
    "before dawn.",
    # a retrospective: the weekday after the written one is another day of that old story
    "On Wednesday August 24, 2005 a depression strengthened into a storm and hit the keys as a hurricane on "
    "Thursday. It left $600M in damage.",
])
def test_a_page_whose_story_ties_no_day_to_its_lead_stays_undated(story):
    doc = document_from_text(_HEADLINE + story + "\n", id="d")
    assert doc.published is None


def test_the_lead_s_weekday_counts_only_in_the_lead():
    filler = "".join(f"The board met for the {n} time. " for n in ("first", "second", "third", "fourth", "fifth"))
    doc = document_from_text(_HEADLINE + filler + "\n\nThe council voted on Friday to close the bridge. The vote on "
                             "Friday, July 15, 2022, ended the repairs.\n", id="d")
    assert doc.published is None


def test_a_page_s_printed_date_stands():
    doc = document_from_text("Harbour news\n\nPublished: 16 July 2022\n\nThe harbour council voted on Friday to "
                             "close the old bridge.\n\nThe vote on Friday, July 15, 2022, ended a decade of "
                             "repairs.\n", id="d")
    assert doc.published == dt.date(2022, 7, 16)


def test_a_launch_story_dated_by_its_caption_puts_its_lead_on_that_day():
    doc = load_document(FIXTURES / "launch_caption.txt")
    assert doc.published == dt.date(2016, 9, 8)
    leads = [c for c in extract_mentions(doc) if "rocketed away" in doc.text[c.sentence_start:c.sentence_end]]
    assert leads and all(c.first == dt.date(2016, 9, 8) for c in leads if c.first is not None)
    assert any(c.first == dt.date(2016, 9, 8) for c in leads)


def test_a_launch_story_written_before_the_launch_stays_undated():
    assert load_document(FIXTURES / "launch_ahead.txt").published is None


_SITE_HEADER_STORY = ("The harbour council voted on Saturday to close the old bridge. Traffic will move to the ferry.\n\n"
                      "The vote on Saturday, Oct. 21, 2023, ended a decade of repairs.\n")


@pytest.mark.parametrize("header, published", [
    # A printed date stands, even months after the day the story writes out for its lead's weekday: that day may be
    # a file photo's older one (a caption "on Saturday, June 28, 2014" under a story of "on Saturday" a year later),
    # so the story's days date only a page that prints none.
    ("Friday, May 17, 2024\nHarbour Digest - a story for you\n\n", dt.date(2024, 5, 17)),
    ("Harbour Digest\nPublished: 17 May 2024\n\n", dt.date(2024, 5, 17)),
    ("Harbour Digest\nPublished: 22 October 2023\n\n", dt.date(2023, 10, 22)),
    ("Harbour Digest\nPublished: 28 October 2023\n\n", dt.date(2023, 10, 28)),
])
def test_a_printed_date_stands_whatever_day_the_story_writes_out(header, published):
    doc = document_from_text("Council closes the bridge\n" + header + _SITE_HEADER_STORY, id="d")
    assert doc.published == published


def test_a_printed_date_stands_when_the_story_ties_no_day():
    # (the story's written day is not its lead's weekday: nothing contradicts the printed date)
    doc = document_from_text("Council closes the bridge\nHarbour Digest\nPublished: 17 May 2024\n\nThe harbour "
                             "council voted on Friday to close the old bridge.\n\nThe vote on Saturday, Oct. 21, 2023, "
                             "ended a decade of repairs.\n", id="d")
    assert doc.published == dt.date(2024, 5, 17)


_QUAKE_LEAD = "At least 93 people were killed in an earthquake that struck the southern islands on {}, officials said."


@pytest.mark.parametrize("lead_day, other, published", [
    # the same happening (the lead's verb) written out with its year elsewhere, falling on the lead's weekday
    ("Tuesday", "People look at a collapsed hall after the quake struck the region on Oct. 15, 2013.",
     dt.date(2013, 10, 15)),
    ("Tuesday", "The quake, which struck the region on 15 October 2013, was felt on three islands.",
     dt.date(2013, 10, 15)),
    # another verb: another happening, whatever its day
    ("Tuesday", "The island council met in the town hall on Oct. 15, 2013.", None),
    # the written day is not on the lead's weekday
    ("Wednesday", "People look at a collapsed hall after the quake struck the region on Oct. 15, 2013.", None),
    # two days of that weekday told by that verb: which one is unknown
    ("Tuesday", "A quake struck the region on Oct. 15, 2013. Another struck it on Oct. 8, 2013.", None),
])
def test_a_day_the_story_writes_for_the_lead_s_happening_on_its_weekday_dates_the_page(lead_day, other,
                                                                                         published):
    doc = document_from_text(_HEADLINE + _QUAKE_LEAD.format(lead_day) + "\n\n" + other + "\n", id="d")
    assert doc.published == published


@pytest.mark.parametrize("story", [
    # the written day in the lead's own sentence is no second telling of its happening
    "The quake struck the islands on Tuesday, a year after another struck them on Oct. 15, 2013.",
    # a primary auxiliary tells no happening ("were among Friday's offerings", notes "were due" a Friday)
    "These bonds were among Friday's offerings.\n\nThe notes were due on Oct. 15, 1999, and priced at par.",
])
def test_a_written_day_that_is_no_second_telling_of_the_lead_leaves_the_page_undated(story):
    assert document_from_text(_HEADLINE + story + "\n", id="d").published is None


def test_a_telling_of_the_lead_s_verb_far_down_a_long_text_is_another_story_s():
    filler = "The island council met again to hear the harbour master's report on the ferries. " * 90
    near = document_from_text(_HEADLINE + _QUAKE_LEAD.format("Tuesday") + "\n\nThe quake struck the region on "
                              "Oct. 15, 2013.\n", id="d")
    far = document_from_text(_HEADLINE + _QUAKE_LEAD.format("Tuesday") + "\n\n" + filler + "\n\nA quake struck the "
                             "region on Oct. 15, 2013.\n", id="d")
    assert near.published == dt.date(2013, 10, 15)
    assert far.published is None


@pytest.mark.parametrize("story, published", [
    # a year-less weekday date fixed by the latest year the story tells as done (or the next)
    ("Two people were arrested on Saturday during the march, police said.\n\nOn Saturday, June 14, officers saw "
     "graffiti near the park. A first march was held in 2024 on the same route.", dt.date(2025, 6, 14)),
    ("The ferry Norma sank on Tuesday off the north pier, the coastguard said.\n\nDivers reached the wreck on "
     "Tuesday 12 November. The ferry was built in 2024.", dt.date(2024, 11, 12)),
    # an editor's brackets around the written day
    ("The harbour council voted on Friday to close the old bridge.\n\nThe vote on Friday [July 15] ended a decade "
     "of repairs begun in 2012 and finished in 2022.", dt.date(2022, 7, 15)),
])
def test_a_year_less_written_day_takes_the_year_of_the_story_s_latest_past_happening(story, published):
    doc = document_from_text(_HEADLINE + story + "\n", id="d")
    assert doc.published == published


@pytest.mark.parametrize("story", [
    # an obituary's latest year is its subject's career, years before the death: the calendar's next fitting
    # year (1987) would be a guess
    "The former manager died at the age of 85, his family said on Friday.\n\n\"Jack died peacefully on Friday 10 "
    "July,\" his family said.\n\nIn 1985, he became the first manager of the national side from abroad.",
    # a year told only of what is to come fixes nothing
    "Two people were arrested on Saturday during the march, police said.\n\nOn Saturday, June 14, officers saw "
    "graffiti near the park. A second march will be held in 2026.",
])
def test_a_year_less_written_day_no_near_past_year_fixes_leaves_the_page_undated(story):
    assert document_from_text(_HEADLINE + story + "\n", id="d").published is None
