"""Merge only the same happening (issue 8, part 4): the same dates are not enough, nor a shared relative
phrase; the same people and the same thing said to happen are. The same happening at two precisions merges
into the finer date, and undated sentences that name a dated happening become its mentions.

The articles are small made-up ones, each modelled on a false merge or a missed duplicate seen on real news."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.merging import merge
from timeline_app.core.model import Event


def _events(**articles: str) -> list[Event]:
    docs = [document_from_text(text, id=doc_id) for doc_id, text in articles.items()]
    return merge([c for d in docs for c in extract_mentions(d)], docs)


def _shared(events: list[Event]) -> list[Event]:
    """The events reported by more than one article."""
    return [e for e in events if len(e.sources) > 1]


# --- false merges: each pair of articles must stay apart -------------------------------------------------------
FALSE_MERGES = {
    # A flu-vaccine "this year" and an aviation "this fiscal year": the same year, nothing else in common.
    "flu vaccine / fiscal year": dict(
        flu="Clinics urge flu shots before winter\nOctober 2, 2024\n\n"
            "Officials urged every adult to get a flu vaccine this year, saying clinics have plenty of doses.\n",
        air="Airline expects record traffic\nOctober 4, 2024\n\n"
            "The carrier expects more passengers than ever this fiscal year, its chief executive told "
            "investors.\n"),
    # A country adopting a currency, and "just six years ago" in an article about a senate.
    "euro / six years ago": dict(
        euro="Cyprus and Malta join the euro\nJanuary 2, 2008\n\n"
             "Cyprus adopted the euro in 2008, and Malta switched to the currency on the same day.\n",
        senate="Senate debates farm bill\nMay 6, 2014\n\n"
               "Just six years ago, the chamber passed a farm bill that few members now remember.\n"),
    # A government buying back a car-maker's shares, and another car-maker's profit, on the same day.
    "buy-back / profit": dict(
        ford="Ford returns to profit\nApril 25, 2008\n\n"
             "Ford Motor Co. reported a first-quarter profit of $100 million on Thursday, its first in two years.\n",
        craiova="Government to buy back car-maker stake\nApril 25, 2008\n\n"
                "The government will buy back the car-maker's shares, officials confirmed on Thursday.\n"),
    # The same company on the same day, two different happenings.
    "same company, different happenings": dict(
        plant="Norvik to close plant\nMarch 2, 2024\n\n"
              "Norvik closed its plant in Leeds on Friday, March 1, 2024.\n",
        shares="Norvik shares fall\nMarch 2, 2024\n\n"
               "Shares of Norvik fell 12 percent on Friday, March 1, 2024.\n"),
}


@pytest.mark.parametrize("articles", FALSE_MERGES.values(), ids=FALSE_MERGES.keys())
def test_unrelated_happenings_on_the_same_dates_stay_apart(articles: dict[str, str]) -> None:
    events = _events(**articles)
    assert events, "each article reports something"
    assert _shared(events) == []


# --- true duplicates ---------------------------------------------------------------------------------------------
def test_the_same_launch_at_a_year_and_at_a_day_merges_into_the_day() -> None:
    events = _events(
        prices="Sonora lowers song prices\nJanuary 9, 2008\n\n"
               "Sonora launched its online music store on April 28, 2003, in California.\n",
        sellers="Sonora tops music sellers\nApril 9, 2008\n\n"
                "More than 4 billion songs have been sold by the Sonora store since its launch in 2003.\n")
    shared = _shared(events)
    assert len(shared) == 1
    launch = shared[0]
    assert (launch.first, launch.last) == (dt.date(2003, 4, 28), dt.date(2003, 4, 28))
    assert {m.text for m in launch.mentions} == {"April 28, 2003", "2003"}  # both mentions kept
    assert not any(e.first.year == 2003 and e.precision.value == "year" for e in events)
    # The merge explains itself, naming the articles by title.
    assert launch.explanation.startswith("same happening (“launched”, “launch”): Sonora, 28 April 2003, in 2 "
                                         "sources: “Sonora lowers song prices” and “Sonora tops music sellers”")
    assert "also reported as 2003" in launch.explanation


def test_medical_leave_announced_on_a_day_and_since_a_month_is_one_happening() -> None:
    events = _events(
        memo="Harlan takes medical leave\nJanuary 17, 2011\n\n"
             "Mira Harlan, the chief executive of Zentek, announced Monday that she would take medical leave.\n",
        resigns="Harlan steps down\nAugust 25, 2011\n\n"
                "Mira Harlan has been on medical leave since January. "
                "This was Harlan's second period of medical leave.\n")
    leave = [e for e in events if e.first == dt.date(2011, 1, 17)]
    assert len(leave) == 1 and set(leave[0].sources) == {"memo", "resigns"}
    # The undated sentence that names it becomes one of its mentions.
    undated = [m for m in leave[0].mentions if not m.dated]
    assert ("resigns", "leave") in [(m.document, m.text) for m in undated]
    assert "also reported as January 2011" in leave[0].explanation


def test_a_death_reported_at_its_day_and_its_month_merges_and_the_climb_stays_in_1953() -> None:
    events = _events(
        obituary="Last Everest pioneer dies\nJune 14, 2012\n\n"
                 "Tomas Berg, who helped the first team reach the summit of Everest in 1953, died of heart "
                 "failure on Wednesday in Oslo.\n",
        tribute="Oslo remembers Berg\nJune 20, 2012\n\n"
                "Tomas Berg died of heart failure in June, days after his 89th birthday.\n")
    death = [e for e in events if e.first == dt.date(2012, 6, 13)]
    assert len(death) == 1 and set(death[0].sources) == {"obituary", "tribute"}
    climb = [e for e in events if e.first.year == 1953]
    assert len(climb) == 1 and climb[0].sources == ("obituary",)


def test_an_announcement_and_the_announcement_of_that_day_merge() -> None:
    events = _events(
        first="Norvik to close Leeds plant\nMarch 1, 2024\n\n"
              "Norvik announced on Friday, March 1, 2024, that it will close its Leeds plant.\n",
        later="Leeds workers stunned\nMarch 4, 2024\n\n"
              "Friday's announcement by Norvik that it will close the Leeds plant surprised workers.\n")
    shared = _shared(events)
    assert len(shared) == 1 and shared[0].first == dt.date(2024, 3, 1)


def test_a_relative_year_and_a_day_sharing_one_word_and_a_name_stay_apart() -> None:
    events = _events(
        center="Zentek opens data center\nAugust 25, 2011\n\n"
               "Earlier this year, Zentek opened a large data center in Ohio to support its new service.\n",
        market="Zentek shares slide\nAugust 25, 2011\n\n"
               "Since market open on Wednesday, Zentek shares fell 3 percent.\n")
    assert _shared(events) == []


def test_a_year_that_two_finer_happenings_could_be_stays_apart() -> None:
    events = _events(
        a="Varo opens two stores\nDecember 1, 2015\n\n"
          "Varo opened a store in Lyon on March 3, 2015. Varo opened a store in Nice on May 5, 2015.\n",
        b="Varo grows\nJanuary 5, 2016\n\nVaro opened a store in 2015, its chief said.\n")
    assert any(e.precision.value == "year" and e.sources == ("b",) for e in events)


# --- the index finds what comparing every pair would ---------------------------------------------------------------
_NAMES = ["Weber", "Rossi", "Tanaka", "Okafor"]
_VERBS = ["visited", "signed a deal with", "met", "sued", "praised"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(_NAMES), st.sampled_from(_VERBS),
                          st.sampled_from(_NAMES), st.integers(0, 1), st.integers(0, 9)), min_size=1, max_size=30))
def test_indexed_grouping_equals_scanning(rows: list[tuple[int, str, str, str, int, int]]) -> None:
    texts = {f"d{i}": f"Report {i}\nMay 9, 2021\n\nOn May {2 + day}, 2021, {a} {verb} {b}"
                      f"{' in Rome' if rome else ''}.\n"
             for i, (day, a, verb, b, rome, _article) in enumerate(rows)}
    docs = [document_from_text(t, id=k) for k, t in texts.items()]
    candidates = []
    for d, row in zip(docs, rows):
        article = row[-1]
        for c in extract_mentions(d):
            if article < 6:
                # Dated by one of six articles alone (`reported`): two groups sharing such an article are one
                # only when their titles are, whatever else they share (`_same_happening`'s "reported" clause).
                c = dataclasses.replace(c, reported=True,
                                        mention=dataclasses.replace(c.mention, document=f"r{article}"))
            candidates.append(c)
    assert grouping(candidates, scan=0) == grouping(candidates, scan=10 ** 9)


def grouping(candidates: list, *, scan: int) -> list[list[tuple[str, int]]]:
    """Merging's groups (as each member's document and offset) with buckets of more than `scan` candidates
    indexed: 0 indexes every bucket, a huge number compares every pair."""
    import timeline_app.core.merging as merging

    old = merging._Bucket.SCAN
    merging._Bucket.SCAN = scan
    try:
        return sorted(sorted((c.mention.document, c.mention.start) for c in g.members)
                      for g in merging._group(candidates))
    finally:
        merging._Bucket.SCAN = old


# --- participants: the names a mention gives ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, names", [
    ("Apple's iTunes store passed eBay in sales.", {"Apple", "iTunes", "eBay"}),
    ("Monday's email announcement surprised Jobs.", {"Jobs"}),  # a weekday is no name, possessive or not
    ("The police found Jones's car in Leeds.", {"Jones", "Leeds"}),  # not "Jone"
])
def test_names_a_sentence_gives(sentence: str, names: set[str]) -> None:
    from timeline_app.core.extraction import actors_in

    assert actors_in(sentence) == names


@pytest.mark.parametrize("word, says_what_happened", [
    ("launched", True), ("announcement", True), ("died", True),
    # a comparison, a report or a state says nothing about what happened
    ("compared", False), ("said", False), ("had", False),
])
def test_which_words_say_what_happened(word: str, says_what_happened: bool) -> None:
    from timeline_app.core.merging import _word_keys
    assert bool(_word_keys(word)) is says_what_happened


def test_a_happening_in_many_articles_names_a_few_and_counts_the_rest() -> None:
    articles = {f"a{k}": f"Sonora report {k}\nJanuary {k + 1}, 2008\n\n"
                         f"Sonora launched its online music store on April 28, 2003, in California.\n"
                for k in range(8)}
    shared = _shared(_events(**articles))
    assert len(shared) == 1 and len(set(shared[0].sources)) == 8
    explanation = shared[0].explanation
    assert "in 8 sources: “Sonora report 0”, “Sonora report 1”, “Sonora report 2”, “Sonora report 3” " \
           "and 4 others" in explanation
    assert "Sonora report 7" not in explanation
