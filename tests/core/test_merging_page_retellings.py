"""One happening told again on its own page, in words the other joins do not read, makes one event
(`merging._join_page_retellings`, read off the titles' subjects: `merging._title_subject_of`): the lead's happening by
its noun ("The magnitude 4.6 quake occurred 11 kilometers west ..." after "a moderate earthquake occurred ..."), a
funeral by its parts ("the funeral cortege will drive past ...", "Cremation will be at Osk Park at 11.30am": a part
given only a time of the lead's day), a court's decision by its finding ("The court concluded that ...", "The verdict
noted that ..."), the people a flood befell by their count ("six students were swept off" after "Six pupils ... washed
away") and as "the victims", a speaker's words by a second verb ("she said the sentences sent a signal" after "Ada
Berg ... described the sentences"), and a day's time printed right after the day ("on Wednesday, March 14 at 10am").
What else the page tells stays apart: one more of its kind ("A small aftershock", "She also announced"), another funeral (another name),
another count ("Two victims were found"), the search, another speaker, another day (a rescue the day after a crash)
and another party's statement that day. The articles are invented (fixtures/retold4/<story>/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import merging
from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "retold4"


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("story, retold, first", [
    # the lead's happening named again by its noun (a compound's last part: "quake" of "earthquake")
    ("quake_place", "The magnitude 4.6 quake occurred 11 kilometers", "a moderate earthquake occurred"),
    # a funeral's parts: a phrase of the lead's noun, a part given only a time of the lead's day
    ("funeral_parts", "the funeral cortege will drive past the town hall", "The funeral of former Orlen Council"),
    ("funeral_parts", "Cremation will be at Osk Park at 11.30am", "The funeral of former Orlen Council"),
    # a court's decision told again by the court and by the verdict's noun
    ("verdict_words", "The court concluded that the websites", "A court in Osk on Thursday sentenced Per Holm"),
    ("verdict_words", "The verdict noted that there was no public interest", "A court in Osk on Thursday sentenced"),
    # the same speaker's words on the same day
    ("verdict_words", "she said the sentences sent a signal", "described the sentences as"),
    # the people a flood befell: the same count and noun, and "the victims"
    ("flood_victims", "six students were swept off", "six students of Madrasah Bani Osk reportedly washed away"),
    ("flood_victims", "The victims were carried away far", "six students of Madrasah Bani Osk reportedly washed away"),
    # a day's time printed right after the day
    ("funeral_clock", "His funeral will be held at the Osk Crematorium", "His funeral will be held"),
])
def test_a_happening_told_again_on_its_page_makes_one_event(story: str, retold: str, first: str) -> None:
    told = _holding(story, retold)
    assert len(told) == 1 and told == _holding(story, first), [(e.title, e.first) for e in told]


@pytest.mark.parametrize("story, own, lead", [
    # one more of its kind (an indefinite subject)
    ("quake_place", "A small aftershock struck the lake", "a moderate earthquake occurred"),
    # another funeral: another person named
    ("two_funerals", "The funeral of former mayor Ada Lund", "The funeral of former Orlen Council leader"),
    # another count of people; another act upon them (the search)
    ("flood_victims", "Two victims were found lifeless", "six students of Madrasah Bani Osk reportedly washed away"),
    ("flood_victims", "The search for victims was conducted", "six students of Madrasah Bani Osk reportedly washed away"),
    # another speaker the same day
    ("two_speakers", "Tom Lund, a councillor who voted against it", "Ada Berg, the council's leader, described"),
    # another party's statement on the court's day (the court's "also ordered" confiscation is a part of the
    # sentencing, told with it: realnews9's judging counted such a fine apart as a split)
    ("verdict_words", "Police said Holm's lawyer would appeal", "A court in Osk on Thursday sentenced Per Holm"),
    # the same speaker's one more statement ("also announced"): another announcement, not the first told again
    ("two_announcements", "She also announced that the Osk player", "Ada Berg announced that automatic updates"),
    # another page's part: its own news, not the other page's funeral
    ("two_pages", "A funeral cortege will drive past the town hall", "The funeral of former Orlen Council leader"),
    # a rescue the day after the crash; a statement the day of the rescue
    ("crash_rescue", "The bus driver was rescued by fishermen", "A bus crashed into a river near Osk"),
    pytest.param("crash_rescue", "The bus company said on Tuesday", "The bus driver was rescued by fishermen",
                 marks=pytest.mark.xfail(strict=True, reason="an older join (60fa5cd4 too): a statement's own day is "
                                         "taken into the day's happening as a mention")),
])
def test_what_else_the_page_tells_stays_apart(story: str, own: str, lead: str) -> None:
    told, other = _holding(story, own), _holding(story, lead)
    assert told and other and not any(event in other for event in told), \
        ([(e.title, e.first) for e in told], [(e.title, e.first) for e in other])


@pytest.mark.parametrize("title, count, head, statement, passive", [
    ("Four climbers were swept off", 4, "climber", False, True),
    ("The magnitude 5.2 quake occurs 20 kilometers", None, "quake", False, False),  # (a measure is no count)
    ("The ruling notes that there was no evidence", None, "ruling", True, False),
    ("Ada Berg describes the fine as harsh", None, "", True, False),
    ("Cremation will be at Osk Park", None, "cremation", False, False),
])
def test_a_titles_subject_is_read(title: str, count: int | None, head: str, statement: bool, passive: bool) -> None:
    subject = merging._title_subject_of(title)
    assert subject is not None
    assert (subject.count, subject.nouns[-1] if subject.nouns else "", subject.statement, subject.passive) \
        == (count, head, statement, passive), subject
