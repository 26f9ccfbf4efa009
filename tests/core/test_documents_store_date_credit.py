"""A store's bare date field glued to a first paragraph that opens with a wire's credit and its dash, no place before
it ("date 2024-05-30 (WJW / AP) – A New York jury found ...", docs/realnews18_judgement.md, page 14): the field is the
page's date and the credit is the field's furniture, as a dateline is; the story starts after it (and titles a page
without a headline). Failing before: the paragraph opened with a bracket, not a capital, so the field was not read as
a date glued to a story and the page had no date. Invented lines in the form seen, other words and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import document_from_text

_REST = "\n\nThe council will meet again next month to set the fees.\n"


@pytest.mark.parametrize("line, field, story, published", [
    (" date 2021-06-14 (KXRT / AP) \u2013 A county jury found the former harbour master guilty of taking bribes from "
     "two shipping firms over six years.", "date 2021-06-14 (KXRT / AP) \u2013",
     "A county jury found the former harbour master guilty", dt.date(2021, 6, 14)),
    (" date 2019-03-04 (AP) \u2014 Ferry crews walked out over pay on Monday, stranding hundreds of passengers at the "
     "island ports.", "date 2019-03-04 (AP) \u2014", "Ferry crews walked out over pay", dt.date(2019, 3, 4)),
    ("Date: 2016-08-12 (Reuters) - Town councillors unanimously approved a budget that raises the pool fees.",
     "Date: 2016-08-12 (Reuters) -", "Town councillors unanimously approved", dt.date(2016, 8, 12)),
])
def test_a_wire_credit_after_a_date_field_is_the_fields(line: str, field: str, story: str,
                                                        published: dt.date) -> None:
    doc = document_from_text(line + _REST, id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, field))
    assert not doc.is_excluded(*_located(doc, story))
    assert doc.title.startswith(story)


@pytest.mark.parametrize("line", [
    # a bracket with no dash after it, or small letters inside: the story's own words, not a credit; the field is
    # read as before (a date glued to no story sentence: the line stays a short field)
    " date 2019-03-04 (pictured) the ferry crews walked out over pay on Monday, stranding hundreds of passengers.",
])
def test_a_bracket_that_is_no_credit_is_read_as_before(line: str) -> None:
    doc = document_from_text(line + _REST, id="d")
    assert doc.published == dt.date(2019, 3, 4)
    assert doc.is_excluded(*_located(doc, "(pictured) the ferry crews walked out"))
