"""Frictions a journalist's walk through the window found (benchmarks/journalist_walk.py), each pinned by a test
that failed before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _long_timeline(n_events: int = 200) -> Timeline:
    """One article of `n_events` sentences, each an event a day after the one before: more rows than the list
    shows."""
    sentences = [f"word{k} happened." for k in range(n_events)]
    text = " ".join(sentences)
    spans = []
    start = 0
    for sentence in sentences:
        spans.append(Sentence(start, start + len(sentence)))
        start += len(sentence) + 1
    doc = Document(id="d", path="/a/d.txt", text=text, title="An article", published=None, sentences=tuple(spans))
    events = []
    for k, span in enumerate(spans):
        day = dt.date(2000, 1, 1) + dt.timedelta(days=k)
        word = f"word{k}"
        events.append(Event(f"e{k}", f"Event {word}", day, day, Precision.DAY,
                            (Mention("d", span.start, span.start + len(word), word, span.start, span.end),)))
    return Timeline(documents=(doc,), events=tuple(events), problems=())


@pytest.fixture
def long_window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.applyTimeline(_long_timeline(), ["/a"])
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.loader.shutdown()


def _row_shown(view, index) -> bool:
    rect = view.visualRect(index)
    return rect.isValid() and view.viewport().rect().intersects(rect)


def test_clearing_the_search_keeps_the_chosen_event_in_the_list_view(qtbot, qtmodeltester, long_window):
    """Search, choose the match, clear the search (Esc): the list came back scrolled to its top with the chosen
    event, still shown in the details, hundreds of rows below and out of sight."""
    w = long_window
    w.focusSearch()
    qtbot.keyClicks(w.search, "word150")
    qtbot.waitUntil(lambda: w.proxy.rowCount() == 1)
    qtbot.keyClick(w.search, Qt.Key.Key_Return)  # the keyboard path: search, Enter, read
    assert w.selectedEvent().id == "e150"
    w.focusSearch()
    qtbot.keyClick(w.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.proxy.rowCount() == 200)
    assert w.selectedEvent().id == "e150"
    current = w.list_view.selectionModel().currentIndex()
    assert current.isValid() and w.list_proxy.mapToSource(current).row() == w.proxy.mapFromSource(
        w.events.index(150, 0)).row()
    qtbot.waitUntil(lambda: _row_shown(w.list_view, current), timeout=2000)
    qtmodeltester.check(w.proxy)
