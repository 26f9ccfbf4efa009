"""How long can Cancel go unheard? The longest stretches between two cancel checks of a whole extract.

    python benchmarks/cancel_gaps.py                    # the synthetic news text at 1 MB and 10 MB
    python benchmarks/cancel_gaps.py --sizes 10000000 --top 20

A build checks Cancel by calling its `cancelled()` (core/progress.py: `check_cancelled`, `check_every`, and the
pipeline's progress reports). This gives `build_timeline` a `cancelled` that never says yes but notes the time of
each question and where it was asked (the first frame outside core/progress.py and the pipeline's meter), and
prints the longest gaps between two questions in CPU and wall seconds, with where each began and ended and where
a thread sampling the build every 10 ms mostly found it in between; also the
gap from the build's start to its first question and from its last to the build's end. Issue 7's bound is 0.5 s
of wall time. The stages' modules are imported before the build (a first load's one-off imports are no gap that
grows with the text). It also prints how often the bar moved and its longest waits. Each size runs in its own
process. Figures only: it asserts nothing.
"""
from __future__ import annotations

import argparse
import bisect
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from growth import news_text  # noqa: E402

# Frames that only pass the question on: the place named is the pass that asked.
_RELAYS = {("progress.py", "check_cancelled"), ("progress.py", "check_every"), ("pipeline.py", "check"),
           ("pipeline.py", "report"), ("pipeline.py", "reading"), ("pipeline.py", "asked"),
           ("pipeline.py", "collecting_asked"), ("document_map.py", "check"), ("document_map.py", "report")}


def _asker(frame: FrameType | None) -> str:
    while frame is not None and (Path(frame.f_code.co_filename).name, frame.f_code.co_name) in _RELAYS:
        frame = frame.f_back
    if frame is None:
        return "?"
    return f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}:{frame.f_lineno}"


class Sampler(threading.Thread):
    """Notes every `every` seconds where the build's thread is (its innermost frame in timeline_app, with the
    caller's): a long gap's samples say which pass it was spent in, between the checks that bound it."""

    def __init__(self, thread_id: int, every: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.thread_id, self.every = thread_id, every
        self.samples: list[tuple[float, str]] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            frame = sys._current_frames().get(self.thread_id)
            while frame is not None and "timeline_app" not in frame.f_code.co_filename:
                frame = frame.f_back
            if frame is None:
                continue
            caller = frame.f_back
            where = f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}:{frame.f_lineno}"
            if caller is not None and "timeline_app" in caller.f_code.co_filename:
                where += f" < {caller.f_code.co_name}:{caller.f_lineno}"
            self.samples.append((time.perf_counter(), where))

    def between(self, start: float, end: float, top: int = 3) -> list[tuple[str, int]]:
        """The places sampled most often between `start` and `end` (wall clock), with their counts."""
        lo = bisect.bisect_left(self.samples, (start, ""))
        hi = bisect.bisect_left(self.samples, (end, ""))
        return Counter(where for _t, where in self.samples[lo:hi]).most_common(top)


class GapRecorder:
    """A `cancelled` that never cancels; keeps the gaps between its calls longer than `keep` seconds of CPU or
    wall (all of them would be millions of entries at 10 MB), and counts the calls."""

    def __init__(self, keep: float = 0.02) -> None:
        self.keep = keep
        self.calls = 0
        self.gaps: list[tuple[float, float, str, str, float]] = []  # (cpu, wall, where before, where after, when)
        self.first: tuple[float, float, str] | None = None  # (cpu, wall, where) from the build's start
        self.before = "build start"  # where the last question was asked
        self.last_wall, self.last_cpu = time.perf_counter(), time.process_time()

    def __call__(self) -> bool:
        wall, cpu = time.perf_counter(), time.process_time()
        self.calls += 1
        # The place as text now: its frame will have moved on by the next question. (A few frames walked: cheap
        # next to the tens of items a pass handles between two questions.)
        where = _asker(sys._getframe(1))
        if self.first is None:
            self.first = (cpu - self.last_cpu, wall - self.last_wall, where)
        elif wall - self.last_wall > self.keep or cpu - self.last_cpu > self.keep:
            self.gaps.append((cpu - self.last_cpu, wall - self.last_wall, self.before, where, wall))
        self.before = where
        self.last_wall, self.last_cpu = time.perf_counter(), time.process_time()
        return False


class BarRecorder:
    """A `progress(done, total, label)` that keeps the longest waits (wall seconds) between two moves of the bar
    (a report whose `done` is past the last one's), with the labels before and after: where the window's bar
    would sit still."""

    def __init__(self) -> None:
        self.moves = 0
        self.done = -1
        self.label = "build start"
        self.at = time.perf_counter()
        self.waits: list[tuple[float, str, str]] = []

    def __call__(self, done: int, total: int, label: str) -> None:
        if done <= self.done:
            return
        now = time.perf_counter()
        self.moves += 1
        self.waits.append((now - self.at, self.label, f"{label} ({100 * done / max(1, total):.0f}%)"))
        if len(self.waits) > 200:
            self.waits = sorted(self.waits, reverse=True)[:20]
        self.done, self.label, self.at = done, f"{label} ({100 * done / max(1, total):.0f}%)", now


def child(size: int, top: int) -> None:
    import importlib

    from timeline_app.core.pipeline import build_timeline

    # The stages' modules and tables, loaded before the build as growth.py does: a window's first load imports
    # them inside its build (one gap of ~0.4 s CPU, the same at any size), which is not what is measured here.
    for module in ("analysis", "coref", "document_map", "extraction", "merging", "news", "references"):
        importlib.import_module(f"timeline_app.core.{module}")
    from timeline_app.core import grammar

    grammar.load_tables()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(news_text(size), encoding="utf-8")
        wall0, cpu0 = time.perf_counter(), time.process_time()
        recorder, bar = GapRecorder(), BarRecorder()
        sampler = Sampler(threading.get_ident())
        sampler.start()
        timeline = build_timeline([path], progress=bar, cancelled=recorder, cache=False)
        wall1, cpu1 = time.perf_counter(), time.process_time()
        sampler.stopped.set()
        sampler.join()
    last = (cpu1 - recorder.last_cpu, wall1 - recorder.last_wall, recorder.before, "build end")
    print(json.dumps({"size": size, "events": len(timeline.events), "calls": recorder.calls,
                      "cpu": cpu1 - cpu0, "wall": wall1 - wall0, "first": recorder.first, "last": last,
                      "gaps": [(cpu, wall, before, after, sampler.between(at - wall, at))
                               for cpu, wall, before, after, at in sorted(recorder.gaps, reverse=True)[:top]],
                      "moves": bar.moves, "bar": sorted(bar.waits, reverse=True)[:5]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--top", type=int, default=15, help="how many of the longest gaps to print")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.top)
        return
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(size), "--top", str(args.top)],
                             capture_output=True, text=True, check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"\n{size / 1e6:g} MB: {r['events']} events, {r['cpu']:.1f} s CPU, {r['wall']:.1f} s wall, "
              f"{r['calls']} checks")
        print(f"  {'CPU s':>6} {'wall s':>6}  from -> to")
        first = r["first"]
        print(f"  {first[0]:6.3f} {first[1]:6.3f}  build start -> {first[2]}   (to the first check)")
        last = r["last"]
        print(f"  {last[0]:6.3f} {last[1]:6.3f}  {last[2]} -> build end   (after the last check)")
        for cpu, wall, before, after, sampled in r["gaps"]:
            print(f"  {cpu:6.3f} {wall:6.3f}  {before} -> {after}")
            if sampled:
                print("                 spent in: " + "; ".join(f"{where} x{n}" for where, n in sampled))
        print(f"  The bar moved {r['moves']} times; its longest waits (wall s):")
        for wall, before, after in r["bar"]:
            print(f"  {wall:6.3f}  {before} -> {after}")


if __name__ == "__main__":
    main()
