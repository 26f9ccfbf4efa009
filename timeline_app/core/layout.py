"""Timeline geometry: date ↔ x, tick strips per zoom level, lanes and clusters.

Pure functions over frozen dataclasses and plain floats, no Qt: the view feeds in pixel extents and a text
measuring function and paints what comes back. Time is measured in float days on the proleptic Gregorian
ordinal scale (`date.toordinal()`); day `d` covers [d.toordinal(), d.toordinal() + 1). Pixel x is relative to
the left edge of the viewport, so everything a function returns is for the screen, and its cost follows the
screen rather than the span of the data.
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

from timeline_app.core.lazy import LazyModule

if TYPE_CHECKING:
    import numpy as np
else:
    np = LazyModule("numpy")  # imported when events arrive: an empty window never needs it

Measure = Callable[[str], float]
"""Width in pixels of a label as it will be painted (QFontMetricsF.horizontalAdvance in the view)."""

DAYS_PER_YEAR = 365.2425
MIN_DAY = float(dt.date.min.toordinal())  # start of 1 January 1
MAX_DAY = float(dt.date.max.toordinal() + 1)  # end of 31 December 9999
MIN_PX_PER_DAY = 1.0 / (200 * DAYS_PER_YEAR)  # one pixel per two centuries
MAX_PX_PER_DAY = 2000.0

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_of(day: dt.date) -> float:
    """The float day at which `day` begins."""
    return float(day.toordinal())


def date_of(day: float) -> dt.date:
    """The calendar date holding the float day `day`, clamped to the dates Python can represent."""
    if not math.isfinite(day):
        return dt.date.max if day > 0 else dt.date.min
    return dt.date.fromordinal(min(max(int(math.floor(day)), dt.date.min.toordinal()), dt.date.max.toordinal()))


def _clamp(value: float, lo: float, hi: float) -> float:
    return lo if value < lo else hi if value > hi else value


def min_px_per_day(width: float) -> float:
    """The furthest zoom out for a screen `width` pixels wide: the whole calendar across it."""
    return max(MIN_PX_PER_DAY, max(width, 0.0) / (MAX_DAY - MIN_DAY))


# --------------------------------------------------------------------------------------------------------------
# The viewport
# --------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TimeScale:
    """What the screen shows: `start` is the float day at x = 0, `px_per_day` the zoom, `width` in pixels.

    Instances are clamped on creation: the zoom to [MIN_PX_PER_DAY, MAX_PX_PER_DAY] and no further out than the
    whole calendar across the width, and the start so that
    the centre of the screen stays within the representable dates (date arithmetic never overflows).
    """

    start: float
    px_per_day: float
    width: float = 0.0

    def __post_init__(self) -> None:
        width = max(float(self.width), 0.0)
        # Zoomed out, the whole calendar fills the screen at most: further out, its ten thousand years shrank to
        # a few dozen pixels beside empty space, too narrow for even millennium labels on the axis.
        ppd = _clamp(float(self.px_per_day), min_px_per_day(width), MAX_PX_PER_DAY)
        half = width / 2 / ppd
        # Frozen dataclass: normalising in __post_init__ is the one sanctioned use of object.__setattr__.
        object.__setattr__(self, "px_per_day", ppd)
        object.__setattr__(self, "width", width)
        object.__setattr__(self, "start", _clamp(float(self.start), MIN_DAY - half, MAX_DAY - half))

    # --- conversions ---------------------------------------------------------------------------------
    @property
    def days(self) -> float:
        """How many days the screen spans."""
        return self.width / self.px_per_day

    @property
    def end(self) -> float:
        """The float day at the right edge."""
        return self.start + self.days

    def x_of_day(self, day: float) -> float:
        return (day - self.start) * self.px_per_day

    def x_of(self, day: dt.date) -> float:
        """x of the beginning of `day`."""
        return self.x_of_day(day_of(day))

    def day_at(self, x: float) -> float:
        return self.start + x / self.px_per_day

    def date_at(self, x: float) -> dt.date:
        return date_of(self.day_at(x))

    def visible_dates(self) -> tuple[dt.date, dt.date]:
        """First and last calendar day (partly) on screen."""
        last = self.end - 1e-9 if self.width > 0 else self.start
        return date_of(self.start), date_of(max(last, self.start))

    # --- navigation: each returns a new scale ---------------------------------------------------------
    def zoomed(self, factor: float, anchor_x: float) -> TimeScale:
        """Zoom by `factor` (>1 zooms in) keeping the day under `anchor_x` where it is."""
        return self.zoomed_to(self.px_per_day * factor, anchor_x)

    def zoomed_to(self, px_per_day: float, anchor_x: float) -> TimeScale:
        ppd = _clamp(px_per_day, min_px_per_day(self.width), MAX_PX_PER_DAY)
        anchor_day = self.day_at(anchor_x)
        return TimeScale(anchor_day - anchor_x / ppd, ppd, self.width)

    def panned(self, dx: float) -> TimeScale:
        """Move the view `dx` pixels later in time (the content moves left). Dragging by d pans by -d."""
        return replace(self, start=self.start + dx / self.px_per_day)

    def resized(self, width: float) -> TimeScale:
        return replace(self, width=width)

    def centered_on(self, day: float) -> TimeScale:
        return replace(self, start=day - self.days / 2)

    @classmethod
    def fit(cls, first: dt.date, last: dt.date, width: float, margin: float = 0.0) -> TimeScale:
        """The scale that shows the days first..last (inclusive) with `margin` pixels on each side."""
        lo, hi = day_of(min(first, last)), day_of(max(first, last)) + 1.0
        usable = max(width - 2 * margin, 1.0)
        ppd = _clamp(usable / (hi - lo), MIN_PX_PER_DAY, MAX_PX_PER_DAY)
        # Centring (rather than starting at lo - margin) also does the right thing when the zoom was clamped.
        return cls((lo + hi) / 2 - width / 2 / ppd, ppd, width)


# --------------------------------------------------------------------------------------------------------------
# Ticks
# --------------------------------------------------------------------------------------------------------------
class TickUnit(str, Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


# Shortest length of one unit in days: the spacing that must hold a label.
_MIN_DAYS = {TickUnit.DAY: 1, TickUnit.WEEK: 7, TickUnit.MONTH: 28, TickUnit.QUARTER: 90,
             TickUnit.YEAR: 365, TickUnit.DECADE: 3652, TickUnit.CENTURY: 36524}
_YEARS = {TickUnit.YEAR: 1, TickUnit.DECADE: 10, TickUnit.CENTURY: 100}

# (unit, step) from finest to coarsest; the steps of 2 and 5 keep labels dense between the named units.
_LEVELS: tuple[tuple[TickUnit, int], ...] = (
    (TickUnit.DAY, 1), (TickUnit.WEEK, 1), (TickUnit.MONTH, 1), (TickUnit.QUARTER, 1),
    (TickUnit.YEAR, 1), (TickUnit.YEAR, 2), (TickUnit.YEAR, 5),
    (TickUnit.DECADE, 1), (TickUnit.DECADE, 2), (TickUnit.DECADE, 5),
    (TickUnit.CENTURY, 1), (TickUnit.CENTURY, 2), (TickUnit.CENTURY, 5), (TickUnit.CENTURY, 10),
    (TickUnit.CENTURY, 20), (TickUnit.CENTURY, 50),
)

_Format = Callable[[dt.date], str]

# Label formats per unit, richest first: the richest one whose widest label fits is used.
_FORMATS: dict[TickUnit, tuple[_Format, ...]] = {
    TickUnit.DAY: (lambda d: f"{WEEKDAYS[d.weekday()]} {d.day}",
                   lambda d: f"{WEEKDAYS[d.weekday()][:3]} {d.day}",
                   lambda d: str(d.day)),
    TickUnit.WEEK: (lambda d: f"{d.day} {MONTHS[d.month - 1][:3]}", lambda d: str(d.day)),
    TickUnit.MONTH: (lambda d: MONTHS[d.month - 1], lambda d: MONTHS[d.month - 1][:3]),
    TickUnit.QUARTER: (lambda d: f"Q{(d.month - 1) // 3 + 1}",),
    TickUnit.YEAR: (lambda d: str(d.year),),
    TickUnit.DECADE: (lambda d: str(d.year),),
    TickUnit.CENTURY: (lambda d: str(d.year),),
}
_MAJOR_FORMATS: dict[TickUnit, tuple[_Format, ...]] = {
    TickUnit.MONTH: (lambda d: f"{MONTHS[d.month - 1]} {d.year}", lambda d: f"{MONTHS[d.month - 1][:3]} {d.year}"),
    TickUnit.YEAR: (lambda d: str(d.year),),
}
# The context strip drawn with a fine strip (day numbers need the month and year to mean anything).
_MAJOR_OF = {TickUnit.DAY: TickUnit.MONTH, TickUnit.WEEK: TickUnit.MONTH,
             TickUnit.MONTH: TickUnit.YEAR, TickUnit.QUARTER: TickUnit.YEAR}

# Dates whose labels are the widest a unit's format produces (all weekdays, all months, two-digit days).
_SAMPLES: dict[TickUnit, tuple[dt.date, ...]] = {
    TickUnit.DAY: tuple(dt.date(2024, 2, d) for d in range(19, 26)),
    TickUnit.WEEK: tuple(dt.date(2024, m, 28) for m in range(1, 13)),
    TickUnit.MONTH: tuple(dt.date(2024, m, 1) for m in range(1, 13)),
    TickUnit.QUARTER: tuple(dt.date(2024, m, 1) for m in (1, 4, 7, 10)),
    TickUnit.YEAR: tuple(dt.date(y, 1, 1) for y in (1000, 1888, 1999, 2000, 2024)),
    TickUnit.DECADE: tuple(dt.date(y, 1, 1) for y in (1880, 1990, 2000)),
    TickUnit.CENTURY: tuple(dt.date(y, 1, 1) for y in (1800, 1900, 2000)),
}


@dataclass(frozen=True)
class Tick:
    """A unit boundary at `x` (the unit runs to `x_end`), starting on `date`, with its label."""

    x: float
    x_end: float
    label: str
    date: dt.date


@dataclass(frozen=True)
class TickStrip:
    """One row of ticks. `in_cell`: the label names the interval [x, x_end) (June, 2024) and is centred in it;
    otherwise it names the instant at x (1950 on a five-year strip) and is centred on the tick."""

    unit: TickUnit
    step: int
    ticks: tuple[Tick, ...]
    major: bool = False
    in_cell: bool = True


def printed_tick_labels(strip: TickStrip, measure: Measure, width: float, pad: float = 6.0) -> list[tuple[str, float]]:
    """The labels of `strip` on a picture `width` wide, each with where it starts: a context label (major strip)
    near the left of its interval's part in the picture, an interval's centred in it, an instant's on its
    tick. A label that would be cut by the picture's edges is left out: on paper, "85" of a cut "1885" names
    no year (the window, which pans, lets its labels slide out instead)."""
    return [(tick.label, x) for tick, x in _placed_tick_labels(strip, measure, width, pad, in_view=False)]


def view_tick_labels(strip: TickStrip, measure: Measure, width: float,
                     pad: float = 6.0) -> list[tuple[Tick, float]]:
    """The labels of `strip` in the window's axis, `width` wide, each tick with where its label starts. A context
    label (major strip) keeps near the left edge while its interval is on screen; an interval's is centred in the
    part of it on screen, within the interval (zoomed in to hours, the day's number stays in view); an instant's
    sits on its tick. A label the view's edges would cut is left out: "880" of a cut "1880" reads as a year
    that is not there."""
    return _placed_tick_labels(strip, measure, width, pad, in_view=True)


def _placed_tick_labels(strip: TickStrip, measure: Measure, width: float, pad: float,
                        in_view: bool) -> list[tuple[Tick, float]]:
    """Where each label of `strip` starts, those the edges would cut left out. An interval's label is centred
    in the part of it on screen (`in_view`, the window) or in the whole interval (a picture)."""
    out: list[tuple[Tick, float]] = []
    for tick in strip.ticks:
        w = measure(tick.label)
        if strip.major:
            x = min(max(tick.x, 0.0) + pad, tick.x_end - w - pad)
        elif strip.in_cell and in_view:
            x = (max(tick.x, 0.0) + min(tick.x_end, width)) / 2 - w / 2
            x = max(min(x, tick.x_end - w), tick.x)
        elif strip.in_cell:
            x = (max(tick.x, -1e6) + min(tick.x_end, 1e6)) / 2 - w / 2
        else:
            x = tick.x - w / 2
        if 0.0 <= x and x + w <= width:
            out.append((tick, x))
    return out


def _floor(day: dt.date, unit: TickUnit, step: int) -> dt.date:
    if unit is TickUnit.DAY:
        return day
    if unit is TickUnit.WEEK:
        return day - dt.timedelta(days=min(day.weekday(), day.toordinal() - 1))  # weeks start on Monday (ISO)
    if unit is TickUnit.MONTH:
        return day.replace(day=1)
    if unit is TickUnit.QUARTER:
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    n = _YEARS[unit] * step
    return dt.date(max(1, day.year // n * n), 1, 1)


def _next(day: dt.date, unit: TickUnit, step: int) -> dt.date | None:
    """The next boundary after `day`, or None past the last representable date."""
    try:
        if unit is TickUnit.DAY:
            return day + dt.timedelta(days=step)
        if unit is TickUnit.WEEK:
            return _floor(day, unit, step) + dt.timedelta(days=7 * step)
        if unit in (TickUnit.MONTH, TickUnit.QUARTER):
            months = day.year * 12 + day.month - 1 + step * (3 if unit is TickUnit.QUARTER else 1)
            return dt.date(months // 12, months % 12 + 1, 1)
        n = _YEARS[unit] * step
        return dt.date((day.year // n + 1) * n, 1, 1)
    except (OverflowError, ValueError):
        return None


def _ticks(scale: TimeScale, unit: TickUnit, step: int, fmt: _Format) -> tuple[Tick, ...]:
    """Boundaries from the one at or before the left edge to the last one before the right edge."""
    ticks: list[Tick] = []
    day: dt.date | None = _floor(scale.date_at(0.0), unit, step)
    while day is not None:
        x = scale.x_of(day)
        if x >= scale.width:
            break
        nxt = _next(day, unit, step)
        x_end = scale.x_of_day(MAX_DAY) if nxt is None else scale.x_of(nxt)
        ticks.append(Tick(x, x_end, fmt(day), day))
        day = nxt
    return tuple(ticks)


def _widest(measure: Measure, unit: TickUnit, fmt: _Format) -> float:
    return max(measure(fmt(d)) for d in _SAMPLES[unit])


def choose_level(scale: TimeScale, measure: Measure,
                 min_gap: float = 16.0) -> tuple[TickUnit, int, _Format] | None:
    """The finest (unit, step) whose widest label plus `min_gap` fits its spacing, and the richest format that
    fits; None when even the coarsest does not (zoomed out past millennia)."""
    for unit, step in _LEVELS:
        spacing = _MIN_DAYS[unit] * step * scale.px_per_day
        for fmt in _FORMATS[unit]:
            if _widest(measure, unit, fmt) + min_gap <= spacing:
                return unit, step, fmt
    return None


def tick_strips(scale: TimeScale, measure: Measure, min_gap: float = 16.0) -> tuple[TickStrip, ...]:
    """One or two strips for the visible range, finest first.

    The fine strip uses the finest unit whose labels fit; below year scale a major strip gives the context
    ("June 2024" over day numbers, "2024" over months). Only ticks on screen are produced, so the cost
    is a few dozen ticks whatever the zoom.
    """
    if scale.width <= 0:
        return ()
    level = choose_level(scale, measure, min_gap)
    if level is None:
        return ()
    unit, step, fmt = level
    in_cell = step == 1 and unit in (TickUnit.DAY, TickUnit.MONTH, TickUnit.QUARTER, TickUnit.YEAR)
    strips = [TickStrip(unit, step, _ticks(scale, unit, step, fmt), major=False, in_cell=in_cell)]
    major = _MAJOR_OF.get(unit)
    if major is not None:
        spacing = _MIN_DAYS[major] * scale.px_per_day
        formats = _MAJOR_FORMATS[major]
        major_fmt = next((f for f in formats if _widest(measure, major, f) + min_gap <= spacing), formats[-1])
        strips.append(TickStrip(major, 1, _ticks(scale, major, 1, major_fmt), major=True, in_cell=True))
    return tuple(strips)


# --------------------------------------------------------------------------------------------------------------
# Which events are on screen
# --------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Bucket:
    starts: tuple[float, ...]
    ends: tuple[float, ...]
    keys: tuple[Hashable, ...]
    longest: float


def is_sorted_spans(starts: np.ndarray, ends: np.ndarray) -> bool:
    """Whether the spans are already in (start, end) order, as a timeline's events are: one linear check
    that spares an O(n log n) sort of a million spans."""
    if len(starts) < 2:
        return True
    step_start = np.diff(starts)
    return bool((step_start >= 0).all() and ((step_start > 0) | (np.diff(ends) >= 0)).all())


@dataclass(frozen=True)
class DateIndex:
    """Intervals [start, end) in float days, queryable by overlap with a window in O(log n + hits).

    Intervals are bucketed by length (powers of four of days), each bucket sorted by start: a bucket is
    bisected from `lo - its longest interval`, so one century-long event does not make every query scan
    the century's worth of short events before the window.
    """

    buckets: tuple[_Bucket, ...] = ()
    size: int = 0

    @classmethod
    def build(cls, spans: Iterable[tuple[Hashable, float, float]]) -> DateIndex:
        grouped: dict[int, list[tuple[float, float, Hashable]]] = {}
        n = 0
        for key, start, end in spans:
            length = max(end - start, 1e-9)
            grouped.setdefault(max(0, math.ceil(math.log(length, 4))), []).append((start, end, key))
            n += 1
        buckets = []
        for _, items in sorted(grouped.items()):
            items.sort(key=lambda t: (t[0], t[1]))
            buckets.append(_Bucket(tuple(t[0] for t in items), tuple(t[1] for t in items),
                                   tuple(t[2] for t in items), max(t[1] - t[0] for t in items)))
        return cls(tuple(buckets), n)

    @classmethod
    def from_arrays(cls, starts: np.ndarray, ends: np.ndarray, keys: np.ndarray | None = None) -> DateIndex:
        """The same index over numpy columns (keys default to the positions): built by numpy sorts, queried by
        numpy.searchsorted, with no Python object per interval (a million rows in tens of milliseconds)."""
        starts = np.asarray(starts, np.float64)
        ends = np.asarray(ends, np.float64)
        keys = np.arange(len(starts), dtype=np.int64) if keys is None else np.asarray(keys, np.int64)
        if not len(starts):
            return cls((), 0)
        lengths = np.maximum(ends - starts, 1e-9)
        group = np.maximum(0, np.ceil(np.log(lengths) / math.log(4) - 1e-12)).astype(np.int64)
        buckets = []
        presorted = is_sorted_spans(starts, ends)  # then every bucket is too: no sort at all
        for g in np.unique(group):
            chosen = np.flatnonzero(group == g)
            order = chosen if presorted else chosen[np.lexsort((ends[chosen], starts[chosen]))]
            b_starts, b_ends = starts[order], ends[order]
            buckets.append(_Bucket(b_starts, b_ends, keys[order], float((b_ends - b_starts).max())))
        return cls(tuple(buckets), len(starts))

    def __len__(self) -> int:
        return self.size

    def query(self, lo: float, hi: float) -> list[Hashable]:
        """Keys of the intervals overlapping [lo, hi), ordered by start then end."""
        if self.buckets and isinstance(self.buckets[0].starts, np.ndarray):
            return self._query_arrays(lo, hi)
        hits: list[tuple[float, float, Hashable]] = []
        for b in self.buckets:
            i = bisect.bisect_left(b.starts, lo - b.longest)
            j = bisect.bisect_left(b.starts, hi)
            hits.extend((b.starts[k], b.ends[k], b.keys[k]) for k in range(i, j) if b.ends[k] > lo)
        hits.sort(key=lambda t: (t[0], t[1]))
        return [t[2] for t in hits]

    def _query_arrays(self, lo: float, hi: float) -> list[Hashable]:
        return self.query_keys(lo, hi).tolist()

    def query_keys(self, lo: float, hi: float) -> np.ndarray:
        """`query` of an index built by `from_arrays`, as an int64 array."""
        parts = []
        for b in self.buckets:
            i = int(np.searchsorted(b.starts, lo - b.longest, side="left"))
            j = int(np.searchsorted(b.starts, hi, side="left"))
            if j > i:
                keep = np.flatnonzero(b.ends[i:j] > lo) + i
                if len(keep):
                    parts.append((b.starts[keep], b.ends[keep], b.keys[keep]))
        if not parts:
            return np.zeros(0, np.int64)
        starts = np.concatenate([p[0] for p in parts])
        ends = np.concatenate([p[1] for p in parts])
        keys = np.concatenate([p[2] for p in parts])
        return keys[np.lexsort((ends, starts))]

# --------------------------------------------------------------------------------------------------------------
# Lanes of boxes (the axis's markers every frame; events' lanes in `core/lanes.py`)
# --------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LaneAssignment:
    lanes: dict[Hashable, int] = field(default_factory=dict)
    count: int = 0
    overflow: tuple[Hashable, ...] = ()  # items that found no lane below max_lanes


def assign_lanes(boxes: Sequence[tuple[Hashable, float, float]], max_lanes: int | None = None,
                 spacing: float = 0.0) -> LaneAssignment:
    """Greedy interval packing: each (id, start, end), in order of start, goes to the lowest lane whose last
    box ends at least `spacing` before it starts; no two boxes in a lane overlap."""
    right: list[float] = []
    lanes: dict[Hashable, int] = {}
    overflow: list[Hashable] = []
    for key, start, end in sorted(boxes, key=lambda b: (b[1], b[2])):
        lane = next((i for i, r in enumerate(right) if r + spacing <= start), None)
        if lane is None:
            if max_lanes is not None and len(right) >= max_lanes:
                overflow.append(key)
                continue
            lane = len(right)
            right.append(end)
        else:
            right[lane] = end
        lanes[key] = lane
    return LaneAssignment(lanes, len(right), tuple(overflow))


# --------------------------------------------------------------------------------------------------------------
# Dense mode: a histogram of counts when far more events are on screen than lanes could ever label
# --------------------------------------------------------------------------------------------------------------
DENSE_MIN_LABEL_PX = 40.0
"""The narrowest label worth drawing: with more visible events than lanes × width / (marker + this), labelled
lanes are impossible, and measuring and packing every title would only produce clusters anyway."""


@dataclass(frozen=True)
class SortedSpans:
    """Intervals [start, end) in float days sorted by start (then end), built once per model reset, so that
    counting the events on screen costs two bisections and binning them one bisection per bin."""

    starts: tuple[float, ...] = ()
    keys: tuple[Hashable, ...] = ()  # in the order of `starts`
    sorted_ends: tuple[float, ...] = ()
    index: DateIndex = DateIndex()  # for the events still running at the left edge

    @classmethod
    def build(cls, spans: Iterable[tuple[Hashable, float, float]], index: DateIndex | None = None) -> SortedSpans:
        """`index`, when the caller already has a `DateIndex` of the same spans, is shared, not rebuilt."""
        items = sorted(((s, e, k) for k, s, e in spans), key=lambda t: (t[0], t[1]))
        if index is None:
            index = DateIndex.build((k, s, e) for s, e, k in items)
        return cls(tuple(t[0] for t in items), tuple(t[2] for t in items), tuple(sorted(t[1] for t in items)),
                   index)

    @classmethod
    def from_arrays(cls, starts: np.ndarray, ends: np.ndarray, index: DateIndex | None = None) -> SortedSpans:
        """The same over numpy columns, keys being the positions: counts and bins by numpy.searchsorted."""
        starts = np.asarray(starts, np.float64)
        ends = np.asarray(ends, np.float64)
        order = np.lexsort((ends, starts))
        if index is None:
            index = DateIndex.from_arrays(starts, ends)
        return cls(starts[order], order.astype(np.int64), np.sort(ends), index)

    def __len__(self) -> int:
        return len(self.starts)

    def count(self, lo: float, hi: float) -> int:
        """How many intervals overlap [lo, hi): those starting before hi, less those ended by lo (which all
        started before hi too)."""
        if hi <= lo:
            return 0
        if not isinstance(self.starts, tuple):  # numpy columns (a tuple's test imports no numpy)
            return int(np.searchsorted(self.starts, hi, side="left")
                       - np.searchsorted(self.sorted_ends, lo, side="right"))
        return bisect.bisect_left(self.starts, hi) - bisect.bisect_right(self.sorted_ends, lo)


SUBSET_QUERY_DIRECT = 20_000
"""A query of a subset that the whole set answers with at most this many intervals is answered by masking those
(no index of the subset is built); a wider one builds the subset's own index once."""


class SubsetIndex:
    """A `DateIndex` over the intervals of a subset of `SpanColumns` (a filter's rows), keyed by position in
    the subset. It masks the whole set's index rather than sorting the subset's intervals again: a query
    that the whole set answers with few intervals keeps the subset's among them; a wide one builds the
    subset's own buckets once, by masking the whole set's (no sort)."""

    def __init__(self, full: SpanColumns, rows: np.ndarray, mask: np.ndarray) -> None:
        self._full = full
        self._rows = rows  # positions in the whole set, ascending
        self._mask = mask  # bool over the whole set
        self._own: DateIndex | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def query(self, lo: float, hi: float) -> list[Hashable]:
        return self.query_keys(lo, hi).tolist()

    def query_keys(self, lo: float, hi: float) -> np.ndarray:
        if self._own is None and self._full.spans.count(lo, hi) <= SUBSET_QUERY_DIRECT:
            keys = self._full.index.query_keys(lo, hi)
            keys = keys[self._mask[keys]]
            return np.searchsorted(self._rows, keys).astype(np.int64)  # whole-set position -> subset position
        if self._own is None:
            rank = np.cumsum(self._mask) - 1
            buckets = []
            for b in self._full.index.buckets:
                keep = self._mask[b.keys]
                if keep.any():
                    b_starts, b_ends = b.starts[keep], b.ends[keep]
                    buckets.append(_Bucket(b_starts, b_ends, rank[b.keys[keep]],
                                           float((b_ends - b_starts).max())))
            self._own = DateIndex(tuple(buckets), len(self._rows))
        return self._own.query_keys(lo, hi)


@dataclass(frozen=True, eq=False)
class SpanColumns:
    """Every interval of a timeline, in (start, end) order, indexed once; a filter's subset derives its own
    `SortedSpans` and index from these by masking (gathers and compressions, no sort), so changing the filter
    over a million intervals costs milliseconds rather than a re-index."""

    starts: np.ndarray
    ends: np.ndarray
    index: DateIndex
    spans: SortedSpans  # of every interval (keys: positions)
    end_order: np.ndarray  # positions by end

    @classmethod
    def from_sorted(cls, starts: np.ndarray, ends: np.ndarray) -> SpanColumns:
        """`starts`/`ends` must be in (start, end) order (see `is_sorted_spans`)."""
        starts = np.asarray(starts, np.float64)
        ends = np.asarray(ends, np.float64)
        index = DateIndex.from_arrays(starts, ends)
        end_order = np.argsort(ends, kind="stable")
        spans = SortedSpans(starts, np.arange(len(starts), dtype=np.int64), ends[end_order], index)
        return cls(starts, ends, index, spans, end_order)

    def __len__(self) -> int:
        return len(self.starts)

    def subset(self, rows: np.ndarray) -> SortedSpans:
        """The spans of `rows` (ascending positions), keyed by position in `rows`."""
        rows = np.asarray(rows, np.int64)
        if len(rows) == len(self.starts):
            return self.spans
        mask = np.zeros(len(self.starts), bool)
        mask[rows] = True
        return SortedSpans(self.starts[rows], np.arange(len(rows), dtype=np.int64),
                           self.spans.sorted_ends[mask[self.end_order]], SubsetIndex(self, rows, mask))


# --------------------------------------------------------------------------------------------------------------
# The first view: where the news is
# --------------------------------------------------------------------------------------------------------------
NEWS_MIN_EVENTS = 4
"""With fewer events there is nothing to tell apart: the first view shows them all."""
NEWS_REACH = 31.0
"""Days: the news's core is the busiest stretch this long, and an event this close to the news (or as close as
the news range is long, if longer) belongs to it."""
NEWS_MIN_HELD = 0.4
"""The news range holds at least this share of all mentions, else the events have no news apart: show all."""
NEWS_MAX_SHARE = 0.5
"""A news range spanning at least this share of all the events' span frames little: show everything."""
NEWS_PAD_SHARE = 0.1
NEWS_MIN_PAD = 2.0


@dataclass(frozen=True)
class FocusRange:
    """[lo, hi) in float days to frame first; `everything` when that is all the events (no news apart)."""

    lo: float
    hi: float
    everything: bool


def news_range(starts: Sequence[float], ends: Sequence[float], weights: Sequence[float]) -> FocusRange | None:
    """The range the first view frames: where the articles' news is, rather than every background date.

    Events are [starts[i], ends[i]) in float days; `weights[i]` is how much the articles say about event i (its
    mentions). The rule, on dates and counts alone (no wording):
    1. the core is the NEWS_REACH days holding the most weight, each event counted at its middle day (the latest
       of equally busy stretches): the articles say most about their news and little about each background
       date they recall, which are years apart;
    2. the range grows by every event lying wholly within `reach` of it (reach = the range's length, at least
       NEWS_REACH days), again and again until none joins: the news's run-up and follow-ups join, a background
       date decades away does not, nor a long period (a war, an era) running far out of it;
    3. it is all the events when they are fewer than NEWS_MIN_EVENTS, when the range holds less than
       NEWS_MIN_HELD of the weight, or when it spans NEWS_MAX_SHARE or more of all the events' span (events
       spread evenly: no news stands apart);
    4. padded by NEWS_PAD_SHARE of its length on each side, at least NEWS_MIN_PAD days: never empty.
    None when there are no events. Cost: one sort, then linear passes (each growth round at least doubles the
    range or adds NEWS_REACH days, so the rounds are bounded by the log of the calendar's length).
    """
    lo_all = np.asarray(starts, np.float64)
    hi_all = np.asarray(ends, np.float64)
    n = len(lo_all)
    if n == 0:
        return None
    hi_all = np.maximum(hi_all, lo_all + 1.0)  # a span is at least its day
    full_lo, full_hi = float(lo_all.min()), float(hi_all.max())
    everything = FocusRange(full_lo, full_hi, True)
    if n < NEWS_MIN_EVENTS:
        return everything
    weight = np.maximum(np.asarray(weights, np.float64), 0.0)
    if not weight.sum() > 0:
        weight = np.ones(n)
    middle = (lo_all + hi_all) / 2
    order = np.argsort(middle, kind="stable")
    days, cumulative = middle[order], np.concatenate(([0.0], np.cumsum(weight[order])))
    # The stretch starting at each event's middle: its weight up to NEWS_REACH days on; the busiest, latest.
    stop = np.searchsorted(days, days + NEWS_REACH, side="left")
    held = cumulative[stop] - cumulative[:-1]
    best = n - 1 - int(np.argmax(held[::-1]))
    core = order[best:stop[best]]
    lo, hi = float(lo_all[core].min()), float(hi_all[core].max())
    while True:
        reach = max(hi - lo, NEWS_REACH)
        inside = (lo_all >= lo - reach) & (hi_all <= hi + reach)
        new_lo, new_hi = min(lo, float(lo_all[inside].min())), max(hi, float(hi_all[inside].max()))
        if new_lo == lo and new_hi == hi:
            break
        lo, hi = new_lo, new_hi
    within = (lo_all >= lo) & (hi_all <= hi)
    if float(weight[within].sum()) < NEWS_MIN_HELD * cumulative[-1] \
            or hi - lo >= NEWS_MAX_SHARE * (full_hi - full_lo):
        return everything
    pad = max((hi - lo) * NEWS_PAD_SHARE, NEWS_MIN_PAD)
    return FocusRange(lo - pad, hi + pad, False)


@dataclass(frozen=True)
class EdgeIndicator:
    """A count of the events wholly off one side of the screen, drawn at that edge and clickable."""

    side: int  # -1 the left edge (earlier), +1 the right (later)
    count: int
    text: str
    x: float  # left edge of its box
    width: float


def offscreen_counts(spans: SortedSpans, lo: float, hi: float) -> tuple[int, int]:
    """How many intervals end by `lo` (wholly earlier than the screen) and start at or after `hi` (later)."""
    if not len(spans):
        return 0, 0
    if not isinstance(spans.starts, tuple):
        earlier = int(np.searchsorted(spans.sorted_ends, lo, side="right"))
        later = len(spans) - int(np.searchsorted(spans.starts, hi, side="left"))
    else:
        earlier = bisect.bisect_right(spans.sorted_ends, lo)
        later = len(spans) - bisect.bisect_left(spans.starts, hi)
    return earlier, later


def edge_indicators(earlier: int, later: int, width: float, measure: Measure,
                    inset: float = 4.0, pad: float = 6.0) -> tuple[EdgeIndicator, ...]:
    """The boxes telling how many events lie off each edge ("◀ 5 earlier", "3 later ▶"): counts only, no
    article text. None for a side with nothing off it."""
    out: list[EdgeIndicator] = []
    if earlier > 0:
        text = f"◀ {earlier:,} earlier"
        w = measure(text) + 2 * pad
        out.append(EdgeIndicator(-1, earlier, text, inset, w))
    if later > 0:
        text = f"{later:,} later ▶"
        w = measure(text) + 2 * pad
        out.append(EdgeIndicator(1, later, text, max(width - inset - w, inset), w))
    return tuple(out)
