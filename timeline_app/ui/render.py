"""The timeline as a picture: PNG, SVG and PDF files, and printing.

Works with only a QGuiApplication (no window, no widget): the command line can call `export_image`. All the
geometry comes from `timeline_app.core.layout` (the width at which every label fits, where pages are cut,
how the legend flows); this module measures text, chooses fonts and colours, and paints.

Two extents:
- the whole timeline, cut in date order into rows, each with its own dates and zoom (core.lanes.wrap_rows):
  IMAGE_WIDTH wide and stacked one under another (PNG, SVG: up to IMAGE_MAX_ROWS, so the picture reads at
  a page's or a slide's width), or a landscape page wide, as many to a page as fit (PDF, print: up to
  MAX_PAGES pages);
- the current view: the dates the window shows, across one image or one page.
Every picture has a header (what it is, its dates, how many events), a date axis and a legend of the sources
(colour and title). Titles are painted as plain text, never as markup; an SVG holds them as escaped text.

Painting onto a QImage, an SVG generator or a PDF writer needs no window, so File → Export… runs
`export_image` on a worker thread: with 100,000 events, measuring the labels and laying them out takes seconds.
Its `progress(done, total)` is told how far it has got and may raise core.progress.Cancelled (or any
exception) to stop it.
"""
from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPagedPaintDevice, QPageSize,
                           QPainter, QPaintDevice, QPdfWriter, QPen, QPicture)

from timeline_app.core.files import replacing
from timeline_app.core.lanes import (Cluster, EventLayout, LayoutParams, PlacedEvent, SpanItem, fit_scale, flow,
                                     Row, layout_at, pack_rows, wrap_rows)
from timeline_app.core.layout import TickStrip, TimeScale, day_of, printed_tick_labels, tick_strips
from timeline_app.core.model import Event, Precision, Timeline, human_date
from timeline_app.core.progress import StepProgress, stepped
from timeline_app.ui.event_model import source_color
from timeline_app.ui.timeline_view import is_point, mix, paint_marker

IMAGE_FORMATS: dict[str, str] = {"png": "PNG image of the timeline", "svg": "SVG drawing of the timeline",
                                 "pdf": "PDF of the timeline, in pages"}
PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {"A4": QPageSize.PageSizeId.A4,
                                               "Letter": QPageSize.PageSizeId.Letter,
                                               "A3": QPageSize.PageSizeId.A3}

DPI = 96  # the logical resolution everything is laid out at: one unit is one pixel of a PNG at 1×
IMAGE_WIDTH = 1400  # a PNG's or SVG's timeline is this wide: a page's, a slide's or an article's width
IMAGE_MAX_ROWS = 6  # the whole timeline wraps into at most this many rows of IMAGE_WIDTH, one under another;
# beyond, crowds stay counted clusters (a strip 16,000 px wide could not be read where an image is used)
ROW_GAP = 18.0  # between two rows of an image
MAX_PAGES = 24  # PDF and print of the whole timeline
IMAGE_MAX_LANES = 14
MARGIN = 28.0
LABEL_WIDTH = 300.0  # titles are elided to this
DOT_RADIUS = 3.0
DOT_STEP = 8.0
MARKER_RADIUS = 5.0
LEGEND_ENTRY_WIDTH = 260.0
LEGEND_MAX_ROWS = 4

# An image export's progress (core.progress.StepProgress) counts two steps per event: the labels are
# measured over the first half, the layout is the third quarter, painting the last.
PROGRESS_EVERY = 1000  # labels measured between two reports


def _no_progress(done: int, total: int) -> None:
    pass


# A fixed light look, whatever the window's palette: a picture goes on paper and into documents.
BASE = QColor("#ffffff")
TEXT = QColor("#1f2328")
HIGHLIGHT = QColor("#2f6fde")


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)  # pixel sizes: the same layout on a PNG, an SVG and a 96-dpi PDF page
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Fonts:
    label: QFont
    axis: QFont
    axis_bold: QFont
    title: QFont
    small: QFont

    @classmethod
    def make(cls) -> _Fonts:
        return cls(_font(13), _font(12), _font(12, True), _font(19, True), _font(12))


class _Sheet:
    """The events to draw, their labels measured, and the vertical metrics shared by every page."""

    def __init__(self, timeline: Timeline, hidden_sources: frozenset[str], title: str,
                 progress: StepProgress = _no_progress) -> None:
        self.fonts = _Fonts.make()
        self.fm = QFontMetricsF(self.fonts.label)
        self.axis_fm = QFontMetricsF(self.fonts.axis)
        self.title = title
        colors = {doc.id: source_color(i) for i, doc in enumerate(timeline.documents)}
        self.documents = tuple(d for d in timeline.documents if d.id not in hidden_sources)
        shown = {d.id for d in self.documents}
        self.colors = {d.id: colors[d.id] for d in self.documents}
        # As the window's source filter: an event stays while any shown source reports it. Its dots (the
        # colours of its shown sources) are found once here: `Event.sources` is made anew at each call, and
        # the layout and the painting both need them (a second of 100,000 events).
        events: list[Event] = []
        self.event_dots: list[list[QColor]] = []
        for e in timeline.events:
            sources = e.sources
            if not sources or any(s in shown for s in sources):
                events.append(e)
                self.event_dots.append([self.colors[s] for s in sources if s in self.colors])
        self.events: tuple[Event, ...] = tuple(events)
        self.labels: list[tuple[str, float]] = []
        self.steps = 2 * len(self.events)  # two steps an event: see PROGRESS_EVERY
        self.progress = progress
        for event in stepped(self.events, progress, PROGRESS_EVERY, self.steps):
            text = " ".join(event.title.split()) or "(untitled)"
            # Elided only when too wide: elidedText returns a title that fits as it is, so measuring first
            # spares a Qt call for most titles.
            width = self.fm.horizontalAdvance(text)
            if width > LABEL_WIDTH:
                text = self.fm.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
                width = self.fm.horizontalAdvance(text)
            self.labels.append((text, width))
        self.lane_height = math.ceil(self.fm.height()) + 10
        self.axis_row = math.ceil(self.axis_fm.height()) + 8
        bold = QFontMetricsF(self.fonts.axis_bold)  # the clusters' counts: their pills are made wide enough
        self.params = LayoutParams(marker_radius=MARKER_RADIUS, label_gap=6.0, spacing=12.0,
                                   digit_width=max(bold.horizontalAdvance(d) for d in "0123456789"))

    def laid_out(self) -> int:
        """Report that the labels are measured and laid out (three quarters of the steps); returns that count."""
        done = self.steps * 3 // 4
        self.progress(done, self.steps)
        return done

    def items(self, indexes: Sequence[int]) -> list[SpanItem]:
        out = []
        for i in indexes:
            event = self.events[i]
            dots = len(self.event_dots[i])
            out.append(SpanItem(i, event.first, event.last, is_point(event),
                                self.labels[i][1] + (4.0 + dots * DOT_STEP if dots else 0.0)))
        return out

    def span(self, indexes: Sequence[int]) -> tuple[dt.date, dt.date] | None:
        if not indexes:
            return None
        return (min(self.events[i].first for i in indexes), max(self.events[i].last for i in indexes))

    # --- heights ------------------------------------------------------------------------------
    def header_height(self) -> float:
        return QFontMetricsF(self.fonts.title).height() + QFontMetricsF(self.fonts.small).height() + 18

    def axis_height(self) -> float:
        return 2 * self.axis_row

    def legend_layout(self, width: float) -> tuple[list[tuple[str, QColor, float, int]], int, str]:
        """Entries (title, colour, x, row) flowed across `width`, rows used, and a note on what did not fit."""
        width = min(width, IMAGE_WIDTH)  # on a very wide picture the legend stays readable at its left
        fm = QFontMetricsF(self.fonts.small)
        titles = [fm.elidedText(" ".join((d.shown_title or d.id).split()), Qt.TextElideMode.ElideRight,
                                LEGEND_ENTRY_WIDTH - 18) for d in self.documents]
        widths = [18 + fm.horizontalAdvance(t) for t in titles]
        placed = flow(widths, width, gap=18.0)
        entries = [(t, self.colors[d.id], x, row) for t, d, (x, row) in zip(titles, self.documents, placed)
                   if row < LEGEND_MAX_ROWS]
        left = len(self.documents) - len(entries)
        rows = min(LEGEND_MAX_ROWS, placed[-1][1] + 1) if placed else 0
        note = f"and {left} more source{'s' if left != 1 else ''}" if left else ""
        return entries, rows, note

    def legend_height(self, width: float) -> float:
        _, rows, note = self.legend_layout(width)
        line = QFontMetricsF(self.fonts.small).height() + 6
        return 14 + line * (max(rows, 1) + 1 + (1 if note else 0))


@dataclass(frozen=True)
class _Plan:
    """The current view's scale and layout (the first row's, for the whole timeline), and the header's figures."""

    scale: TimeScale
    layout: EventLayout
    whole: bool
    dates: tuple[dt.date, dt.date] | None
    shown: int  # events drawn


def _visible_indexes(sheet: _Sheet, first: dt.date, last: dt.date) -> list[int]:
    lo, hi = day_of(first), day_of(last) + 1.0
    return [i for i, e in enumerate(sheet.events) if day_of(e.first) < hi and day_of(e.last) + 1.0 > lo]


def _plan(sheet: _Sheet, width: float, max_lanes: int, visible_range: tuple[dt.date, dt.date]) -> _Plan:
    """The current view's dates across `width`."""
    params = replace(sheet.params, max_lanes=max(1, max_lanes))
    first, last = sorted(visible_range)
    scale = fit_scale(day_of(first), day_of(last) + 1.0, width, 0.0, 0.0)
    indexes = _visible_indexes(sheet, first, last)
    layout = layout_at(sheet.items(indexes), scale, params)
    return _Plan(scale, layout, False, (first, last), len(indexes))


def _bound_text(day: dt.date, start: bool) -> str:
    """A range's bound as coarsely as it is known: "1939" for 1 January (start) or 31 December (end)."""
    if (day.month, day.day) == ((1, 1) if start else (12, 31)):
        return str(day.year)
    return human_date(day, day, Precision.DAY)


def _range_text(dates: tuple[dt.date, dt.date] | None) -> str:
    if dates is None:
        return "no dates"
    first, last = dates
    a, b = _bound_text(first, True), _bound_text(last, False)
    return a if a == b else f"{a} – {b}"


# ------------------------------------------------------------------------------------------------------------
# Painting: the header, a row (its axis and events), the legend
# ------------------------------------------------------------------------------------------------------------
def _paint_header(p: QPainter, sheet: _Sheet, plan: _Plan, width: float, page: tuple[int, int] | None) -> None:
    """What it is, its dates, how many events; on pages, which page."""
    muted = mix(TEXT, BASE, 0.45)
    top = 0.0
    tfm = QFontMetricsF(sheet.fonts.title)
    sfm = QFontMetricsF(sheet.fonts.small)
    p.setPen(TEXT)
    p.setFont(sheet.fonts.title)
    n = plan.shown
    headline = f"{sheet.title}: {n} event{'s' if n != 1 else ''}, {_range_text(plan.dates)}"
    p.drawText(QRectF(0, top, width, tfm.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               tfm.elidedText(headline, Qt.TextElideMode.ElideRight, width))
    top += tfm.height() + 4
    p.setFont(sheet.fonts.small)
    p.setPen(muted)
    k = len(sheet.documents)
    extent = "the whole timeline" if plan.whole else "the view shown in the window"
    sub = f"{k} source{'s' if k != 1 else ''} · {extent} · made {dt.date.today().isoformat()} with timeline-app"
    if page is not None and page[1] > 1:
        sub += f" · page {page[0]} of {page[1]}"
    p.drawText(QRectF(0, top, width, sfm.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               sub)


def _paint_strip(p: QPainter, sheet: _Sheet, scale: TimeScale, layout: EventLayout, piece: tuple[float, float],
                 top: float, height: float, end_day: float = math.inf) -> None:
    """The axis and the events of the layout's x in [piece) across the painter's x from 0, `top` down; the
    ticks stop at `end_day` (the data's end: the room kept for the last labels is not more time)."""
    x0, x1 = piece
    sub_scale = TimeScale(scale.day_at(x0), scale.px_per_day, x1 - x0)
    p.save()
    p.translate(0, top)
    area = QRectF(0, 0, x1 - x0, height)
    p.setClipRect(area)
    end_x = sub_scale.x_of_day(end_day) if end_day != math.inf else math.inf
    _paint_axis(p, sheet, sub_scale, area, end_x)
    _paint_publication_lines(p, sheet, sub_scale, area)
    p.translate(-x0, 0)
    lanes_top = sheet.axis_height() + 10
    for placed in layout.events:
        if placed.box.end >= x0 and placed.box.start <= x1:
            _paint_event(p, sheet, placed, lanes_top, x0)
    for cluster in layout.clusters:
        if cluster.x_end >= x0 and cluster.x_start <= x1:
            _paint_cluster(p, sheet, cluster, lanes_top)
    p.restore()


def _paint_axis(p: QPainter, sheet: _Sheet, scale: TimeScale, area: QRectF, end_x: float) -> None:
    # Each strip up to the first tick past the end, so the last events still have a date to the right.
    strips = tuple(TickStrip(s.unit, s.step, s.ticks[:sum(1 for t in s.ticks if t.x <= end_x) + 1], s.major,
                             s.in_cell) for s in tick_strips(scale, sheet.axis_fm.horizontalAdvance))
    axis_h = sheet.axis_height()
    band = mix(QColor("#eef1f5"), BASE, 0.2)
    p.fillRect(QRectF(0, 0, area.width(), axis_h), band)
    grid_minor, grid_major = mix(BASE, TEXT, 0.08), mix(BASE, TEXT, 0.2)
    fine = strips[0] if strips else None
    major = strips[1] if len(strips) > 1 else None
    for strip in (s for s in (fine, major) if s is not None):
        pen = QPen(grid_major if (strip.major or major is None) else grid_minor, 1)
        pen.setCosmetic(True)
        p.setPen(pen)
        for tick in strip.ticks:
            if 0 <= tick.x <= area.width():
                p.drawLine(QPointF(tick.x, axis_h if strip is fine else 0), QPointF(tick.x, area.height()))
    p.setPen(QPen(mix(BASE, TEXT, 0.35), 1))
    p.drawLine(QPointF(0, axis_h), QPointF(area.width(), axis_h))
    rows = [(major, 0.0, sheet.fonts.axis_bold), (fine, sheet.axis_row, sheet.fonts.axis)] if major \
        else [(fine, sheet.axis_row / 2, sheet.fonts.axis_bold)]
    for strip, y, font in rows:
        if strip is None:
            continue
        fm = QFontMetricsF(font)
        p.setFont(font)
        p.setPen(TEXT)
        for label, x in printed_tick_labels(strip, fm.horizontalAdvance, area.width()):
            p.drawText(QRectF(x, y, fm.horizontalAdvance(label) + 2, sheet.axis_row),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)


def _paint_publication_lines(p: QPainter, sheet: _Sheet, scale: TimeScale, area: QRectF) -> None:
    """A dashed line in the source's colour at each source's publication date."""
    for doc in sheet.documents:
        if doc.published is None:
            continue
        x = scale.x_of_day(day_of(doc.published) + 0.5)
        if 0 <= x <= area.width():
            pen = QPen(sheet.colors[doc.id], 1.2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, sheet.axis_height()), QPointF(x, area.height()))


def _lane_y(sheet: _Sheet, lanes_top: float, lane: int) -> float:
    return lanes_top + lane * sheet.lane_height + sheet.lane_height / 2


def _paint_event(p: QPainter, sheet: _Sheet, placed: PlacedEvent, lanes_top: float, left: float) -> None:
    """`left`: where the piece (page) begins, in the layout's x: a band running in from an earlier page
    repeats its label there, as the window's bands keep theirs in sight."""
    i = placed.id
    assert isinstance(i, int)
    event = sheet.events[i]
    box = placed.box
    cy = _lane_y(sheet, lanes_top, placed.lane)
    point = is_point(event)
    if point:
        cx = (box.marker_start + box.marker_end) / 2
        marker = QRectF(cx - MARKER_RADIUS, cy - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS)
    else:
        h = sheet.lane_height - 6
        marker = QRectF(box.marker_start, cy - h / 2, box.marker_end - box.marker_start, h)
    ink = mix(TEXT, BASE, 0.25)
    paint_marker(p, marker, event, point, BASE, ink, HIGHLIGHT)
    text, text_w = sheet.labels[i]
    fm = sheet.fm
    label_x = box.label_x
    if box.label_inside:
        label_x = max(label_x, min(left + 6.0, box.marker_end - 6.0 - text_w))
    rect = QRectF(label_x, cy - fm.height() / 2, text_w + 1, fm.height())
    if not box.label_inside:
        # A quiet background keeps grid and publication lines from running through the words.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BASE)
        p.drawRoundedRect(rect.adjusted(-3, -1, 3, 1), 3, 3)
    font = QFont(sheet.fonts.label)
    font.setItalic(event.inferred)
    p.setFont(font)
    p.setPen(TEXT)
    p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    dx = rect.left() + text_w + 6 + DOT_RADIUS
    p.setPen(QPen(BASE, 1))
    for color in sheet.event_dots[i]:
        p.setBrush(color)
        p.drawEllipse(QPointF(dx, cy), DOT_RADIUS, DOT_RADIUS)
        dx += DOT_STEP


def _paint_cluster(p: QPainter, sheet: _Sheet, cluster: Cluster, lanes_top: float) -> None:
    cy = _lane_y(sheet, lanes_top, cluster.lane)
    h = sheet.lane_height - 4
    rect = QRectF(cluster.x_start, cy - h / 2, cluster.x_end - cluster.x_start, h)
    ink = mix(TEXT, BASE, 0.25)
    p.setPen(QPen(ink, 1.2))
    p.setBrush(mix(BASE, ink, 0.16))
    p.drawRoundedRect(rect, h / 2, h / 2)
    p.setFont(sheet.fonts.axis_bold)
    p.setPen(TEXT)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(cluster.count))


def _paint_legend(p: QPainter, sheet: _Sheet, rect: QRectF) -> None:
    fm = QFontMetricsF(sheet.fonts.small)
    line = fm.height() + 6
    entries, _, note = sheet.legend_layout(rect.width())
    p.setPen(QPen(mix(BASE, TEXT, 0.2), 1))
    p.drawLine(QPointF(rect.left(), rect.top() + 6), QPointF(rect.right(), rect.top() + 6))
    top = rect.top() + 14
    p.setFont(sheet.fonts.small)
    for title, color, x, row in entries:
        y = top + row * line
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawEllipse(QPointF(rect.left() + x + 6, y + fm.height() / 2), 5, 5)
        p.setPen(TEXT)
        p.drawText(QRectF(rect.left() + x + 18, y, LEGEND_ENTRY_WIDTH, fm.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    rows = max((row for *_, row in entries), default=0) + 1
    y = top + rows * line
    p.setPen(mix(TEXT, BASE, 0.45))
    if note:
        p.drawText(QRectF(rect.left(), y, rect.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, note)
        y += line
    key = ("Dots: days · bars: months, years, periods · hatched, italic: inferred dates · coloured dots: "
           "sources · dashed lines: publication dates · numbers: events too close to label")
    p.drawText(QRectF(rect.left(), y, rect.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
               fm.elidedText(key, Qt.TextElideMode.ElideRight, rect.width()))


def _strip_height(sheet: _Sheet, lanes: int) -> float:
    return sheet.axis_height() + 10 + max(lanes, 1) * sheet.lane_height + 12


# ------------------------------------------------------------------------------------------------------------
# Devices
# ------------------------------------------------------------------------------------------------------------
def _image_plan(sheet: _Sheet, whole: bool, visible_range) -> tuple[_Plan, list[Row], QSize]:
    """An image's plan (its header's figures) and rows: the whole timeline wrapped into rows IMAGE_WIDTH wide
    (core.lanes.wrap_rows), or the view across one; and the image's size."""
    if whole or visible_range is None:
        indexes = list(range(len(sheet.events)))
        params = replace(sheet.params, max_lanes=IMAGE_MAX_LANES)
        rows = wrap_rows(sheet.items(indexes), IMAGE_WIDTH, IMAGE_MAX_ROWS, params=params) or \
            [Row((), fit_scale(0.0, 1.0, IMAGE_WIDTH, 24.0, 24.0), EventLayout())]
        plan = _Plan(rows[0].scale, rows[0].layout, True, sheet.span(indexes), len(indexes))
    else:
        plan = _plan(sheet, IMAGE_WIDTH, IMAGE_MAX_LANES, visible_range)
        rows = [Row((), plan.scale, plan.layout)]
    height = sheet.header_height() + sum(_strip_height(sheet, r.layout.lane_count) for r in rows) + \
        ROW_GAP * (len(rows) - 1) + sheet.legend_height(IMAGE_WIDTH)
    return plan, rows, QSize(math.ceil(IMAGE_WIDTH + 2 * MARGIN), math.ceil(height + 2 * MARGIN))


def render_image(timeline: Timeline, *, hidden_sources: frozenset[str] = frozenset(), whole: bool = True,
                 visible_range: tuple[dt.date, dt.date] | None = None, pixel_ratio: float = 1.0,
                 title: str = "Timeline", progress: StepProgress = _no_progress) -> QImage:
    """The timeline as a QImage (white background), `pixel_ratio` device pixels per logical pixel."""
    sheet = _Sheet(timeline, frozenset(hidden_sources), title, progress)
    plan, rows, size = _image_plan(sheet, whole, visible_range)
    sheet.laid_out()
    image = QImage(math.ceil(size.width() * pixel_ratio), math.ceil(size.height() * pixel_ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(pixel_ratio)
    image.setDotsPerMeterX(round(DPI / 0.0254 * pixel_ratio))
    image.setDotsPerMeterY(round(DPI / 0.0254 * pixel_ratio))
    image.fill(BASE)
    _paint_single(image, sheet, plan, rows, size)
    progress(sheet.steps, sheet.steps)
    return image


def _paint_single(device: QPaintDevice, sheet: _Sheet, plan: _Plan, rows: list[Row], size: QSize) -> None:
    """An image: the header, its rows one under another (each as tall as its lanes, its axis stopping at its
    last event's end), the legend."""
    painter = QPainter(device)
    try:
        painter.translate(MARGIN, MARGIN)
        width = size.width() - 2 * MARGIN
        painter.fillRect(QRectF(0, 0, width, size.height() - 2 * MARGIN), BASE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _paint_header(painter, sheet, plan, width, None)
        top = sheet.header_height()
        for row in rows:
            height = _strip_height(sheet, row.layout.lane_count)
            end_day = max((day_of(sheet.events[i].last) + 1.0 for i in row.ids), default=math.inf)
            _paint_strip(painter, sheet, row.scale, row.layout, (0.0, width), top, height, end_day)
            top += height + ROW_GAP
        _paint_legend(painter, sheet, QRectF(0, top - ROW_GAP, width, sheet.legend_height(width)))
    finally:
        painter.end()


def _write_svg(timeline: Timeline, path: str, hidden_sources: frozenset[str], whole: bool, visible_range,
               title: str, progress: StepProgress = _no_progress) -> None:
    from PySide6.QtSvg import QSvgGenerator

    sheet = _Sheet(timeline, hidden_sources, title, progress)
    plan, rows, size = _image_plan(sheet, whole, visible_range)
    sheet.laid_out()
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(DPI)
    generator.setTitle(title)
    generator.setDescription(f"{plan.shown} events, made with timeline-app")
    _paint_single(generator, sheet, plan, rows, size)
    progress(sheet.steps, sheet.steps)


def _paint_page(painter: QPainter, sheet: _Sheet, plan: _Plan, rows: list[Row], page_rows: list[int],
                page: tuple[int, int], width: float, height: float, room: float) -> None:
    """One page of `paint_pages`, in layout units (DPI): its header, its rows, the legend at its foot."""
    painter.fillRect(QRectF(0, 0, width, height), BASE)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    _paint_header(painter, sheet, plan, width, page)
    top = sheet.header_height()
    if len(page_rows) == 1:  # a page's only row takes its height, down to the legend
        row_heights = [room]
    else:
        row_heights = [_strip_height(sheet, rows[i].layout.lane_count) for i in page_rows]
    for i, row_height in zip(page_rows, row_heights):
        row = rows[i]
        end_day = max((day_of(sheet.events[k].last) + 1.0 for k in row.ids), default=math.inf) \
            if row.ids else math.inf
        _paint_strip(painter, sheet, row.scale, row.layout, (0.0, width), top, row_height, end_day)
        top += row_height + ROW_GAP
    _paint_legend(painter, sheet, QRectF(0, height - sheet.legend_height(width), width, sheet.legend_height(width)))


def paint_pages(device: QPagedPaintDevice, timeline: Timeline, *, hidden_sources: frozenset[str] = frozenset(),
                whole: bool = True, visible_range: tuple[dt.date, dt.date] | None = None,
                title: str = "Timeline", progress: StepProgress = _no_progress) -> int:
    """Paint the timeline onto a PDF writer or a printer whose page layout is already set: the whole timeline
    wrapped into rows a page wide, as many to a page as fit (at most MAX_PAGES pages), or the current view on
    one. Returns the number of pages."""
    sheet = _Sheet(timeline, frozenset(hidden_sources), title, progress)
    resolution = device.logicalDpiX() if not isinstance(device, QPdfWriter) else device.resolution()
    factor = resolution / DPI
    page = device.pageLayout().paintRectPixels(resolution)
    width, height = page.width() / factor, page.height() / factor
    room = height - sheet.header_height() - sheet.legend_height(width)
    lanes = max(1, int((room - sheet.axis_height() - 22) // sheet.lane_height))
    if whole or visible_range is None:
        pages, rows, plan = _page_rows(sheet, width, room, lanes)
    else:
        plan = _plan(sheet, width, lanes, visible_range)
        rows = [Row((), plan.scale, plan.layout)]
        pages = [[0]]
    laid_out = sheet.laid_out()
    # Each page is recorded into a QPicture first, and replayed onto the device only once every page is
    # recorded: a printer cannot drop a job it has begun (QPrinter.abort() is a no-op on the PDF engine,
    # which CUPS printing builds on; ending the painter prints the pages painted so far), so a cancel or a
    # failure must come before the device is touched at all.
    pictures: list[QPicture] = []
    for number, page_rows in enumerate(pages, start=1):
        if number > 1:
            progress(laid_out + (sheet.steps - laid_out) * (number - 1) // len(pages), sheet.steps)
        picture = QPicture()
        painter = QPainter(picture)
        try:
            _paint_page(painter, sheet, plan, rows, page_rows, (number, len(pages)), width, height, room)
        finally:
            painter.end()
        pictures.append(picture)
    progress(sheet.steps, sheet.steps)  # the last point a cancel stops at: the device is still untouched
    painter = QPainter(device)
    try:
        for number, picture in enumerate(pictures):
            if number:
                device.newPage()
            # QPicture.play scales by the device's dpi over the picture's (the screen's, as Qt reckons it):
            # undo that, so a page is `factor` times its layout units, as when it was painted directly.
            painter.save()
            painter.scale(factor * picture.logicalDpiX() / device.logicalDpiX(),
                          factor * picture.logicalDpiY() / device.logicalDpiY())
            painter.drawPicture(0, 0, picture)
            painter.restore()
    finally:
        painter.end()
    return len(pages)


def _page_rows(sheet: _Sheet, width: float, room: float, lanes: int) -> tuple[list[list[int]], list[Row], _Plan]:
    """The whole timeline wrapped into rows a page wide (core.lanes.wrap_rows), as many to a page as fit above
    its legend (pack_rows), on at most MAX_PAGES pages: (each page's rows, the rows, the header's plan)."""
    indexes = list(range(len(sheet.events)))
    items = sheet.items(indexes)
    params = replace(sheet.params, max_lanes=lanes)
    pages: list[list[int]] = []
    rows: list[Row] = []
    for max_rows in (3 * MAX_PAGES, MAX_PAGES):  # at worst one row a page
        rows = wrap_rows(items, width, max_rows, params=params) or \
            [Row((), fit_scale(0.0, 1.0, width, 24.0, 24.0), EventLayout())]
        pages = pack_rows([_strip_height(sheet, r.layout.lane_count) for r in rows], room, ROW_GAP)
        if len(pages) <= MAX_PAGES:
            break
    plan = _Plan(rows[0].scale, rows[0].layout, True, sheet.span(indexes), len(indexes))
    return pages, rows, plan


def page_layout(page_size: str = "A4") -> QPageLayout:
    """A landscape page of `page_size` ("A4", "Letter", "A3") with 10 mm margins."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}: one of {', '.join(PAGE_SIZES)}")
    return QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Landscape,
                       QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)


def export_image(timeline: Timeline, path: str | os.PathLike, fmt: str, *,
                 hidden_sources: frozenset[str] = frozenset(), whole: bool = True,
                 visible_range: tuple[dt.date, dt.date] | None = None, page_size: str = "A4",
                 title: str = "Timeline", pixel_ratio: float = 1.0, progress: StepProgress = _no_progress) -> None:
    """Write the timeline to `path` as "png", "svg" or "pdf" (see the module docstring). Needs a
    QGuiApplication (or QApplication), no window; may run on any thread. Raises OSError when the file cannot
    be written. The picture is made in a temporary file beside `path` and then takes its place
    (core.files.replacing), so a failed or cancelled export (`progress` raising Cancelled) leaves whatever
    was at `path` as it was."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r}: one of {', '.join(IMAGE_FORMATS)}")
    target = os.fspath(path)
    hidden = frozenset(hidden_sources)
    parent = Path(target).parent
    if not parent.is_dir():
        raise FileNotFoundError(f"no such folder: {parent}")
    with replacing(target) as partial_path:
        partial = str(partial_path)
        if fmt == "png":
            image = render_image(timeline, hidden_sources=hidden, whole=whole, visible_range=visible_range,
                                 pixel_ratio=pixel_ratio, title=title, progress=progress)
            if not image.save(partial, "PNG"):
                raise OSError(f"could not write {target}")
        elif fmt == "svg":
            _write_svg(timeline, partial, hidden, whole, visible_range, title, progress)
        else:
            writer = QPdfWriter(partial)
            writer.setResolution(DPI)
            writer.setPageLayout(page_layout(page_size))
            writer.setTitle(title)
            writer.setCreator("timeline-app")
            paint_pages(writer, timeline, hidden_sources=hidden, whole=whole, visible_range=visible_range,
                        title=title, progress=progress)
            del writer  # closes the file
        if os.path.getsize(partial) == 0:  # a Qt writer that failed without saying so
            raise OSError(f"could not write {target}")
