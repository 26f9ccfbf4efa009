"""A window a test drops must not be destroyed by the garbage collector while pytest-qt still shows and paints
it (the suite's rare segfault in TimelineView._paint_event; see `qtbot` in tests/conftest.py)."""
from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.timeline_view import TimelineView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _shown_window_dropped(qtbot, tmp_path, timeline) -> weakref.ref:
    # As a test body holds its window: a local, gone when the function returns.
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.applyTimeline(timeline, ["/articles"])
    w.show()
    qtbot.waitExposed(w)
    w.loader.shutdown()
    return weakref.ref(w)


def test_a_window_the_test_dropped_outlives_a_collection_inside_its_own_paint(qtbot, tmp_path, sample_timeline,
                                                                              monkeypatch):
    window = _shown_window_dropped(qtbot, tmp_path, sample_timeline)
    gc.collect()
    assert window() is not None and window().isVisible()  # without the hold: collected here (a cycle held it)

    # The crash itself, made deterministic: the collector running inside the view's paint, as an allocation
    # there sets it off when the generation fills. With the window held, nothing is freed and the paint ends.
    painted: list[int] = []
    paint_event = TimelineView._paint_event

    def collect_then_paint(self, *args, **kwargs):
        gc.collect()
        painted.append(1)
        return paint_event(self, *args, **kwargs)

    monkeypatch.setattr(TimelineView, "_paint_event", collect_then_paint)
    view = window().findChild(TimelineView)
    view.viewport().repaint()
    QApplication.processEvents()
    assert painted and window() is not None and view.isVisible()
