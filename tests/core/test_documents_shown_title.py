"""The title the app shows of a document (`Document.shown_title`: the Sources list, an event's detail, the exports)
is its headline: without a leading dateline (the place in capitals, maybe a region, a date, the agency in brackets,
a dash), a site's name beside it after a bar, a breadcrumb's path (or one glued to it) or a bracketed link before
it; a flattened wire's lead wrapped under its dateline gives its whole first sentence. `Document.title` stays the
page's own line (the readers match it with the opening sentence, which keeps its dateline). A line or a page's
<title> that is only a byline, a date stamp or a site's name gives way to the headline under it (else the lead).
Invented pages (fixtures/shown_title), other words."""
from pathlib import Path

import pytest

from timeline_app.core.documents import load_document
from timeline_app.core.model import Document

_PAGES = Path(__file__).parent / "fixtures" / "shown_title"
_RESCUE = ("Rescuers pulled twelve people from the sea off Holm on Monday after their ferry sank in a storm, the "
           "coastguard said.")


@pytest.mark.parametrize("page, shown", [
    # an agency's dateline (place, region, agency in brackets, dash) before the lead that titles the page
    ("agency_dateline.txt", _RESCUE),
    # a paper's own dateline with its dash before a whole sentence
    ("paper_dash_lead.html", "After two days of searching, rescuers pulled twelve people from the sea off Holm on "
                             "Monday, the coastguard said."),
    # a flattened wire's place and day, its lead wrapped over lines: the lead's first sentence
    ("flattened_wire_line.txt", "Norway's Ferry Minister Kari Lund will open the new ferry line to Holm on Friday, "
                                "officials told reporters."),
    ("flattened_wire_paragraph.txt", _RESCUE),
    # a site's name beside the headline after a bar, before it or after it
    ("site_name_bar.html", "Ferry sinks off Holm, twelve rescued"),
    ("site_name_after_headline.txt", "Twelve rescued as ferry sinks off Holm"),
    # a navigation path glued to the headline on its line, the line under it the headline alone
    ("path_glued_to_headline.txt", "Twelve rescued as ferry sinks off Holm"),
    # a bracketed link back to the site before the headline
    ("bracketed_link.txt", "Twelve rescued as ferry sinks off Holm"),
    # a byline, a date stamp, a site's name alone over the headline: the headline
    ("byline_over_headline.txt", "Ferry sinks off Holm, twelve rescued"),
    ("date_stamp_over_headline.txt", "Ferry sinks off Holm, twelve rescued"),
    ("site_name_over_headline.txt", "Ferry sinks off Holm, twelve rescued"),
    # a page whose <title> is only a byline, a date or a site's name: its heading, else its lead
    ("byline_page_title.html", "Ferry sinks off Holm, twelve rescued"),
    ("date_page_title.html", _RESCUE),
    ("site_name_page_title.html", _RESCUE),
    # kept: a headline over a dateline's lead, a headline in capitals with a dash (no sentence after it)
    ("headline_over_dateline.txt", "Talks on ferry line resume"),
    ("capitals_headline_with_dash.txt", "STORM WARNING - Ferries stay in port"),
])
def test_the_title_shown_is_the_headline(page: str, shown: str) -> None:
    assert load_document(_PAGES / page).shown_title == shown


@pytest.mark.parametrize("page, opening", [
    ("agency_dateline.txt", "HOLM, Norway (Reuters) - Rescuers"),
    ("flattened_wire_line.txt", "OSLO Mar 3 Norway's"),
    ("paper_dash_lead.html", "HOLM — After"),
])
def test_the_title_matched_keeps_the_pages_line(page: str, opening: str) -> None:
    # the news and merging readers compare the title with the opening sentence, dateline and all
    assert load_document(_PAGES / page).title.startswith(opening)


@pytest.mark.parametrize("title, shown", [
    ("LISBON, Portugal (AP) — The city council approved the new tram line on Monday.",
     "The city council approved the new tram line on Monday."),
    ("LISBON, March 3 (Reuters) - The city council approved the new tram line on Monday.",
     "The city council approved the new tram line on Monday."),
    ("LISBON (AFP) The city council approved the new tram line",  # the agency says it is a dateline
     "The city council approved the new tram line"),
    ("AFP - The city council approved the new tram line on Monday.",
     "The city council approved the new tram line on Monday."),
    ("News | Europe | City council approves the new tram line", "City council approves the new tram line"),
    ("Home > Europe > City council approves the new tram line", "City council approves the new tram line"),
    ("Home » Europe » City council approves the new tram line", "City council approves the new tram line"),
    ("[Video] City council approves the new tram line", "City council approves the new tram line"),
    # kept: no dateline, no site's name
    ("City council approves the new tram line", "City council approves the new tram line"),
    ("TRAM STRIKE - Lines stop at noon", "TRAM STRIKE - Lines stop at noon"),  # a headline: no sentence after it
    ("Trams | Buses", "Trams | Buses"),  # two short parts: no headline and no site's name to tell apart
    ("Tram line opens | City votes on the budget tonight",
     "Tram line opens | City votes on the budget tonight"),  # two headlines' lengths: no site's name
])
def test_a_titles_headline(title: str, shown: str) -> None:
    assert Document(id="a", path="a.txt", text=title + "\n", title=title).shown_title == shown


def test_the_shown_title_is_computed_once_and_anew_for_a_corrected_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Sources list asks for a document's shown title per visible row and the event table once per document
    on every change: it is worked out once; a copy with another title (a user's correction) works out its own."""
    import dataclasses

    from timeline_app.core import documents

    calls: list[str] = []
    real = documents.shown_title

    def counting(doc: Document) -> str:
        calls.append(doc.title)
        return real(doc)

    monkeypatch.setattr(documents, "shown_title", counting)
    title = "LISBON (AFP) - The city council approved the new tram line on Monday."
    doc = Document(id="a", path="a.txt", text=title + "\n", title=title)
    assert doc.shown_title == doc.shown_title == "The city council approved the new tram line on Monday."
    assert calls == [title]
    copy = dataclasses.replace(doc, title="Home > Europe > Tram line opens")
    assert copy.shown_title == "Tram line opens"
    assert copy == dataclasses.replace(copy) and doc == dataclasses.replace(doc, text=doc.text)  # the memo is no field
    assert "_shown_title" not in repr(doc)
