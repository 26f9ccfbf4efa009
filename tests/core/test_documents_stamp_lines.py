"""A page's stamp printed after a byline's names or a participle's modifier: "CNNMoney (New York) First published
February 1, 2016: 1:28 AM ET" at the page's foot (docs/realnews12_judgement.md, page 13), "IANS| Last Updated:
Saturday, September 23, 2017 - 09:30" over the story (an unseen page of this session's test bed). The line is no
sentence of the story: its one date is the page's, a publication's before an update's. Invented pages in those
shapes, other names, places and days; beside them the lines that are a story's sentence, a headline or a list."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import document_from_text

_HEADLINE = "Harbour board reports record tonnage\n\n"
_STORY = ("The harbour board said on Monday that the port handled more cargo last year than ever before.\n\n"
          "Container traffic rose by a fifth, the board said, and the new quay opened on time.\n\n"
          "The board expects a quieter year as two shipping lines move to the rival port.\n\n")


@pytest.mark.parametrize("foot, published", [
    ("Tidewater Daily (Port Elmet) First published March 4, 2019: 9:12 AM ET", dt.date(2019, 3, 4)),
    ("Harbour Post (Kingsbridge) Originally posted 12 June 2018, 14:05 GMT", dt.date(2018, 6, 12)),
    ("By Jane Okafor (Lagos) First published October 7, 2020 at 8:40 AM", dt.date(2020, 10, 7)),
    # a publication's day beats an update's
    ("Tidewater Daily | Last updated March 5, 2019 | First published March 4, 2019 9:12 AM", dt.date(2019, 3, 4)),
])
def test_a_stamp_after_a_byline_at_the_foot_dates_the_page(foot: str, published: dt.date) -> None:
    doc = document_from_text(_HEADLINE + _STORY + foot + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, foot))


@pytest.mark.parametrize("head, published", [
    ("NewsWire| Last Updated: Saturday, September 23, 2017 - 09:30", dt.date(2017, 9, 23)),
    ("Harbour Post | First Published: 12 June 2018 14:05", dt.date(2018, 6, 12)),
])
def test_a_stamp_whose_participle_has_a_modifier_dates_the_page_from_its_head(head: str,
                                                                               published: dt.date) -> None:
    doc = document_from_text(_HEADLINE + head + "\n\n" + _STORY, id="d")
    assert doc.published == published


@pytest.mark.parametrize("text", [
    # a sentence of the story at the foot, not a stamp
    _HEADLINE + _STORY + "The board first published its plans for the quay on March 4, 2019.\n",
    # two dated lines at the foot: a list of other stories, none the page's
    _HEADLINE + _STORY + "Harbour Post (Kingsbridge) First published March 4, 2019 9:12 AM\n\n"
    "Harbour Post (Kingsbridge) First published March 9, 2019 10:30 AM\n",
    # a headline's past over the story stays a headline (no byline before a head line)
    "Mayor Hollis resigned 3 May 2019 14:00\n\n" + _STORY,
])
def test_a_line_that_is_no_stamp_leaves_the_page_undated(text: str) -> None:
    assert document_from_text(text, id="d").published is None


def test_the_lead_s_weekday_counts_from_the_foot_stamp(tmp_path) -> None:
    from timeline_app.core.pipeline import build_timeline
    page = tmp_path / "tonnage.txt"
    page.write_text(_HEADLINE + _STORY + "Tidewater Daily (Port Elmet) First published March 6, 2019: 9:12 AM ET\n",
                    encoding="utf-8")
    timeline = build_timeline([page], cache=False)
    said = [e for e in timeline.events if any("Monday" in m.text for m in e.mentions)]
    # (Wednesday 6 March 2019: the board spoke on Monday the 4th; no event is the stamp line's)
    assert [e.first for e in said] == [dt.date(2019, 3, 4)], [(e.title, e.first) for e in timeline.events]
    assert not any("First published" in e.title for e in timeline.events)
