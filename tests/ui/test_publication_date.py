"""Set Publication Date… on a source, through the window: right-click a source, type the day in the dialog, and
the timeline read again off the GUI thread shows the news the undated page's "on Wednesday" tells; Undo takes it
away again, a date that is not one day keeps the dialog open with the reason, and a project keeps the date."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from timeline_app.core.edits import user_publication_dates
from timeline_app.core.model import Timeline
from timeline_app.core.project import Project
from timeline_app.ui.edit_dialogs import PublicationDateDialog
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.source_list import SourceListModel, SourceRole

# (The offscreen platform on showing a top-level widget, and a real popup menu.)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")

FIXTURES = Path(__file__).parents[1] / "core" / "fixtures" / "user_published"
UNDATED_TITLE = "Harbour bridge closed after ferry strikes pier"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "articles"
    shutil.copytree(FIXTURES, target)
    return target


@pytest.fixture
def window(qtbot, tmp_path, folder):
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.editing.ask_unsaved = lambda doing: "discard"
    w.openPaths([str(folder)], confirm=False)
    qtbot.waitUntil(lambda: len(w.events.documents()) == 2 and not w.loader.isRunning(), timeout=120_000)
    yield w
    w.loader.shutdown()


def _lead_days(window) -> list:
    """The days of the events holding the undated page's "Wednesday" (its lead)."""
    return [e.first.isoformat() for e in window.events.rowEvents()
            if any(m.text == "Wednesday" and m.document == "undated_page" for m in e.mentions)]


def _row_of(window, title: str) -> int:
    model = window.sources
    rows = [r for r in range(model.rowCount()) if model.index(r).data(SourceRole.Document).title == title]
    assert len(rows) == 1
    return rows[0]


def _right_click_choose(qtbot, window, row: int, text: str) -> None:
    """Right-click the source at `row` and choose `text` (without & and …) from its context menu."""
    view = window.source_widget.view
    pos = view.visualRect(window.sources.index(row)).center()
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.text().replace("&", "").rstrip("…") == text and action.isEnabled():
                chosen.append(action.text())
                menu.close()
                action.trigger()
                return
        menu.close()

    QTimer.singleShot(0, lambda: qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None) or choose())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=pos)
    view.customContextMenuRequested.emit(pos)  # (offscreen, a right-click asks for no context menu by itself)
    assert chosen, f"no enabled {text!r} in the source's menu"


def _set_date(qtbot, window, text: str) -> PublicationDateDialog:
    _right_click_choose(qtbot, window, _row_of(window, UNDATED_TITLE), "Set Publication Date")
    dialog = window.editing.dialog
    assert isinstance(dialog, PublicationDateDialog)
    dialog.date.edit.clear()
    if text:
        qtbot.keyClicks(dialog.date.edit, text)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def test_set_the_date_of_an_undated_page_then_undo_and_redo(qtbot, window):
    row = _row_of(window, UNDATED_TITLE)
    assert "date unknown" in window.sources.index(row).data()
    assert _lead_days(window) == []
    _set_date(qtbot, window, "14 March 2025")
    qtbot.waitUntil(lambda: _lead_days(window) == ["2025-03-12"], timeout=120_000)  # "on Wednesday"
    qtbot.waitUntil(lambda: not window.loader.isRunning())
    row = _row_of(window, UNDATED_TITLE)
    assert "14 March 2025 (set by you)" in window.sources.index(row).data()
    assert window.sources.index(row).data(SourceRole.UserDated) is True
    assert window.statusBar().currentMessage() == "Read 2 articles again on the publication dates you set: 5 events"
    [lead] = [e for e in window.events.rowEvents() if any(m.text == "Wednesday" for m in e.mentions)]
    assert "publication date set by the user" in lead.explanation
    assert window.editing.undo_action.text().startswith("&Undo Set the publication date of")

    window.editing.undo_action.trigger()
    qtbot.waitUntil(lambda: _lead_days(window) == [] and not window.loader.isRunning(), timeout=120_000)
    assert "date unknown" in window.sources.index(_row_of(window, UNDATED_TITLE)).data()
    window.editing.redo_action.trigger()
    qtbot.waitUntil(lambda: _lead_days(window) == ["2025-03-12"] and not window.loader.isRunning(), timeout=120_000)

    # Cleared from the menu: the page's own (no) date again.
    _right_click_choose(qtbot, window, _row_of(window, UNDATED_TITLE), "Clear Publication Date")
    qtbot.waitUntil(lambda: _lead_days(window) == [] and not window.loader.isRunning(), timeout=120_000)


@pytest.mark.parametrize("typed, reason", [
    ("March 2025", "is a month"),
    ("12 March 2025 to 14 March 2025", "is a range"),
    ("14 Marhc 2025", "Marhc"),
    ("", "Type"),
])
def test_a_date_that_is_not_one_day_keeps_the_dialog_open(qtbot, window, typed, reason):
    dialog = _set_date(qtbot, window, typed)
    assert window.editing.dialog is dialog and dialog.isVisible()
    assert reason in dialog.date.feedback.text()
    assert window.editing.undo_stack.count() == 0
    dialog.reject()


def test_the_date_is_kept_in_the_project_and_shown_when_it_opens(qtbot, window, tmp_path):
    _set_date(qtbot, window, "2025-03-14")
    qtbot.waitUntil(lambda: _lead_days(window) == ["2025-03-12"] and not window.loader.isRunning(), timeout=120_000)
    path = str(tmp_path / "story.timeline.sqlite")
    assert window.editing.saveAs(path, wait=True)
    with Project.open(path) as project:
        assert list(user_publication_dates(project.edits()).values()) == [dt.date(2025, 3, 14)]
    window.editing.close_project()
    window.applyTimeline(Timeline(), [])
    assert _lead_days(window) == []
    assert window.editing.openProject(path, wait=True)
    assert _lead_days(window) == ["2025-03-12"]
    assert "(set by you)" in window.sources.index(_row_of(window, UNDATED_TITLE)).data()


def test_the_edit_menu_offers_the_current_sources_publication_date(qtbot, window):
    window.source_widget.view.setCurrentIndex(window.sources.index(_row_of(window, UNDATED_TITLE)))
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    edit_menu.aboutToShow.emit()
    texts = {a.text(): a for a in edit_menu.actions()}
    assert texts["Set &Publication Date…"].isEnabled()
    assert not texts["C&lear Publication Date"].isVisible()  # none set yet
    texts["Set &Publication Date…"].trigger()
    assert isinstance(window.editing.dialog, PublicationDateDialog)
    window.editing.dialog.reject()


def test_the_source_model_with_user_dates_passes_the_model_tester(qtmodeltester, sample_timeline):
    model = SourceListModel()
    model.set_timeline(sample_timeline, user_dated={"alpha"})
    qtmodeltester.check(model)
    assert "(set by you)" in model.index(0).data() and "(set by you)" not in model.index(2).data()
    assert "(set by you)" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
