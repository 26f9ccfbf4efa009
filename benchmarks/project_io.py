"""Project save/open and export times at newsroom sizes, split into what may run off the GUI thread.

    python benchmarks/project_io.py [N_EVENTS ...] [--images] [--formats csv,json,...]
    # default sizes: 5000 50000 200000

Timelines are export_speed.py's synthetic ones (20 sources, one to three passages per event). Per size:
  save        Project.create (the whole file: documents, events, origins) - Qt-free, runs in the save worker
  open        Project.open (read and check every table)                    - Qt-free, runs in the open worker
  view        Project.view (the edits applied)                             - Qt-free, runs in the open worker
  <format>    each data export's bytes (core/publish.py FORMATS)           - Qt-free, runs in the export pool
  png/svg/pdf with --images: ui/render.py painting (QImage/QSvgGenerator/QPdfWriter, any thread: export pool)
What stays on the GUI thread is the model reset once the results are in (benchmarks/timeline_speed.py
measures it). Wall and CPU seconds, one run each (the machine is shared: rerun to compare).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_speed import exporters, make_timeline  # noqa: E402
from timeline_app.core.project import Project  # noqa: E402


def timed(run: Callable[[], object]) -> tuple[float, float, object]:
    wall0, cpu0 = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall0, time.process_time() - cpu0, result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[5000, 50000, 200000])
    parser.add_argument("--images", action="store_true", help="also the PNG, SVG and PDF (offscreen Qt)")
    parser.add_argument("--formats", default="", help="only these exports (comma-separated keys)")
    args = parser.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f] or None
    print(f"{'events':>8} {'step':<10} {'wall s':>8} {'CPU s':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        runs = exporters(formats, args.images, tmp)
        for n in args.sizes:
            timeline = make_timeline(n)
            path = Path(tmp) / f"bench-{n}.timeline.sqlite"

            def save() -> None:
                Project.create(path, timeline, ["/bench"]).close()

            steps: list[tuple[str, Callable[[], object]]] = [("save", save)]
            opened: list[Project] = []
            steps.append(("open", lambda: opened.append(Project.open(path))))
            steps.append(("view", lambda: opened[-1].view()))
            steps += [(key, lambda run=run: run(timeline)) for key, run in runs.items()]
            for name, run in steps:
                wall, cpu, _ = timed(run)
                print(f"{n:>8,} {name:<10} {wall:>8.2f} {cpu:>8.2f}", flush=True)
            for project in opened:
                project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
