"""A candidate holds its explanation, its `inferred` and its six rare fields in one slot (`_rare`): every way
of making and copying one reads back exactly the fields it was given (issue 7 memory: 12 slots, 128 bytes)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import sys

import pytest
from dateutil.relativedelta import relativedelta

from timeline_app.core import analysis
from timeline_app.core.extraction import CANDIDATE_FIELDS, Candidate
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
    assert sys.getsizeof(c) <= 128
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
