"""Opening a project of many events into the window: `Project.open(path).view()` and the window set from it.

    QT_QPA_PLATFORM=offscreen python benchmarks/project_columns.py [N_EVENTS ...]   # default: 100000 1000000
    python benchmarks/project_columns.py --objects 1000000                          # the object path (before)

For each N: a synthetic project of N events (the timeline benchmark's column timeline: 50 sources, one to
three mentions each) is written straight into the project's SQLite format by `Project.create` (from the
columns, no extraction), in a child process; another child process, which has done nothing else, then opens
it and prints wall and CPU time (the process's, all threads) of

- `Project.open(path)`: the rows read into columns (`--objects`: into Event and Mention objects, as before);
- `.view()`: the edits applied (none stored: the results as they are);
- setting the view into the window (`MainWindow.showEdited`, offscreen, the first paint included);
- one edit (a star toggled on a middle event: stored, applied, the window set again);

and the resident memory (RSS) after setting the window, with the peak until then and after the edit (which
holds the old view and the new one a moment). The machine is shared: CPU time is what compares.
Tests never assert timings; this script is where they are watched.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TIMELINE_APP_CACHE", "0")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def _timed(fn):
    c0, t0 = time.process_time(), time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0, time.process_time() - c0


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def write(n: int, path: str) -> None:
    from timeline_speed import make_column_timeline

    from timeline_app.core.project import Project

    timeline = make_column_timeline(n)
    _, wall, cpu = _timed(lambda: Project.create(path, timeline, []).close())
    print(f"written: {n:,} events, {os.path.getsize(path) / 1e6:.0f} MB, in {wall:.1f} s (CPU {cpu:.1f})")


def open_in_window(path: str, objects: bool) -> None:
    import timeline_app.core.project as project_module

    if objects:  # the object path, as before: every Event and Mention made at open
        project_module._read_columns = lambda connection, documents: None
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.edits import event_edit
    from timeline_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(tempfile.gettempdir()) / "project-columns-bench.ini"),
                         QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(settings=settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    base = _rss_mb()
    project, open_wall, open_cpu = _timed(lambda: project_module.Project.open(path))
    edited, view_wall, view_cpu = _timed(project.view)
    n = len(edited.timeline.events)
    print(f"Project.open:          {open_wall:6.2f} s (CPU {open_cpu:.2f})  "
          f"[{type(edited.timeline.events).__name__}, {n:,} events]")
    print(f".view():               {view_wall:6.2f} s (CPU {view_cpu:.2f})")

    def set_window(view):
        window.showEdited(view, fresh=True)
        window.timeline.grab()
        app.processEvents()

    _, set_wall, set_cpu = _timed(lambda: set_window(edited))
    print(f"set into the window:   {set_wall:6.2f} s (CPU {set_cpu:.2f})  (first paint included)")
    rss = _rss_mb()
    peak_open = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    events = edited.timeline.events
    event = events[n // 2]

    def one_edit():
        project.add_edit(event_edit(project.results(), event, "star", {"starred": True}))
        set_window(project.view())

    _, edit_wall, edit_cpu = _timed(one_edit)
    print(f"one edit (star):       {edit_wall:6.2f} s (CPU {edit_cpu:.2f})")
    made = getattr(events, "made_count", lambda: n)()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RSS after set:         {rss:.0f} MB ({rss - base:.0f} MB more than the empty window), "
          f"peak {peak_open:.0f} MB until then, {peak:.0f} MB with the edit; Events made: {made:,}")
    print(f"TOTAL open + view + set: {open_wall + view_wall + set_wall:.2f} s "
          f"(CPU {open_cpu + view_cpu + set_cpu:.2f}); load average {os.getloadavg()[0]:.1f}")
    project.close()
    window.loader.shutdown()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--write"]:
        write(int(argv[1]), argv[2])
        return 0
    if argv[:1] == ["--open"]:
        open_in_window(argv[1], objects=argv[2:3] == ["objects"])
        return 0
    objects = "--objects" in argv
    sizes = [int(a) for a in argv if not a.startswith("--")] or [100_000, 1_000_000]
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, f"bench-{n}.timeline.sqlite")
            print(f"\n== {n:,} events ({'Event objects' if objects else 'columns'})")
            subprocess.run([sys.executable, __file__, "--write", str(n), path], check=True)
            subprocess.run([sys.executable, __file__, "--open", path, "objects" if objects else "columns"],
                           check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
