"""How long each export takes (wall and CPU), how much memory it needs at its peak, and how big its file is.

    python benchmarks/export_speed.py [N_EVENTS ...] [--formats ics,csv,...] [--images] [--repeat R] [--no-memory]
    # default sizes: 1000 10000; --images adds the PNG, SVG and PDF of ui/render.py (offscreen Qt)

Synthetic timelines from the plain core dataclasses (20 sources, events over 80 years at day, month and
year precision, one to three passages each, a note and a star on one event in ten). The data formats are
core/publish.py's `FORMATS`, without Qt.

Memory, two figures: "peak" is the most Python held at once beyond what it held when the export started
(tracemalloc, in one more run, untimed: it slows Python 2-3x; it includes the file's own bytes); "RSS +" is
how far resident memory rose (Linux: the high-water mark reset through /proc/self/clear_refs), which also
sees Qt's allocations (the pictures) but not memory Python frees and takes again.
With --repeat R each figure is the best of R runs (the machine is shared: the least disturbed run).
When the sizes include N and 10 N, the time per 10x events is printed (linear: about 10x, target <= 12x).
Tests never assert timings; this script is where they are watched.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline  # noqa: E402
from timeline_app.core.publish import FORMATS, ExportOptions  # noqa: E402

WORDS = "summit treaty visit election accord talks protest ceasefire deal launch strike vote merger".split()
PLACES = "Oslo Nairobi Lima Hanoi Geneva Seoul Brussels Cairo Quito Dakar Riga Perth".split()


def make_timeline(n_events: int, n_sources: int = 20, seed: int = 1) -> Timeline:
    rng = random.Random(seed)
    documents = []
    for i in range(n_sources):
        parts, sentences, pos = [], [], 0
        for _ in range(300):
            s = (f"The {rng.choice(WORDS)} in {rng.choice(PLACES)} on 2 May {rng.randint(1945, 2024)} "
                 f"followed the <b>{rng.choice(WORDS)}</b> & *{rng.choice(WORDS)}*.")
            parts.append(s)
            sentences.append(Sentence(pos, pos + len(s)))
            pos += len(s) + 1
        documents.append(Document(f"doc{i:02d}", f"/bench/doc{i:02d}.txt", " ".join(parts),
                                  f"Source {i}: {rng.choice(PLACES)} daily", dt.date(2024, 1 + i % 12, 1 + i % 28),
                                  tuple(sentences)))
    start, events = dt.date(1945, 1, 1).toordinal(), []
    for k in range(n_events):
        first = dt.date.fromordinal(start + rng.randrange(80 * 365))
        roll = rng.random()
        if roll < 0.75:
            precision, last = Precision.DAY, first
        elif roll < 0.9:
            precision, first = Precision.MONTH, first.replace(day=1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        else:
            precision, first, last = Precision.YEAR, dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
        mentions = []
        for doc in rng.sample(documents, rng.choice((1, 1, 2, 3))):
            sentence = doc.sentences[rng.randrange(len(doc.sentences))]
            at = doc.text.index("2 May", sentence.start)
            mentions.append(Mention(doc.id, at, at + 10, doc.text[at:at + 10], sentence.start, sentence.end))
        event = Event(f"ev-{k:06d}", f"{rng.choice(WORDS).capitalize()} in {rng.choice(PLACES)}", first, last,
                      precision, tuple(mentions))
        if k % 10 == 0:
            event = dataclasses.replace(event, note="Check with the desk\nsecond line", starred=True, edited=True)
        events.append(event)
    events.sort(key=lambda e: (e.first, e.last))
    return Timeline(documents=tuple(documents), events=tuple(events))


def _status_kb(field: str) -> int:
    """A /proc/self/status figure in kB (VmRSS, VmHWM); 0 where there is no /proc."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _reset_peak() -> bool:
    """Reset the resident high-water mark (Linux >= 4.0), so the next VmHWM is this run's own peak."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def measure(run: Callable[[], int]) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak MB over the start, bytes written) of one call of `run` (returns the size)."""
    gc.collect()
    before = _status_kb("VmRSS")
    can_peak = _reset_peak()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    size = run()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    peak = max(0, _status_kb("VmHWM") - before) / 1024 if can_peak else float("nan")
    return wall, cpu, peak, size


def traced_peak(run: Callable[[], int]) -> float:
    """The most memory (MB) Python allocations reached during `run` beyond what they were at its start."""
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        run()
        return (tracemalloc.get_traced_memory()[1] - start) / 1e6
    finally:
        tracemalloc.stop()


def exporters(formats: list[str] | None, images: bool, tmp: str) -> dict[str, Callable[[Timeline], int]]:
    """Each format's export as a call returning the file's size: the data formats' bytes; the pictures
    written to `tmp` (the whole timeline, as File -> Export... writes it)."""
    runs: dict[str, Callable[[Timeline], int]] = {}
    for key, fmt in FORMATS.items():
        runs[key] = lambda t, write=fmt.write: len(write(t, ExportOptions()))
    if images:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from timeline_app.ui.render import IMAGE_FORMATS, export_image

        global _app
        _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        for key in IMAGE_FORMATS:
            def run(t: Timeline, key: str = key) -> int:
                out = Path(tmp) / f"export.{key}"
                export_image(t, out, key)
                return out.stat().st_size
            runs[key] = run
    if formats:
        unknown = set(formats) - set(runs)
        if unknown:
            raise SystemExit(f"unknown format(s) {', '.join(sorted(unknown))}: one of {', '.join(runs)}")
        runs = {k: v for k, v in runs.items() if k in formats}
    return runs


_app = None  # the QGuiApplication of --images, kept alive


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--formats", help="comma-separated keys (default: every data format)")
    parser.add_argument("--images", action="store_true", help="also PNG, SVG and PDF (needs Qt)")
    parser.add_argument("--repeat", type=int, default=1, help="best of R runs per figure")
    parser.add_argument("--no-memory", dest="memory", action="store_false",
                        help="skip the traced run that measures peak memory")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        runs = exporters(args.formats.split(",") if args.formats else None, args.images, tmp)
        warm = make_timeline(10)
        for run in runs.values():  # the lazy imports (icalendar, QtSvg) are not part of a measured run
            run(warm)
        cpu_by: dict[tuple[str, int], float] = {}
        for n in args.sizes:
            timeline = make_timeline(n)
            print(f"{n} events, {sum(len(e.mentions) for e in timeline.events)} passages:", flush=True)
            for key, run in runs.items():
                results = [measure(lambda: run(timeline)) for _ in range(max(1, args.repeat))]
                wall, cpu = min(r[0] for r in results), min(r[1] for r in results)
                rss, size = min(r[2] for r in results), results[0][3]
                peak = traced_peak(lambda: run(timeline)) if args.memory else float("nan")
                cpu_by[key, n] = cpu
                print(f"  {key:<11} {wall * 1000:8.0f} ms  CPU {cpu * 1000:8.0f} ms  {size / 1e6:7.2f} MB  "
                      f"peak {peak:6.1f} MB  RSS +{rss:6.1f} MB  "
                      f"{n / wall:9,.0f} events/s (CPU {n / max(cpu, 1e-9):9,.0f})", flush=True)
        for n in args.sizes:
            if 10 * n in args.sizes:
                print(f"CPU time per 10x events ({n} -> {10 * n}): " + ", ".join(
                    f"{key} {cpu_by[key, 10 * n] / max(cpu_by[key, n], 1e-9):.1f}x" for key in runs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
