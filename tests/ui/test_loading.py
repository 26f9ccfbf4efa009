"""Loading in the window: the bar moves through one large file, Cancel stops the worker at once, and the
status bar counts what was loaded, skipped and not read."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings

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
    qtbot.waitUntil(window.loader.isIdle, timeout=500)
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
