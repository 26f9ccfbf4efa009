"""How fast a project opens from its file: `Project.open(path).view()`, no re-extraction (target < 2 s at
10,000 articles).

    python benchmarks/project_open.py [N_ARTICLES] [--project FILE] [--edits K]

Builds a project of N synthetic articles (default 10,000; extraction takes a few minutes at that size, so
`--project FILE` keeps the file and reuses it on the next run), adds K edits of every kind (default 200),
then times opening it and applying the edits, three times, and prints the figures.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract_speed import make_corpus  # noqa: E402
from timeline_app.core.edits import date_value, event_edit, merge_edit, split_edit  # noqa: E402
from timeline_app.core.model import Precision  # noqa: E402
from timeline_app.core.pipeline import build_timeline  # noqa: E402
from timeline_app.core.project import Project, is_project_file  # noqa: E402


def build(path: Path, n: int, n_edits: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        chars = make_corpus(folder, n)
        timeline = build_timeline([folder])
        print(f"extracted {n:,} articles ({chars:,} characters) in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        project = Project.create(path, timeline, [str(folder)])
    print(f"wrote the project in {time.perf_counter() - started:.1f} s")
    rng = random.Random(9)
    events = list(timeline.events)
    started = time.perf_counter()
    for i in range(n_edits):
        event = rng.choice(events)
        kind = ("title", "date", "hide", "note", "star", "merge", "split")[i % 7]
        if kind == "title":
            edit = event_edit(timeline, event, "title", {"title": f"Edited {i}"})
        elif kind == "date":
            edit = event_edit(timeline, event, "date", date_value(event.first, event.last, Precision.YEAR))
        elif kind == "note":
            edit = event_edit(timeline, event, "note", {"note": f"note {i}"})
        elif kind == "star":
            edit = event_edit(timeline, event, "star", {"starred": True})
        elif kind == "merge":
            edit = merge_edit(timeline, [event, rng.choice(events)])
        elif kind == "split" and len(event.mentions) > 1:
            edit = split_edit(timeline, event, event.mentions[-1])
        else:
            edit = event_edit(timeline, event, "hide")
        project.add_edit(edit)
    print(f"added {n_edits} edits in {time.perf_counter() - started:.2f} s "
          f"({(time.perf_counter() - started) / max(1, n_edits) * 1000:.1f} ms each, one transaction each)")
    project.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=int, default=10_000)
    parser.add_argument("--project", type=Path, help="keep the project here (reused when it exists)")
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.project or Path(tmp) / "bench.timeline.sqlite"
        if not is_project_file(path):
            build(path, args.articles, args.edits)
        size = path.stat().st_size
        times = []
        for _ in range(3):
            cpu = time.process_time()
            started = time.perf_counter()
            project = Project.open(path)
            opened = time.perf_counter()
            view = project.view()
            done = time.perf_counter()
            project.close()
            times.append((done - started, opened - started, done - opened, time.process_time() - cpu))
        timeline = view.timeline
        print(f"{len(timeline.documents):,} articles, {len(timeline.events) + len(view.hidden):,} events, "
              f"{sum(len(e.mentions) for e in timeline.events):,} mentions, {len(project.edits())} edits "
              f"({len(view.unapplied)} unapplied); file {size / 1e6:.1f} MB")
        for total, opened, viewed, cpu in times:
            print(f"Project.open(...).view(): {total:.2f} s (open and read {opened:.2f} s, apply edits "
                  f"{viewed:.2f} s; CPU {cpu:.2f} s)")
        print(f"median {statistics.median(t[0] for t in times):.2f} s, "
              f"CPU {statistics.median(t[3] for t in times):.2f} s; the machine's speed now: {_python_speed():.2f} s for 10 million additions in a Python loop")


def _python_speed() -> float:
    """CPU seconds for a fixed loop: the figures above scale with it when the machine is loaded."""
    started = time.process_time()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.process_time() - started


if __name__ == "__main__":
    main()
