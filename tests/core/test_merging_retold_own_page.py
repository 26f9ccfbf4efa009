"""One happening told again on its own page makes one event, not two: a time of day given again in another clock in
parentheses right after it ("at about 3:20am today local time (1820 yesterday GMT)": `merging._clock_parenthesis`,
`merging._join_clock_restatements`) gives its day (or the year a clock figure reads as) to no event of its own; and a
lead whose subject is the happening itself ("A powerful storm lashed the coast ...": `merging._lead_happening`) takes
the page's undated steps that no named party does whose own verb is a happening of its family, its damage or its toll
("Several houses collapsed ...", "Two fishermen were killed ...": `merging._effect_of`, `merging._join_lead_details`)
and another body's figure for the happening itself ("The Brast Seismic Institute measured the earthquake at 6.1
magnitude": `merging._upon_lead_happening`) or its toll found ("12 people were confirmed dead":
`merging._harm_complement`) or its own act told again in a clause of its moments ("The pilot tried to turn back, but
crashed ...": `merging._retells_lead_act`);
and a happening brought in over a few days ("A small earthquake ... over the weekend") takes the day a later sentence
referring back to it gives ("The 4.1-magnitude earthquake struck Saturday evening": `merging._introduces`,
`merging._join_windows_into_their_day`); and a photo's caption in the present simple, dated on the lead's day, showing
the lead's parties ("Ria Tamsen plays against Oda Brekke during their ... final ..., on June 11, 2017":
`merging._caption_parties`, `merging._join_captions`) joins the lead's event. What else the page tells stays apart: a
parenthesis with no clock in it, another party's act of another kind (an arrest), a statement, one more of its kind
("Another explosion ...") or a happening it brings in ("in a landslide"), a named body's act, every step of a page
whose lead's subject is a named party, a stretch's happening of another noun than the referring sentence's, and a
caption of one party alone or of other people. The articles are invented (fixtures/retold/<story>/)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import grammar, merging
from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "retold"


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


def test_a_time_restated_in_another_clock_makes_no_event_of_its_own() -> None:
    held = _holding("clock_restated", "A magnitude 6.1 earthquake struck northern Veloria")
    assert [(e.first, e.last) for e in held] == [(dt.date(2017, 3, 14), dt.date(2017, 3, 14))], \
        [(e.title, e.first, e.last) for e in held]


def test_a_parenthesis_with_no_clock_keeps_its_own_date() -> None:
    held = _holding("clock_apart", "The Calvo ferry sailed again on Monday")
    assert sorted(e.first for e in held) == [dt.date(2017, 3, 9), dt.date(2017, 3, 13)], \
        [(e.title, e.first) for e in held]


@pytest.mark.parametrize("story, step, lead", [
    ("storm_effects", "Several houses collapsed in the fishing town of Varde", "A powerful storm lashed the coast"),
    ("storm_effects", "Two fishermen were killed in the harbour", "A powerful storm lashed the coast"),
    # another body's measure of the lead's happening itself, named by its noun and given a figure
    ("quake_measured", "measured the earthquake at 6.1", "An earthquake has shaken northern Veloria"),
    # the lead's own act told again in a coordinated clause of its moments, whoever its subject names
    ("crash_moments", "The pilot tried to turn back", "A small passenger plane has crashed near Orlen"),
    # the toll told by another district's figure through a finding's passive ("were confirmed dead")
    ("quake_measured", "12 people were confirmed dead", "An earthquake has shaken northern Veloria"),
    ("caption_lead", "Ria Tamsen plays against Oda Brekke during", "Ria Tamsen clinched a first Osk Cup crown"),
])
def test_a_part_or_a_caption_of_the_lead_joins_its_event(story: str, step: str, lead: str) -> None:
    told = _holding(story, step)
    assert len(told) == 1 and told == _holding(story, lead), [(e.title, e.first) for e in told]


@pytest.mark.parametrize("story, own, lead", [
    # another party's act of another kind, a statement
    ("storm_effects", "Police arrested two men for looting", "A powerful storm lashed the coast"),
    ("storm_effects", "Mayor Ana Lind said the town", "A powerful storm lashed the coast"),
    # a lead whose subject is a named party, not the happening
    ("named_lead", "Several houses collapsed in the fishing town of Varde", "Norland Power cut electricity"),
    # one more of its kind, a named body's act
    ("another_of_kind", "Another explosion killed two workers", "An explosion tore through a chemical plant"),
    ("effects_apart", "Three drivers were killed in a landslide", "An explosion tore through a chemical plant"),
    ("effects_apart", "Norland Chemicals shut two other plants", "An explosion tore through a chemical plant"),
    # one more of its kind measured, another act upon the happening (no figure given it), another thing's inspection
    ("quake_measured", "recorded another earthquake", "An earthquake has shaken northern Veloria"),
    ("quake_measured", "Police investigated the quake", "An earthquake has shaken northern Veloria"),
    ("quake_measured", "Engineers inspected the damaged bridge", "An earthquake has shaken northern Veloria"),
    # one more of its kind: a new thing's (an indefinite subject), one told "again"
    ("crash_moments", "A helicopter crashed into the sea", "A small passenger plane has crashed near Orlen"),
    ("crash_moments", "The club's training jet crashed again", "A small passenger plane has crashed near Orlen"),
    # a finding of no harm; a harm found in a happening the sentence brings in
    ("quake_measured", "Three miners were confirmed safe", "An earthquake has shaken northern Veloria"),
    ("quake_measured", "Two drivers were found dead in a landslide", "An earthquake has shaken northern Veloria"),
    # a caption of one party alone, or of other people
    ("caption_apart", "Ria Tamsen serves during the women's singles final", "Ria Tamsen clinched a first Osk Cup"),
    ("caption_apart", "Coach Lars Holm watches Oda Brekke", "Ria Tamsen clinched a first Osk Cup"),
])
def test_another_happening_of_the_page_stays_apart(story: str, own: str, lead: str) -> None:
    held = _holding(story, own)
    assert held, own
    assert not any(e in held for e in _holding(story, lead)), [(e.title, e.first) for e in held]


def test_a_happening_told_over_a_weekend_takes_the_day_its_later_telling_gives() -> None:
    held = _holding("weekend_toll", "A small earthquake in the hills of northern Norland")
    assert [(e.first, e.last) for e in held] == [(dt.date(2010, 1, 16), dt.date(2010, 1, 16))], \
        [(e.title, e.first, e.last) for e in held]
    assert held == _holding("weekend_toll", "The 4.1-magnitude earthquake struck Saturday evening")


def test_a_weekends_happening_of_another_noun_keeps_its_days() -> None:
    held = _holding("weekend_apart", "A strong storm flooded the coast")
    assert [(e.first, e.last) for e in held] == [(dt.date(2010, 1, 16), dt.date(2010, 1, 17))], \
        [(e.title, e.first, e.last) for e in held]


@pytest.mark.parametrize("sentence, noun, introduced", [
    ("A small earthquake in the hills of northern Norland killed five people over the weekend.", "earthquake", True),
    ("An explosion tore through a plant this week.", "explosion", True),
    ("A magnitude 5.1 earthquake struck the coast.", "earthquake", True),
    # the noun brought in otherwise, or another noun
    ("The earthquake struck the coast over the weekend.", "earthquake", False),
    ("A day after the earthquake, rescuers reached the village.", "earthquake", False),
    ("A village near the earthquake's centre was cut off.", "earthquake", False),
    ("A strong storm flooded the coast over the weekend.", "earthquake", False),
])
def test_a_happening_brought_in_by_its_noun(sentence: str, noun: str, introduced: bool) -> None:
    assert merging._introduces(sentence, noun) is introduced


@pytest.mark.parametrize("sentence, noun", [
    ("A magnitude 6.1 earthquake struck northern Veloria on Tuesday.", "earthquake"),
    ("A powerful storm lashed the coast of Norland on Wednesday, cutting power to thousands of homes.", "storm"),
    ("An explosion tore through a chemical plant in Orlen on Monday.", "explosion"),
    # a named party, people, one more of its kind
    ("Norland Power cut electricity to 4,000 homes on Wednesday.", ""),
    ("Three men were arrested in Orlen on Monday.", ""),
    ("Another storm hit the coast of Norland on Friday.", ""),
])
def test_the_happening_a_lead_tells_as_its_subject(sentence: str, noun: str) -> None:
    assert merging._lead_happening(sentence) == noun


@pytest.mark.parametrize("sentence, another", [
    ("Several houses collapsed in the fishing town of Varde.", False),
    ("Several buildings collapsed in Tainan including a 17-story residential building.", False),
    ("Two fishermen were killed in the harbour of Varde.", False),
    # one more of its kind, or a happening brought in
    ("Another explosion killed two workers at a warehouse.", True),
    ("A second blast killed two workers.", True),
    ("Three drivers were killed in a landslide near Calvo.", True),
])
def test_a_step_that_tells_of_one_more_happening(sentence: str, another: bool) -> None:
    assert merging._brings_in_another(sentence) is another


@pytest.mark.parametrize("sentence, parties", [
    ("© Anna Berg, Norland Press | Ria Tamsen plays against Oda Brekke during their final, on June 11, 2017.",
     ("Ria Tamsen", "against Oda Brekke during their final")),
    ("Ria Tamsen celebrates with her coach Lars Holm, on June 11, 2017.", ("Ria Tamsen", "with her coach Lars Holm")),
    # a past, a perfect, a verb of saying, a state: no caption's present
    ("Ria Tamsen played against Oda Brekke on June 11, 2017.", None),
    ("Ria Tamsen has beaten Oda Brekke.", None),
    ("Ria Tamsen says she is tired.", None),
    ("Ria Tamsen is the champion.", None),
])
def test_the_parties_of_a_caption(sentence: str, parties: tuple[str, str] | None) -> None:
    assert merging._caption_parties(sentence) == parties


@pytest.mark.parametrize("after, upon", [
    ("the earthquake at 6.4 magnitude", True),
    ("the quake at 6.1", True),  # (the compound's last part)
    ("the earthquake as a 5.9", True),
    ("another earthquake at 4.2 magnitude", False),
    ("an earthquake at 4.2 magnitude", False),
    ("the other quake at 4.2", False),
    ("the quake at the request of the insurers", False),  # (no figure: another act upon it)
    ("the earthquake 's victims", False),
    ("the damaged bridge at 6.1", False),
])
def test_a_figure_given_the_lead_s_happening(after: str, upon: bool) -> None:
    assert merging._upon_lead_happening(after, "earthquake") == upon


@pytest.mark.parametrize("sentence, k, harm", [
    ("17 people were confirmed dead", 4, "dead"),
    ("Five people were found dead", 4, "dead"),
    ("Two guards were reported killed", 4, "killed"),
    ("Three miners were confirmed safe", 4, ""),  # (no harm)
    ("The fire was reported on Friday", 4, ""),
    ("17 people were left dead", 4, ""),  # (no finding's verb: not asked here)
])
def test_the_harm_a_finding_s_passive_names(sentence: str, k: int, harm: str) -> None:
    assert merging._harm_complement(grammar.analyse_sentence(sentence).tokens, k) == harm


@pytest.mark.parametrize("sentence, retells", [
    ("The pilot tried to turn back, but crashed into a field near the runway.", True),
    ("The plane crashed into a field near the runway.", True),
    ("A helicopter crashed into the sea off Calvo.", False),  # (a new thing)
    ("Two gliders crashed near the coast.", False),
    ("The jet crashed again during a test flight.", False),  # (one more)
    ("Another plane crashed near Velden.", False),
    ("The pilot's brother also crashed a plane in 2009.", False),
    ("Rescuers reached the wreck after the plane crashed.", False),  # (a clause set apart)
    ("The pilot had crashed a glider before.", False),  # (a pluperfect: background)
    ("The pilot tried to turn back.", False),  # (another act)
])
def test_the_lead_s_act_told_again(sentence: str, retells: bool) -> None:
    assert merging._retells_lead_act(sentence, frozenset({"crash"})) == retells


def test_the_act_of_a_lead_is_a_happening_s_verb() -> None:
    assert merging._lead_act_lemmas("A small passenger plane has crashed near Orlen, killing four people.") \
        == frozenset({"crash"})
    assert merging._lead_act_lemmas("Officials said the plane was old.") == frozenset()
