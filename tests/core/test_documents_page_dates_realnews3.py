"""Publication-date lines of the third real-page set (docs/realnews3_judgement.md, class 1) that main missed: a
site's sentence naming the page's date, a byline's date line opening with a small "on" (a date field glued to a
first paragraph longer than a header line is a row of test_documents_page_dates.py's glued-field table). Invented
lines in the forms seen, other words and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import document_from_text

_LEAD = ("The regional council approved the harbour plan on Monday after a long debate. Members voted nine to two "
         "in favour of the proposal.")


@pytest.mark.parametrize("line", [
    # a long first paragraph opening with a word a label may be, then no date at its head: story, no page date
    "Released on bail on Monday, the harbour master said he would fight the charges brought against him by the "
    "regional prosecutor over the collapse of the old pier last winter.",
    # a date at its head, but the sentence goes on after it with a comma: a story sentence, no date field
    "Posted March 3, 2019, the notice told residents of the valley that the water supply would be cut for two "
    "days while engineers replaced the main pipe under the square.",
])
def test_a_long_story_line_opening_with_a_label_word_is_no_date_field(line):
    doc = document_from_text(line + "\n", id="d")
    assert doc.published is None
    assert not doc.is_excluded(0, 20)


@pytest.mark.parametrize("head, date_line, published", [
    # a site's sentence naming the page's date
    ("Harbour Plan Approved\n\nThis Article is From Apr 14, 2016\n\n", "This Article is From Apr 14, 2016",
     dt.date(2016, 4, 14)),
    ("Harbour Plan Approved\nThis story was first published on 4 March 2011\n\n",
     "This story was first published on 4 March 2011", dt.date(2011, 3, 4)),
    ("Harbour Plan Approved\nThe article was posted on June 2, 2009 at 10:15 AM\n\n",
     "The article was posted on June 2, 2009 at 10:15 AM", dt.date(2009, 6, 2)),
    # a byline's date line opening with a small "on", maybe its update after it
    ("Harbour Plan Approved\n\nBy Jane Doe | The Valley Times\non March 4, 2011 at 9:15 AM, updated March 5, 2011 at "
     "6:02 AM\n", "on March 4, 2011 at 9:15 AM, updated March 5, 2011 at 6:02 AM", dt.date(2011, 3, 4)),
    ("Harbour Plan Approved\n\non 12 October 2014 at 18:40\n\n", "on 12 October 2014 at 18:40",
     dt.date(2014, 10, 12)),
])
def test_a_pages_own_date_sentence_or_small_on_line_is_the_publication_date(head, date_line, published):
    doc = document_from_text(head + _LEAD + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, date_line))
    assert not doc.is_excluded(*_located(doc, "The regional council approved"))


@pytest.mark.parametrize("text", [
    # a sentence about an article's date is story when it goes on, and a capital "On" opens a sentence
    "Harbour Plan Approved\n\nThe report was published on March 4, 2011 by the regional council, which said the "
    "harbour needs a new pier.\n",
    "Harbour Plan Approved\n\nOn March 4, 2011 at 9:15 AM the council approved the plan.\n",
])
def test_a_story_sentence_naming_a_date_is_not_a_page_date_line(text):
    doc = document_from_text(text, id="d")
    assert doc.published is None


@pytest.mark.parametrize("head, lead, published", [
    # the page's date is the eve of the dateline's day (the publisher's time zone): the dateline's day is the news day
    ("Date: 2015-06-03\n\n", "AUCKLAND, June 4 (Reuters) - The harbour board cut its fees on Thursday.",
     dt.date(2015, 6, 4)),
    ("Published: 31 December 2018\n\n", "SYDNEY, 1 Jan (AFP) - Fireworks lit the bridge at midnight on Tuesday.",
     dt.date(2019, 1, 1)),
    # the same day, a dateline the day before the page's date (filed the eve of print), or a dateline far from
    # the page's date (an old story reprinted): the page's date
    ("Date: 2020-03-12\n\n", "TOKYO, March 11 (Kyodo) -- The central bank held its rate on Wednesday.",
     dt.date(2020, 3, 12)),
    ("Date: 2015-06-04\n\n", "AUCKLAND, June 4 (Reuters) - The harbour board cut its fees on Thursday.",
     dt.date(2015, 6, 4)),
    ("Date: 2015-09-20\n\n", "AUCKLAND, June 4 (Reuters) - The harbour board cut its fees on Thursday.",
     dt.date(2015, 9, 20)),
    # no agency: a newspaper's section line, not a dateline
    ("Date: 2015-06-03\n\n", "HARBOUR NEWS, June 4 - The harbour board cut its fees on Thursday.",
     dt.date(2015, 6, 3)),
])
def test_a_wire_datelines_day_near_the_page_date_is_the_news_day(head, lead, published):
    doc = document_from_text("Harbour Fees Cut\n\n" + head + lead + "\n", id="d")
    assert doc.published == published


@pytest.mark.parametrize("head, date_line, published", [
    # a digest's line describing itself with the day it covers, also after a site's tagline read as a sentence
    ("Harbour Briefs\n\nFrom the Valley Wire, the news you can share!\n\nA compilation of brief news reports for "
     "Tuesday, March 4, 2011.\n\n", "A compilation of brief news reports for Tuesday, March 4, 2011.",
     dt.date(2011, 3, 4)),
    ("Harbour Briefs\n\nA roundup of the day's headlines for 12 May 2016\n\n",
     "A roundup of the day's headlines for 12 May 2016", dt.date(2016, 5, 12)),
    ("Harbour Briefs\n\nThis is a summary of council decisions for June 3, 2019.\n\n",
     "This is a summary of council decisions for June 3, 2019.", dt.date(2019, 6, 3)),
])
def test_a_digests_line_with_its_day_is_the_publication_date(head, date_line, published):
    doc = document_from_text(head + _LEAD + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, date_line))


@pytest.mark.parametrize("text", [
    # a sentence announcing a plan for a day is story, not a digest's line
    "Harbour Plan\n\nThe council approved a summary of the new rules for March 4, 2011 after a long debate.\n",
    "Harbour Plan\n\nA collection of old boats for sale on Tuesday, March 4, 2011 drew crowds to the quay.\n",
])
def test_a_story_sentence_with_for_a_day_is_no_digest_line(text):
    doc = document_from_text(text, id="d")
    assert doc.published is None
