"""Page dates of the tenth real-page set (docs/realnews10_judgement.md) that main did not read and took for events:
a spoken or written statement of the day ("Today is <weekday>, <date>.", an audio brief's opening) and a wire's
compact bracketed date stamp ("on Tuesday (06Dec16)"). Invented lines in the forms seen, other words and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

_HEADLINE = "Harbour Briefs"
_STORY = ("Two ferry captains have been fined in the harbour court for the second time. The court heard the case in "
          "April after the board appealed.")


@pytest.mark.parametrize("statement, published", [
    ("Today is Thursday, June 10th, 2010.", dt.date(2010, 6, 10)),
    ("Today is March 4, 2011.", dt.date(2011, 3, 4)),
    ("Today is Friday 4 March 2011.", dt.date(2011, 3, 4)),
    ("Today's date is 12 May 2015.", dt.date(2015, 5, 12)),
])
def test_a_statement_of_today_s_date_is_the_page_date_and_no_event(statement, published):
    for around in ("{} I'm Jane Doe and this is Harbour Radio.", "Good evening. {}", "{}"):
        line = around.format(statement)
        doc = document_from_text(_HEADLINE + "\n\n" + line + "\n\n" + _STORY + "\n", id="d")
        assert doc.published == published
        assert doc.is_excluded(*_located(doc, statement))
        assert not doc.is_excluded(*_located(doc, "Two ferry captains"))
        titles = [c.title for c in extract_mentions(doc)]
        assert not any(t.startswith("Today") for t in titles), titles


def test_a_statement_of_today_s_date_yields_to_the_page_s_own_date():
    doc = document_from_text(_HEADLINE + "\n\nPublished: 11 June 2010\n\nToday is Thursday, June 10th, 2010.\n\n"
                             + _STORY + "\n", id="d")
    assert doc.published == dt.date(2010, 6, 11)


@pytest.mark.parametrize("sentence", [
    # the day is the subject of a happening's statement, or the sentence goes on: the story's
    "Today is the day the harbour bridge opens after ten years of work.",
    "Today is March 4, 2011, the tenth anniversary of the flood.",
    "Today is Thursday, June 10th, 2010, and the ferry is late again.",
    # the day said of another day, not today
    "Tomorrow is Friday, June 11th, 2010.",
])
def test_a_sentence_saying_more_than_today_s_date_stays_the_story_s(sentence):
    doc = document_from_text(_HEADLINE + "\n\n" + sentence + "\n\n" + _STORY + "\n", id="d")
    assert doc.published is None
    assert not doc.is_excluded(*_located(doc, sentence.split(",")[0].split(" after")[0]))


@pytest.mark.parametrize("lead, stamp, published", [
    ("The veteran actor Jane Doe, best known for the harbour saga, passed away on Tuesday (06Dec16).", "06Dec16",
     dt.date(2016, 12, 6)),
    ("The singer John Roe married his partner in a private ceremony on Saturday (23Sep17).", "23Sep17",
     dt.date(2017, 9, 23)),
    ("The band announced its farewell tour on Monday (1Jun09).", "1Jun09", dt.date(2009, 6, 1)),
])
def test_a_bracketed_compact_date_stamp_is_the_page_date(lead, stamp, published):
    doc = document_from_text("Veteran actor dies\n\n" + lead + "\n\nShe had a career of fifty years.\n", id="d")
    assert doc.published == published
    titles = [c.title for c in extract_mentions(doc)]
    assert not any(stamp in t for t in titles), titles


@pytest.mark.parametrize("lead", [
    # not a day, a month's abbreviation and a two-digit year: a code, a model, a price
    "The council passed motion (32Dec16) on Tuesday.",
    "The council bought the model (06Dex16) on Tuesday.",
    "The council passed motion (06Dec2016x) on Tuesday.",
    "The council filed the form (DEC16) on Tuesday.",
])
def test_only_an_unambiguous_compact_date_is_read(lead):
    doc = document_from_text("Council news\n\n" + lead + "\n", id="d")
    assert doc.published is None


@pytest.mark.parametrize("alt, caption", [
    ("Jane Doe and her husband John Roe earlier this year",
     "Jane Doe and her husband John Roe earlier this year. Picture: Acme"),
    ("The harbour board meets in March", "The harbour board meets in March. (Photo: Harbour Wire)"),
])
def test_a_picture_s_alt_text_over_its_credited_caption_is_furniture(alt, caption):
    doc = document_from_text("Veteran actor dies aged 90\n\n" + alt + "\n" + caption + "\n\n"
                             "The actor Jane Doe died in her sleep on Tuesday, her family said.\n", id="d")
    assert doc.is_excluded(*_located(doc, alt))
    assert not doc.is_excluded(*_located(doc, "The actor Jane Doe died"))
    titles = [c.title for c in extract_mentions(doc)]
    assert not any(t.startswith(alt.split()[0] + " " + alt.split()[1]) and "died" not in t and "dies" not in t
                   for t in titles), titles


@pytest.mark.parametrize("above", [
    # a line of the story above a caption, not its words whole
    "Jane Doe and her husband John Roe married earlier this year.",
    "Jane Doe and her husband John Roe",
])
def test_a_line_that_does_not_repeat_the_caption_stays(above):
    doc = document_from_text("Veteran actor dies aged 90\n\n" + above + "\n"
                             "Jane Doe and her husband John Roe earlier this year. Picture: Acme\n\n"
                             "The actor Jane Doe died in her sleep on Tuesday, her family said.\n", id="d")
    assert not doc.is_excluded(*_located(doc, above))


_DOUBLED = "Harbour club wins the first coastal league final"
_MENU_LEAD = "The Harbour club won the first coastal league on Sunday, beating the Valley club 2-0 in the final."


@pytest.mark.parametrize("menu", [
    "Watch Live\n\nBreaking News\n\nSport\n\nsport",
    "Watch Live\nNews\nSport",
    "Listen Now",
])
def test_a_menu_over_a_headline_printed_twice_is_no_title(menu):
    doc = document_from_text(menu + "\n\n" + _DOUBLED + "\n\n" + _DOUBLED + "\n\n" + _MENU_LEAD + "\n", id="d")
    assert doc.title == _DOUBLED


@pytest.mark.parametrize("page, menu", [
    ("Watch Live\nBreaking News\nSport\n" + _DOUBLED + "\n" + _DOUBLED, True),
    ("Listen Now\n" + _DOUBLED + "\n" + _DOUBLED, True),
    # the headline printed once: no cue
    ("Watch Live\nBreaking News\nSport\n" + _DOUBLED + "\n" + _MENU_LEAD, False),
    # a sentence or a headline between: the short line is no menu over the doubled line
    ("Watch Live\n" + _MENU_LEAD + "\n" + _DOUBLED + "\n" + _DOUBLED, False),
    ("Storm closes harbour for two days\n" + _DOUBLED + "\n" + _DOUBLED, False),
    # a short line with a figure or a sentence's end is no menu's entry
    ("Won 2-0\n" + _DOUBLED + "\n" + _DOUBLED, False),
    ("They won.\n" + _DOUBLED + "\n" + _DOUBLED, False),
])
def test_a_short_line_over_a_doubled_headline_is_a_menu_entry(page, menu):
    from timeline_app.core.documents import _lines, _menu_over_doubled_headline
    lines = _lines(page)
    assert _menu_over_doubled_headline(lines, 0, lines[0].s) == menu


def test_a_headline_over_a_doubled_line_stays_the_title():
    above = "Storm closes harbour for two days"
    doc = document_from_text(above + "\n\n" + _DOUBLED + "\n\n" + _DOUBLED + "\n\n" + _MENU_LEAD + "\n", id="d")
    assert doc.title == above
