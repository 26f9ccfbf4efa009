"""A numeric date whose day and month may be either way round ("Published: 12/03/2021") takes the order the document
shows elsewhere: another numeric date with a day above 12, the order of its spelled dates ("12 March 2021" against
"March 12, 2021"), the page's language or locale (its CLDR date patterns: en-GB day first, en-US month first); else month first, as before (`numeric_dates.day_first`). Invented articles."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.numeric_dates import day_first_by_language
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.temporal import tag

DAY_FIRST, MONTH_FIRST = dt.date(2021, 3, 12), dt.date(2021, 12, 3)
TEXT = "Harbour works\nPublished: 12/03/2021\n\n{}\n"
PAGE = ("<html{}><head>{}<title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
        "<p>Published: 12/03/2021</p><p>The harbour board met to discuss the works.</p></article></body></html>")


@pytest.mark.parametrize("body, published", [
    # another numeric date shows the order
    ("The board first met on 27/01/2021 to discuss the works.", DAY_FIRST),
    ("The board first met on 01/27/2021 to discuss the works.", MONTH_FIRST),
    # the spelled dates' order
    ("The board first met on 4 February 2021 to discuss the works.", DAY_FIRST),
    ("The board first met on 4th of February, 2021, and again on 9 February 2021.", DAY_FIRST),
    ("The board first met on February 4, 2021 to discuss the works.", MONTH_FIRST),
    # nothing shows it: month first, as before
    ("The board met to discuss the works.", MONTH_FIRST),
])
def test_a_texts_numeric_publication_date_takes_the_order_it_shows(body: str, published: dt.date) -> None:
    assert document_from_text(TEXT.format(body), id="a").published == published


@pytest.mark.parametrize("head, published", [
    ("03.08.2023 12:18:05", dt.date(2023, 8, 3)),  # dotted: the day-first form, whatever the clock
    ("Published 3.8.2023", dt.date(2023, 8, 3)),
    ("Published 03/08/2023", dt.date(2023, 3, 8)),  # slashes and nothing else shown: month first, as before
    ("Published 03.08.2023\nThe board first met on February 4, 2021.", dt.date(2023, 3, 8)),  # spelled dates decide
])
def test_a_dotted_numeric_publication_date_is_read_day_first(head: str, published: dt.date) -> None:
    text = f"Harbour works\n{head}\n\nThe harbour board met to discuss the works.\n"
    assert document_from_text(text, id="a").published == published


@pytest.mark.parametrize("text, phrase, value", [
    ("On 03.08.2023 the council met.", "03.08.2023", "2023-08-03"),  # dotted: day first
    ("The board met on 3.8.2023 to discuss the works.", "3.8.2023", "2023-08-03"),
    ("On 25.08.2023 the council met.", "25.08.2023", "2023-08-25"),
    ("On 08.25.2023 the council met.", "08.25.2023", "2023-08-25"),  # the second number is no month: month first
])
def test_a_dotted_numeric_date_in_the_text_is_read_day_first(text: str, phrase: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, dt.date(2023, 9, 1))] == [(phrase, value)]


@pytest.mark.parametrize("text", [
    "The address 10.1.2024.5 failed.",  # a longer run of dotted numbers: no date
    "On 31.02.2023 nothing happened.",  # no such day
])
def test_a_dotted_run_that_is_no_date_is_not_tagged(text: str) -> None:
    assert not [t for t in tag(text, dt.date(2023, 9, 1)) if "." in t.text]


@pytest.mark.parametrize("html_attributes, head, published", [
    (' lang="en-GB"', "", DAY_FIRST),
    (' lang="de"', "", DAY_FIRST),
    ("", '<meta property="og:locale" content="en_AU">', DAY_FIRST),
    ("", '<meta http-equiv="content-language" content="fr">', DAY_FIRST),
    # American English, plain English, no language: month first
    (' lang="en-US"', "", MONTH_FIRST),
    (' lang="en"', "", MONTH_FIRST),
    ("", "", MONTH_FIRST),
])
def test_a_pages_numeric_publication_date_takes_its_languages_order(html_attributes: str, head: str,
                                                                   published: dt.date) -> None:
    page = PAGE.format(html_attributes, head)
    assert document_from_text(page, id="a", kind="html").published == published


@pytest.mark.parametrize("text, value", [
    ("The inquiry sat on 05/06/2021 and again on 28/06/2021.", "2021-06-05"),
    ("The inquiry sat on 05/06/2021 and again on 8 June 2021.", "2021-06-05"),
    ("The inquiry sat on 05/06/2021 and again on 06/28/2021.", "2021-05-06"),
    ("The inquiry sat on 05/06/2021.", "2021-05-06"),
])
def test_a_numeric_date_in_the_text_takes_the_order_the_text_shows(text: str, value: str) -> None:
    assert [t.value for t in tag(text, dt.date(2021, 7, 1)) if t.text == "05/06/2021"] == [value]


@pytest.mark.parametrize("lang, day_first", [
    # the locale's own date patterns (CLDR, through Babel): not "every English but American"
    ("en-GB", True), ("en_AU", True), ("en-IE", True), ("fr", True), ("de-DE", True), ("fr-CA", True),
    ("en-US", False), ("en-PH", False), ("en-CA", False),
    # a locale that writes its numbers year first and its spelled dates year first too says nothing; plain
    # English (every country's pages state only that), nothing, and what no locale is, say nothing
    ("ja", None), ("en", None), ("", None), ("x-klingon", None), ("<b>", None),
])
def test_a_pages_language_gives_the_order_its_locale_writes(lang: str, day_first: bool | None) -> None:
    assert day_first_by_language(lang) is day_first


SALE_PAGE = ("<html lang=\"{}\"><head><title>Quay sold</title></head><body><article><h1>Quay sold</h1>"
             "<p>Posted 04/07/2024</p><p>The port trust sold the old quay to a hotel group, it said.</p>"
             "<p>Trustees voted on 01/07/2024 to accept the offer after a long review.</p></article></body></html>")


@pytest.mark.parametrize("lang, published, voted", [
    # the body's numeric date reads the way the byline's did: the page's language reaches the tagger too
    ("en-GB", dt.date(2024, 7, 4), dt.date(2024, 7, 1)),
    ("en-US", dt.date(2024, 4, 7), dt.date(2024, 1, 7)),
])
def test_the_bodys_numeric_dates_read_as_the_publication_date_did(tmp_path: Path, lang: str, published: dt.date,
                                                                  voted: dt.date) -> None:
    (tmp_path / "quay.html").write_text(SALE_PAGE.format(lang), encoding="utf-8")
    timeline = build_timeline([tmp_path], cache=False)
    assert [d.published for d in timeline.documents] == [published]
    [vote] = [e for e in timeline.events if e.title.startswith("Trustees")]
    assert vote.first == voted
