"""A step of a page's lead happening told of a party by a description rather than its name, or told of the thing
the lead's party reported, joins the lead's event (`merging._join_lead_details`): "the Danish" after "Danish
teenager Ivo Saran", "the company" after "Orlen Foods Inc", "Net profit ... rose 6 percent" after "reported a
quarterly profit". What a page says its named parties are is read by `coref.Descriptions`: a modifier before the
name, a noun phrase in apposition after it or as its predicate, the kind its legal form gives. Kept apart: a
description the page gave another party ("The teenager" after "teenager Tomas Dren", not the lead's Saran), an
indefinite subject that brings in one more of a kind ("A rival profit warning"), a thing
the lead did not report ("The chain ... closed its oldest bakery"). Another party's act upon the lead's party
("A line judge overruled Saran") is a step of the lead's scene even when the lead names its doer. The articles are invented
(fixtures/lead_described/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import coref, grammar, merging
from tests.core.merging_helpers import events_holding

FIXTURES = Path(__file__).parent / "fixtures" / "lead_described"


def _holding(story: str, words: str) -> list:
    """The events that hold a mention in the sentence of the story that prints `words`."""
    return events_holding(FIXTURES / story, words)


@pytest.mark.parametrize("story, detail, lead", [
    ("match_described", "the Danish dropped the opening", "Holt beat Danish teenager"),  # (a nationality)
    ("results_figures", "the company earned 58 cents", "reported a quarterly profit"),  # (the legal form's kind)
    ("results_figures", "Net profit attributable", "reported a quarterly profit"),  # (what the lead reported)
    ("match_particle", "The fourth-seeded Saran put up", "Holt took down Ivo Saran"),  # (the object past "down")
    # another party's act upon the lead's party after a lead that names its doer: a step of the lead's scene
    ("match_particle", "A line judge overruled Saran", "Holt took down Ivo Saran"),
])
def test_a_described_step_joins_the_lead(story: str, detail: str, lead: str) -> None:
    held = _holding(story, detail)
    assert len(held) == 1, [(e.title, e.first) for e in held]
    assert held == _holding(story, lead), ([(e.title, e.first) for e in held],
                                           [(e.title, e.first) for e in _holding(story, lead)])


@pytest.mark.parametrize("story, own, lead", [
    ("results_figures", "The chain, which is known", "reported a quarterly profit"),  # (not what was reported)
    ("results_figures", "A rival profit warning", "reported a quarterly profit"),  # (another profit's news)
    ("other_final", "The teenager then signed", "Marek Holt won the Orlen Open"),  # (said since of another)
])
def test_another_party_s_or_thing_s_step_stays_apart(story: str, own: str, lead: str) -> None:
    held = _holding(story, own)
    assert held and held != _holding(story, lead), [(e.title, e.first) for e in held]


@pytest.mark.parametrize("text, description, named", [
    ("Norland's Marek Holt beat Danish teenager Ivo Saran on Sunday. Later the Danish left.", "Danish", "Saran"),  # (the run's last name word is read last)
    ("Norland's Marek Holt beat Danish teenager Ivo Saran on Sunday. Later the teenager left.", "teenager", "Saran"),
    ("The 19-year-old Saran lost on Sunday. Later the 19-year-old left.", "19-year-old", "Saran"),
    ("Roy Vance, the Texas officer who fired, was convicted. Later the officer left.", "officer", "Vance"),
    ("Ada Reyes is the first Orlen mayor to resign. Later the mayor left.", "mayor", "Reyes"),
    ("Lumen Systems Inc reported a profit. Later the company left.", "company", "Systems"),
    ("Lumen Systems Inc reported a profit. Later the companies left.", "company", "Systems"),  # (a noun's lemma)
    ("Vance won on Sunday. Later the officer left.", "officer", None),  # (nothing said of the name)
    ("Muchova, 28 began the set. Later the 28 left.", "28", None),  # (no noun phrase in apposition)
    ("Danish Outage Hits Vance Hard. Later the outage left.", "outage", None),  # (a headline's capitals)
    ("Later the teenager left. Norland's Marek Holt beat teenager Ivo Saran.", "teenager", None),  # (said after)
])
def test_what_a_page_says_a_name_is(text: str, description: str, named: str | None) -> None:
    names = frozenset({"Marek", "Holt", "Ivo", "Saran", "Vance", "Reyes", "Systems", "Lumen", "Muchova"})
    assert coref.descriptions(text, names).named(description, text.index("Later")) == named


@pytest.mark.parametrize("phrase, head", [
    ("the Danish", "Danish"),
    ("the 21-year-old", "21-year-old"),
    ("the world's largest software maker", "maker"),
    ("the company", "company"),
    ("a company", ""),  # (an indefinite: one more)
    ("the mayor of Orlen", ""),  # (a phrase after its head: a role the titles read)
    ("Holt", ""),
    ("they", ""),
])
def test_the_head_of_a_definite_description(phrase: str, head: str) -> None:
    assert merging._description_head(grammar.tag_words(phrase)) == head


@pytest.mark.parametrize("phrase, noun", [
    ("Net profit attributable to shareholders", "profit"),
    ("The steep loss", "loss"),
    ("Comparable store sales", "sale"),
    ("A rival profit warning", ""),  # (one more of a kind)
    ("Another loss", ""),
    ("Holt", ""),
])
def test_the_head_noun_of_a_subject(phrase: str, noun: str) -> None:
    assert merging._head_noun(grammar.tag_words(phrase)) == noun


@pytest.mark.parametrize("sentence, noun", [
    ("Orlen Foods Inc on Thursday reported a quarterly profit that beat estimates.", "profit"),
    ("Lumen Corp. posted a steeper-than-expected loss for its first quarter.", "loss"),
    ("Marek Holt beat Ivo Saran 6-2 6-4.", ""),  # (a name for its object)
    ("A major outage disrupted access to the site.", ""),  # (no name for its subject)
])
def test_what_the_lead_s_party_reported(sentence: str, noun: str) -> None:
    assert merging._lead_object(sentence) == noun


def test_a_description_said_since_of_another_name_is_that_name_s() -> None:
    text = ("Marek Holt beat Danish teenager Ivo Saran on Sunday. The Danish teenager Tomas Dren won the junior "
            "title. Later the teenager left.")
    names = frozenset({"Marek", "Holt", "Ivo", "Saran"})
    assert coref.descriptions(text, names).named("teenager", text.index("Later")) is None
    assert coref.descriptions(text, names).named("teenager", text.index("The Danish")) == "Saran"


@pytest.mark.parametrize("sentence, parties", [
    # a phrasal verb's particle between the verb and its object: the object is the lead's other party
    ("Norland's Marek Holt took down Ivo Saran of Danmark 6-2, 6-3 on Sunday.", "Norland 's Marek Holt Ivo Saran of Danmark 6-2"),
    ("Marek Holt beat Ivo Saran on Sunday.", "Marek Holt Ivo Saran on Sunday"),
])
def test_the_parties_a_lead_names(sentence: str, parties: str) -> None:
    assert merging._lead_parties(sentence) == parties


def test_a_description_said_far_before_is_not_taken() -> None:
    text = "Marek Holt beat Danish teenager Ivo Saran on Sunday. " + "It rained. " * 1000 + "Later the teenager left."
    names = frozenset({"Marek", "Holt", "Ivo", "Saran"})
    assert coref.descriptions(text, names).named("teenager", text.index("Later")) is None
