"""The event list: a sortable table of date, title and sources, the sources drawn as coloured dots.

Source names are long; in a narrow column they would elide to "Putin and Kim Fo…" and say nothing. Dots in
the sources' colours (the same ones as the source list and the timeline) fit and match; the full names are
in the tooltip and in the accessible text.
"""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import (QEvent, QItemSelection, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt,
                            Signal, Slot)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView,
                               QWidget)

from timeline_app.core.layout import MONTHS
from timeline_app.core.lazy import LazyModule
from timeline_app.core.model import Precision, human_date
from timeline_app.core.reported import reported_date
from timeline_app.ui.event_model import Column, EventRole, EventTable

if TYPE_CHECKING:
    import numpy as np
else:
    np = LazyModule("numpy")  # imported when events arrive: an empty window never needs it

Index = QModelIndex | QPersistentModelIndex


class EventSortProxyModel(EventTable):
    """The event list's sort: a thin table over a permutation of the filter model's rows.

    Date ascending is the filter's own order (no permutation); the other orders are one numpy argsort of a
    per-event key (the title's rank among all titles, computed once per timeline when first asked for; the
    number of sources), so sorting or re-filtering a million rows never compares rows through `data()`.
    A change of the filter is one layout change here too, whose persistent indexes follow their events."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._source = None
        self._column = -1
        self._order = Qt.SortOrder.AscendingOrder
        self._perm: np.ndarray | None = None  # this row -> the filter's row; None: the same
        self._inverse: np.ndarray | None = None
        self._keys: dict[int, tuple[object, np.ndarray]] = {}  # column -> (the store it is for, key per event)
        self._pending: list[tuple[QPersistentModelIndex, int]] = []

    # --- wiring --------------------------------------------------------------------------------
    def sourceModel(self):  # noqa: N802
        return self._source

    def setSourceModel(self, model) -> None:  # noqa: N802
        self.beginResetModel()
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._source_layout_about_to_change)
        model.layoutChanged.connect(self._source_layout_changed)
        model.dataChanged.connect(self._source_data_changed)
        self._resort()
        self.endResetModel()

    @Slot()
    def _source_reset(self) -> None:
        self._resort()
        self.endResetModel()

    @Slot()
    def _source_layout_about_to_change(self, *args) -> None:
        self.layoutAboutToBeChanged.emit()
        # Each persistent index by its event-model row, which outlives the filter change.
        rows = self._source.visibleRows()
        self._pending = []
        for index in self.persistentIndexList():
            row = self._to_source_row(index.row())
            self._pending.append((index, int(rows[row]) if 0 <= row < len(rows) else -1))

    @Slot()
    def _source_layout_changed(self, *args) -> None:
        self._resort()
        old, new = [], []
        for index, event_row in self._pending:
            source_row = self._source.rowOf(event_row) if event_row >= 0 else -1
            row = self._from_source_row(source_row) if source_row >= 0 else -1
            old.append(QModelIndex(index))
            new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self._pending = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    @Slot(QModelIndex, QModelIndex, "QList<int>")
    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        if self._perm is None:
            self.dataChanged.emit(self.index(top_left.row(), top_left.column()),
                                  self.index(bottom_right.row(), bottom_right.column()), list(roles or ()))
        elif self.rowCount():
            self.dataChanged.emit(self.index(0, top_left.column()),
                                  self.index(self.rowCount() - 1, bottom_right.column()), list(roles or ()))

    # --- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        sources = [self._to_source_row(index.row()) for index in old]
        self._resort()
        new = [self.index(self._from_source_row(row), index.column()) if row >= 0 else QModelIndex()
               for row, index in zip(sources, old)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def sortColumn(self) -> int:  # noqa: N802
        return self._column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        return self._order

    def _resort(self) -> None:
        source = self._source
        ascending = self._order == Qt.SortOrder.AscendingOrder
        if source is None or self._column < 0 or (self._column == int(Column.Date) and ascending):
            self._perm = self._inverse = None  # the filter's order is the date order
            return
        rows = source.visibleRows()
        if self._column == int(Column.Date):
            keys = np.arange(len(rows))
        else:
            keys = self._event_keys(self._column)[rows]
        # Stable both ways: equal keys stay in date order.
        perm = np.argsort(keys if ascending else -keys, kind="stable")
        self._perm = perm
        self._inverse = np.empty_like(perm)
        self._inverse[perm] = np.arange(len(perm))

    def _event_keys(self, column: int) -> np.ndarray:
        store = self._source.store()
        cached = self._keys.get(column)
        if cached is not None and cached[0] is store:
            return cached[1]
        events = self._source.sourceModel()
        if column == int(Column.Title):
            titles = [t.lower() for t in events.titles()]
            order = sorted(range(len(titles)), key=titles.__getitem__)
            keys = np.empty(len(titles), np.int64)
            keys[np.asarray(order, np.int64)] = np.arange(len(titles))
        else:
            keys = store.source_count_per_event()
        self._keys[column] = (store, keys)
        return keys

    def mostSources(self) -> int:  # noqa: N802
        """The most sources any event of the timeline has (the list's Sources column is fitted to it): the
        source-count sort key, made once per timeline."""
        if self._source is None or not self._source.totalCount():
            return 0
        keys = self._event_keys(int(Column.Sources))
        return int(keys.max()) if len(keys) else 0

    # --- mapping -------------------------------------------------------------------------------
    def _to_source_row(self, row: int) -> int:
        if row < 0:
            return -1
        if self._perm is None:
            return row if row < self._source.rowCount() else -1
        return int(self._perm[row]) if row < len(self._perm) else -1

    def _from_source_row(self, row: int) -> int:
        if row < 0:
            return -1
        if self._inverse is None:
            return row
        return int(self._inverse[row]) if row < len(self._inverse) else -1

    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802
        if not index.isValid() or self._source is None:
            return QModelIndex()
        row = self._to_source_row(index.row())
        return self._source.index(row, index.column()) if row >= 0 else QModelIndex()

    def mapFromSource(self, index: Index) -> QModelIndex:  # noqa: N802
        if not index.isValid():
            return QModelIndex()
        row = self._from_source_row(index.row())
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    def mapSelectionToSource(self, selection: QItemSelection) -> QItemSelection:  # noqa: N802
        mapped = QItemSelection()
        for index in selection.indexes():
            source = self.mapToSource(index)
            if source.isValid():
                mapped.select(source, source)
        return mapped

    def mapSelectionFromSource(self, selection: QItemSelection) -> QItemSelection:  # noqa: N802
        mapped = QItemSelection()
        for index in selection.indexes():
            own = self.mapFromSource(index)
            if own.isValid():
                mapped.select(own, own)
        return mapped

    # --- QAbstractTableModel -------------------------------------------------------------------
    def _row_count(self) -> int:
        # The filter model's own count: one Python call per cell mapped, not rowCount()'s three.
        return 0 if self._source is None else self._source._row_count()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        return self._source.headerData(section, orientation, role) if self._source is not None else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        source = self.mapToSource(index)
        return self._source.flags(source) if source.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._source is None:
            return None
        row = self._to_source_row(index.row())
        # Read through the filter by row and column: no model index made per painted cell.
        return self._source.data_at(row, index.column(), role) if row >= 0 else None


# The Sources column is fitted to at most this many dots; an event with more shows "+N" after them (all are
# in its tooltip).
MAX_DOTS = 8
DOTS_MARGIN = 6.0  # either side of a cell's dots


def _dot_size(metrics: QFontMetrics) -> tuple[float, float]:
    """A source dot's diameter and the gap after it, from the font: the one sum both painting and sizing use."""
    d = max(6.0, metrics.height() * 0.55)
    return d, d * 0.45


def _more_text(more: int) -> str:
    return f"+{more}"


def _dots_extent(metrics: QFontMetrics, dots: int, more: int) -> float:
    """The width `dots` dots take, then "+more" when `more` > 0, the margins either side included."""
    d, gap = _dot_size(metrics)
    width = 2 * DOTS_MARGIN + dots * d + max(0, dots - 1) * gap
    if more > 0:
        width += (gap if dots else 0.0) + metrics.horizontalAdvance(_more_text(more))
    return width


def dots_width(metrics: QFontMetrics, count: int) -> int:
    """The width SourceDotsDelegate paints `count` sources in, its margins included: up to MAX_DOTS dots, then
    "+N" for the rest."""
    shown = min(count, MAX_DOTS)
    return math.ceil(_dots_extent(metrics, shown, count - shown) - 1e-6)


def dots_shown(metrics: QFontMetrics, count: int, width: float) -> int:
    """How many of `count` dots a cell `width` wide paints (up to MAX_DOTS), room kept for "+N" after them."""
    for shown in range(min(count, MAX_DOTS), 0, -1):
        if _dots_extent(metrics, shown, count - shown) <= width + 1e-6:  # the float sum of dots_width
            return shown
    return 0


class SourceDotsDelegate(QStyledItemDelegate):
    """Paints one dot per reporting source, in its colour, instead of the names; "+N" after MAX_DOTS of them
    (or as many as the cell has room for)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colors = index.data(EventRole.SourceColors) or []
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # keep the row background and selection from the style, draw the dots ourselves
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            # The enum through the style: no QStyle import, whose enums the first paint need not build.
            style.drawControl(style.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        metrics = opt.fontMetrics
        d, gap = _dot_size(metrics)
        shown = dots_shown(metrics, len(colors), opt.rect.width())
        x = opt.rect.left() + DOTS_MARGIN
        y = opt.rect.center().y() - d / 2 + 0.5
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        outline = opt.palette.color(QPalette.ColorRole.Base)
        for color in colors[:shown]:
            painter.setPen(outline)
            painter.setBrush(color)
            painter.drawEllipse(QRectF(x, y, d, d))
            x += d + gap
        if shown < len(colors):
            selected = style is not None and bool(opt.state & style.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            painter.setPen(opt.palette.color(role))
            painter.setFont(opt.font)
            text_x = x if shown else opt.rect.left() + DOTS_MARGIN
            painter.drawText(QRectF(text_x, opt.rect.top(), opt.rect.right() + 1 - text_x, opt.rect.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             _more_text(len(colors) - shown))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        n = len(index.data(EventRole.SourceColors) or [])
        return QSize(dots_width(option.fontMetrics, n), option.fontMetrics.height() + 6)


# The titles keep at least this many em in the event list before its dates are shortened further.
TITLE_MIN_EM = 14

_MONTH_NAME = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_SAME_YEAR_RANGE = re.compile(r"^(.+) (\d{3,4}) – (.+) \2$")


def date_forms(event) -> list[str]:
    """What the date column may say of `event`, longest first: "reported on 22 January 1999", then the date
    alone ("22 January 1999": the italics still mark a date the text does not state, the tooltip says how),
    then with short month names ("22 Jan 1999"), then a range within a year naming the year once."""
    bare = human_date(event.first, event.last, event.precision)
    if getattr(event, "reported", False):
        full, bare = reported_date(event), human_date(event.first, event.first, Precision.DAY)
    elif getattr(event, "inferred", False):
        full = f"{bare} (inferred)"
    else:
        full = bare
    short = _MONTH_NAME.sub(lambda m: m.group(1)[:3], bare)
    # A range within one year names the year once: "20 May – 18 Jun 2024".
    shortest = _SAME_YEAR_RANGE.sub(r"\1 – \3 \2", short)
    # Then the dash without its spaces ("20 May–18 Jun 2024"), and at last, in a list too narrow for that, a
    # range within one year without its year ("20 May–18 Jun": the rows around it, in date order, and the
    # tooltip say the year); Qt's elision cut it to "20 May – 18 J…", the end of the range lost.
    tight = shortest.replace(" – ", "–")
    forms = [full, bare, short, shortest, tight]
    same_year = _SAME_YEAR_RANGE.match(short)
    if same_year:
        forms.append(f"{same_year.group(1)}–{same_year.group(3)}")
    return list(dict.fromkeys(forms))


class DateDelegate(QStyledItemDelegate):
    """The date column: a reported event (dated only by its article) says so, "reported on 22 March 2013",
    in italics like every date the text does not state. Where the column is too narrow for the whole text,
    the date itself is kept and the words around it go ("22 November 1989 (i…" hid the date's year)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        event = index.data(EventRole.Event)
        if event is None:
            return
        if getattr(event, "reported", False) or getattr(event, "inferred", False):
            option.font.setItalic(True)
        forms = date_forms(event)
        if option.rect.width() <= 0:  # no cell to fit (a size hint, a query): the whole text
            option.text = forms[0]
            return
        metrics = QFontMetrics(option.font)
        # The margin a style leaves each side of a cell's text (as QCommonStyle lays out an item view's text);
        # QStyle's enums through the style itself, as in main_window.
        style = option.widget.style() if option.widget is not None else None
        margin = style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1 if style else 3
        room = option.rect.width() - 2 * margin
        option.text = next((f for f in forms if metrics.horizontalAdvance(f) <= room), forms[-1])

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        # What the whole text needs (fitting the header to its contents makes room for it), not a shortened one.
        whole = QStyleOptionViewItem(option)
        whole.rect = QRect()
        return super().sizeHint(whole, index)


class EventListView(QTableView):
    """Date | Event | Sources; rows are whole-row, single selection; sorted by clicking a header."""

    # Enter on a row (the timeline's Enter edits its event, and so does a double-click here). Not Qt's
    # `activated`, which a style may emit on a single click.
    editRequested = Signal(QModelIndex)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setAccessibleName("Event list")
        self.setToolTip("Events shown by the filter; click a header to sort")
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Rows are selected whole: Tab moving cell by cell (and onto the next row, changing the selected
        # event) would trap keyboard users in the list. Tab goes on to the details, as everywhere else.
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._dots = SourceDotsDelegate(self)
        self.setItemDelegateForColumn(int(Column.Sources), self._dots)
        self._dates = DateDelegate(self)
        self.setItemDelegateForColumn(int(Column.Date), self._dates)
        self._date_users = False  # the user has set the Date column's width
        self._fitting_date = False  # the view sizing the Date column itself: not the user's width
        # Connected once here: the header outlives models, and a connection per setModel ran the slot twice.
        self.horizontalHeader().sectionResized.connect(self._section_resized)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and current.isValid() \
                and self.state() != QAbstractItemView.State.EditingState:
            event.accept()
            # The edit is of the selected event: Enter on a current row that isn't selected (the current
            # and the selection part after a filter change) would edit another event than the one it's on.
            if self.selectionModel() is not None and self.selectionModel().isRowSelected(current.row(), current.parent()):
                self.editRequested.emit(current)
            return
        if event.key() == Qt.Key.Key_Escape and plain and self.state() != QAbstractItemView.State.EditingState \
                and self.selectionModel() is not None and self.selectionModel().hasSelection():
            event.accept()
            self.selectionModel().clear()  # as in the timeline: no event selected, the details say so
            return
        super().keyPressEvent(event)

    def setModel(self, model) -> None:  # noqa: N802
        # The columns sized here are the view's doing: a later model must not make them the user's widths.
        self._fitting_date = True
        try:
            super().setModel(model)
            header = self.horizontalHeader()
            header.setHighlightSections(False)
            header.setStretchLastSection(False)
            header.setSectionResizeMode(int(Column.Date), QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(int(Column.Title), QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(int(Column.Sources), QHeaderView.ResizeMode.Fixed)
        finally:
            self._fitting_date = False
        if model is not None:
            model.modelReset.connect(self._fit_columns)  # a new timeline: its most sources an event has
        self._fit_columns()
        self.sortByColumn(int(Column.Date), Qt.SortOrder.AscendingOrder)

    @Slot()
    def _fit_columns(self) -> None:
        """Sources fitted to the most dots a row has (and its header), the date as wide as it may be beside
        TITLE_MIN_EM of the titles, the title all the rest: at 1024 px beside the Sources panel the titles
        had 97 px (the Sources column a fixed 5 lines' height, the date's margins 24 px)."""
        if self.model() is None:
            return
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._fitting_date = True
        try:
            header = self.horizontalHeader()
            header.resizeSection(int(Column.Sources), self._sources_width())
            if not self._date_users:
                header.resizeSection(int(Column.Date), self._date_width_wanted())
        finally:
            self._fitting_date = False

    def _sources_width(self) -> int:
        """The Sources column: the most dots an event has (at most MAX_DOTS: the rest are in the tooltip), or
        its header's name, whichever is wider."""
        model = self.model()
        most = model.mostSources() if hasattr(model, "mostSources") else MAX_DOTS
        header = self.horizontalHeader()
        text = str(model.headerData(int(Column.Sources), Qt.Orientation.Horizontal) or "")
        name = header.fontMetrics().horizontalAdvance(text) + 2 * self._pixel_metric(header, "PM_HeaderMargin", 4) + 2
        return max(name, dots_width(self.fontMetrics(), max(most, 1)))

    def _cell_margins(self) -> int:
        """What a cell leaves either side of its text, both sides together (as QCommonStyle lays out an item
        view's text), and a pixel of slack for rounding."""
        return 2 * (self._pixel_metric(self, "PM_FocusFrameHMargin", 2) + 1) + 2

    def _pixel_metric(self, widget: QWidget, metric: str, common: int) -> int:
        """The style's `metric` for `widget`; while the list is empty (the window's first paint) QCommonStyle's
        value `common` instead: the first touch of the style builds PySide's QStyle class, every enum in it
        (issue 10, item 5). The columns are fitted again when a timeline comes."""
        model = self.model()
        if model is None or not model.rowCount():
            return common
        style = widget.style()
        return style.pixelMetric(getattr(style.PixelMetric, metric), None, widget)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()  # the dots, the dates and the rows scale with the font

    def _short_date_width(self) -> int:
        """A month range or a day with month names shortened, the year whole ("Sep – Dec 2024")."""
        return self.fontMetrics().horizontalAdvance("Sep – Dec 2024") + self._cell_margins()

    def wholeDateWidth(self) -> int:  # noqa: N802
        """What a long date needs whole: a day with its month named ("30 September 2024") or a range of days
        within a year ("20 May – 18 Jun 2024", the delegate's shortest form of it), whichever is wider."""
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance("30 September 2024"), fm.horizontalAdvance("30 Sep – 30 Dec 2024")) \
            + self._cell_margins()

    def _date_width_wanted(self) -> int:
        """The Date column's width: a long date whole, unless that leaves the titles under TITLE_MIN_EM; then
        narrower, down to a short date (the delegate shortens month names to fit: "30 Sep 2024")."""
        fm = self.fontMetrics()
        whole = self.wholeDateWidth()
        if self.viewport().width() <= 0:
            return whole
        sources = self.horizontalHeader().sectionSize(int(Column.Sources))
        room = self.viewport().width() - sources - TITLE_MIN_EM * fm.horizontalAdvance("M")
        return max(self._short_date_width(), min(whole, room))

    def comfortableWidth(self) -> int:  # noqa: N802
        """The width at which the list shows short dates, the source dots and TITLE_MIN_EM of each title."""
        columns = (self._short_date_width() + self.horizontalHeader().sectionSize(int(Column.Sources))
                   + TITLE_MIN_EM * self.fontMetrics().horizontalAdvance("M"))
        return columns + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    @Slot(int, int, int)
    def _section_resized(self, section: int, old: int, new: int) -> None:
        if section == int(Column.Date) and not self._fitting_date:
            self._date_users = True  # dragged by its edge: kept from now on

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._date_users or self.model() is None:
            return
        # The titles give way last: a narrow list shortens its dates before it cuts every title to a word.
        self._fitting_date = True
        try:
            self.horizontalHeader().resizeSection(int(Column.Date), self._date_width_wanted())
        finally:
            self._fitting_date = False
