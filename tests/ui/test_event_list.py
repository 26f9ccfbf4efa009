"""The event list's columns: the title gets the room, the date and the source dots what they need."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics

from timeline_app.ui.event_list import dots_width
from timeline_app.ui.event_model import Column
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.text import escape

from .conftest import date_cell_option, make_sample_timeline

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _show(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.list_view.viewport().width() > 0)


def _header_name_width(view, column: Column) -> int:
    header = view.horizontalHeader()
    style = header.style()
    name = view.model().headerData(int(column), Qt.Orientation.Horizontal)
    return header.fontMetrics().horizontalAdvance(name) + 2 * style.pixelMetric(style.PixelMetric.PM_HeaderMargin,
                                                                                None, header)


def test_at_1024_px_beside_the_sources_panel_the_titles_get_the_room(qtbot, qtmodeltester, window):
    """The titles had 97 px of 286 (the Sources column a fixed 71 px for two dots, the date 118 px)."""
    _show(qtbot, window, 1024, 700)
    assert window.sources_dock.isVisible()
    view = window.list_view
    header = view.horizontalHeader()
    fm = view.fontMetrics()
    most = max(len(e.sources) for e in window.events.rowEvents())
    sources = header.sectionSize(int(Column.Sources))
    assert dots_width(fm, most) <= sources <= max(dots_width(fm, most), _header_name_width(view, Column.Sources) + 2)
    assert header.sectionSize(int(Column.Title)) >= view.viewport().width() * 0.45
    assert header.sectionSize(int(Column.Date)) >= fm.horizontalAdvance("26 Dec 1991")  # a day's date whole
    # A title cut short is whole in its tooltip, escaped (the model's tooltip, through ui/text).
    model = view.model()
    for row in range(model.rowCount()):
        title = model.index(row, int(Column.Title)).data()
        assert escape(title) in model.index(row, int(Column.Title)).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(window.list_proxy)


def test_a_font_change_refits_the_sources_column_and_the_rows(qtbot, window):
    """A bigger font (a system font change, a larger default) left the Sources column and the rows at the old
    font's size: the header read "Sour…" and the rows cut their text."""
    _show(qtbot, window, 1400, 900)
    view = window.list_view
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2.5)
    view.setFont(font)
    header = view.horizontalHeader()
    most = max(len(e.sources) for e in window.events.rowEvents())
    qtbot.waitUntil(lambda: header.sectionSize(int(Column.Sources)) >= _header_name_width(view, Column.Sources))
    assert header.sectionSize(int(Column.Sources)) >= dots_width(QFontMetrics(font), most)
    assert view.verticalHeader().defaultSectionSize() >= QFontMetrics(font).height()
    assert header.sectionSize(int(Column.Date)) >= QFontMetrics(font).horizontalAdvance("Sep – Dec 2024")


def test_a_wide_list_shows_a_range_of_days_whole(qtbot, tmp_path):
    """With the date's margins made the style's, a wide list still gives "20 May – 18 Jun 2024" its room."""
    import dataclasses
    import datetime as dt

    from timeline_app.core.model import Precision

    timeline = make_sample_timeline()
    ranged = dataclasses.replace(timeline.events[4], first=dt.date(2024, 5, 20), last=dt.date(2024, 6, 18),
                                 precision=Precision.DAY)
    timeline = dataclasses.replace(timeline, events=timeline.events[:4] + (ranged,) + timeline.events[5:])
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.applyTimeline(timeline, ["/articles"])
    _show(qtbot, w, 1440, 900)
    view = w.list_view
    option = date_cell_option(view, 4)
    assert option.text == "20 May – 18 Jun 2024"
    assert QFontMetrics(option.font).horizontalAdvance(option.text) <= option.rect.width() - 4
    w.loader.shutdown()


@pytest.mark.parametrize("point_size", [7, 8, 9, 10, 11, 12, 14, 20])
@pytest.mark.parametrize("count", [1, 2, 5, 7, 8, 9, 30])
def test_a_sources_cell_as_wide_as_dots_width_paints_every_dot_then_plus_n(qapp, point_size, count):
    """dots_width sized the cell with whole pixels (int(d), int(d * 1.45)) while the delegate painted with the
    float diameter and gap: at 9 pt a cell for 8 dots had room for 7, and the last source's dot was dropped.
    Beyond MAX_DOTS the extra sources were dropped without a sign: "+N" says how many more."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    from timeline_app.ui.event_list import MAX_DOTS, SourceDotsDelegate
    from timeline_app.ui.event_model import EventRole

    class CountingPainter(QPainter):
        def __init__(self, device) -> None:
            super().__init__(device)
            self.dots, self.texts = 0, []

        def drawEllipse(self, *args) -> None:  # noqa: N802
            self.dots += 1
            super().drawEllipse(*args)

        def drawText(self, *args) -> None:  # noqa: N802
            self.texts.append(args[-1])
            super().drawText(*args)

    font = QFont(QApplication.font())
    font.setPointSize(point_size)
    metrics = QFontMetrics(font)
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData([QColor(30 * i % 255, 90, 160) for i in range(count)], EventRole.SourceColors)
    model.appendRow(item)
    option = QStyleOptionViewItem()
    option.font, option.fontMetrics = font, metrics
    option.palette = QApplication.palette()
    option.rect = QRect(0, 0, dots_width(metrics, count), metrics.height() + 6)
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = CountingPainter(image)
    try:
        SourceDotsDelegate().paint(painter, option, model.index(0, 0))
    finally:
        painter.end()
    assert painter.dots == min(count, MAX_DOTS)
    assert painter.texts == ([f"+{count - MAX_DOTS}"] if count > MAX_DOTS else [])
