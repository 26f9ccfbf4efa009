"""How long one edit takes in the window, from the action to the redrawn selection, at several sizes.

Each edit is a push on the undo stack: the edit is stored (in memory, or one committed SQLite transaction in a
project), the whole view is rebuilt (`apply_edits` + a model reset) and the edited event selected again.
Prints the median and worst of 20 edits (star toggles on random events), and of their undos, with and without
a project.

    QT_QPA_PLATFORM=offscreen python benchmarks/edit_speed.py [N_EVENTS ...]   (default: 1000 10000)
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.ui.main_window import MainWindow  # noqa: E402
from timeline_speed import make_timeline  # noqa: E402


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.0f} ms, worst {max(samples) * 1000:.0f} ms"


def run(n_events: int, project: bool, app: QApplication) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(settings=QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1400, 900)
        window.show()
        timeline = make_timeline(n_events)
        window.applyTimeline(timeline, ["/synthetic"])
        if project:
            started = time.perf_counter()
            window.editing.saveAs(Path(tmp) / "bench.timeline.sqlite")
            print(f"  save as project: {(time.perf_counter() - started) * 1000:.0f} ms")
        rng = random.Random(7)
        edits, undos = [], []
        for _ in range(20):
            row = rng.randrange(window.proxy.rowCount())
            window.selectEventRow(row)
            started = time.perf_counter()
            window.editing.toggleStar()
            app.processEvents()
            edits.append(time.perf_counter() - started)
        for _ in range(20):
            started = time.perf_counter()
            window.editing.undo_stack.undo()
            app.processEvents()
            undos.append(time.perf_counter() - started)
        where = "project" if project else "memory"
        print(f"{n_events:>7} events, {where:>7}: edit {ms(edits)}; undo {ms(undos)}")
        window.editing.ask_unsaved = lambda doing: "discard"
        window.close()


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    app = QApplication.instance() or QApplication([])
    for n in sizes:
        for project in (False, True):
            run(n, project, app)


if __name__ == "__main__":
    main()
