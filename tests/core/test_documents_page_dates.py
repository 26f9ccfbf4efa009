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


@pytest.mark.parametrize("head, dateline, published", [
    # A syndicated wire story's dateline on its own line: the place, the agency in brackets, the date.
    ("Harbour Plan Approved\n\nLisbon (AFP) Mar 4, 2011\n", "Lisbon (AFP) Mar 4, 2011", dt.date(2011, 3, 4)),
    ("Harbour Plan Approved\n\nCape Town, South Africa (AP) 3 May 2014, 09:10\n",
     "Cape Town, South Africa (AP) 3 May 2014, 09:10", dt.date(2014, 5, 3)),
    # also after a photo's caption, which reads as a sentence before it
    ("Harbour Plan Approved\n\nA ferry leaves the harbour at dawn, 12 August 2016. Photo by a staff photographer.\n\n"
     "Valletta (Reuters) Aug 12, 2016\n", "Valletta (Reuters) Aug 12, 2016", dt.date(2016, 8, 12)),
])
def test_a_wire_dateline_with_its_agency_on_its_own_line_dates_the_page(head, dateline, published):
    doc = document_from_text(head + _LEAD + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, dateline))
    assert not doc.is_excluded(*_located(doc, "The regional council approved"))


@pytest.mark.parametrize("title, published", [
    ("Morning Briefing for Mar 4, 2011", dt.date(2011, 3, 4)),
    ("Harbour Police Log for Tuesday, 3 May 2014", dt.date(2014, 5, 3)),
    ("Daily Health Digest for 12 August 2016", dt.date(2016, 8, 12)),
])
def test_a_digest_headline_for_its_day_dates_the_page_and_stays_the_title(title, published):
    doc = document_from_text(title + "\n\nFrom the Newsroom\n\n" + _LEAD + "\n", id="d")
    assert doc.published == published
    assert doc.title == title
    assert doc.is_excluded(*_located(doc, title))
    assert not doc.is_excluded(*_located(doc, "The regional council approved"))


@pytest.mark.parametrize("title", [
    # a headline whose verb sets a day still ahead names no page date
    "Harbour Trial Set for June 4, 2021",
    "Judge Schedules Hearing for March 3, 2019",
    "Ferry Vote Planned for 3 May 2014",
])
def test_a_headline_setting_a_day_ahead_is_no_page_date(title):
    doc = document_from_text(title + "\n\n" + _LEAD + "\n", id="d")
    assert doc.published is None


@pytest.mark.parametrize("line, date_part, published", [
    # a flattened page glued its date field and its first paragraph on one line
    ("Date: 2019-03-04 The regional council approved the harbour plan on Monday after a long debate.",
     "Date: 2019-03-04", dt.date(2019, 3, 4)),
    (" date 2016-08-12 Town councillors unanimously approved a budget that raises the pool fees.",
     "date 2016-08-12", dt.date(2016, 8, 12)),
    ("Published: 4 March 2019 Ferry crews walked out over pay on Monday, the union said.",
     "Published: 4 March 2019", dt.date(2019, 3, 4)),
    # a second labelled date on the line is the field's too, not the story's first words
    ("Date: 2019-03-04 Updated: 2019-03-05 The council approved the budget on Monday after a long debate.",
     "Date: 2019-03-04 Updated: 2019-03-05", dt.date(2019, 3, 4)),
    ("Published: 4 March 2019 Last updated: 5 March 2019 Ferry crews walked out over pay on Monday, the union said.",
     "Published: 4 March 2019 Last updated: 5 March 2019", dt.date(2019, 3, 4)),
    # a flattened page glued its date field to a first paragraph of any length
    (" date 2011-03-04 The harbour board on Tuesday voted to sell the old ferry terminal to a developer from "
     "Bergen after a two-year search for a buyer willing to keep the quay open.",
     "date 2011-03-04", dt.date(2011, 3, 4)),
    ("Date: 4 March 2016 Flooding in the northern valleys has cut off at least nine villages, regional officials "
     "said on Friday, as army engineers began building a temporary bridge over the river.",
     "Date: 4 March 2016", dt.date(2016, 3, 4)),
    ("Published: May 9, 2018 VALLEY CITY: Lakeside United have signed the winger Tom Reyes on loan from a rival "
     "club until the end of the season, both clubs said on their websites on Wednesday.",
     "Published: May 9, 2018", dt.date(2018, 5, 9)),
    # the page's date printed again with a dash, as a dateline opening the paragraph: the field's too, so that
    # the lead's weekday, not the page's day, dates its happening (realnews8's page 13)
    (" date 2020-01-30 Thursday, January 30, 2020 - The county governor was impeached by the senate on Wednesday "
     "after a long debate.", "date 2020-01-30 Thursday, January 30, 2020 -", dt.date(2020, 1, 30)),
    ("Date: 2019-03-04 4 March 2019 — Ferry crews walked out over pay on Monday, the union said.",
     "Date: 2019-03-04 4 March 2019 —", dt.date(2019, 3, 4)),
])
def test_a_date_field_glued_to_the_first_paragraph_leaves_the_paragraph_to_the_story(line, date_part, published):
    doc = document_from_text(line + "\n\nMembers voted nine to two in favour of the proposal.\n", id="d")
    story = line.split(date_part, 1)[1].strip()
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, date_part))
    assert not doc.is_excluded(*_located(doc, story))
    # the paragraph's sentence starts at the story, which is the title of a page without a headline
    start = doc.text.index(story)
    assert any(s.start == start for s in doc.sentences)
    assert doc.title == story


def test_a_date_field_with_a_time_only_after_it_stays_a_date_line():
    doc = document_from_text("Harbour Plan Approved\nUpdated: 2019-03-04 09:10 GMT\n\n" + _LEAD + "\n", id="d")
    assert doc.published == dt.date(2019, 3, 4)
    assert doc.is_excluded(*_located(doc, "Updated: 2019-03-04 09:10 GMT"))
    assert doc.title == "Harbour Plan Approved"


@pytest.mark.parametrize("title", [
    # a headline naming a kind of happening announces it for that day: no page date, and its event stays
    "General Strike for March 14, 2024",
    "Harbour Election Results for 3 May 2014",
])
def test_a_headline_naming_a_happening_for_a_day_is_no_page_date_and_stays_a_sentence(title):
    doc = document_from_text(title + "\n\n" + _LEAD + "\n", id="d")
    assert doc.published is None
    assert not doc.is_excluded(*_located(doc, title))


@pytest.mark.parametrize("title, date_line, published", [
    # a digest's day ranks after every date the page states itself (an announcement has the same shape)
    ("Protest March for May 1, 2019", "March 3, 2019", dt.date(2019, 3, 3)),
    ("Morning Briefing for Mar 4, 2011", "Updated: Mar 5, 2011", dt.date(2011, 3, 5)),
    ("Harbour Police Log for Tuesday, 3 May 2014", "Load-Date: May 4, 2014", dt.date(2014, 5, 4)),
])
def test_a_digest_headlines_day_ranks_below_the_pages_own_dates(title, date_line, published):
    doc = document_from_text(title + "\n" + date_line + "\n\n" + _LEAD + "\n", id="d")
    assert doc.published == published


@pytest.mark.parametrize("box", [
    # a results box: names, parties in brackets, a date; rows of the same shape make a table, not a dateline
    "Jane Doe (Green) 3 May 2021\nJohn Roe (Labour) 3 May 2021\n",
    "Ann Lee (Independent) 4 June 2016\nTom Hill (Labour) 4 June 2016\nSam Fox (Green) 4 June 2016\n",
    # a bracket of several words names no agency
    "Jane Doe (Green Party) 3 May 2021\n",
    "Harbour Hall (main entrance) 3 May 2021\n",
])
def test_a_table_or_a_long_bracket_before_a_date_is_no_wire_dateline(box):
    doc = document_from_text("Harbour Plan Approved\n\n" + box + "\n" + _LEAD + "\n", id="d")
    assert doc.published is None
    # (a table's rows are excluded as a results box, test_documents_furniture; a line alone stays)
    assert doc.is_excluded(*_located(doc, box.split("\n")[0])) == (box.count("\n") > 1)
