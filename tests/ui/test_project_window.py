"""The issue's must-hold, through the window: open a folder, edit five events (title, date, hide, merge, note),
save as a project, close; a new window on the project has all five; an article added to the folder and the
sources re-read: the edits survive and the new events appear."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from timeline_app.core.model import Precision
from timeline_app.core.project import Project
from timeline_app.core.pipeline import seeds_dir
from timeline_app.ui.edit_dialogs import EventEditDialog, MergeDialog, NoteDialog
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

NEW_ARTICLE = """Council approves the harbour plan

Published March 4, 2025

On March 3, 2025, the city council approved the harbour plan after a long debate.
"""


def _window(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    return window


def _select(window, event) -> None:
    assert window._select_event_id(event.id)


def _by_keys(window, keys):
    row = window.editing.find_row(keys)
    return window.events.event_at(row) if row >= 0 else None


def test_five_edits_survive_saving_reopening_and_rereading(qtbot, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(seeds_dir(), folder)
    first = _window(qtbot, tmp_path)
    with qtbot.waitSignal(first.timelineLoaded, timeout=120_000):
        first.openPaths([str(folder)])
    events = list(first.events.rowEvents())
    assert len(events) >= 6
    # Six different events, whatever extraction makes of the seeds: chosen by position, never by wording.
    a, b, c, d, e, f = events[:6]
    keys = {name: first.editing.keys_of(ev) for name, ev in zip("abcdef", (a, b, c, d, e, f))}

    _select(first, a)  # title, with F2 in the list
    first.list_view.setFocus()
    qtbot.waitUntil(first.list_view.hasFocus)
    qtbot.keyClick(first.list_view, Qt.Key.Key_F2)
    dialog = first.editing.dialog
    assert isinstance(dialog, EventEditDialog)
    dialog.title.setText("Renamed by the reporter")
    dialog.accept()

    _select(first, b)  # date, from Edit…
    first.editing.edit_action.trigger()
    dialog = first.editing.dialog
    dialog.date.setText("1905–1907")
    dialog.accept()

    _select(first, c)  # hide, with Delete on the timeline
    first.timeline.setFocus()
    qtbot.waitUntil(first.timeline.hasFocus)
    qtbot.keyClick(first.timeline, Qt.Key.Key_Delete)

    _select(first, d)  # merge d with e
    first.editing.merge_action.trigger()
    dialog = first.editing.dialog
    assert isinstance(dialog, MergeDialog)
    dialog.setChosen([e])
    dialog.accept()

    _select(first, f)  # note
    first.editing.note_action.trigger()
    dialog = first.editing.dialog
    assert isinstance(dialog, NoteDialog)
    dialog.note.setPlainText("Check this against the wire copy.")
    dialog.accept()
    assert first.editing.undo_stack.count() == 5
    assert first.editing.bar.isVisible()  # not saved yet: the window says so

    path = tmp_path / "story.timeline.sqlite"
    assert first.editing.saveAs(path, wait=True)
    first.close()
    assert not first.isVisible()  # nothing unsaved: no question asked

    second = _window(qtbot, tmp_path)
    with qtbot.waitSignal(second.editing.projectChanged):  # read in the loader's thread, then shown
        second.openPaths([str(path)])  # a project file given as a path opens as the project
    assert second.editing.project is not None and "story" in second.windowTitle()

    def check(window) -> None:
        assert _by_keys(window, keys["a"]).title == "Renamed by the reporter"
        dated = _by_keys(window, keys["b"])
        assert (dated.first, dated.last, dated.precision) == (dt.date(1905, 1, 1), dt.date(1907, 12, 31),
                                                              Precision.YEAR)
        assert _by_keys(window, keys["c"]) is None
        assert c.id in [h.id for h in window.editing.hidden_list.model.events()]
        merged = _by_keys(window, keys["d"])
        assert merged is _by_keys(window, keys["e"]) and len(merged.mentions) == len(d.mentions) + len(e.mentions)
        assert _by_keys(window, keys["f"]).note == "Check this against the wire copy."
        assert window.events.rowCount() == len(events) - 2

    check(second)
    before = {ev.id for ev in second.events.rowEvents()}

    (folder / "harbour.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(second.timelineLoaded, timeout=120_000):
        second.editing.reread_action.trigger()
    assert second.editing.project is not None  # still the project, not a plain folder
    assert any(doc.path.endswith("harbour.txt") for doc in second.events.documents())
    new = [ev for ev in second.events.rowEvents() if ev.id not in before]
    assert any(ev.first == dt.date(2025, 3, 3) for ev in new)
    check_after = second.events.rowCount() - len(new)
    assert check_after == len(events) - 2
    assert _by_keys(second, keys["a"]).title == "Renamed by the reporter"
    assert _by_keys(second, keys["f"]).note == "Check this against the wire copy."
    assert not [i for i in range(second.problems.count()) if "Your edit" in second.problems.item(i).text()]
    second.close()


ARTICLE_A = """Port workers strike

On May 2, 2024, port workers began a strike over pay.
"""
ARTICLE_B = """Ministers meet

On April 9, 2024, the ministers met in Brussels to discuss the budget.
"""


def test_edits_that_no_longer_apply_are_listed_never_dropped(qtbot, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    window = _window(qtbot, tmp_path)
    window.editing.ask_unsaved = lambda doing: "discard"
    with qtbot.waitSignal(window.timelineLoaded, timeout=120_000):
        window.openPaths([str(folder)])
    from_b = next(ev for ev in window.events.rowEvents()
                  if window.events.timeline().document(ev.mentions[0].document).path.endswith("b.txt"))
    _select(window, from_b)
    window.editing.toggleStar()
    path = tmp_path / "news.timeline.sqlite"
    assert window.editing.saveAs(path, wait=True)
    assert str(path) in [entry[0] for entry in window.recentPaths()]  # the project is a recent entry

    (folder / "b.txt").unlink()
    with qtbot.waitSignal(window.timelineLoaded, timeout=120_000):
        window.editing.reread()
    problems = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert any(p.startswith("Your edit “Star”") and "no longer applies" in p for p in problems), problems
    assert window.problems_dock.isVisible()
    assert "no longer apply" in window.statusBar().currentMessage()
    with Project.open(path) as project:
        assert [e.kind for e in project.edits()] == ["star"]  # kept, in case the article comes back

    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    with qtbot.waitSignal(window.timelineLoaded, timeout=120_000):
        window.editing.reread()
    assert any(ev.starred for ev in window.events.rowEvents())
    assert not any(window.problems.item(i).text().startswith("Your edit") for i in range(window.problems.count()))
    window.close()


def test_opening_other_articles_offers_to_save_unsaved_edits(qtbot, tmp_path, sample_timeline):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    _select(window, window.events.event_at(0))
    window.editing.toggleStar()
    asked = []
    window.editing.ask_unsaved = lambda doing: asked.append(doing) or "cancel"
    window.openPaths([str(tmp_path)])
    assert asked == ["opening other articles"] and not window.loader.isRunning()
    assert window.events.event_at(0).starred  # still there
    window.editing.ask_unsaved = lambda doing: asked.append(doing) or "discard"
    window.editing.openProject(tmp_path / "missing.timeline.sqlite", wait=True)
    assert asked[-1] == "opening the project"
    assert "could not be opened" in window.statusBar().currentMessage()
    assert window.editing.project is None and window.events.rowCount() == 7  # a failed open changes nothing


def test_recent_projects_reopen_as_projects(qtbot, tmp_path, sample_timeline):
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    path = tmp_path / "recent.timeline.sqlite"
    assert window.editing.saveAs(path, wait=True)
    window.editing.close_project()
    window.applyTimeline(sample_timeline, ["/elsewhere"])
    assert window.editing.project is None
    window._fill_recent_menu()
    entry = next(a for a in window.recent_menu.actions() if "recent.timeline.sqlite" in a.text())
    with qtbot.waitSignal(window.editing.projectChanged):
        entry.trigger()
    assert window.editing.project is not None and window.editing.project.path == path


def test_new_project_loads_the_folder_then_saves_it(qtbot, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    window = _window(qtbot, tmp_path)
    path = tmp_path / "strike.timeline.sqlite"
    with qtbot.waitSignal(window.editing.projectChanged, timeout=120_000,
                          check_params_cb=lambda project: project is not None):
        window.editing.startProject(str(folder), str(path))
    assert window.editing.project.path == path and "strike" in window.windowTitle()
    with Project.open(path) as project:
        assert len(project.view().timeline.events) == window.events.rowCount() >= 1
        assert [Path(s).name for s in project.sources] == ["news"]
    # Edits go straight into the file; opening another project clears the undo history with its texts.
    _select(window, window.events.event_at(0))
    window.editing.toggleStar()
    assert window.editing.undo_action.isEnabled() and "Star" in window.editing.undo_action.text()
    assert window.editing.openProject(path, wait=True)
    assert not window.editing.undo_action.isEnabled() and "Star" not in window.editing.undo_action.text()
    assert window.events.event_at(0).starred


def test_edits_made_while_loading_are_not_lost(qtbot, tmp_path, sample_timeline):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    window.openPaths([str(folder)])  # nothing to save yet: no question
    _select(window, window.events.event_at(0))
    window.editing.toggleStar()  # while the folder loads
    asked = []
    window.editing.ask_unsaved = lambda doing: asked.append(doing) or "cancel"
    qtbot.waitUntil(lambda: not window.loader.isRunning(), timeout=120_000)
    assert asked == ["showing the newly loaded articles"]
    assert window.events.rowCount() == 7 and window.events.event_at(0).starred


def test_run_gui_opens_a_project_given_on_the_command_line(qtbot, tmp_path, sample_timeline, monkeypatch):
    from timeline_app.core.edits import event_edit
    from timeline_app.ui import app
    from timeline_app.ui.editing import EditController

    path = tmp_path / "given.timeline.sqlite"
    with Project.create(path, sample_timeline, ["/articles"]) as project:
        project.add_edit(event_edit(sample_timeline, sample_timeline.events[4], "title", {"title": "Renamed"}))
    shown = []
    real_open = EditController.openProject

    def spy(self, given, wait=False):
        opened = real_open(self, given, wait)
        shown.append([e.title for e in self.window.events.rowEvents()])
        return opened

    monkeypatch.setattr(EditController, "openProject", spy)
    shot = tmp_path / "shot.png"
    assert app.run_gui([], screenshot=str(shot), project=str(path)) == 0
    assert shot.stat().st_size > 0
    assert len(shown) == 1 and "Renamed" in shown[0] and len(shown[0]) == 7


def test_opening_a_project_builds_its_event_store_in_the_worker(qtbot, qtmodeltester, tmp_path, sample_timeline,
                                                                 monkeypatch):
    """The columns the window filters and draws from are built by the worker that reads the project: the GUI
    thread only takes them (built there at first use, they held it as long as a load's store would)."""
    import threading

    from timeline_app.core.event_store import EventStore

    window = _window(qtbot, tmp_path)
    window.applyTimeline(sample_timeline, ["/articles"])
    path = tmp_path / "worker.timeline.sqlite"
    assert window.editing.saveAs(path, wait=True)
    window.editing.close_project()
    window.applyTimeline(sample_timeline, ["/elsewhere"])

    built_on: list[str] = []
    real_columns, real_build = EventStore.from_columns.__func__, EventStore._build.__func__

    def from_columns(cls, *args):
        built_on.append(threading.current_thread().name)
        return real_columns(cls, *args)

    def build(cls, *args):
        built_on.append(threading.current_thread().name)
        return real_build(cls, *args)

    monkeypatch.setattr(EventStore, "from_columns", classmethod(from_columns))
    monkeypatch.setattr(EventStore, "_build", classmethod(build))
    window._fill_recent_menu()
    entry = next(a for a in window.recent_menu.actions() if "worker.timeline.sqlite" in a.text())
    with qtbot.waitSignal(window.editing.projectChanged):
        entry.trigger()
    assert window.editing.project is not None
    assert len(window.events.store()) == len(sample_timeline.events)
    assert built_on and threading.main_thread().name not in built_on, built_on
    qtmodeltester.check(window.events)
