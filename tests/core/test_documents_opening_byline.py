"""A flattened wire page that lost its headline opens its first line with the byline and the agency's dateline run
into the lead ("by Staff Writers Lanzhou, China (AFP) July 22, 2013 Rescuers battled ...", realnews23 05): the date
is the page's, the byline and dateline are furniture, and the lead's first word opens its sentence (it is no name:
"Rescuers battle", not "Rescuers battles"). Invented lines in the forms seen, other words and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_documents_page_dates import _located
from timeline_app.core import grammar
from timeline_app.core.documents import document_from_text
from timeline_app.core.pipeline import build_timeline

_LEAD = ("Volunteers searched through mud and broken fences on Monday to reach farms cut off by the flood. The river "
         "rose for a third day.")


@pytest.mark.parametrize("opening, date_text, published", [
    ("by Staff Writers Port Louis, Mauritius (AFP) June 25, 2020 ", "June 25, 2020", dt.date(2020, 6, 25)),
    ("by Jane Doe Cape Town (AP) 3 May 2014 ", "3 May 2014", dt.date(2014, 5, 3)),
    ("Port Louis, Mauritius (AFP) June 25, 2020 ", "June 25, 2020", dt.date(2020, 6, 25)),
])
def test_an_opening_byline_and_dateline_date_the_page_and_start_the_lead(opening, date_text, published):
    doc = document_from_text(opening + _LEAD + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, date_text))
    assert doc.text[doc.sentences[0].start:doc.sentences[0].end].startswith("Volunteers searched")


@pytest.mark.parametrize("text", [
    # a sentence with its own date and a bracket, no dateline: the date stays the sentence's
    "Police in Port Louis (Mauritius) arrested two men on June 25, 2020 after a long search of the harbour.\n",
    # a name's bracket that is no agency's (two words), before a date and a sentence
    "Jane Doe (Green Party) 3 May 2021 Voters in the ward chose a new councillor after a long count.\n",
])
def test_no_opening_dateline_without_its_shape(text):
    doc = document_from_text(text, id="d")
    assert doc.published is None


def test_the_lead_after_an_opening_dateline_agrees_with_its_plural_subject(tmp_path):
    # ("Rescuers", a plural the lexicon lacks, read as a name after the dateline's year: "Rescuers battles")
    (tmp_path / "a.txt").write_text(
        "by Staff Writers Port Louis (AFP) June 22, 2020 Rescuers battled through floods and blocked roads in a bid "
        "to reach farms in the north Monday which the river cut off. The river rose for a third day.\n",
        encoding="utf-8")
    titles = [e.title for e in build_timeline([tmp_path]).events]
    assert "Rescuers battle through floods" in titles, titles


@pytest.mark.parametrize("text, word, named", [
    ("(AFP) July 22, 2013 Rescuers battled through landslides.", "Rescuers", False),
    ("The team met Rescuers Inc. officials.", "Rescuers", True),
])
def test_a_word_after_a_year_is_no_mid_sentence_name(text, word, named):
    assert (word in grammar.document_names(text)) == named
