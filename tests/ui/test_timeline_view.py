"""TimelineView over the sample timeline, through a plain QSortFilterProxyModel and a shared selection."""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, QPointF, QRectF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from timeline_app.core.layout import day_of
from timeline_app.core.model import Timeline
from timeline_app.ui.event_model import Column, EventRole, EventTableModel, source_color
from timeline_app.ui.timeline_view import TimelineView
from tests.ui.conftest import timeline_view_over

IDS = ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]


@dataclasses.dataclass
class Setup:
    view: TimelineView
    model: EventTableModel
    proxy: QSortFilterProxyModel
    selection: QItemSelectionModel


@pytest.fixture
def setup(qtbot, sample_timeline: Timeline) -> Setup:
    view, model, proxy, selection = timeline_view_over(qtbot, sample_timeline, 1000, 320)
    yield Setup(view, model, proxy, selection)
    view.setModel(None)


def _selected_ids(s: Setup) -> list[str]:
    return [i.data(EventRole.Event).id for i in s.selection.selectedRows()]


def _current_id(s: Setup) -> str | None:
    index = s.selection.currentIndex()
    return index.data(EventRole.Event).id if index.isValid() else None


def _row_of(s: Setup, event_id: str) -> int:
    for row in range(s.proxy.rowCount()):
        if s.proxy.index(row, 0).data(EventRole.Event).id == event_id:
            return row
    raise KeyError(event_id)


def _screen(view: TimelineView) -> QRectF:
    return QRectF(view.viewport().rect())


def _wheel(view: TimelineView, pos: QPointF, delta: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    event = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt.MouseButton.NoButton,
                        modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def _mouse(view: TimelineView, kind: QEvent.Type, pos: QPointF, buttons) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


# --- selection ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("event_id", IDS)
def test_clicking_an_event_selects_its_row(qtbot, setup: Setup, event_id: str) -> None:
    row = _row_of(setup, event_id)
    rect = setup.view.eventRect(row)
    assert not rect.isEmpty() and _screen(setup.view).contains(rect.center())
    assert setup.view.eventAt(rect.center()) == row
    qtbot.mouseClick(setup.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert _selected_ids(setup) == [event_id]
    assert _current_id(setup) == event_id
    assert setup.selection.currentIndex().column() == 0


def test_clicking_a_label_selects_and_empty_space_clears(qtbot, setup: Setup) -> None:
    row = _row_of(setup, "e2")
    label = setup.view.labelRect(row)
    assert not label.isEmpty()
    qtbot.mouseClick(setup.view.viewport(), Qt.MouseButton.LeftButton, pos=label.center().toPoint())
    assert _selected_ids(setup) == ["e2"]
    empty = QPoint(setup.view.viewport().width() // 2, setup.view.viewport().height() - 10)
    assert setup.view.eventAt(empty) is None
    qtbot.mouseClick(setup.view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert _selected_ids(setup) == []


def test_keyboard_moves_the_selection_in_date_order(qtbot, setup: Setup) -> None:
    # Sorting the proxy by title reorders its rows: Left/Right must still follow dates.
    setup.proxy.sort(int(Column.Title), Qt.SortOrder.AscendingOrder)
    view = setup.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert _selected_ids(setup) == ["e1"]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert _selected_ids(setup) == ["e3"]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert _selected_ids(setup) == ["e7"]
    qtbot.keyClick(view, Qt.Key.Key_Right)  # stays on the last
    assert _selected_ids(setup) == ["e7"]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert _selected_ids(setup) == ["e6"]
    view.selectFirst()
    view.selectPrevious()  # stays on the first
    assert _current_id(setup) == "e1"
    view.selectLast()
    assert _current_id(setup) == "e7"


def test_selection_from_elsewhere_is_scrolled_into_view(qtbot, setup: Setup) -> None:
    view = setup.view
    view.setVisibleRange(dt.date(1950, 1, 1), dt.date(1955, 12, 31))
    row = _row_of(setup, "e6")
    assert view.eventRect(row).isEmpty()
    setup.selection.setCurrentIndex(setup.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.waitUntil(lambda: _screen(view).contains(view.eventRect(row)) and not view.eventRect(row).isEmpty())
    first, last = view.visibleRange()
    assert first <= dt.date(2024, 6, 19) <= last


# --- zoom and fit ------------------------------------------------------------------------------------
def test_fit_all_shows_every_event(qtbot, setup: Setup) -> None:
    view = setup.view
    view.setVisibleRange(dt.date(2024, 6, 17), dt.date(2024, 6, 23))
    assert view.eventRect(_row_of(setup, "e1")).isEmpty()
    with qtbot.waitSignal(view.visibleRangeChanged) as blocker:
        view.fitAll()
    first, last = view.visibleRange()
    assert blocker.args == [first, last]
    assert first <= dt.date(1950, 1, 1) and last >= dt.date(2024, 6, 20)
    screen = _screen(view)
    rects = [view.eventRect(row) for row in range(setup.proxy.rowCount())]
    assert all(not r.isEmpty() and screen.contains(r) for r in rects)
    # Each event is drawn on its own (no clusters at this size), labels included.
    assert len({(r.x(), r.y()) for r in rects}) == len(rects)
    assert all(screen.contains(view.labelRect(row)) for row in range(setup.proxy.rowCount()))


def test_ctrl_wheel_zoom_keeps_the_date_under_the_cursor(setup: Setup) -> None:
    view = setup.view
    for x, delta in ((200.0, 120), (731.5, 240), (400.0, -120)):
        before = view.scale()
        day = before.day_at(x)
        _wheel(view, QPointF(x, 150), delta, Qt.KeyboardModifier.ControlModifier)
        after = view.scale()
        assert (after.px_per_day > before.px_per_day) == (delta > 0)
        assert after.day_at(x) == pytest.approx(day, abs=1e-6 * max(1.0, 1 / after.px_per_day))


def test_plain_wheel_scrolls_in_time(setup: Setup) -> None:
    view = setup.view
    before = view.scale()
    _wheel(view, QPointF(300, 150), -120)  # wheel down: later
    after = view.scale()
    assert after.px_per_day == before.px_per_day and after.start > before.start


def test_keys_zoom_and_fit(qtbot, setup: Setup) -> None:
    view = setup.view
    view.setFocus()
    ppd = view.scale().px_per_day
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale().px_per_day == pytest.approx(ppd * 1.5)
    qtbot.keyClick(view, Qt.Key.Key_Equal)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale().px_per_day == pytest.approx(ppd * 1.5)
    view.zoomIn()
    view.zoomOut()
    view.zoomOut()
    assert view.scale().px_per_day == pytest.approx(ppd)
    view.zoomIn()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.scale().px_per_day == pytest.approx(ppd)


def test_dragging_pans_without_selecting(setup: Setup) -> None:
    view = setup.view
    before = view.scale()
    start, end = QPointF(500, 250), QPointF(620, 250)
    assert view.eventAt(start) is None
    _mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseMove, QPointF(560, 250), Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    after = view.scale()
    # The content followed the mouse 120 px to the right: the same date is now under `end`.
    assert after.day_at(end.x()) == pytest.approx(before.day_at(start.x()))
    assert _selected_ids(setup) == []


def test_clicking_a_cluster_zooms_into_it(qtbot, setup: Setup) -> None:
    view = setup.view
    # Too short for three lanes: the three June 2024 events collapse into one counted cluster.
    view.resize(700, 90)
    qtbot.waitUntil(lambda: view.viewport().height() <= 90)
    view.fitAll()
    rows = [_row_of(setup, i) for i in ("e5", "e6", "e7")]
    rects = [view.eventRect(r) for r in rows]
    assert not rects[0].isEmpty() and rects[0] == rects[1] == rects[2]
    assert view.eventAt(rects[0].center()) is None  # a cluster is not an event
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rects[0].center().toPoint())
    first, last = view.visibleRange()
    assert first <= dt.date(2024, 6, 13) and last >= dt.date(2024, 6, 20)
    assert (last - first).days < 120
    assert _selected_ids(setup) == []


# --- following the model ------------------------------------------------------------------------------
def test_filtering_out_rows_removes_them_from_the_view(qtbot, setup: Setup) -> None:
    view = setup.view
    g7 = view.eventRect(_row_of(setup, "e5")).center()
    assert view.eventAt(g7) == _row_of(setup, "e5")
    setup.proxy.setFilterKeyColumn(int(Column.Title))
    setup.proxy.setFilterFixedString("Treaty")
    assert setup.proxy.rowCount() == 2
    assert view.eventAt(g7) is None or setup.proxy.index(view.eventAt(g7), 0).data(EventRole.Event).id != "e5"
    shown = [setup.proxy.index(r, 0).data(EventRole.Event).id for r in range(setup.proxy.rowCount())
             if not view.eventRect(r).isEmpty()]
    assert shown == ["e2", "e4"]
    assert view.eventRect(5).isEmpty()  # no such row any more
    # Clicking still maps to proxy rows.
    row = _row_of(setup, "e4")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.eventRect(row).center().toPoint())
    assert _selected_ids(setup) == ["e4"]
    setup.proxy.setFilterFixedString("")
    assert all(not view.eventRect(r).isEmpty() for r in range(7))


def test_a_new_timeline_is_fitted(setup: Setup, sample_timeline: Timeline) -> None:
    view = setup.view
    view.setVisibleRange(dt.date(1950, 1, 1), dt.date(1951, 1, 1))
    later = tuple(dataclasses.replace(e, first=e.first.replace(year=e.first.year + 100),
                                      last=e.last.replace(year=e.last.year + 100)) for e in sample_timeline.events)
    setup.model.set_timeline(dataclasses.replace(sample_timeline, events=later))
    first, last = view.visibleRange()
    assert first <= dt.date(2050, 1, 1) and last >= dt.date(2124, 6, 20)
    assert all(not view.eventRect(r).isEmpty() for r in range(7))
    setup.model.set_timeline(Timeline())
    assert view.eventRect(0).isEmpty() and view.eventAt(QPointF(100, 100)) is None
    view.grab()


# --- drawing ------------------------------------------------------------------------------------------
def _overlap(a: QRectF, b: QRectF) -> bool:
    return a.intersects(b) and a.intersected(b).width() > 0.5 and a.intersected(b).height() > 0.5


@pytest.mark.parametrize("window", [None, (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
                                    (dt.date(2024, 6, 10), dt.date(2024, 6, 23))])
def test_labels_do_not_overlap(setup: Setup, window) -> None:
    view = setup.view
    if window is not None:
        view.setVisibleRange(*window)
    drawn = [r for r in range(setup.proxy.rowCount()) if not view.labelRect(r).isEmpty()]
    assert len(drawn) >= 3
    shapes = {r: [view.labelRect(r), view.eventRect(r)] for r in drawn}
    for a, b in itertools.combinations(drawn, 2):
        for ra in shapes[a]:
            for rb in shapes[b]:
                assert not _overlap(ra, rb), (a, b, ra, rb)


def test_korean_war_is_a_band_and_days_are_points(setup: Setup) -> None:
    view = setup.view
    view.setVisibleRange(dt.date(1948, 1, 1), dt.date(1956, 12, 31))
    band = view.eventRect(_row_of(setup, "e1"))
    scale = view.scale()
    assert band.width() == pytest.approx(scale.x_of(dt.date(1954, 1, 1)) - scale.x_of(dt.date(1950, 1, 1)), abs=1)
    view.setVisibleRange(dt.date(2024, 6, 17), dt.date(2024, 6, 23))
    point = view.eventRect(_row_of(setup, "e6"))
    assert point.width() == point.height() < 15
    assert point.center().x() == pytest.approx(view.scale().x_of_day(day_of(dt.date(2024, 6, 19)) + 0.5))


# The offscreen platform cannot raise() the tooltip window; that warning is about the test platform.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tooltip_describes_the_event_safely(qtbot, setup: Setup) -> None:
    view = setup.view
    rect = view.eventRect(_row_of(setup, "e6"))
    pos = rect.center().toPoint()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert "19 June 2024" in text and "President hosts his guest in the capital" in text
    assert "Leaders meet in the capital" in text
    # Source titles are text, never markup.
    assert "&lt;b&gt;replaces&lt;/b&gt;" in text and "<b>replaces" not in text
    QToolTip.hideText()


@pytest.mark.parametrize("dark", [False, True])
def test_grab_renders_at_every_zoom_without_warnings(setup: Setup, dark: bool) -> None:
    view = setup.view
    if dark:
        palette = QPalette(view.palette())
        for role, color in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                            (QPalette.ColorRole.Window, "#2b2b2b")):
            palette.setColor(role, QColor(color))
        view.setPalette(palette)
    view.setMarkers([(dt.date(2024, 6, 20), "Leaders meet in the capital", source_color(0)),
                     (dt.date(2024, 6, 21), "Summit season", source_color(2)),
                     (dt.date(2024, 6, 22), "Today", QColor("red"))])
    setup.selection.setCurrentIndex(setup.proxy.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
    for window in (None, (dt.date(1, 1, 1), dt.date(9999, 12, 31)), (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
                   (dt.date(2024, 6, 17), dt.date(2024, 6, 23)), (dt.date(2024, 6, 19), dt.date(2024, 6, 19))):
        if window is None:
            view.fitAll()
        else:
            view.setVisibleRange(*window)
        image = view.grab().toImage()
        assert not image.isNull() and image.width() >= 1000
        # Something is drawn besides the background (axis, grid, markers, events).
        background = view.palette().color(QPalette.ColorRole.Base).rgb()
        assert any(image.pixel(x, y) != background for x in range(0, 1000, 7) for y in range(0, 300, 7))


def test_widget_is_accessible_and_focusable(setup: Setup) -> None:
    view = setup.view
    assert view.accessibleName() and view.toolTip()
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.selectionModel() is setup.selection


def test_keyboard_selection_zooms_into_a_cluster_but_outside_selection_does_not(qtbot, setup: Setup) -> None:
    view = setup.view
    view.resize(700, 90)
    qtbot.waitUntil(lambda: view.viewport().height() <= 90)
    view.fitAll()
    row = _row_of(setup, "e6")
    cluster = view.eventRect(row)
    assert cluster == view.eventRect(_row_of(setup, "e7"))
    # Selected from the list: the cluster is highlighted, the overview stays.
    setup.selection.setCurrentIndex(setup.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
    assert view.eventRect(row) == cluster
    view.grab()
    # Stepping with the keyboard goes to the event itself.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    last = _row_of(setup, "e7")
    assert _selected_ids(setup) == ["e7"]
    assert view.eventAt(view.eventRect(last).center()) == last


def test_many_publication_dates_become_a_density_strip(setup: Setup) -> None:
    view = setup.view
    start = dt.date(2010, 1, 1)
    many = [(start + dt.timedelta(days=k // 2), f"Source {k}", source_color(k)) for k in range(12000)]
    view.setMarkers(many)
    view.setVisibleRange(dt.date(2010, 1, 1), dt.date(2023, 12, 31))
    frame = view._ensure_frame()
    # Thousands of lines and labels would cost every frame their number: counted per column instead.
    assert frame.markers == [] and frame.marker_density
    days_on_screen = sum(1 for day, _, _ in many if view.visibleRange()[0] <= day <= view.visibleRange()[1])
    assert sum(c for _, _, c in frame.marker_density) == days_on_screen
    assert all(x1 - x0 == 8.0 and c > 0 for x0, x1, c in frame.marker_density)
    assert not view.grab().toImage().isNull()
    # Zoomed in to a week, the few left on screen are lines with labels again.
    view.setVisibleRange(dt.date(2024, 6, 17), dt.date(2024, 6, 23))
    frame = view._ensure_frame()
    assert not frame.marker_density and 10 <= len(frame.markers) <= 20  # two a day


def _one_day_crowd(n: int) -> Timeline:
    """`n` events on 19 June 2024 and one in 1950: fitted, the crowd is one cluster of `n`."""
    from timeline_app.core.model import Document, Event, Mention, Precision, Sentence

    text = "It happened on June 19, 2024."
    doc = Document(id="wire", path="/articles/wire.txt", text=text, title="Wire", published=None,
                   sentences=(Sentence(0, len(text)),))
    mention = Mention("wire", 15, 28, text[15:28], 0, len(text))
    day = dt.date(2024, 6, 19)
    events = [Event(id="old", title="Long ago", first=dt.date(1950, 1, 1), last=dt.date(1950, 1, 1),
                    precision=Precision.DAY, mentions=(mention,), sentence=text)]
    events += [Event(id=f"e{k:03}", title=f"Happening {k}", first=day, last=day, precision=Precision.DAY,
                     mentions=(mention,), sentence=text) for k in range(n)]
    return Timeline(documents=(doc,), events=tuple(events))


@pytest.mark.parametrize("count", [9, 42, 151, 998])  # with the old event, 999 on screen: 1000 make a histogram
def test_a_cluster_is_wide_enough_to_show_its_count(qtbot, count: int) -> None:
    # A 22 px pill was painted without its count once the count had three digits: an empty circle.
    view, _, proxy, _ = timeline_view_over(qtbot, _one_day_crowd(count), 700, 160)
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(EventRole.Event).id == "e000")
    pill = view.eventRect(row)
    assert view.eventRect(row + 1) == pill  # collapsed together
    bold = QFont(view.font())
    bold.setBold(True)
    # What painting needs to draw the count (see TimelineView._paint_clusters), inside the viewport.
    assert pill.width() >= QFontMetricsF(bold).horizontalAdvance(str(count)) + 8
    assert _screen(view).contains(pill)
    view.setModel(None)


@pytest.mark.parametrize("event_id", IDS)
def test_selecting_an_event_already_on_screen_keeps_the_view(qtbot, setup: Setup, event_id: str) -> None:
    # Fitted, every event is on screen: choosing one in the list must not move the timeline (the Korean War at
    # the left edge used to jump to the middle, leaving decades of empty axis on the left).
    view = setup.view
    fitted = view.visibleRange()
    row = _row_of(setup, event_id)
    assert _screen(view).contains(view.eventRect(row))
    setup.selection.setCurrentIndex(setup.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
    assert _selected_ids(setup) == [event_id]
    assert view.visibleRange() == fitted


@pytest.mark.parametrize("event_id", ["e6", "e7"])
def test_zooming_in_keeps_a_selected_event_in_a_cluster_on_screen(qtbot, setup: Setup, event_id: str) -> None:
    # Chosen in the list, a crowded event shows as its highlighted cluster; Zoom In (+) used to zoom at the
    # middle of the view and push that cluster off the right edge.
    view = setup.view
    view.resize(700, 90)
    qtbot.waitUntil(lambda: view.viewport().height() <= 90)
    view.fitAll()
    row = _row_of(setup, event_id)
    assert view.eventRect(row) == view.eventRect(_row_of(setup, "e5"))  # collapsed together
    setup.selection.setCurrentIndex(setup.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
    day = day_of(dt.date(2024, 6, 19 if event_id == "e6" else 20)) + 0.5
    x = view.scale().x_of_day(day)
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
        assert view.scale().x_of_day(day) == pytest.approx(x)  # the event's date stays under the same pixel
        assert _screen(view).contains(view.eventRect(row))


@pytest.mark.parametrize(("first", "last", "named"), [
    (dt.date(2024, 6, 19), dt.date(2024, 6, 20), ("19", "20")),  # zoomed in to hours across a midnight
    (dt.date(2024, 5, 31), dt.date(2024, 6, 1), ("31", "1", "May", "June")),  # and across a month's end
])
def test_zoomed_in_the_axis_names_the_days_on_screen(setup: Setup, first, last, named) -> None:
    # Day labels were centred in the whole day: at the deepest zoom both halves of the screen showed a day
    # whose middle was off screen, and no day was named at all.
    view = setup.view
    view.setVisibleRange(first, last)
    for _ in range(12):  # at the middle of the range: the boundary between the two named cells
        view.zoomIn()
    screen = _screen(view)
    labels = view.axisLabels()
    for name in named:
        shown = [rect for label, rect in labels if name in label.split()]
        assert shown and any(screen.contains(rect) for rect in shown), (name, labels)
    # Labels of one row never overlap.
    for (a_label, a), (b_label, b) in itertools.combinations(labels, 2):
        if a.top() == b.top():
            assert not a.intersects(b), (a_label, b_label)


def test_fit_all_frames_the_events_not_the_room_for_their_labels(qtbot, setup: Setup) -> None:
    view = setup.view
    events = [setup.proxy.index(row, 0).data(EventRole.Event) for row in range(setup.proxy.rowCount())]
    first_day = min(e.first for e in events)
    last_day = max(e.last for e in events)
    view.setVisibleRange(dt.date(2024, 6, 17), dt.date(2024, 6, 23))
    with qtbot.waitSignal(view.visibleRangeChanged):
        view.fitAll()
    first, last = view.visibleRange()
    span = (last_day - first_day).days
    # A small margin each side (the view ran on for a third of its width after the last event, for labels).
    assert first <= first_day and (first_day - first).days <= 0.05 * span
    assert last >= last_day and (last - last_day).days <= 0.05 * span, (first, last)
    # The last events' labels are still read whole: they go before their markers.
    screen = _screen(view)
    assert all(screen.contains(view.labelRect(row)) for row in range(setup.proxy.rowCount()))


def test_a_marker_off_screen_has_no_label_cut_at_the_edge(setup: Setup) -> None:
    view = setup.view
    view.setVisibleRange(dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    view.setMarkers([(dt.date(2024, 6, 20), "Leaders meet in the capital", source_color(0)),
                     (dt.date(2024, 7, 2), "Today", QColor("red"))])  # a few pixels past the right edge
    frame = view._ensure_frame()
    assert [text for _, text, *_ in frame.markers] == ["Leaders meet in the capital"]
    width = _screen(view).width()
    assert all(0 <= left and left + w <= width for _, _, w, _, _, left in frame.markers)


def test_fit_all_in_a_narrow_view_keeps_at_most_an_eighth_for_labels(qtbot, setup: Setup) -> None:
    # Labels too long for either side of their markers ran the view on for a third of its width (2080 for a
    # timeline ending in 2025).
    view = setup.view
    view.resize(420, 320)
    qtbot.waitUntil(lambda: view.viewport().width() <= 420)
    view.fitAll()
    last_day = max(setup.proxy.index(row, 0).data(EventRole.Event).last for row in range(setup.proxy.rowCount()))
    scale = view.scale()
    assert scale.width - scale.x_of_day(day_of(last_day) + 1.0) <= scale.width / 8 + 1


def _june_view_and_label_side(setup: Setup):
    """June 2024 on screen; the view, the row of "He flies on to Hanoi" (June 20: its label after its marker,
    mid-screen), and a test of whether its label stands before its marker."""
    view = setup.view
    view.setVisibleRange(dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    row = _row_of(setup, "e7")

    def before() -> bool:
        assert not view.labelRect(row).isEmpty()
        return view.labelRect(row).center().x() < view.eventRect(row).center().x()
    return view, row, before


def test_panning_to_and_fro_near_the_right_edge_moves_a_label_to_the_other_side_once(setup: Setup) -> None:
    # A label that would run past the right edge goes before its marker; it flipped back and forth at every few
    # pixels as a hand panned to and fro there.
    view, row, before = _june_view_and_label_side(setup)

    x, y = 500.0, 250.0
    sides = [before()]
    _mouse(view, QEvent.Type.MouseButtonPress, QPointF(x, y), Qt.MouseButton.LeftButton)

    def pan(steps: int, step: float) -> None:
        nonlocal x
        for _ in range(steps):
            x += step
            _mouse(view, QEvent.Type.MouseMove, QPointF(x, y), Qt.MouseButton.LeftButton)
            sides.append(before())

    assert not sides[0]
    while not sides[-1] and x < 800:  # the content follows the mouse right until the label goes before
        pan(1, 4.0)
    assert sides[-1], "the label never went before its marker"
    for _ in range(3):  # then to and fro by 24 px
        pan(6, -4.0)
        pan(6, 4.0)
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, y), Qt.MouseButton.NoButton)
    changes = sum(a != b for a, b in itertools.pairwise(sides))
    assert changes == 1, sides
    # Panning on, it has room to spare after its marker and goes back there.
    view.setVisibleRange(dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert not before()


@pytest.mark.parametrize("wheel_delta", [3, 8])  # a touchpad's small zoom steps (120 is a mouse wheel notch)
def test_zooming_to_and_fro_near_the_right_edge_moves_a_label_to_the_other_side_once(setup: Setup,
                                                                                    wheel_delta: int) -> None:
    # Which side of its marker a label was on is kept across zooms as across pans: forgotten at each zoom step,
    # a label near the edge changed side (and lane) at every step of a touchpad zooming to and fro.
    view, row, before = _june_view_and_label_side(setup)

    def zoom(delta: int) -> None:
        _wheel(view, QPointF(100.0, 150.0), delta, Qt.KeyboardModifier.ControlModifier)

    x, y = 500.0, 250.0
    _mouse(view, QEvent.Type.MouseButtonPress, QPointF(x, y), Qt.MouseButton.LeftButton)
    while not before() and x < 800:  # pan right until the label goes before its marker
        x += 4.0
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, y), Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, y), Qt.MouseButton.NoButton)
    assert before(), "the label never went before its marker"
    sides = [True]
    while sides[-1] and len(sides) < 200:  # zoom out (the marker moves left) until it goes back after
        zoom(-wheel_delta)
        sides.append(before())
    assert not sides[-1], "the label never went back after its marker"
    for _ in range(3):  # then to and fro
        for delta in (wheel_delta, wheel_delta, -wheel_delta, -wheel_delta):
            zoom(delta)
            sides.append(before())
    changes = sum(a != b for a, b in itertools.pairwise(sides))
    assert changes == 1, sides


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_publication_label_hangs_from_the_axis_above_the_events(qtbot, sample_timeline: Timeline) -> None:
    # In a tall view the label sat alone at the very bottom, far below the lanes, and read as one more event.
    view, _, proxy, _ = timeline_view_over(qtbot, sample_timeline, 1200, 700)
    view.setMarkers([(dt.date(2024, 6, 20), "Published: Leaders <b>meet</b> in the capital", source_color(0))])
    labels = view.markerLabelRects()
    assert [i for i, _ in labels] == [0]
    label = labels[0][1]
    events = [view.eventRect(row) for row in range(proxy.rowCount())]
    events = [r for r in events if not r.isEmpty()]
    assert events and label.bottom() < min(r.top() for r in events)
    axis_bottom = max(r.bottom() for _, r in view.axisLabels())
    assert axis_bottom <= label.top() <= axis_bottom + label.height()
    # Its tooltip names the source whole, as text, and the date.
    pos = label.center().toPoint()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert "20 June 2024" in text and "&lt;b&gt;meet" in text and "<b>meet" not in text
    QToolTip.hideText()


@pytest.mark.parametrize("height, rows", [(700, 3), (190, 1)])
def test_a_short_view_keeps_its_lanes_for_events_not_source_labels(qtbot, sample_timeline: Timeline, height: int,
                                                                  rows: int) -> None:
    # Three sources published days apart took three rows under the axis of a 190 px view: half its lanes.
    view, *_ = timeline_view_over(qtbot, sample_timeline, 900, height)
    view.setMarkers([(dt.date(2024, 6, 20 + k), f"Published: source number {k}", source_color(k)) for k in range(3)])
    view.setVisibleRange(dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    labels = view.markerLabelRects()
    assert len({r.top() for _, r in labels}) == rows
    assert len(view.markers()) == 3


@pytest.mark.parametrize(("first", "last"), [
    (dt.date(1881, 7, 1), dt.date(2046, 1, 1)),  # decades: 1880's label would straddle the left edge ("880")
    (dt.date(1895, 3, 1), dt.date(1905, 6, 1)),  # years, with a decade context row
    (dt.date(2024, 5, 30), dt.date(2024, 7, 3)),  # days under months
    (dt.date(2024, 6, 19), dt.date(2024, 6, 20)),  # hours across a midnight
])
def test_the_axis_draws_only_whole_labels(setup: Setup, first, last) -> None:
    # A label the view's edges would cut ("'05" or "880" for 1880) names a date that is not there: left out.
    view = setup.view
    view.setVisibleRange(first, last)
    screen = _screen(view)
    for _ in range(4):  # scrolled along, so ticks fall on and near both edges
        labels = view.axisLabels()
        assert labels
        for label, rect in labels:
            assert screen.left() <= rect.left() and rect.right() <= screen.right() + 1, (label, rect, screen)
        _wheel(view, screen.center(), -45)


def test_events_stay_put_while_a_publication_date_pans_in_and_out(qtbot, sample_timeline: Timeline) -> None:
    # The rows for publication labels above the lanes were those on screen: panning a source's date into view
    # pushed every event down a row, and out of view pulled them back up.
    view, *_ = timeline_view_over(qtbot, sample_timeline, 900, 400)
    view.setMarkers([(dt.date(2024, 9, 1), "Published: a later source", source_color(0))])
    ranges = [(dt.date(2024, 5, 20), dt.date(2024, 8, 20)), (dt.date(2024, 6, 10), dt.date(2024, 9, 10))] * 2
    view.setVisibleRange(*ranges[0])
    rows = [r for r in range(view.model().rowCount()) if not view.eventRect(r).isEmpty()]
    assert rows
    tops, labels = [], []
    for first, last in ranges:  # the source's date off screen, on, off, on
        view.setVisibleRange(first, last)
        tops.append([view.eventRect(r).top() for r in rows])
        labels.append(len(view.markerLabelRects()))
    assert labels == [0, 1, 0, 1]
    assert all(t == tops[0] for t in tops), tops


@pytest.mark.parametrize("title, starred, fits, expected", [
    # (leaders named: a title naming no one is marked before it, test_title_uncertain)
    ("EU leaders reach agreement after long talks", False, "EU leaders reach agreem", "EU leaders reach…"),
    ("EU leaders reach agreement after long talks", True, "★ EU leaders reach agree", "★ EU leaders reach…"),
    ("EU leaders  reach\nagreement", False, "EU leaders reach agreement", "EU leaders reach agreement"),
])
def test_a_shortened_label_keeps_whole_words(qtbot, sample_timeline: Timeline, title, starred, fits,
                                             expected) -> None:
    # A label with no room for its whole title on either side of its marker was cut mid-word ("Leaders reach
    # agre…"); the tabs and lists cut by words.
    from timeline_app.ui.timeline_view import _label_text

    metrics = QFontMetricsF(QApplication.font())
    event = dataclasses.replace(sample_timeline.events[0], title=title, starred=starred)
    text = _label_text(event, metrics.horizontalAdvance(fits), metrics)
    assert text == expected
    assert metrics.horizontalAdvance(text) <= metrics.horizontalAdvance(fits)


def test_zooming_out_to_the_publication_density_strip_keeps_the_events_still(qtbot, setup: Setup) -> None:
    """Zoomed out until the publication dates are too many for lines, their strip takes the rows their labels
    had above the lanes: the events stay where they were, and the strip never covers one."""
    view = setup.view
    start = dt.date(2024, 1, 1)
    view.setMarkers([(start + dt.timedelta(days=3 * k), f"Source {k}", source_color(k + 600))
                     for k in range(-600, 600)])
    view.setVisibleRange(dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert view.markerLabelRects() and view.markerDensityRect().isEmpty()
    lanes_top = view._ensure_frame().lanes_top
    while view.markerDensityRect().isEmpty():  # the user zooms out with the keyboard, step by step
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Minus)
        assert view.visibleRange()[1] - view.visibleRange()[0] < dt.timedelta(days=365 * 40)
    strip = view.markerDensityRect()
    assert view._ensure_frame().lanes_top == lanes_top
    for r in range(setup.proxy.rowCount()):
        rect = view.eventRect(r)
        assert rect.isEmpty() or rect.top() >= strip.bottom()
    assert not view.grab().toImage().isNull()


def test_todays_line_stays_when_publication_dates_become_a_strip(setup: Setup) -> None:
    """With the sources' dates too many for lines, today kept no line and was counted as one more
    publication date ("201 publication dates" for 200 sources)."""
    view = setup.view
    start = dt.date(2010, 1, 1)
    today = (dt.date(2024, 6, 1), "Today", QColor("blue"))
    many = [(start + dt.timedelta(days=5 * k), f"Published: source {k}", source_color(k)) for k in range(1000)]
    view.setMarkers([today, *many], pinned=1)
    view.setVisibleRange(dt.date(2010, 1, 1), dt.date(2024, 12, 31))
    frame = view._ensure_frame()
    assert frame.marker_density
    on_screen = sum(1 for day, _, _ in many if view.visibleRange()[0] <= day <= view.visibleRange()[1])
    assert sum(c for _, _, c in frame.marker_density) == on_screen  # today is not a publication date
    x = view.scale().x_of_day(day_of(today[0]) + 0.5)
    image = view.viewport().grab().toImage()
    below_strip = range(int(view.markerDensityRect().bottom()) + 2, image.height() - 2)
    blue = [y for y in below_strip for dx in (-1, 0, 1)
            if (c := QColor(image.pixel(round(x) + dx, y))).blue() > 150 and c.red() < 100]
    assert len(blue) > len(below_strip) // 4  # its dashed line runs down the view


def test_zooming_across_one_and_two_tick_rows_keeps_the_lanes_and_the_fine_row_still(qtbot, setup: Setup) -> None:
    """The axis was one row tall with one strip of ticks (years) and two with two (days under "June 2024"):
    zooming across the switch moved every event, and the fine tick labels, a row down and back up."""
    view = setup.view
    view.setVisibleRange(dt.date(1990, 1, 1), dt.date(2030, 1, 1))
    view.setFocus()
    seen: dict[int, set[tuple[float, float]]] = {}
    for _ in range(40):  # the user zooms in with the keyboard, step by step, down to days
        frame = view._ensure_frame()
        fine_row = {round(r.top()) for label, r in view.axisLabels()
                    if not frame.strips or label in {t.label for t in frame.strips[0].ticks}}
        seen.setdefault(len(frame.strips), set()).add((frame.lanes_top, min(fine_row, default=-1)))
        if view.visibleRange()[1] - view.visibleRange()[0] < dt.timedelta(days=20):
            break
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert set(seen) == {1, 2}
    assert len(seen[1] | seen[2]) == 1


@pytest.mark.parametrize("title", [
    "Regional council weighs a second ferry crossing for the three northern islands",
    "Railway union calls off the strike after a late-night pay agreement with the operator",
])
@pytest.mark.parametrize("where", ["left", "right"])
def test_a_long_title_shows_whole_where_its_lane_has_room(qtbot, title, where):
    """Titles were cut to a label's usual width ("Railway union calls off the strike after a…") while their lane
    lay empty beside them: a lone event shows its whole title, before or after its marker."""
    from tests.ui.conftest import _doc, _mention
    from timeline_app.core.model import Event, Precision

    doc = _doc("d", "Roundup", "Roundup\nIt happened on May 2, 2018.\nAnd on May 9, 2018.", dt.date(2018, 5, 10))
    lone = dt.date(2018, 1, 3) if where == "left" else dt.date(2018, 12, 28)
    other = dt.date(2018, 12, 28) if where == "left" else dt.date(2018, 1, 3)
    events = (Event(id="long", title=title, first=lone, last=lone, precision=Precision.DAY,
                    mentions=(_mention(doc, "May 2, 2018"),), sentence=""),
              Event(id="short", title="Vote", first=other, last=other, precision=Precision.DAY,
                    mentions=(_mention(doc, "May 9, 2018"),), sentence=""))
    view, model, proxy, _ = timeline_view_over(qtbot, Timeline(documents=(doc,), events=events, problems=()), 1100, 300)
    frame = view._ensure_frame()
    labels = {proxy.index(row, 0).data(EventRole.Event).id: placed for row, placed in frame.placed.items()}
    assert labels["long"].label == title
    box = labels["long"].box
    assert 0.0 <= box.start and box.end <= view.viewport().width()


def _crowd_after_a_lone_event(crowd: int) -> Timeline:
    """One event decades before a crowd of `crowd` events on consecutive days."""
    from tests.ui.conftest import _doc, _mention
    from timeline_app.core.model import Event, Precision

    doc = _doc("d", "Season review", "Season review\nThe club was founded on March 1, 1861.", dt.date(2021, 1, 2))
    mention = _mention(doc, "March 1, 1861")
    lone = Event(id="lone", title="Club founded", first=dt.date(1861, 3, 1), last=dt.date(1861, 3, 1),
                 precision=Precision.DAY, mentions=(mention,), sentence="")
    start = dt.date(2020, 2, 1)
    days = [start + dt.timedelta(days=k) for k in range(crowd)]
    events = [Event(id=f"m{k}", title=f"Matchday {k + 1}: away side held to a draw", first=day, last=day,
                    precision=Precision.DAY, mentions=(mention,), sentence="") for k, day in enumerate(days)]
    return Timeline(documents=(doc,), events=(lone, *events), problems=())


@pytest.mark.parametrize("crowd", [40, 150, 400])
def test_stepping_into_a_cluster_zooms_by_the_fewest_doublings_in_few_layouts(qtbot, crowd):
    """Right from an event decades away onto a crowd zoomed in one doubling at a time, laying out every event in
    view at each (seventeen layouts, 130 ms at 2,000 articles): the same zoom, the fewest doublings that show
    the event, is found in a few layouts."""
    view, model, proxy, selection = timeline_view_over(qtbot, _crowd_after_a_lone_event(crowd), 1000, 200)
    view.selectFirst()  # the lone event, far from the crowd
    fitted = view.scale()
    layouts = []
    real = view._layout_markers
    view._layout_markers = lambda frame, fm: (layouts.append(frame.scale), real(frame, fm))[1]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    row = view._current_row()
    assert proxy.index(row, 0).data(EventRole.Event).id == "m0"
    scale = view.scale()
    assert view._cluster_index(view._ensure_frame(), row) is None  # drawn on its own
    doublings = round(np.log2(scale.px_per_day / fitted.px_per_day))
    assert doublings >= 10
    assert len(layouts) < doublings  # not one layout per doubling
    # The fewest: one doubling less (about the same day) still shows it in a cluster.
    day = day_of(dt.date(2020, 2, 1)) + 0.5
    view._scale, view._frame = scale.zoomed(0.5, scale.x_of_day(day)), None
    assert view._cluster_index(view._ensure_frame(), row) is not None
