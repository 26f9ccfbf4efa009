"""Events dated only by their article (core/news.py): worded "reported on …" and drawn hollow with a tail."""
from __future__ import annotations

import dataclasses

import pytest

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.conftest import make_sample_timeline, proxied, timeline_view_over
from timeline_app.core.model import Mention, Timeline
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.event_list import EventListView
from timeline_app.ui.event_model import Column, EventRole
from timeline_app.ui.timeline_view import REPORTED_TAIL

WHY = "reported on 20 June 2024 in “Leaders meet in the capital”: the article gives no date for it"


def _with_reported_event() -> Timeline:
    t = make_sample_timeline()
    alpha = t.documents[0]
    start = alpha.text.index("hosted")
    sentence_start = alpha.text.rindex("\n", 0, start) + 1
    mention = Mention("alpha", start, start + 6, "hosted", sentence_start, alpha.text.index("\n", start),
                      dated=False, inferred=True)
    e7 = next(e for e in t.events if e.id == "e7")
    reported = dataclasses.replace(e7, id="r1", title="The president hosted his guest", mentions=(mention,),
                                   first=alpha.published, last=alpha.published, inferred=True, explanation=WHY,
                                   reported=True)
    others = tuple(e for e in t.events if e.id != "e7")
    return dataclasses.replace(t, events=tuple(sorted(others + (reported,), key=lambda e: (e.first, e.title))))


def _row(proxy, event_id: str) -> int:
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(EventRole.Event).id == event_id)


# The offscreen platform cannot raise() the tooltip window; that warning is about the test platform.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tooltip_says_reported_on_and_why(qtbot) -> None:
    view, _model, proxy, _sel = timeline_view_over(qtbot, _with_reported_event(), 1000, 320)
    pos = view.eventRect(_row(proxy, "r1")).center().toPoint()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert "reported on 20 June 2024" in text and "on or shortly before" in text and "(inferred)" not in text
    QToolTip.hideText()
    view.setModel(None)


def test_marker_is_hollow_with_a_tail_to_the_left(qtbot) -> None:
    view, _model, proxy, _sel = timeline_view_over(qtbot, _with_reported_event(), 1000, 320)
    marker = view.eventRect(_row(proxy, "r1"))
    solid = view.eventRect(_row(proxy, "e6"))
    assert not marker.isEmpty() and not solid.isEmpty()
    image: QImage = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def ink(x: float, y: float) -> QColor:
        return QColor(image.pixel(int(x * ratio), int(y * ratio)))

    base = view.palette().color(QPalette.ColorRole.Base)
    y = marker.center().y()
    assert ink(marker.center().x(), y) == base          # hollow
    assert ink(solid.center().x(), solid.center().y()) != base  # a stated date is a filled dot
    assert ink(marker.left() - REPORTED_TAIL / 2, y) != base  # the tail: on or shortly before
    view.setModel(None)


def test_detail_pane_and_list_word_the_date(qtbot) -> None:
    timeline = _with_reported_event()
    model, proxy, selection = proxied(timeline)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.setEventModel(model)
    pane.setSelectionModel(selection)
    selection.setCurrentIndex(proxy.index(_row(proxy, "r1"), 0),
                              QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    text = pane.toPlainText()
    assert "reported on 20 June 2024" in text and "on or shortly before" in text
    assert f"Why this date: {WHY}" in text and "(inferred)" not in text

    view = EventListView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    index = proxy.index(_row(proxy, "r1"), int(Column.Date))
    delegate = view.itemDelegateForColumn(int(Column.Date))
    from PySide6.QtWidgets import QStyleOptionViewItem
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    assert option.text == "reported on 20 June 2024" and option.font.italic()
    other = proxy.index(_row(proxy, "e6"), int(Column.Date))
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, other)
    assert option.text == "19 June 2024" and not option.font.italic()


@pytest.mark.parametrize(("event_id", "texts"), [
    # Narrower and narrower: the words around the date go first, then the month names shorten.
    ("r1", ["reported on 20 June 2024", "20 June 2024", "20 Jun 2024"]),
    ("e3", ["2000 (inferred)", "2000"]),
    ("e6", ["19 June 2024", "19 Jun 2024"]),
])
def test_a_narrow_date_column_keeps_the_date(qtbot, event_id: str, texts: list[str]) -> None:
    # "reported on 22 Janu…" and "22 November 1989 (i…": elided, the column hid the very date it is for.
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    _model, proxy, _selection = proxied(_with_reported_event())
    view = EventListView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    index = proxy.index(_row(proxy, event_id), int(Column.Date))
    delegate = view.itemDelegateForColumn(int(Column.Date))

    def shown(width: int) -> QStyleOptionViewItem:
        view.setColumnWidth(int(Column.Date), width)
        option = QStyleOptionViewItem()
        option.rect = view.visualRect(index)
        option.widget = view
        delegate.initStyleOption(option, index)
        return option

    widest = shown(400)
    metrics = QFontMetrics(widest.font)  # italic for a date the text does not state
    for text in texts:
        width = metrics.horizontalAdvance(text) + 12  # just room for this form (and the cell's margins)
        assert shown(width).text == text
    assert shown(8).text == texts[-1]  # never narrower than the shortest form: elided from there


@pytest.mark.parametrize(("first", "last", "precision", "forms"), [
    ((2024, 5, 20), (2024, 6, 18), "DAY",
     ["20 May 2024 – 18 June 2024 (inferred)", "20 May 2024 – 18 June 2024", "20 May 2024 – 18 Jun 2024",
      "20 May – 18 Jun 2024", "20 May–18 Jun 2024", "20 May–18 Jun"]),
    ((2024, 6, 1), (2024, 7, 31), "MONTH",
     ["June 2024 – July 2024 (inferred)", "June 2024 – July 2024", "Jun 2024 – Jul 2024", "Jun – Jul 2024",
      "Jun–Jul 2024", "Jun–Jul"]),
    ((2023, 12, 20), (2024, 1, 3), "DAY",  # two years: both named
     ["20 December 2023 – 3 January 2024 (inferred)", "20 December 2023 – 3 January 2024",
      "20 Dec 2023 – 3 Jan 2024", "20 Dec 2023–3 Jan 2024"]),
    ((1950, 1, 1), (1953, 12, 31), "YEAR", ["1950–1953 (inferred)", "1950–1953"]),
])
def test_date_forms_of_an_inferred_range(first, last, precision, forms) -> None:
    import datetime as dt

    from timeline_app.core.model import Precision
    from timeline_app.ui.event_list import date_forms

    t = make_sample_timeline()
    event = dataclasses.replace(t.events[0], first=dt.date(*first), last=dt.date(*last),
                                precision=Precision[precision], inferred=True, period=False)
    assert date_forms(event) == forms
