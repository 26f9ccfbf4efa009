"""The window on a project read as columns: the models hold, edits apply and undo, and only the rows shown
become Event objects."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.ui.test_timeline_dense import N_EVENTS, _crowded_timeline
from timeline_app.core.event_store import ColumnEvents
from timeline_app.core.project import Project
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _window(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_project_opens_into_the_window_as_columns(qtmodeltester, qtbot, tmp_path, sample_timeline):
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, sample_timeline, ["/articles"]).close()
    window = _window(qtbot, tmp_path)
    assert window.editing.openProject(path, wait=True)
    events = window.events.timeline().events
    assert isinstance(events, ColumnEvents)
    assert window.events.store() is events.store()  # the columns' own store
    qtmodeltester.check(window.events)
    qtmodeltester.check(window.proxy)
    assert [window.events.event_at(r) for r in range(window.events.rowCount())] == list(sample_timeline.events)
    assert window._select_event_id("e5")
    window.editing.toggleStar()
    assert window.selectedEvent().id == "e5" and window.selectedEvent().starred
    assert isinstance(window.events.timeline().events, ColumnEvents)  # the edited view is columns too
    qtmodeltester.check(window.events)
    window.editing.undo_stack.undo()
    assert not window.events.event_at(window.events.row_of("e5")).starred
    assert window.editing.project.edits() == []
    window.loader.shutdown()


def test_a_large_project_makes_events_only_for_the_rows_shown(qtbot, tmp_path):
    path = tmp_path / "large.timeline.sqlite"
    Project.create(path, _crowded_timeline(), ["/articles"]).close()
    window = _window(qtbot, tmp_path)
    assert window.editing.openProject(path, wait=True)
    window.timeline.grab()
    window.selectEventRow(N_EVENTS // 2)
    assert window.selectedEvent() is not None
    assert window.events.timeline().events.made_count() < N_EVENTS // 10
    window.loader.shutdown()
