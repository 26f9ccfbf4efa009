"""Loading in the window: the bar moves through one large file, Cancel stops the worker at once, and the
status bar counts what was loaded, skipped and not read."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt

from timeline_app.core.model import Problem, Timeline
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SENTENCE = ("On June 19, 2024, the president met the prime minister in the capital, and the treaty "
            "replaces an agreement signed in 1961.\n")
# Dated sentences spread through plain ones: every stage reports often and none dawdles between reports.
MIXED = SENTENCE + "The delegations talked at length about trade, roads and the weather in the old capital.\n" * 9


@pytest.fixture
def window(qtbot, tmp_path, sample_timeline):
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.applyTimeline(sample_timeline, [str(tmp_path)])
    yield w
    w.loader.shutdown()


def test_progress_moves_in_one_large_file_and_cancel_stops_the_worker_at_once(qtbot, window, tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "big.txt").write_text("A long record\n\n" + MIXED * (1_000_000 // len(MIXED)),
                                    encoding="utf-8")
    seen: list[tuple[int, str, str]] = []
    # Connected after the window's own slot, so it sees the bar and status as the window left them.
    window.loader.progress.connect(
        lambda done, total, label: seen.append((window.progress.value(), label,
                                                window.statusBar().currentMessage())))

    def moved_inside_the_file(done: int, total: int, label: str) -> bool:
        return label.startswith("Finding dates in big.txt") and \
            sum(label.startswith("Finding dates in big.txt") for _v, label, _m in seen) >= 3

    with qtbot.waitSignal(window.loader.progress, timeout=30000, check_params_cb=moved_inside_the_file):
        window.openPaths([str(folder)])
    inside = [(value, message) for value, label, message in seen if label.startswith("Finding dates in big.txt")]
    assert len({value for value, _m in inside}) >= 2  # the bar moved during the one file
    assert re.fullmatch(r"Finding dates in big\.txt — [\d.]+ of [\d.]+ (KB|MB)", inside[-1][1])

    window.cancel_button.click()
    assert not window.cancel_button.isEnabled()  # cancelling, not yet cancelled
    qtbot.waitUntil(lambda: not window.loader.isRunning(), timeout=500)
    qtbot.waitUntil(lambda: not window.cancel_button.isVisibleTo(window))
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.proxy.rowCount() == 7  # the previous timeline stays
    assert window.docs_label.text() == "3 documents"

    # A new load starts at once and finishes.
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text("Leaders meet\n\n" + SENTENCE, encoding="utf-8")
    with qtbot.waitSignal(window.timelineLoaded, timeout=10000):
        window.openPaths([str(small)])
    assert [d.id for d in window.events.documents()] == ["a"]


def test_status_bar_counts_each_kind_of_problem(window, sample_timeline):
    problems = (Problem("/x/photo.png", "not an article (an image)", Problem.SKIPPED),
                Problem("/x/old.txt", "decoded as Windows-1252", Problem.WARNING),
                Problem("/x/empty.txt", "file is empty"),
                Problem("/x/fifo", "not a regular file", Problem.SKIPPED))
    window.applyTimeline(Timeline(sample_timeline.documents, sample_timeline.events, problems), ["/x"])
    assert window.statusBar().currentMessage() == (
        "Loaded 3 articles, 7 events; 2 skipped; 1 could not be read: empty.txt; 1 with a warning")
    texts = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert texts[0] == "/x/photo.png — skipped: not an article (an image)"
    assert texts[1] == "/x/old.txt — warning: decoded as Windows-1252"
    assert texts[2] == "/x/empty.txt — file is empty"
    window.applyTimeline(sample_timeline, ["/x"])
    assert window.statusBar().currentMessage() == "Loaded 3 articles, 7 events"


def test_a_load_hands_the_window_its_event_store_built_off_the_gui_thread(qtbot, qtmodeltester, window, tmp_path,
                                                                           monkeypatch):
    import threading

    from timeline_app.core.event_store import EventStore

    built_on: list[threading.Thread] = []
    original = EventStore.build.__func__
    monkeypatch.setattr(EventStore, "build",
                        classmethod(lambda cls, t: (built_on.append(threading.current_thread()), original(cls, t))[1]))
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Leaders meet\n\n" + SENTENCE, encoding="utf-8")
    (folder / "b.txt").write_text("Treaty talks\n\n" + MIXED, encoding="utf-8")
    with qtbot.waitSignal(window.timelineLoaded, timeout=20000):
        window.openPaths([str(folder)])
    assert window.events.rowCount() > 0
    # Built once, by the loader's worker; the window took it as it came.
    assert built_on and threading.main_thread() not in built_on
    assert window.events.store() is window.events.timeline().events.store()
    assert len(window.proxy.store()) == window.events.rowCount()
    qtmodeltester.check(window.events)
    qtmodeltester.check(window.proxy)


def test_a_load_runs_on_the_worker_with_the_collector_paused_and_restores_it(qtbot, window, tmp_path, monkeypatch):
    # A full collection on the worker holds the GIL for its whole walk and freezes the GUI thread: the window's
    # load takes the build's pause (core/collector.py) as the command line does.
    import gc
    import threading

    from timeline_app.core import news

    seen: list[tuple[threading.Thread, bool]] = []
    real = news.resolve_news  # (after the map, outside the per-document and merging pauses)

    def watching(*args, **kwargs):
        seen.append((threading.current_thread(), gc.isenabled()))
        return real(*args, **kwargs)

    monkeypatch.setattr(news, "resolve_news", watching)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Treaty talks\n\n" + MIXED, encoding="utf-8")
    assert gc.isenabled()
    with qtbot.waitSignal(window.timelineLoaded, timeout=20000):
        window.openPaths([str(folder)])
    assert window.events.rowCount() > 0
    assert len(seen) == 1 and seen[0][0] is not threading.main_thread() and seen[0][1] is False
    assert gc.isenabled()


@pytest.mark.parametrize(("done", "total", "text"), [
    (0, 3_962_934, "0.0%"),
    (37_000, 3_962_934, "0.9%"),  # file 61 of 2,000 small articles: Qt's "%p%" said "0%"
    (99, 1000, "9.9%"),
    (100, 1000, "10%"),
    (999, 1000, "99%"),  # never rounded up to a load that is done
    (1000, 1000, "100%"),
    (5, 0, "0.0%"),
])
def test_the_bar_text_says_the_share_done_in_tenths_below_ten_percent(done, total, text):
    from timeline_app.ui.main_window import progress_text

    assert progress_text(done, total) == text


def test_the_bar_follows_the_progress_signal_file_by_file(window):
    window._load_started(["/news"])
    shown = []
    for files, done in ((1, 700), (30, 21_000), (61, 37_000), (150, 94_000)):
        window.loader.progress.emit(done, 3_962_934, f"Reading {files:04d}.txt — file {files} of 2000")
        shown.append((window.progress.value(), window.progress.maximum(), window.progress.text()))
    assert [value for value, _m, _t in shown] == [700, 21_000, 37_000, 94_000]
    assert {maximum for _v, maximum, _t in shown} == {3_962_934}
    assert [text for _v, _m, text in shown] == ["0.0%", "0.5%", "0.9%", "2.3%"]
    assert window.statusBar().currentMessage().endswith("file 150 of 2000")


@pytest.mark.parametrize("cache", ["off", "on"])
def test_a_load_hands_the_window_every_texts_hash_so_the_first_edit_hashes_none(qtbot, window, tmp_path, monkeypatch,
                                                                               cache):
    """Without the timeline cache the first edit hashed every article's text on the GUI thread: the load's
    worker hashes them, with or without the cache."""
    import threading

    from timeline_app.core import edits as core_edits

    if cache == "off":
        monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Ferry strike\n\n" + SENTENCE, encoding="utf-8")
    (folder / "port.txt").write_text("Port talks\n\n" + MIXED, encoding="utf-8")
    hashed_on: list[threading.Thread] = []
    original = core_edits._text_hash
    monkeypatch.setattr(core_edits, "_text_hash",
                        lambda text: (hashed_on.append(threading.current_thread()), original(text))[1])
    with qtbot.waitSignal(window.timelineLoaded, timeout=20000):
        window.openPaths([str(folder)])
    timeline = window.events.timeline()
    assert timeline.events
    assert set(timeline.text_hashes or {}) == {d.id for d in timeline.documents}
    assert threading.main_thread() not in hashed_on
    # The first edit (a rename, as the dialog makes it) hashes nothing on the GUI thread.
    window.selectEventRow(0)
    window.editing.ask_unsaved = lambda doing: "discard"
    window.editing.edit_action.trigger()
    dialog = window.editing.dialog
    dialog.title.setText("Ferry strike called off")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.title == "Ferry strike called off" for e in window.events.rowEvents()))
    assert threading.main_thread() not in hashed_on


def test_cancel_returns_to_idle_while_the_worker_is_still_inside_a_step_and_drops_its_late_result(qtbot, window):
    """A stage may run a long while between two progress reports (a whole-document pass over a large article;
    longer on a busy machine): Cancel does not wait for it. The window is idle and says "cancelled" at once,
    the previous timeline stays, and what the worker returns later is dropped (and closed)."""
    import threading

    inside_the_step = threading.Event()
    step_may_end = threading.Event()
    closed: list[bool] = []

    class LateResult:
        def close(self) -> None:
            closed.append(True)

    def job(progress, cancelled):
        progress(1, 10, "Finding dates in slow.txt")
        inside_the_step.set()
        step_may_end.wait(10)  # a step that checks for Cancel only when it ends
        return LateResult()

    finished: list[object] = []
    window.loader.finished.connect(lambda result, paths: finished.append(result))
    window.loader.run(job, ["/slow"])
    qtbot.waitUntil(inside_the_step.is_set)
    qtbot.waitUntil(lambda: window.cancel_button.isVisibleTo(window))
    window.cancel_button.click()
    try:
        assert not window.loader.isRunning()
        assert window.loader.workersRunning()  # the thread itself is still in its step
        assert not window.cancel_button.isVisibleTo(window) and not window.progress.isVisibleTo(window)
        assert "cancelled" in window.statusBar().currentMessage()
        assert window.proxy.rowCount() == 7  # the previous timeline stays
    finally:
        step_may_end.set()
    qtbot.waitUntil(lambda: not window.loader.workersRunning())
    qtbot.waitUntil(lambda: bool(closed))
    assert finished == [] and window.proxy.rowCount() == 7


def test_cancel_stops_the_worker_thread_inside_a_whole_document_pass(qtbot, window, tmp_path, monkeypatch):
    """Cancel stops the work, not only the window: a cancelled load's thread ends within half a second even
    inside a pass over every candidate that reports no progress (merging's filing, here slowed per candidate
    as on a busy machine), rather than running to that pass' end."""
    import threading
    import time

    from timeline_app.core import merging

    filing = threading.Event()
    file_one = merging._file

    def slow_file(buckets, c):
        filing.set()
        time.sleep(0.002)  # (the worker's: a slow machine; the test itself waits on events)
        return file_one(buckets, c)

    monkeypatch.setattr(merging, "_file", slow_file)
    monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    folder = tmp_path / "big"
    folder.mkdir()
    lines = [f"On May {1 + k % 28}, {1990 + k // 28}, the council opened bridge {k} in the old capital.\n"
             for k in range(2000)]  # 2,000 events on as many dates: seconds of filing at 2 ms each
    (folder / "bridges.txt").write_text("Bridges\n\n" + "".join(lines), encoding="utf-8")
    window.openPaths([str(folder)])
    qtbot.waitUntil(filing.is_set, timeout=60000)
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.loader.workersRunning(), timeout=500)
    assert window.proxy.rowCount() == 7  # the previous timeline stays


def test_the_bar_moves_while_one_large_file_is_read_and_cancel_stops_the_reading(qtbot, window, tmp_path, monkeypatch):
    """Reading one large file reports no progress of its own: the loader's checks for Cancel move the bar within
    it (core/pipeline.py `creep_to`), and Cancel there ends the worker thread within the half second the other
    Cancel tests allow."""
    from timeline_app.core import pipeline

    # (A pulse at every check, not every quarter second: the test waits on moves, not on the clock. Not raising
    # where the setting is missing: without pulses the bar waits, and the test fails on that.)
    monkeypatch.setattr(pipeline, "PULSE_SECONDS", 0.0, raising=False)
    monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "big.txt").write_text("A long record\n\n" + MIXED * (1_500_000 // len(MIXED)), encoding="utf-8")
    values: list[int] = []

    def reading(done: int, total: int, label: str) -> bool:
        if label.startswith("Reading big.txt"):
            values.append(window.progress.value())
        return len(set(values)) >= 5

    window.loader.progress.connect(reading)  # (after the window's own slot: the bar as the window left it)
    with qtbot.waitSignal(window.loader.progress, timeout=30000, check_params_cb=reading):
        window.openPaths([str(folder)])
    assert values == sorted(values)  # moving on, never back
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.loader.workersRunning(), timeout=500)
    assert window.proxy.rowCount() == 7  # the previous timeline stays
