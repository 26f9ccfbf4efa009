"""Start-up (issue 10, item 5): what the first paint waits for. Timings are benchmarks/startup.py's; these tests
keep what made it fast from silently coming back."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from timeline_app.ui.first_paint import after_first_paint

ROOT = Path(__file__).resolve().parents[2]

# Modules the first paint does not need: the tagger and the grammar (with lemminflect and its data), extraction,
# merging, the project file, export and printing, the lanes and clusters of events on screen. Each is imported
# where it is used.
NOT_AT_START = ("timeline_app.core.temporal", "timeline_app.core.grammar", "timeline_app.core.extraction",
                "timeline_app.core.news", "timeline_app.core.merging", "timeline_app.core.documents",
                "timeline_app.core.project", "timeline_app.core.export", "timeline_app.core.publish",
                "timeline_app.ui.render", "timeline_app.ui.export_dialog", "timeline_app.ui.edit_dialogs",
                "timeline_app.core.user_dates", "lemminflect", "textblob", "dateutil", "importlib.metadata",
                "timeline_app.core.lanes")


def _modules_after(code: str) -> set[str]:
    """The modules loaded in a fresh interpreter (this checkout first on the path) after running `code`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_main_window_imports_nothing_the_first_paint_does_not_need():
    loaded = _modules_after("import timeline_app.ui.main_window, timeline_app.ui.app, timeline_app.cli")
    assert "timeline_app.ui.main_window" in loaded  # the check itself ran
    assert sorted(m for m in NOT_AT_START if m in loaded) == []


# What loading needs only when something changed: a warm start takes the merged timeline from the cache.
NOT_WHEN_CACHED = ("timeline_app.core.temporal", "timeline_app.core.grammar", "timeline_app.core.extraction",
                   "timeline_app.core.news", "timeline_app.core.merging", "timeline_app.core.analysis",
                   "timeline_app.core.references", "timeline_app.core.document_map", "lemminflect", "dateutil")


def test_a_warm_start_loads_the_seeds_without_extraction_or_merging(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_CACHE", str(tmp_path / "cache"))
    load = ("from timeline_app.ui.loader import load_timeline\n"
            "from timeline_app.core.pipeline import seeds_dir\n"
            "timeline = load_timeline([str(seeds_dir())])\n"
            "assert timeline.events and not timeline.problems, timeline.problems\n")
    cold = _modules_after(load)
    assert "timeline_app.core.merging" in cold  # the first load did the work, and kept its result
    warm = _modules_after(load)
    assert "timeline_app.core.timeline_cache" in warm
    assert sorted(m for m in NOT_WHEN_CACHED if m in warm) == []


def test_the_window_shows_first_then_loads_the_seeds(tmp_path):
    """The app on the seeds, timed by its start-up probe: the window is painted before the seeds are loaded
    (they load on a thread started after that paint), and then painted with them."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIMELINE_APP_STARTUP_PROBE": "1",
           "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "timeline_app"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    stages = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("startup-probe ")]
    assert stages == ["first-paint", "loaded-paint"]


# What the empty window does not need but a timeline with events does: numpy (the event store's columns, the
# timeline's date index) and the edits (applied to every timeline shown). Each loads with the first events.
WITH_EVENTS = ("numpy", "timeline_app.core.edits")
# Not even then: the project file (the seeds are a folder) and an event's citation (Copy with sources); nor,
# before the probe reports the paint, the version (`importlib.metadata`), read just after it, or the pipeline
# and the timeline cache (with sqlite3), which the loader brings once the window is painted.
NOT_BEFORE_EVENTS = (*WITH_EVENTS, "timeline_app.core.project", "timeline_app.ui.citation", "importlib.metadata",
                     "timeline_app.core.pipeline", "timeline_app.core.timeline_cache", "sqlite3",
                     "timeline_app.core.lanes")

_RECORD_MODULES = f"""
import sys
from timeline_app.ui import startup_probe

reported = startup_probe.report

def report(stage):
    import gc
    from PySide6 import QtWidgets

    watched = [m for m in {NOT_BEFORE_EVENTS!r} if m in sys.modules]
    print("modules", stage, *watched, file=sys.stderr, flush=True)
    print("collector", stage, gc.isenabled(), file=sys.stderr, flush=True)
    print("qstyle", stage, "QStyle" in vars(QtWidgets), file=sys.stderr, flush=True)
    reported(stage)

startup_probe.report = report
from timeline_app.__main__ import main
sys.exit(main([]))
"""


def _recorded(tmp_path) -> list[str]:
    """The lines the recording probe printed (stderr) for the app started on the seeds."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIMELINE_APP_STARTUP_PROBE": "1",
           "XDG_CONFIG_HOME": str(tmp_path),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", _RECORD_MODULES], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stderr.splitlines()


def test_the_empty_first_paint_waits_for_no_numpy_and_no_edits(tmp_path):
    """The app on the seeds, watched at its start-up probe's two stages: the empty window is painted before
    numpy and the edits are imported, and the seeds' timeline brings them."""
    loaded = {line.split()[1]: line.split()[2:] for line in _recorded(tmp_path) if line.startswith("modules ")}
    assert loaded["first-paint"] == []
    assert set(WITH_EVENTS) <= set(loaded["loaded-paint"])


def _probed(tmp_path, key: str) -> dict[str, str]:
    """{stage: value} of the lines `KEY STAGE VALUE` the recording probe printed for the app on the seeds."""
    return {line.split()[1]: line.split()[2] for line in _recorded(tmp_path) if line.startswith(key + " ")}


def test_the_garbage_collector_waits_for_the_first_paint(tmp_path):
    """No cyclic collection while the window's modules load (each pass walks every object made so far); it runs
    again from the moment the window is painted."""
    import gc

    assert gc.isenabled()  # the collector this test's interpreter (and so the app's) starts with
    assert _probed(tmp_path, "collector") == {"first-paint": "False", "loaded-paint": "True"}


def test_the_first_paint_builds_no_qstyle_class(tmp_path):
    """PySide builds a Qt class's Python type, with every enum in it, when the class is first touched: the
    window no longer imports QStyle (its enums are read through the style instance), and the first-paint
    hook no longer sees every object's events, which made PySide build the classes of whatever it met."""
    fresh = subprocess.run([sys.executable, "-c", "from PySide6 import QtWidgets; print('QStyle' in vars(QtWidgets))"],
                           capture_output=True, text=True, timeout=120)
    if fresh.stdout.strip() != "False":
        pytest.skip("this PySide builds its classes when the module is imported")
    assert _probed(tmp_path, "qstyle")["first-paint"] == "False"


def test_after_first_paint_waits_for_the_paint(qtbot):
    window = QWidget()
    QLabel("hello", window)
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append(window.isVisible()), fallback_ms=60_000)
    for _ in range(3):
        QApplication.processEvents()  # the event loop runs, but nothing is painted while the window is hidden
    assert calls == []
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    repainted = []
    after_first_paint(window, lambda: repainted.append(True), fallback_ms=60_000)
    window.update()
    qtbot.waitUntil(lambda: repainted == [True])
    assert calls == [True]  # once only


def test_after_first_paint_falls_back_when_never_painted(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append("called"), fallback_ms=10)
    qtbot.waitUntil(lambda: calls == ["called"])


def test_the_probe_can_stop_at_the_first_paint(tmp_path):
    """TIMELINE_APP_STARTUP_PROBE=first-paint (benchmarks/startup.py --instructions): the app reports its first
    paint and exits there, without loading the seeds."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIMELINE_APP_STARTUP_PROBE": "first-paint",
           "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "timeline_app"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [line.split()[1] for line in done.stderr.splitlines() if line.startswith("startup-probe ")] == [
        "first-paint"]
