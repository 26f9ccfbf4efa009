"""A file or folder name is untrusted too (issue 7): a bidi override (U+202E) or another character that reorders
or hides text, put in a file name, must not reach what the window shows. Every label, tooltip, tab, list item,
action and status message that shows a path or a name shows it through `html_text.visible_text`."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractListModel, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

UNSEEN = ("\u202e", "\u202d", "\u2066", "\u200b", "\ufeff")

ARTICLE = """Harbour talks

Published June 20, 2024

On June 19, 2024, the two ports signed a shipping pact at a meeting in the old customs hall.
Officials said on March 3, 2023 that the talks had stalled over fees.
"""


@pytest.fixture
def loaded(qtbot, tmp_path):
    folder = tmp_path / "news \u2066desk\u2069"
    folder.mkdir()
    (folder / "harbour \u202etxt.exe\u202c talks.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "notes\u200b \u202dplain.txt").write_text(ARTICLE.replace("Harbour talks", ""), encoding="utf-8")
    (folder / "empty \u202eevil.txt").write_bytes(b"")  # a problem, with its path, in the Problems panel
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.loadNow([str(folder)])
    yield window
    window.loader.shutdown()


def _shown_strings(window) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = [("window title", window.windowTitle()),
                                    ("status bar", window.statusBar().currentMessage())]
    for widget in [window, *window.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        shown += [(f"{name}.toolTip", widget.toolTip()), (f"{name}.statusTip", widget.statusTip()),
                  (f"{name}.windowTitle", widget.windowTitle())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            shown.append((f"{name}.text", widget.text()))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                shown += [(f"{name} tab {i}", widget.tabText(i)), (f"{name} tab {i} tip", widget.tabToolTip(i))]
    for action in window.findChildren(QAction):
        shown += [(f"action {action.text()!r}", action.text()), (f"action {action.text()!r} tip", action.toolTip()),
                  (f"action {action.text()!r} status", action.statusTip())]
    models = {"events": window.events, "list": window.list_proxy, "sources": window.sources,
              "problems": window.problems.model()}
    for model_name, model in models.items():
        columns = 1 if isinstance(model, QAbstractListModel) else max(1, model.columnCount())
        for row in range(model.rowCount()):
            for col in range(columns):
                index = model.index(row, col)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.StatusTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        shown.append((f"{model_name}[{row},{col}] role {role}", value))
    for row in range(window.proxy.rowCount()):
        shown.append((f"timeline tooltip {row}", window.timeline.eventToolTip(row)))
    return shown


def test_no_shown_text_carries_a_file_names_unseen_characters(qtbot, loaded):
    window = loaded
    assert window.problems.count() >= 1 and window.proxy.rowCount() >= 1
    for row in range(window.proxy.rowCount()):  # details, passages and article tabs exist
        window.selectEventRow(row)
        for number in range(len(window.detail.passages())):
            window.detail.activatePassage(number)
    assert window.articles.tabs.count() >= 2
    window._fill_recent_menu()
    shown = _shown_strings(window) + [("detail pane", window.detail.toPlainText())]
    assert any("harbour" in text for _, text in shown)  # the names do reach the window
    bad = [(where, text) for where, text in shown if any(c in text for c in UNSEEN)]
    assert bad == [], "\n".join(f"{w}: {t!r}" for w, t in bad)
