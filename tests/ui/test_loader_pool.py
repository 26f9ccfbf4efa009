"""The process pool driven from the window's loader thread: spawned workers work from a QThread, give the
serial result, and closing the window mid-load leaves no worker process behind."""
from __future__ import annotations

import multiprocessing

import pytest
from PySide6.QtCore import QSettings

from timeline_app.core.pipeline import build_timeline, seeds_dir
from timeline_app.ui.loader import Loader
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SENTENCE = ("On June 19, 2024, the president met the prime minister in the capital, and the treaty "
            "replaces an agreement signed in 1961.\n"
            + "The delegations talked at length about trade, roads and the weather in the old capital.\n" * 9)


def test_the_pool_runs_from_the_loader_thread_and_gives_the_serial_result(qtbot, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_WORKERS", "2")
    loader = Loader()
    labels: list[str] = []
    loader.progress.connect(lambda _done, _total, label: labels.append(label))
    with qtbot.waitSignal(loader.finished, timeout=120_000) as finished:
        loader.load([str(seeds_dir())])
    timeline = finished.args[0]
    assert timeline == build_timeline([seeds_dir()], workers=1, cache=False)
    assert any(label.startswith("Finding dates and events") and "2 processes" in label for label in labels)
    qtbot.waitUntil(lambda: not loader.isRunning(), timeout=5000)
    assert not multiprocessing.active_children()


def test_closing_the_window_during_a_pool_load_leaves_no_worker_process(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_WORKERS", "2")
    folder = tmp_path / "articles"
    folder.mkdir()
    for k in range(40):  # enough chunks that the load is still running when the window closes
        (folder / f"a{k:02d}.txt").write_text(f"Article {k}\n\n" + SENTENCE * 30, encoding="utf-8")
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.progress, timeout=120_000,
                          check_params_cb=lambda _d, _t, label: label.startswith("Finding dates and events")
                          and "starting" not in label):  # workers are running chunks
        window.openPaths([str(folder)])
    assert multiprocessing.active_children()
    window.close()  # closeEvent shuts the loader down: Cancel, then wait for its thread
    assert not window.loader.workersRunning()
    assert not multiprocessing.active_children()


def test_a_load_imports_what_the_window_needs_for_its_events_on_the_worker(tmp_path):
    """Swapping in a loaded timeline imported numpy.ma (np.unique), the lane layout and, when the cache answered
    the load, numpy itself on the GUI thread: ~0.6 s with the window frozen. The worker imports them now."""
    import subprocess
    import sys

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks resume\n\nJune 20, 2024\n\nOn June 19, 2024, the two leaders met in Oslo.\n",
                                  encoding="utf-8")
    script = ("import sys\n"
              "from timeline_app.ui.loader import MODULES_FOR_EVENTS, load_timeline\n"
              f"timeline = load_timeline([{str(folder)!r}])\n"
              "assert timeline.events, timeline\n"
              "print(sorted(set(MODULES_FOR_EVENTS) - set(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "TIMELINE_APP_CACHE": "0"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_failed_import_ahead_of_the_window_leaves_the_built_timeline(monkeypatch):
    """The modules imported for the window are a head start only: their failure (an ImportError) does not turn
    the built timeline into a "could not be loaded" problem."""
    from timeline_app.core.model import Timeline
    from timeline_app.ui import loader

    built = build_timeline([seeds_dir()], workers=1, cache=False)
    monkeypatch.setattr("timeline_app.core.pipeline.build_timeline", lambda *_a, **_k: built)
    monkeypatch.setattr(loader, "MODULES_FOR_EVENTS", ("timeline_app.no_such_module",))
    timeline = loader.load_timeline([str(seeds_dir())])
    # the same timeline, its events handed over with their store (`prepare_for_window`) all the same
    assert timeline == built and built.events and isinstance(timeline, Timeline)
