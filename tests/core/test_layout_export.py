"""Export geometry: the timeline wrapped into rows a page wide, rows packed into pages, the legend's flow."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.lanes import LayoutParams, SpanItem, fit_scale, flow, pack_rows, wrap_rows

D = dt.date


def _day_items(n: int, day: D = D(2024, 6, 19), label: float = 120.0) -> list[SpanItem]:
    return [SpanItem(i, day + dt.timedelta(days=i), day + dt.timedelta(days=i), True, label) for i in range(n)]


def test_fit_scale_puts_the_span_between_the_margins():
    scale = fit_scale(100.0, 200.0, 1000.0, left=50.0, right=150.0)
    assert scale.x_of_day(100.0) == pytest.approx(50.0)
    assert scale.x_of_day(200.0) == pytest.approx(850.0)


def test_fit_scale_centres_a_span_too_short_for_the_finest_zoom():
    scale = fit_scale(100.0, 101.0, 100_000.0, left=0.0, right=0.0)
    assert scale.x_of_day(100.5) == pytest.approx(50_000.0)


@pytest.mark.parametrize("widths, width, expected", [
    ([100, 100, 100], 1000, [(0, 0), (116, 0), (232, 0)]),
    ([100, 100, 100], 250, [(0, 0), (116, 0), (0, 1)]),
    ([400, 50], 300, [(0, 0), (0, 1)]),  # an entry wider than the row still gets a row of its own
    ([], 300, []),
])
def test_flow(widths, width, expected):
    assert flow(widths, width) == expected


def _century_and_a_crowded_year() -> list[SpanItem]:
    """The shape of a news timeline: a few events over a century of background, then a crowded last year."""
    items = [SpanItem(f"b{y}", D(y, 1, 1), D(y, 12, 31), False, 150) for y in (1887, 1910, 1962, 1979, 1990)]
    items += [SpanItem(f"c{i}", D(2024, 1, 1) + dt.timedelta(days=6 * i), D(2024, 1, 1) + dt.timedelta(days=6 * i),
                       True, 200) for i in range(60)]
    return items


def test_wrap_rows_labels_every_event_at_a_page_width():
    params = LayoutParams(max_lanes=10, spacing=12.0)
    rows = wrap_rows(_century_and_a_crowded_year(), 1400, 6, params=params)
    assert 1 < len(rows) <= 6
    assert sorted(i for r in rows for i in r.ids) == sorted(it.id for it in _century_and_a_crowded_year())
    for row in rows:
        assert row.scale.width == 1400 and not row.layout.clusters
        assert all(0 <= p.box.start and p.box.end <= 1400 for p in row.layout.events)
    # Rows are cut where the story pauses: the century's background is not split from itself mid-way, the
    # crowded year starts a row of its own.
    assert {i for i in rows[0].ids} == {"b1887", "b1910", "b1962", "b1979", "b1990"}


def test_wrap_rows_shares_what_cannot_fit_evenly():
    items = [SpanItem(i, D(2024, 1, 1), D(2024, 1, 1), True, 200) for i in range(100)]  # one day, 100 events
    rows = wrap_rows(items, 1400, 4, params=LayoutParams(max_lanes=10))
    assert [len(r.ids) for r in rows] == [25, 25, 25, 25]
    assert wrap_rows([], 1400, 4) == []


@pytest.mark.parametrize("heights, page, expected", [
    ([100, 100, 100], 340, [[0, 1, 2]]),  # 100 + 18 + 100 + 18 + 100
    ([100, 100, 100], 250, [[0, 1], [2]]),  # 100 + 18 + 100 fits, a third does not
    ([400, 50, 50], 300, [[0], [1, 2]]),  # a row taller than a page has one of its own
    ([], 300, []),
])
def test_pack_rows(heights, page, expected):
    assert pack_rows(heights, page, gap=18.0) == expected


@pytest.mark.parametrize("days", [20, 40, 50, 60])
def test_wrap_rows_does_not_end_on_a_row_of_leftovers(days):
    # Events every three days, then one more at the end of the year: filling each row as full as it goes left a
    # last row of one event (or two) spread across a page, for a timeline the other rows had shown 13 to a row.
    items = [SpanItem(f"d{i}", D(2024, 1, 1) + dt.timedelta(days=3 * i), D(2024, 1, 1) + dt.timedelta(days=3 * i),
                      True, 200) for i in range(days)]
    items.append(SpanItem("late", D(2024, 12, 30), D(2024, 12, 30), True, 200))
    params = LayoutParams(max_lanes=4, spacing=12.0)
    rows = wrap_rows(items, 1400, 6, params=params)
    counts = [len(r.ids) for r in rows]
    assert sum(counts) == len(items) and all(not r.layout.clusters for r in rows)
    assert [i for r in rows for i in r.ids] == [it.id for it in items]  # date order kept
    assert min(counts) >= 3 and max(counts) - min(counts) <= max(counts) // 2 + 1
