"""Page furniture told by the page's structure, not its words: the story is the run of connected prose under its
headline; a line the page prints twice, and a run of other stories' headlines after the story's first line (short
unterminated lines, three or more in a row, most naming nothing of the lead), are the page's. Real pages showed each
shape (realnews8 11: a caption glued to its alt text; realnews9 09: an archive notice printed twice at the foot;
realnews10 10: a "most read" list of headlines and teasers; a "see also" list of ten headlines on a new page). Invented
lines and pages (fixtures/page_structure), other words; the "kept" rows guard the story's own lines of the same
shapes: subheadings, bulleted and unbulleted key points, a chronology, questions, quotes, a story printed twice."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text, load_document
from timeline_app.core.pipeline import build_timeline

_PAGES = Path(__file__).parent / "fixtures" / "page_structure"
_HEAD = "Council Approves Harbour Plan\n\nPublished: 4 March 2011\n\n"
_LEAD = ("The regional council approved the harbour plan on Monday after a long debate over the cost of the new "
         "quay. Members voted nine to two in favour of the proposal.")
_BODY = ("The mayor said work on the quay would start in the spring.\n\n"
         "Opponents said the council had not asked the fishing fleet about the plan.\n\n")
_CLOSE = "The plan goes to the minister next month.\n"


def _page(block: str) -> str:
    return _HEAD + _LEAD + "\n\n" + _BODY + block + "\n\n" + _CLOSE


def _excluded_lines(text: str, block: str) -> list[bool]:
    """Whether each line of `block` is excluded from the document built of `text`."""
    doc = document_from_text(text, id="d")
    out = []
    at = doc.text.index(block)
    for line in block.splitlines():
        if line.strip():
            i = doc.text.index(line, at)
            out.append(doc.is_excluded(i, i + len(line)))
            at = i + len(line)
    return out


# Other stories' headlines after the story: excluded, every line of the block.
@pytest.mark.parametrize("block", [
    # headlines in headline casing, a cut teaser under each, no heading over them
    "Governor Opens New Bridge In Port Ellis\nThe long-awaited bridge was opened by the governor in a ceremony...\n"
    "Transport Minister Resigns Over Rail Contract\nThe minister stepped down after an inquiry into the award of...\n"
    "Police Arrest Three After Bank Raid In Carlow\nThree men were held after a raid on a bank in the square of...",
    # sentence-case headlines, one a line, no teaser
    "Storm cuts power to thousands in the north\nAirline cancels winter flights to the islands\n"
    "Festival organisers name new director\nSchool league final postponed by snow",
    # headlines separated by blank lines (a list the page reduced to paragraphs)
    "Storm cuts power to thousands in the north\n\nAirline cancels winter flights to the islands\n\n"
    "Festival organisers name new director",
    # the story's own headline listed again among the others: the copy names no topic of the run's
    "Council Approves Harbour Plan\nStorm cuts power to thousands in the north\n"
    "Airline cancels winter flights to the islands",
])
def test_a_run_of_other_stories_headlines_is_excluded(block: str) -> None:
    assert all(_excluded_lines(_page(block), block))


# The story's own lines of the same shapes: kept, every line.
@pytest.mark.parametrize("block", [
    # a subheading over a paragraph (one unterminated line at a time)
    "Cost of the new quay\n\nThe council will borrow half of the cost from the regional bank.",
    # bulleted key points: the writer marked the list
    "• Storm cuts power to thousands in the north\n• Airline cancels winter flights to the islands\n"
    "• Festival organisers name new director",
    # unbulleted key points that name what the lead names
    "New quay for the fishing fleet\nHarbour dredging paid by the council\nFerry terminal rebuilt\n"
    "Cost shared with the port company",
    # a chronology of the story's own dates
    "March 2009 Council first proposes harbour plan\nMay 2010 Port company agrees to share cost\n"
    "January 2011 Minister asks for a new survey",
    # questions and answers
    "Why does the harbour need a new quay?\nThe old quay is too short for the new ferries.\n"
    "Who pays for it?\nThe council and the port company.",
    # quotes and short one-line paragraphs
    "\u201cWe have waited ten years for this,\u201d the mayor said.\nShe thanked the members.\nWork starts soon.",
    # two unterminated lines only
    "Storm cuts power to thousands in the north\nAirline cancels winter flights to the islands",
])
def test_the_storys_own_lines_of_the_same_shape_stay(block: str) -> None:
    assert not any(_excluded_lines(_page(block), block))


@pytest.mark.parametrize("text, line, excluded", [
    # a caption glued to its alt text: its own words twice on one line, wherever it stands
    (_HEAD + "Crowds at the harbour after the vote on Monday.Crowds at the harbour after the vote on Monday.\n\n"
     + _LEAD + "\n\n" + _CLOSE,
     "Crowds at the harbour after the vote on Monday.Crowds at the harbour after the vote on Monday.", True),
    # kept: a sentence that repeats a phrase of its own, not its whole self
    (_page("The vote was close, very close, the mayor said."), "The vote was close, very close, the mayor said.",
     False),
])
def test_a_line_of_its_own_words_twice_is_excluded(text: str, line: str, excluded: bool) -> None:
    doc = document_from_text(text, id="d")
    i = doc.text.index(line)
    assert doc.is_excluded(i, i + len(line)) is excluded


def test_a_notice_printed_twice_in_the_pages_second_half_is_excluded_every_copy() -> None:
    doc = load_document(_PAGES / "notice_twice.txt")
    notice = "This article is archived and is no longer updated."
    first = doc.text.index(notice)
    second = doc.text.index(notice, first + 1)
    assert doc.is_excluded(first, first + len(notice)) and doc.is_excluded(second, second + len(notice))
    # the story's lines stay
    lead = doc.text.index("The island ferry service resumed")
    assert not doc.is_excluded(lead, lead + 20)


def test_a_sentence_printed_again_before_the_pages_second_half_stays() -> None:
    # kept: a page printing its story's first paragraphs twice, or a file of many articles repeating a wire story's
    # sentence from one article to the next: each copy is some article's own
    second_para = "The mayor said work on the quay would start in the spring after the winter storms."
    text = (_HEAD + _LEAD + "\n\n" + second_para + "\n\n" + _LEAD + "\n\n" + second_para + "\n\n"
            + "Opponents said the council had not asked the fishing fleet.\n\n"
            + _BODY + _BODY.replace("mayor", "clerk")
            + "The harbour board meets on Friday.\n\nThe port company welcomed the vote.\n\n" + _CLOSE)
    doc = document_from_text(text, id="d")
    first = doc.text.index(second_para)
    again = doc.text.index(second_para, first + 1)
    assert not doc.is_excluded(first, first + len(second_para))
    assert not doc.is_excluded(again, again + len(second_para))


def test_a_headline_printed_again_after_the_story_starts_is_excluded() -> None:
    # the story's headline listed again under it (a box of links): the copy goes, the headline stays
    copy = "Council Approves Harbour Plan"
    text = _HEAD + _LEAD + "\n\n" + copy + "\n\n" + _BODY + _CLOSE
    doc = document_from_text(text, id="d")
    first = doc.text.index(copy)
    again = doc.text.index(copy, first + 1)
    assert not doc.is_excluded(first, first + len(copy))
    assert doc.is_excluded(again, again + len(copy))
    assert doc.title == copy


def test_a_most_read_list_without_a_heading_makes_no_event() -> None:
    path = _PAGES / "flood_most_read_unheaded.txt"
    doc = load_document(path)
    for title in ("Governor Opens New Harbour Bridge", "Transport Minister Resigns", "Police Arrest Three"):
        i = doc.text.index(title)
        assert doc.is_excluded(i, i + len(title))
    # the story's lines stay
    for line in ("Two people were missing on Monday", "Rescue crews searched", "The mayor said the town"):
        i = doc.text.index(line)
        assert not doc.is_excluded(i, i + len(line))
    titles = " | ".join(e.title for e in build_timeline([path], cache=False).events)
    assert "missing" in titles.lower()
    for other in ("bridge", "minister", "arrest", "raid"):
        assert other not in titles.lower()


def test_key_points_naming_the_lead_stay() -> None:
    doc = load_document(_PAGES / "key_points_kept.txt")
    for line in ("New quay for the ferry fleet", "Harbour dredging paid", "Ferry terminal rebuilt", "Cost of the plan"):
        i = doc.text.index(line)
        assert not doc.is_excluded(i, i + len(line))
