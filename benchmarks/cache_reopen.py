"""Reopening N articles in the window from the cache (issue 10, item 2: ≤ 2 s at 10,000 unchanged articles).

    python benchmarks/cache_reopen.py [N] [--runs R] [--cold] [--no-change]       (default: 10,000 articles)
    python benchmarks/cache_reopen.py [N] --synthetic-cache [--runs R] [--profile FILE]

Builds N synthetic articles (`extract_speed.make_corpus`) once under the temporary folder, with their cache
beside them (`TIMELINE_APP_CACHE`), so later runs reuse both. Each timing is a fresh process of the app on
the offscreen platform, opening the folder from the command line, timed by the start-up probe
(`ui/startup_probe.py`): from launch to the window first painted, and to the timeline first painted with the
articles' events; CPU is the process's own (all threads and, for a cold load, not its workers).

- **cold**: the cache empty (run when there is no cache yet, or with `--cold`; minutes at 10,000);
- **warm**: nothing changed (R runs, median): the timeline from the cache by the files' stamps;
- **touched**: one file's modification time changed, not its content: every file read, found by content;
- **changed**: one file's text changed: that article analysed again, the rest from the analysis cache,
  then merged (restored afterwards). `--no-change` skips it.

`--synthetic-cache` measures the warm path alone, in minutes rather than the cold load's half hour: it
writes the N articles (once), reads them as the app would, and writes the cached timeline for them directly
(the documents and a timeline of ~5 events per article and ~7.8 mentions per event, drawn with numpy as
columns, through the project writer as `project_columns.py` does), under both keys `core/timeline_cache.py`
computes (the files' stamps and their content); then times R warm reopens. `--profile FILE` runs one more
under cProfile in the app process and prints its top functions (the stats are kept in FILE).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import make_corpus  # noqa: E402


def launch(folder: Path, env: dict[str, str], profile: str | None = None) -> dict[str, tuple[float, float]]:
    """One app process on `folder`; {stage: (seconds since launch, CPU seconds)} from its probe lines."""
    start = time.time()
    run = ["-m", "cProfile", "-o", profile, "-m", "timeline_app"] if profile else ["-m", "timeline_app"]
    done = subprocess.run([sys.executable, *run, str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=4 * 3600)
    stages = {}
    for line in done.stderr.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "startup-probe":
            stages[parts[1]] = (float(parts[2]) - start, float(parts[3]))
    if done.returncode != 0 or "loaded-paint" not in stages:
        raise SystemExit(f"the app failed on {folder} (status {done.returncode}):\n{done.stderr[-3000:]}")
    return stages


def write_synthetic_cache(folder: Path, cache: Path, events_per_article: float = 5.0,
                          mentions_per_event: float = 7.8, seed: int = 3) -> tuple[int, int]:
    """The cache entry a load of `folder` would keep, written without extracting: the documents as the loader
    reads them and a random column timeline over their sentences. Returns (events, mentions)."""
    os.environ["TIMELINE_APP_CACHE"] = str(cache)
    import numpy as np

    from timeline_app.core import documents as documents_module
    from timeline_app.core import timeline_cache
    from timeline_app.core.event_store import INFERRED, MENTION_DATED, ColumnEvents, EventColumns
    from timeline_app.core.model import Precision, Timeline

    paths = [str(folder)]  # as the app passes its command line to build_timeline
    documents, problems = documents_module.load_paths(paths)
    documents = tuple(documents)
    rng = np.random.default_rng(seed)
    n_docs = len(documents)
    n = int(n_docs * events_per_article)
    epoch = np.datetime64("1970-01-01").astype(np.int64)  # ordinals are counted from 0001-01-01
    epoch_ordinal = 719163
    days = rng.integers(np.datetime64("1950-01-01").astype(np.int64),
                        np.datetime64("2025-12-31").astype(np.int64), n)
    roll = rng.random(n)
    day = days.astype("datetime64[D]")
    month, year = day.astype("datetime64[M]"), day.astype("datetime64[Y]")
    first = np.where(roll < 0.75, day, np.where(roll < 0.9, month.astype("datetime64[D]"),
                                                year.astype("datetime64[D]")))
    last = np.where(roll < 0.75, day, np.where(roll < 0.9, (month + 1).astype("datetime64[D]") - 1,
                                               (year + 1).astype("datetime64[D]") - 1))
    precision = np.where(roll < 0.75, Precision.DAY.rank,
                         np.where(roll < 0.9, Precision.MONTH.rank, Precision.YEAR.rank)).astype(np.int8)
    starts = (first.astype(np.int64) - epoch + epoch_ordinal).astype(np.int32)
    ends = (last.astype(np.int64) - epoch + epoch_ordinal + 1).astype(np.int32)
    order = np.lexsort((np.arange(n), ends, starts))
    starts, ends, precision = starts[order], ends[order], precision[order]
    # Mentions per event: geometric (most events in a few articles, some in dozens), at most 60, about 8.4 on
    # average at the default (the extracted corpus has 7.8), each in a random sentence of a random article.
    counts = np.minimum(rng.geometric(1 / mentions_per_event, n) + (rng.random(n) < 0.5), 60)
    mention_ptr = np.zeros(n + 1, np.int64)
    np.cumsum(counts, out=mention_ptr[1:])
    total = int(mention_ptr[-1])
    mention_doc = rng.integers(0, n_docs, total).astype(np.int32)
    per_doc = np.array([len(d.sentences) for d in documents], np.int64)
    first_sentence = np.concatenate([[0], np.cumsum(per_doc)])
    sentence_starts = np.array([s.start for d in documents for s in d.sentences], np.int64)
    sentence_ends = np.array([s.end for d in documents for s in d.sentences], np.int64)
    chosen = first_sentence[mention_doc] + (rng.random(total) * per_doc[mention_doc]).astype(np.int64)
    s_start, s_end = sentence_starts[chosen], sentence_ends[chosen]
    phrase_end = np.minimum(s_start + 8, s_end)
    titles = [f"Synthetic event {k} in article {d}"
              for k, d in enumerate(mention_doc[mention_ptr[:-1]].tolist())]
    texts = [f"{t}\x1f{t}.\x1f" for t in titles]
    text_ptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.fromiter(map(len, texts), np.int64, n) + 1, out=text_ptr[1:])
    extras = [f"s{k:06d}\x1f\x1f" for k in range(n)]
    extra_ptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.fromiter(map(len, extras), np.int64, n) + 1, out=extra_ptr[1:])
    flags = np.where(rng.random(n) < 0.05, INFERRED, 0).astype(np.uint8)
    columns = EventColumns(starts, ends, precision, np.zeros(n, bool), flags, mention_ptr, mention_doc,
                           s_start, phrase_end, s_start, s_end, np.full(total, MENTION_DATED, np.uint8),
                           "\n".join(texts), text_ptr, "\n".join(extras), extra_ptr)
    timeline = Timeline(documents=documents, events=ColumnEvents(documents, columns), problems=tuple(problems))
    timelines = timeline_cache.TimelineCache.default()
    listing = timeline_cache.listing_key(paths)
    if listing is None:  # files just written: their change times must stand still a moment to be trusted
        time.sleep(timeline_cache.FRESH_SECONDS + 0.5)
        listing = timeline_cache.listing_key(paths)
    if timelines is None or listing is None:
        raise SystemExit("no cache directory, or the files' stamps too fresh to trust")
    timelines.store(timeline_cache.content_key(documents, problems), listing, timeline)
    return n, total


def profile_child(folder: str, output: str) -> None:
    """In this process: the window shown, then the cached timeline found (`build_timeline`, as the loader's
    thread runs it) and taken into the window (`applyTimeline`, painted), each timed (wall and CPU) and
    both under cProfile; prints the top functions."""
    import cProfile
    import pstats

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.pipeline import build_timeline
    from timeline_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(tempfile.gettempdir()) / "cache-reopen-bench.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(settings=settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    profiler = cProfile.Profile()

    def timed(label, fn):
        c0, t0 = time.process_time(), time.perf_counter()
        value = profiler.runcall(fn)
        print(f"  {label:32} {time.perf_counter() - t0:6.2f} s (CPU {time.process_time() - c0:.2f})", flush=True)
        return value

    timeline = timed("build_timeline (from the cache)", lambda: build_timeline([folder]))
    events = timeline.events
    print(f"    {len(timeline.documents):,} documents, {len(events):,} events as {type(events).__name__}")

    def take():
        window.applyTimeline(timeline, [folder])
        window.timeline.grab()
        app.processEvents()

    timed("applyTimeline + paint", take)
    made = getattr(window.events.timeline().events, "made_count", None)
    if made is not None:
        print(f"    Event objects made: {made():,}")
    profiler.dump_stats(output)
    stats = pstats.Stats(output)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    window.loader.shutdown()


def show(name: str, samples: list[dict[str, tuple[float, float]]]) -> None:
    def median(stage: str, k: int) -> float:
        return statistics.median(s[stage][k] for s in samples)

    walls = [s["loaded-paint"][0] for s in samples]
    print(f"  {name:8} first paint {median('first-paint', 0):6.2f} s   "
          f"timeline painted {median('loaded-paint', 0):7.2f} s "
          f"(min {min(walls):.2f}, max {max(walls):.2f}; {len(samples)} run{'s' if len(samples) > 1 else ''}), "
          f"CPU {median('loaded-paint', 1):6.2f} s", flush=True)


def main() -> None:
    if sys.argv[1:2] == ["--profile-child"]:
        profile_child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="empty the cache first and time a cold load")
    parser.add_argument("--no-change", action="store_true", help="skip the changed-file case")
    parser.add_argument("--synthetic-cache", action="store_true",
                        help="write the cached timeline directly (no extraction) and time warm reopens only")
    parser.add_argument("--profile", metavar="FILE", help="with --synthetic-cache: one more reopen under cProfile")
    args = parser.parse_args()

    synthetic = "-synthetic" if args.synthetic_cache else ""
    base = Path(tempfile.gettempdir()) / f"timeline-app-cache-reopen{synthetic}-{args.n}"
    folder, cache, made = base / "articles", base / "cache", base / "articles.done"
    if not made.exists():
        shutil.rmtree(base, ignore_errors=True)
        folder.mkdir(parents=True)
        chars = make_corpus(folder, args.n)
        made.write_text(f"{chars}\n")
        # Stamped in the past: the cache trusts a file's stamps only once it has stood still a moment.
        past = time.time() - 60
        for path in folder.iterdir():
            os.utime(path, (past, past))
    chars = int(made.read_text())
    if args.cold or args.synthetic_cache:
        shutil.rmtree(cache, ignore_errors=True)
    if args.synthetic_cache:
        started = time.perf_counter()
        events, mentions = write_synthetic_cache(folder, cache)
        print(f"cached timeline written: {events:,} events, {mentions:,} mentions "
              f"in {time.perf_counter() - started:.1f} s", flush=True)
    with tempfile.TemporaryDirectory(prefix="cache-reopen-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIMELINE_APP_STARTUP_PROBE": "1",
               "TIMELINE_APP_CACHE": str(cache), "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        print(f"{args.n:,} articles ({chars:,} characters) in {folder}, cache in {cache}", flush=True)
        if args.synthetic_cache:
            launch(folder, env)  # warm-up (disk caches)
            show("warm", [launch(folder, env) for _ in range(args.runs)])
            if args.profile:  # in one process: the loader's thread is not seen by a profile of the app's
                subprocess.run([sys.executable, __file__, "--profile-child", str(folder), args.profile],
                               cwd=ROOT, env=env, check=True)
        elif not cache.exists():
            show("cold", [launch(folder, env)])
        else:
            launch(folder, env)  # warm-up (disk caches; stamps of a file changed by the last run)
            show("warm", [launch(folder, env) for _ in range(args.runs)])
        if not args.synthetic_cache:  # a touched or changed file: the real cache's cases
            files = sorted(folder.iterdir())
            touched = files[len(files) // 2]
            st = touched.stat()
            os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns - 1_000_000_000))
            show("touched", [launch(folder, env)])
            show("then", [launch(folder, env)])  # the touched file's new stamp now names the timeline

            if not args.no_change:
                original = touched.read_bytes()
                try:
                    touched.write_bytes(original + b"\nOn May 2, 2001, the council met again.\n")
                    show("changed", [launch(folder, env)])
                finally:
                    touched.write_bytes(original)
                    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{os.cpu_count()} cores, load average {load:.1f} at the end")


if __name__ == "__main__":
    main()
