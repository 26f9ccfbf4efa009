"""Saved settings are read defensively: a value of the wrong type is the default (logged once), recent
entries that no longer exist are dropped, and the remembered hidden sources stay bounded."""
from __future__ import annotations

import json
import logging

import pytest
from PySide6.QtCore import QSettings, Qt

from timeline_app.ui.main_window import MAX_HIDDEN_SOURCES, MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")



def _window(qtbot, settings: QSettings) -> MainWindow:
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    return window


def _ini(tmp_path, text: str) -> QSettings:
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


# As written in the file by hand or by another version: every one of these stopped the window or Recent.
FILE_VALUES = [
    ("sources", "hidden", "5"),
    ("sources", "hidden", "[[1,2]]"),
    ("sources", "hidden", '"a string"'),
    ("sources", "hidden", "a, b"),  # QSettings reads this as a list
    ("paths", "recent", "5"),
    ("paths", "recent", "[[1,2]]"),
    ("paths", "recent", '"a string"'),
    ("paths", "recent", "[5, null, {}]"),
    ("paths", "recent", "a, b"),
    ("paths", "last", "5"),
    ("paths", "lastDir", "5"),
    ("window", "geometry", "5"),
    ("window", "state", "not bytes"),
    ("window", "mainSplitter", "@ByteArray(garbage)"),
    ("view", "showToday", "maybe"),
]


@pytest.mark.parametrize(("group", "key", "raw"), FILE_VALUES)
def test_a_setting_of_the_wrong_type_in_the_file_is_the_default(qtbot, tmp_path, caplog, group, key, raw,
                                                                 sample_timeline):
    settings = _ini(tmp_path, f"[{group}]\n{key}={raw}\n")
    with caplog.at_level(logging.WARNING, logger="timeline_app"):
        window = _window(qtbot, settings)
        assert isinstance(window.lastPaths(), list) and isinstance(window.lastDirectory(), str)
        window.recentPaths()
        window.applyTimeline(sample_timeline, [str(tmp_path)])
        assert window.sources.hidden() == frozenset()
        window._fill_recent_menu()
        window.recentPaths()
        window.recentPaths()
        assert all(isinstance(p, list) and all(isinstance(s, str) for s in p) for p in window.recentPaths())
        assert isinstance(window.lastPaths(), list)
        window.saveSettings()
    # Logged once, by name, however often it was read.
    mentions = [r for r in caplog.records if f"{group}/{key}" in r.getMessage()]
    assert len(mentions) == 1, [r.getMessage() for r in caplog.records]
    window.loader.shutdown()


@pytest.mark.parametrize(("key", "value"), [
    ("sources/hidden", 5), ("sources/hidden", [1, 2]), ("paths/recent", 5), ("paths/recent", [[1, 2]]),
    ("paths/recent", "plain"), ("window/geometry", 5), ("window/geometry", "text"), ("window/state", [1]),
    ("window/bottomSplitter", 3.5), ("view/showToday", [True]),
])
def test_a_setting_of_the_wrong_type_in_memory_is_the_default(qtbot, tmp_path, key, value, sample_timeline):
    settings = QSettings(str(tmp_path / "mem.ini"), QSettings.Format.IniFormat)
    settings.setValue(key, value)
    window = _window(qtbot, settings)
    window.applyTimeline(sample_timeline, [str(tmp_path)])
    window._fill_recent_menu()
    assert window.recentPaths() == [[str(tmp_path)]]
    assert window.today_action.isChecked()
    window.loader.shutdown()


def test_recent_entries_that_no_longer_exist_are_pruned_on_read(qtbot, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("paths/recent", json.dumps([[str(a)], [str(tmp_path / "gone")], [str(b)]]))
    window = _window(qtbot, settings)
    assert window.recentPaths() == [[str(a)], [str(b)]]
    assert json.loads(settings.value("paths/recent")) == [[str(a)], [str(b)]]
    window._fill_recent_menu()
    labels = [action.text() for action in window.recent_menu.actions() if not action.isSeparator()]
    assert labels[:2] == ["&1 a", "&2 b"]
    window.loader.shutdown()


def test_a_recent_entry_that_vanished_since_the_menu_opened_is_pruned_when_chosen(qtbot, tmp_path):
    a = tmp_path / "a"
    a.mkdir()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("paths/recent", json.dumps([[str(a)]]))
    window = _window(qtbot, settings)
    window._fill_recent_menu()
    action = window.recent_menu.actions()[0]
    a.rmdir()
    action.trigger()
    assert not window.loader.isRunning()
    assert window.recentPaths() == []
    assert "no longer exists" in window.statusBar().currentMessage()
    window.loader.shutdown()


def test_hidden_sources_stay_bounded_and_keep_the_loaded_ones(qtbot, tmp_path, sample_timeline):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    old = [f"old-{i}" for i in range(5 * MAX_HIDDEN_SOURCES)]
    settings.setValue("sources/hidden", json.dumps(old))
    window = _window(qtbot, settings)
    window.applyTimeline(sample_timeline, [str(tmp_path)])
    window.sources.setData(window.sources.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    window.saveSettings()
    saved = json.loads(settings.value("sources/hidden"))
    assert len(saved) <= MAX_HIDDEN_SOURCES
    assert "beta" in saved
    # The most recently remembered of the old choices are the ones kept.
    assert old[-1] in saved and old[0] not in saved
    window.loader.shutdown()
