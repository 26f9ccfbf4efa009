"""Whole furniture lines a page prints are neither its title nor events (real pages of stop 24 showed each form): a
blog's listing line over the headline ("Posts tagged '...'", a label line printed twice), a web cache's banner naming
the page's address, the page speaking to its reader ("Before you go, we thought you'd like these..."), a contributor's
credit in brackets closing the story, a run of link labels set off by pipes (a line, or a line's tail), and a headline
whose hyphenated adjective ends in a writer's role ("...-winning author ... dies"), which is no byline. Invented lines
and pages (fixtures/furniture_lines), other words; the rows marked "kept" guard lines of the story of the same shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text, load_document

_PAGES = Path(__file__).parent / "fixtures" / "furniture_lines"
_HEAD = "Harbour Plan Approved\n\nPublished: 4 March 2011\n\n"
_LEAD = ("The regional council approved the harbour plan on Monday after a long debate. Members voted nine to two "
         "in favour of the proposal.")


def _page(line: str) -> str:
    return _HEAD + _LEAD + "\n\n" + line + "\n\n" + "The plan goes to the minister next month.\n"


def _excluded(line: str) -> bool:
    doc = document_from_text(_page(line), id="d")
    i = doc.text.index(line)
    return doc.is_excluded(i, i + len(line))


@pytest.mark.parametrize("page, title", [
    # a blog's listing line, its tag quoted, over the headline that names it
    ("listing_quoted_tag.txt", "River flood forces hundreds from homes in Ashby valley"),
    # a listing line printed twice, naming its label, then the day, then the headline
    ("listing_label_twice.txt", "Harbour workers end strike after pay deal"),
    # a cache's banner naming the page's address
    ("cache_banner.txt", "Ferry fares to rise by a tenth from April"),
    # a headline whose hyphenated adjective ends in a writer's role is no byline
    ("hyphenated_author_headline.txt", "Award-winning author Jane Roe dies at 88"),
    # kept: a headline of the same shape as a listing line, with no headline below naming its word
    ("listing_kept_headline.txt", "Workers stranded in 'Blizzard'"),
])
def test_a_page_title_is_not_a_furniture_line(page: str, title: str) -> None:
    assert load_document(_PAGES / page).title == title


@pytest.mark.parametrize("line", [
    # the page speaking to its reader: the site's "we", the reader's "you", no one named
    "While you're here, we hope you'll enjoy these stories too...",
    "Thanks for reading: we would love to hear what you think of our new look.",
    "Before you leave, let us show you a few more reads.",
    # (with a typographic apostrophe, as most sites print one: no quotation mark)
    "While you\u2019re here, we hope you\u2019ll enjoy these stories too...",
    # a contributor's credit in brackets closing the story
    "(The Harbour Wire contributed to this report.)",
    "(Coastal News Service contributed to this story)",
    # a run of link labels set off by pipes
    "Write to the editor | Share on Facebook",
    "Print | Email | Save for later",
])
def test_a_furniture_line_is_excluded(line: str) -> None:
    assert _excluded(line)


@pytest.mark.parametrize("line", [
    # kept: someone the story names speaks, or a verb has a noun or a third person for its subject
    "The mayor told residents: we need you to stay indoors until the storm passes.",
    "Police said they want you to tell us what you saw on Monday night.",
    "\u201cWe will find you,\u201d the minister told the smugglers.",
    # kept: an interview's question
    "Do you think we can finish the bridge by the autumn?",
    # kept: a sentence in brackets that says more than a credit
    "(The council later said the harbour plan had been delayed.)",
    # kept: a timeline's row set off by a pipe: its happening has a verb
    "May 3, 2019 | Council votes to fund the bridge",
])
def test_a_story_line_of_the_same_shape_stays(line: str) -> None:
    assert not _excluded(line)


@pytest.mark.parametrize("story, tail", [
    # a blog's "more" arrow and the post's day glued to the paragraph's last sentence
    ("The harbour board met twice in March to settle the dispute.", " \u00bb | Tuesday, 5 March 2019"),
    ("Fares rose again last week.", " Comments | Share"),
])
def test_a_run_of_link_labels_glued_to_a_sentence_is_excluded_and_the_sentence_stays(story: str, tail: str) -> None:
    doc = document_from_text(_page(story + tail), id="d")
    i = doc.text.index(story)
    j = i + len(story)
    assert doc.is_excluded(j + 1, j + len(tail))
    assert not doc.is_excluded(i, j)
