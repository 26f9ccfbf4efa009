"""The window over events born as columns (`ColumnEvents`), and filter changes that re-index nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

import timeline_app.core.layout as layout
from tests.ui.test_timeline_dense import N_EVENTS, _crowded_timeline
from timeline_app.core.event_store import ColumnEvents, EventColumns
from timeline_app.core.model import Timeline
from timeline_app.ui.event_model import Column, EventRole
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _as_columns(timeline: Timeline) -> Timeline:
    columns = EventColumns.from_events(timeline.documents, timeline.events)
    return Timeline(documents=timeline.documents, events=ColumnEvents(timeline.documents, columns))


@pytest.fixture
def column_window(qtbot, tmp_path, sample_timeline):
    window = MainWindow(settings=QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.applyTimeline(_as_columns(sample_timeline), ["/articles"])
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.loader.shutdown()


def _ids(model) -> list[str]:
    return [model.index(r, 0).data(EventRole.Event).id for r in range(model.rowCount())]


def test_the_window_works_on_events_born_as_columns(qtmodeltester, qtbot, column_window, sample_timeline):
    w = column_window
    qtmodeltester.check(w.events)
    qtmodeltester.check(w.proxy)
    assert w.events.store() is w.events.timeline().events.store()  # the columns' store, not built again
    assert _ids(w.proxy) == [e.id for e in sample_timeline.events]
    w.sources.set_hidden({"alpha"})
    assert "e1" not in _ids(w.proxy) and {"e3", "e6"} <= set(_ids(w.proxy))
    w.sources.set_hidden(())
    w.search.setText("hanoi")
    qtbot.waitUntil(w.search_runner.isSettled)
    assert _ids(w.proxy) == ["e7"] and w.match_label.text() == "1 of 7 events"
    w.search.clear()
    assert w._select_event_id("e6")  # by id, from the ids column
    assert w.selectedEvent() == sample_timeline.events[5]
    assert "President hosts his guest" in w.detail.toPlainText()
    w.list_view.sortByColumn(int(Column.Title), Qt.SortOrder.AscendingOrder)  # titles from the text column
    assert _ids(w.list_proxy)[0] == "e3"  # "Earlier visit"


def test_events_are_made_only_for_the_rows_the_window_shows(qtbot, tmp_path):
    timeline = _as_columns(_crowded_timeline())
    window = MainWindow(settings=QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.applyTimeline(timeline, ["/articles"])
    window.timeline.grab()  # a histogram: far too many events on screen to label
    window.selectEventRow(N_EVENTS // 2)
    assert window.selectedEvent() is not None
    assert timeline.events.made_count() < N_EVENTS // 10  # the list's visible rows, the selected one
    window.loader.shutdown()


def test_a_filter_change_masks_the_timelines_index_instead_of_rebuilding_it(qtbot, column_window, monkeypatch):
    w = column_window
    w.timeline.grab()
    built: list[int] = []
    for name in ("from_arrays", "build"):
        original = getattr(layout.DateIndex, name)
        monkeypatch.setattr(layout.DateIndex, name,
                            classmethod(lambda cls, *a, _o=original, **k: (built.append(1), _o(*a, **k))[1]))
    w.sources.set_hidden({"alpha"})
    w.timeline.grab()
    w.search.setText("treaty")
    qtbot.waitUntil(w.search_runner.isSettled)
    w.timeline.grab()
    assert _ids(w.timeline.model()) == ["e2", "e4"]
    assert built == []
    w.sources.set_hidden(())
    w.search.clear()
    w.timeline.grab()
    assert len(_ids(w.timeline.model())) == 7 and built == []


def test_editing_an_event_born_as_a_column(qtbot, column_window):
    w = column_window
    assert w._select_event_id("e5")
    w.editing.toggleStar()
    assert w.selectedEvent().id == "e5" and w.selectedEvent().starred
    w.editing.undo_stack.undo()
    assert not w.events.event_at(w.events.row_of("e5")).starred
