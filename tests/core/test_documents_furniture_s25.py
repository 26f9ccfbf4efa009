"""Page furniture of the stop-25 real pages (docs/realnews5_judgement.md class 2, docs/realnews6_judgement.md class
4 junk) that main read as sentences, and so as events. Invented lines in the forms seen, other words."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

_HEADLINE = "Searchers reach flooded valley town\n\n"
_LEAD = "CARROW, Vt. (AP) - Rescue crews reached the flooded town of Carrow on Friday after two days of rain.\n"


@pytest.mark.parametrize("label_line, goes_on", [
    ("Posted at 4:05 PM, Mar 9, 2017", "and last updated 2018-06-21 11:02:13-04"),
    ("Published: March 9, 2017", "and updated: March 10, 2017 08:15"),
    ("Posted March 9, 2017 4:05 PM", "& updated 2017-03-10"),
])
def test_an_update_stamp_going_on_from_the_date_line_is_furniture(label_line: str, goes_on: str) -> None:
    doc = document_from_text(_HEADLINE + label_line + "\n" + goes_on + "\n\n" + _LEAD, id="d")
    assert doc.published == dt.date(2017, 3, 9)
    assert doc.is_excluded(*_located(doc, goes_on))
    assert not doc.is_excluded(*_located(doc, "Rescue crews reached"))
    # no event is titled by the stamp
    assert all("updated" not in c.title.lower() for c in extract_mentions(doc))


@pytest.mark.parametrize("lines", [
    # a wrapped sentence of the story opening with "and" under a sentence, not under a date label line
    "The council met on March 9, 2017\nand released a statement on March 10, 2017 about the bridge.",
    # under a date label line, a line that gives no date after its label stays
    "Posted at 4:05 PM, Mar 9, 2017\n\nand updated its flood maps after the storm, the agency said on Friday.",
])
def test_a_story_line_opening_with_and_stays(lines: str) -> None:
    doc = document_from_text(_HEADLINE + lines + "\n\n" + _LEAD, id="d")
    second = lines.split("\n")[-1]
    assert not doc.is_excluded(*_located(doc, second[:30]))


_TRACKER = ("Store Closures Tracker\n\nPublished: 20 June 2019\n\n"
            "Retailers keep shutting shops across the region, and this page lists the closures as they come.\n\n")


@pytest.mark.parametrize("heading", [
    "May 2019 Store Closures",
    "2018 Results",
    "Spring 2019 Layoffs",
    "April 2019 Branch Closings",
])
def test_a_dated_section_heading_is_no_event(heading: str) -> None:
    doc = document_from_text(_TRACKER + heading + "\n\n"
                             + "Harlow Stores said on May 14, 2019 that it would shut nine shops by the autumn.\n",
                             id="d")
    titles = [c.title for c in extract_mentions(doc)]
    assert not any(heading.split()[-1].lower() in t.lower() and "Harlow" not in t for t in titles), titles
    assert any("Harlow" in t for t in titles)


@pytest.mark.parametrize("line", [
    # a verb: a happening told in a short line
    "Harbour bridge opened May 2019",
    # no plural noun: a timeline's entry of one happening
    "Moon landing, July 1969",
    # the line ends as a sentence does
    "Floods in May 2019.",
])
def test_a_short_dated_line_that_is_no_section_heading_stays(line: str) -> None:
    doc = document_from_text(_TRACKER + line + "\n\n"
                             + "Harlow Stores said on May 14, 2019 that it would shut nine shops by the autumn.\n",
                             id="d")
    assert any(c.sentence.strip() == line for c in extract_mentions(doc))


_PAGE = ("Ferry strike ends after talks\n\nPublished: 4 March 2019\n\n"
         "Ferry crews ended their strike on Monday after the operator agreed to raise pay.\n\n")


@pytest.mark.parametrize("caption", [
    # an anonymous scene, dated, with its credit
    "The union's negotiator speaks to reporters at the port on Monday. (Photo: Harbour Wire)",
    "Passengers queue for the first sailing, Monday, March 4, 2019. Picture: Jane Doe/Harbour Wire",
    "Crews tie up a ferry at the quay. File photo",
    # a named one with no day of its own: it could only lend its words to another sentence's happening
    "Union leader Tom Baird listens to the operator's offer in the port office. Image: Harbour Wire",
    # the credit alone on its line
    "Photo: Harbour Wire/Jane Doe",
])
def test_a_credited_caption_is_furniture(caption: str) -> None:
    doc = document_from_text(_PAGE + caption + "\n\nThe operator said sailings would resume on Tuesday.\n", id="d")
    assert doc.is_excluded(*_located(doc, caption))
    assert not doc.is_excluded(*_located(doc, "Ferry crews ended"))
    assert doc.title == "Ferry strike ends after talks"


@pytest.mark.parametrize("line", [
    # a named subject's dated caption may carry the only day of a happening (as `_caption_sentences` keeps it)
    "Union leader Tom Baird signs the pay deal in Kestel, Monday, March 4, 2019. (Photo: Harbour Wire)",
    # the story's past tense before a credit
    "The operator raised its offer on Sunday night. (Photo: Harbour Wire)",
    # a sentence mentioning a photo, not a credit
    "The union posted a photo of the vote on its website on Monday.",
])
def test_a_story_line_with_a_credit_or_photo_stays(line: str) -> None:
    doc = document_from_text(_PAGE + line + "\n\nThe operator said sailings would resume on Tuesday.\n", id="d")
    assert not doc.is_excluded(*_located(doc, line[:30]))


@pytest.mark.parametrize("caption", [
    "This image provided by Harbour Ferries Ltd. on March 4, 2019, shows the new ferry at its berth.",
    "This photo released by the Port Authority on March 4, 2019, shows crews at the quay.",
])
def test_a_this_picture_frame_with_its_maker_is_a_caption(caption: str) -> None:
    doc = document_from_text(_PAGE + caption + "\n\nThe operator said sailings would resume on Tuesday.\n", id="d")
    assert all(not c.sentence.startswith("This ") for c in extract_mentions(doc))
