"""A query of merging's index that is refused the earliest group filed under a key looks for the earliest group it
is allowed among a bounded run of the next ones in filing order (`merging._Bucket._earliest_allowed`): a page
telling one thing hundreds of times in ways each new sentence is refused (statements of one article under one
key) made every query read them all, quadratic in the page (200 KB of such a page: 13.3 s -> 6.3 s CPU, the same
output)."""
from __future__ import annotations

import heapq
import random
from types import SimpleNamespace

import pytest

from timeline_app.core import merging


def _bucket(alive: list[bool]) -> merging._Bucket:
    bucket = merging._Bucket()
    bucket.groups = [SimpleNamespace(alive=a, index=k) for k, a in enumerate(alive)]  # type: ignore[list-item]
    return bucket


def test_a_query_reads_a_bounded_run_of_refused_groups() -> None:
    bucket = _bucket([True] * 500)
    heap = list(range(500))
    heapq.heapify(heap)
    read: list[int] = []

    def refused(g: SimpleNamespace) -> bool:
        read.append(g.index)
        return False

    assert bucket._earliest_allowed("period", heap, None, refused) is None
    assert read == list(range(merging._REFUSED_LOOK))  # in filing order, no further
    assert sorted(heap) == list(range(500))  # every group still filed


@pytest.mark.parametrize("seed", range(12))
def test_within_the_look_it_answers_as_a_full_scan_would(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 80)
    alive = [rng.random() > 0.2 for _ in range(n)]
    allowed_ids = {k for k in range(n) if rng.random() > 0.7}
    best = rng.choice([None, rng.randint(0, n)])
    bucket = _bucket(alive)
    heap = rng.sample(range(n), n)
    heapq.heapify(heap)
    full = min((k for k in heap if (best is None or k < best) and alive[k] and k in allowed_ids), default=best)
    # (what the bounded look reads: the groups still filed, in order, before `best`)
    ahead = sorted(k for k in heap if alive[k] and (best is None or k < best))
    within = full is best or ahead.index(full) < merging._REFUSED_LOOK
    got = bucket._earliest_allowed("period", heap, best, lambda g: g.index in allowed_ids)
    if within:
        assert got == full
    else:
        assert got == best
    # the groups no longer filed that the look met are dropped; the others all stay
    assert set(heap) >= {k for k in range(n) if alive[k]}
