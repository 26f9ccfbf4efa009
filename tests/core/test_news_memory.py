"""The news across articles (`news.resolve_news`): its index of dated candidates by (family, participant) holds
two flat rows a key, not a tuple a candidate and participant (issue 7: made with every candidate of a 10 MB run
alive, those tuples took arenas that stayed resident). Measured by tracemalloc on invented candidates; no
timings are asserted."""
from __future__ import annotations

import datetime as dt
import gc
import tracemalloc

from timeline_app.core import news
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Mention, Precision

_PEOPLE = [f"Person{k}" for k in range(40)]


def _dated(n: int) -> list[Candidate]:
    """`n` dated candidates of one day each, two participants each, the days and pairs spread around."""
    out = []
    for i in range(n):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=(i * 7919) % 1500)
        mention = Mention(f"d{i % 50}", 0, 6, "signed", 0, 40)
        actors = frozenset({_PEOPLE[i % 40], _PEOPLE[(i * 7 + 3) % 40]})
        out.append(Candidate(mention, day, day, Precision.DAY, "agreement", "They sign a deal",
                             "They signed a deal on the day.", actors))
    return out


def test_the_index_of_dated_candidates_adds_a_few_bytes_per_candidate_and_participant() -> None:
    candidates = _dated(8000)
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        assert news.resolve_news({}, candidates, []) == []
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    pairs = sum(len(c.actors) for c in candidates)
    # About 19 bytes per candidate and participant (a list slot and an array slot, and the sort's numbers of one
    # key at a time); 88 with a (date, number, candidate) tuple each.
    assert peak / pairs < 35, f"{peak / pairs:.0f} B per candidate and participant"


def test_dated_rows_sort_by_date_and_keep_the_order_given_within_a_date() -> None:
    days = [dt.date(2020, 1, d) for d in (5, 2, 5, 1, 2)]
    candidates = [Candidate(Mention("d", k, k + 1, "x", 0, 9), day, day, Precision.DAY, "agreement", "", "",
                            frozenset({"A", "B"})) for k, day in enumerate(days)]
    rows = news._DatedRows(list(candidates), news.array("q", [10, 11, 12, 13, 14]))
    rows.sort_by_date()
    assert [c.first.day for c in rows.candidates] == [1, 2, 2, 5, 5]
    assert list(rows.numbers) == [13, 11, 14, 10, 12]  # (within a day, in the order of their numbers)
    assert [c.start for c in rows.candidates] == [n - 10 for n in rows.numbers]  # each candidate beside its own
