"""The window at a newsroom's scale: a folder of ~2,000 small articles opened and walked as a user would.

    QT_QPA_PLATFORM=offscreen python benchmarks/window_walk.py [--articles N] [--folder DIR] [--png DIR]

Writes N (default 2,000) short news articles (plain text and HTML, datelines from 1965 to 2025, absolute
and relative dates, a few people and places) to a folder, opens it in the MainWindow through the loader
(progress and Cancel first, then a full load), and walks it: fit all, zoom in and out several levels,
scroll, click a cluster, search, "Only this" / "All sources", select an event in the list, open its
article, rename an event in its dialog, undo and redo that. For each action it prints the GUI thread's longest stall: the longest the action's own call held
the thread, or the longest gap an event-loop heartbeat (a 2 ms timer) saw while the action's work went on.
With --png it saves `QWidget.grab()` images of the window after each step, to look at.

Tests never assert timings; this script is where the window's stalls at scale are watched (~100 ms is the
limit: anything over it is a defect).
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TIMELINE_APP_CACHE", "0")  # measure the load itself, not a cache's answer
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QPoint, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from synthetic_words import DAYS, MONTHS  # noqa: E402

PEOPLE = ["Anna Berg", "Kim Tanaka", "Luis Ortega", "Mira Patel", "Jonas Weber", "Sara Haddad", "Omar Farouk",
          "Helen Cho", "Pedro Alves", "Ingrid Dahl", "Tomas Novak", "Grace Mensah"]
PLACES = ["Oslo", "Nairobi", "Lima", "Hanoi", "Geneva", "Seoul", "Brussels", "Cairo", "Quito", "Dakar",
          "Riga", "Manila", "Tunis", "Bogota", "Accra", "Perth"]
BODIES = ["the central bank", "the port authority", "the football federation", "the city council",
          "the health ministry", "the electoral commission", "the railway union", "the supreme court"]
TOPICS = ["a new budget", "the bridge project", "water rationing", "a free-trade pact", "fuel subsidies",
          "the stadium plan", "a vaccination drive", "the mining licence", "school reform", "a ceasefire"]
OUTLETS = ["Daily Courier", "Evening Post", "Harbour Times", "Capital Herald", "Wire Service"]

SENTENCES = [
    "{person} said on {weekday} that {body} would review {topic} before the end of the month.",
    "The announcement came two days after {body} met in {place}.",
    "{body_cap} approved {topic} on {month} {day}, {year}, after months of debate.",
    "Talks in {place} collapsed last week, officials said.",
    "{person} arrived in {place} on {weekday} for a three-day visit.",
    "A similar plan was rejected in {year2}, when {person2} led {body}.",
    "Protesters gathered outside the offices of {body} in {place} on {weekday} evening.",
    "The vote is scheduled for {month} {day2}.",
    "Prices rose 4.2% in {month}, the highest since {year3}, according to {body}.",
    "{person2} resigned on {weekday}, citing the dispute over {topic}.",
    "Earlier this year {body} had warned that {topic} would cost more than planned.",
    "The ruling is expected next month.",
    "Flooding in {place} on {month} {day} forced thousands from their homes.",
    "{person} will travel to {place2} next {weekday2} to sign {topic}.",
]


def _article(rng: random.Random, k: int) -> tuple[str, str]:
    """One short article (name, text): a title, a dateline, five to nine sentences; HTML for every fifth."""
    year = rng.randint(1965, 2025)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    person, person2 = rng.sample(PEOPLE, 2)
    place, place2 = rng.sample(PLACES, 2)
    body = rng.choice(BODIES)
    topic = rng.choice(TOPICS)
    fill = dict(person=person, person2=person2, place=place, place2=place2, body=body, body_cap=body.capitalize(),
                topic=topic, weekday=rng.choice(DAYS), weekday2=rng.choice(DAYS), month=MONTHS[month],
                day=max(1, day - rng.randint(0, 5)), day2=min(28, day + rng.randint(1, 20)), year=year,
                year2=year - rng.randint(2, 20), year3=year - rng.randint(1, 12))
    title = f"{body.capitalize()} and {topic} in {place}"
    sentences = [s.format(**fill) for s in rng.sample(SENTENCES, rng.randint(5, 9))]
    dateline = f"{MONTHS[month]} {day}, {year}"
    outlet = rng.choice(OUTLETS)
    if k % 5 == 0:
        body_html = "".join(f"<p>{s}</p>\n" for s in sentences)
        text = (f"<html><head><title>{title} - {outlet}</title>"
                f'<meta property="article:published_time" content="{year}-{month + 1:02d}-{day:02d}">'
                f"</head><body><article><h1>{title}</h1>\n{body_html}</article></body></html>")
        return f"{k:04d}-{place.lower()}.html", text
    text = f"{title}\n{outlet}, {dateline}\n\n" + "\n\n".join(
        " ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2))
    return f"{k:04d}-{place.lower()}.txt", text


def write_folder(folder: Path, n: int, seed: int = 21) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        name, text = _article(rng, k)
        (folder / name).write_text(text, encoding="utf-8")


def spin_events(app: QApplication, until: Callable[[], bool] | None, settle_ms: int = 120,
                timeout_ms: int = 600_000) -> None:
    """Run the event loop until `until()` holds (or for `settle_ms` when None), then settle_ms more (also the
    journalist walk's)."""
    clock = QElapsedTimer()
    clock.start()
    while until is not None and not until() and clock.elapsed() < timeout_ms:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    settle = QElapsedTimer()
    settle.start()
    while settle.elapsed() < settle_ms:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


class Heartbeat:
    """A 2 ms timer on the GUI thread: the longest gap between its ticks is the longest the loop was blocked."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last = 0
        self.longest = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.before_mark = 0
        self.timer.start()

    def mark(self) -> None:
        """From now on count apart: the longest gap so far is kept in `before_mark` (the load's worker running,
        before the window swaps its timeline in)."""
        self.before_mark = max(self.before_mark, self.longest)
        self.longest = 0

    def stop(self) -> int:
        self.timer.stop()
        return self.longest


class Walk:
    def __init__(self, app: QApplication, folder: Path, png: Path | None) -> None:
        from timeline_app.ui.main_window import MainWindow

        self.app = app
        self.folder = folder
        self.png = png
        settings = QSettings(str(Path(tempfile.gettempdir()) / "timeline-window-walk.ini"), QSettings.Format.IniFormat)
        settings.clear()
        self.window = MainWindow(settings=settings)
        self.window.resize(1400, 900)
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        self.heartbeat = Heartbeat()
        self.rows: list[tuple[str, int, int, str]] = []

    def spin(self, until: Callable[[], bool] | None, settle_ms: int = 120, timeout_ms: int = 600_000) -> None:
        spin_events(self.app, until, settle_ms, timeout_ms)

    def act(self, name: str, action: Callable[[], object], until: Callable[[], bool] | None = None,
            note: str = "", settle_ms: int = 120) -> None:
        """Do `action` (as a user's input would reach the window) and record the longest GUI-thread stall."""
        self.heartbeat.start()
        self.app.processEvents()
        clock = QElapsedTimer()
        clock.start()
        action()
        call = clock.elapsed()
        self.spin(until, settle_ms)
        gap = self.heartbeat.stop()
        total = clock.elapsed()
        self.rows.append((name, max(call, gap), total, note))
        print(f"{name:44} stall {max(call, gap):6d} ms  (call {call} ms, loop gap {gap} ms, until done "
              f"{total} ms) {note}", flush=True)
        self.grab(name)

    def grab(self, name: str) -> None:
        if self.png is None:
            return
        self.png.mkdir(parents=True, exist_ok=True)
        slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
        self.window.grab().save(str(self.png / f"{len(self.rows):02d}-{slug}.png"))

    def run(self) -> None:
        w = self.window
        view = w.timeline
        loaded: list[bool] = []
        w.timelineLoaded.connect(lambda *_: loaded.append(True))
        cancelled: list[bool] = []
        w.loader.cancelled.connect(lambda *_: cancelled.append(True))

        reports: list[int] = []
        w.loader.progress.connect(lambda done, *_: reports.append(done))
        # Load, then Cancel once the bar has moved: the window must keep what it showed (nothing) at once.
        self.act("load started (Open Folder)", lambda: w.openPaths([str(self.folder)], confirm=False),
                 until=lambda: len(reports) >= 3 or bool(loaded))
        self.act("Cancel the load", lambda: QTest.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton),
                 until=lambda: bool(cancelled))
        # The whole load (the progress bar on the GUI thread, the timeline swapped in at the end). Its row's stall
        # is the swap's, from the worker's result on; the longest gap while the worker ran (the GIL it holds, its
        # collections) is printed apart.
        w.loader.finished.connect(lambda *_: self.heartbeat.mark())
        self.act("load 2,000 articles to the timeline", lambda: w.openPaths([str(self.folder)], confirm=False),
                 until=lambda: bool(loaded), settle_ms=300,
                 note=f"({w.events.rowCount() if loaded else '?'} events)")
        print(f"   longest GUI gap while the worker ran: {self.heartbeat.before_mark} ms", flush=True)
        print(f"   {w.events.rowCount()} events from {len(w.events.timeline().documents)} articles", flush=True)

        self.act("fit all", lambda: w.fit_action.trigger() if hasattr(w, "fit_action") else view.fitAll())
        for k in range(4):
            self.act(f"zoom in (+) {k + 1}", lambda: QTest.keyClick(view, Qt.Key.Key_Plus))
        for k in range(2):
            self.act(f"zoom out (-) {k + 1}", lambda: QTest.keyClick(view, Qt.Key.Key_Minus))
        for k in range(3):
            self.act(f"scroll (wheel) {k + 1}", lambda: _wheel(view, 120))
        self.act("fit all again", view.fitAll)

        frame = view._ensure_frame()
        if frame.clusters:
            cluster, rect = max(frame.clusters, key=lambda c: len(getattr(c[0], "members", ())) or 0)
            where = rect.center().toPoint()
            self.act("click a cluster", lambda: QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                                                                 Qt.KeyboardModifier.NoModifier, where))
            menu = getattr(view, "_cluster_menu", None)
            if menu is not None and menu.isVisible():
                menu.close()
        self.act("fit all (after the cluster)", view.fitAll)

        self.act("search: type 'bridge'", lambda: QTest.keyClicks(w.search, "bridge"),
                 until=lambda: w.search_runner.isSettled())
        self.act("search: clear", w.search.clear, until=lambda: w.search_runner.isSettled())

        sources = w.source_widget
        index = sources.view.model().index(7, 0)
        self.act("sources: choose a row", lambda: sources.view.setCurrentIndex(index))
        self.act("sources: Only this", lambda: QTest.mouseClick(sources.only_button, Qt.MouseButton.LeftButton))
        self.act("sources: All sources", lambda: QTest.mouseClick(sources.all_button, Qt.MouseButton.LeftButton))

        lv = w.list_view
        row = lv.model().rowCount() // 3
        rect = lv.visualRect(lv.model().index(0, 1))
        self.act("list: click first row", lambda: QTest.mouseClick(lv.viewport(), Qt.MouseButton.LeftButton,
                                                                   Qt.KeyboardModifier.NoModifier, rect.center()))
        self.act("list: scroll a third down + select", lambda: (lv.scrollTo(lv.model().index(row, 1)),
                                                                 lv.setCurrentIndex(lv.model().index(row, 1))))
        for k in range(3):
            self.act(f"list: Down key {k + 1}", lambda: QTest.keyClick(lv, Qt.Key.Key_Down))
        event = w.selectedEvent()
        if event is not None and event.mentions:
            m = event.mentions[0]
            self.act("open the article", lambda: w.openArticle(m.document, m.start, m.end))
        self.act("timeline: next event (Right)", lambda: QTest.keyClick(view, Qt.Key.Key_Right))
        # An edit as a user makes it (the dialog's title changed, Enter), then undone and redone: each shows the
        # edited view again (the store of the events' columns, the list, the timeline).
        if w.selectedEvent() is not None:
            w.editing.ask_unsaved = lambda doing: "discard"  # no question at the end of the walk
            w.editing.edit_action.trigger()
            dialog = w.editing.dialog
            dialog.title.setText("Renamed by the walk")
            self.act("edit: rename (Enter in the dialog)", lambda: QTest.keyClick(dialog.title, Qt.Key.Key_Return))
            self.act("edit: undo (Ctrl+Z)", w.editing.undo_action.trigger)
            self.act("edit: redo (Ctrl+Shift+Z)", w.editing.redo_action.trigger)
        self.act("resize to 800 x 600", lambda: w.resize(800, 600))
        self.act("resize back to 1400 x 900", lambda: w.resize(1400, 900))

    def table(self) -> None:
        print("\n| action | longest GUI stall (ms) | until done (ms) |")
        print("|---|---:|---:|")
        for name, stall, total, _ in self.rows:
            flag = " **over 100**" if stall > 100 else ""
            print(f"| {name} | {stall}{flag} | {total} |")


def _wheel(view, delta: int) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    pos = QPointF(view.viewport().width() / 2, view.viewport().height() / 2)
    event = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, -delta),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--folder", type=Path, help="write (or reuse) the articles here")
    parser.add_argument("--png", type=Path, help="save a grab() of the window after each step here")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp) / "news"
        if not folder.exists() or not any(folder.iterdir()):
            t0 = time.perf_counter()
            write_folder(folder, args.articles)
            print(f"wrote {args.articles} articles to {folder} in {time.perf_counter() - t0:.1f} s", flush=True)
        walk = Walk(app, folder, args.png)
        walk.run()
        walk.table()
        walk.window.loader.shutdown()
        walk.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
