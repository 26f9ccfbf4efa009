"""Every export reports how far it has got and stops when its progress callback raises Cancelled."""
from __future__ import annotations

import dataclasses

import pytest

from benchmarks.export_speed import make_timeline
from timeline_app.core.progress import Cancelled
from timeline_app.core.publish import FORMATS, ExportOptions, select_events
from timeline_app.core.publish_common import PROGRESS_EVERY

TIMELINE = make_timeline(1234, n_sources=5)


@pytest.mark.parametrize("key", sorted(k for k in FORMATS if k != "ics"))  # ics: test_ics_progress
@pytest.mark.parametrize("options", [ExportOptions(), ExportOptions(starred_only=True),
                                     ExportOptions(sources=frozenset({"doc01", "doc03"}))],
                         ids=["all", "starred", "two-sources"])
def test_progress_counts_the_chosen_events_and_changes_nothing(key: str, options: ExportOptions) -> None:
    calls: list[tuple[int, int]] = []
    data = FORMATS[key].write(TIMELINE, dataclasses.replace(options, progress=lambda *a: calls.append(a)))
    total = len(select_events(TIMELINE, options))
    assert data == FORMATS[key].write(TIMELINE, options)
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert all(t == total for _, t in calls)
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(calls) == total // PROGRESS_EVERY + 2 - (total % PROGRESS_EVERY == 0)


def test_ics_progress() -> None:
    """As above, with the calendar's time stamp fixed so that the two files can be compared."""
    import datetime as dt

    from timeline_app.core.publish_ics import ics_bytes

    stamp = dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc)
    calls: list[tuple[int, int]] = []
    data = ics_bytes(TIMELINE, ExportOptions(progress=lambda *a: calls.append(a)), stamp=stamp)
    assert data == ics_bytes(TIMELINE, ExportOptions(), stamp=stamp)
    assert calls[0] == (0, 1234) and calls[-1] == (1234, 1234) and len(calls) == 1234 // PROGRESS_EVERY + 2


@pytest.mark.parametrize("key", sorted(FORMATS))
def test_cancelled_from_the_callback_stops_the_export(key: str) -> None:
    seen: list[int] = []

    def cancel_after_first_step(done: int, total: int) -> None:
        seen.append(done)
        if done >= PROGRESS_EVERY:
            raise Cancelled()

    with pytest.raises(Cancelled):
        FORMATS[key].write(TIMELINE, ExportOptions(progress=cancel_after_first_step))
    assert seen == [0, PROGRESS_EVERY]  # stopped there, not after writing the rest


def test_progress_is_not_part_of_what_options_compare_as() -> None:
    assert ExportOptions(progress=print) == ExportOptions()
    assert hash(ExportOptions(starred_only=True, progress=print)) == hash(ExportOptions(starred_only=True))


@pytest.mark.parametrize("n, every, total, reports", [
    (0, 3, None, [(0, 0)]),
    (7, 3, None, [(0, 7), (3, 7), (6, 7)]),
    (6, 3, 12, [(0, 12), (3, 12)]),  # a picture counts two steps an item: the caller's total
])
def test_stepped_reports_before_the_first_item_and_every_nth_after(n, every, total, reports) -> None:
    from timeline_app.core.progress import stepped

    calls: list[tuple[int, int]] = []
    seen = []
    for item in stepped(list(range(n)), lambda *a: calls.append(a), every, total):
        seen.append((item, len(calls)))  # each report comes before its item is handed out
    assert calls == reports and [item for item, _ in seen] == list(range(n))
    assert all(reported == 1 + item // every for item, reported in seen)
