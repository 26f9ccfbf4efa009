"""Publication-date lines as real news pages print them, which the header rules missed (docs/realnews_judgement.md,
class 1): the date line is the publication date, excluded from the story (never an event), and the story's own
sentences stay. Invented lines in the forms seen, other words and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text

_LEAD = ("The regional council approved the harbour plan on Monday after a long debate. Members voted nine to two "
         "in favour of the proposal.")


def _located(doc, needle: str) -> tuple[int, int]:
    i = doc.text.index(needle)
    return i, i + len(needle)


@pytest.mark.parametrize("head, date_line, published", [
    # A date line whose time is followed by the page's age ("/ 2 years ago") or by view and comment counters
    # and the site's name.
    ("Harbour Plan Approved\nMarch 3, 2019 / 9:40 AM / 2 years ago\n\n", "March 3, 2019 / 9:40 AM / 2 years ago",
     dt.date(2019, 3, 3)),
    ("Harbour Plan Approved\n4 June 2016 / 18:05 / 5 months ago\n\n", "4 June 2016 / 18:05 / 5 months ago",
     dt.date(2016, 6, 4)),
    ("Harbour Plan Approved\n\nMay 9, 2017 10:05 0 118 Newsdesk\n\n", "May 9, 2017 10:05 0 118 Newsdesk",
     dt.date(2017, 5, 9)),
    ("Harbour Plan Approved\nNovember 21, 2014 08:30 12 comments\n\n", "November 21, 2014 08:30 12 comments",
     dt.date(2014, 11, 21)),
    # A blog's post line: the category, the date, the time.
    ("Harbour Plan Approved\n\nIn World News on February 2, 2013 at 9:14 pm\n\n",
     "In World News on February 2, 2013 at 9:14 pm", dt.date(2013, 2, 2)),
    ("Harbour Plan Approved\n\nPosted in Local on 8 July 2015 at 10:02\n\n",
     "Posted in Local on 8 July 2015 at 10:02", dt.date(2015, 7, 8)),
    # A digest whose headline is its day.
    ("Regional Briefs: October 14, 2012\n\n", "Regional Briefs: October 14, 2012", dt.date(2012, 10, 14)),
])
def test_a_page_date_line_is_the_publication_date(head, date_line, published):
    doc = document_from_text(head + _LEAD + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, date_line))
    assert not doc.is_excluded(*_located(doc, "The regional council approved"))


@pytest.mark.parametrize("lead, dateline, published", [
    # A city dateline whose date is closed by a colon, opening the lead.
    ("OSLO, Norway - 3 March 2019: The ministry approved the harbour plan on Monday after a long debate.",
     "OSLO, Norway - 3 March 2019:", dt.date(2019, 3, 3)),
    ("PORT LOUIS - 12 August 2016: The ministry approved the harbour plan on Monday after a long debate.",
     "PORT LOUIS - 12 August 2016:", dt.date(2016, 8, 12)),
])
def test_a_city_dateline_closed_by_a_colon_dates_the_page(lead, dateline, published):
    doc = document_from_text("Harbour Plan Approved\n\n" + lead + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, dateline))
    assert not doc.is_excluded(*_located(doc, "The ministry approved"))


@pytest.mark.parametrize("credit, published", [
    ("(Nordic Press Agency March 4, 2019)", dt.date(2019, 3, 4)),
    ("(Harbour Wire, 17 May 2011)", dt.date(2011, 5, 17)),
])
def test_an_agency_credit_closing_the_text_dates_the_page(credit, published):
    doc = document_from_text(_LEAD + "\nThe plan goes to the ministry next.\n" + credit + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, credit))
    assert not doc.is_excluded(*_located(doc, "The plan goes"))


@pytest.mark.parametrize("text", [
    # A sentence that opens with a category word and a date goes on: story, not a post line.
    "Harbour Plan Approved\n\nIn Oslo on March 3, 2019 at noon the council approved the harbour plan.\n",
    # A closing sentence in brackets is no credit.
    _LEAD + "\n(The council meets again on March 4, 2019.)\n",
    # A headline with a colon and more than a date is no digest date.
    "Harbour Plan: March 3, 2019 vote approved by council\n\n" + _LEAD + "\n",
])
def test_story_lines_with_dates_are_not_page_dates(text):
    doc = document_from_text(text, id="d")
    assert doc.published is None


def test_a_digest_headline_with_its_date_stays_the_title():
    doc = document_from_text("Regional Briefs: October 14, 2012\n\nFrom the Newsroom\n\n" + _LEAD + "\n", id="d")
    assert doc.published == dt.date(2012, 10, 14)
    assert doc.title == "Regional Briefs: October 14, 2012"


@pytest.mark.parametrize("post, signature", [
    ("We are proud of every volunteer. pic.twitter.com/x1Yz — Harbour Trust (@HarbourTrust) March 3, 2019",
     "— Harbour Trust (@HarbourTrust) March 3, 2019"),
    ("The ferry is back! #harbour — Ferry Line (@ferryline) 4 June 2016", "— Ferry Line (@ferryline) 4 June 2016"),
])
def test_an_embedded_posts_signature_is_no_story_sentence(post, signature):
    doc = document_from_text("Harbour Plan Approved\nMarch 4, 2019\n\n" + _LEAD + "\n\n" + post + "\n", id="d")
    assert doc.is_excluded(*_located(doc, signature))
    assert not doc.is_excluded(*_located(doc, post.split(" pic.")[0].split(" #")[0]))
