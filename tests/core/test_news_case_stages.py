"""A crime or court story reports the latest stage of its case as the day's news (charged, in court, convicted,
sentenced); the crime itself and the stages before it (the arrest before a charge, a verdict before the
sentence), told with no date of their own, happened before: they are not put on the news day (`news._CASE_STAGES`,
`_lead_case_stage`, `_item_case_stage`), also when a stage is told by a plain verb and its nouns ("issued an arrest
warrant", "was taken into custody", "was found with stab wounds": `_STAGE_PHRASES`). A later stage, and what is no
stage of the case, stay the day's news; so does all of a story whose lead reports the crime itself. The articles are
invented (fixtures/newsday/case_stages/<story>/)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.core.news_helpers import dated_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "newsday" / "case_stages"
PUBLISHED = dt.date(2016, 3, 9).isoformat()
TUESDAY = dt.date(2016, 3, 8).isoformat()  # the day the "charged on Tuesday" lead gives its news


@pytest.mark.parametrize("story, sentence, news_day", [
    # the lead's own day is the news day: the crime and the arrest before the charge are not of it
    ("charged_on_tuesday", "Peter Holm was stabbed at his home in Harehills.", TUESDAY),
    ("charged_on_tuesday", "Police arrested Dale Morrow at a nearby house.", TUESDAY),
    # an undated "jailed" lead: the crime, the arrest and the verdict came before the sentence
    ("jailed", "Peter Holm was stabbed 14 times at his home in Harehills.", PUBLISHED),
    ("jailed", "Police arrested Dale Morrow at a nearby house.", PUBLISHED),
    ("jailed", "Morrow was found guilty of murder after a week-long trial.", PUBLISHED),
    # a charge on Tuesday, a day of the news: the crash and the death before it do not go on with that day; a main
    # clause joined by "but" tells the sentence's stage ("treated him ... but he died")
    ("died_in_hospital", "The cyclist, Amir Shah, was struck on Queen Street late at night.", TUESDAY),
    ("died_in_hospital", "Ambulance crews treated him at the roadside but he died in hospital hours later.", TUESDAY),
    # an arrest lead: the robbery and its harm came before it
    ("arrested", "Two men stole rings and watches worth 40,000 pounds.", PUBLISHED),
    ("arrested", "A shop assistant was injured in the raid.", PUBLISHED),
    # a lead telling its stage with no stage's verb: "issued an arrest warrant" and "was taken into custody" are the
    # arrest, the killing and the theft came before; "found with stab wounds" is the crime, before the charge
    ("warrant_issued", "Martin Kell was stabbed at his flat near the ferry terminal.", TUESDAY),
    ("taken_into_custody", "Three masked men stole rings worth 20,000 pounds from the shop.", TUESDAY),
    ("found_with_wounds", "The victim, Alan Reeve, was found with stab wounds in a driveway.", TUESDAY),
    # the crime told again by its definite noun with a past state or cause ("was linked to"), after a charge lead
    ("crime_noun", "The stabbing of the shop owner was linked to an unpaid debt between the two men.", PUBLISHED),
])
def test_an_earlier_stage_of_the_case_is_not_on_the_news_day(story: str, sentence: str, news_day: str) -> None:
    assert news_day not in dated_sentences(FIXTURES / story).get(sentence, set())


@pytest.mark.parametrize("story, sentence, news_day", [
    # what is no stage of the case, and a later stage than the lead's, stay the day's news
    ("charged_on_tuesday", "Holm's sister laid flowers outside the house.", TUESDAY),
    ("jailed", "The judge told Morrow he must serve at least 18 years.", PUBLISHED),
    ("jailed", "Holm's family wept in the public gallery.", PUBLISHED),
    ("died_in_hospital", "Shah's family thanked the ambulance crews.", PUBLISHED),
    ("arrested", "Officers searched a flat in the city centre.", PUBLISHED),
    ("charged_later", "The man was charged with robbery.", PUBLISHED),
    ("warrant_issued", "Kell's colleagues laid flowers outside the terminal.", TUESDAY),
    ("taken_into_custody", "Officers searched two houses in the area.", TUESDAY),
    ("found_with_wounds", "Reeve's brother thanked the police.", TUESDAY),
    # a new act upon the crime told by its noun ("was condemned"), and what is no stage, stay the day's news
    ("crime_noun", "The attack was condemned by the town council.", PUBLISHED),
    ("crime_noun", "The owner's family thanked the ambulance crews.", PUBLISHED),
    # a lead of the crime itself: nothing told after it is an earlier stage
    ("no_legal_step", "Two guards were injured.", PUBLISHED),
    ("no_legal_step", "Soldiers searched the forest around the hamlet.", PUBLISHED),
])
def test_a_later_stage_and_other_news_stay_on_the_news_day(story: str, sentence: str, news_day: str) -> None:
    assert dated_sentences(FIXTURES / story).get(sentence) == {news_day}
