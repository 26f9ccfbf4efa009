"""Page furniture of the fifth real-page set (docs/realnews5_judgement.md, class 2) that main read as events: an
editor's update note set as a list item ("• Updated <date> with ..."), and a government site's note of the
administration a page was published under (both its years became events). Invented lines in the forms seen."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core import documents
from timeline_app.core.documents import document_from_text

_HEAD = "Harbour Closures Tracker\n\nPublished: 3 June 2019\n\n"
_LEAD = "The regional council approved the harbour plan on Monday after a long debate."


@pytest.mark.parametrize("line", [
    "  • Updated June 14, 2019 with closure announcements from Eastport, Lowmoor and Fairhaven.",
    "- Updated 14 June 2019 with the court's ruling on the pier.",
    "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government",
    "This was published under the 2016 to 2019 May Conservative government",
    # the general rule the government site's note stands for: the page's note about itself, "this" (or "this" and
    # a page's noun) the subject of a step of its own publishing
    "This page has been archived and is no longer updated.",
    "This story was first published in the Eastport Gazette.",
])
def test_an_update_note_or_a_publication_note_is_furniture(line):
    doc = document_from_text(_HEAD + line + "\n\n" + _LEAD + "\n", id="d")
    assert doc.is_excluded(*_located(doc, line.strip(" •-")))
    assert not doc.is_excluded(*_located(doc, "The regional council approved"))
    assert doc.published == dt.date(2019, 6, 3)


@pytest.mark.parametrize("line", [
    # a list item opening with a label word but giving no date is the story's
    "• Released on bail on Monday, the harbour master said he would fight the charges.",
    "• Filed under pressure from residents, the petition asks the council to keep the pier open.",
    # a sentence about a publication under a government goes on with its own words
    "The report was published under the previous government and ignored for a decade.",
    "This was a blow to the harbour master, who had published the plan in May.",
    "This year the council published its accounts on 5 May.",
    "This was withdrawn on Monday after complaints from residents.",  # a bare "this": what the story told
])
def test_a_story_line_that_resembles_a_note_stays(line):
    doc = document_from_text(_HEAD + _LEAD + "\n\n" + line + "\n", id="d")
    assert not doc.is_excluded(*_located(doc, line.strip(" •")[:30]))


# A line is the page's note about itself when its subject is the page ("this" and a page's noun) or, bare, "this"
# of its publishing; a bare "this" withdrawn, amended, updated or corrected is what the story told before (main
# read "This was withdrawn on Monday ..." as furniture: the note's pattern let "this" stand alone for any step).
@pytest.mark.parametrize("line, furniture", [
    ("This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government", True),
    ("This page has been archived and is no longer updated.", True),
    ("This story was first published in the Eastport Gazette.", True),
    ("This article was amended on 5 May 2019 to correct a name.", True),
    ("This article has been updated.", True),
    ("This post was last updated on 3 June 2019.", True),
    ("This was withdrawn on Monday after complaints from residents.", False),
    ("This was amended by councillors in March to allow night ferries.", False),
    ("This was corrected after the audit found a gap of 2 million pounds.", False),
    ("This was updated on Tuesday to include the new pier.", False),
    ("This has been archived by the council since the flood.", False),
])
def test_the_pages_note_about_itself_and_a_storys_this(line: str, furniture: bool) -> None:
    assert documents._is_boilerplate_line(line) is furniture
