"""Publication-date lines of the fifth real-page set (docs/realnews5_judgement.md, class 1) that main missed: a
newspaper's date line ending with its update time, zone and place; a weekday glued by its comma to a day-month-year
joined by hyphens; a header date glued to the outlet's name before it; a store's labelled date glued to a long
first paragraph that opens with a quotation and ends without a full stop. Invented lines in the forms seen, other
words and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import document_from_text

_LEAD = ("The regional council approved the harbour plan on Monday after a long debate. Members voted nine to two "
         "in favour of the proposal.")


@pytest.mark.parametrize("head, date_line, published", [
    # a date line with its time, its update time and zone, and the place it was filed from
    ("Harbour Plan Approved\n\nMarch 3, 2019 10:15 pm | Updated 10:40 pm IST - Chennai\n\n",
     "March 3, 2019 10:15 pm | Updated 10:40 pm IST - Chennai", dt.date(2019, 3, 3)),
    ("Harbour Plan Approved\n\n14 May 2017 09:05 | Updated 11:30 GMT - Port Louis\n\n",
     "14 May 2017 09:05 | Updated 11:30 GMT - Port Louis", dt.date(2017, 5, 14)),
    # a weekday glued by its comma to a day, month and year joined by hyphens
    ("Latest News\nMonday,04-March-2019\n\nHarbour Plan Approved\n\n", "Monday,04-March-2019",
     dt.date(2019, 3, 4)),
    ("Latest News\n9-Sep-2016\n\nHarbour Plan Approved\n\n", "9-Sep-2016", dt.date(2016, 9, 9)),
    # a header date glued to the outlet's name (a flattened page joins its spans)
    ("Harbour Plan Approved\n\nThe Valley TimesThe Valley Times27/11/2018\n\n", "The Valley TimesThe Valley Times27/11/2018",
     dt.date(2018, 11, 27)),
    ("Harbour Plan Approved\n\nCoast Daily NewsMarch 9, 2015\n\n", "Coast Daily NewsMarch 9, 2015",
     dt.date(2015, 3, 9)),
    # an outlet's name ending in a letter beyond ASCII
    ("Harbour Plan Approved\n\nBáo Miền Tây Tin Tức Miền26/11/2018\n\n", "Báo Miền Tây Tin Tức Miền26/11/2018",
     dt.date(2018, 11, 26)),
])
def test_a_header_date_line_in_these_forms_is_the_publication_date(head, date_line, published):
    doc = document_from_text(head + _LEAD + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, date_line))
    assert not doc.is_excluded(*_located(doc, "The regional council approved"))


@pytest.mark.parametrize("text, published, story", [
    # a store's labelled date glued to a first paragraph opening with a quotation, with no full stop at its end
    (' date 2016-08-02 "We never expected a turnout like this one," the harbour master told reporters at the pier '
     'after the regatta\n\n' + _LEAD + "\n", dt.date(2016, 8, 2), "We never expected"),
    ("date 2013-01-21 \u201cIt is a sad day for the valley and for everyone who worked at the mill,\u201d the mayor "
     "said on Sunday evening.\n\n" + _LEAD + "\n", dt.date(2013, 1, 21), "It is a sad day"),
    # a capital after the date, no full stop at the end: a deck glued to the date
    ("date 2012-05-07 Harbour board members spent the whole weekend arguing over the fate of the old ferry "
     "terminal and its crumbling pier\n\n" + _LEAD + "\n", dt.date(2012, 5, 7), "Harbour board members"),
])
def test_a_labelled_date_glued_to_a_long_quotation_or_deck_is_read(text, published, story):
    doc = document_from_text(text, id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, "2016-08-02" if "2016" in text else "2013-01-21" if "2013" in text
                                   else "2012-05-07"))
    assert not doc.is_excluded(*_located(doc, story))


@pytest.mark.parametrize("text", [
    # a headline ending with a date after a space or a word is no header date line
    "Vote Set 03/12/2018\n\n" + _LEAD + "\n",
    "Harbour Plan Approved\n\nThe council meets again on 03/12/2018\n\n" + _LEAD + "\n",
    # a headline ending with a capitalised code and a month and year: the code's number is no day (review 25b item 2)
    "What to expect at COP27 November 2022\n\n" + _LEAD + "\n",
    "World leaders head to Bali for G20 November 2022\n\n" + _LEAD + "\n",
    "Ministers agree a harbour fund at G7 June 2021\n\n" + _LEAD + "\n",
    "Harbour Plan Approved\n\nDelegates leave COP21 December 2015 with a deal\n\nWhy the deal at COP21 December 2015\n\n"
    + _LEAD + "\n",
    # a date line going on with a clause after its dash is no date line
    "Harbour Plan Approved\n\nMarch 3, 2019 - the council met late into the night\n\n" + _LEAD + "\n",
    # a long line after a label and a date opening with a small letter or a comma: story, no date field
    "date 2016-08-02, the harbour master told reporters at the pier after the regatta that nobody had expected a "
    "turnout like this one\n\n" + _LEAD + "\n",
])
def test_a_date_at_a_headlines_or_sentences_end_is_not_the_publication_date(text):
    doc = document_from_text(text, id="d")
    assert doc.published is None


@pytest.mark.parametrize("text, headline", [
    # a Title-Case headline after a bare date and a dash is no filing place (review 25b item 8)
    ("March 3, 2019 - Mayor Resigns\n\n" + _LEAD + "\n", "Mayor Resigns"),
    ("14 May 2017 – Harbour Board Quits\n\n" + _LEAD + "\n", "Harbour Board Quits"),
    ("Monday, June 5, 2023 - Ferry Strike Ends\n\n" + _LEAD + "\n", "Ferry Strike Ends"),
])
def test_a_headline_after_a_bare_date_and_a_dash_stays_story(text, headline):
    doc = document_from_text(text, id="d")
    assert not doc.is_excluded(*_located(doc, headline))
