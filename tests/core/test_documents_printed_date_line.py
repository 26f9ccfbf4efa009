"""A store's labelled date glued to the page's own printed date and the story after a dash ("date 2020-01-30
Thursday, January 30, 2020 - The Senate impeached ... on Wednesday"): the printed date is the page's date line,
no part of the story, so the lead's happening is dated by its own phrase only, not a second time on the page's
day. A printed date whose dash is followed by no story sentence stays as it was read. Invented lines in the form
seen (docs/realnews8_judgement.md, page 13), other words and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import document_from_text
from timeline_app.core.pipeline import build_timeline

_REST = ("\n\nThe vote followed a long debate in the chamber.\n\nThe deputy governor will be sworn in later this "
         "month.\n")


@pytest.mark.parametrize("text, printed, story", [
    (" date 2021-03-11 Thursday, March 11, 2021 - The county assembly impeached Governor Tamsin Oduya on Wednesday "
     "after a stormy session." + _REST, "Thursday, March 11, 2021 -", "The county assembly impeached"),
    ("date 2021-03-11 11 March 2021 \u2014 The county assembly impeached Governor Tamsin Oduya on Wednesday after a "
     "stormy session." + _REST, "11 March 2021 \u2014", "The county assembly impeached"),
])
def test_a_printed_date_line_before_the_story_is_no_part_of_it(text: str, printed: str, story: str) -> None:
    doc = document_from_text(text, id="d")
    assert doc.published == dt.date(2021, 3, 11)
    assert doc.is_excluded(*_located(doc, printed))
    assert not doc.is_excluded(*_located(doc, story))


def test_the_lead_is_dated_once_by_its_own_day(tmp_path) -> None:
    page = tmp_path / "impeachment.txt"
    page.write_text(" date 2021-03-11 Thursday, March 11, 2021 - The county assembly impeached Governor Tamsin "
                    "Oduya on Wednesday after a stormy session." + _REST, encoding="utf-8")
    timeline = build_timeline([page], cache=False)
    impeached = [e for e in timeline.events if any("impeached" in m.text or "Wednesday" in m.text
                                                   or "Thursday" in m.text for m in e.mentions)]
    assert [e.first for e in impeached] == [dt.date(2021, 3, 10)], [(e.title, e.first) for e in impeached]


def test_a_printed_date_and_dash_before_no_story_sentence_is_read_as_before() -> None:
    # (a small letter after the dash and no sentence's end: no story glued to the date field, which stays the
    # short field line it was read as without the printed date, the page's date)
    doc = document_from_text("date 2021-03-11 March 11, 2021 - the assembly met late into the night and then "
                             "voted on the motion" + _REST, id="d")
    assert doc.published == dt.date(2021, 3, 11)
    assert doc.is_excluded(*_located(doc, "the assembly met"))
