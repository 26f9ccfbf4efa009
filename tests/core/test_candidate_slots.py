"""A candidate holds its explanation, its `inferred` and its six rare fields in one slot (`_rare`): every way
of making and copying one reads back exactly the fields it was given (issue 7 memory: 10 slots, 112 bytes)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import sys

import pytest
from dateutil.relativedelta import relativedelta

from timeline_app.core import analysis
from timeline_app.core.extraction import CANDIDATE_FIELDS, Candidate, mention_of_parts
from timeline_app.core.model import Mention, Precision

DAY = dt.date(2024, 6, 19)


def _mention(inferred: bool, start: int = 3) -> Mention:
    return Mention("doc", start, start + 4, "1961", 0, 30, inferred=inferred)


# (mention's flag, the candidate's fields beyond the common ones)
CASES = [
    (False, {}),
    (True, {"inferred": True}),
    (True, {"inferred": True, "explanation": "“Tuesday” counted from the publication date"}),
    (False, {"explanation": "implied by “1961”"}),
    (False, {"inferred": True}),  # a candidate's flag that is not its mention's
    (True, {"inferred": False, "explanation": "x"}),
    (True, {"inferred": True, "offset": relativedelta(years=-24), "anchor_kind": "visit", "referent": (0, 9)}),
    (False, {"explanation": "e", "relation": "after", "reported": True, "period": True}),
]


def _fields(c: Candidate) -> dict:
    return {name: getattr(c, name) for name in CANDIDATE_FIELDS}


def _make(flag: bool, given: dict) -> Candidate:
    return Candidate(_mention(flag), DAY, DAY, Precision.DAY, "visit", "Visit", "In 1961 leaders visited the pact.",
                     frozenset({"Leaders"}), **given)


@pytest.mark.parametrize("flag, given", CASES)
def test_a_candidate_reads_back_its_fields_made_copied_replaced_pickled_and_sent_as_rows(flag, given):
    c = _make(flag, given)
    expected = {"inferred": False, "explanation": "", "period": False, "offset": None, "anchor_kind": "",
                "relation": "", "referent": None, "reported": False, **given}
    assert {name: getattr(c, name) for name in expected} == expected
    assert sys.getsizeof(c) <= 112
    assert pickle.loads(pickle.dumps(c)) == c and hash(pickle.loads(pickle.dumps(c))) == hash(c)
    (unpacked,) = analysis.unpack_analyses(analysis.pack_analyses([analysis.DocumentAnalysis((c,), (), (), None)]))
    (row,) = unpacked.candidates
    assert _fields(row) == _fields(c) and row == c
    # `replace` keeps every field it is not given, and changes exactly those it is.
    assert _fields(dataclasses.replace(c, title="Other")) == {**_fields(c), "title": "Other"}
    flipped = dataclasses.replace(c, inferred=not c.inferred, explanation="new")
    assert _fields(flipped) == {**_fields(c), "inferred": not c.inferred, "explanation": "new"}
    # A new mention whose flag differs leaves the candidate's own `inferred` as it was.
    moved = dataclasses.replace(c, mention=_mention(not flag, 5))
    assert moved.inferred == c.inferred and moved.mention_inferred is (not flag) and moved.start == 5
    assert _fields(moved) == {**_fields(c), "mention": _mention(not flag, 5)}
    # Equal fields, equal candidates: the slot is stored one way for them.
    assert _make(flag, dict(given)) == c and hash(_make(flag, dict(given))) == hash(c)
    assert c != dataclasses.replace(c, explanation=c.explanation + "!")


# A referent (start, end) is held as one int (`extraction._Span`): read back as the tuple given, for every value
# (what does not pack, and a malformed referent, are held as given), through pickles and worker rows.
@pytest.mark.parametrize("referent", [(0, 9), (2**30 - 1, 2**30 - 1), (2**30, 5), (5, 2**30), (-1, 3), (1, 2, 3),
                                      5, (1.0, 2), ("a", 2)])
def test_a_referent_reads_back_as_given(referent):
    c = _make(True, {"inferred": True, "offset": relativedelta(years=-24), "anchor_kind": "visit",
                     "referent": referent})
    assert c.referent == referent and type(c.referent) is type(referent)
    again = pickle.loads(pickle.dumps(c))
    assert again.referent == referent and again == c and hash(again) == hash(c)
    (unpacked,) = analysis.unpack_analyses(analysis.pack_analyses([analysis.DocumentAnalysis((c,), (), (), None)]))
    assert unpacked.candidates[0].referent == referent and unpacked.candidates[0] == c
    assert dataclasses.replace(c, title="x").referent == referent


def test_a_referent_is_one_small_int():
    c = _make(True, {"inferred": True, "referent": (1_000_000, 1_000_009)})
    held = c._rare.referent
    assert held.__class__ is not tuple and sys.getsizeof(held) <= 48  # (a tuple and two ints: 120)


# `first`, `last` and `precision` are held in one slot (`_days`): a day's date alone, anything else as the tuple of
# the three (one object for equal ones). Every value reads back as given, through copies, pickles and rows.
@pytest.mark.parametrize("first, last, precision", [
    (DAY, DAY, Precision.DAY),
    (DAY, dt.date(2024, 6, 19), Precision.DAY),  # equal days, two objects
    (dt.date(2024, 1, 1), dt.date(2024, 12, 31), Precision.YEAR),
    (DAY, DAY, Precision.MONTH),  # a day that is not DAY precise (malformed, held as given)
    (None, None, Precision.DAY),
    (None, None, Precision.YEAR),
    (dt.datetime(2024, 6, 19, 10), dt.datetime(2024, 6, 19, 10), Precision.DAY),  # not a date: held as given
    ([2024], [2024], Precision.DAY),  # unhashable: held as given
    (1, True, Precision.DAY),  # malformed, equal to each other's: each held as given
    (True, 1, Precision.DAY),
])
def test_a_candidates_days_read_back_as_given(first, last, precision):
    c = Candidate(_mention(False), first, last, precision, "visit", "Visit", "In 1961 leaders visited the pact.")
    assert (c.first, c.last, c.precision) == (first, last, precision) == c.days()
    assert type(c.first) is type(first) and type(c.last) is type(last)
    assert (c.first is c.last) is (first is last) or first == last  # (equal ranges share one tuple)
    assert sys.getsizeof(c) <= 112
    copies = [dataclasses.replace(c), dataclasses.replace(c, title="x")]
    if not isinstance(first, list):
        copies.append(pickle.loads(pickle.dumps(c)))
        (unpacked,) = analysis.unpack_analyses(analysis.pack_analyses([analysis.DocumentAnalysis((c,), (), (), None)]))
        copies.append(unpacked.candidates[0])
    for copy in copies:
        assert (copy.first, copy.last, copy.precision) == (first, last, precision)
        assert type(copy.first) is type(first) and type(copy.last) is type(last)
    other = dt.date(2020, 2, 2)
    changed = dataclasses.replace(c, first=other)
    assert (changed.first, changed.last, changed.precision) == (other, last, precision)
    assert dataclasses.replace(c, precision=Precision.WEEK).precision is Precision.WEEK
    assert dataclasses.replace(c, last=other).last == other


def test_equal_ranges_are_one_object():
    made = [Candidate(_mention(False), dt.date(2024, 1, 1), dt.date(2024, 12, 31), Precision.YEAR, "visit", "V", "s")
            for _ in range(3)]
    assert len({id(c._days) for c in made}) == 1


# What a candidate's mention is made of (`Candidate.mention_parts`: merging holds these, not the candidate, until
# it makes the events' mentions) makes the mention `Candidate.mention` gives, of the candidate's own objects.
@pytest.mark.parametrize("mention", [
    Mention("doc", 3, 7, "1961", 0, 30),
    Mention("doc", 3, 7, "1961", 0, 30, dated=False, inferred=True),
    Mention("doc", 3, 7, "1961", 0, 30_000),  # a run-on sentence: its offsets do not pack
    Mention("doc", 7, 3, "1961", 0, 30),  # offsets out of order (malformed): held as given
])
def test_a_mention_made_from_its_candidates_parts_is_the_candidates_mention(mention):
    c = Candidate(mention, DAY, DAY, Precision.DAY, "visit", "Visit", "In 1961 leaders visited the pact.")
    parts = c.mention_parts()
    made = mention_of_parts(*parts)
    assert made == c.mention == mention and type(made) is Mention and len(parts) == 3
    assert made.text is c.mention.text and made._at is c.mention._at  # (no copies)
