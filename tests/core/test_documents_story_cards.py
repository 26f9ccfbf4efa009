"""Cards of other stories set after the story under a heading of a few words, whatever its words ("Go deeper",
"Keep exploring"): each card a headline, a teaser of a sentence or two (maybe a picture's caption) and its own stamp
(a date, an age, a byline) on a line of its own. They are the page's furniture, not the story's sentences. Kept: the
story's own later sections (a subheading, then prose: no stamps between them), a single dated card, a chronology (its
dates before its entries) and a page of several stories. Invented pages and wording."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text

_HEAD = "Harbour Plan Approved\n\nPublished: 4 March 2011\n\n"
_STORY = ("The regional council approved the harbour plan on Monday after a long debate. Members voted nine to two "
          "in favour of the proposal.\n\nThe plan goes to the minister next month, officials said.\n\n")
_CARD_A = ("Ferry operator adds a winter route to the islands\n\n"
           "A ferry leaving the northern pier at dusk. Photo: Jane Roe/Harbour Wire\n\n"
           "The operator launched a new winter route on Saturday, linking the two largest islands for the first "
           "time.\n\n")
_CARD_B = ("Lighthouse keepers mark a century of service\n\n"
           "The keepers' association held a dinner on Friday to mark its hundredth year, its chair said.\n\n")
_CARD_C = ("Fishing fleet returns early after storm warning\n\n"
           "Dozens of trawlers came back to port on Tuesday as forecasters warned of gales.\n\n")
# (the sentence of each card whose exclusion is asked, and the story's sentence that must stay)
_TEASER_A = "The operator launched a new winter route on Saturday"
_TEASER_B = "The keepers' association held a dinner on Friday"
_TEASER_C = "Dozens of trawlers came back to port on Tuesday"
_OWN = "The plan goes to the minister next month"


def _excluded(page: str, words: str) -> bool:
    doc = document_from_text(page, id="d")
    i = doc.text.index(words)
    return doc.is_excluded(i, i + len(words))


@pytest.mark.parametrize("tail, words, furniture", [
    # a stamp with a label run into it after each card, the last card cut off by the page's end
    ("Go deeper\n\n" + _CARD_A + "Go deeperArrowMar 9, 2011\n\n" + _CARD_B + "Go deeperArrowMar 12, 2011\n\n"
     + "Council names new harbour master\n\n", _TEASER_B, True),
    ("Go deeper\n\n" + _CARD_A + "Go deeperArrowMar 9, 2011\n\n" + _CARD_B + "Go deeperArrowMar 12, 2011\n\n"
     + "Council names new harbour master\n\n", _TEASER_A, True),
    # another heading's words, a label and a day with no year closing each card
    ("Keep exploring\n\n" + _CARD_B + "Read · Mar 9\n\n" + _CARD_C + "Read · Mar 8\n\n", _TEASER_C, True),
    # an age for the stamp, three cards
    ("Around the coast\n\n" + _CARD_A + "3 hours ago\n\n" + _CARD_B + "5 hours ago\n\n" + _CARD_C
     + "2 days ago\n\n", _TEASER_B, True),
    # a bare date for the stamp
    ("Elsewhere\n\n" + _CARD_C + "8 March 2011\n\n" + _CARD_A + "7 March 2011\n\n", _TEASER_A, True),
    # kept: the story's own later section, a subheading then prose, no stamps between
    ("What happens next\n\n" + _CARD_B.split("\n\n", 1)[1] + "Why it matters\n\n" + _CARD_C.split("\n\n", 1)[1],
     _TEASER_B, False),
    # kept: the story's own subheadings over prose (headline-shaped ones), no stamps
    ("Background\n\n" + _CARD_B + _CARD_C, _TEASER_C, False),
    # kept: a single stamped card is no block
    ("Go deeper\n\n" + _CARD_C + "Go deeperArrowMar 9, 2011\n\n", _TEASER_C, False),
    # kept: a chronology, its dates before its entries
    ("Timeline\n\n8 March 2011\n\n" + _CARD_B + "9 March 2011\n\n" + _CARD_C, _TEASER_B, False),
    # the story's own paragraph above the cards stays
    ("Go deeper\n\n" + _CARD_A + "Go deeperArrowMar 9, 2011\n\n" + _CARD_B + "Go deeperArrowMar 12, 2011\n\n",
     _OWN, False),
])
def test_cards_of_other_stories_are_furniture(tail: str, words: str, furniture: bool) -> None:
    assert _excluded(_HEAD + _STORY + tail, words) is furniture


def test_a_page_of_several_stories_keeps_its_later_stories() -> None:
    page = ("Harbour News Digest\n\n"
            "Ferry operator adds a winter route to the islands\n\n5 March 2011\n\n"
            "The operator launched a new winter route on Saturday, linking the two largest islands for the first "
            "time.\n\n"
            "Lighthouse keepers mark a century of service\n\n6 March 2011\n\n"
            "The keepers' association held a dinner on Friday to mark its hundredth year, its chair said.\n\n"
            "Fishing fleet returns early after storm warning\n\n7 March 2011\n\n"
            "Dozens of trawlers came back to port on Tuesday as forecasters warned of gales.\n\n")
    doc = document_from_text(page, id="d")
    assert [_excluded(page, w) for w in (_TEASER_A, _TEASER_B, _TEASER_C)] == [False, False, False]
    assert len(doc.story_days) >= 2


@pytest.mark.parametrize("head, published", [
    # a card's stamp at the page's foot is that card's day, not the page's (which prints none)
    ("Harbour Plan Approved\n\n", None),
    # kept: the page's own date over the story
    (_HEAD, dt.date(2011, 3, 4)),
])
def test_a_cards_stamp_is_not_the_pages_date(head: str, published: dt.date | None) -> None:
    tail = "Elsewhere\n\n" + _CARD_C + "8 March 2011\n\n" + _CARD_A + "7 March 2011\n\n"
    assert document_from_text(head + _STORY + tail, id="d").published == published


_STORY_HEAD = "Harbour Plan Approved\n\nPublished: 4 March 2011\n\n"


@pytest.mark.parametrize("page, words, furniture", [
    # a rail of cards over the story, each closed by its stamp, then the story's headline and its paragraphs
    ("Harbour Wire\n\nMost popular\n\n" + _CARD_B + "Mar 9, 2011\n\n" + _CARD_C + "Mar 8, 2011\n\n" + _STORY_HEAD
     + _STORY, _TEASER_B, True),
    ("Harbour Wire\n\nPicked for you\n\n" + _CARD_A + "2 hours ago\n\n" + _CARD_C + "4 hours ago\n\n" + _STORY_HEAD
     + _STORY, _TEASER_C, True),
    # the story under the rail stays
    ("Harbour Wire\n\nMost popular\n\n" + _CARD_B + "Mar 9, 2011\n\n" + _CARD_C + "Mar 8, 2011\n\n" + _STORY_HEAD
     + _STORY, _OWN, False),
    # kept: a page of stories under a heading, the last unstamped (no story of its own follows them)
    ("Harbour Wire\n\nToday's stories\n\n" + _CARD_B + "Mar 9, 2011\n\n" + _CARD_C + "Mar 8, 2011\n\n" + _CARD_A,
     _TEASER_B, False),
    # kept: stamped stories under a heading with no headline and prose of a story after them
    ("Harbour Wire\n\nToday's stories\n\n" + _CARD_B + "Mar 9, 2011\n\n" + _CARD_C + "Mar 8, 2011\n\n",
     _TEASER_C, False),
])
def test_a_rail_of_cards_over_the_story_is_furniture(page: str, words: str, furniture: bool) -> None:
    assert _excluded(page, words) is furniture
