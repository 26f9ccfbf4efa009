"""A page's document title is its headline, not the site furniture above it (the Sources list and the "Published:"
flags show it): a site's or agency's name alone, a section label or a button, a date before a label, a run of
menu entries glued together, the wrapped second line of the lead's first sentence. Invented pages beside this
file (fixtures/doc_titles), in the forms real pages showed, other words; the rows marked "kept" guard titles that
are right as they are (a digest's own name over a section, a short title over the story's paragraph)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.documents import load_document

_PAGES = Path(__file__).parent / "fixtures" / "doc_titles"


@pytest.mark.parametrize("page, title", [
    # an agency's name alone over the headline
    ("agency_name.txt", "Harbour authority fines ferry operator over late sailings"),
    # a section label, then a button, then the headline
    ("section_and_button.txt", "Lakeside United sign winger on loan from rival club"),
    # a masthead, then the date, then the headline
    ("masthead_then_date.txt", "Council approves new harbour bridge after long debate"),
    # a date field before menu entries glued together by a flattened page
    ("glued_menu.txt", "Central bank holds rates at 1.5 percent"),
    # a date before a section label
    ("date_then_section.txt", "Fire crews rescue family from burning farmhouse near Ashby"),
    # a masthead with a colon
    ("masthead_with_colon.txt", "Ferry strike ends after two weeks of talks"),
    # the lead's first sentence wrapped under a date line and a dashless wire dateline: the whole sentence
    ("wrapped_lead.txt", "Norway's central bank kept its main interest rate unchanged on Thursday and said it "
                         "expected to hold it there into next year."),
    # kept: a digest's name over a place's section and the first item's headline
    ("digest_with_section.txt", "Regional Digest"),
    # kept: a short title over the story's paragraph (no headline below it)
    ("short_title_over_paragraph.txt", "Budget Vote"),
    # kept: a lead naming companies whose names have a capital inside, again and again, is no glued menu
    ("camel_names_in_lead.txt", "SkyHarbor Airways, Tucson, Ariz., said it dropped its bid for Canyon Air after the "
                                "smaller carrier failed to answer by the deadline."),
])
def test_a_page_title_is_its_headline_not_its_furniture(page: str, title: str) -> None:
    assert load_document(_PAGES / page).title == title
