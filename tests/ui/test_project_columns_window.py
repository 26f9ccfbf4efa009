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


def _store_arrays(store) -> dict:
    import numpy as np

    names = ("document_ids", "starts", "ends", "precision", "starred", "flags", "mention_ptr", "mention_doc",
             "text", "text_ptr", "source_counts")
    arrays = {name: (value.tolist() if isinstance(value, np.ndarray) else value)
              for name in names for value in (getattr(store, name),)}
    # Each mention's quoted sentence, whatever its index in the table of sentences (a spliced store keeps the
    # sentences of events an edit hid in it, as a folder's edited store does).
    arrays["passages"] = [store.passages[a:b] if k >= 0 else None for k in store.mention_span.tolist()
                          for a, b in ((int(store.span_starts[k]), int(store.span_ends[k])),)]
    return arrays


@pytest.mark.parametrize("edit", ["star", "rename", "redate", "hide"])
def test_an_edit_in_a_project_splices_the_shown_store_instead_of_rebuilding_it(qtmodeltester, qtbot, tmp_path,
                                                                              sample_timeline, monkeypatch, edit):
    """An edit inside an open project rebuilt the whole event store from the columns on the GUI thread: its rows
    are cut from the stored store now, as a folder's edit does, and the store is the one building gives."""
    import datetime as dt

    from timeline_app.core.event_store import EventStore

    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, sample_timeline, ["/articles"]).close()
    window = _window(qtbot, tmp_path)
    assert window.editing.openProject(path, wait=True)
    built: list[int] = []
    original = EventStore.from_columns.__func__
    monkeypatch.setattr(EventStore, "from_columns",
                        classmethod(lambda cls, d, c: (built.append(len(c)), original(cls, d, c))[1]))
    assert window._select_event_id("e5")
    editing = window.editing
    if edit == "star":
        editing.toggleStar()
    else:
        from timeline_app.core import edits as core_edits

        timeline = window.events.timeline()
        event = window.selectedEvent()
        if edit == "rename":
            made = core_edits.event_edit(timeline, event, "title", {"title": "Summit of seven opens"})
        elif edit == "redate":
            made = core_edits.event_edit(timeline, event, "date",
                                         core_edits.date_value(dt.date(2024, 7, 2), dt.date(2024, 7, 2), "day"))
        else:
            made = core_edits.event_edit(timeline, event, "hide", {})
        editing.push([(made, f"Test {edit}")], editing.keys_of(event))
    events = window.events.timeline().events
    assert isinstance(events, ColumnEvents)
    assert built == []  # not built again from the columns
    spliced = window.events.store()
    assert _store_arrays(spliced) == _store_arrays(original(EventStore, window.events.documents(), events.columns))
    qtmodeltester.check(window.events)
    qtmodeltester.check(window.proxy)
    editing.undo_stack.undo()
    editing.undo_stack.redo()
    assert built == []
    window.loader.shutdown()
