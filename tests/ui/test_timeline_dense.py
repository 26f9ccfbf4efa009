"""TimelineView with far more events on screen than lanes could label: a histogram of columns that zoom in."""
from __future__ import annotations

import collections
import datetime as dt
import random

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.conftest import timeline_view_over
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.ui.event_model import Column, EventRole
from timeline_app.ui.timeline_view import TimelineView

N_EVENTS = 3000


def _crowded_timeline() -> Timeline:
    rnd = random.Random(11)
    text = "Something happened on that day."
    doc = Document(id="wire", path="/articles/wire.txt", text=text, title="Wire", published=dt.date(2021, 1, 1),
                   sentences=(Sentence(0, len(text)),))
    mention = Mention("wire", 22, 30, text[22:30], 0, len(text))
    first_day = dt.date(1990, 1, 1).toordinal()
    events = []
    for k in range(N_EVENTS):
        day = dt.date.fromordinal(first_day + rnd.randrange(30 * 365))
        events.append(Event(id=f"e{k}", title=f"Happening number {k}", first=day, last=day,
                            precision=Precision.DAY, mentions=(mention,), sentence=text))
    events.sort(key=lambda e: (e.first, e.id))
    return Timeline(documents=(doc,), events=tuple(events))


@pytest.fixture
def crowded(qtbot):
    view, _, proxy, selection = timeline_view_over(qtbot, _crowded_timeline(), 900, 300)
    yield view, proxy, selection
    view.setModel(None)


def _columns(view: TimelineView, rows: range) -> dict[tuple, list[int]]:
    by_rect: dict[tuple, list[int]] = collections.defaultdict(list)
    for row in rows:
        rect = view.eventRect(row)
        if not rect.isEmpty():
            by_rect[rect.getRect()].append(row)
    return by_rect


def test_fit_all_bins_every_event_into_one_column(crowded) -> None:
    view, proxy, _ = crowded
    columns = _columns(view, range(proxy.rowCount()))
    assert sum(len(rows) for rows in columns.values()) == N_EVENTS  # each event is in exactly one column
    assert 20 < len(columns) <= 900 / 8 + 2
    for rect_tuple, rows in columns.items():
        rect = QRectF(*rect_tuple)
        assert rect.width() <= 8  # a histogram column, not a cluster pill
        assert view.eventAt(rect.center()) is None  # a column is not an event
        # Columns sit side by side in date order.
        days = [proxy.index(r, 0).data(EventRole.Event).first for r in rows]
        assert max(days) - min(days) < dt.timedelta(days=30 * 365 / 20)
    lefts = sorted(columns, key=lambda r: r[0])
    for a, b in zip(lefts, lefts[1:]):
        assert a[0] + a[2] <= b[0] + 1e-6


# The offscreen platform cannot raise() the tooltip window; that warning is about the test platform.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_column_tooltip_counts_and_click_zooms_into_it(qtbot, crowded) -> None:
    view, proxy, selection = crowded
    columns = _columns(view, range(proxy.rowCount()))
    rect_tuple, rows = max(columns.items(), key=lambda item: len(item[1]))
    rect = QRectF(*rect_tuple)
    pos = rect.center().toPoint()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    assert f"{len(rows)} events" in QToolTip.text()
    QToolTip.hideText()

    days = sorted(proxy.index(r, 0).data(EventRole.Event).first for r in rows)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    first, last = view.visibleRange()
    assert first <= days[0] and last >= days[-1]
    assert (last - first).days < 365  # from thirty years to the column's few weeks
    assert selection.selectedRows() == []
    # Zoomed in, the column's events are laid out in lanes again: each drawn alone or in a smaller cluster.
    for row in rows:
        marker = view.eventRect(row)
        assert not marker.isEmpty()
        if view.eventAt(marker.center()) == row:
            continue
        pos = marker.center().toPoint()
        QApplication.sendEvent(view.viewport(),
                               QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
        count = int(QToolTip.text().split("<b>")[1].split(" events")[0])
        QToolTip.hideText()
        assert 2 <= count < len(rows)


def test_end_key_zooms_until_the_last_event_is_drawn_on_its_own(qtbot, crowded) -> None:
    view, proxy, selection = crowded
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    last = proxy.rowCount() - 1
    assert selection.currentIndex().row() == last
    assert view.eventAt(view.eventRect(last).center()) == last


def test_selection_from_elsewhere_highlights_its_column(crowded) -> None:
    view, proxy, selection = crowded
    row = proxy.rowCount() // 2
    column = view.eventRect(row)
    before = view.visibleRange()
    selection.setCurrentIndex(proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)
    assert view.visibleRange() == before and view.eventRect(row) == column  # the overview stays
    image = view.viewport().grab().toImage()
    centre = column.center().toPoint()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert image.pixelColor(centre) == highlight
    other = next(r for r in range(proxy.rowCount()) if view.eventRect(r) != column)
    assert image.pixelColor(view.eventRect(other).center().toPoint()) != highlight


def test_filtering_down_to_few_events_brings_the_labels_back(qtbot, crowded) -> None:
    view, proxy, _ = crowded
    proxy.setFilterKeyColumn(int(Column.Title))
    proxy.setFilterRegularExpression(r"number 12\d$")
    assert proxy.rowCount() == 10
    view.fitAll()
    for row in range(proxy.rowCount()):
        rect = view.eventRect(row)
        assert not rect.isEmpty()
        assert view.eventAt(rect.center()) in (row, None)  # drawn alone, or in a small cluster
    assert any(not view.labelRect(row).isEmpty() for row in range(proxy.rowCount()))


def test_zoom_in_from_the_histogram_keeps_the_selected_event_in_view(qtbot, crowded) -> None:
    # Chosen in the list, an event of a histogram column stayed highlighted, but + zoomed at the centre of the
    # view: after a few presses the chosen event was decades off screen.
    view, proxy, selection = crowded
    row = proxy.rowCount() // 10  # early in the 30 years: far left of the centre
    selection.setCurrentIndex(proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)
    assert view._ensure_frame().dense
    day = proxy.index(row, 0).data(EventRole.Event).first
    x = view.scale().x_of(day)
    for _ in range(12):
        view.zoomIn()
    first, last = view.visibleRange()
    assert first <= day <= last
    assert not view.eventRect(row).isEmpty()
    assert abs(view.scale().x_of(day) - x) < view.scale().px_per_day + 1


def test_labels_are_measured_ahead_while_the_histogram_shows(qtbot, crowded) -> None:
    """The keystroke that first filters the histogram down to labelled lanes measures no label then: they were
    measured in idle time while the histogram showed (it measured every label on screen at once: a stall)."""
    view, proxy, _ = crowded
    assert view._ensure_frame().dense
    qtbot.waitUntil(lambda: not view.isMeasuringAhead())
    measured = len(view._text_widths._widths)
    assert measured >= N_EVENTS  # every title on screen (a few also shortened)
    proxy.setFilterKeyColumn(int(Column.Title))
    proxy.setFilterRegularExpression(r"number 1\d\d$")
    view.fitAll()
    frame = view._ensure_frame()
    assert not frame.dense and frame.placed
    assert len(view._text_widths._widths) == measured  # nothing measured for this frame


def test_measuring_ahead_stops_when_the_rows_change(qtbot, crowded) -> None:
    view, proxy, _ = crowded
    view._warm_rows = list(range(N_EVENTS))  # as if just started
    view._warm_timer.start()
    proxy.setFilterKeyColumn(int(Column.Title))
    proxy.setFilterRegularExpression(r"number 7$")
    assert not view.isMeasuringAhead() and not view._warm_rows


def test_measuring_ahead_stops_at_a_full_text_cache_rather_than_empty_it(qtbot, crowded) -> None:
    """The text cache empties itself when it is full and one more text is measured: measuring ahead up to it
    threw away what earlier frames had measured. It stops there instead; and it is only tried for as many
    events as the cache holds at four texts a title (it tried 20,000 into a cache of 50,000)."""
    from PySide6.QtGui import QFontMetricsF

    from timeline_app.ui import timeline_view

    assert timeline_view.WARM_LABELS_MAX * 4 <= timeline_view._TextWidths.LIMIT
    view, _, _ = crowded
    assert view._ensure_frame().dense
    qtbot.waitUntil(lambda: not view.isMeasuringAhead())
    widths = view._text_widths
    view._measure(QFontMetricsF(view._fonts()[0]))  # the font the labels are measured in
    earlier = {f"measured by an earlier frame {i}": float(i) for i in range(100)}
    widths._widths = dict(earlier)
    view._labels.clear()  # every label to measure again
    widths.LIMIT = len(earlier) + N_EVENTS // 2  # full halfway through
    view._warm_rows = list(range(N_EVENTS))
    view._warm_timer.start()
    qtbot.waitUntil(lambda: not view.isMeasuringAhead())
    assert not view._warm_rows
    assert len(widths._widths) == widths.LIMIT
    assert all(widths._widths.get(text) == width for text, width in earlier.items())
    # A frame's own measuring still makes room for what it shows.
    assert widths.measure("a text measured for a frame") > 0
    assert "a text measured for a frame" in widths._widths
