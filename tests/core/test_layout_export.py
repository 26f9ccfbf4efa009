"""Export geometry: the whole timeline as wide as its labels need, pages cut between events, the legend's flow."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.layout import MAX_PX_PER_DAY
from timeline_app.core.lanes import (Box, Cluster, EventLayout, LayoutParams, PlacedEvent, SpanItem, fit_scale, flow, layout_at, page_breaks, pack_rows, readable_layout, wrap_rows)

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


def test_readable_layout_keeps_the_minimum_width_when_everything_fits():
    result = readable_layout(_day_items(3, label=60), 1600, 20_000, params=LayoutParams(max_lanes=4))
    assert result.scale.width == 1600
    assert not result.layout.clusters and len(result.layout.events) == 3


@pytest.mark.parametrize("lanes", [1, 2, 4])
def test_readable_layout_grows_until_no_event_is_clustered(lanes):
    # Forty events a day apart over six weeks and a single far one: the days crowd at the minimum width.
    items = _day_items(40) + [SpanItem("old", D(1990, 1, 1), D(1993, 12, 31), False, 80)]
    params = LayoutParams(max_lanes=lanes)
    narrow = layout_at(items, fit_scale(min(it.first.toordinal() for it in items),
                                        max(it.last.toordinal() for it in items) + 1, 1600, 24, 260), params)
    assert narrow.clusters, "the case must be crowded at the minimum width"
    result = readable_layout(items, 1600, 3_000_000, params=params)
    assert result.scale.width > 1600
    assert not result.layout.clusters
    assert {p.id for p in result.layout.events} == {it.id for it in items}
    assert result.layout.lane_count <= lanes


def test_readable_layout_stops_at_the_maximum_width_with_clusters():
    items = _day_items(10, label=100)
    result = readable_layout(items, 800, 1200, params=LayoutParams(max_lanes=1))
    assert result.scale.width == 1200
    assert result.layout.clusters
    assert sum(c.count for c in result.layout.clusters) + len(result.layout.events) == 10


def test_readable_layout_stops_at_the_finest_zoom():
    items = [SpanItem(i, D(2024, 6, 19), D(2024, 6, 19), True, 100) for i in range(6)]  # one day, one lane
    result = readable_layout(items, 800, 1_000_000, params=LayoutParams(max_lanes=1))
    assert result.scale.px_per_day == MAX_PX_PER_DAY and result.scale.width < 10_000
    assert [c.count for c in result.layout.clusters] == [6]


def _placed(i, start, end) -> PlacedEvent:
    return PlacedEvent(i, 0, Box(start, end, start, start + 10, start + 15, False))


@pytest.mark.parametrize("boxes, width, page, expected", [
    ([], 500, 1000, [(0, 500)]),
    ([], 2500, 1000, [(0, 1000), (1000, 2000), (2000, 2500)]),
    # A label across the page edge at 1000: cut in the gap just before it.
    ([(100, 300), (900, 1100), (1200, 1400)], 2000, 1000, [(0, 899), (899, 1899), (1899, 2000)]),
    # No free place in the right half of the page: cut at the edge rather than leave a page near empty.
    ([(0, 1900)], 2000, 1000, [(0, 1000), (1000, 2000)]),
    # Crowded: cut where the fewest labels are cut through (one, at 549), the latest such place after that.
    ([(0, 1950), (550, 900), (600, 950), (700, 1100)], 2000, 1000, [(0, 549), (549, 1549), (1549, 2000)]),
])
def test_page_breaks(boxes, width, page, expected):
    layout = EventLayout(tuple(_placed(i, s, e) for i, (s, e) in enumerate(boxes)))
    assert page_breaks(layout, width, page) == [pytest.approx(p) for p in expected]


def test_page_breaks_never_cut_through_a_box_when_there_is_room():
    boxes = [(i * 170.0, i * 170.0 + 150.0) for i in range(40)]
    layout = EventLayout(tuple(_placed(i, s, e) for i, (s, e) in enumerate(boxes)),
                         (Cluster(7000, 6990, 7010, 1, ("a", "b")),))
    pages = page_breaks(layout, 7200, 1000)
    assert pages[0][0] == 0 and pages[-1][1] == 7200
    for (a0, a1), (b0, _) in zip(pages, pages[1:]):
        assert a1 == b0 and 500 < a1 - a0 <= 1000
        assert not any(s < a1 < e for s, e in boxes)


@pytest.mark.parametrize("widths, width, expected", [
    ([100, 100, 100], 1000, [(0, 0), (116, 0), (232, 0)]),
    ([100, 100, 100], 250, [(0, 0), (116, 0), (0, 1)]),
    ([400, 50], 300, [(0, 0), (0, 1)]),  # an entry wider than the row still gets a row of its own
    ([], 300, []),
])
def test_flow(widths, width, expected):
    assert flow(widths, width) == expected


# 900: the last label goes before its marker (LayoutParams.right_edge) instead of widening the picture; one
# wider than the picture still widens it.
@pytest.mark.parametrize("label, widened", [(400, False), (900, False), (1200, True)])
def test_readable_layout_makes_room_for_the_last_label(label, widened):
    items = [SpanItem("a", D(2000, 1, 1), D(2000, 1, 1), True, 50),
             SpanItem("b", D(2024, 1, 1), D(2024, 1, 1), True, label)]
    result = readable_layout(items, 1000, 5000, right=20)
    last = max(p.box.end for p in result.layout.events)
    assert last <= result.scale.width
    assert (result.scale.width > 1000) == widened
    assert result.scale.x_of_day(D(2000, 1, 1).toordinal()) == pytest.approx(24, abs=1)


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
