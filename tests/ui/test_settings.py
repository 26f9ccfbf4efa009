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
    ("list", "sort", "[7, 0]"),
    ("list", "sort", "[1, 2]"),
    ("list", "sort", '"title"'),
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


def test_remembered_hidden_sources_are_what_folding_every_change_gives(qtbot, tmp_path):
    """The window folds each change of the check states into the remembered ids as it happens: what it saves
    is what folding each change in turn gives (the old ids keep the room the loaded ones leave)."""
    import random

    from timeline_app.core.model import Document, Timeline

    docs = tuple(Document(id=f"s{i:03d}", path=f"/s{i}.txt", text="x", title=f"S{i}") for i in range(300))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    old = [f"old-{i}" for i in range(MAX_HIDDEN_SOURCES)] + ["s001", "s299"]
    settings.setValue("sources/hidden", json.dumps(old))
    window = _window(qtbot, settings)
    remembered = dict.fromkeys(old[-MAX_HIDDEN_SOURCES:])  # as the window reads them

    def fold(hidden: frozenset[str]) -> None:  # the rule, applied at each change
        nonlocal remembered
        loaded = window.sources.loaded_ids()
        kept = [h for h in remembered if h not in loaded]
        remembered = dict.fromkeys((kept + sorted(hidden))[-MAX_HIDDEN_SOURCES:])

    window.sources.hiddenChanged.connect(fold)
    rng = random.Random(4)
    for round_ in range(3):
        shown = docs if round_ != 1 else docs[::3]  # another timeline, with fewer of the sources
        window.applyTimeline(Timeline(documents=shown), [str(tmp_path)])
        # "Only this" leaves no room for the old ids; "All sources" after it does not bring them back.
        window.sources.show_only(5)
        window.sources.setData(window.sources.index(5), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        window.sources.show_all()
        window.saveSettings()
        assert json.loads(settings.value("sources/hidden")) == list(remembered)
        for _ in range(12):
            roll = rng.random()
            row = rng.randrange(len(shown))
            if roll < 0.5:
                state = window.sources.index(row).data(Qt.ItemDataRole.CheckStateRole)
                flip = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
                window.sources.setData(window.sources.index(row), flip, Qt.ItemDataRole.CheckStateRole)
            elif roll < 0.7:
                window.sources.show_only(row)
            elif roll < 0.8:
                window.sources.show_all()
            else:
                window.sources.set_hidden(d.id for d in shown if rng.random() < 0.3)
            if rng.random() < 0.2:
                window.saveSettings()  # a read in between folds too
                assert json.loads(settings.value("sources/hidden")) == list(remembered)
    window.saveSettings()
    assert json.loads(settings.value("sources/hidden")) == list(remembered)
    window.loader.shutdown()


def test_the_event_list_comes_back_sorted_as_it_was_left(qtbot, tmp_path, sample_timeline):
    from PySide6.QtCore import QPoint

    from timeline_app.ui.event_model import Column, EventRole

    settings_path = str(tmp_path / "settings.ini")

    def shown() -> MainWindow:
        window = MainWindow(settings=QSettings(settings_path, QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.applyTimeline(sample_timeline, ["/articles"])
        window.show()
        qtbot.waitExposed(window)
        return window

    def titles(window) -> list[str]:
        m = window.list_proxy
        return [m.index(r, 0).data(EventRole.Event).title for r in range(m.rowCount())]

    first = shown()
    header = first.list_view.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(int(Column.Title)) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)  # by title…
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)  # …Z to A
    by_title_descending = sorted(titles(first), reverse=True)
    qtbot.waitUntil(lambda: titles(first) == by_title_descending)
    first.close()
    first.loader.shutdown()
    again = shown()
    assert titles(again) == by_title_descending
    assert again.list_view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    again.loader.shutdown()
