"""A page's note about itself is its furniture, not its story: "this", alone or with a page's noun, as the subject of
a step of its own publishing (published, archived, amended, updated ...), whatever follows: a government site's
administration ("This was published under the 2010 to 2015 coalition government"), a newspaper's correction ("This
article was amended on 5 May 2019 to correct the spelling of a name"), an archive's notice ("This page has been
archived and is no longer updated"). A story's sentence about another thing's publishing stays."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import document_from_text

_HEAD = "Harbour Closures Tracker\n\nPublished: 3 June 2019\n\n"
_LEAD = "The regional council approved the harbour plan on Monday after a long debate."


@pytest.mark.parametrize("line", [
    "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government",
    "This article was amended on 5 May 2019 to correct the spelling of a name.",  # (a dated note: excluded before too)
    "This page has been archived and is no longer updated.",  # must change
    "This story was first published in the Eastport Gazette.",  # must change
])
def test_a_page_note_about_itself_is_furniture(line: str) -> None:
    doc = document_from_text(_HEAD + _LEAD + "\n\n" + line + "\n", id="d")
    assert doc.is_excluded(*_located(doc, line[:30]))
    assert not doc.is_excluded(*_located(doc, "The regional council approved"))
    assert doc.published == dt.date(2019, 6, 3)


@pytest.mark.parametrize("line", [
    "The report was published under the previous government and ignored for a decade.",
    "This was a blow to the harbour master, who had published the plan in May.",
    "This year the council published its accounts on 5 May.",
])
def test_a_story_line_about_publishing_stays(line: str) -> None:
    doc = document_from_text(_HEAD + _LEAD + "\n\n" + line + "\n", id="d")
    assert not doc.is_excluded(*_located(doc, line[:30]))
