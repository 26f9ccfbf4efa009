"""A document's title is the page's headline: its first line that reads as a headline of this story (a clause or a
noun phrase of a few words that the story below echoes, not a section's label, a notice, a site's tagline or a
picture's caption: such a line gives way to a headline below it); a line a hard wrap or the markup
broke is read joined; in HTML the <h1> an og:title or <title> holds with the site's name or section around it."""
from pathlib import Path

import pytest

from timeline_app.core.documents import _headline_of_story, load_document
from timeline_app.core.html_text import HtmlText, page_headline, reduce_html

_PAGES = Path(__file__).parent / "fixtures" / "story_headline"


@pytest.mark.parametrize("page, title", [
    # a headline after the date the page's store printed on its line
    ("dated_headline.txt", "Tributes as former harbour master Tom Reed dies"),
    # a notice, a one-word label and a section's name over the headline
    ("notice_over_headline.txt", "Former Lakeside captain Tom Reed dies aged 81"),
    ("one_word_label.txt", "Former mayor Ann Lee dies aged 85"),
    # a site's tagline the story does not echo over the headline
    ("site_tagline.txt", "Ferry crossings to speed up after Holm delays"),
    # a lead wrapped over lines (no headline): the whole sentence, not its first line
    ("wrapped_lead.txt", "Northsound Ferries Inc posted a better-than-expected quarterly profit as bookings from its "
                         "island customers jumped 14 percent."),
    # kept: a picture's caption after the date is no headline (it names the lead's subject, tells nothing of it)
    ("dated_caption.txt", "The actor Jane Doe, known for many roles in television and the theatre, has died aged 90, "
                          "her family has said."),
    # kept: a headline telling an act in other words than its lead's
    ("clause_headline_in_other_words.txt", "Dockers' walkout drags on"),
    ("headline_case_clause.txt", "Fast Ferry Sinks Off Holm"),
    # kept: a lead the next paragraphs do not echo stays the title (no paragraph below replaces it)
    ("lead_without_echo.txt", "Acme Corp., facing a cash squeeze, said it is seeking other financing sources."),
    # HTML: the <h1> inside the og:title (without its section), not the site's <h1> before it
    ("h1_in_og_title.html", "Ferry sinks off Holm, twelve rescued"),
    # HTML: a paragraph the source wraps is one line (the title is not cut at the source's line break)
    ("source_wrapped_paragraph.html", "HOLM — Rescuers pulled twelve people from the sea off Holm on Monday after their "
                                      "ferry sank in a storm, the coastguard said."),
])
def test_a_document_title_is_the_headline_of_its_story(page: str, title: str) -> None:
    assert load_document(_PAGES / page).title == title


@pytest.mark.parametrize("head, below, expected", [
    ("Tributes as former mayor dies", "Tributes have been paid to a former mayor after his death.", True),
    ("Man held after Mill Lane stabbing", "Police arrested a man after he stabbed a neighbour.", True),  # lemmas
    ("Ferry operator cuts 40 jobs", "Northsound Ferries cut 40 jobs on Friday.", True),  # "Ferry", "Ferries"
    ("Tarn elects its first Green mayor", "Ida Berg won the mayoral vote on Sunday.", True),  # first letters
    ("Harbor strike drags on", "The union leader had not signed a contract.", True),  # an act, in other words
    ("Occasional Digest - a story for you", "The commissioner promised an improved count at council polls.", False),
    ("Court news", "A jury in Bexley found Ann Lee guilty of fraud.", False),
    ("Our website is temporarily unavailable", "Former captain Tom Reed has died aged 81.", False),  # a state
    ("Oops", "Oops, the captain has died.", False),  # a word alone
])
def test_a_line_is_a_headline_of_the_story_below_it(head: str, below: str, expected: bool) -> None:
    assert _headline_of_story(head, below) is expected


@pytest.mark.parametrize("og_title, title, h1s, expected", [
    ("Asia - Ferry sinks off Holm", "", ("Harbour News", "Ferry sinks off Holm"), "Ferry sinks off Holm"),
    ("", "Ferry sinks off Holm - Harbour News", ("Ferry sinks off Holm",), "Ferry sinks off Holm"),
    ("Ferry sinks off Holm", "Ferry sinks off Holm | Harbour News", ("Ferry sinks off Holm",), "Ferry sinks off Holm"),
    # an <h1> the og:title does not hold (a site's name, a word alone): the og:title
    ("Ferry sinks off Holm", "", ("Harbour News",), "Ferry sinks off Holm"),
    ("World - Ferry sinks off Holm", "", ("World",), "World - Ferry sinks off Holm"),
    ("", "", ("Ferry sinks off Holm",), "Ferry sinks off Holm"),
])
def test_an_html_page_headline_is_its_h1_without_the_site_around_it(og_title: str, title: str, h1s: tuple[str, ...],
                                                                    expected: str) -> None:
    page = HtmlText(text="", title=title, og_title=og_title, h1=h1s[0] if h1s else "", h1s=h1s)
    assert page_headline(page) == expected


def test_a_line_break_in_the_html_source_is_a_space_and_br_a_line_break() -> None:
    assert reduce_html("<p>Rescuers pulled twelve people\n  from the sea.<br>Next line</p>").text == \
        "Rescuers pulled twelve people from the sea.\nNext line"
