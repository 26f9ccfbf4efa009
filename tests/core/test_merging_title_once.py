"""The title scoring's work done once: a title's opening tags once per distinct title (`merging._title_opening`),
the member that titles a group chosen once (`_mark_retold` keeps its choice for `_title` while no member joins),
and an event of one kind read from its group's kinds."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import merging
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Mention, Precision

DAY = dt.date(2024, 6, 19)


def _candidate(title: str, doc_id: str = "d0", kind: str = "visit") -> Candidate:
    mention = Mention(doc_id, 0, 4, "xxxx", 0, 40)
    return Candidate(mention, DAY, DAY, Precision.DAY, kind, title, "s", frozenset({"Weber"}))


@pytest.mark.parametrize("title, pronoun, named", [
    ("He resigns over the protests", True, None),
    ("Its shares fell 5% on Monday", True, None),
    ("Varna drowned four people", False, "Varna"),  # a one-word name right before a finite verb
    ("Varna share prices fall", False, None),  # the name is no subject
    ("I. M. Pei designs the new wing", False, None),
    ("US troops land in Haiti", False, None),
    ("", False, None),
])
def test_a_titles_opening_is_read_once_per_title(title: str, pronoun: bool, named: str | None) -> None:
    # One table, asked title after title: the memo keeps each title's own answer.
    assert merging._title_opening(title) == (pronoun, named)
    assert merging._pronoun_subject(title) is pronoun


def test_the_member_chosen_to_title_a_group_is_chosen_again_once_a_member_joins() -> None:
    group = merging._Group([_candidate("Weber visits Rome on a long trip", "a"), _candidate("Weber visits Rome", "b")])
    merging._mark_retold([group], set())
    assert group.titled is not None
    assert merging._title(group) == "Weber visits Rome"  # the shortest, as no wording is shared
    # A shorter title joins: the choice kept for two members is not the choice for three. (One with a verb: a
    # verbless one, "Weber in Rome", titles no group with a member that tells an act.)
    group.add(_candidate("Weber sees Rome", "c"))
    assert merging._title(group) == "Weber sees Rome"


def test_a_groups_kinds_are_its_members_kinds_and_give_the_events_kind() -> None:
    group = merging._Group([_candidate("Weber visits Rome", "a")])
    assert merging._event(group).kind == "visit"
    group.absorb(merging._Group([_candidate("Weber meets Rossi in Rome", "b", kind="meeting")]))
    group.add(_candidate("Weber and Rossi sign a pact in Rome", "c", kind="agreement"))
    group.add(_candidate("Weber and Rossi sign a pact", "d", kind="agreement"))
    assert set(group.kinds) == {c.kind for c in group.members}
    assert merging._event(group).kind == merging._event_kind(group.members) == "agreement"
