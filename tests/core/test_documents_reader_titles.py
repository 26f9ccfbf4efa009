"""A page's title is its headline, not a line in which the site speaks to its reader (docs/realnews5_judgement.md,
"Document titles": "You are the owner of this article.", "You can watch ... live below.", "Connect with us", a
row of "Follow ..." links were taken as titles). Decided by grammar (`documents._addresses_reader(as_title=True)`):
"you" the subject of the line's verb, or an imperative opening it, and no noun or third person the subject of any
verb. Invented pages beside this file (fixtures/doc_titles); the rows marked "kept" are headlines that speak of
"you" with a third person doing the telling."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.documents import _addresses_reader, load_document

_PAGES = Path(__file__).parent / "fixtures" / "doc_titles"


@pytest.mark.parametrize("page, title", [
    # "you" the subject, over the headline
    ("reader_owner_line.txt", "Crews battle barn blaze outside Millbrook"),
    # "you can ..." with a name as the object, over the headline
    ("reader_watch_line.txt", "Mayor Ellen Ruiz steps down after eleven years"),
    # an imperative, then a date and a section label
    ("reader_imperative_line.txt", "Flood barrier opens ahead of spring tides"),
    # a row of imperative links
    ("reader_follow_links.txt", "Ten Years On, Valley Town Remembers Its Flood"),
    # no headline: the lead, not the reader's line
    ("reader_line_only.txt", "The harbour board met on Monday and agreed to raise mooring fees from April."),
    # kept: a headline in which a council or a minister tells "you"
    ("kept_headline_you_object.txt", "Council tells residents you must sort your waste from June"),
    ("kept_third_person_line.txt", "Minister tells voters: you deserve better schools"),
])
def test_a_page_title_is_not_a_line_to_its_reader(page: str, title: str) -> None:
    assert load_document(_PAGES / page).title == title


@pytest.mark.parametrize("line, to_reader", [
    ("You are reading a subscriber-only story.", True),
    ("You can watch Mayor Ellen Ruiz's briefing live below.", True),
    ("Stay connected with us", True),
    ("Subscribe to the morning briefing", True),
    ("Follow @ValleyTV on Chirp Follow Valley TV News on Facebook", True),
    # a headline: a noun or a third person is the subject
    ("Council tells residents you must sort your waste from June", False),
    ("Protest greets minister in Port Alder", False),
    ("She says you can still vote by post", False),
    ("Mayor Ellen Ruiz steps down after eleven years", False),
    # a noun the tagger reads as a verb only when capitalised opens a headline, not an imperative
    ("Bomb accused in court", False),
    ("Strike halts trains", False),
    # a question or a quotation is the story's
    ("Can you spot the difference?", False),
    ("\u201cYou will not be forgotten,\u201d the mayor said", False),
])
def test_a_line_to_the_reader_as_a_title(line: str, to_reader: bool) -> None:
    assert _addresses_reader(line, as_title=True) is to_reader
