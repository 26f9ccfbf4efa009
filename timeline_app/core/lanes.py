"""Lanes and clusters: where each event on screen goes, and the whole timeline laid out for export and print.

Split from `core/layout.py`, which keeps the time scale, the ticks, the lanes of the axis's markers and the
indexes of which events are on screen: an empty window paints its axis with those alone, and this module's
dataclasses (~10 ms to create) load with the first events instead (issue 10, item 5). Pure functions over
frozen dataclasses, no Qt.
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline_app.core.lazy import LazyModule
from timeline_app.core.layout import DENSE_MIN_LABEL_PX, SortedSpans, TimeScale, date_of, day_of

if TYPE_CHECKING:
    import numpy as np
else:
    np = LazyModule("numpy")  # imported when events arrive

# --------------------------------------------------------------------------------------------------------------
# Lanes and clusters
# --------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LayoutItem:
    """An event on screen: its extent in px (x_start == x_end for a point) and its label's width."""

    id: Hashable
    x_start: float
    x_end: float
    label_width: float = 0.0
    first: dt.date | None = None
    last: dt.date | None = None
    # Its label was before its marker in the previous frame: it stays there until after has room to spare
    # (LayoutParams.label_return_room), so panning back and forth near the edge does not flip it each time.
    label_before: bool = False
    # The whole label's width when `label_width` is a shortened one (a long title cut to a label's usual
    # width for packing): once the lanes are settled it may take the free room its lane has (0: it is whole).
    full_label_width: float = 0.0


@dataclass(frozen=True)
class LayoutParams:
    marker_radius: float = 5.0  # points and the minimum half-width of a band
    label_gap: float = 5.0  # between a marker and its label
    label_pad: float = 6.0  # around a label drawn inside a wide band
    spacing: float = 10.0  # minimum gap between two boxes in one lane
    max_lanes: int = 8
    merge_px: float = 12.0  # first proximity radius tried when events must be grouped
    cluster_radius: float = 11.0
    # The widest digit of the font a cluster's count is drawn in (0: counts are not measured). A pill is at
    # least as wide as its count plus `count_pad` each side, so "151" is never drawn as an empty 22 px pill.
    digit_width: float = 0.0
    count_pad: float = 5.0
    # Where the picture ends (its width): a label that would run past it goes before its marker instead, so the
    # last events need no empty years after them to be read (infinite: labels always follow their markers).
    right_edge: float = math.inf
    # How far inside `right_edge` a label that was before its marker (LayoutItem.label_before) must then end
    # after it to go back there: hysteresis, so a label changes side once as the user pans, not at every jitter.
    label_return_room: float = 0.0


@dataclass(frozen=True)
class Box:
    """Where an item goes within its lane: the marker [marker_start, marker_end], the label at label_x, and
    the whole extent [start, end] that no other box in the lane may touch."""

    start: float
    end: float
    marker_start: float
    marker_end: float
    label_x: float
    label_inside: bool
    # The width the label is drawn in when it is not the item's label_width: shortened when it fits on neither
    # side whole, or widened into its lane's free room (`_widen_shortened_labels`); inf: the item's label_width.
    label_room: float = math.inf


MIN_LABEL_ROOM = 60.0  # a label is not shortened below this (a word or two): under it, it runs past the edge
SHORT_BEFORE_ROOM = 3 * MIN_LABEL_ROOM  # at most this much of a label shortened before its marker is shown


def item_box(item: LayoutItem, params: LayoutParams = LayoutParams()) -> Box:
    """A band wide enough holds its label inside; anything else has it after the marker, or before it when
    after would run past `params.right_edge` (less `params.label_return_room` for a label that was before
    already) and before stays inside the picture; whole on neither side, shortened to fit (`Box.label_room`):
    after while MIN_LABEL_ROOM fits there, else before (at most SHORT_BEFORE_ROOM wide)."""
    lo, hi = min(item.x_start, item.x_end), max(item.x_start, item.x_end)
    r = params.marker_radius
    if hi - lo < 2 * r:
        mid = (lo + hi) / 2
        lo, hi = mid - r, mid + r
    if item.label_width <= 0:
        return Box(lo, hi, lo, hi, hi, False)
    if hi - lo >= item.label_width + 2 * params.label_pad:
        return Box(lo, hi, lo, hi, lo + params.label_pad, True)
    label_x = hi + params.label_gap
    room = params.right_edge - (params.label_return_room if item.label_before else 0.0)
    if label_x + item.label_width > room and lo - params.label_gap - item.label_width >= 0:
        label_x = lo - params.label_gap - item.label_width
        return Box(label_x, hi, lo, hi, label_x, False)
    after = params.right_edge - label_x
    before = lo - params.label_gap
    if label_x + item.label_width > params.right_edge:
        # Whole on neither side (a narrow view): the label is shortened (by whole words) rather than run past
        # the picture's edge. It stays after its marker while a word or two fit there: its box then ends where
        # the unshortened one was cut, so shortening never claims more of the lane. Only when after is too
        # small does it go before, taking at most SHORT_BEFORE_ROOM: a box reaching back to x=0 would claim the
        # whole lane and push every event left of it into a cluster.
        if after >= MIN_LABEL_ROOM:
            return Box(lo, label_x + after, lo, hi, label_x, False, after)
        if before >= MIN_LABEL_ROOM:
            room = min(before, SHORT_BEFORE_ROOM)
            return Box(lo - params.label_gap - room, hi, lo, hi, lo - params.label_gap - room, False, room)
    return Box(lo, label_x + item.label_width, lo, hi, label_x, False)


def cluster_half_width(count: int, params: LayoutParams = LayoutParams()) -> float:
    """Half the width of the pill of a cluster of `count` events: its radius, or wider for a long count."""
    return max(params.cluster_radius, len(str(count)) * params.digit_width / 2 + params.count_pad)


def cluster_extent(starts: Sequence[float], params: LayoutParams = LayoutParams()) -> tuple[float, float, float]:
    """Where the pill of a cluster whose members' markers start at `starts` (in order) goes: (x, start, end).

    It covers where the middle half of its members begin (chains are built on starts, not on where long bands
    end), at least as wide as its count: a few stragglers chained to a crowd when the zoom is far out do not
    stretch it across decades, and a crowd spread evenly still shows its extent."""
    n = len(starts)
    q1, q3 = starts[(n - 1) // 4], starts[n - 1 - (n - 1) // 4]
    median = (starts[(n - 1) // 2] + starts[n // 2]) / 2
    lo, hi = q1, q3 + 2 * params.marker_radius
    half = cluster_half_width(n, params)
    if hi - lo < 2 * half:
        # Too narrow for the count: centred on the median member, clamped so it still covers the middle half.
        x = min(max(median + params.marker_radius, hi - half), lo + half)
        lo, hi = x - half, x + half
    return (lo + hi) / 2, lo, hi


@dataclass(frozen=True)
class PlacedEvent:
    id: Hashable
    lane: int
    box: Box


@dataclass(frozen=True)
class Cluster:
    """Events too close to label, drawn as one pill with their count over [x_start, x_end], which covers where
    the members start."""

    x: float
    x_start: float
    x_end: float
    lane: int
    members: tuple[Hashable, ...]  # or a numpy array of row keys, for a histogram column over columns
    first: dt.date | None = None
    last: dt.date | None = None

    @property
    def count(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class EventLayout:
    events: tuple[PlacedEvent, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    lane_count: int = 0
    merge_px: float = 0.0  # the proximity radius that made everything fit (0: no clusters needed)


_Boxed = tuple[LayoutItem, Box]


def _boxed(items: Iterable[LayoutItem], params: LayoutParams) -> list[_Boxed]:
    """Items with their boxes, in order of marker start: computed once per layout."""
    boxed = [(it, item_box(it, params)) for it in items]
    boxed.sort(key=lambda ib: (ib[1].marker_start, ib[0].x_end))
    return boxed


def _chains(boxed: Sequence[_Boxed], merge_px: float, limit: float) -> list[list[_Boxed]]:
    groups: list[list[_Boxed]] = []
    first_x = prev_x = -math.inf
    for entry in boxed:
        x = entry[1].marker_start
        if groups and x - prev_x <= merge_px and x - first_x <= limit:
            groups[-1].append(entry)
        else:
            groups.append([entry])
            first_x = x
        prev_x = x
    return groups


def _try_layout(groups: list[list[_Boxed]], params: LayoutParams, allow_overflow: bool) -> EventLayout | None:
    right: list[float] = []  # where the last box of each lane ends
    spacing, max_lanes = params.spacing, params.max_lanes

    def place(start: float, end: float, lanes: list[float], overflow: bool) -> int | None:
        """Lowest lane with room, else a new lane if allowed, else None. Updates `lanes`."""
        for i, r in enumerate(lanes):
            if r + spacing <= start:
                lanes[i] = end
                return i
        if len(lanes) < max_lanes or overflow:
            lanes.append(end)
            return len(lanes) - 1
        return None

    events: list[PlacedEvent] = []
    clusters: list[Cluster] = []
    for group in groups:
        if len(group) == 1:
            item, box = group[0]
            lane = place(box.start, box.end, right, allow_overflow)
            if lane is None:
                return None
            events.append(PlacedEvent(item.id, lane, box))
            continue
        # All or nothing: a group is shown as separate labelled events only if every member fits.
        trial = list(right)
        placed = []
        for item, box in group:
            lane = place(box.start, box.end, trial, overflow=False)
            if lane is None:
                break
            placed.append(PlacedEvent(item.id, lane, box))
        else:
            right = trial
            events.extend(placed)
            continue
        x, lo, hi = cluster_extent([b.marker_start for _, b in group], params)
        lane = place(lo, hi, right, allow_overflow)
        if lane is None:
            return None
        firsts = [it.first for it, _ in group if it.first is not None]
        lasts = [it.last for it, _ in group if it.last is not None]
        clusters.append(Cluster(x, lo, hi, lane, tuple(it.id for it, _ in group),
                                min(firsts) if firsts else None, max(lasts) if lasts else None))
    return EventLayout(tuple(events), tuple(clusters), len(right))


def _widen_shortened_labels(layout: EventLayout, items: Sequence[LayoutItem], params: LayoutParams) -> EventLayout:
    """Labels shown shorter than they are take the free room their lane has beside them once the lanes are
    settled: a title cut to a label's usual width (`LayoutItem.full_label_width`) runs on into the free room on
    its side of the marker, and one `item_box` cut at the picture's edge (whole on neither side) goes before
    its marker when more room is free there. Lanes were packed with the shorter widths and only free room is
    taken (up to the neighbouring box or pill in the lane, less `spacing`; inside the picture), so no lane or
    cluster changes. Lanes are widened left to right, each label taking the room it finds free."""
    full = {it.id: max(it.full_label_width, it.label_width) for it in items
            if it.full_label_width > it.label_width}
    if not full and all(p.box.label_room == math.inf for p in layout.events):
        return layout
    if not full:
        full = {it.id: it.label_width for it in items}
    # Each lane's extents [start, end, index of the event or -1 for a pill], in order.
    lanes: dict[int, list[list]] = {}
    for index, placed in enumerate(layout.events):
        lanes.setdefault(placed.lane, []).append([placed.box.start, placed.box.end, index])
    for cluster in layout.clusters:
        lanes.setdefault(cluster.lane, []).append([cluster.x_start, cluster.x_end, -1])
    events = list(layout.events)
    right_edge = params.right_edge
    for extents in lanes.values():
        extents.sort(key=lambda e: e[0])
        for j, extent in enumerate(extents):
            index = extent[2]
            if index < 0:
                continue
            placed = events[index]
            box = placed.box
            wanted = full.get(placed.id, 0.0)
            given = box.label_room if box.label_room != math.inf else box.end - box.label_x \
                if box.label_x >= box.marker_end else box.marker_start - params.label_gap - box.label_x
            if box.label_inside or wanted <= given + 0.5:
                continue
            free_from = extents[j - 1][1] + params.spacing if j > 0 else 0.0
            free_to = min(extents[j + 1][0] - params.spacing if j + 1 < len(extents) else math.inf, right_edge)
            before_room = box.marker_start - params.label_gap - max(free_from, 0.0)
            after = box.label_x >= box.marker_end
            after_room = free_to - (box.marker_end + params.label_gap) if after else -math.inf
            if after and box.label_room != math.inf and before_room > after_room:
                after = False  # cut at the picture's edge after its marker, with more room free before it
            room = min(after_room if after else before_room, wanted)
            if room <= given + 0.5:
                continue
            label_room = room  # what the label is drawn in: its title shortened to it (or whole when it fits)
            if after:
                label_x = box.marker_end + params.label_gap
                new_box = Box(box.start, label_x + room, box.marker_start, box.marker_end, label_x, False, label_room)
            else:
                label_x = box.marker_start - params.label_gap - room
                new_box = Box(label_x, box.marker_end, box.marker_start, box.marker_end, label_x, False, label_room)
            events[index] = replace(placed, box=new_box)
            extent[0], extent[1] = new_box.start, new_box.end
    return replace(layout, events=tuple(events))


def layout_events(items: Sequence[LayoutItem], params: LayoutParams = LayoutParams()) -> EventLayout:
    """Lanes for the visible events, collapsing crowds into clusters (labels shortened at the picture's edge then
    take the free room before their markers: `_widen_shortened_labels`)."""
    return _widen_shortened_labels(_layout_lanes(items, params), items, params)


def _layout_lanes(items: Sequence[LayoutItem], params: LayoutParams = LayoutParams()) -> EventLayout:
    """Lanes for the visible events, collapsing crowds into clusters.

    The rule: every event is shown with its label in the lowest lane where its box (marker + label) touches
    nothing, using at most `max_lanes` lanes. If that is impossible, events are grouped by pixel proximity
    (chains within merge_px, doubled until it works) and a group that cannot show all its members becomes one
    cluster. Zooming in spreads events apart in pixels, so clusters split as the zoom grows.
    """
    if not items:
        return EventLayout()
    boxed = _boxed(items, params)
    lo = min(b.start for _, b in boxed)
    hi = max(b.end for _, b in boxed)
    merge = max(params.merge_px, 1.0)
    # A lane holds at most one box per (narrowest box + spacing) pixels. With more items than the lanes can
    # take, don't try them one by one, and skip the radii whose chains (at least span / (4 × radius) of
    # them, each at least a cluster wide) cannot fit either: a thousand events in a year at year zoom.
    lanes = max(params.max_lanes, 1)
    narrowest = min(b.end - b.start for _, b in boxed) + params.spacing
    if len(boxed) <= lanes * ((hi - lo) / max(narrowest, 1e-9) + 1):
        result = _try_layout([[entry] for entry in boxed], params, allow_overflow=False)
        if result is not None:
            return result
    # The pill's least width (its radius), not that of a typical count: a count of 10 or more makes the pill
    # wider, which only lowers the real capacity, so this bound skips no radius that could work (the layout
    # is the same); it just tries a radius or two more when pills are wide. Measured: 300 to 5,000 events
    # across 1,200 px take 1 or 2 tries with digits 8 px or 14 px wide.
    cluster_capacity = lanes * ((hi - lo) / (2 * params.cluster_radius + params.spacing) + 1)
    while (hi - lo) / (4 * merge) > cluster_capacity:
        merge *= 2
    while merge <= 2 * (hi - lo) + 2 * params.cluster_radius:
        result = _try_layout(_chains(boxed, merge, 4 * merge), params, allow_overflow=False)
        if result is not None:
            return replace(result, merge_px=merge)
        merge *= 2
    # Even one chain of everything failed (max_lanes < 1): accept extra lanes rather than overlaps.
    result = _try_layout(_chains(boxed, merge, math.inf), params, allow_overflow=True)
    assert result is not None
    return replace(result, merge_px=merge)


def event_extent(first: dt.date, last: dt.date, point: bool, scale: TimeScale) -> tuple[float, float]:
    """Pixel extent of an event: a point sits in the middle of its day; anything else spans first..last."""
    if point:
        x = scale.x_of_day(day_of(first) + 0.5)
        return x, x
    return scale.x_of(first), scale.x_of_day(day_of(last) + 1.0)


# --------------------------------------------------------------------------------------------------------------
# Dense mode (the histogram's bins; the spans it counts are `layout.SortedSpans`)
# --------------------------------------------------------------------------------------------------------------
def dense_capacity(width: float, params: LayoutParams = LayoutParams(),
                   min_label_px: float = DENSE_MIN_LABEL_PX) -> float:
    """The most events labelled lanes could show across `width` pixels, each with the shortest useful label."""
    narrowest = 2 * params.marker_radius + params.label_gap + min_label_px + params.spacing
    return max(params.max_lanes, 1) * max(width, 1.0) / narrowest


DENSE_MIN_EVENTS = 1000
"""Below this many events on screen the lane layout always runs: it costs milliseconds there, and a few labels
among counted clusters tell more than a histogram."""


def is_dense(visible: int, width: float, params: LayoutParams = LayoutParams(),
             min_label_px: float = DENSE_MIN_LABEL_PX, at_least: int = DENSE_MIN_EVENTS) -> bool:
    """Whether `visible` events are too many for lanes (see `dense_capacity`, and at least `at_least`): then
    they are binned into a histogram instead of laid out."""
    return visible >= at_least and visible > dense_capacity(width, params, min_label_px)


def bin_edges(scale: TimeScale, bin_px: float) -> list[float]:
    """Day boundaries of the bins across the screen: multiples of the bin's length in days from day 0, so a
    pan moves the bins with the content (counts don't flicker) and only the two edge bins are cut by the
    screen edges; the first and last entries are the screen's start and end."""
    lo, hi = scale.start, scale.end
    if hi <= lo:
        return [lo, hi]
    bin_days = max(bin_px, 1.0) / scale.px_per_day
    edges = [lo]
    k = math.floor(lo / bin_days) + 1
    while k * bin_days < hi:
        edges.append(k * bin_days)
        k += 1
    edges.append(hi)
    return edges


def dense_bins(spans: SortedSpans, scale: TimeScale, bin_px: float, lane: int = 0) -> tuple[Cluster, ...]:
    """The events overlapping the screen as one count cluster per non-empty pixel column of about `bin_px`.

    An event belongs to the column where it starts, so columns never share a member and their counts add up
    to `spans.count(scale.start, scale.end)`; events that began before the left edge and still run are in the
    first column (where they start on screen). A cluster's first..last are the first and last start of its
    members within its column: zooming into a column shows where its events begin. Costs one bisection per
    column plus C-level slicing, whatever the number of events.
    """
    edges = bin_edges(scale, bin_px)
    starts, keys = spans.starts, spans.keys
    columnar = not isinstance(starts, tuple)  # numpy columns
    if columnar:  # every bin's bounds in one numpy.searchsorted; members are views of the keys, not copies
        cuts = np.searchsorted(starts, np.asarray(edges, np.float64), side="left").tolist()
    clusters: list[Cluster] = []
    for i in range(len(edges) - 1):
        lo, hi = edges[i], edges[i + 1]
        if columnar:
            a, b = cuts[i], cuts[i + 1]
        else:
            a = bisect.bisect_left(starts, lo)
            b = bisect.bisect_left(starts, hi)
        running: list[Hashable] = spans.index.query(lo, lo) if i == 0 else []
        if b <= a and not running:
            continue
        if columnar:
            members = np.concatenate([np.asarray(running, np.int64), keys[a:b]]) if running else keys[a:b]
        else:
            members = (*running, *keys[a:b]) if running else keys[a:b]
        first = lo if running else float(starts[a])
        last = float(starts[b - 1]) if b > a else lo
        x0, x1 = scale.x_of_day(lo), scale.x_of_day(hi)
        # Columnar members stay a numpy view: a tuple of a million keys would cost every frame 0.1 s.
        clusters.append(Cluster((x0 + x1) / 2, x0, x1, lane, members if columnar else tuple(members),
                                date_of(first), date_of(last)))
    return tuple(clusters)


# --------------------------------------------------------------------------------------------------------------
# Export and print: the whole timeline laid out as wide as its labels need, cut into pages between events
# --------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SpanItem:
    """An event to lay out for export: its dates, whether it is drawn as a point, its label's width."""

    id: Hashable
    first: dt.date
    last: dt.date
    point: bool
    label_width: float


def fit_scale(lo: float, hi: float, width: float, left: float, right: float) -> TimeScale:
    """The scale that shows the days [lo, hi) between `left` and `width - right` pixels (centred when the
    zoom is clamped at its finest)."""
    usable = max(width - left - right, 1.0)
    ppd = usable / max(hi - lo, 1.0)
    scale = TimeScale(lo - left / ppd, ppd, width)
    if scale.px_per_day != ppd:
        scale = replace(scale, start=(lo + hi) / 2 - (left + usable / 2) / scale.px_per_day)
    return scale


def layout_at(items: Sequence[SpanItem], scale: TimeScale, params: LayoutParams = LayoutParams()) -> EventLayout:
    """`layout_events` for these items at `scale`, the labels of the last ones before their markers when they
    would run past its width."""
    params = replace(params, right_edge=min(params.right_edge, scale.width - 8.0))
    return layout_events([LayoutItem(it.id, *event_extent(it.first, it.last, it.point, scale), it.label_width,
                                     it.first, it.last) for it in items], params)


@dataclass(frozen=True)
class Row:
    """One row of a wrapped picture: its events (ids, in date order), the scale that spreads them across the
    row and their layout."""

    ids: tuple[Hashable, ...]
    scale: TimeScale
    layout: EventLayout


def wrap_rows(items: Sequence[SpanItem], width: float, max_rows: int, *, left: float = 24.0, right: float = 24.0,
              params: LayoutParams = LayoutParams()) -> list[Row]:
    """The events cut, in date order, into at most `max_rows` rows `width` wide, each with its own dates and
    zoom, so a timeline of a century with a crowded last year reads at a page's width: each row takes as many
    of the next events as it can label without clusters (`params.max_lanes` lanes) or fewer, ending where the
    story pauses (the widest gap in time, weighed by how many events come before it). Events that still do not
    fit in `max_rows` rows are shared evenly among them, each row keeping the clusters it needs. The rows are
    balanced: as few as that takes, none holding more events than it must, and the last two sharing what is
    left (neither under a third of it), so the picture does not end on a row of a few days or one event.

    Each row is laid out O(log n) times per try (a doubling then a halving search for how many events fit),
    and O(log n) tries find the balanced cap (a binary search for the smallest cap that needs no more rows)."""
    order = sorted(items, key=lambda it: (it.first, it.last))
    n = len(order)
    if not n:
        return []

    def row(part: Sequence[SpanItem]) -> Row:
        lo = min(day_of(it.first) for it in part)
        hi = max(day_of(it.last) + 1.0 for it in part)
        scale = fit_scale(lo, hi, width, left, right)
        return Row(tuple(it.id for it in part), scale, layout_at(part, scale, params))

    # No box is narrower than the narrowest label plus the spacing: more events than the lanes could hold at
    # that cannot do without clusters, and are not laid out to find it out (100,000 events stay linear).
    narrowest = max(min(it.label_width for it in order) + params.spacing, 1.0)
    capacity = max(params.max_lanes, 1) * (width / narrowest + 1)

    def fits(start: int, count: int) -> bool:
        return count <= capacity and not row(order[start:start + count]).layout.clusters

    rows_max = max(max_rows, 1)

    def pause_end(start: int, first: int, last: int) -> int:
        """Where the story pauses in a row from `start` taking `first`..`last` events: the pause in days times
        the events before it, so a long pause ends a row early while a short one does not leave a row nearly
        empty."""
        return max(range(first, last + 1), key=lambda k: (
            (day_of(order[start + k].first) - day_of(order[start + k - 1].first)) * k, k))

    def cuts(cap: int) -> list[int] | None:
        """Where the rows end when none takes more than `cap` events (None when the last rows would not fit
        in `max_rows`, or the last one still needs clusters)."""
        ends: list[int] = []
        start = 0
        while start < n and len(ends) < rows_max - 1:
            rest = n - start
            if rest <= cap and fits(start, rest):
                break
            limit = min(cap, rest)
            good, bad = 1, 2  # one event always fits; double until it does not, then halve the difference
            while bad <= limit and fits(start, bad):
                good, bad = bad, min(2 * bad, limit + 1)
            while bad - good > 1:
                mid = (good + bad) // 2
                good, bad = (mid, bad) if fits(start, mid) else (good, mid)
            good = min(good, rest - 1)  # (the pause after the last event taken is measured to the next)
            count = pause_end(start, 1, good)
            third = -(-rest // 3)
            if rest <= 2 * good and third <= min(good, rest - third):
                # The rest could end in the next row: share it, neither row under a third of it, so the
                # picture does not end on a row of a few days or one event left over.
                balanced = pause_end(start, third, min(good, rest - third))
                if fits(start + balanced, rest - balanced):
                    count = balanced
            start += count
            ends.append(start)
        if start < n and (n - start > cap or not fits(start, n - start)):
            return None
        return ends + [n] if start < n else ends

    greedy = cuts(n)
    if greedy is None:
        # Too many for the rows: the same share of the events in each, so no row is crowded alone.
        even = [round(i * n / rows_max) for i in range(rows_max + 1)]
        return [row(order[a:b]) for a, b in zip(even, even[1:]) if b > a]
    # The fewest rows found, now balanced: the smallest cap on a row's events that still needs no more rows,
    # so the last rows do not end up holding a few days or a single event the first ones left over.
    best = greedy
    lo, hi = -(-n // len(greedy)), n  # (a cap below n / rows needs more rows)
    while lo < hi:
        mid = (lo + hi) // 2
        found = cuts(mid)
        if found is not None and len(found) <= len(greedy):
            best, hi = found, mid
        else:
            lo = mid + 1
    bounds = [0, *best]
    return [row(order[a:b]) for a, b in zip(bounds, bounds[1:])]


def pack_rows(heights: Sequence[float], page_height: float, gap: float = 0.0) -> list[list[int]]:
    """Rows of these heights (in order) put on pages `page_height` tall, `gap` between two rows of a page:
    each page takes the next rows while they fit, at least one (a row taller than a page has a page of its
    own). The indexes of each page's rows."""
    pages: list[list[int]] = []
    used = 0.0
    for i, h in enumerate(heights):
        if pages and used + gap + h <= page_height:
            pages[-1].append(i)
            used += gap + h
        else:
            pages.append([i])
            used = h
    return pages


def flow(widths: Sequence[float], width: float, gap: float = 16.0) -> list[tuple[float, int]]:
    """Entries of these widths placed left to right, wrapping at `width`: (x, row) of each, in order."""
    placed: list[tuple[float, int]] = []
    x, row = 0.0, 0
    for w in widths:
        if x > 0 and x + w > width:
            x, row = 0.0, row + 1
        placed.append((x, row))
        x += w + gap
    return placed
