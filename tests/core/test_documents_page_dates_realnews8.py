"""Page furniture of the eighth real-page set (docs/realnews8_judgement.md) that main took for events, titles or
missed as the page's date: a date stamp with its own words around it (a time, the page's age, a step of its
publishing, a section's label, a leading slash), a headline run into its byline and agency dateline or into a date
glued to the lead, a date line run into the lead with a dash, a lone date after the first paragraph's last
sentence, a journal's citation line, a skip link over the headline. Invented lines in the forms seen, other words
and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import _stamp_date, document_from_text

_HEADLINE = "Harbour Plan Approved"
_LEAD = ("The regional council approved the harbour plan on Monday after a long debate. Members voted nine to two "
         "in favour of the proposal.")


@pytest.mark.parametrize("stamp, published", [
    ("March 3, 2019 / 10:15 AM / Updated an hour ago", dt.date(2019, 3, 3)),
    ("May 14, 2017 / 9:05 PM / Updated 3 hours ago", dt.date(2017, 5, 14)),
    ("4 March, 2011 - Published 09:12 GMT", dt.date(2011, 3, 4)),
    ("/ 21 June 2008", dt.date(2008, 6, 21)),
    ("Local News Items 9 September 2016 18:40 (UTC +02:00)", dt.date(2016, 9, 9)),
])
def test_a_date_stamp_with_its_own_words_is_the_page_date_and_no_title(stamp, published):
    for text in (stamp + "\n\n" + _HEADLINE + "\n\n" + _LEAD + "\n", _HEADLINE + "\n\n" + stamp + "\n\n" + _LEAD + "\n"):
        doc = document_from_text(text, id="d")
        assert doc.published == published
        assert doc.title == _HEADLINE
        assert doc.is_excluded(*_located(doc, stamp))
        assert not doc.is_excluded(*_located(doc, "The regional council approved"))


@pytest.mark.parametrize("line, stamped", [
    ("/ 21 June 2008", True),
    ("4 March, 2011 - Published 09:12 GMT", True),
    ("Updated 3 May 2019 09:10", True),
    # a headline's words with its date: a verb's present or past after a noun, a preposition before the date, or a
    # name before a bare date
    ("Tomb find stuns valley 10 February 2006 15:47", False),
    ("Mayor resigned 3 May 2019 14:00", False),
    ("Trial set for June 4, 2021", False),
    ("Hurricane Katrina August 29, 2005", False),
    ("Regional Briefs: March 3, 2019", False),
])
def test_only_a_stamp_s_own_words_make_a_date_stamp(line, stamped):
    assert (_stamp_date(line) is not None) == stamped


@pytest.mark.parametrize("line, headline, date_text, published", [
    ("Harbour board sells old ferry by Staff Writers Port Louis (AFP) June 25, 2020 ",
     "Harbour board sells old ferry", "June 25, 2020", dt.date(2020, 6, 25)),
    ("Valley mill to close by Jane Doe Cape Town, South Africa (AP) 3 May 2014 ",
     "Valley mill to close", "3 May 2014", dt.date(2014, 5, 3)),
    ("WATCH: Old ferry sinks as storm hits harbour April 15, 2019", "WATCH: Old ferry sinks as storm hits harbour",
     "April 15, 2019", dt.date(2019, 4, 15)),
])
def test_a_headline_run_into_its_byline_or_date_and_lead(line, headline, date_text, published):
    doc = document_from_text(line + _LEAD + "\n", id="d")
    assert doc.published == published
    assert doc.title == headline
    assert doc.is_excluded(*_located(doc, date_text))
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert texts[0] == headline
    assert texts[1].startswith("The regional council approved")


@pytest.mark.parametrize("text", [
    # the headline's own date after "on", and a sentence with a date: the date is the sentence's
    "Harbour board sells old ferry on June 25, 2020 The regional council approved the sale after a long debate.\n",
    "The harbour board sold the old ferry on June 25, 2020 after a long debate, the council said.\n",
])
def test_a_sentence_s_own_date_is_no_run_on_header(text):
    doc = document_from_text(text, id="d")
    assert not doc.is_excluded(*_located(doc, "June 25, 2020"))


@pytest.mark.parametrize("text, date_text, story, published", [
    # a labelled store date, then the page's own date line with a dash, run into the lead
    (" date 2020-01-30 Thursday, January 30, 2020 - The regional council approved the harbour plan on Wednesday "
     "after a long debate.\n", "Thursday, January 30, 2020", "The regional council approved",
     dt.date(2020, 1, 30)),
    # the date line and its dash alone opening the lead
    ("Harbour Plan Approved\n\nFriday, 4 March 2011 - The regional council approved the harbour plan on Thursday "
     "after a long debate.\n", "Friday, 4 March 2011", "The regional council approved", dt.date(2011, 3, 4)),
])
def test_a_date_line_run_into_the_lead_with_a_dash_is_excluded(text, date_text, story, published):
    doc = document_from_text(text, id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, date_text))
    assert not doc.is_excluded(*_located(doc, story))
    assert not doc.title.startswith(date_text.split(",")[0])


def test_a_lone_date_after_the_first_paragraph_is_furniture():
    text = (" date 2022-06-13 The prime minister will announce a minor reshuffle at her press conference today. "
            "16 June 2022\n\n" + _LEAD + "\n")
    doc = document_from_text(text, id="d")
    assert doc.published == dt.date(2022, 6, 13)
    assert doc.is_excluded(*_located(doc, "16 June 2022"))
    assert not doc.is_excluded(*_located(doc, "The prime minister will announce"))
    # the date line alone is the page's date when the page prints no other
    doc = document_from_text("The prime minister will announce a minor reshuffle at her press conference today. "
                             "16 June 2022\n\n" + _LEAD + "\n", id="d")
    assert doc.published == dt.date(2022, 6, 16)


@pytest.mark.parametrize("line, furniture", [
    # a journal's citation of the article under the story: no happening in its year
    ("Harbour Science 612, 33-35 (2021)", True),
    ("Proc. Coast Soc. 25, 144–156 (2018)", True),
    ("Harbour Science 612, 33-35 (2021).", True),
    # a sentence with a year in brackets is the story's
    ("The harbour opened in 1921 (2021 marks its centenary).", False),
    ("Harbour Science reported 612 new species in 2021.", False),
])
def test_a_journal_citation_line_is_furniture(line, furniture):
    doc = document_from_text(_HEADLINE + "\n\n" + _LEAD + "\n\n" + line + "\n\nThe council will meet again next "
                             "week to discuss the budget.\n", id="d")
    assert doc.is_excluded(*_located(doc, line)) == furniture


@pytest.mark.parametrize("link", ["Jump to content", "Jump to navigation", "Skip to navigation"])
def test_a_skip_link_over_the_headline_is_no_title(link):
    doc = document_from_text(link + "\n\n" + _HEADLINE + "\n\n" + _LEAD + "\n", id="d")
    assert doc.title == _HEADLINE
    assert doc.is_excluded(*_located(doc, link))


def test_a_run_on_headline_may_hold_an_abbreviation():
    doc = document_from_text("U.S. troops leave harbour base by Staff Writers Port Louis (AFP) June 25, 2020 "
                             + _LEAD + "\n", id="d")
    assert doc.title == "U.S. troops leave harbour base"
    assert doc.published == dt.date(2020, 6, 25)
