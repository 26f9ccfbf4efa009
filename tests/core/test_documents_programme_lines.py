"""An audio brief's script lines in which the page speaks of its own programme (docs/realnews19_judgement.md: Wikinews'
"News briefs"): "Today on <Site>: we ...", "The time is <clock> (UTC) on <date>, and this is <Site>", "I am <name>
and this is <Site>", its licence line. They are furniture, not events, and the time line's date is the page's date
when the page prints none. Invented lines in the forms seen, other words and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

_HEADLINE = "Harbour Briefs"
_STORY = ("Yesterday the harbour board fined two ferry captains for speeding in the port. The court heard the case in "
          "April after the board appealed.")


def _doc(*lines: str):
    return document_from_text("\n\n".join((_HEADLINE, *lines, _STORY)) + "\n", id="d")


@pytest.mark.parametrize("line, programme, published", [
    ("The time is 10:00 (UTC) on Friday March 4, 2011, and this is Harbour Radio News Briefs.",
     "The time is 10:00", dt.date(2011, 3, 4)),
    # the presenter's name before it; the weekday disagrees with the date (12 May 2015 was a Tuesday): the date wins
    ("I'm Jane Doe. The time is 0730 UTC on Wednesday the 12th of May 2015, and this is Harbour Radio: News Briefs.",
     "I'm Jane Doe. The time is 0730 UTC", dt.date(2015, 5, 12)),
    ("The time is 9.30 GMT on 3 June 2019.", "The time is 9.30", dt.date(2019, 6, 3)),
    ("Today on Harbour News: We briefly recap some of the stories of the last week and from around the world.",
     "Today on Harbour News: We briefly recap", None),
    ("I am Jane Doe and this is Harbour Radio.", "I am Jane Doe and this is Harbour Radio.", None),
    ("This recording has been released under the Creative Commons Attribution 2.5 License.",
     "This recording has been released", None),
])
def test_a_programme_line_is_furniture_and_its_date_the_page_s(line, programme, published):
    doc = _doc(line)
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, programme))
    assert not doc.is_excluded(*_located(doc, "Yesterday the harbour board"))
    titles = [c.title for c in extract_mentions(doc)]
    assert not any(word in t for t in titles for word in ("time is", "Harbour News", "Harbour Radio", "recording")), \
        titles


def test_the_time_line_s_date_anchors_the_story_s_relative_days():
    doc = _doc("The time is 10:00 (UTC) on Friday March 4, 2011, and this is Harbour Radio News Briefs.")
    fined = [c for c in extract_mentions(doc) if "fined two ferry captains" in c.title]
    assert fined and all(c.first == dt.date(2011, 3, 3) for c in fined), fined


def test_a_printed_date_wins_over_the_time_line_s():
    doc = _doc("Published: 11 June 2010",
               "The time is 10:00 (UTC) on Thursday June 10, 2010, and this is Harbour Radio News Briefs.")
    assert doc.published == dt.date(2010, 6, 11)


@pytest.mark.parametrize("sentence, kept", [
    # a story's quoted "we", a time of day, a programme-like opening with no presenters' "we", a recording in a story
    ('"We will rebuild the harbour," the mayor said on Tuesday.', '"We will rebuild the harbour,"'),
    ("The time is 10:00 and the polls across the harbour have closed.", "The time is 10:00"),
    ("At 8 p.m. local time on Wednesday, the bureau reported that the storm had weakened.", "At 8 p.m. local time"),
    ("Today on Capitol Hill: lawmakers passed the harbour bill.", "Today on Capitol Hill"),
    ("This recording was made by the harbour police in 2019.", "This recording was made"),
    ("Officials said this is Harbour Radio's last broadcast.", "Officials said this is"),
])
def test_a_story_s_sentence_stays(sentence, kept):
    doc = _doc(sentence)
    assert doc.published is None
    assert not doc.is_excluded(*_located(doc, kept))
