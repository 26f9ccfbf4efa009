"""An article that prints no publication date, telling its news by "on Thursday" and "yesterday": its Sources row
says how many dates wait for a date, the tooltip names them (plain text: nothing of the article is read as
markup) and says how to give it (Edit → Set Publication Date…), as the article's note does; once the user sets
the date, the hint goes. A dated article's row says nothing of it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox

from timeline_app.core.model import Document, Timeline
from timeline_app.ui.edit_dialogs import PublicationDateDialog
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.source_list import SourceListModel, SourceRole

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")

TITLE = "Bridge <b>closed</b> & ferry stops"
UNDATED = (f"{TITLE}\n\nThe council voted on Thursday to close the old bridge over the river. Yesterday the mayor "
           "said repairs would take months. The bridge opened on May 4, 1921.\n")


def _plain(tooltip: str) -> str:
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


@pytest.fixture
def window(qtbot, tmp_path: Path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bridge.txt").write_text(UNDATED, encoding="utf-8")
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.editing.ask_unsaved = lambda doing: "discard"
    w.openPaths([str(folder)], confirm=False)
    qtbot.waitUntil(lambda: len(w.events.documents()) == 1 and not w.loader.isRunning(), timeout=120_000)
    yield w
    w.loader.shutdown()


def test_the_row_says_what_waits_for_a_date_until_the_user_sets_it(qtbot, window):
    index = window.sources.index(0)
    assert index.data().split("\n")[1] == "date unknown · 1 event · 2 dates need it"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>closed</b>" not in tip  # the article's "markup" is escaped, never rendered
    plain = _plain(tip)
    assert TITLE in plain
    assert ("2 dates here count from a publication date the page does not give (“Thursday”, “Yesterday”), so the "
            "timeline cannot place them. Give the article its date with Edit → Set Publication Date…") in plain

    document = index.data(SourceRole.Document)
    window.openArticle(document.id, 0, 5)
    qtbot.waitUntil(lambda: "Set Publication Date" in window.articles.droppedNote())
    assert window.articles.dropped.isVisibleTo(window.articles)
    assert "“Thursday”, “Yesterday”" in window.articles.dropped.text()

    window.source_widget.view.setCurrentIndex(index)
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    edit_menu.aboutToShow.emit()
    window.editing.set_published_action.trigger()
    dialog = window.editing.dialog
    assert isinstance(dialog, PublicationDateDialog)
    dialog.date.edit.clear()
    qtbot.keyClicks(dialog.date.edit, "5 August 2021")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(set by you)" in (window.sources.index(0).data() or "")
                    and not window.loader.isRunning(), timeout=120_000)
    row = window.sources.index(0).data()
    assert "need" not in row and row.endswith("events")
    assert "Set Publication Date" not in _plain(window.sources.index(0).data(Qt.ItemDataRole.ToolTipRole))
    window.openArticle(window.sources.index(0).data(SourceRole.Document).id, 0, 5)
    assert "Set Publication Date" not in window.articles.droppedNote()


def _doc(doc_id: str, published: dt.date | None, waiting) -> Document:
    return Document(doc_id, f"/a/{doc_id}.txt", "Met on Thursday and on Friday.", doc_id.title(), published,
                    waiting=waiting)


@pytest.mark.parametrize("published, waiting, said", [
    (None, ((7, 15), (23, 29)), "date unknown · 0 events · 2 dates need it"),
    (None, ((7, 15),), "date unknown · 0 events · 1 date needs it"),
    (None, (), "date unknown · 0 events"),  # nothing waits
    (None, None, "date unknown · 0 events"),  # not known (an older project file): nothing said
    (dt.date(2021, 8, 5), (), "5 August 2021 · 0 events"),
])
def test_the_hint_only_for_an_undated_source_with_dates_waiting(qtmodeltester, published, waiting, said):
    model = SourceListModel()
    model.set_timeline(Timeline((_doc("town", published, waiting),), (), ()))
    qtmodeltester.check(model)
    assert model.index(0).data().split("\n")[1] == said
    assert ("Set Publication Date" in _plain(model.index(0).data(Qt.ItemDataRole.ToolTipRole))) == ("need" in said)
