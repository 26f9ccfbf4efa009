"""A line set apart from the story and dated well before the page (`documents._older_dated_lines`): a file photo's
caption or an older story's linked headline stands alone between the page's paragraphs (or between its date line
and its lead), with no sentence's end, and its day is weeks or years before the page's; the story tells its
background in sentences. Real pages showed it (realnews11 16: a file photo's caption printed twice above the
dateline, its 2014 day a junk event on a 2015 page; realnews11 09: a picture's caption "... in 2009" between the
date line and the lead). Invented lines and pages (fixtures/older_dated_lines), other words; the "kept" rows guard
the headline, a chronology, a line of the page's own days, a page with no date, and a paragraph cut short at the
page's end."""
from __future__ import annotations

import datetime as dt

from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text, load_document
from timeline_app.core.pipeline import build_timeline

_PAGES = Path(__file__).parent / "fixtures" / "older_dated_lines"
_HEAD = "Council Approves Harbour Plan\n\nPublished: 4 March 2011\n\n"
_LEAD = ("The regional council approved the harbour plan on Monday after a long debate over the cost of the new "
         "quay. Members voted nine to two in favour of the proposal.")
_BODY = "The mayor said work on the quay would start in the spring.\n\n"
_CLOSE = "The plan goes to the minister next month.\n"


def _excluded(text: str, line: str) -> bool:
    doc = document_from_text(text, id="d")
    i = doc.text.index(line)
    return doc.is_excluded(i, i + len(line))


@pytest.mark.parametrize("line", [
    # a caption with its picture's day, years before the page
    "The old quay is flooded in the storm of 2007",
    "Harbour master Tom Reilly inspects the quay, Friday, May 2, 2008",
    # closed by its credit in brackets, its scene ending with a full stop
    "Harbour master Tom Reilly at the quay, Friday, May 2, 2008. (Photo/Ann Byrne)",
    # an older story's headline with its date
    "Council rejects first harbour plan | 12 January 2009",
    # a day a month before the page's
    "Members visit the quay site on February 1, 2011",
])
def test_a_line_alone_dated_before_the_page_is_excluded(line: str) -> None:
    assert _excluded(_HEAD + _LEAD + "\n\n" + line + "\n\n" + _BODY + _CLOSE, line)


@pytest.mark.parametrize("text, line", [
    # the headline, whatever day it names
    ("Council rejects harbour plan of 2009\n\nPublished: 4 March 2011\n\n" + _LEAD + "\n\n" + _CLOSE,
     "Council rejects harbour plan of 2009"),
    # a line of the page's own week
    (_HEAD + _LEAD + "\n\nMembers visit the quay site on March 1, 2011\n\n" + _BODY + _CLOSE,
     "Members visit the quay site on March 1, 2011"),
    # a chronology: dated lines one after another
    (_HEAD + _LEAD + "\n\nCouncil first proposes the plan in 2007\nPort company agrees to share the cost in 2009\n"
     "Minister asks for a new survey in 2010\n\n" + _BODY + _CLOSE, "Port company agrees to share the cost in 2009"),
    # a sentence of the story, ended as a sentence
    (_HEAD + _LEAD + "\n\nThe council first proposed the plan in 2007.\n\n" + _BODY + _CLOSE,
     "The council first proposed the plan in 2007."),
    # a verbless dated line: a section's heading or a timeline's entry, dating what follows
    (_HEAD + _LEAD + "\n\nHarbour master Tom Reilly and the crews, Friday, May 2, 2008\n\n" + _BODY + _CLOSE,
     "Harbour master Tom Reilly and the crews, Friday, May 2, 2008"),
    # a page that prints no date of its own: nothing to compare with
    ("Council Approves Harbour Plan\n\n" + _LEAD + "\n\nThe old quay before the storm of 2007\n\n" + _BODY + _CLOSE,
     "The old quay before the storm of 2007"),
    # the page's last line, a paragraph an excerpt cut short
    (_HEAD + _LEAD + "\n\n" + _BODY + "In 2009 the council asked the port company to share the cost of",
     "In 2009 the council asked the port company to share the cost of"),
])
def test_the_storys_own_dated_lines_stay(text: str, line: str) -> None:
    assert not _excluded(text, line)


def test_a_file_photos_caption_printed_twice_makes_no_event_and_the_story_stays() -> None:
    path = _PAGES / "file_photo_twice.txt"
    doc = load_document(path)
    caption = "Skipper Ann Byrne of Port Ellis at the regatta's opening race"
    first = doc.text.index(caption)
    second = doc.text.index(caption, first + 1)
    assert doc.is_excluded(first, first + len(caption)) and doc.is_excluded(second, second + len(caption))
    events = build_timeline([path], cache=False).events
    # No event from either caption (its 2013 date): the winter the crew trained through (2013-14) is the body's.
    captions = ((first, first + len(caption)), (second, second + len(caption)))
    assert not any(a <= m.start < b for e in events for m in e.mentions for a, b in captions)
    assert not any(e.first == dt.date(2013, 6, 29) for e in events)
    assert any("regatta" in e.title.lower() and str(e.first) == "2014-07-12" for e in events)


def test_a_caption_between_the_date_line_and_the_lead_makes_no_event() -> None:
    path = _PAGES / "caption_under_date.txt"
    doc = load_document(path)
    caption = "The premier had lost an earlier vote over a budget dispute in 2008"
    i = doc.text.index(caption)
    assert doc.is_excluded(i, i + len(caption))
    events = build_timeline([path], cache=False).events
    assert not any(e.first.year == 2008 for e in events)
    assert any(str(e.first) == "2010-12-09" for e in events)
