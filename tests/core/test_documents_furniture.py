"""Page furniture that real pages made events of (docs/realnews2_judgement.md classes 3 and 8, docs/realnews_judgement.md
page 10): a picture's caption, a dated list of sources or links, a results box's rows. The loader excludes them (never
an event); the story's sentences, a schedule's entries and a caption that names who did what stay. Invented lines in
the forms seen, other words and dates; two small pages beside the tests (fixtures/furniture)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from timeline_app.core.documents import _sentences_within, document_from_text
from timeline_app.core.model import Sentence
from timeline_app.core.pipeline import build_timeline

_FIXTURES = Path(__file__).parent / "fixtures" / "furniture"
_HEAD = "Harbour Plan Approved\n\nPublished: 4 March 2011\n\n"
_LEAD = ("The regional council approved the harbour plan on Monday after a long debate. Members voted nine to two "
         "in favour of the proposal.")


def _located(doc, needle: str) -> tuple[int, int]:
    i = doc.text.index(needle)
    return i, i + len(needle)


def _page(block: str) -> str:
    return _HEAD + _LEAD + "\n\n" + block + "\n\n" + "The plan goes to the minister next month.\n"


@pytest.mark.parametrize("caption", [
    # an anonymous scene in the present, closed by the day the picture was taken
    "A fisherman mends his nets on the quay at Porthleven, Cornwall, 14 February 2014.",
    "Shoppers queue outside a bakery in Lyon, Saturday, Nov. 7, 2015.",
    "Volunteers fill sandbags near the river in Worcester, England, January 9, 2016.",
    # a phrase about the picture itself, with its day
    "In this photo taken June 2, 2012, the mayor cuts a ribbon at the new library.",
    "In this picture taken 3 May 2010 a ferry at the quay in Oban.",
    "The new stand is shown in this architect's drawing released on May 5, 2017.",
    "FILE - This is a Tuesday, Aug. 4, 2015 file image of the harbour wall at Whitby.",
])
def test_a_pictures_caption_is_excluded(caption):
    doc = document_from_text(_page(caption), id="d")
    assert doc.is_excluded(*_located(doc, caption[-20:]))  # (its end: the whole caption, not a label before it)
    assert not doc.is_excluded(*_located(doc, _LEAD))


@pytest.mark.parametrize("sentence", [
    # a weekday's date in apposition: the story's own day
    "The suspect is due to appear in court on Monday, 30 December 2019.",
    "The exhibition runs until Sunday, May 8, 2016.",
    # a named subject: a caption may carry the only day of a happening
    "Governor Ann Lee signs the harbour bill into law in Albany, Wednesday, Nov. 1, 2006.",
    # past tense: narration
    "The storm flooded homes in the old town of Porthleven, Cornwall, 14 February 2014.",
    "In this case, decided on March 3, 2009, the court ruled for the tenants.",
    "In this town, founded in 1902, the mill closed last year.",
    # "this" with no picture's participle and date
    "In this election the council has a new majority.",
    # a chronology's entries told the same way, one after another or as list items
    "Troops enter the city, 3 March 2019. Rebels sign a truce, 5 April 2019.",
    "• Troops enter the city, 3 March 2019.",
])
def test_a_story_sentence_shaped_like_a_caption_stays(sentence):
    doc = document_from_text(_page(sentence), id="d")
    assert not doc.is_excluded(*_located(doc, sentence))


@pytest.mark.parametrize("page, lead", [
    # an undated page's lead under its headline, closed by its day: the story's first sentence (the only day)
    ("Depot Fire Spreads\n\nCrews tackle a large fire at a paint depot near Hull, 9 July 2017. Smoke closed the "
     "ring road for hours.\n", "Crews tackle a large fire at a paint depot near Hull, 9 July 2017."),
    ("Flood Warning\n\nBy Ann Lee\n\nRiver levels rise across the valley, Saturday, Feb. 4, 2012.\n\nResidents "
     "moved cars to higher ground.\n", "River levels rise across the valley, Saturday, Feb. 4, 2012."),
])
def test_a_pages_lead_shaped_like_a_caption_stays(page, lead):
    doc = document_from_text(page, id="d")
    assert not doc.is_excluded(*_located(doc, lead))


@pytest.mark.parametrize("page, caption", [
    # a picture's caption over an undated story, its credit or a word for the picture next to it
    ("Storm Nears Coast\n\nA lifeguard watches the surf at Bondi, Sydney, 2 March 2016. Reuters photo by Tom "
     "West.\n\nThousands left the coast on Wednesday as the storm neared.\n",
     "A lifeguard watches the surf at Bondi, Sydney, 2 March 2016."),
    ("Storm Nears Coast\n\nA lifeguard watches the surf at Bondi, Sydney, 2 March 2016.\n(Tom West/Getty Images)"
     "\n\nThousands left the coast on Wednesday as the storm neared.\n",
     "A lifeguard watches the surf at Bondi, Sydney, 2 March 2016."),
])
def test_a_caption_over_the_story_with_a_pictures_cue_is_excluded(page, caption):
    doc = document_from_text(page, id="d")
    assert doc.is_excluded(*_located(doc, caption))


@pytest.mark.parametrize("line", [
    # a digest's line about itself: a noun phrase with no verb, "for" its day
    "A roundup of short local stories for Tuesday, June 7, 2016.",
    "Selected letters to the editor for 4 March 2011.",
])
def test_a_digests_line_about_itself_is_excluded(line):
    doc = document_from_text(_page(line), id="d")
    assert doc.is_excluded(*_located(doc, line))


@pytest.mark.parametrize("line", [
    # a happening for that day: a kind of happening named, or a verb
    "A general strike for Tuesday, June 7, 2016.",
    "The union called a strike for Tuesday, June 7, 2016.",
    "Votes counted for 4 March 2011.",
])
def test_a_happening_for_a_day_stays(line):
    doc = document_from_text(_page(line), id="d")
    assert not doc.is_excluded(*_located(doc, line))


@pytest.mark.parametrize("block", [
    # a list of sources or links, newest first
    "Mar 4 Harbour Board statement\nMar 4 Coastguard report\nMar 3 Port Authority notice",
    "4 March 2011 Ferry operators' letter\n2 March 2011 Council minutes",
    "• Mar 4 Council press release\n• Mar 2 Opposition statement",  # a list's items with their marker
    # a results box's rows: all on one day
    "Jane Doe (Green) 3 May 2021\nJohn Roe (Labour) 3 May 2021",
    "Ann Lee (Independent) 4 June 2016\nTom Hill (Labour) 4 June 2016\nSam Fox (Green) 4 June 2016",
    # other stories' headlines, each with the stamp of its posting (day, year, clock time): links, whatever their
    # headlines say (docs/realnews9_judgement.md page 07), after the stamp or before it, long headlines too
    "Ferry operator cancels winter timetable Sat, May 18, 2024, 11:45 AM\n"
    "Council votes to sell the old harbour depot to a developer after a three-hour debate on the budget Sat, May 18, "
    "2024, 11:35 AM\nFishermen protest new quota rules Fri, May 17, 2024, 05:16 PM",
    "Storm batters the coast road Tue 3 March 2020 18:05 GMT\nLifeboat crew rescues two kayakers Tue 3 March 2020 "
    "09:12 GMT",
    "March 4, 2019, 10:15 a.m. | Mayor opens the new bridge\nMarch 3, 2019, 6:40 p.m. | Police close the ring road",
])
def test_a_dated_list_whose_days_never_advance_is_excluded(block):
    doc = document_from_text(_page(block), id="d")
    for line in block.split("\n"):
        assert doc.is_excluded(*_located(doc, line)), line
    assert not doc.is_excluded(*_located(doc, _LEAD))


@pytest.mark.parametrize("block", [
    # a schedule: its days advance
    "May 12 Nominations open\nMay 19 Voting begins\nMay 26 Results announced",
    "3 June 2016 Polls open\n4 June 2016 Counting starts",
    # the whole block is judged: two entries on one day, then the days advance
    "Jun 8 Ballot boxes sealed\nJun 8 Observers arrive\nJun 9 Count begins in the capital",
    "• 2 April 2018 Nominations close\n• 2 April 2018 Candidates named\n• 9 April 2018 Campaign opens",
    # a chronology told newest first: its entries are clauses, happenings of the story
    "Mar 3 Storm batters the coast\nMar 1 Ferry services cut",
    "Oct 14, 2020 - Miners walk out over pay\nSept 30, 2020 - Mediation fails\nSept 2, 2020 - Pay deal lapses",
    "17 July 2015: Court hears the appeal\n2 June 2015: Jury convicts the driver\n9 May 2015: Trial opens",
    # one dated line alone is no list
    "Mar 4 Harbour Board statement",
    # sentences are no entries
    "Mar 4: The board met.\nMar 3: The port closed.",
    # stamped entries whose days advance: a chronology told in order
    "Polls open in the capital May 6, 2015, 07:00\nFirst result declared May 7, 2015, 01:10",
    # a lone stamped headline
    "Ferry operator cancels winter timetable Sat, May 18, 2024, 11:45 AM",
])
def test_a_schedule_or_a_lone_dated_line_stays(block):
    doc = document_from_text(_page(block), id="d")
    for line in block.split("\n"):
        assert not doc.is_excluded(*_located(doc, line)), line


@pytest.mark.parametrize("banner, body, published", [
    # a banner announcing the story's happening for its day: the story names it, so no page date (its event stays)
    ("Harbour Rally for June 4, 2016", "Hundreds of fishermen are expected at the rally on the quay. Organisers said "
     "boats would sail in from three ports.", None),
    ("Charity Swim for 3 May 2014", "Forty swimmers have signed up for the swim across the bay. The lifeboat crew "
     "will follow them.", None),
    # the story names it in another form of the noun (lemminflect's plural, not a guessed "-s")
    ("Peace Rally for 3 May 2014", "Students held rallies in three cities. Police said the crowds were calm.", None),
    ("Search Party for 9 June 2018", "Two search parties set out from the village at dawn. Volunteers brought dogs.",
     None),
    # a digest's headline: its items do not repeat its name, so its day is the page's
    ("Evening Roundup for June 4, 2016", "The council approved the harbour plan after a long debate. Police closed the "
     "coast road after a landslide.", dt.date(2016, 6, 4)),
])
def test_a_banner_for_a_day_dates_the_page_only_when_the_story_does_not_name_it(banner, body, published):
    doc = document_from_text(banner + "\n\n" + body + "\n", id="d")
    assert doc.published == published
    assert doc.is_excluded(*_located(doc, banner)) == (published is not None)


_STORY_P = ("<p>Ferry crews on the west coast returned to work on Tuesday after a three-day strike over pay ended with "
            "a new offer.</p>")
_AFTER_P = "<p>The operator said all routes would run normally by Wednesday evening.</p>"


@pytest.mark.parametrize("caption, excluded", [
    # a picture's description, an anonymous scene, a "this" picture: furniture, whatever the tense
    ("Deckhands at the quay in Oban on Monday, 2 May 2010.", True),
    ("A deckhand tied up a ferry at Oban on Monday.", True),
    ("Passengers wait for the first sailing at Mallaig.", True),
    # a named subject's happening: it may be the only mention of its day
    ("Union leader Ann Byrne addressed the crews at Oban on Monday, 2 May 2010.", False),
])
def test_an_html_figcaption_is_excluded_unless_it_tells_a_named_happening(caption, excluded):
    page = f"<html lang=en><body>{_STORY_P}<figure><figcaption>{caption}</figcaption></figure>{_AFTER_P}</body></html>"
    doc = document_from_text(page, id="d", kind="html")
    assert doc.is_excluded(*_located(doc, caption)) == excluded
    assert not doc.is_excluded(*_located(doc, "Ferry crews on the west coast"))


def _events(path: Path) -> dict[str, str]:
    """Each event's title -> its start."""
    return {e.title: e.first.isoformat() for e in build_timeline([path], cache=False).events}


def test_a_text_pages_caption_and_source_list_make_no_events():
    events = _events(_FIXTURES / "harbour_storm.txt")
    assert set(events) == {
        "Gales tear the roof from the lifeboat station", "A trawler loses power off the Lizard",
        "Wind warning ends", "The harbour will reopen"}, events  # the schedule's entries stay
    assert events["Wind warning ends"] == "2014-02-16"


def test_an_html_pages_caption_and_link_list_make_no_events():
    events = _events(_FIXTURES / "bridge_opening.html")
    assert set(events) == {"The new road bridge over the River Tamar opens to traffic",
                           "Engineers found a crack in one of its piers"}, events


class _CountedSentences(Sequence):
    """A plain sequence of sentences (no `index_at`) that counts how many it is asked for."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences, self.reads = sentences, 0

    def __len__(self) -> int:
        return len(self.sentences)

    def __getitem__(self, k):
        self.reads += 1
        return self.sentences[k]


@pytest.mark.parametrize("count", [100, 2000])
def test_the_sentences_within_a_figcaption_are_found_without_a_scan_of_the_page(count):
    # a gallery: a figcaption at each sentence's gap; finding its sentences reads a few sentences, not all before it
    sentences = _CountedSentences([Sentence(10 * j + 1, 10 * j + 9) for j in range(count)])
    found = [list(_sentences_within(sentences, 10 * j, 10 * j + 10)) for j in range(count)]
    assert all(f == [Sentence(10 * j + 1, 10 * j + 9)] for j, f in enumerate(found))
    assert sentences.reads <= count * 30  # (a scan per figcaption reads count * count / 2)


@pytest.mark.parametrize("line", [
    # a header's field: a label, its colon and a date alone (docs/realnews9_judgement.md page 14)
    "Latest update : 2015-05-12",
    "Date created: March 3, 2011",
    "Last reviewed: 3 March 2011, 09:40",
    # a masthead's record: the outlet's place and an abbreviated label before the date (realnews9 page 04)
    "Spokane, Washington  Est. May 19, 1883",
    "Harbour Herald Estd. 12 June 1901",
])
def test_a_header_field_or_masthead_record_is_no_event_nor_the_pages_date(line, tmp_path):
    page = line + "\n\nHarbour Plan Approved\n\n" + _LEAD + "\n"
    doc = document_from_text(page, id="d")
    assert doc.is_excluded(*_located(doc, line))
    assert not doc.is_excluded(*_located(doc, _LEAD))
    assert doc.title == "Harbour Plan Approved"
    assert doc.published is None  # what day the field names its label says; the masthead's is the outlet's
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    year = int(re.search(r"\b(?:18|19|20)\d\d\b", line).group(0))
    assert all(e.first.year != year for e in build_timeline([path], cache=False).events)


@pytest.mark.parametrize("masthead", [
    # the lines above a masthead's record are the masthead: an icon's words, the outlet's name (realnews9 page 04)
    "Arrow-right Camera\nThe Harbour Herald Newspaper\nPortree, Skye  Est. May 19, 1883",
    "The Harbour Herald\nPortree Estd. 12 June 1901",
])
def test_the_lines_above_a_masthead_record_are_no_title(masthead):
    doc = document_from_text(masthead + "\n\nHarbour Plan Approved\n\n" + _LEAD + "\n", id="d")
    assert doc.title == "Harbour Plan Approved"
    assert all(doc.is_excluded(*_located(doc, line)) for line in masthead.split("\n"))


def test_the_lines_above_a_header_field_stay():
    # a field stands under the headline ("Latest update : 2015-05-12" under France 24's): the headline stays
    doc = document_from_text("Harbour Plan Approved\nLatest update : 2011-03-04\n\n" + _LEAD + "\n", id="d")
    assert doc.title == "Harbour Plan Approved"
    assert not doc.is_excluded(*_located(doc, "Harbour Plan Approved"))


@pytest.mark.parametrize("line", [
    # a headline naming a happening and its day stays a sentence (its event kept)
    "Hurricane Katrina August 29, 2005",
    "Mayor Resigns Gov. May 3, 2019",  # a verb among the words before the abbreviation
    "The vote: what happened on March 3, 2019",  # a clause after the colon
])
def test_a_dated_headline_is_no_header_record(line):
    page = line + "\n\n" + _LEAD + "\n"
    doc = document_from_text(page, id="d")
    assert not doc.is_excluded(*_located(doc, line))
