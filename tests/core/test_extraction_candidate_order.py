"""The walk's candidates sorted by start, stably (`extraction._sort_by_start`), without a key and a position per
candidate when they come in order already (issue 7: that sort was +1.6 bytes per character of 1 MB of news, the
run's highest point)."""
from __future__ import annotations

import datetime as dt
import tracemalloc

import pytest

from timeline_app.core.extraction import Candidate, _sort_by_start
from timeline_app.core.model import Mention, Precision

_DAY = dt.date(2024, 5, 1)


def _candidate(start: int, title: str) -> Candidate:
    mention = Mention("doc", start, start + 3, "May", max(0, start - 5), start + 10)
    return Candidate(mention, _DAY, _DAY, Precision.DAY, "event", title, "")


@pytest.mark.parametrize("starts, order", [
    ([], ""),
    ([5], "a"),
    ([1, 2, 3], "abc"),  # in order: left as it is
    ([1, 1, 1], "abc"),  # equal starts keep their order
    ([3, 1, 2], "bca"),
    ([1, 5, 9, 2, 7], "adbec"),  # the walk's run, then the whole-text passes' candidates put into it
    ([1, 5, 9, 5, 1], "aebdc"),  # an added one after the run's of its start
    ([4, 8, 2, 2, 8, 0], "fcdabe"),  # ties among the added ones kept in their order
    ([2, 1, 1, 0, 3], "dbcae"),
])
def test_the_candidates_are_sorted_by_start_stably(starts: list[int], order: str) -> None:
    out = [_candidate(start, chr(ord("a") + k)) for k, start in enumerate(starts)]
    _sort_by_start(out)
    assert "".join(c.title for c in out) == order
    assert [c.start for c in out] == sorted(starts)


def test_candidates_in_order_are_sorted_with_no_memory_per_candidate() -> None:
    out = [_candidate(10 * k + 5, "") for k in range(20_000)]
    tracemalloc.start()
    try:
        _sort_by_start(out)
        _live, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * len(out), peak  # (was ~100 bytes a candidate: a start and a position int, three lists)
