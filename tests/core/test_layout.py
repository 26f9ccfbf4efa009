"""Timeline geometry, without Qt: a fake measurer makes every character 7 px wide."""
from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np

import pytest

from timeline_app.core.layout import (MAX_DAY, MAX_PX_PER_DAY, MIN_DAY, MIN_PX_PER_DAY, DateIndex, SortedSpans, SpanColumns, Tick, TickStrip, TickUnit, printed_tick_labels, TimeScale, view_tick_labels, assign_lanes, date_of, day_of, tick_strips)
from timeline_app.core.lanes import (LayoutItem, LayoutParams, bin_edges, cluster_extent, dense_bins, dense_capacity, event_extent, is_dense, item_box, layout_events)

d = dt.date


def measure(text: str) -> float:
    return 7.0 * len(text)


# --- date <-> x ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("px_per_day", [MIN_PX_PER_DAY, 0.03, 1.0, 37.5, MAX_PX_PER_DAY])
@pytest.mark.parametrize("day", [d(1, 1, 1), d(1950, 1, 1), d(2024, 6, 19), d(2024, 2, 29), d(9999, 12, 31)])
def test_date_x_round_trip(px_per_day: float, day: dt.date) -> None:
    scale = TimeScale(day_of(d(2000, 1, 1)), px_per_day, 1000)
    x = scale.x_of(day)
    assert scale.day_at(x) == pytest.approx(day_of(day), abs=1e-6 * max(1.0, 1 / px_per_day))
    # The middle of a day maps back to that calendar day at any zoom.
    assert date_of(scale.day_at(scale.x_of_day(day_of(day) + 0.5))) == day


def test_fractional_days_and_clamping() -> None:
    scale = TimeScale(day_of(d(2024, 6, 19)), 100.0, 800)
    assert scale.x_of_day(day_of(d(2024, 6, 19)) + 0.25) == pytest.approx(25.0)
    assert scale.date_at(99.9) == d(2024, 6, 19)
    assert scale.date_at(100.0) == d(2024, 6, 20)
    assert TimeScale(0, 1e9, 100).px_per_day == MAX_PX_PER_DAY
    assert TimeScale(0, 1e-12, 100).px_per_day == pytest.approx(100 / (MAX_DAY - MIN_DAY))  # the calendar fills it
    assert TimeScale(0, 1e-12, 1).px_per_day == MIN_PX_PER_DAY
    # Panning far past the calendar keeps dates representable.
    far = TimeScale(day_of(d(9999, 1, 1)), 1.0, 1000).panned(1e9)
    assert far.visible_dates()[0] <= d(9999, 12, 31)
    assert date_of(-1e12) == dt.date.min and date_of(1e12) == dt.date.max


@pytest.mark.parametrize("anchor_x", [0.0, 123.4, 500.0, 999.0])
@pytest.mark.parametrize("factor", [1.5, 1 / 1.5, 10.0, 0.1])
def test_zoom_keeps_date_under_cursor(anchor_x: float, factor: float) -> None:
    scale = TimeScale.fit(d(1950, 1, 1), d(2024, 12, 31), 1000, 20)
    before = scale.day_at(anchor_x)
    zoomed = scale.zoomed(factor, anchor_x)
    assert zoomed.px_per_day == pytest.approx(scale.px_per_day * factor)
    assert zoomed.day_at(anchor_x) == pytest.approx(before, abs=1e-6)


def test_zoom_is_clamped_and_still_anchored() -> None:
    scale = TimeScale.fit(d(2024, 6, 19), d(2024, 6, 19), 5000)
    assert scale.px_per_day == MAX_PX_PER_DAY
    day = scale.day_at(300)
    assert scale.zoomed(10, 300).px_per_day == MAX_PX_PER_DAY
    assert scale.zoomed(10, 300).day_at(300) == pytest.approx(day)
    assert scale.zoomed(1e-12, 300).px_per_day == pytest.approx(5000 / (MAX_DAY - MIN_DAY))
    assert scale.zoomed(1e-12, 300).day_at(300) == pytest.approx(day)


def test_pan_and_fit() -> None:
    scale = TimeScale.fit(d(1950, 1, 1), d(2024, 12, 31), 1000, margin=50)
    assert scale.x_of(d(1950, 1, 1)) == pytest.approx(50)
    assert scale.x_of_day(day_of(d(2024, 12, 31)) + 1) == pytest.approx(950)
    moved = scale.panned(100)
    assert moved.x_of(d(1950, 1, 1)) == pytest.approx(-50)
    assert moved.px_per_day == scale.px_per_day
    assert scale.resized(500).start == scale.start


# --- ticks ----------------------------------------------------------------------------------------------
def _strips(first: dt.date, last: dt.date, width: float = 1000):
    return tick_strips(TimeScale.fit(first, last, width), measure)


@pytest.mark.parametrize(("first", "last", "minor", "step", "labels", "major", "major_labels"), [
    # 80 years: a year label (28 px + gap) needs 44 px, a year is 12.5 px: five-year steps.
    (d(1950, 1, 1), d(2029, 12, 31), TickUnit.YEAR, 5,
     ["1950", "1955", "1960", "1965", "1970", "1975", "1980", "1985", "1990", "1995", "2000", "2005", "2010",
      "2015", "2020", "2025"], None, None),
    # 5 years: months (15 px) are too narrow for "Sep", quarters fit.
    (d(2020, 1, 1), d(2024, 12, 31), TickUnit.QUARTER, 1, ["Q1", "Q2", "Q3", "Q4"] * 5,
     TickUnit.YEAR, ["2020", "2021", "2022", "2023", "2024"]),
    (d(2024, 1, 1), d(2024, 12, 31), TickUnit.MONTH, 1,
     ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
     TickUnit.YEAR, ["2024"]),
    (d(2024, 6, 1), d(2024, 6, 30), TickUnit.DAY, 1, [str(n) for n in range(1, 31)],
     TickUnit.MONTH, ["June 2024"]),
    (d(2024, 6, 17), d(2024, 6, 23), TickUnit.DAY, 1,
     ["Monday 17", "Tuesday 18", "Wednesday 19", "Thursday 20", "Friday 21", "Saturday 22", "Sunday 23"],
     TickUnit.MONTH, ["June 2024"]),
])
def test_tick_unit_and_labels(first, last, minor, step, labels, major, major_labels) -> None:
    strips = _strips(first, last)
    assert strips[0].unit is minor and strips[0].step == step and not strips[0].major
    assert [t.label for t in strips[0].ticks] == labels
    if major is None:
        assert len(strips) == 1
    else:
        assert len(strips) == 2 and strips[1].major and strips[1].unit is major
        assert [t.label for t in strips[1].ticks] == major_labels


@pytest.mark.parametrize(("first", "last", "expected"), [
    (d(1900, 1, 1), d(2099, 12, 31), (TickUnit.DECADE, 1)),  # 200 years
    (d(1700, 1, 1), d(2099, 12, 31), (TickUnit.DECADE, 2)),  # 400 years
    (d(1, 1, 1), d(9999, 12, 31), (TickUnit.CENTURY, 5)),  # the whole calendar
    (d(2024, 6, 1), d(2024, 8, 31), (TickUnit.WEEK, 1)),
    (d(2024, 1, 1), d(2025, 12, 31), (TickUnit.MONTH, 1)),
])
def test_tick_unit_at_other_zooms(first, last, expected) -> None:
    strip = _strips(first, last)[0]
    assert (strip.unit, strip.step) == expected


@pytest.mark.parametrize("px_per_day", [MIN_PX_PER_DAY * 10, 0.001, 0.05, 0.5, 3, 30, 300, MAX_PX_PER_DAY])
def test_ticks_are_on_screen_ordered_and_labels_fit(px_per_day: float) -> None:
    scale = TimeScale(day_of(d(1990, 3, 7)) + 0.3, px_per_day, 1200)
    strips = tick_strips(scale, measure)
    assert strips
    for strip in strips:
        xs = [t.x for t in strip.ticks]
        assert xs == sorted(xs)
        assert all(t.x < scale.width and t.x_end > 0 for t in strip.ticks)
        # Cost follows the screen: at most one tick per label width, plus the partly visible first.
        assert len(strip.ticks) <= scale.width / 16 + 2
        if not strip.major:
            for a, b in zip(strip.ticks, strip.ticks[1:]):
                assert b.x - a.x >= measure(a.label) + 16 - 1e-6


def test_no_ticks_for_empty_width_or_beyond_millennia() -> None:
    assert tick_strips(TimeScale(0, 1, 0), measure) == ()
    # The whole calendar in 30 px: no step holds a label, so no strip rather than a smear.
    assert tick_strips(TimeScale(day_of(d(2000, 1, 1)), MIN_PX_PER_DAY, 30), measure) == ()


# --- visible events -------------------------------------------------------------------------------------
def test_date_index_matches_brute_force() -> None:
    rnd = random.Random(7)
    spans = []
    for key in range(2000):
        start = rnd.uniform(0, 50_000)
        length = rnd.choice([1, 1, 1, 7, 30, 365, 3650, 40_000])
        spans.append((key, start, start + length))
    index = DateIndex.build(spans)
    assert len(index) == 2000
    for _ in range(200):
        lo = rnd.uniform(-1000, 51_000)
        hi = lo + rnd.choice([1, 10, 400, 20_000])
        expected = sorted((s, e, k) for k, s, e in spans if s < hi and e > lo)
        assert index.query(lo, hi) == [k for _, _, k in expected]


# --- lanes ----------------------------------------------------------------------------------------------
def _overlaps(placed_boxes: list[tuple[int, float, float]], spacing: float = 0.0) -> list[tuple]:
    bad = []
    by_lane: dict[int, list[tuple[float, float]]] = {}
    for lane, start, end in placed_boxes:
        by_lane.setdefault(lane, []).append((start, end))
    for lane, boxes in by_lane.items():
        boxes.sort()
        for (s1, e1), (s2, e2) in zip(boxes, boxes[1:]):
            if s2 < e1 + spacing - 1e-9:
                bad.append((lane, (s1, e1), (s2, e2)))
    return bad


@pytest.mark.parametrize("seed", range(20))
def test_lanes_never_overlap(seed: int) -> None:
    rnd = random.Random(seed)
    items = []
    for i in range(rnd.randint(1, 200)):
        x = rnd.uniform(-200, 1200)
        items.append((i, x, x + rnd.choice([0, 0, 5, 40, 300]) + rnd.uniform(20, 200)))
    result = assign_lanes(items, spacing=4)
    assert set(result.lanes) == {i for i, _, _ in items}
    assert not _overlaps([(result.lanes[k], s, e) for k, s, e in items], spacing=4)
    # Lowest lane first: an item is in lane n only because lanes 0..n-1 were taken at its start.
    assert result.count == max(result.lanes.values()) + 1


def test_lanes_respect_max_and_report_overflow() -> None:
    items = [(i, 0.0, 100.0) for i in range(5)]
    result = assign_lanes(items, max_lanes=3)
    assert result.count == 3 and sorted(result.overflow) == [3, 4]
    assert sorted(result.lanes.values()) == [0, 1, 2]


def test_item_box_places_label_inside_wide_bands_and_after_others() -> None:
    params = LayoutParams()
    point = item_box(LayoutItem("p", 100, 100, 50), params)
    assert (point.marker_start, point.marker_end) == (95, 105)
    assert point.label_x == 105 + params.label_gap and point.end == point.label_x + 50 and not point.label_inside
    band = item_box(LayoutItem("b", 100, 300, 50), params)
    assert band.label_inside and band.label_x == 100 + params.label_pad and band.end == 300
    narrow = item_box(LayoutItem("n", 100, 130, 50), params)
    assert not narrow.label_inside and narrow.label_x == 130 + params.label_gap


# A point at x with a 50 px label (after it: x + 5 + 5 .. x + 60) in a 400 px picture; 30 px of hysteresis.
@pytest.mark.parametrize("x, was_before, goes_before", [
    (300, False, False),  # ends at 360: room after
    (300, True, False),  # 40 px to spare: goes back after
    (310, True, False),  # exactly 30 px to spare
    (311, True, True),  # room after, but 29 px to spare: stays before
    (339, True, True),  # 1 px to spare
    (339, False, False),
    (345, False, True),  # would end at 405: cut, goes before
    (345, True, True),
    (30, True, False),  # no room before (it would start at -30): after, even cut
    (360, False, True),
])
def test_a_label_before_its_marker_goes_back_after_only_with_room_to_spare(x, was_before, goes_before) -> None:
    params = LayoutParams(right_edge=400.0, label_return_room=30.0)
    box = item_box(LayoutItem("p", x, x, 50, label_before=was_before), params)
    assert (box.label_x < box.marker_start) == goes_before


@pytest.mark.parametrize("seed", range(20))
def test_layout_labels_never_overlap_and_every_event_is_shown_once(seed: int) -> None:
    rnd = random.Random(seed)
    items = []
    for i in range(rnd.randint(1, 300)):
        x = rnd.gauss(500, 300)
        items.append(LayoutItem(i, x, x + rnd.choice([0, 0, 0, 3, 60, 250]), rnd.uniform(30, 220)))
    params = LayoutParams(max_lanes=rnd.randint(1, 10))
    result = layout_events(items, params)
    shown = [e.id for e in result.events] + [m for c in result.clusters for m in c.members]
    assert sorted(shown) == list(range(len(items)))
    assert result.lane_count <= params.max_lanes
    boxes = [(e.lane, e.box.start, e.box.end) for e in result.events]
    boxes += [(c.lane, c.x_start, c.x_end) for c in result.clusters]
    assert not _overlaps(boxes, params.spacing)


def _june_items(scale: TimeScale) -> list[LayoutItem]:
    """Ten day events from 10 to 19 June 2024 with 70 px labels."""
    items = []
    for n in range(10):
        day = d(2024, 6, 10 + n)
        x0, x1 = event_extent(day, day, True, scale)
        items.append(LayoutItem(f"e{n}", x0, x1, 70.0, day, day))
    return items


@pytest.mark.parametrize(("first", "last", "cluster_sizes", "events"), [
    (d(1950, 1, 1), d(2029, 12, 31), [10], 0),  # 80 years: the ten days are one point, one cluster
    (d(2024, 1, 1), d(2024, 12, 31), [10], 0),  # a year: 2.7 px per day, still one crowd
    (d(2024, 5, 1), d(2024, 7, 31), [5, 5], 0),  # three months: the crowd splits in two
    (d(2024, 6, 1), d(2024, 6, 30), [], 10),  # a month: every event with its label
])
def test_clusters_merge_and_split_with_zoom(first, last, cluster_sizes, events) -> None:
    params = LayoutParams(max_lanes=3)
    result = layout_events(_june_items(TimeScale.fit(first, last, 1000)), params)
    assert [c.count for c in result.clusters] == cluster_sizes
    assert len(result.events) == events
    for c in result.clusters:
        assert c.count == len(c.members) >= 2
        assert c.first is not None and c.last is not None and c.first <= c.last
        assert c.x_start <= c.x <= c.x_end
        # A cluster spans exactly the dates of its members, for the tooltip and for zooming into it.
        days = sorted(d(2024, 6, 10 + int(m[1:])) for m in c.members)
        assert (c.first, c.last) == (days[0], days[-1])


def test_clusters_split_as_zoom_grows() -> None:
    params = LayoutParams(max_lanes=3)
    anchor = d(2024, 6, 15)
    scale = TimeScale(day_of(anchor), 0.01, 1000).centered_on(day_of(anchor))
    largest = []
    for _ in range(25):
        result = layout_events(_june_items(scale), params)
        largest.append(max((c.count for c in result.clusters), default=1))
        scale = scale.zoomed(1.5, 500)
    assert largest[0] == 10 and largest[-1] == 1
    # Chains are cut at pixel positions, so between two steps a split can shift; but ten times closer
    # never shows a bigger crowd.
    assert all(later <= now for now, later in zip(largest, largest[6:]))


def test_no_clusters_when_there_is_room() -> None:
    items = [LayoutItem(i, 100.0 * i, 100.0 * i, 40) for i in range(8)]
    result = layout_events(items)
    assert not result.clusters and result.lane_count == 1 and result.merge_px == 0
    assert layout_events([]).lane_count == 0


# --- dense mode -------------------------------------------------------------------------------------------
def _random_spans(n: int, seed: int) -> list[tuple[int, float, float]]:
    rnd = random.Random(seed)
    spans = []
    for key in range(n):
        start = float(rnd.randint(700_000, 740_000))
        spans.append((key, start, start + rnd.choice([1, 1, 1, 31, 365, 3650])))
    return spans


def test_sorted_spans_count_matches_brute_force() -> None:
    spans = _random_spans(3000, 3)
    sorted_spans = SortedSpans.build(spans)
    assert len(sorted_spans) == 3000
    rnd = random.Random(4)
    for _ in range(300):
        lo = rnd.uniform(695_000, 745_000)
        hi = lo + rnd.choice([0.5, 1, 30, 4000, 40_000])
        assert sorted_spans.count(lo, hi) == sum(1 for _, s, e in spans if s < hi and e > lo)
    assert sorted_spans.count(720_000, 720_000) == 0
    assert SortedSpans().count(0, 1e9) == 0


@pytest.mark.parametrize("px_per_day", [0.02, 0.5, 3.0])
@pytest.mark.parametrize("start", [700_000.0, 712_345.6, 739_990.0])
def test_dense_bins_hold_each_visible_event_once_in_the_column_where_it_starts(px_per_day: float,
                                                                                start: float) -> None:
    spans = _random_spans(3000, 5)
    by_key = {k: (s, e) for k, s, e in spans}
    sorted_spans = SortedSpans.build(spans)
    scale = TimeScale(start, px_per_day, 1200)
    columns = dense_bins(sorted_spans, scale, 8.0)
    members = [m for c in columns for m in c.members]
    assert len(members) == len(set(members)) == sorted_spans.count(scale.start, scale.end)
    assert set(members) == {k for k, s, e in spans if s < scale.end and e > scale.start}
    for i, c in enumerate(columns):
        assert c.count > 0
        lo, hi = scale.day_at(c.x_start), scale.day_at(c.x_end)
        assert c.x_end - c.x_start <= 8.0 + 1e-6
        for m in c.members:
            s, _ = by_key[m]
            # Its start is in the column, or it began before the screen and runs into the first column.
            assert lo - 1e-6 <= s < hi + 1e-6 or (i == 0 and s < scale.start)
        assert c.first is not None and c.last is not None and c.first <= c.last
    assert [c.x_start for c in columns] == sorted(c.x_start for c in columns)


def test_bin_edges_move_with_the_content_when_panning() -> None:
    scale = TimeScale(720_000.0, 0.25, 1000)
    edges = bin_edges(scale, 8.0)
    assert edges[0] == scale.start and edges[-1] == scale.end
    # Inner edges are multiples of one column's days, so a pan keeps them on the same dates.
    inner = set(edges[1:-1])
    panned = set(bin_edges(scale.panned(100.0), 8.0)[1:-1])
    assert len(inner & panned) >= len(inner) - 15
    assert all(b - a <= 32.0 + 1e-9 for a, b in zip(edges, edges[1:]))


def test_dense_only_with_more_events_than_labelled_lanes_could_show() -> None:
    params = LayoutParams(max_lanes=4)
    capacity = dense_capacity(1000, params)
    assert 40 < capacity < 100  # four lanes of the shortest labels, about sixty px each
    assert not is_dense(int(capacity), 1000, params, at_least=0)
    assert is_dense(int(capacity) + 1, 1000, params, at_least=0)
    # Below the floor the lane layout always runs: cheap there, and some labels beat a histogram.
    assert not is_dense(999, 1000, params)
    assert is_dense(1000, 1000, params)
    assert is_dense(5000, 1000, params) and not is_dense(5000, 100_000, params)


# --- a filter's subset of indexed spans -------------------------------------------------------------------
def _random_sorted_spans(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    starts = rng.integers(0, 2_000, n).astype(np.float64)
    ends = starts + rng.choice(np.array([1.0, 1.0, 30.0, 365.0, 3_000.0]), n)
    order = np.lexsort((ends, starts))
    return starts[order], ends[order]


@pytest.mark.parametrize("keep", [1.0, 0.5, 0.02, 0.0])
@pytest.mark.parametrize("direct", [True, False])  # queries answered by masking the whole set, or by own buckets
def test_a_subset_answers_as_its_own_index_would(monkeypatch, keep, direct):
    import timeline_app.core.layout as layout

    monkeypatch.setattr(layout, "SUBSET_QUERY_DIRECT", 10**9 if direct else -1)
    starts, ends = _random_sorted_spans(3_000, seed=7)
    rows = np.flatnonzero(np.random.default_rng(3).random(len(starts)) < keep)
    subset = SpanColumns.from_sorted(starts, ends).subset(rows)
    own = SortedSpans.from_arrays(starts[rows], ends[rows])
    assert np.array_equal(subset.starts, own.starts[np.argsort(own.keys)]) and len(subset) == len(rows)
    assert np.array_equal(subset.sorted_ends, own.sorted_ends)
    for lo, hi in ((-10, 5_000), (100, 101), (500, 530), (1_999, 2_400), (4_000, 6_000), (300, 300)):
        assert subset.count(lo, hi) == own.count(lo, hi)
        assert subset.index.query(lo, hi) == own.index.query(lo, hi), (lo, hi)


@pytest.mark.parametrize(("count", "digit_width", "min_width"), [
    (2, 0.0, 22.0),  # counts not measured: the pill keeps its radius
    (5, 8.0, 22.0),  # one digit fits the round pill
    (42, 8.0, 26.0),  # 16 px of digits + 5 px each side
    (151, 8.0, 34.0),  # three digits: wider than the round pill (it was 22 px, too narrow for its count)
    (1234, 9.0, 46.0),
])
def test_a_cluster_pill_is_as_wide_as_its_count(count: int, digit_width: float, min_width: float) -> None:
    # `count` points on one pixel, one lane: a single cluster.
    items = [LayoutItem(i, 300.0, 300.0, 80.0) for i in range(count)]
    result = layout_events(items, LayoutParams(max_lanes=1, digit_width=digit_width))
    assert [c.count for c in result.clusters] == [count]
    cluster = result.clusters[0]
    assert cluster.x_end - cluster.x_start == pytest.approx(min_width)
    assert cluster.x_start <= cluster.x <= cluster.x_end


@pytest.mark.parametrize(("starts", "pill"), [
    # A crowd at 600-620 with three early stragglers chained to it: the pill sits on the crowd (in a small
    # window it reached back across decades).
    ([40.0, 90.0, 150.0] + [600.0 + 2 * i for i in range(10)], (590.0, 640.0)),
    ([600.0 + 2 * i for i in range(10)] + [900.0], (590.0, 640.0)),  # a late straggler
    ([100.0 + 60 * i for i in range(9)], (210.0, 520.0)),  # spread evenly: its middle half, 220-510
    ([300.0] * 4, (294.0, 316.0)),  # one day: the round pill on it
    ([300.0, 301.0], (289.0, 317.0)),
])
def test_a_cluster_pill_covers_the_middle_half_of_its_members(starts: list[float], pill: tuple[float, float]) -> None:
    x, start, end = cluster_extent(starts)
    lo, hi = pill
    assert lo <= start and end <= hi, (start, end)
    assert start <= x <= end and end - start >= 22.0


def test_stragglers_chained_to_a_crowd_do_not_stretch_its_pill() -> None:
    # Three events a little before a crowd of eleven, all one chain: the pill is on the crowd.
    starts = [0.0, 10.0, 20.0] + [30.0 + i for i in range(11)]
    result = layout_events([LayoutItem(i, x, x, 80.0) for i, x in enumerate(starts)], LayoutParams(max_lanes=1))
    assert [c.count for c in result.clusters] == [len(starts)]
    cluster = result.clusters[0]
    assert cluster.x_start >= 20.0 and cluster.x_end <= 50.0, (cluster.x_start, cluster.x_end)  # markers: 25-45


@pytest.mark.parametrize(("x", "label_x", "start", "end"), [
    (100.0, 111.0, 95.0, 191.0),  # room after the marker: the label follows it
    (950.0, 859.0, 859.0, 955.0),  # it would run past the edge at 1000: it goes before the marker
    (50.0, 61.0, 45.0, 141.0),  # no room before either (a window narrower than the label): after, as always
])
def test_a_label_at_the_right_edge_goes_before_its_marker(x: float, label_x: float, start: float,
                                                         end: float) -> None:
    params = LayoutParams(marker_radius=5.0, label_gap=6.0, right_edge=1000.0 if x > 60 else 120.0)
    box = item_box(LayoutItem("e", x, x, 80.0), params)
    assert (box.label_x, box.start, box.end) == (label_x, start, end)
    assert (box.marker_start, box.marker_end) == (x - 5.0, x + 5.0) and not box.label_inside


def _seven_px(text: str) -> float:
    return 7.0 * len(text)


@pytest.mark.parametrize(("ticks", "major", "in_cell", "expected"), [
    # Instants on their ticks: "1885" at x = 10 would start at -4 and be printed "85"; "1890" at 60 is whole.
    ([(10.0, 60.0, "1885"), (60.0, 110.0, "1890"), (395.0, 445.0, "1940")], False, False, [("1890", 46.0)]),
    # Intervals centred in themselves: the first runs in from the left, its label centred at -5 is cut.
    ([(-60.0, 50.0, "Mar"), (50.0, 160.0, "Apr")], False, True, [("Apr", 94.5)]),
    # Context (major) labels sit near the left of their part of the picture; one whose part is too narrow is
    # left out (it was drawn starting left of the picture: "22" of "2022").
    ([(-300.0, 20.0, "2022"), (20.0, 380.0, "2023")], True, False, [("2023", 26.0)]),
])
def test_printed_tick_labels_leave_out_those_the_edges_would_cut(ticks, major, in_cell, expected) -> None:
    strip = TickStrip(TickUnit.YEAR, 1, tuple(Tick(x, x_end, label, dt.date(2000, 1, 1)) for x, x_end, label in ticks),
                      major, in_cell)
    assert printed_tick_labels(strip, _seven_px, 400.0) == expected


@pytest.mark.parametrize(("ticks", "major", "in_cell", "expected"), [
    # An instant on its tick: "1880" at x = 10 would start at -4 and show "880"; left out. "1940" at 395 would
    # run past the right edge (400); left out. "1890" is whole.
    ([(10.0, 60.0, "1880"), (60.0, 110.0, "1890"), (395.0, 445.0, "1940")], False, False, [("1890", 46.0)]),
    # An interval's label is centred in the part of it on screen (-60..50 shows 0..50: centred at 25), so a
    # month running in from the left keeps its name while there is room for it...
    ([(-60.0, 50.0, "Mar"), (50.0, 160.0, "Apr")], False, True, [("Mar", 14.5), ("Apr", 94.5)]),
    # ...and loses it once its part is narrower than the name (the label kept inside its interval is cut).
    ([(-60.0, 15.0, "March"), (15.0, 160.0, "Apr")], False, True, [("Apr", 77.0)]),
    # A context label keeps near the left edge while its interval is on screen; pushed out by the next
    # interval it would start left of the view ("22" of "2022"): left out.
    ([(-300.0, 20.0, "2022"), (20.0, 380.0, "2023")], True, False, [("2023", 26.0)]),
    ([(-300.0, 200.0, "2022"), (200.0, 380.0, "2023")], True, False, [("2022", 6.0), ("2023", 206.0)]),
])
def test_view_tick_labels_leave_out_those_the_edges_would_cut(ticks, major, in_cell, expected) -> None:
    strip = TickStrip(TickUnit.YEAR, 1, tuple(Tick(x, x_end, label, dt.date(2000, 1, 1)) for x, x_end, label in ticks),
                      major, in_cell)
    placed = view_tick_labels(strip, _seven_px, 400.0)
    assert [(tick.label, x) for tick, x in placed] == expected
    assert all(0.0 <= x and x + _seven_px(tick.label) <= 400.0 for tick, x in placed)


def _ten_px_a_char(text: str) -> float:
    return 10.0 * len(text)


@pytest.mark.parametrize("width", [320.0, 640.0, 1400.0, 2560.0])
def test_zoomed_all_the_way_out_the_axis_still_names_years(width):
    # Zoomed out to the limit, ten thousand years took a few dozen pixels beside empty space, and no tick level
    # fitted: the axis had no label at all.
    scale = TimeScale(day_of(dt.date(1990, 1, 1)), 1.0, width)
    for _ in range(60):
        scale = scale.zoomed(1 / 1.5, width / 2)
    assert scale.days <= MAX_DAY - MIN_DAY + 1e-6
    strips = tick_strips(scale, _ten_px_a_char)
    assert strips and printed_tick_labels(strips[-1], _ten_px_a_char, width)


@pytest.mark.parametrize("x, width, expected", [
    # (marker at x, label `width`, picture 500 px): (label_x, label_room)
    (100.0, 200.0, (110.0, math.inf)),  # after, whole
    (450.0, 200.0, (240.0, math.inf)),  # before, whole
    (270.0, 300.0, (280.0, 220.0)),  # whole on neither side: kept after while a word or two fit there
    (200.0, 400.0, (210.0, 290.0)),
    (30.0, 500.0, (40.0, 460.0)),
    (470.0, 600.0, (280.0, 180.0)),  # after too small: before, at most SHORT_BEFORE_ROOM, not back to x=0
])
def test_a_label_whole_on_neither_side_is_shortened(x, width, expected):
    # A 640 px window ran a label past the view's edge, cut mid-word with no ellipsis.
    params = LayoutParams(marker_radius=5.0, label_gap=5.0, right_edge=500.0)
    box = item_box(LayoutItem("e", x, x, width), params)
    assert (box.label_x, box.label_room) == pytest.approx(expected)
    assert 0.0 <= box.start and (box.end <= 500.0 or box.label_room == math.inf)


@pytest.mark.parametrize("right_edge", [632.0, 500.0, 420.0])
def test_shortening_a_label_never_adds_a_lane_or_a_cluster(right_edge):
    # Five short labels 90 px apart and one long title near the right edge of a narrow view: shortening the title
    # to the room before its marker gave it a box from x=0, which claimed the lane and collapsed all six into one
    # cluster, where the label running past the edge left all six shown.
    items = [LayoutItem(f"e{i}", 40.0 + 90 * i, 40.0 + 90 * i, 80.0) for i in range(5)]
    items.append(LayoutItem("long", right_edge - 72.0, right_edge - 72.0, 700.0))
    past_edge = layout_events(items, LayoutParams(max_lanes=2))
    shortened = layout_events(items, LayoutParams(max_lanes=2, right_edge=right_edge))
    assert shortened.lane_count <= past_edge.lane_count
    assert len(shortened.clusters) <= len(past_edge.clusters)
    assert len(shortened.events) >= len(past_edge.events)


@pytest.mark.parametrize("neighbours, x, width, expected", [
    # (other events as (marker x, label width), the long label's marker x and width, picture 500 px, one lane):
    # its (label_x, label_room) once the lanes are settled.
    ([], 420.0, 600.0, (0.0, 410.0)),  # cut to 70 px after its marker while the lane was empty to its left
    ([(100.0, 90.0)], 420.0, 600.0, (210.0, 200.0)),  # up to the box before it, less the spacing
    ([], 470.0, 600.0, (0.0, 460.0)),  # was capped at SHORT_BEFORE_ROOM before its marker
    ([(100.0, 90.0)], 470.0, 600.0, (210.0, 250.0)),
    ([(300.0, 70.0)], 420.0, 600.0, (430.0, 70.0)),  # less free room before than after: stays after
    ([], 450.0, 200.0, (240.0, math.inf)),  # whole before: unchanged
    ([], 100.0, 200.0, (110.0, math.inf)),  # whole after: unchanged
    # A long title packed at a label's usual width (200 px of its 380): it runs on into the free room after
    # its marker, up to the next box less the spacing, or before it when it was put there.
    ([], 100.0, (200.0, 380.0), (110.0, 380.0)),
    ([(420.0, 60.0)], 100.0, (200.0, 380.0), (110.0, 295.0)),
    ([(325.0, 60.0)], 100.0, (200.0, 380.0), (110.0, math.inf)),  # no free room: as packed
    ([], 480.0, (200.0, 380.0), (90.0, 380.0)),
    ([(40.0, 120.0)], 480.0, (200.0, 380.0), (180.0, 290.0)),
])
def test_a_shortened_label_takes_the_free_room_beside_its_marker(neighbours, x, width, expected):
    """Labels were cut to a word or two (or to a label's usual width) while their lane lay empty beside them."""
    params = LayoutParams(marker_radius=5.0, label_gap=5.0, spacing=10.0, max_lanes=1, right_edge=500.0)
    items = [LayoutItem(f"n{i}", nx, nx, w) for i, (nx, w) in enumerate(neighbours)]
    packed, whole = width if isinstance(width, tuple) else (width, 0.0)
    items.append(LayoutItem("long", x, x, packed, full_label_width=whole))
    layout = layout_events(items, params)
    assert not layout.clusters
    placed = {p.id: p for p in layout.events}
    box = placed["long"].box
    assert (box.label_x, box.label_room) == pytest.approx(expected)
    # Free room only: the lane's boxes stay apart by the spacing, and inside the picture.
    boxes = sorted((p.box.start, p.box.end) for p in layout.events)
    for (_, end), (start, _) in zip(boxes, boxes[1:]):
        assert start - end >= params.spacing - 1e-9
    assert boxes[0][0] >= 0.0


@pytest.mark.parametrize("right_edge", [632.0, 500.0, 420.0])
def test_widening_a_shortened_label_changes_no_lane_or_cluster(right_edge):
    items = [LayoutItem(f"e{i}", 40.0 + 90 * i, 40.0 + 90 * i, 80.0) for i in range(5)]
    items.append(LayoutItem("long", right_edge - 72.0, right_edge - 72.0, 700.0))
    params = LayoutParams(max_lanes=2, right_edge=right_edge)
    widened = layout_events(items, params)
    from timeline_app.core.lanes import _layout_lanes
    lanes_only = _layout_lanes(items, params)
    assert [(p.id, p.lane) for p in widened.events] == [(p.id, p.lane) for p in lanes_only.events]
    assert widened.clusters == lanes_only.clusters
