"""The event list: a sortable table of date, title and sources, the sources drawn as coloured dots.

Source names are long; in a narrow column they would elide to "Putin and Kim Fo…" and say nothing. Dots in
the sources' colours (the same ones as the source list and the timeline) fit and match; the full names are
in the tooltip and in the accessible text.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from timeline_app.core.reported import reported_date
from timeline_app.ui.event_model import Column, EventRole

Index = QModelIndex | QPersistentModelIndex


class EventSortProxyModel(QSortFilterProxyModel):
    """The event list's sort-only proxy. Rows arrive in date order already, so sorting by date ascending keeps
    the source order instead of comparing every pair of rows through `data()` (seconds at 100,000 events)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(EventRole.SortKey)
        self.setDynamicSortFilter(True)
        self._column = -1
        self._order = Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = column, order
        if column == int(Column.Date) and order == Qt.SortOrder.AscendingOrder:
            super().sort(-1)  # the source order is the date order
        else:
            super().sort(column, order)

    def sortColumn(self) -> int:
        return self._column

    def sortOrder(self) -> Qt.SortOrder:
        return self._order


class SourceDotsDelegate(QStyledItemDelegate):
    """Paints one dot per reporting source, in its colour, instead of the names."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colors = index.data(EventRole.SourceColors) or []
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # keep the row background and selection from the style, draw the dots ourselves
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        d = max(6.0, opt.fontMetrics.height() * 0.55)
        gap = d * 0.45
        x = opt.rect.left() + 6.0
        y = opt.rect.center().y() - d / 2 + 0.5
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        outline = opt.palette.color(QPalette.ColorRole.Base)
        for color in colors:
            if x + d > opt.rect.right():
                break
            painter.setPen(outline)
            painter.setBrush(color)
            painter.drawEllipse(QRectF(x, y, d, d))
            x += d + gap
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        n = len(index.data(EventRole.SourceColors) or [])
        d = max(6, int(option.fontMetrics.height() * 0.55))
        return QSize(12 + n * int(d * 1.45), option.fontMetrics.height() + 6)


class DateDelegate(QStyledItemDelegate):
    """The date column: a reported event (dated only by its article) says so, "reported on 22 March 2013",
    in italics like every date the text does not state."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        event = index.data(EventRole.Event)
        if event is not None and getattr(event, "reported", False):
            option.text = reported_date(event)
            option.font.setItalic(True)
        elif event is not None and getattr(event, "inferred", False):
            option.font.setItalic(True)


class EventListView(QTableView):
    """Date | Event | Sources; rows are whole-row, single selection; sorted by clicking a header."""

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
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._dots = SourceDotsDelegate(self)
        self.setItemDelegateForColumn(int(Column.Sources), self._dots)
        self._dates = DateDelegate(self)
        self.setItemDelegateForColumn(int(Column.Date), self._dates)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(int(Column.Date), QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(int(Column.Title), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(int(Column.Sources), QHeaderView.ResizeMode.Fixed)
        fm = self.fontMetrics()
        header.resizeSection(int(Column.Date), fm.horizontalAdvance("reported on 20 September 2024") + 12)
        header.resizeSection(int(Column.Sources), max(fm.horizontalAdvance("Sources") + 24, fm.height() * 5))
        self.sortByColumn(int(Column.Date), Qt.SortOrder.AscendingOrder)
