"""The page's own notices are furniture, not events (docs/realnews15_judgement.md, class "page furniture": a
"Latest update : 2017-07-15" field under a photo's caption, and a wiki archive's notices after its "This page is
archived" line, "Articles presented on Wikinews reflect the specific time ..." and "The text of this article has been
released into the public domain"): a header's field (a label, a colon, a bare date) just under the story's first line
(a caption started it), and the lines after the page's note about itself at its foot, when they name no day. Invented
pages (fixtures/page_notices), other words; the rows marked "kept" guard story lines of the same shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.documents import load_document
from timeline_app.core.extraction import extract_mentions

_PAGES = Path(__file__).parent / "fixtures" / "page_notices"


def _line_excluded(page: str, words: str) -> bool:
    doc = load_document(_PAGES / page)
    i = doc.text.index(words)
    return doc.is_excluded(i, i + len(words))


def _titles(page: str) -> list[str]:
    return [c.title for c in extract_mentions(load_document(_PAGES / page))]


@pytest.mark.parametrize("page, words, excluded", [
    # a field under a photo's caption that started the story
    ("field_under_caption.txt", "Last edit : 2018-06-03", True),
    # the site's notices after the page's note about itself, at its foot
    ("archive_trailer.txt", "Stories presented on the Harbour Wiki reflect the time", True),
    ("archive_trailer.txt", "The text of this story has been released into the public domain.", True),
    ("archive_trailer.txt", "Please note that we will not alter the content", True),
    # kept: the story's lines before the note
    ("archive_trailer.txt", "The regional council approved the harbour plan on Monday", False),
    ("field_under_caption.txt", "The Harbour rowing club won the River Cup on Sunday", False),
    # kept: an editor's note near the foot that the story goes on after, naming its days
    ("note_then_story.txt", "The mayor said on Tuesday that the vote was a victory for the town.", False),
    ("note_then_story.txt", "She thanked the members who had supported the plan since 2009.", False),
])
def test_page_notices_are_furniture(page: str, words: str, excluded: bool) -> None:
    assert _line_excluded(page, words) is excluded


@pytest.mark.parametrize("page, notice", [
    ("field_under_caption.txt", "Last edit"),
    ("archive_trailer.txt", "Stories presented"),
    ("archive_trailer.txt", "public domain"),
])
def test_no_event_is_titled_by_a_notice(page: str, notice: str) -> None:
    titles = _titles(page)
    assert titles and not any(notice in t for t in titles)


@pytest.mark.parametrize("page, title_opens", [
    # the page's sentence about itself over a story with no headline line (a wiki's disclosure notice): the lead
    ("self_notice_over_lead.txt", "The Osk city council approved a new ferry terminal on Monday"),
    # kept: a headline whose "this story" is a compound's start, not the page speaking of itself
    ("self_named_headline.txt", "This story hour brings crowds to the Osk library"),
])
def test_the_pages_sentence_about_itself_is_no_title(page: str, title_opens: str) -> None:
    assert load_document(_PAGES / page).title.startswith(title_opens)
