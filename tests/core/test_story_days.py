"""A page of several stories, each under its own date line (a blog's copies of several articles, a compiler's page
of wire stories): a later story's date line that heads it (a headline, maybe a byline and a notice, then the date
line standing alone, then running text) starts a stretch whose weekdays, year-less dates and undated news count from
that line's day, not the page's first (`Document.story_days`, `temporal.tag_stream`'s `stories`,
`news.StoriesNewsWalk`). A dated line inside one story (a timeline's entries, a letter's date under "read:", an
"Updated:" stamp) heads nothing. The pages are invented (fixtures/story_days)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import temporal
from timeline_app.core.documents import load_document
from timeline_app.core.model import Event
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "story_days"


@pytest.mark.parametrize("page, stories", [
    # a compiler's page of two wire stories: the second's headline, byline and agency line over its date line
    ("wire_digest.txt", [("Council Approves New Bridge", dt.date(2012, 11, 8))]),
    # a blog's copies of two articles: the second's headline and a notice (a sentence) over its date line
    ("blog_copies.txt", [("Harbour town candidates speak", dt.date(2012, 10, 24))]),
    # one story: a timeline's dated entries, a quoted letter's date under "read:", an "Updated:" stamp
    ("one_story_timeline.txt", []),
    # an index page of teasers cut with "[…]", each story's date line run into its lead on one line
    ("index_run_in.txt", [("Read MoreCouncil approves harbour bridge", dt.date(2012, 11, 8)),
                          ("Rover to photograph comet", dt.date(2015, 6, 5))]),
    # one story whose chronology's entries open with their dates: no headline over them, no story
    ("run_in_chronology.txt", []),
    # a later story's date line with a table's bar drawn under it, then its running text
    ("table_bar.txt", [("Chief justice keeps her seat", dt.date(2018, 3, 15))]),
    # ... with a table's rule and an empty row under it
    ("table_rules.txt", [("Museum reopens its fossil hall", dt.date(2017, 9, 8))]),
    # ... with a rule of equals signs under it
    ("dash_rule.txt", [("Storm floods low fields", dt.date(2018, 7, 6))]),
])
def test_a_later_story_is_found_by_its_headline_and_date_line(page: str, stories: list[tuple[str, dt.date]]) -> None:
    doc = load_document(FIXTURES / page)
    found = [(doc.text[at:doc.text.index("\n", at)], day) for at, day in doc.story_days]
    assert found == stories


def test_a_later_storys_byline_starts_no_footer() -> None:
    # (the second story's byline, followed only by paragraphs of under 60 words, had been read as the page's foot,
    # and the whole story excluded)
    doc = load_document(FIXTURES / "wire_digest.txt")
    lead = doc.text.index("The city council voted on Wednesday")
    assert not doc.is_excluded(lead, lead + 10)
    date_line = doc.text.index("Thursday, November 8, 2012")
    assert doc.is_excluded(date_line, date_line + 10)  # (the story's date line is furniture, as the first's)


def test_a_date_run_into_a_storys_lead_is_furniture_and_the_lead_its_own_sentence() -> None:
    doc = load_document(FIXTURES / "index_run_in.txt")
    date_line = doc.text.index("Thursday, November 8, 2012")
    lead = doc.text.index("The city council on Wednesday")
    assert doc.is_excluded(date_line, date_line + 10)
    assert not doc.is_excluded(lead, lead + 10)
    assert any(s.start == lead for s in doc.sentences)


def test_an_index_pages_first_date_run_into_its_lead_is_the_pages_date() -> None:
    doc = load_document(FIXTURES / "index_run_in.txt")
    assert doc.published == dt.date(2013, 3, 4)
    date_line = doc.text.index("Monday, March 4, 2013")
    lead = doc.text.index("The mayor of Lakeview")
    assert doc.is_excluded(date_line, date_line + 10) and not doc.is_excluded(lead, lead + 10)


@pytest.mark.parametrize("cut, whole", [
    ("Residents queued for […]", "The mayor of Lakeview on Saturday opened"),
    ("Engineers expect […]", "Work will begin on January 14, the council said."),
    ("Scientists hope […]", "On June 9, the space agency will point"),
])
def test_a_teasers_sentence_cut_short_is_furniture_and_the_whole_ones_stay(cut: str, whole: str) -> None:
    doc = load_document(FIXTURES / "index_run_in.txt")
    at, kept = doc.text.index(cut), doc.text.index(whole)
    assert doc.is_excluded(at, at + len(cut))
    assert not doc.is_excluded(kept, kept + len(whole))


@pytest.mark.parametrize("phrase, value", [
    ("on Sunday", "2013-03-03"),  # the first story: the page's date
    ("on Wednesday", "2012-11-07"),  # the later story: its own date line's week
    ("on January 14", "2013-01-14"),  # a year-less date ahead of the story's day, not of the page's
])
def test_the_tagger_counts_a_later_storys_dates_from_its_day(phrase: str, value: str) -> None:
    text = ("Floods hit the coast\n\nMonday, March 4, 2013\n\nThe floods struck on Sunday, officials said.\n\n"
            "Council approves bridge\n\nThursday, November 8, 2012\n\nThe council voted on Wednesday to build a "
            "bridge. Work will begin on January 14.\n")
    later = text.index("Council approves bridge")
    tagged = {t.text: t.value for t in temporal.tag_stream(text, dt.date(2013, 3, 4),
                                                           stories=((later, dt.date(2012, 11, 8)),))}
    assert tagged[phrase.split(" ", 1)[1]] == value


def _events() -> tuple[Event, ...]:
    return build_timeline([FIXTURES], cache=False).events


@pytest.fixture(scope="module")
def events() -> tuple[Event, ...]:
    return _events()


def _event_with(events: tuple[Event, ...], document: str, text: str) -> Event:
    found = [e for e in events if any(m.document == document and m.text == text for m in e.mentions)]
    assert len(found) == 1, [(e.title, [(m.document, m.text) for m in e.mentions]) for e in events]
    return found[0]


@pytest.mark.parametrize("document, text, day", [
    ("wire_digest", "Sunday", dt.date(2013, 3, 3)),  # the page's first story, on the page's date
    ("wire_digest", "Wednesday", dt.date(2012, 11, 7)),  # "voted on Wednesday" under "Thursday, November 8, 2012"
    ("wire_digest", "January 14", dt.date(2013, 1, 14)),  # "will begin on January 14": after the story's day
    ("wire_digest", "protested", dt.date(2012, 11, 7)),  # undated: the story's lead's day, not the page's
    ("blog_copies", "Monday", dt.date(2013, 2, 11)),  # the page's first story
    ("blog_copies", "November 6", dt.date(2012, 11, 6)),  # an election under "Wednesday, October 24, 2012"
    # an index page's stories, each date run into its lead: the lead's weekday and year-less date count from it
    ("index_run_in", "Saturday", dt.date(2013, 3, 2)),  # the first story: "on Saturday opened" under its own date
    ("index_run_in", "Wednesday", dt.date(2012, 11, 7)),  # "on Wednesday voted" under Thursday, November 8, 2012
    ("index_run_in", "January 14", dt.date(2013, 1, 14)),
    ("index_run_in", "June 9", dt.date(2015, 6, 9)),  # "On June 9, ... will point" under Friday, June 5, 2015
    # a later story's date line over a table's bar or a rule: its weekdays count from that line's day
    ("table_bar", "Wednesday", dt.date(2018, 3, 14)),  # "chose ... on Wednesday" under 2018/03/15
    ("table_rules", "Thursday", dt.date(2017, 9, 7)),  # "reopened ... on Thursday" under 2017/09/08
    ("dash_rule", "Thursday", dt.date(2018, 7, 5)),  # "flooded ... on Thursday" under Friday, July 6, 2018
    # "said the storm was the fiercest": the storm its own story dates (Wednesday), not the first story's
    ("story_own_targets", "storm", dt.date(2012, 11, 7)),
])
def test_a_later_storys_events_are_dated_from_its_own_date_line(events: tuple[Event, ...], document: str,
                                                                text: str, day: dt.date) -> None:
    event = _event_with(events, document, text)
    assert (event.first, event.last) == (day, day)


def test_a_later_storys_undated_news_is_of_its_own_day(events: tuple[Event, ...]) -> None:
    # The interview story's own news (its headline, its lead's undated answers) is of 24 October 2012; none of it
    # is put on the first story's day.
    doc = load_document(FIXTURES / "blog_copies.txt")
    later = doc.story_days[0][0]
    in_later = [e for e in events if any(m.document == "blog_copies" and m.start >= later for m in e.mentions)]
    assert in_later
    assert all(e.first >= dt.date(2012, 10, 24) and e.last <= dt.date(2012, 11, 6) for e in in_later), \
        [(e.title, e.first) for e in in_later]
    headline = _event_with(events, "blog_copies", "speak")
    assert headline.first == dt.date(2012, 10, 24) and headline.reported


def _holding(events: tuple[Event, ...], document: str, text: str) -> list[Event]:
    return [e for e in events if any(m.document == document and m.text == text for m in e.mentions)]


@pytest.mark.parametrize("document, stray, other", [
    # "announced the creation of a new public holiday" (the first story) names no banner "created ... in 1968"
    # (the later story's): a page's stories are two articles for a reference by a bare noun
    ("story_references", "creation", "1968"),
    # two briefs of one day: the later one's "The fire burned through forty hectares of scrub on Sunday", naming
    # nobody, is not the first one's warehouse fire of "Sunday afternoon" (as two articles, they stay apart)
    ("same_day_briefs", "Sunday", "Sunday afternoon"),
    # a later story's "the storm" is not the first story's storm of "Saturday", though that one is the page's
    # recent one: each story has its own
    ("story_own_targets", "storm", "Saturday"),
])
def test_a_mention_joins_no_event_of_another_story_by_a_word_alone(events: tuple[Event, ...], document: str,
                                                                   stray: str, other: str) -> None:
    others = _holding(events, document, other)
    assert others  # (the other story's event is there)
    assert not any(any(m.document == document and m.text == stray for m in e.mentions) for e in others), \
        [(e.title, [m.text for m in e.mentions]) for e in others]
