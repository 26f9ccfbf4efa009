"""The custom-painted timeline: the filter proxy's rows as markers along a zoomable time axis.

The view only paints and handles input. Every piece of geometry (date ↔ x, ticks, which events are on screen)
comes from `timeline_app.core.layout`, and lanes and clusters from `core/lanes.py`. It reads events through the
model it is given (rows are events; `EventRole.Event` and `EventRole.SourceColors`), keeps a small date index of
rows that it rebuilds when the model signals a change, and shares one QItemSelectionModel with the list and the
detail pane.
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (QAbstractItemModel, QElapsedTimer, QEvent, QItemSelection, QItemSelectionModel,
                            QModelIndex, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot)
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QHelpEvent, QKeyEvent, QMouseEvent, QPainter,
                           QPaintEvent, QPalette, QPen, QResizeEvent, QWheelEvent)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QMenu, QToolTip, QWidget

from timeline_app.core.layout import (MAX_PX_PER_DAY, DateIndex, EdgeIndicator, FocusRange, SortedSpans,
                                      SpanColumns, TickStrip, TimeScale, assign_lanes, day_of, edge_indicators,
                                      is_sorted_spans, news_range, offscreen_counts, tick_strips,
                                      view_tick_labels)
from timeline_app.core.elide import fit_words_measured
from timeline_app.core.lazy import LazyModule
from timeline_app.core.model import Event, Precision, human_date
from timeline_app.core.reported import reported_date, reported_note
from timeline_app.ui.event_model import UNCERTAIN_MARK, UNCERTAIN_NOTE, EventRole
from timeline_app.ui.text import escape, no_mnemonic, plain_tooltip, rich_tooltip

if TYPE_CHECKING:
    import numpy as np
    from timeline_app.core import lanes as lane_layout
    from timeline_app.core.lanes import Box, Cluster, LayoutItem
else:
    np = LazyModule("numpy")  # imported when events arrive: an empty window never needs it
    lane_layout = LazyModule("timeline_app.core.lanes")  # lanes and clusters: only for events on screen

ZOOM_DOUBLINGS = 40  # selecting an event in a cluster zooms in by at most 2**this: bounded even from the widest scale
MAX_LABEL_WIDTH = 260.0  # titles are shortened to this many pixels (by whole words)
MARKER_RADIUS = 5.0
DOT_RADIUS = 3.0
DOT_STEP = 8.0
REPORTED_TAIL = 9.0  # the tail left of a reported event's hollow marker: "on or shortly before"
KEY_ZOOM = 1.5
TEXT_WIDTHS_MAX = 50_000  # label texts whose widths are kept (`_TextWidths`); a title takes 1-4 as a rule
# While the histogram shows, the labels of the events on screen are measured ahead in idle slices this long (ms),
# when there are at most WARM_LABELS_MAX of them: as many as the text cache holds at four texts a title (more
# would only push each other out of it).
WARM_SLICE_MS = 3
WARM_LABELS_MAX = TEXT_WIDTHS_MAX // 4
DENSE_BIN_PX = 8.0  # column width of the histogram drawn when too many events are on screen to label
CLUSTER_MENU_ROWS = 40  # a cluster that zooming cannot open lists at most this many of its events
SCROLLBAR_UNITS = 100_000  # scrollbar resolution over the data span (pixels would overflow int at 2000 px/day)
AXIS_ROWS = 2  # the date axis holds up to two tick rows (tick_strips): a fine one and its context above

_COARSE = {Precision.YEAR, Precision.DECADE, Precision.CENTURY, Precision.HALF}


_NO_ROWS: tuple = ()  # the columns of no rows, without numpy


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` of the way to `b` (opaque), so tints follow the palette in light and dark."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t, 1.0)


def is_point(event: Event) -> bool:
    """Drawn as a dot: one known day."""
    return event.precision == Precision.DAY and event.first == event.last


def paint_marker(p: QPainter, marker: QRectF, event: Event, point: bool, base: QColor, ink: QColor,
                 highlight: QColor, selected: bool = False, hovered: bool = False) -> None:
    """An event's marker: a dot for a day (hollow with a tail when only reported, hatched when inferred), a
    rounded band for anything longer or coarser. Shared by the view and the image exports (ui/render.py)."""
    coarse = event.precision in _COARSE or event.period
    cy = marker.center().y()
    if point:
        fill = highlight if selected else ink
        if event.reported:
            # Hollow, with a short tail to the left: on or shortly before the day the article reports it.
            tail = QPen(mix(base, fill, 0.7), 1.5)
            tail.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(tail)
            p.drawLine(QPointF(marker.left() - REPORTED_TAIL, cy), QPointF(marker.left(), cy))
            p.setPen(QPen(fill, 2.0))
            p.setBrush(base)
            p.drawEllipse(marker.adjusted(0.5, 0.5, -0.5, -0.5) if not (hovered or selected)
                          else marker.adjusted(-0.5, -0.5, 0.5, 0.5))
        elif event.inferred:
            p.setPen(QPen(fill, 1.5))
            p.setBrush(mix(base, fill, 0.2))
            p.drawEllipse(marker)
            p.setBrush(QBrush(fill, Qt.BrushStyle.BDiagPattern))
            p.drawEllipse(marker)
        else:
            p.setPen(QPen(base, 1.5))
            p.setBrush(fill)
            p.drawEllipse(marker.adjusted(-1, -1, 1, 1) if hovered or selected else marker)
        if selected:
            p.setPen(QPen(highlight, 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(marker.adjusted(-3.5, -3.5, 3.5, 3.5))
    else:
        radius = min(marker.height() / 2, 6.0)
        edge = highlight if selected else ink
        tint = 0.3 if selected else (0.13 if coarse or event.inferred else 0.22)
        if hovered and not selected:
            tint += 0.06
        p.setBrush(mix(base, edge, tint))
        pen = QPen(mix(base, edge, 0.75 if selected else 0.55), 1.5 if selected else 1.0)
        if event.inferred:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRoundedRect(marker.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        if event.inferred:
            # Hatched: the date is implied by the text, not stated.
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(mix(base, edge, 0.45), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(marker.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)


@dataclass
class _Placed:
    row: int
    lane: int
    box: Box
    point: bool
    marker: QRectF  # the marker in viewport coordinates
    hit: QRectF  # marker + label + source dots: what a click or hover finds
    label: str
    text_width: float
    label_width: float  # text and source dots
    # Where its box ended as the lanes were packed, before a long title ran on into free room after it
    # (lanes._widen_shortened_labels): what Fit All makes room for at the right edge.
    packed_end: float = 0.0


MARKER_LINE_PX = 12.0  # below this many pixels per marker line, markers on screen become a density strip
MARKER_LINES_MIN = 60
MARKER_LABEL_WIDTH = 240.0  # a marker's label is elided to this many pixels (its tooltip has it whole)


def _label_text(event: Event, room: float, metrics: QFontMetricsF) -> str:
    """The label of `event` in `room` pixels: its title's first words that fit (`fit_words`), a key event (starred
    by the user) marked "★" where people scan, on the timeline itself. A first word wider than the room is cut
    mid-word all the same: a label must not run past the picture's edge."""
    return _label_text_and_widths(event, room, metrics)[0]


def _label_text_and_widths(event: Event, room: float, metrics: QFontMetricsF,
                           measure: Callable[[str], float] | None = None) -> tuple[str, float, float]:
    """`_label_text` in `room`, its width, and the whole title's width (what a lane's free room could show), from
    the measurements that chose the words (through `measure` when given: a cache of `metrics`' widths)."""
    measure = measure or metrics.horizontalAdvance
    title = " ".join(event.title.split()) or "(untitled)"
    if event.title_uncertain:
        title = f"{UNCERTAIN_MARK} {title}"
    text, text_w, whole_w = fit_words_measured(f"★ {title}" if event.starred else title, room, measure)
    if text_w > room:
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        text_w = measure(text)
    return text, text_w, whole_w


class _TextWidths:
    """Widths of label texts in one font, by text: kept across model resets (each edit resets the model, and
    the same titles were measured again, ~25 µs a text, four texts a long title) and across filters (a search
    that shows hundreds of events already seen measures none of their labels again). Emptied when the font
    changes, or when it holds `LIMIT` texts and one more is measured, unless `evicts` is off (measuring ahead:
    it must not throw away what frames measured; a text it cannot keep is measured and not kept)."""

    LIMIT = TEXT_WIDTHS_MAX

    def __init__(self) -> None:
        self._metrics: QFontMetricsF | None = None
        self._font_key = ""
        self._widths: dict[str, float] = {}
        self.evicts = True

    def full(self) -> bool:
        return len(self._widths) >= self.LIMIT

    def measure_in(self, metrics: QFontMetricsF, font_key: str) -> Callable[[str], float]:
        if font_key != self._font_key:
            self._font_key, self._widths = font_key, {}
        self._metrics = metrics
        return self.measure

    def measure(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            assert self._metrics is not None
            width = self._metrics.horizontalAdvance(text)
            if len(self._widths) >= self.LIMIT:
                if not self.evicts:
                    return width
                self._widths = {}
            self._widths[text] = width
        return width


@dataclass
class _Frame:
    """Everything painting and hit-testing need for one scale and size; rebuilt lazily when either changes."""

    scale: TimeScale
    strips: tuple[TickStrip, ...]
    axis_height: float
    lanes_top: float
    lane_height: float
    # x, text, width, colour, lane (None: no room for the label), the label's left edge
    markers: list[tuple[float, str, float, QColor, int | None, float]] = field(default_factory=list)
    marker_ids: list[int] = field(default_factory=list)  # each label's index in setMarkers' list
    marker_rows: int = 0
    # Marker labels hang from the axis, in rows from here down (the lanes start below them): at the bottom of a
    # tall view a source's publication label sat alone far below the events, and read as one more event.
    marker_top: float = 0.0
    marker_line: float = 0.0  # the height of one row of marker labels, their gap included
    # More markers on screen than lines can tell apart: [x0, x1) columns with how many markers each holds.
    marker_density: list[tuple[float, float, int]] = field(default_factory=list)
    placed: dict[int, _Placed] = field(default_factory=dict)
    clusters: list[tuple[Cluster, QRectF]] = field(default_factory=list)
    cluster_of: dict[int, int] = field(default_factory=dict)  # row -> index in clusters (lane layout only)
    # Dense mode: far too many events on screen for lanes, so `clusters` are histogram columns (rects are
    # their bars) and rows are found in them by date, not through `cluster_of`.
    dense: bool = False
    dense_area: QRectF = field(default_factory=QRectF)  # where the bars stand
    dense_starts: list[float] = field(default_factory=list)  # first day of each column in `clusters`
    dense_visible: int = 0
    # How many events lie wholly off each edge, as boxes (layout.edge_indicators), and where they are painted.
    edges: tuple[EdgeIndicator, ...] = ()
    edge_top: float = 0.0
    edge_height: float = 0.0

    def edge_rect(self, edge: EdgeIndicator) -> QRectF:
        return QRectF(edge.x, self.edge_top, edge.width, self.edge_height)


class TimelineView(QAbstractScrollArea):
    """Events along a horizontal time axis: points for days, bands for longer or coarser dates, stacked in
    lanes so labels never overlap and collapsed into counted clusters when zoomed too far out."""

    visibleRangeChanged = Signal(object, object)  # (first date, last date) on screen
    activated = Signal(QModelIndex)  # double-click or Enter on an event (column 0 of its row)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No frame: viewport and widget coordinates coincide, so eventRect() works for clicks on either.
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription("Events along a time axis. Left and Right select the previous or next "
                                      "event, plus and minus zoom, Ctrl+0 shows everything.")
        self.setToolTip("Drag or scroll to move through time, Ctrl+wheel or +/− to zoom, Ctrl+0 to fit all; "
                        "Left/Right select the previous/next event")

        self._model: QAbstractItemModel | None = None
        self._selection: QItemSelectionModel | None = None
        self._scale = TimeScale(day_of(dt.date.today()) - 180, 1.0, 0)
        self._auto_fit = True  # until the user navigates, the view keeps its automatic frame (even on resize)
        # The automatic frame is the news (layout.news_range) until the user asks for everything (Fit All); a
        # newly opened timeline (frameNews) starts on the news again.
        self._fit_news = True
        self._news: tuple[int, FocusRange | None] | None = None  # (index generation, its news range)
        self._store_news: tuple[object, FocusRange | None] | None = None  # (event store, its news range)
        self._framed_events = False  # whether an automatic frame ever showed events (resizeEvent)
        self._index = DateIndex()
        self._sorted = SortedSpans()  # the same spans by start: counts on screen in two bisections
        # Per row, as numpy columns: [first day, last day + 1), whether the row is an event at all, and the
        # rows in date order with each row's position in it. Empty tuples while there are no rows: an empty
        # timeline (the first paint) needs no numpy.
        self._starts: np.ndarray | tuple = _NO_ROWS
        self._ends: np.ndarray | tuple = _NO_ROWS
        self._valid: np.ndarray | tuple = _NO_ROWS
        self._order: np.ndarray | tuple = _NO_ROWS
        self._position: np.ndarray | None = None  # None: rows are in date order
        self._full: tuple[object, SpanColumns | None] | None = None  # (event store, its indexed spans)
        self._events: list[Event | None] | None = None  # row -> its event, when the model has no event_at()
        self._data_span: tuple[float, float] | None = None  # first and last day of all the rows
        self._index_dirty = True
        self._generation = 0  # counts index rebuilds
        self._fitted: tuple[tuple, TimeScale] | None = None  # what the last fitAll() was for, and its scale
        self._fit_pending = False
        self._frame: _Frame | None = None
        # Per event id, filled lazily and kept while the model only filters (dropped on a reset or a font
        # change): whether it is a point, its elided title, the title's width and the width of title + dots.
        self._labels: dict[str, tuple[bool, str, float, float, float]] = {}
        self._text_widths = _TextWidths()  # label widths by text, kept across resets (see _TextWidths)
        # The histogram never measures a label, so the search keystroke (or the zoom) that first leaves it had to
        # measure every label on screen at once (~430 at 2,000 articles: 26-53 ms). While it shows, an idle
        # timer measures them ahead, a few ms at a time (`_warm_labels`); rows left to measure, last first.
        self._warm_rows: list[int] = []
        self._warm_wanted = True  # the rows changed (or the font): measure ahead again at the next histogram
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_labels)
        # Ids of the events whose labels the last frame drew before their markers (they would have run past the
        # right edge): they stay there, whether the user pans or zooms, until after has room to spare
        # (LayoutParams.label_return_room). Kept across zooms too: a touchpad zooms in small steps to and fro
        # like a hand pans, and a label reset at each step changed side (and lane) at every one. Only Fit All,
        # which frames every label by the edge alone, starts afresh.
        self._labels_before: set[str] = set()
        self._markers: list[tuple[dt.date, str, QColor]] = []
        self._marker_days: np.ndarray | tuple = _NO_ROWS
        self._marker_order: np.ndarray | tuple = _NO_ROWS
        self._pinned = 0  # the first markers given that always keep a line (setMarkers)
        self._hover: int | None = None
        self._press: QPointF | None = None
        self._press_scale: TimeScale | None = None
        self._dragging = False
        self._last_range: tuple[dt.date, dt.date] | None = None
        self._cluster_menu: QMenu | None = None  # the last list of a cluster's events (tests look at it)
        self._empty_text = "No events to show"
        self._scrollbar_span: tuple[float, float] = (0.0, 0.0)
        self._syncing_scrollbar = False
        self.horizontalScrollBar().valueChanged.connect(self._scrollbar_moved)

    def sizeHint(self) -> QSize:
        return QSize(900, 320)

    def emptyText(self) -> str:  # noqa: N802
        return self._empty_text

    def setEmptyText(self, text: str) -> None:  # noqa: N802
        """What the view says when it has no events to draw (the window says why: a search, the filter)."""
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 120)

    # ======================================================================================== model
    def model(self) -> QAbstractItemModel | None:
        return self._model

    def setModel(self, model: QAbstractItemModel | None) -> None:
        if self._model is not None:
            for signal, slot in self._model_connections():
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self._model = model
        if model is not None:
            for signal, slot in self._model_connections():
                signal.connect(slot)
        if self._selection is not None and self._selection.model() is not model:
            self.setSelectionModel(QItemSelectionModel(model, self) if model is not None else None)
        self._model_reset()

    def _model_connections(self) -> list:
        m = self._model
        assert m is not None
        return [(m.modelReset, self._model_reset), (m.rowsInserted, self._rows_changed),
                (m.rowsRemoved, self._rows_changed), (m.layoutChanged, self._rows_changed),
                (m.dataChanged, self._rows_changed), (m.rowsMoved, self._rows_changed)]

    def selectionModel(self) -> QItemSelectionModel | None:
        return self._selection

    def setSelectionModel(self, selection: QItemSelectionModel | None) -> None:
        if self._selection is not None:
            for signal, slot in ((self._selection.selectionChanged, self._selection_changed),
                                 (self._selection.currentChanged, self._current_changed)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self._selection = selection
        if selection is not None:
            selection.selectionChanged.connect(self._selection_changed)
            selection.currentChanged.connect(self._current_changed)
        self.viewport().update()

    @Slot()
    def _model_reset(self) -> None:
        self._labels.clear()
        self._stop_warming()
        self._invalidate_index()
        # A new timeline is fitted; a reset that keeps something on screen (a filter reset) keeps the view.
        if not self._has_rows():
            # Nothing left to show (a search without hits, every source unchecked): the view stays where the
            # user was, under the empty text that says why; fitting nothing would jump to today's year.
            return
        lo, hi = self._scale.start, self._scale.end
        if self._auto_fit or not self._sorted.count(lo, hi):
            self._auto_frame()

    @Slot()
    def _rows_changed(self, *args) -> None:
        # Filtering emits many row signals in a row (one per removed or inserted run of rows): only mark
        # dirty; the index is rebuilt, and an automatic fit redone, once, when next needed.
        self._invalidate_index()
        self._stop_warming()
        if self._auto_fit:
            self._fit_pending = True

    def _settle(self) -> None:
        """Apply a fit deferred by row changes (called before anything reads the scale or the frame)."""
        if self._fit_pending:
            self._fit_pending = False
            if self._auto_fit and self._has_rows():  # nothing to fit: keep the view (see _model_reset)
                self._auto_frame()

    def _has_rows(self) -> bool:
        """Whether any shown event has a date to place (the index brought up to date first)."""
        self._ensure_index()
        return self._data_span is not None

    def _invalidate_index(self) -> None:
        self._index_dirty = True
        self._hover = None
        self._frame = None
        self.viewport().update()

    def _ensure_index(self) -> None:
        if not self._index_dirty:
            return
        self._index_dirty = False
        model = self._model
        self._events = None
        self._generation += 1
        if model is None or model.rowCount() == 0:
            self._starts = self._ends = self._valid = self._order = _NO_ROWS
            self._position, self._data_span = None, None
            self._index, self._sorted = DateIndex(), SortedSpans()
            self._sync_scrollbar()
            return
        full = self._full_spans()
        if full is not None:
            # The filter's rows are a subset of the event model's, in the same date order: mask the whole
            # timeline's index (built once per timeline) instead of indexing the subset again.
            rows = model.visibleRows()
            sorted_spans = full.subset(rows)
            self._starts, self._ends = sorted_spans.starts, full.ends[rows] if len(rows) < len(full) else full.ends
            self._valid = np.ones(len(rows), bool)
            self._data_span = (float(self._starts[0]), float(self._ends.max())) if len(rows) else None
            self._index, self._sorted = sorted_spans.index, sorted_spans
            self._order = sorted_spans.keys
            self._position = None  # rows are in date order: a row's position is the row
            self._sync_scrollbar()
            return
        spans = getattr(model, "row_spans", None) if model is not None else None
        if callable(spans):
            # The filter model hands over its rows' spans as arrays: no Python object per row.
            starts, ends = spans()
            valid = np.ones(len(starts), bool)
        else:
            events: list[Event | None] = []
            if model is not None:
                events = [model.index(row, 0).data(EventRole.Event) for row in range(model.rowCount())]
            events = [e if isinstance(e, Event) else None for e in events]
            self._events = events
            valid = np.fromiter((e is not None for e in events), bool, len(events))
            starts = np.fromiter((e.first.toordinal() if e else 0.0 for e in events), np.float64, len(events))
            ends = np.fromiter((e.last.toordinal() + 1.0 if e else 0.0 for e in events), np.float64, len(events))
        self._starts, self._ends, self._valid = starts, ends, valid
        rows = np.flatnonzero(valid)
        self._data_span = (float(starts[rows].min()), float(ends[rows].max())) if len(rows) else None
        valid_starts, valid_ends = starts[rows], ends[rows]
        self._index = DateIndex.from_arrays(valid_starts, valid_ends, rows)
        # The filter's rows come in date order: then that is the order, without a sort.
        if is_sorted_spans(valid_starts, valid_ends):
            order = rows
        else:
            order = rows[np.lexsort((rows, valid_ends, valid_starts))]
        self._sorted = SortedSpans(starts[order], order, np.sort(ends[rows]), self._index)
        self._order = order
        self._position = np.full(len(valid), -1, np.int64)
        self._position[order] = np.arange(len(order))
        self._sync_scrollbar()

    def _full_spans(self) -> SpanColumns | None:
        """The whole timeline's spans, indexed once per event store, when the model is a filter over one
        whose rows are in date order (else None: the rows are indexed as they are)."""
        model = self._model
        store_of = getattr(model, "store", None)
        if not callable(store_of) or not callable(getattr(model, "visibleRows", None)):
            return None
        store = store_of()
        if self._full is not None and self._full[0] is store:
            return self._full[1]
        starts = store.starts.astype(np.float64)
        ends = store.ends.astype(np.float64)
        full = SpanColumns.from_sorted(starts, ends) if is_sorted_spans(starts, ends) else None
        self._full = (store, full)
        return full

    def _position_of(self, rows: np.ndarray) -> np.ndarray:
        """Each row's place in date order (-1: none)."""
        return rows if self._position is None else self._position[rows]

    def _span(self, row: int) -> tuple[float, float] | None:
        """[first day, last day + 1) of `row`'s event, or None when the row has none."""
        if 0 <= row < len(self._valid) and self._valid[row]:
            return float(self._starts[row]), float(self._ends[row])
        return None

    def _event(self, row: int) -> Event | None:
        self._ensure_index()
        if not (0 <= row < len(self._valid)):
            return None
        if self._events is not None:
            return self._events[row]
        return self._model.event_at(row)

    # ==================================================================================== viewport
    def scale(self) -> TimeScale:
        """The current time scale (start day, pixels per day, width)."""
        self._settle()
        return self._scale

    def visibleRange(self) -> tuple[dt.date, dt.date]:
        self._settle()
        return self._scale.visible_dates()

    def setVisibleRange(self, first: dt.date, last: dt.date) -> None:
        """Show first..last (inclusive) across the whole width."""
        self._auto_fit = False
        self._set_scale(TimeScale.fit(first, last, self._width(), margin=8))

    def _width(self) -> float:
        return float(max(self.viewport().width(), 1))

    def _set_scale(self, scale: TimeScale) -> None:
        if scale != self._scale:
            self._scale = scale
            self._frame = None
            self.viewport().update()
        self._sync_scrollbar()
        visible = self._scale.visible_dates()
        if visible != self._last_range:
            self._last_range = visible
            self.visibleRangeChanged.emit(visible[0], visible[1])

    @Slot()
    def fitAll(self) -> None:
        """Show every event: their dates span the view, with a small margin each side."""
        self._fit_news = False
        self._fit()

    @Slot()
    def frameNews(self) -> None:  # noqa: N802 - Qt naming
        """Show where the news is (layout.news_range): what a newly opened timeline shows first. Background
        dates far from it stay off screen, counted at the edges; Fit All shows them."""
        self._fit_news = True
        self._fit()

    def _auto_frame(self) -> None:
        """The automatic frame again (rows changed, a resize): the news or everything, as last chosen."""
        self._fit()

    def newsRange(self) -> FocusRange | None:  # noqa: N802 - Qt naming
        """The range the news takes among the shown events (None: no events), computed once per index."""
        self._ensure_index()
        if self._news is not None and self._news[0] == self._generation:
            return self._news[1]
        focus = None
        if self._data_span is not None:
            full = self._full[1] if self._full is not None else None
            if full is not None:
                focus = self._store_news_range(full)
            else:
                rows = np.flatnonzero(self._valid)
                focus = news_range(self._starts[rows], self._ends[rows], self._mention_counts(rows))
        self._news = (self._generation, focus)
        return focus

    def _store_news_range(self, full: SpanColumns) -> FocusRange | None:
        """The news of the whole event store, computed once per store: at scale a source toggle or a search
        keystroke must not sort a million dates again (issue 10's 100 ms), and the story a folder tells does
        not move when the user hides some of its sources; the edge counts follow the filter."""
        store = self._full[0] if self._full is not None else None
        if self._store_news is not None and self._store_news[0] is store:
            return self._store_news[1]
        focus = news_range(full.starts, full.ends, np.diff(store.mention_ptr))
        self._store_news = (store, focus)
        return focus

    def _mention_counts(self, rows: np.ndarray) -> np.ndarray:
        """How many mentions each of `rows` has: how much the articles say about it (news_range's weight)."""
        model = self._model
        store_of = getattr(model, "store", None)
        visible = getattr(model, "visibleRows", None)
        if self._full is not None and callable(store_of) and callable(visible):
            store = store_of()
            counts = np.diff(store.mention_ptr)
            return counts[np.asarray(visible())[rows]]
        events = (self._event(int(row)) for row in rows)
        return np.fromiter((len(e.mentions) if e is not None else 0 for e in events), np.float64, len(rows))

    def _fit(self) -> None:
        self._fit_pending = False
        self._ensure_index()
        width = self._width()
        key = (self._generation, width, self.viewport().height(), len(self._markers), self.font().key(),
               self._fit_news)
        if self._fitted is not None and self._fitted == (key, self._scale):
            self._auto_fit = True  # already showing exactly this fit: laying everything out again changes nothing
            return
        fitted: _Frame | None = None
        if self._data_span is None:
            today = dt.date.today()
            scale = TimeScale.fit(today - dt.timedelta(days=182), today + dt.timedelta(days=182), width)
        else:
            lo, hi = self._data_span
            self._framed_events = True
            focus = self.newsRange() if self._fit_news else None
            if focus is not None and not focus.everything:
                lo, hi = focus.lo, focus.hi
            # The events framed, not the room their labels take: the last ones' labels go before their markers
            # (LayoutParams.right_edge), so the axis does not run on for decades after the data, nor to today.
            left = right = min(24.0, width / 10)
            scale = self._fit_scale(lo, hi, left, right, width)
            previous = self._scale
            # A label too long for either side of its marker (a narrow window) may widen the right margin a
            # little, at most an eighth of the view (a few rounds; each changes the zoom and so the layout);
            # past that it runs off the edge: the view frames the events, not their words.
            for _ in range(4):
                # Each round lays out afresh: Fit All places labels by the edge alone, not by earlier frames.
                self._scale, self._frame, self._labels_before = scale, None, set()
                fitted = self._ensure_frame()
                if fitted.dense and right > left:
                    # A histogram has no labels to make room for: the same margin on both sides.
                    right = left
                    scale = self._fit_scale(lo, hi, left, right, width)
                    fitted = None
                    continue
                overshoot = max((p.packed_end for p in fitted.placed.values()), default=0.0) - (width - 8)
                if overshoot <= 0.5 or right >= width / 8:
                    break
                right = min(right + overshoot, width / 8)
                scale = self._fit_scale(lo, hi, left, right, width)
                fitted = None
            self._scale, self._frame = previous, None
        self._set_scale(scale)
        if fitted is not None and fitted.scale == self._scale:
            self._frame = fitted  # the last round's layout is the one to paint
        self._fitted = (key, self._scale)
        self._auto_fit = True

    @staticmethod
    def _fit_scale(lo: float, hi: float, left: float, right: float, width: float) -> TimeScale:
        usable = max(width - left - right, 1.0)
        ppd = usable / max(hi - lo, 1.0)
        scale = TimeScale(lo - left / ppd, ppd, width)
        if scale.px_per_day != ppd:  # clamped at the finest zoom: centre the few days instead
            scale = scale.centered_on((lo + hi) / 2)
        return scale

    @Slot()
    def zoomIn(self) -> None:
        self._zoom(KEY_ZOOM, self._zoom_anchor())

    @Slot()
    def zoomOut(self) -> None:
        self._zoom(1 / KEY_ZOOM, self._zoom_anchor())

    def _zoom(self, factor: float, anchor_x: float) -> None:
        self._settle()
        self._auto_fit = False
        self._set_scale(self._scale.zoomed(factor, anchor_x))

    def _zoom_anchor(self) -> float:
        """Keyboard zoom keeps the selected event in place if it is on screen, else the centre."""
        row = self._current_row()
        frame = self._ensure_frame()
        if row is not None and row in frame.placed:
            x = frame.placed[row].marker.center().x()
            if 0 <= x <= frame.scale.width:
                return x
        elif row is not None and self._cluster_index(frame, row) is not None:
            # Collapsed into a cluster (or a histogram column) on screen: its own date stays put, so zooming in
            # opens the crowd around it instead of pushing it off the edge (from a histogram it landed decades
            # away, at the centre).
            span = self._span(row)
            if span is not None:
                x = frame.scale.x_of_day(span[0] + 0.5 if span[1] - span[0] <= 1.0 else span[0])
                if 0 <= x <= frame.scale.width:
                    return x
        return self._width() / 2

    def _pan(self, dx: float) -> None:
        self._settle()
        self._auto_fit = False
        self._set_scale(self._scale.panned(dx))

    def ensureVisible(self, row: int) -> None:
        """Scroll (and if it sits in a cluster, zoom in) until the event of `row` is drawn on screen."""
        self._scroll_to(row, zoom_into_clusters=True)

    def _scroll_to(self, row: int, zoom_into_clusters: bool) -> None:
        self._settle()
        self._ensure_index()
        span = self._span(row)
        # Hidden, the width is not the real one yet; showing fits or keeps the view anyway.
        if span is None or not self.isVisible():
            return
        first, end = span
        scale = self._scale.resized(self._width())
        margin = min(40.0, scale.width / 8)
        event = self._event(row)
        cached = self._labels.get(event.id) if event is not None else None
        label = (cached[3] if cached else MAX_LABEL_WIDTH / 2) + MARKER_RADIUS + 6
        frame = self._ensure_frame()
        placed = frame.placed.get(row)
        # `margin` is room left when the view has to move; an event already in full view stays where it is,
        # however close to an edge (Fit All leaves less than `margin` there).
        if end - first <= 1.0:
            x0 = x1 = scale.x_of_day(first + 0.5)
            if placed is not None:  # laid out at this zoom: shown when its marker and label are
                shown = placed.box.start >= 0 and placed.box.end <= scale.width
            else:
                shown = margin <= x0 and x1 + label <= scale.width - margin
        else:
            x0, x1 = scale.x_of_day(first), scale.x_of_day(end)
            # A band counts as shown when enough of it is on screen to see and click.
            overlap = min(x1, scale.width) - max(x0, 0.0)
            shown = overlap >= min(x1 - x0, 40.0)
        collapsed = self._cluster_index(frame, row)
        if not shown and collapsed is not None:
            # Collapsed: what must be on screen is its cluster, which has no label.
            rect = frame.clusters[collapsed][1]
            shown = rect.left() >= 0 and rect.right() <= scale.width
        if not shown:
            if x1 - x0 + label <= scale.width - 2 * margin:
                scale = scale.panned((x0 + x1 + label) / 2 - scale.width / 2)
            else:
                scale = scale.panned(x0 - margin)
            self._auto_fit = False
            self._set_scale(scale)
        if not zoom_into_clusters or self._cluster_index(self._ensure_frame(), row) is None:
            return
        self._auto_fit = False
        self._zoom_out_of_cluster(row, (first + end) / 2)

    def _zoom_out_of_cluster(self, row: int, day: float) -> None:
        """Zoom in about `day` by the fewest doublings (at most ZOOM_DOUBLINGS) that lay `row`'s event out on its
        own rather than in a cluster, found by bisecting the number of doublings: seventeen doublings from a
        decades-wide view took seventeen layouts one by one (130 ms at 2,000 articles), the middle ones measuring
        and packing the labels of hundreds of events; this takes about six layouts, of the few events deep in."""
        base = self._scale
        labels_before = self._labels_before
        frames: dict[int, tuple[_Frame, set[str]]] = {}  # each probe's layout and the labels it put before

        def scale_at(doublings: int) -> TimeScale:
            return base.zoomed(2.0 ** doublings, base.x_of_day(day))

        def shown_at(doublings: int) -> bool:
            # Each probe lays out from the shown frame's label sides, as one step from it would.
            self._scale, self._frame, self._labels_before = scale_at(doublings), None, labels_before
            frame = self._ensure_frame()
            frames[doublings] = (frame, self._labels_before)
            return self._cluster_index(frame, row) is None

        # One doubling is the usual case; past it, bisecting the doublings probes mostly deep zooms, where few
        # events are in view, and skips the middle ones that held hundreds of labels to measure and pack.
        clustered, step = 0, 1
        if not shown_at(1):
            clustered, step = 1, ZOOM_DOUBLINGS  # the deepest zoom is taken as shown: the old bound
        while step - clustered > 1:
            middle = (clustered + step) // 2
            if shown_at(middle):
                step = middle
            else:
                clustered = middle
        if step not in frames:
            shown_at(step)
        self._scale, self._frame = base, None
        self._set_scale(scale_at(step))
        frame, self._labels_before = frames[step]
        if frame.scale == self._scale:
            self._frame = frame  # the probe's layout is the one to paint

    # ================================================================================== selection
    def _current_row(self) -> int | None:
        if self._selection is None:
            return None
        index = self._selection.currentIndex()
        if index.isValid() and index.model() is self._model:
            return index.row()
        rows = self._selection.selectedRows()
        return rows[0].row() if rows else None

    def _selected_rows(self) -> set[int]:
        if self._selection is None:
            return set()
        return {index.row() for index in self._selection.selectedRows() if index.model() is self._model}

    def _select_row(self, row: int) -> None:
        if self._model is None or self._selection is None:
            return
        index = self._model.index(row, 0)
        self._selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
        self.ensureVisible(row)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.viewport().update()

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        # Selected elsewhere (the list, the detail pane): scroll to it, but leave the zoom alone; a
        # collapsed event shows as a highlighted cluster. Our own keyboard and click selection zooms.
        # Only follow a current row that is selected: when a filter hides the selected event, Qt moves
        # "current" to a neighbour, and jumping there would lose the user's place for nothing.
        if current.isValid() and self._selection is not None \
                and self._selection.isRowSelected(current.row(), current.parent()):
            self._scroll_to(current.row(), zoom_into_clusters=False)
        self.viewport().update()

    def _step(self, delta: int) -> None:
        self._ensure_index()
        if not len(self._order):
            return
        row = self._current_row()
        if row is not None and self._span(row) is not None:
            pos = max(0, min(len(self._order) - 1, int(self._position_of(np.int64(row))) + delta))
        else:
            # Nothing selected: start from what is on screen, not from the far end of the data.
            lo, hi = self._scale.start, self._scale.end
            on_screen = np.flatnonzero((self._starts[self._order] < hi) & (self._ends[self._order] > lo))
            if len(on_screen):
                pos = int(on_screen[0] if delta > 0 else on_screen[-1])
            else:
                pos = 0 if delta > 0 else len(self._order) - 1
        self._select_row(int(self._order[pos]))

    @Slot()
    def selectNext(self) -> None:
        self._step(1)

    @Slot()
    def selectPrevious(self) -> None:
        self._step(-1)

    @Slot()
    def selectFirst(self) -> None:
        self._ensure_index()
        if len(self._order):
            self._select_row(int(self._order[0]))

    @Slot()
    def selectLast(self) -> None:
        self._ensure_index()
        if len(self._order):
            self._select_row(int(self._order[-1]))

    # ==================================================================================== markers
    def setMarkers(self, markers: list[tuple[dt.date, str, QColor]], pinned: int = 0) -> None:
        """Dates to mark across the whole height (today, each source's publication date). The first `pinned`
        (today) keep their line when the others are too many for lines, and are not counted in their strip."""
        self._markers = [(day, text, QColor(color)) for day, text, color in markers]
        self._pinned = max(0, min(pinned, len(self._markers)))
        # Their days sorted, so a frame finds the markers on screen by bisection and, when there are more than
        # fit, counts them per column: a frame's cost follows the screen, not the number of sources.
        if self._markers:
            days = np.fromiter((day_of(day) + 0.5 for day, _, _ in self._markers), np.float64, len(self._markers))
            self._marker_order = np.argsort(days, kind="stable")
            self._marker_days = days[self._marker_order]
        else:
            self._marker_order = self._marker_days = _NO_ROWS
        self._frame = None
        self._fitted = None
        self.viewport().update()

    def markers(self) -> list[tuple[dt.date, str, QColor]]:
        return list(self._markers)

    # ===================================================================================== layout
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """Label font, minor axis font, major (bold) axis font."""
        label = QFont(self.font())
        minor = QFont(self.font())
        major = QFont(self.font())
        major.setBold(True)
        return label, minor, major

    def _count_font(self) -> QFont:
        """The bold font a cluster's count is drawn in."""
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _count_digit_width(self) -> float:
        metrics = QFontMetricsF(self._count_font())
        return max(metrics.horizontalAdvance(d) for d in "0123456789")

    def _label_info(self, event: Event, metrics: QFontMetricsF) -> tuple[bool, str, float, float, float]:
        """(is a point, elided title, title width, title + dots width, whole title + dots width), measured once
        per event."""
        cached = self._labels.get(event.id)
        if cached is None:
            text, text_w, whole_w = _label_text_and_widths(event, MAX_LABEL_WIDTH, metrics, self._measure(metrics))
            dots_w = self._dots_width(event)
            cached = (is_point(event), text, text_w, text_w + dots_w, whole_w + dots_w)
            self._labels[event.id] = cached
        return cached

    def _stop_warming(self) -> None:
        self._warm_timer.stop()
        self._warm_rows = []
        self._warm_wanted = True

    def _start_warming(self, lo: float, hi: float) -> None:
        """Measure ahead, in idle slices, the labels of the events in [lo, hi) the histogram shows (once per change
        of the rows): the frame that leaves the histogram then finds them measured. Only the range of the first
        histogram frame after each change (of the rows or the font) is measured: panning or zooming within the
        histogram later measures nothing more ahead. It stops when the text cache is full rather than empty it
        (`_TextWidths.evicts`): what earlier frames measured stays."""
        if not self._warm_wanted:
            return
        self._warm_wanted = False
        if self._sorted.count(lo, hi) > WARM_LABELS_MAX:
            return  # more than the text cache keeps: measuring them all would only push each other out
        self._warm_rows = list(self._index.query(lo, hi))
        self._warm_rows.reverse()  # popped from the end: the earliest first
        if self._warm_rows:
            self._warm_timer.start()

    @Slot()
    def _warm_labels(self) -> None:
        clock = QElapsedTimer()
        clock.start()
        fm = QFontMetricsF(self._fonts()[0])
        rows = self._warm_rows
        widths = self._text_widths
        widths.evicts = False  # a full cache ends the warming, not the widths frames measured
        try:
            while rows and clock.elapsed() < WARM_SLICE_MS and not widths.full():
                event = self._event(rows.pop())
                if event is not None:
                    self._label_info(event, fm)
        finally:
            widths.evicts = True
        if not rows or widths.full():
            rows.clear()
            self._warm_timer.stop()

    def isMeasuringAhead(self) -> bool:  # noqa: N802 - Qt naming
        """Whether labels are still being measured ahead in idle time (tests wait for it)."""
        return self._warm_timer.isActive()

    def _measure(self, metrics: QFontMetricsF) -> Callable[[str], float]:
        """Widths in the label font (`metrics` is of it), from the view's cache of widths by text."""
        return self._text_widths.measure_in(metrics, self.font().key())  # the label font is the view's

    def _dots_width(self, event: Event) -> float:
        n = len(event.sources)
        return 4.0 + n * DOT_STEP if n else 0.0

    def _ensure_frame(self) -> _Frame:
        self._settle()
        self._ensure_index()
        width = self._width()
        if self._scale.width != width:
            self._scale = self._scale.resized(width)
            self._frame = None
        if self._frame is not None:
            return self._frame
        label_font, minor_font, _ = self._fonts()
        fm = QFontMetricsF(label_font)
        axis_fm = QFontMetricsF(minor_font)
        scale = self._scale
        strips = tick_strips(scale, axis_fm.horizontalAdvance)
        row_h = math.ceil(axis_fm.height()) + 8
        # Room for both tick rows whatever the zoom: an axis one row tall while it had one strip moved every
        # event down a row as a zoom brought the context row ("June 2024" over the days) in, and up again.
        axis_height = row_h * AXIS_ROWS
        lane_height = math.ceil(fm.height()) + 10
        lanes_top = axis_height + 10
        frame = _Frame(scale, strips, axis_height, lanes_top, lane_height)
        self._layout_markers(frame, fm)
        frame.marker_line = math.ceil(QFontMetricsF(self.font()).height()) + 4 + 3
        frame.marker_top = axis_height + 6
        # The rows above the lanes hold the publication dates' labels, or their density strip when more are on
        # screen than lines tell apart: the same rows either way, so zooming across the switch never moves the
        # events up or down.
        if frame.marker_rows:
            frame.lanes_top = lanes_top = frame.marker_top + frame.marker_rows * frame.marker_line + 6
        earlier, later = offscreen_counts(self._sorted, scale.start, scale.end)
        frame.edges = edge_indicators(earlier, later, width, axis_fm.horizontalAdvance)
        frame.edge_height = math.ceil(axis_fm.height()) + 6
        frame.edge_top = max(self.viewport().height() - frame.edge_height - 4, lanes_top)
        if not len(self._index):
            # No events, so no lanes or clusters (what laying out none gives), and an empty window never loads
            # the lanes module (issue 10, item 5).
            self._frame = frame
            return frame
        bottom = 6
        max_lanes = max(1, int((self.viewport().height() - lanes_top - bottom) // lane_height))

        lo, hi = scale.day_at(-MAX_LABEL_WIDTH - 60), scale.day_at(width + 20)
        # A label goes back after its marker once it has two lines' height to spare (about a word): a hand
        # panning to and fro near the edge moves it once, not at every few pixels.
        params = lane_layout.LayoutParams(marker_radius=MARKER_RADIUS, max_lanes=max_lanes, label_gap=6.0, spacing=12.0,
                                          digit_width=self._count_digit_width(), right_edge=width - 4.0,
                                          label_return_room=2 * fm.height())
        if lane_layout.is_dense(self._sorted.count(lo, hi), width, params):
            # Measuring and packing every title could only end in clusters: bin them straight away.
            self._layout_dense(frame, bottom)
            self._frame = frame
            self._start_warming(lo, hi)
            return frame
        items: list[LayoutItem] = []
        events: dict[int, Event] = {}
        texts: dict[int, tuple[str, float]] = {}
        for row in self._index.query(lo, hi):
            event = self._event(row)
            if event is None:
                continue
            point, text, text_w, label_w, whole_w = self._label_info(event, fm)
            events[row] = event
            texts[row] = (text, text_w)
            x0, x1 = lane_layout.event_extent(event.first, event.last, point, scale)
            items.append(lane_layout.LayoutItem(row, x0, x1, label_w, event.first, event.last,
                                                label_before=event.id in self._labels_before,
                                                full_label_width=whole_w if whole_w > label_w else 0.0))
        layout = lane_layout.layout_events(items, params)
        self._labels_before = {events[p.id].id for p in layout.events
                               if not p.box.label_inside and p.box.label_x < p.box.marker_start}

        for placed in layout.events:
            row = placed.id
            event = events[row]
            cy = lanes_top + placed.lane * lane_height + lane_height / 2
            box = placed.box
            point = is_point(event)
            if point:
                cx = (box.marker_start + box.marker_end) / 2
                marker = QRectF(cx - MARKER_RADIUS, cy - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS)
            else:
                h = lane_height - 6
                marker = QRectF(box.marker_start, cy - h / 2, box.marker_end - box.marker_start, h)
            text, text_w = texts[row]
            dots_w = self._dots_width(event)
            packed_end = min(box.end, box.label_x + text_w + dots_w) if box.label_x >= box.marker_end else box.end
            if box.label_room != math.inf and abs(box.label_room - (text_w + dots_w)) > 0.5:
                # No room for the whole label on either side of its marker, or free room in its lane for more of
                # a long title: shortened (or lengthened) to the room there is, and a label before its marker
                # still ends by it.
                text, text_w, _ = _label_text_and_widths(event, max(box.label_room - dots_w, 0.0), fm,
                                                         self._measure(fm))
                if box.label_x < box.marker_start:
                    label_x = box.marker_start - params.label_gap - text_w - dots_w
                    box = replace(box, start=label_x, label_x=label_x)
            hit = QRectF(box.start, cy - lane_height / 2 + 1, box.end - box.start, lane_height - 2)
            frame.placed[row] = _Placed(row, placed.lane, box, point, marker, hit, text, text_w,
                                        text_w + self._dots_width(event), packed_end)
        for i, cluster in enumerate(layout.clusters):
            cy = lanes_top + cluster.lane * lane_height + lane_height / 2
            h = lane_height - 4
            rect = QRectF(cluster.x_start, cy - h / 2, cluster.x_end - cluster.x_start, h)
            frame.clusters.append((cluster, rect))
            for row in cluster.members:
                frame.cluster_of[row] = i
        self._frame = frame
        return frame

    def _layout_dense(self, frame: _Frame, bottom: float) -> None:
        scale = frame.scale
        top = frame.lanes_top + QFontMetricsF(self.font()).height() + 8  # room for the caption
        area = QRectF(0, top, scale.width, max(self.viewport().height() - bottom - top, 12.0))
        columns = lane_layout.dense_bins(self._sorted, scale, DENSE_BIN_PX)
        frame.dense, frame.dense_area = True, area
        frame.dense_visible = sum(c.count for c in columns)
        most = max((c.count for c in columns), default=1)
        for column in columns:
            # Square-root heights: one busy week would otherwise flatten every other column to a pixel.
            h = max(3.0, area.height() * math.sqrt(column.count / most))
            x0 = max(column.x_start + 1.0, 0.0)
            x1 = min(column.x_end - 1.0, scale.width)
            frame.clusters.append((column, QRectF(x0, area.bottom() - h, max(x1 - x0, 1.0), h)))
            frame.dense_starts.append(scale.day_at(column.x_start))

    def _cluster_index(self, frame: _Frame, row: int) -> int | None:
        """Which of the frame's clusters (or histogram columns) holds `row`, if it is collapsed on screen."""
        if not frame.dense:
            return frame.cluster_of.get(row)
        span = self._span(row)
        if span is None or not frame.dense_starts:
            return None
        start, end = span
        if start >= frame.scale.end or end <= frame.scale.start:
            return None
        # A column holds the events starting in it; those running in from the left are in the first.
        i = bisect.bisect_right(frame.dense_starts, max(start, frame.scale.start)) - 1
        return max(i, 0)

    # ==================================================================================== queries
    def eventRect(self, row: int) -> QRectF:
        """The on-screen rectangle of `row`'s marker (its cluster's when collapsed); empty when off screen."""
        frame = self._ensure_frame()
        screen = QRectF(0, 0, self._width(), self.viewport().height())
        if row in frame.placed:
            return frame.placed[row].marker.intersected(screen)
        collapsed = self._cluster_index(frame, row)
        if collapsed is not None:
            return frame.clusters[collapsed][1].intersected(screen)
        return QRectF()

    def labelRect(self, row: int) -> QRectF:
        """Where `row`'s label and source dots are drawn (viewport coordinates); empty when not drawn."""
        placed = self._ensure_frame().placed.get(row)
        if placed is None:
            return QRectF()
        return QRectF(self._label_x(placed), placed.hit.top(), placed.label_width, placed.hit.height())

    @staticmethod
    def _label_x(placed: _Placed) -> float:
        box = placed.box
        if not box.label_inside:
            return box.label_x
        # Sticky inside a band that starts off screen, but never past the band's end.
        return max(box.label_x, min(6.0, box.marker_end - 6.0 - placed.label_width))

    def eventAt(self, pos: QPoint | QPointF) -> int | None:
        """The row of the event (marker or label) at `pos` in viewport coordinates, or None."""
        hit = self._hit(QPointF(pos))
        return hit if isinstance(hit, int) else None

    def _hit(self, pos: QPointF) -> int | Cluster | EdgeIndicator | None:
        frame = self._ensure_frame()
        for edge in frame.edges:  # drawn over the events: they answer first
            if frame.edge_rect(edge).contains(pos):
                return edge
        for placed in frame.placed.values():
            if placed.marker.adjusted(-3, -3, 3, 3).contains(pos) or placed.hit.contains(pos):
                return placed.row
        if frame.dense:
            # The whole column answers, not just its bar: short bars would be hard to hit.
            if frame.dense_area.top() <= pos.y() <= frame.dense_area.bottom():
                for cluster, rect in frame.clusters:
                    if rect.left() - 1 <= pos.x() <= rect.right() + 1:
                        return cluster
            return None
        for cluster, rect in frame.clusters:
            if rect.adjusted(-2, -2, 2, 2).contains(pos):
                return cluster
        return None

    # ===================================================================================== events
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._frame = None
        # Nothing left to frame (a search without hits): the view stays where the user was, as in _model_reset;
        # framing nothing would jump to today's year. An empty window that never showed events centres on today.
        if self._auto_fit and (self._has_rows() or not self._framed_events):
            self._auto_frame()
        else:
            self._set_scale(self._scale.resized(self._width()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._labels.clear()
            self._stop_warming()
            self._frame = None
            self.viewport().update()
        super().changeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
                return True
            QToolTip.hideText()
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_scale = self._scale
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._dragging and (pos - self._press).manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging and self._press_scale is not None:
                self._auto_fit = False
                # The content follows the mouse: dragging right shows earlier dates.
                self._set_scale(self._press_scale.resized(self._width()).panned(self._press.x() - pos.x()))
            event.accept()
            return
        hit = self._hit(pos)
        hover = hit if isinstance(hit, int) else None
        if hover != self._hover:
            self._hover = hover
            self.viewport().update()
        if hit is None:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        dragged = self._dragging
        self._press = None
        self._dragging = False
        self.viewport().unsetCursor()
        event.accept()
        if dragged:
            return
        hit = self._hit(event.position())
        if isinstance(hit, int):
            self._select_row(hit)
        elif isinstance(hit, lane_layout.Cluster):
            self.openCluster(hit, event.globalPosition().toPoint())
        elif isinstance(hit, EdgeIndicator):
            self.revealOffscreen(hit.side)
        elif self._selection is not None:
            self._selection.clearSelection()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if isinstance(hit, int) and self._model is not None:
            self.activated.emit(self._model.index(hit, 0))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def edgeIndicators(self) -> list[tuple[EdgeIndicator, QRectF]]:  # noqa: N802 - Qt naming
        """The counts of events off each edge on screen now, with where they are drawn (tests click them)."""
        frame = self._ensure_frame()
        return [(edge, frame.edge_rect(edge)) for edge in frame.edges]

    def revealOffscreen(self, side: int) -> None:  # noqa: N802 - Qt naming
        """Bring the events wholly off one edge into view (side -1: the earlier ones, +1: the later ones),
        keeping the other edge where it is: the view widens to the first (or last) event."""
        self._settle()
        self._ensure_index()
        if self._data_span is None:
            return
        width = self._width()
        scale = self._scale.resized(width)
        margin = min(24.0, width / 10)
        if side < 0:
            lo, hi, left, right = min(self._data_span[0], scale.start), scale.end, margin, 0.0
        else:
            lo, hi, left, right = scale.start, max(self._data_span[1], scale.end), 0.0, margin
        self._auto_fit = False
        self._set_scale(self._fit_scale(lo, hi, left, right, width))

    def zoomOpens(self, cluster: Cluster) -> bool:
        """Whether zooming in can spread the cluster's members apart: not when they all start on one day
        (they share an x at every zoom) nor at the deepest zoom."""
        members = self._member_rows(cluster)
        return len(np.unique(self._starts[members])) > 1 and self._scale.px_per_day < MAX_PX_PER_DAY * 0.99

    def _member_rows(self, cluster: Cluster) -> np.ndarray:
        """The cluster's rows that are events of the current index, as an array."""
        members = np.asarray(cluster.members, np.int64).reshape(-1)
        members = members[(members >= 0) & (members < len(self._valid))]
        return members[self._valid[members]]

    def openCluster(self, cluster: Cluster, where: QPoint | None = None) -> None:
        """Zoom into the cluster; where zooming cannot open it, list its events in a popup menu instead."""
        if self.zoomOpens(cluster):
            self._zoom_into(cluster)
            return
        if self._cluster_menu is not None:
            self._cluster_menu.deleteLater()  # one list at a time, kept until the next
        menu = self.clusterMenu(cluster)
        self._cluster_menu = menu
        menu.popup(where if where is not None else self.viewport().mapToGlobal(QPoint(int(cluster.x), 0)))

    def clusterMenu(self, cluster: Cluster) -> QMenu:
        """A menu of the cluster's events (date order, at most CLUSTER_MENU_ROWS); choosing one selects it."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        members = self._member_rows(cluster)
        rows = members[np.argsort(self._position_of(members), kind="stable")].tolist()
        metrics = QFontMetricsF(menu.font())
        for row in rows[:CLUSTER_MENU_ROWS]:
            event = self._event(row)
            if event is None:
                continue
            title = metrics.elidedText(" ".join(event.title.split()) or "(untitled)", Qt.TextElideMode.ElideRight,
                                       MAX_LABEL_WIDTH * 1.5)
            when = human_date(event.first, event.last, event.precision)
            action = menu.addAction(no_mnemonic(f"{title} — {when}"))
            action.setToolTip(plain_tooltip(event.title))
            action.triggered.connect(lambda checked=False, r=row: self._select_row(r))
        if len(rows) > CLUSTER_MENU_ROWS:
            more = menu.addAction(f"{len(rows) - CLUSTER_MENU_ROWS} more: zoom in or use the event list")
            more.setEnabled(False)
        return menu

    def _zoom_into(self, cluster: Cluster) -> None:
        if cluster.first is None or cluster.last is None:
            self._zoom(2.0, cluster.x)
            return
        self.setVisibleRange(cluster.first, cluster.last)
        # Margins so the members' labels have room: show the cluster in the middle half of the view.
        self._set_scale(self._scale.zoomed(0.5, self._width() / 2))

    def wheelEvent(self, event: QWheelEvent) -> None:
        angle = event.angleDelta()
        pixels = event.pixelDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = (angle.y() or angle.x()) / 120.0
            if steps:
                self._zoom(1.2 ** steps, event.position().x())
            event.accept()
            return
        if not pixels.isNull():  # touchpads: follow the fingers exactly
            dx = -(pixels.x() or pixels.y())
        else:
            dx = -(angle.x() or angle.y()) / 120.0 * self._width() / 10
        if dx:
            self._pan(dx)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_0 and mods == Qt.KeyboardModifier.ControlModifier:
            self.fitAll()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and mods & ~Qt.KeyboardModifier.ShiftModifier == \
                Qt.KeyboardModifier.NoModifier:
            self.zoomIn()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore) and mods & ~Qt.KeyboardModifier.ShiftModifier == \
                Qt.KeyboardModifier.NoModifier:
            self.zoomOut()
        elif key == Qt.Key.Key_Right and plain:
            self.selectNext()
        elif key == Qt.Key.Key_Left and plain:
            self.selectPrevious()
        elif key == Qt.Key.Key_Home and plain:
            self.selectFirst()
        elif key == Qt.Key.Key_End and plain:
            self.selectLast()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            row = self._current_row()
            if row is not None and self._model is not None:
                self.activated.emit(self._model.index(row, 0))
        elif key == Qt.Key.Key_Escape and plain and self._selection is not None and self._selection.hasSelection():
            self._selection.clear()  # the selection and the current event: the next arrow starts from an end
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.viewport().update()
        super().leaveEvent(event)

    # ================================================================================== scrollbar
    def _sync_scrollbar(self) -> None:
        """The scrollbar shows where the screen is within the data (widened to include the screen)."""
        bar = self.horizontalScrollBar()
        scale = self._scale
        if self._data_span is not None:
            lo = min(self._data_span[0], scale.start)
            hi = max(self._data_span[1], scale.end)
        else:
            lo, hi = scale.start, scale.end
        self._scrollbar_span = (lo, hi)
        free = (hi - lo) - scale.days
        self._syncing_scrollbar = True
        try:
            if free <= scale.days * 1e-6:
                bar.setRange(0, 0)
            else:
                page = int(min(max(scale.days / free * SCROLLBAR_UNITS, 1), 1e9))
                bar.setRange(0, SCROLLBAR_UNITS)
                bar.setPageStep(page)
                bar.setSingleStep(max(1, page // 10))
                bar.setValue(round((scale.start - lo) / free * SCROLLBAR_UNITS))
        finally:
            self._syncing_scrollbar = False

    @Slot(int)
    def _scrollbar_moved(self, value: int) -> None:
        if self._syncing_scrollbar:
            return
        lo, hi = self._scrollbar_span
        free = (hi - lo) - self._scale.days
        if free <= 0:
            return
        self._auto_fit = False
        self._set_scale(TimeScale(lo + value / SCROLLBAR_UNITS * free, self._scale.px_per_day, self._width()))

    # =================================================================================== tooltips
    def _source_titles(self, ids: tuple[str, ...]) -> list[str]:
        # Walk down proxies to the event model, which knows source titles; plain ids otherwise.
        model = self._model
        while model is not None and not hasattr(model, "source_title") and hasattr(model, "sourceModel"):
            model = model.sourceModel()
        if model is not None and hasattr(model, "source_title"):
            return [model.source_title(i) for i in ids]
        return list(ids)

    def _tooltip_at(self, pos: QPointF) -> str:
        hit = self._hit(pos)
        if isinstance(hit, lane_layout.Cluster):
            return self.clusterToolTip(hit)
        if isinstance(hit, int):
            return self.eventToolTip(hit)
        if isinstance(hit, EdgeIndicator):
            when = "earlier" if hit.side < 0 else "later"
            noun = "event" if hit.count == 1 else "events"
            return plain_tooltip(f"{hit.count:,} {noun} {when} than the view: click to show them too\n"
                                 "Fit All (Ctrl+0) shows every event")
        for i, rect in self.markerLabelRects():
            if rect.contains(pos):
                day, label, _ = self._markers[i]
                return plain_tooltip(f"{' '.join(label.split())}\n{day.day} {day.strftime('%B %Y')}")
        return ""

    def clusterToolTip(self, cluster: Cluster) -> str:
        """The tooltip of a cluster or histogram column: how many events, and when."""
        if cluster.first is not None and cluster.last is not None:
            when = human_date(cluster.first, cluster.last, Precision.DAY) if cluster.first != cluster.last else \
                human_date(cluster.first, cluster.first, Precision.DAY)
        else:
            when = ""
        action = "Click to zoom in" if self.zoomOpens(cluster) else "Click to list them"
        return rich_tooltip(f"<b>{cluster.count} events</b><br>{escape(when)}<br><i>{action}</i>")

    def eventToolTip(self, row: int) -> str:
        """The tooltip of the event at `row` of the model: our HTML, every piece of article text escaped."""
        if self._model is None:
            return ""
        event = self._event(row)
        if event is None:
            return ""
        if event.reported:
            when_line = f"{escape(reported_date(event))} <i>({escape(reported_note(event))})</i>"
        else:
            when = human_date(event.first, event.last, event.precision)
            when_line = escape(when) + (" <i>(inferred)</i>" if event.inferred else "")
        lines = [f"<b>{escape(event.title)}</b>", when_line]
        if event.title_uncertain:
            lines.append(f"<i>{escape(UNCERTAIN_MARK)} {escape(UNCERTAIN_NOTE)}</i>")
        if event.inferred and event.explanation:
            lines.append(f"<i>{escape(event.explanation)}</i>")
        colors = self._model.index(row, 0).data(EventRole.SourceColors) or []
        for i, title in enumerate(self._source_titles(event.sources)):
            color = QColor(colors[i]).name() if i < len(colors) else self.palette().color(
                QPalette.ColorRole.Text).name()
            lines.append(f"<span style='color:{color}'>●</span> {escape(title)}")
        return rich_tooltip("<br>".join(lines))

    # ===================================================================================== paint
    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self._ensure_frame()
        painter = QPainter(self.viewport())
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._paint(painter, frame, QRectF(event.rect()))
        finally:
            painter.end()

    def _paint(self, p: QPainter, frame: _Frame, clip: QRectF) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        width, height = self._width(), float(self.viewport().height())
        p.fillRect(QRectF(0, 0, width, height), base)
        self._paint_axis(p, frame, width, height)
        self._paint_markers(p, frame, width, height)
        if not len(self._order):  # the rows with an event, in date order
            area = QRectF(16, frame.axis_height, max(width - 32, 1.0), height - frame.axis_height)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            # On a patch of the background: the today and publication lines would strike the words through.
            p.fillRect(p.boundingRect(area, flags, self._empty_text).adjusted(-8, -4, 8, 4), base)
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(area, flags, self._empty_text)
            return
        label_font, _, _ = self._fonts()
        p.setFont(label_font)
        fm = QFontMetricsF(label_font)
        ink = mix(text, base, 0.25)
        # The selected rows once per paint: QItemSelectionModel.isRowSelected per event drawn cost ~0.5 ms each
        # (it checks every column), 30 ms a frame at 2,000 articles (benchmarks/window_walk.py).
        chosen = self._selected_rows()
        for placed in frame.placed.values():
            if placed.hit.right() < clip.left() or placed.hit.left() > clip.right():
                continue
            event = self._event(placed.row)
            if event is not None:
                self._paint_event(p, placed, event, fm, ink, width, placed.row in chosen)
        if frame.dense:
            self._paint_dense(p, frame, ink)
        else:
            self._paint_clusters(p, frame, ink)
        self._paint_selection_on_axis(p, frame, chosen)
        self._paint_edges(p, frame)

    def _paint_edges(self, p: QPainter, frame: _Frame) -> None:
        """The counts of events off each edge (layout.edge_indicators: counts only, no article text)."""
        if not frame.edges:
            return
        pal = self.palette()
        base, accent = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Highlight)
        _, minor_font, _ = self._fonts()
        p.setFont(minor_font)
        for edge in frame.edges:
            rect = frame.edge_rect(edge)
            p.setPen(QPen(accent, 1))
            p.setBrush(mix(base, accent, 0.1))
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, edge.text)

    def _paint_axis(self, p: QPainter, frame: _Frame, width: float, height: float) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        band = mix(pal.color(QPalette.ColorRole.Window), base, 0.35)
        grid_minor = mix(base, text, 0.07)
        grid_major = mix(base, text, 0.18)
        axis_h = frame.axis_height
        p.fillRect(QRectF(0, 0, width, axis_h), band)
        _, minor_font, major_font = self._fonts()
        strips = frame.strips
        row_h = axis_h / AXIS_ROWS
        first_row = AXIS_ROWS - len(strips)  # the rows sit on the content; a lone strip leaves the top one empty
        # Crisp one-pixel lines: no antialiasing, on pixel centres.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for strip in strips:
            color = grid_major if strip.major or len(strips) == 1 else grid_minor
            p.setPen(QPen(color, 0))
            top = axis_h
            for tick in strip.ticks:
                x = math.floor(tick.x) + 0.5
                if 0 <= x <= width:
                    p.drawLine(QPointF(x, top), QPointF(x, height))
        p.setPen(QPen(mix(base, text, 0.3), 0))
        p.drawLine(QPointF(0, axis_h - 0.5), QPointF(width, axis_h - 0.5))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        # Rows: with two strips the major (context) row is on top and the fine row sits on the content.
        for i, strip in enumerate(reversed(strips) if len(strips) > 1 else strips, start=first_row):
            y0 = i * row_h
            font = major_font if strip.major else minor_font
            fm = QFontMetricsF(font)
            p.setFont(font)
            p.setPen(text if strip.major else mix(text, base, 0.15))
            tick_pen = QPen(mix(base, text, 0.35), 0)
            for tick, x in view_tick_labels(strip, fm.horizontalAdvance, width):
                p.drawText(QRectF(x, y0, fm.horizontalAdvance(tick.label) + 1, row_h),
                           Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, tick.label)
            for tick in strip.ticks:
                if strip.major and len(strips) > 1:
                    tx = math.floor(tick.x) + 0.5
                    p.save()
                    p.setPen(tick_pen)
                    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                    p.drawLine(QPointF(tx, 0), QPointF(tx, axis_h))
                    p.restore()
                elif not strip.in_cell or len(strips) == 1:
                    tx = math.floor(tick.x) + 0.5
                    p.save()
                    p.setPen(tick_pen)
                    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                    p.drawLine(QPointF(tx, axis_h - 5), QPointF(tx, axis_h))
                    p.restore()
                else:
                    tx = math.floor(tick.x) + 0.5
                    p.save()
                    p.setPen(tick_pen)
                    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                    p.drawLine(QPointF(tx, y0 + row_h - 5), QPointF(tx, y0 + row_h))
                    p.restore()

    def axisLabels(self) -> list[tuple[str, QRectF]]:  # noqa: N802
        """The tick labels with where they are drawn (each row of the axis), for tests and accessibility."""
        frame = self._ensure_frame()
        _, minor_font, major_font = self._fonts()
        strips = frame.strips
        row_h = frame.axis_height / AXIS_ROWS
        width = self._width()
        out = []
        for i, strip in enumerate(reversed(strips) if len(strips) > 1 else strips, start=AXIS_ROWS - len(strips)):
            fm = QFontMetricsF(major_font if strip.major else minor_font)
            for tick, x in view_tick_labels(strip, fm.horizontalAdvance, width):
                out.append((tick.label, QRectF(x, i * row_h, fm.horizontalAdvance(tick.label), row_h)))
        return out

    def _layout_markers(self, frame: _Frame, fm: QFontMetricsF) -> None:
        """Marker labels hang from the axis in up to three rows above the lanes, placed like events so they never
        overlap; too many on screen for lines, a density strip in those rows instead."""
        boxes = []
        entries = []
        scale = frame.scale
        # Up to three rows of labels, one for every six lanes' height the view has: in a short view (a 640 × 480
        # window) three rows of sources' labels left the events three lanes; the lines stay for the rest.
        room = (self.viewport().height() - frame.lanes_top) / max(frame.lane_height, 1.0)
        max_rows = int(min(3, max(1, room // 6)))
        # The rows reserved above the lanes count every marker of the timeline, not those on screen (which never
        # take more): with the rows on screen, the events jumped up and down as a publication date panned in
        # and out of view.
        frame.marker_rows = min(max_rows, len(self._markers))
        a = b = 0
        if len(self._marker_days):
            a = int(np.searchsorted(self._marker_days, scale.day_at(-200), side="left"))
            b = int(np.searchsorted(self._marker_days, scale.day_at(scale.width + 200), side="right"))
        if b - a > max(MARKER_LINES_MIN, scale.width / MARKER_LINE_PX):
            # Too many to draw one line and label each: a density strip, one column per DENSE_BIN_PX.
            order = np.asarray(self._marker_order[a:b])
            xs = (self._marker_days[a:b][order >= self._pinned] - scale.start) * scale.px_per_day
            xs = xs[(xs >= 0) & (xs < scale.width)]
            counts = np.bincount((xs // DENSE_BIN_PX).astype(np.int64), minlength=1)
            frame.marker_density = [(k * DENSE_BIN_PX, (k + 1) * DENSE_BIN_PX, int(c))
                                    for k, c in enumerate(counts.tolist()) if c]
            # Today keeps its line (unlabelled: the strip has the rows), among sources' dates only counted.
            frame.markers, frame.marker_ids = [], []
            for i in range(self._pinned):
                day, _, color = self._markers[i]
                x = scale.x_of_day(day_of(day) + 0.5)
                if 0 <= x <= scale.width:
                    frame.markers.append((x, "", 0.0, color, None, x))
                    frame.marker_ids.append(i)
            return
        for i in sorted(self._marker_order[a:b].tolist()) if b > a else ():  # in the order given, as lanes were assigned before
            day, label, color = self._markers[i]
            x = frame.scale.x_of_day(day_of(day) + 0.5)
            if not -200 <= x <= frame.scale.width + 200:
                continue
            text = fm.elidedText(" ".join(label.split()), Qt.TextElideMode.ElideRight, MARKER_LABEL_WIDTH)
            w = fm.horizontalAdvance(text) + 20
            # Near the right edge the label hangs to the left of its line, so it is not cut off; a line off
            # screen gets no label (it would be cut, and name a date not shown).
            if not 0 <= x <= frame.scale.width:
                continue
            left = x + 4 - w if x - 4 + w > frame.scale.width - 2 else x - 4
            entries.append((i, x, text, w, color, left))
            boxes.append((i, left, left + w))
        lanes = assign_lanes(boxes, max_lanes=max_rows, spacing=6)
        frame.markers = [(x, text, w, color, lanes.lanes.get(i), left) for i, x, text, w, color, left in entries]
        frame.marker_ids = [i for i, *_ in entries]

    def _paint_markers(self, p: QPainter, frame: _Frame, width: float, height: float) -> None:
        if frame.marker_density:
            self._paint_marker_density(p, frame, height)
        if not frame.markers:
            return
        line_h = frame.marker_line - 3
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        for x, text, w, color, lane, left in frame.markers:
            pen = QPen(color, 1.2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.drawLine(QPointF(x, frame.axis_height), QPointF(x, height))
            if lane is None:
                continue  # three rows of marker labels is plenty; the line remains
            rect = self._marker_label_rect(frame, lane, left, w)
            y = rect.top()
            flipped = left < x - 4
            p.setPen(QPen(color, 1))
            p.setBrush(mix(base, color, 0.12))
            p.drawRoundedRect(rect, 4, 4)
            p.setBrush(color)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QPointF(x - 4 if flipped else x + 4, y + line_h / 2), 3, 3)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            text_rect = rect.adjusted(6, 0, -14, 0) if flipped else rect.adjusted(14, 0, 0, 0)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    @staticmethod
    def _marker_label_rect(frame: _Frame, lane: int, left: float, width: float) -> QRectF:
        return QRectF(left, frame.marker_top + lane * frame.marker_line, width, frame.marker_line - 3)

    def markerLabelRects(self) -> list[tuple[int, QRectF]]:  # noqa: N802
        """The labelled markers on screen: (index in setMarkers' list, the label's rectangle)."""
        frame = self._ensure_frame()
        return [(i, self._marker_label_rect(frame, lane, left, w))
                for i, (_, _, w, _, lane, left) in zip(frame.marker_ids, frame.markers) if lane is not None]

    def markerDensityRect(self) -> QRectF:  # noqa: N802
        """Where the strip of publication dates too many for lines is drawn (empty when they have lines)."""
        frame = self._ensure_frame()
        if not frame.marker_density:
            return QRectF()
        band = QRectF(0, frame.marker_top, frame.scale.width, frame.marker_rows * frame.marker_line - 3)
        # Its caption on the first row; the strip a row high below it, or the row's last few pixels in one row.
        caption_h = math.ceil(QFontMetricsF(self.font()).height())
        if frame.marker_rows == 1:
            return QRectF(0, band.bottom() - 4, band.width(), 4)
        return QRectF(0, band.top() + caption_h + 1, band.width(), min(band.height() - caption_h - 1, caption_h + 4))

    def _paint_marker_density(self, p: QPainter, frame: _Frame, height: float) -> None:
        """Publication dates too many for lines: a strip in the rows their labels would take, darker where
        more sources were published, with its count as a caption."""
        strip = self.markerDensityRect()
        pal = self.palette()
        ink = pal.color(QPalette.ColorRole.Text)
        most = max(c for _, _, c in frame.marker_density)
        p.setPen(Qt.PenStyle.NoPen)
        for x0, x1, count in frame.marker_density:
            p.setBrush(mix(pal.color(QPalette.ColorRole.Base), ink, 0.15 + 0.6 * math.sqrt(count / most)))
            p.drawRect(QRectF(x0, strip.top(), max(x1 - x0 - 1.0, 1.0), strip.height()))
        total = sum(c for _, _, c in frame.marker_density)
        caption = f"{total:,} publication dates here (zoom in to tell them apart)"
        p.setPen(ink)
        caption_h = math.ceil(QFontMetricsF(self.font()).height())
        p.drawText(QRectF(4, frame.marker_top, frame.scale.width - 8, caption_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption)

    def _paint_event(self, p: QPainter, placed: _Placed, event: Event, fm: QFontMetricsF, ink: QColor,
                     width: float, selected: bool) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text_color = pal.color(QPalette.ColorRole.Text)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        hovered = self._hover == placed.row
        marker = placed.marker
        cy = marker.center().y()
        paint_marker(p, marker, event, placed.point, base, ink, highlight, selected, hovered)

        # Label (and the source dots after it).
        box = placed.box
        x = self._label_x(placed)
        text_rect = QRectF(x, cy - fm.height() / 2, placed.text_width + 1, fm.height())
        pill = text_rect.adjusted(-4, -2, 4, 2)
        p.setPen(Qt.PenStyle.NoPen)
        if selected:
            p.setBrush(highlight)
            p.drawRoundedRect(pill, 4, 4)
            p.setPen(pal.color(QPalette.ColorRole.HighlightedText))
        else:
            # A quiet background keeps grid and marker lines from running through the words.
            if not box.label_inside:
                p.setBrush(mix(base, highlight, 0.15) if hovered else base)
                p.drawRoundedRect(pill, 4, 4)
            elif hovered:
                p.setBrush(mix(base, highlight, 0.15))
                p.drawRoundedRect(pill, 4, 4)
            p.setPen(text_color)
        font = p.font()
        if event.inferred != font.italic():
            font.setItalic(event.inferred)
            p.setFont(font)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, placed.label)
        colors = self._model.index(placed.row, 0).data(EventRole.SourceColors) if self._model else None
        dx = x + placed.text_width + 6 + DOT_RADIUS
        p.setPen(QPen(base, 1))
        for color in colors or []:
            p.setBrush(QColor(color))
            p.drawEllipse(QPointF(dx, cy), DOT_RADIUS, DOT_RADIUS)
            dx += DOT_STEP

    def _paint_clusters(self, p: QPainter, frame: _Frame, ink: QColor) -> None:
        if not frame.clusters:
            return
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        font = self._count_font()
        p.setFont(font)
        chosen = self._selected_rows()
        # The clusters holding a selected row: found per selected row (a histogram column holds up to the
        # whole timeline; a set intersection per cluster would touch every member on every frame).
        holding = {self._cluster_index(frame, row) for row in chosen} if frame.dense else set()
        for i, (cluster, rect) in enumerate(frame.clusters):
            if frame.dense:
                selected = i in holding
            else:  # a set intersection, not a selection-model query per member
                selected = bool(chosen) and not chosen.isdisjoint(cluster.members)
            edge = pal.color(QPalette.ColorRole.Highlight) if selected else ink
            p.setPen(QPen(edge, 1.2))
            p.setBrush(mix(base, edge, 0.16))
            r = rect.height() / 2
            p.drawRoundedRect(rect, r, r)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            label = str(cluster.count)
            visible = rect.intersected(QRectF(0, rect.top(), self._width(), rect.height()))
            if visible.width() < QFontMetricsF(font).horizontalAdvance(label) + 8:
                continue  # a sliver at the edge: a cut-off count would read as a different number
            center = QRectF(visible.center().x() - 30, rect.top(), 60, rect.height())
            p.drawText(center, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_dense(self, p: QPainter, frame: _Frame, ink: QColor) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        chosen = self._selected_rows()
        chosen_columns = {i for i in (self._cluster_index(frame, row) for row in chosen) if i is not None}
        p.setPen(Qt.PenStyle.NoPen)
        fill = mix(base, ink, 0.45)
        for i, (_, rect) in enumerate(frame.clusters):
            p.fillRect(rect, highlight if i in chosen_columns else fill)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.setFont(self.font())
        caption = (f"{frame.dense_visible:,} events here, too many to label: zoom in, or click a column "
                   "to zoom into it")
        p.drawText(QRectF(8, frame.lanes_top, frame.scale.width - 16, frame.dense_area.top() - frame.lanes_top),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption)

    def _paint_selection_on_axis(self, p: QPainter, frame: _Frame, chosen: set[int]) -> None:
        """The selected event's extent on the axis, so its date can be read off the ticks."""
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        if frame.dense:
            for row in chosen:
                span = self._span(row)
                if span is None:
                    continue
                x0, x1 = frame.scale.x_of_day(span[0]), frame.scale.x_of_day(span[1])
                p.fillRect(QRectF(x0, frame.axis_height - 3, max(x1 - x0, 2.0), 3), highlight)
            return
        for row, placed in frame.placed.items():
            if row not in chosen:
                continue
            m = placed.marker
            bar = QRectF(m.left(), frame.axis_height - 3, max(m.width(), 2.0), 3)
            p.fillRect(bar, highlight)
            pen = QPen(highlight, 1, Qt.PenStyle.DotLine)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.drawLine(QPointF(m.center().x(), frame.axis_height), QPointF(m.center().x(), m.top() - 2))
