"""The markup tells navigation and pictures from the story (`core/html_text.py`): a block whose text is nearly all
link text is a menu, a list of other stories or a line of related links, however its links are worded or joined
(realnews10 14: a "Five things we learned from ..." link line made a junk event); a <figure>'s text is the picture's
caption or credit. Invented markup, a table of page -> the text kept; the "kept" rows guard the story's own
paragraphs that link a word or two, a headline linked to itself and an anchor with no link."""
from __future__ import annotations

import pytest

from pathlib import Path

from timeline_app.core.documents import load_document
from timeline_app.core.html_text import reduce_html

_SAVED = Path(__file__).parent / "fixtures" / "saved_pages"

_LEAD = "<p>The regional council approved the harbour plan on Monday after a long debate.</p>"
_LEAD_TEXT = "The regional council approved the harbour plan on Monday after a long debate."


@pytest.mark.parametrize("block", [
    # a related story's headline alone in a paragraph
    '<p><a href="/news/1">Five things we learned from the harbour debate</a></p>',
    # related links joined on one line by semicolons, or by bars
    '<p><a href="/a">Storm cuts power in the north</a>; <a href="/b">Airline cancels winter flights</a>; '
    '<a href="/c">Festival names new director</a></p>',
    '<div><a href="/a">News</a> | <a href="/b">Sport</a> | <a href="/c">Business</a> | <a href="/d">Weather</a></div>',
    # a list of links as list items, each an item of its own
    '<ul><li><a href="/a">Governor opens new bridge in Port Ellis</a></li>'
    '<li><a href="/b">Transport minister resigns over rail contract</a></li></ul>',
    # a card: the link wraps a headline and its teaser
    '<div><a href="/c"><h3>Police arrest three after bank raid</h3><p>Three men were held after a raid.</p></a></div>',
])
def test_a_block_of_links_is_dropped(block: str) -> None:
    assert reduce_html("<body>" + _LEAD + block + "</body>").text == _LEAD_TEXT


@pytest.mark.parametrize("block, kept", [
    # the story's paragraph that links a name and a source
    ('<p>The <a href="/c">council</a> said the plan, <a href="/r">published last week</a>, would cost less.</p>',
     "The council said the plan, published last week, would cost less."),
    # the headline linked to its own page
    ('<h1><a href="/story">Council approves harbour plan</a></h1>', "Council approves harbour plan"),
    # the page's date line linked to the page's own address: the text's rules read its day
    ('<div><a href="/2011/03/04/harbour">March 4, 2011</a></div>', "March 4, 2011"),
    # an anchor that links nowhere (a target inside the page)
    ('<h2><a name="cost">Cost of the new quay</a></h2>', "Cost of the new quay"),
    # a paragraph quoting a linked statement among its own words
    ('<p>The minister said in <a href="/s">a statement</a> that the quay would be finished by the spring.</p>',
     "The minister said in a statement that the quay would be finished by the spring."),
])
def test_the_storys_own_blocks_with_a_link_stay(block: str, kept: str) -> None:
    assert kept in reduce_html("<body>" + _LEAD + block + "</body>").text


def test_an_unclosed_link_counts_only_until_the_next_link_closes() -> None:
    # a stray <a> never closed: links do not nest, so the next link's end closes it too
    markup = ('<body><p><a href="/x">Home</p><p>Menu <a href="/y">World</a></p>' + _LEAD
              + "<p>Work on the quay starts in the spring, the mayor said.</p></body>")
    text = reduce_html(markup).text
    assert _LEAD_TEXT in text and "Work on the quay starts in the spring" in text


@pytest.mark.parametrize("figure, caption", [
    # a picture's caption without a <figcaption>: any text inside the <figure>
    ('<figure><img src="a.jpg"><p>Crowds at the harbour, Saturday, June 28, 2008.</p></figure>',
     "Crowds at the harbour, Saturday, June 28, 2008."),
    ('<figure><img src="a.jpg"><span>Photo: Jane Doe</span></figure>', "Photo: Jane Doe"),
    # a <figcaption> inside it, as before
    ('<figure><img src="a.jpg"><figcaption>The quay in 1999.</figcaption></figure>', "The quay in 1999."),
])
def test_a_figures_text_is_a_caption(figure: str, caption: str) -> None:
    page = reduce_html("<body>" + _LEAD + figure + "<p>The mayor welcomed the vote.</p></body>")
    spans = [page.text[a:b] for a, b in page.captions]
    assert spans == [caption]
    assert "The mayor welcomed the vote." in page.text and _LEAD_TEXT in page.text


def test_a_saved_pages_menus_are_dropped_and_its_story_stays() -> None:
    # a table-layout page: a bar of section links over the story, a column of one-word links beside it
    doc = load_document(_SAVED / "div_soup.html")
    for menu in ("HOME | FOOTBALL", "Photo galleries", "Fixtures"):
        assert menu not in doc.text
    assert "Twelve-year-old Tomas Varga won the national chess championship on Sunday" in doc.text
    assert doc.title == "Chess prodigy, 12, becomes youngest national champion"
