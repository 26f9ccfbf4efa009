"""An article's own happening told again further down, as a detail of it, joins the happening's event rather than
making a second event on the same day: named by another word of its family ("The blast took out much of the harbour"
after "A massive explosion rocked the port": `merging._namers_by_family`), shown in pictures ("Several videos ...
showed a smoky fire, a loud explosion": `merging._shown_happening`), added to by "also" and the same verb ("He was
also found guilty of an enhancement": `merging._join_added_details`), opened by a standfirst that says only when it
came ("The vote came after ...": `merging._join_standfirsts`), told by the same parties in other words ("Ananta
Velde, a 33-year-old blogger ..., was attacked by four assailants" after "A blogger was hacked to death by
assailants": `merging._participants`), or told in a family's statement ("passed away peacefully today (July 23)":
"passed away" is a death, `extraction._KIND_MULTIWORD`); and a weekday in brackets with a clock time in another zone
("(Friday 2245 UTC)") gives no second day. What else the article tells stays apart: a statement about the happening,
someone's act of posting a video of it, another doer's act with the same verb, and a second harm of the day when the
other word could name either. The articles are invented (fixtures/lead_retold/<story>/)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import extraction, merging, temporal
from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "lead_retold"


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("story, retelling, lead", [
    ("other_word", "The blast took out much of the harbour", "A massive explosion rocked the port"),
    ("shown", "Several videos shared on social media showed", "A massive explosion rocked the port"),
    ("added_detail", "He was also found guilty of an enhancement", "Davin Morrow, 22, was found guilty today"),
    ("standfirst", "The vote came after the provincial government", "City council has voted down"),
    ("passed_away", "Tom Varden passed away peacefully today", "Tom Varden has died at the age of 73"),
    ("parties", "Ananta Velde, a 33-year-old blogger", "A blogger was hacked to death by assailants"),
])
def test_the_lead_told_again_joins_its_event(story: str, retelling: str, lead: str) -> None:
    retold = _holding(story, retelling)
    told = _holding(story, lead)
    assert len(retold) == 1, [(e.title, e.first) for e in retold]
    assert retold == told, ([(e.title, e.first) for e in retold], [(e.title, e.first) for e in told])


@pytest.mark.parametrize("story, own, lead", [
    ("other_word", "A port worker posted a video", "A massive explosion rocked the port"),
    ("shown", "A port worker posted a video", "A massive explosion rocked the port"),
    ("shown", "said the explosion might have been caused", "A massive explosion rocked the port"),
    ("added_other_doer", "also called for an emergency meeting in Geneva", "Norland called for an emergency conference"),
    # "The blast" may name the explosion or the fire: joined to neither
    ("two_harms", "The blast took out much of the harbour", "A fire broke out at a warehouse"),
    ("two_harms", "The blast took out much of the harbour", "A massive explosion rocked the port"),
    ("two_harms", "A fire broke out at a warehouse", "A massive explosion rocked the port"),
    # one more of its kind, or another party's act after it
    ("parties_apart", "Another blogger was attacked by assailants", "A blogger was hacked to death by assailants"),
    ("parties_apart", "Two suspects were arrested by police", "A blogger was hacked to death by assailants"),
])
def test_another_happening_of_the_article_stays_apart(story: str, own: str, lead: str) -> None:
    held = _holding(story, own)
    assert held, own
    assert not any(e in held for e in _holding(story, lead)), [(e.title, e.first) for e in held]


def test_a_time_given_again_in_another_zone_gives_no_day_of_its_own() -> None:
    held = _holding("converted_zone", "A train derailed Saturday morning")
    assert [(e.first, e.last) for e in held] == [(dt.date(2005, 10, 29), dt.date(2005, 10, 29))], \
        [(e.title, e.first) for e in held]


@pytest.mark.parametrize("noun, family", [
    ("blast", "harm"), ("explosion", "harm"), ("fire", "harm"), ("attack", "harm"), ("summit", "occasion"),
    # a kind in no family: its words name steps apart and the bodies that take them
    ("court", None), ("arrest", None), ("vote", None), ("toll", None),
])
def test_the_family_another_word_may_name_a_happening_by(noun: str, family: str | None) -> None:
    assert merging._noun_family(noun) == family


@pytest.mark.parametrize("sentence, noun", [
    ("Several videos shared on social media showed a smoky fire, a loud explosion and a dark cloud.", "fire"),
    ("Footage shows the explosion from across the bay.", "explosion"),
    ("Satellite images showed the flood spreading across the valley.", "flood"),
    # a person's act, or a pronoun's: not pictures of the happening
    ("Smith showed reporters the damage from the explosion.", None),
    ("They showed the explosion on television.", None),
    # no happening shown, or no "show" as the main verb
    ("Several videos showed a dark cloud over the city.", None),
    ("A worker posted a video showing the explosion.", None),
])
def test_a_happening_shown(sentence: str, noun: str | None) -> None:
    assert merging._shown_happening(sentence) == noun


@pytest.mark.parametrize("sentence, parties", [
    ("A blogger was hacked to death by assailants using machetes in Norland on Tuesday.",
     ("blogger", "assailant", True)),
    ("Ananta Velde, a 33-year-old blogger who advocated secularism, was attacked by four assailants on Tuesday.",
     ("blogger", "assailant", True)),
    ("Gunmen attacked the police station on Tuesday.", ("gunman", "station", False)),
    # one more of its kind, no party named by a common noun, or a saying
    ("Another blogger was attacked by assailants on Tuesday.", None),
    ("Ananta Velde was attacked on Tuesday.", None),
    ("Officials said the blogger was attacked by assailants.", None),
])
def test_the_parties_of_a_sentence(sentence: str, parties: tuple[str, str, bool] | None) -> None:
    assert merging._participants(sentence) == parties


@pytest.mark.parametrize("sentence, act", [
    ("He was also found guilty of an enhancement for using a firearm.", ("find", "", True)),
    ("Police also arrested two men in the town.", ("arrest", "", False)),  # ("Police": a name to the tagger)
    ("The court also ordered him to pay a fine.", ("order", "court", False)),
    # no "also", or "also" with a verb of saying or a state
    ("He was found guilty of an enhancement.", None),
    ("The minister also said the talks would go on.", None),
    ("The town is also a port.", None),
])
def test_an_added_act(sentence: str, act: tuple[str, str, bool] | None) -> None:
    assert merging._added_act(sentence) == act


@pytest.mark.parametrize("text, expected", [
    ("Paul Varden passed away peacefully on Monday.", "death"),
    ("The striker, who passes away on Monday, was 73.", "death"),
    ("Her mother passed  away on Monday.", "death"),
    ("The bill passed on Monday.", "event"),
    ("The minister stepped down on Monday.", "resignation"),
])
def test_passed_away_is_a_death(text: str, expected: str) -> None:
    day = text.index("on Monday")
    assert extraction.kind_near(text, day, day + 9, 0, len(text)) == expected


@pytest.mark.parametrize("text, weekday, read", [
    ("A train derailed Saturday morning at about 4:15 a.m. local time (Friday 2245 UTC) near the town.", "Friday",
     False),
    ("The quake struck at 9 a.m. local time (Friday, 23:00 GMT) near the town.", "Friday", False),
    ("The quake struck at 9 a.m. local time (Friday at 11.00pm EST) near the town.", "Friday", False),
    # a weekday in brackets with no zone, or a zone's time then the day after the bracket: read as before
    ("The meeting (Friday 10am) was cancelled.", "Friday", True),
    ("The meeting (Friday) was cancelled.", "Friday", True),
    ("The quake struck at 2:15 a.m. (0115 GMT) Sunday.", "Sunday", True),
])
def test_a_weekday_in_another_zone_in_brackets(text: str, weekday: str, read: bool) -> None:
    found = [t.text for t in temporal.tag(text, dt.date(2005, 10, 29)) if t.first is not None]
    assert (weekday in found) == read, found
