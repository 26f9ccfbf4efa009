"""How fast the window stays with many events: model + proxy + window set-up, filtering, zoom, pan, selection.

    QT_QPA_PLATFORM=offscreen python benchmarks/timeline_speed.py [N_EVENTS ...]   # default: 10000 100000
    python benchmarks/timeline_speed.py --sources 10000 1000000                    # N sources (default 50)
    python benchmarks/timeline_speed.py --profile zoom 100000                      # cProfile one phase
    python benchmarks/timeline_speed.py --objects 1000000                          # events as Event objects

Builds synthetic Timelines (50 sources, events over 80 years, mostly days, some months, years and multi-year
periods, one to three reporting sources each), their events born as columns (`EventColumns`, drawn with
numpy; `--objects`: a tuple of core `Event` dataclasses, as before) and prints, offscreen, each figure as wall
time with the process's CPU time beside it:

- applyTimeline: the Timeline set into the EventTableModel, the filter proxy and the MainWindow;
- a source-filter change and a search-text change through the one SourceFilterProxyModel (the window's
  slots included), then a repaint of the timeline;
- a zoom step: from "fit all" to one June week in 20 Ctrl+wheel-sized steps, each step timed as the scale
  change plus a paint of the timeline view (grab());
- a pan step (a tenth of the width, as one wheel notch) at fit, year, month and week zoom, timed the same way;
- selecting an event and the detail pane showing it;
- "Only this" on one source (and "All sources" back), the repaint included;
- a search keystroke through the search box as a user types it (debounced, searched on the thread pool), timed
  to the updated "N of M" count;
- the resident memory (RSS) after the timeline is set.

It ends with a table of each figure against issue 10's target.

Tests never assert timings; this script is where they are watched.
"""
from __future__ import annotations

import cProfile
import datetime as dt
import os
import pstats
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import numpy as np  # noqa: E402

from timeline_app.core.event_store import INFERRED, MENTION_DATED, ColumnEvents, EventColumns  # noqa: E402
from timeline_app.core.layout import day_of  # noqa: E402
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline  # noqa: E402
from timeline_app.ui.main_window import MainWindow  # noqa: E402

N_SOURCES = 50
FIRST_YEAR, YEARS = 1945, 80
WORDS = ("summit treaty visit election accord talks protest ceasefire deal launch strike vote merger "
         "report crisis agreement minister president council court ruling budget").split()
PLACES = ("Oslo Nairobi Lima Hanoi Geneva Seoul Brussels Cairo Quito Dakar Riga Perth").split()
SENTENCES_PER_DOC = 400


def make_timeline(n_events: int, seed: int = 1, n_sources: int = N_SOURCES) -> Timeline:
    rng = random.Random(seed)
    documents = make_documents(rng, n_sources)
    start = dt.date(FIRST_YEAR, 1, 1).toordinal()
    span = YEARS * 365
    events = []
    for k in range(n_events):
        first = dt.date.fromordinal(start + rng.randrange(span))
        roll = rng.random()
        if roll < 0.75:
            precision, last = Precision.DAY, first
        elif roll < 0.88:
            precision, first = Precision.MONTH, first.replace(day=1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        elif roll < 0.98:
            precision, first, last = Precision.YEAR, dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
        else:
            precision = Precision.YEAR
            first, last = dt.date(first.year, 1, 1), dt.date(min(first.year + rng.randint(2, 12), 2030), 12, 31)
        mentions = []
        for doc in rng.sample(documents, rng.choice((1, 1, 1, 2, 2, 3))):
            sentence = doc.sentences[rng.randrange(len(doc.sentences))]
            mentions.append(Mention(doc.id, sentence.start + 4, sentence.start + 10,
                                    doc.text[sentence.start + 4:sentence.start + 10],
                                    sentence.start, sentence.end))
        title = f"{rng.choice(WORDS).capitalize()} in {rng.choice(PLACES)} #{k}"
        events.append(Event(id=f"e{k}", title=title, first=first, last=last, precision=precision,
                            mentions=tuple(mentions), sentence=title, inferred=rng.random() < 0.05))
    events.sort(key=lambda e: (e.first, e.last, e.id))
    return Timeline(documents=tuple(documents), events=tuple(events))


def make_documents(rng: random.Random, n_sources: int) -> list[Document]:
    documents = []
    per_doc = max(20, SENTENCES_PER_DOC * N_SOURCES // n_sources)
    for i in range(n_sources):
        parts, sentences, pos = [], [], 0
        for _ in range(per_doc):
            s = (f"The {rng.choice(WORDS)} in {rng.choice(PLACES)} followed the {rng.choice(WORDS)} "
                 f"of {rng.randint(FIRST_YEAR, FIRST_YEAR + YEARS)}.")
            parts.append(s)
            sentences.append(Sentence(pos, pos + len(s)))
            pos += len(s) + 1
        text = " ".join(parts)
        documents.append(Document(id=f"doc{i:02d}", path=f"/bench/doc{i:02d}.txt", text=text,
                                  title=f"Source {i}: {rng.choice(PLACES)} {rng.choice(WORDS)} daily",
                                  published=dt.date(2024, 1 + i % 12, 1 + i % 28),
                                  sentences=tuple(sentences)))
    return documents


def make_column_timeline(n_events: int, seed: int = 1, n_sources: int = N_SOURCES) -> Timeline:
    """The same kind of timeline as `make_timeline`, its events born as columns (`EventColumns`): drawn with
    numpy, no `Event` object made (the window makes one per row it shows in detail)."""
    documents = make_documents(random.Random(seed), n_sources)
    rng = np.random.default_rng(seed)
    n, n_docs = n_events, len(documents)
    epoch = dt.date(1970, 1, 1).toordinal()
    start = dt.date(FIRST_YEAR, 1, 1).toordinal()
    day = (rng.integers(start, start + YEARS * 365, n) - epoch).astype("datetime64[D]")
    roll = rng.random(n)
    month, year = day.astype("datetime64[M]"), day.astype("datetime64[Y]")
    first = np.where(roll < 0.75, day, np.where(roll < 0.88, month.astype("datetime64[D]"),
                                                year.astype("datetime64[D]")))
    years_on = np.where(roll < 0.98, 0, rng.integers(2, 13, n))
    last_year = np.minimum(year + years_on, np.datetime64("2030"))
    last = np.where(roll < 0.75, day, np.where(roll < 0.88, (month + 1).astype("datetime64[D]") - 1,
                                               (last_year + 1).astype("datetime64[D]") - 1))
    precision = np.where(roll < 0.75, Precision.DAY.rank,
                         np.where(roll < 0.88, Precision.MONTH.rank, Precision.YEAR.rank)).astype(np.int8)
    starts = first.astype(np.int64).astype(np.int32) + epoch
    ends = last.astype(np.int64).astype(np.int32) + epoch + 1
    order = np.lexsort((np.arange(n), ends, starts))  # by date, then by id (generation order)
    ids = order  # event k of the sorted timeline is the ids[k]-th generated
    starts, ends, precision = starts[order], ends[order], precision[order]
    # One to three distinct sources each (1, 1, 1, 2, 2, 3 as in make_timeline), a random sentence of each.
    counts = rng.choice(np.array([1, 1, 1, 2, 2, 3]), n)
    d0 = rng.integers(0, n_docs, n)
    o1 = rng.integers(1, max(n_docs, 2), n)
    o2 = rng.integers(1, max(n_docs - 1, 2), n)
    o2 = o2 + (o2 >= o1)
    docs = np.stack([d0, (d0 + o1) % n_docs, (d0 + o2) % n_docs], axis=1)
    take = np.arange(3)[None, :] < counts[:, None]
    mention_doc = docs[take].astype(np.int32)
    mention_ptr = np.zeros(n + 1, np.int64)
    np.cumsum(counts, out=mention_ptr[1:])
    per_doc = np.array([len(d.sentences) for d in documents])
    first_sentence = np.concatenate([[0], np.cumsum(per_doc)])
    sentence_starts = np.array([s.start for d in documents for s in d.sentences], np.int64)
    sentence_ends = np.array([s.end for d in documents for s in d.sentences], np.int64)
    chosen = first_sentence[mention_doc] + (rng.random(len(mention_doc)) * per_doc[mention_doc]).astype(np.int64)
    s_start, s_end = sentence_starts[chosen], sentence_ends[chosen]
    words = [w.capitalize() for w in WORDS]
    word, place = rng.integers(0, len(WORDS), n).tolist(), rng.integers(0, len(PLACES), n).tolist()
    titles = [f"{words[w]} in {PLACES[p]} #{k}" for w, p, k in zip(word, place, ids.tolist())]
    texts = "\n".join(f"{t}\x1f{t}\x1f" for t in titles)
    text_ptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.fromiter(map(len, titles), np.int64, n) * 2 + 3, out=text_ptr[1:])
    extras_list = [f"e{k}\x1f\x1f" for k in ids.tolist()]
    extra_ptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.fromiter(map(len, extras_list), np.int64, n) + 1, out=extra_ptr[1:])
    flags = np.where(rng.random(n) < 0.05, INFERRED, 0).astype(np.uint8)
    columns = EventColumns(starts, ends, precision, np.zeros(n, bool), flags, mention_ptr, mention_doc,
                           s_start + 4, s_start + 10, s_start, s_end,
                           np.full(len(mention_doc), MENTION_DATED, np.uint8), texts, text_ptr,
                           "\n".join(extras_list), extra_ptr)
    documents = tuple(documents)
    return Timeline(documents=documents, events=ColumnEvents(documents, columns))


class Took(float):
    """Wall seconds, with the process's CPU seconds (every thread) over the same interval as `.cpu`: on a
    machine shared with other work, wall time follows the load, CPU time follows the code."""

    cpu: float

    def __new__(cls, wall: float, cpu: float) -> Took:
        took = super().__new__(cls, wall)
        took.cpu = cpu
        return took

    def __add__(self, other):  # type: ignore[override]
        return Took(float(self) + float(other), self.cpu + getattr(other, "cpu", 0.0))


def timed(fn: Callable[[], object]) -> Took:
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    return Took(time.perf_counter() - t0, time.process_time() - c0)


def ms(seconds: float) -> str:
    cpu = getattr(seconds, "cpu", None)
    return f"{seconds * 1000:8.1f} ms" + (f" (CPU {cpu * 1000:.1f})" if cpu is not None else "")


def median_cpu(samples: list[float]) -> float:
    return statistics.median(getattr(s, "cpu", float("nan")) for s in samples)


def summary(samples: list[float]) -> str:
    return (f"median {ms(statistics.median(samples))} (CPU {median_cpu(samples) * 1000:.1f}), "
            f"max {ms(float(max(samples)))} ({len(samples)} steps)")


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Bench:
    def __init__(self, app: QApplication, n: int, n_sources: int = N_SOURCES, objects: bool = False) -> None:
        self.app = app
        self.n = n
        make = make_timeline if objects else make_column_timeline
        self.timeline = make(n, n_sources=n_sources)
        settings = QSettings(str(Path(os.environ.get("TMPDIR", "/tmp")) / "timeline-bench.ini"),
                             QSettings.Format.IniFormat)
        settings.clear()
        self.window = MainWindow(settings=settings)
        self.window.resize(1400, 900)
        self.window.show()
        self.app.processEvents()
        self.view = self.window.timeline

    def paint(self) -> None:
        self.view.grab()

    def apply(self) -> float:
        return timed(lambda: (self.window.applyTimeline(self.timeline, []), self.app.processEvents()))

    def source_filter(self) -> tuple[float, float, float]:
        w = self.window
        hide = timed(lambda: w.sources.set_hidden({"doc03"}))
        paint = timed(self.paint)
        show = timed(lambda: w.sources.set_hidden(()))
        return hide, show, paint

    def only_this(self) -> tuple[float, float]:
        w = self.window
        only = timed(lambda: (w.sources.show_only(3), self.paint()))
        back = timed(lambda: (w.sources.show_all(), self.paint()))
        return only, back

    def keystrokes(self, text: str = "summit") -> list[float]:
        """Type `text` into the search box a letter at a time; each timed to the updated count."""
        w = self.window
        w.search.clear()
        # The store remembers words searched before (the GUI-thread search above typed "summit"): forget them,
        # so that every keystroke here is a word typed for the first time.
        cache = getattr(w.proxy.store(), "search_cache", None)
        if cache is not None:
            cache.clear()
        self.app.processEvents()
        samples = []
        for k in range(1, len(text) + 1):
            c0, t0 = time.process_time(), time.perf_counter()
            w.search.setText(text[:k])
            while not w.search_runner.isSettled():
                # Sleeps until the next event (the debounce timer, the pool's result): polling every
                # millisecond took CPU from the search itself on a busy 2-core machine.
                self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            samples.append(Took(time.perf_counter() - t0, time.process_time() - c0))
            assert w.match_label.text().startswith(f"{w.proxy.rowCount()} of ")
        samples.append(timed(w.search.clear))
        return samples

    def search(self) -> tuple[float, float, float]:
        """The filter's own search on the GUI thread (what a reset re-applies)."""
        w = self.window
        typed = timed(lambda: w.proxy.setSearchText("summit"))
        paint = timed(self.paint)
        longer = timed(lambda: w.proxy.setSearchText("summit oslo"))
        cleared = timed(lambda: w.proxy.setSearchText(""))
        return typed, longer + cleared, paint

    def zoom(self) -> list[float]:
        view = self.view
        view.fitAll()
        self.paint()
        width = view.scale().width
        june = dt.date(1985, 6, 10)
        target = width / 7.0
        steps = 20
        factor = (target / view.scale().px_per_day) ** (1 / steps)
        samples = []
        for _ in range(steps):
            anchor = view.scale().x_of_day(day_of(june) + 3.5)
            anchor = min(max(anchor, 0.0), width)
            samples.append(timed(lambda: (view._zoom(factor, anchor), self.paint())))
        return samples

    def pan(self) -> dict[str, list[float]]:
        view = self.view
        out = {}
        middle = day_of(dt.date(1985, 6, 13))
        for name, days in (("fit", None), ("year", 365.0), ("month", 31.0), ("week", 7.0)):
            if days is None:
                view.fitAll()
            else:
                view.setVisibleRange(dt.date.fromordinal(int(middle - days / 2)),
                                     dt.date.fromordinal(int(middle + days / 2)))
            self.paint()
            samples = [timed(lambda: (view._pan(view.scale().width / 10), self.paint())) for _ in range(10)]
            out[name] = samples
        return out

    def select(self) -> list[float]:
        w = self.window
        rows = w.proxy.rowCount()
        samples = []
        for row in (0, rows // 3, rows // 2, rows - 1):
            samples.append(timed(lambda: (w.selectEventRow(row), self.paint())))
        # Keyboard next/previous from the timeline.
        samples.append(timed(lambda: (self.view.selectNext(), self.paint())))
        samples.append(timed(lambda: (self.view.selectPrevious(), self.paint())))
        assert w.detail.event_() is not None
        return samples


def run(app: QApplication, n: int, n_sources: int = N_SOURCES, objects: bool = False) -> list[tuple[str, str, str]]:
    t0 = time.perf_counter()
    bench = Bench(app, n, n_sources, objects)
    born = "Event objects" if objects else "columns"
    print(f"\n== {n:,} events as {born}, {n_sources:,} sources, {YEARS} years "
          f"(built in {time.perf_counter() - t0:.1f} s)")
    before = rss_mb()
    apply = bench.apply()
    print(f"applyTimeline (model + filter + window, fit): {ms(apply)}")
    rss = rss_mb()
    print(f"RSS after: {rss:.0f} MB ({before:.0f} MB with the timeline alone, before the window had it)")
    print(f"first paint:                                  {ms(timed(bench.paint))}")
    hide, show, hide_paint = bench.source_filter()
    print(f"source filter: hide one {ms(hide)}, show all {ms(show)}, repaint {ms(hide_paint)}")
    only, back = bench.only_this()
    print(f"'Only this' + repaint {ms(only)}, 'All sources' + repaint {ms(back)}")
    typed, more, paint = bench.search()
    print(f"filter search on the GUI thread: 'summit' {ms(typed)}, refine + clear {ms(more)}, repaint {ms(paint)}")
    keys = bench.keystrokes()
    print(f"search box, keystroke to count: {' '.join(f'{k * 1000:.0f}' for k in keys)} ms "
          f"(CPU {' '.join(f'{k.cpu * 1000:.0f}' for k in keys)})")
    zoom = bench.zoom()
    print(f"zoom step (fit → one June week, scale + paint): {summary(zoom)}")
    pans = bench.pan()
    for name, samples in pans.items():
        print(f"pan step at {name:5} zoom (scroll + paint):       {summary(samples)}")
    select = bench.select()
    print(f"select an event (selection + detail pane + paint): {summary(select)}")
    bench.window.loader.shutdown()
    bench.window.close()
    bench.window.deleteLater()
    app.processEvents()
    label = f"{n:,} events ({born}), {n_sources:,} sources"
    def wall_cpu(took: Took) -> str:
        return f"{took * 1000:.0f} ms (CPU {took.cpu * 1000:.0f})"

    def medians(samples: list[Took]) -> str:
        return f"{statistics.median(samples) * 1000:.1f} ms (CPU {median_cpu(samples) * 1000:.1f})"

    worst = max(pans, key=lambda name: statistics.median(pans[name]))
    typed = keys[:-1]
    return [
        (label, "set the timeline", f"{apply:.2f} s (CPU {apply.cpu:.2f})", "≤ 2 s"),
        (label, "source toggle + repaint", wall_cpu(hide + hide_paint), "≤ 100 ms"),
        (label, "'Only this' + repaint", wall_cpu(only), "≤ 100 ms"),
        (label, "search keystroke → count (median, worst)",
         f"{statistics.median(typed) * 1000:.0f}, {max(typed) * 1000:.0f} ms "
         f"(CPU {median_cpu(typed) * 1000:.0f}, {max(k.cpu for k in typed) * 1000:.0f})", "≤ 150 ms"),
        (label, "zoom frame (median)", medians(zoom), "≤ 16 ms"),
        (label, f"pan frame (median, worst zoom: {worst})", medians(pans[worst]), "≤ 16 ms"),
        (label, "selection (median)", medians(select), "≤ 16 ms"),
        (label, "RSS", f"{rss:.0f} MB", "≤ 600 MB at 1M"),
    ]


def profile(app: QApplication, phase: str, n: int, n_sources: int = N_SOURCES, objects: bool = False) -> None:
    bench = Bench(app, n, n_sources, objects)
    phases = {"apply": bench.apply, "filter": lambda: (bench.apply(), bench.source_filter()),
              "search": lambda: (bench.apply(), bench.keystrokes()),
              "only": lambda: (bench.apply(), bench.only_this()), "zoom": lambda: (bench.apply(), bench.zoom()),
              "pan": lambda: (bench.apply(), bench.pan()), "select": lambda: (bench.apply(), bench.select())}
    prof = cProfile.Profile()
    prof.runcall(phases[phase])
    pstats.Stats(prof).sort_stats("cumulative").print_stats(30)


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    n_sources = N_SOURCES
    objects = False
    if argv[:1] == ["--objects"]:
        objects, argv = True, argv[1:]
    if argv[:1] == ["--sources"]:
        n_sources, argv = int(argv[1]), argv[2:]
    if argv[:1] == ["--profile"]:
        profile(app, argv[1], int(argv[2]) if len(argv) > 2 else 10_000, n_sources, objects)
        return 0
    rows = []
    for n in [int(a) for a in argv] or [10_000, 100_000]:
        rows.extend(run(app, n, n_sources, objects))
    print(f"\n{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print("| timeline | measure | now | target |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
