"""The title of a merged event (s28): a member's title with no verb and no noun of a happening (an outlet's
dateline "Cairo, (UrduPoint / Pakistan Point News", a name, an apposition) never titles an event over a member
whose title tells who did what, whatever else it has for it (its explicit date where the others' are counted from
the page's: docs/realnews9_judgement.md, the three-outlet event). Invented titles."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import merging
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Mention, Precision

DAY = dt.date(2026, 3, 2)


def _candidate(title: str, doc_id: str, *, inferred: bool) -> Candidate:
    mention = Mention(doc_id, 0, 4, "xxxx", 0, 40, True, inferred)
    return Candidate(mention, DAY, DAY, Precision.DAY, "event", title, "s", frozenset({"Varna"}), inferred=inferred)


@pytest.mark.parametrize("title, expected", [
    ("Varna, (Coastline Daily News", True),  # an outlet's dateline
    ("Sloane Stephens", True),  # a name
    ("The 2017 U.S. Open champion", True),  # an apposition
    ("Previous profit: $99 million", True),  # a comparison's label
    # A verb, a headline's participle, a present verb the tagger reads as a plural noun, a happening's noun.
    ("The port reopens to shipping", False),
    ("Ferry refloated in Varna harbour", False),
    ("A first group of 262 travellers lands at Orm airport", False),
    ("The shallow quake strikes", False),
    ("The 1987 crash", False),
    ("The slaying of a doctor", False),
])
def test_a_title_with_no_verb_and_no_happening_is_verbless(title: str, expected: bool) -> None:
    assert merging._verbless_title(title) is expected


def test_a_datelines_fragment_does_not_title_the_event_over_a_sentence() -> None:
    # The dateline's member gives the day in its own words; the others count "Monday" from their pages' dates.
    group = merging._Group([
        _candidate("The port reopens to shipping", "a", inferred=True),
        _candidate("Varna, (Coastline Daily News", "b", inferred=False),
        _candidate("Shipping traffic through the harbour resumes", "c", inferred=True),
    ])
    assert merging._title(group) == "The port reopens to shipping"


def test_a_fragment_titles_the_event_when_no_member_tells_an_act() -> None:
    group = merging._Group([
        _candidate("Varna, (Coastline Daily News", "a", inferred=False),
        _candidate("Sloane Stephens", "b", inferred=True),
    ])
    assert merging._title(group) == "Varna, (Coastline Daily News"
