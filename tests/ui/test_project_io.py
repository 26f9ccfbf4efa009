"""Saving and opening a project never blocks the window: the file work runs in a worker thread (the loader's
machinery), progress shows, edits made meanwhile are kept, failures name the file and keep the work.

The worker is held at a gate (a threading.Event) until a GUI-thread timer has fired: with the work on the GUI
thread the timer could not fire first, so the order of what happened tells the two apart. Never a sleep.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer

from timeline_app.core import project as project_module
from timeline_app.core.project import Project
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

GATE_TIMEOUT_S = 5  # the gate opens by itself after this: on the GUI thread the work would wait for it


def _window(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.editing.ask_unsaved = lambda doing: "discard"  # closing at teardown asks nothing (tests may override)
    return window


def _select(window, title: str) -> None:
    row = [window.events.event_at(r).title for r in range(window.events.rowCount())].index(title)
    assert window._select_event_id(window.events.event_at(row).id)


class Gate:
    """Holds `function` of core/project.py at its start until `tick` (a GUI-thread timer) has run once;
    `order` records "tick" and "worked" as they happen."""

    def __init__(self, monkeypatch, function: str, tick=lambda: None) -> None:
        self.order: list[str] = []
        self._open = threading.Event()
        real = getattr(project_module, function)

        def held(*args, **kwargs):
            self._open.wait(GATE_TIMEOUT_S)
            self.order.append("worked")
            return real(*args, **kwargs)

        monkeypatch.setattr(project_module, function, held)
        self._tick = tick
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        self.timer.start(0)

    def _fire(self) -> None:
        self.order.append("tick")
        try:
            self._tick()
        finally:
            self._open.set()


def _stored_kinds(path) -> list[str]:
    with Project.open(path) as project:
        return [e.kind for e in project.edits()]


def test_saving_runs_off_the_gui_thread_with_progress_and_keeps_edits_made_meanwhile(
        qtbot, tmp_path, sample_timeline, monkeypatch):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    _select(window, "G7 summit")
    window.editing.toggleStar()  # in the snapshot
    _select(window, "Korean War")
    window.editing.hideSelected()  # in the snapshot, undone while the file is written
    seen = {}

    def meanwhile() -> None:
        seen["saving"] = window.editing.saving()
        seen["progress"] = window.editing.save_progress.isVisible()
        seen["save enabled"] = window.editing.save_as_action.isEnabled()
        window.editing.undo_stack.undo()  # the hide goes
        _select(window, "Earlier visit")
        window.editing.toggleStar()  # a new edit, after the snapshot

    gate = Gate(monkeypatch, "_write_results", meanwhile)
    path = tmp_path / "story.timeline.sqlite"
    assert window.editing.saveAs(path)
    qtbot.waitUntil(lambda: window.editing.project is not None, timeout=3 * GATE_TIMEOUT_S * 1000)
    assert gate.order == ["tick", "worked"]  # the window ran while the file was being written
    assert seen == {"saving": True, "progress": True, "save enabled": False}
    assert not window.editing.saving() and not window.editing.save_progress.isVisible()
    # Nothing the user did is lost, and the window says it is all saved.
    assert not window.editing.session.unsaved() and not window.editing.bar.isVisible()
    assert _stored_kinds(path) == ["star", "star"]
    assert [e.kind for e in window.editing.project.edits()] == ["star", "star"]
    # Undo still reaches into the project: the last star goes from the file.
    window.editing.undo_stack.undo()
    assert _stored_kinds(path) == ["star"]


def test_save_as_of_an_open_project_copies_it_off_the_gui_thread(qtbot, tmp_path, sample_timeline, monkeypatch):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    first = tmp_path / "first.timeline.sqlite"
    assert window.editing.saveAs(first, wait=True)
    _select(window, "G7 summit")
    window.editing.toggleStar()

    def meanwhile() -> None:
        _select(window, "Earlier visit")
        window.editing.hideSelected()  # stored in the first project while the copy is made

    gate = Gate(monkeypatch, "_write_new_file", meanwhile)
    copy = tmp_path / "copy.timeline.sqlite"
    assert window.editing.saveAs(copy)
    qtbot.waitUntil(lambda: Path(window.editing.project.path) == copy, timeout=3 * GATE_TIMEOUT_S * 1000)
    assert gate.order == ["tick", "worked"]
    assert _stored_kinds(copy) == ["star", "hide"]  # the copy has the edit made while it was written
    assert "copy" in window.windowTitle()


@pytest.mark.parametrize("obstacle", ["folder in the way", "disk full"])
def test_a_failed_save_names_the_file_and_keeps_the_work(qtbot, tmp_path, sample_timeline, monkeypatch, obstacle):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    _select(window, "G7 summit")
    window.editing.toggleStar()
    path = tmp_path / "story.timeline.sqlite"
    if obstacle == "folder in the way":
        path.mkdir()
    else:
        def full(*_args, **_kwargs):
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(project_module, "_write_results", full)
    before = sorted(n for n in os.listdir(tmp_path) if n != "settings.ini")
    window.editing.saveAs(path)
    qtbot.waitUntil(lambda: not window.editing.saving())
    message = window.editing.bar.label.text()
    assert "could not be saved" in message and str(path) in message
    assert window.editing.project is None and window.editing.session.unsaved()  # the edit is still here
    assert any(window.events.event_at(r).starred for r in range(window.events.rowCount()))
    assert sorted(n for n in os.listdir(tmp_path) if n != "settings.ini") == before  # no half-written project or temporary left behind
    assert window.editing.save_as_action.isEnabled()  # and the user can try elsewhere


def test_closing_during_a_save_closes_once_it_is_saved(qtbot, tmp_path, sample_timeline, monkeypatch):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    _select(window, "G7 summit")
    window.editing.toggleStar()
    asked = []
    window.editing.ask_unsaved = lambda doing: asked.append(doing) or "cancel"
    still_open = []

    def close_now() -> None:
        window.close()
        still_open.append(window.isVisible())

    Gate(monkeypatch, "_write_results", close_now)
    path = tmp_path / "story.timeline.sqlite"
    window.editing.saveAs(path)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3 * GATE_TIMEOUT_S * 1000)
    assert still_open == [True] and asked == []  # it waited for the save, and had nothing left to ask
    assert _stored_kinds(path) == ["star"]


def test_opening_reads_off_the_gui_thread_then_resets_the_model_once(qtbot, tmp_path, sample_timeline, monkeypatch):
    path = tmp_path / "story.timeline.sqlite"
    Project.create(path, sample_timeline, ["/articles"]).close()
    window = _window(qtbot, tmp_path)
    seen = {}
    gate = Gate(monkeypatch, "_read_results", lambda: seen.update(progress=window.progress.isVisible()))
    resets = []
    window.events.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(window.editing.projectChanged, timeout=3 * GATE_TIMEOUT_S * 1000):
        window.openPaths([str(path)])
    assert gate.order == ["tick", "worked"] and seen == {"progress": True}
    assert window.editing.project is not None and window.events.rowCount() == len(sample_timeline.events)
    assert len(resets) == 1
    assert not window.progress.isVisible()


@pytest.mark.parametrize("damage", ["truncated", "not a project"])
def test_a_damaged_project_is_a_problem_naming_the_file_and_the_work_stays(qtbot, tmp_path, sample_timeline,
                                                                           damage):
    path = tmp_path / "story.timeline.sqlite"
    Project.create(path, sample_timeline, ["/articles"]).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3] if damage == "truncated" else b"SQLite format 3\x00" + b"\x07" * 200)
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    _select(window, "G7 summit")
    window.editing.toggleStar()
    window.editing.ask_unsaved = lambda doing: "discard"
    rows = window.events.rowCount()
    window.editing.openProject(path)
    qtbot.waitUntil(lambda: "could not be opened" in window.editing.bar.label.text())
    assert str(path) in window.editing.bar.label.text()
    assert window.editing.project is None and window.events.rowCount() == rows
    assert window.editing.session.unsaved()  # the star is still here


def test_closing_while_opening_waits_for_the_save_it_asked_for_then_starts_nothing(
        qtbot, tmp_path, sample_timeline, monkeypatch):
    other = tmp_path / "other.timeline.sqlite"
    Project.create(other, sample_timeline, ["/articles"]).close()
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    _select(window, "G7 summit")
    window.editing.toggleStar()
    path = tmp_path / "story.timeline.sqlite"
    window.editing.ask_unsaved = lambda doing: "save"
    monkeypatch.setattr(window.editing, "_ask_path", lambda title: str(path))
    started = []
    monkeypatch.setattr(window.loader, "run", lambda job, paths: started.append(paths))
    Gate(monkeypatch, "_write_results", window.close)  # the user closes the window while the save runs
    assert not window.editing.openProject(other)  # may_discard -> save -> wait (an event loop) -> closed
    assert not window.isVisible() and started == []  # nothing was started on the closed window
    assert _stored_kinds(path) == ["star"]


def test_a_save_has_its_own_indicator_and_the_opens_wait_for_it(qtbot, tmp_path, sample_timeline, monkeypatch):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    seen = {}

    def meanwhile() -> None:
        seen["opens enabled"] = [a.isEnabled() for a in (window.open_files_action, window.open_folder_action,
                                                         window.editing.open_project_action)]
        # A load that ends during the save (its job gives nothing to show) must not hide the save's indicator.
        window.loader.run(lambda progress, cancelled: None, ["/elsewhere"])
        seen["load bar"] = window.progress.isVisible()
        qtbot.waitUntil(lambda: not window.loader.isRunning())
        seen["after the load"] = (window.editing.save_progress.isVisible(), window.progress.isVisible())

    Gate(monkeypatch, "_write_results", meanwhile)
    assert window.editing.saveAs(tmp_path / "story.timeline.sqlite")
    qtbot.waitUntil(lambda: window.editing.project is not None, timeout=3 * GATE_TIMEOUT_S * 1000)
    assert seen == {"opens enabled": [False, False, False], "load bar": True, "after the load": (True, False)}
    assert not window.editing.save_progress.isVisible()
    assert all(a.isEnabled() for a in (window.open_files_action, window.open_folder_action))


def test_ctrl_s_during_a_save_says_why_nothing_happens(qtbot, tmp_path, sample_timeline, monkeypatch):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    seen = {}

    def meanwhile() -> None:
        window.statusBar().clearMessage()
        seen["saved"] = window.editing.save()
        seen["message"] = window.statusBar().currentMessage()

    Gate(monkeypatch, "_write_results", meanwhile)
    assert window.editing.saveAs(tmp_path / "story.timeline.sqlite")
    qtbot.waitUntil(lambda: window.editing.project is not None, timeout=3 * GATE_TIMEOUT_S * 1000)
    assert seen["saved"] is False and "being saved" in seen["message"]


def test_a_copy_that_missed_edits_made_meanwhile_says_so_and_the_work_stays(
        qtbot, tmp_path, sample_timeline, monkeypatch):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    _select(window, "G7 summit")
    window.editing.toggleStar()  # in the snapshot

    def meanwhile() -> None:
        _select(window, "Earlier visit")
        window.editing.toggleStar()  # after it: the copy misses this one

    def locked(self, edits):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Project, "sync_edits", locked)
    Gate(monkeypatch, "_write_results", meanwhile)
    path = tmp_path / "story.timeline.sqlite"
    assert window.editing.saveAs(path)
    qtbot.waitUntil(lambda: not window.editing.saving(), timeout=3 * GATE_TIMEOUT_S * 1000)
    message = window.editing.bar.label.text()
    assert "without the last 1 edit " in message and str(path) in message and "database is locked" in message
    assert _stored_kinds(path) == ["star"]  # the file is whole: the snapshot, as the message says
    assert window.editing.project is None and window.editing.session.unsaved()  # both stars are still here
    assert sum(window.events.event_at(r).starred for r in range(window.events.rowCount())) == 2


def _record_opened(monkeypatch) -> list[Project]:
    """Every Project the open job makes, to check that none is left open when nobody takes it."""
    opened: list[Project] = []
    real = Project.open

    def recording(*args, **kwargs):
        opened.append(real(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(Project, "open", recording)
    return opened


def _starred(window) -> int:
    return sum(window.events.event_at(r).starred for r in range(window.events.rowCount()))


def test_cancelling_an_open_keeps_the_work_and_closes_what_was_read(qtbot, tmp_path, sample_timeline, monkeypatch):
    path = tmp_path / "story.timeline.sqlite"
    Project.create(path, sample_timeline, ["/articles"]).close()
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    _select(window, "G7 summit")
    window.editing.toggleStar()
    window.editing.ask_unsaved = lambda doing: "discard" if doing == "opening the project" else "cancel"
    opened = _record_opened(monkeypatch)
    changed = []
    window.editing.projectChanged.connect(changed.append)
    Gate(monkeypatch, "_read_results", window.cancelLoading)
    assert window.editing.openProject(path)
    with qtbot.waitSignal(window.loader.cancelled, timeout=3 * GATE_TIMEOUT_S * 1000):
        pass
    assert not window.loader.isRunning() and not window.progress.isVisible()
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.editing.project is None and changed == []  # nothing was shown
    assert window.editing.session.unsaved() and _starred(window) == 1  # the work is as it was
    assert all(p._connection is None for p in opened)  # whatever was read is closed


def test_a_second_save_as_while_one_runs_is_refused_with_a_message(qtbot, tmp_path, sample_timeline, monkeypatch):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    second = tmp_path / "second.timeline.sqlite"
    seen = {}

    def meanwhile() -> None:
        seen["started"] = window.editing.saveAs(second)
        seen["message"] = window.statusBar().currentMessage()

    Gate(monkeypatch, "_write_results", meanwhile)
    first = tmp_path / "first.timeline.sqlite"
    assert window.editing.saveAs(first)
    qtbot.waitUntil(lambda: window.editing.project is not None, timeout=3 * GATE_TIMEOUT_S * 1000)
    assert seen["started"] is False and "being saved" in seen["message"]
    assert Path(window.editing.project.path) == first and first.exists() and not second.exists()


def test_closing_during_an_open_closes_and_leaves_nothing_open(qtbot, tmp_path, sample_timeline, monkeypatch):
    path = tmp_path / "story.timeline.sqlite"
    Project.create(path, sample_timeline, ["/articles"]).close()
    window = _window(qtbot, tmp_path)
    opened = _record_opened(monkeypatch)
    shown = []
    window.editing.projectChanged.connect(shown.append)
    gate = None

    def close_now() -> None:
        gate._open.set()  # the worker runs on while the window closes (closing waits for it to stop)
        window.close()

    gate = Gate(monkeypatch, "_read_results", close_now)
    assert window.editing.openProject(path)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3 * GATE_TIMEOUT_S * 1000)
    assert not window.loader.workersRunning()  # no worker outlives the window
    assert window.editing.project is None and shown == []
    qtbot.waitUntil(lambda: all(p._connection is None for p in opened))


def test_the_saves_and_the_loads_progress_show_in_one_place(qtbot, tmp_path, sample_timeline, monkeypatch):
    """The save's bar sat left of the load's and was narrower: progress showed in two places."""
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])

    def where(bar) -> tuple[int, int, int]:
        qtbot.waitUntil(bar.isVisible)
        rect = bar.rect().translated(bar.mapTo(window, bar.rect().topLeft()))
        return rect.left(), rect.right(), rect.top()

    seen = {}
    Gate(monkeypatch, "_write_results", lambda: seen.update(save=where(window.editing.save_progress)))
    assert window.editing.saveAs(tmp_path / "story.timeline.sqlite")
    qtbot.waitUntil(lambda: window.editing.project is not None, timeout=3 * GATE_TIMEOUT_S * 1000)
    qtbot.waitUntil(lambda: not window.editing.save_progress.isVisible())

    release = threading.Event()

    def held(progress, cancelled):
        release.wait(GATE_TIMEOUT_S)

    window.loader.run(held, ["/elsewhere"])
    seen["load"] = where(window.progress)
    release.set()
    qtbot.waitUntil(lambda: not window.loader.isRunning())
    assert seen["save"] == seen["load"]
    qtbot.waitUntil(lambda: not window.progress_area.isVisible())  # and no room kept while nothing runs
