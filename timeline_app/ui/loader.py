"""Long work off the GUI thread: one QThread per job. A load runs `pipeline.build_timeline`; opening and saving a
project run core/project.py the same way (`Loader.run` with a job of their own).

The worker never touches widgets; it reports through queued signals. Any exception (a bug in the core, a
missing module while the core is being written) becomes a `Problem`, so a load always ends with a Timeline
and the window never crashes or waits forever.
"""
from __future__ import annotations

import datetime as dt
import importlib
import logging
import threading
import traceback
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, QThread, Signal, Slot

from timeline_app.core.model import Problem, Timeline
from timeline_app.core.progress import Cancelled

log = logging.getLogger(__name__)


# What the window imports on first use once events arrive (numpy for the event columns, the lane layout for the
# timeline): imported by the worker with the load, so the GUI thread does not (numpy alone held it ~0.6 s when a
# load of 2,000 articles was swapped in: benchmarks/window_walk.py).
# (np.unique imports numpy.ma on its first call.)
MODULES_FOR_EVENTS = ("numpy", "numpy.ma", "timeline_app.core.lanes", "timeline_app.core.layout")


def prepare_for_window(timeline: Timeline) -> Timeline:
    """What the window would otherwise do on its GUI thread when `timeline` is swapped in, done on the calling
    (worker) thread: the modules its events need imported, the events' store (`EventStore`, the columns
    every filter and the timeline view read) built and handed over with them, and every text's hash."""
    if not timeline.events:
        return timeline
    try:
        import_modules_for_events(timeline)
        build_style_enums()
    except Exception:  # noqa: BLE001 - a head start only (an ImportError): the window imports what it needs
        log.warning("importing the modules for the events ahead failed", exc_info=True)
    from timeline_app.core.event_store import with_store

    return with_text_hashes(with_store(timeline))


def with_text_hashes(timeline: Timeline) -> Timeline:
    """`timeline` holding every text's hash (`Timeline.text_hashes`, what edits name mentions by), hashed on the
    calling (worker) thread unless it has them: without the timeline cache nobody had, and the first edit hashed
    every article on the GUI thread (30-80 ms at 2,000 articles)."""
    if timeline.text_hashes is not None or not timeline.documents:
        return timeline
    from dataclasses import replace

    from timeline_app.core.edits import text_hashes

    return replace(timeline, text_hashes=text_hashes(timeline))


def build_style_enums() -> None:
    """Make PySide's Python enums of QStyle (its first use builds all of them, ~580 members: 5-30 ms) on the
    calling thread. The event list fits its columns to the style's metrics when the first events arrive
    (event_list's `_pixel_metric`), which built them on the GUI thread during the swap. Python types only:
    no Qt object is made or touched."""
    from PySide6.QtWidgets import QCommonStyle, QStyle

    for style_class in (QStyle, QCommonStyle):
        style_class.PixelMetric  # noqa: B018 - the attribute's first read builds the class's enums


def import_modules_for_events(timeline: Timeline) -> None:
    """Import, on the calling (worker) thread, the modules the window will need to show `timeline`'s events."""
    if not timeline.events:
        return
    for name in MODULES_FOR_EVENTS:
        importlib.import_module(name)


def load_timeline(paths: Sequence[str], progress=None, cancelled=None,
                  published: Mapping[str, dt.date] | None = None) -> Timeline:
    """build_timeline, with every failure turned into a problem instead of an exception. `published`: the
    user's publication dates by text hash (`pipeline.build_timeline`)."""
    try:
        from timeline_app.core.pipeline import build_timeline

        timeline = build_timeline(list(paths), progress=progress, cancelled=cancelled, published=published)
    except Cancelled:
        return Timeline()  # nobody waits for a cancelled load's result: the Loader drops it
    except Exception as exc:  # noqa: BLE001 - the window must survive anything the core does
        where = ", ".join(paths) if len(paths) <= 3 else f"{paths[0]} and {len(paths) - 1} more"
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return Timeline(problems=(Problem(where, f"could not be loaded: {detail}"),))
    try:
        return prepare_for_window(timeline)
    except Exception:  # noqa: BLE001 - only a head start: the window does this itself when it shows them
        log.warning("preparing the events for the window ahead failed", exc_info=True)
        return timeline


# A job: work(progress(done, total, label), cancelled() -> bool) -> result, run in the worker thread. It must
# touch no Qt object, and return (not raise) its failures: the result goes to `Loader.finished` as it is.
Job = Callable[[Callable[[int, int, str], None], Callable[[], bool]], object]


def _discard(result: object) -> None:
    """A result nobody will take (its job was cancelled or superseded): an open project is closed."""
    close = getattr(result, "close", None)
    if callable(close):
        try:
            close()
        except Exception:  # noqa: BLE001 - a stale result's clean-up must not disturb the window
            pass


# Qt's int is 32 bits: progress counts (characters over every stage) are scaled down to fit.
_MAX_PROGRESS = 2**31 - 1


class _LoadThread(QThread):
    """Runs one job in `run()`: no event loop, so the thread ends as soon as the job returns."""

    progress = Signal(int, int, str)
    done = Signal(object)

    def __init__(self, job: Job, cancel: threading.Event, parent=None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = cancel

    def run(self) -> None:
        self.done.emit(self._job(self._report, self._cancel.is_set))

    def _report(self, done: int, total: int, label: str) -> None:
        done, total = int(done), int(total)
        if total > _MAX_PROGRESS:
            shift = total.bit_length() - 31
            done, total = done >> shift, total >> shift
        self.progress.emit(done, total, str(label))


class Loader(QObject):
    """Runs one load at a time; starting a new load cancels the previous one and drops its result.

    Cancel returns the window to idle at once: the job is forgotten (`cancelled` is emitted there and then, and
    its result, if it still arrives, is dropped) and the worker is asked to stop; it raises `Cancelled` at its
    next progress report. Between two reports a stage may hold on for a while: a whole-document pass over a
    large article (the companies and organisations it names) took 0.5 s idle and 1.6 s on two busy cores,
    and Python cannot interrupt a thread, so the window does not wait for it. A new load starts at once too.
    `workersRunning` says whether a cancelled thread is still finishing; `shutdown` waits for them.
    """

    started = Signal(object)  # the paths
    progress = Signal(int, int, str)
    finished = Signal(object, object)  # Timeline, the paths it was loaded from
    cancelling = Signal(object)  # the paths: Cancel was asked for, the worker is stopping
    cancelled = Signal(object)  # the paths: the cancelled worker has stopped

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._thread: _LoadThread | None = None
        self._cancel = threading.Event()
        self._paths: list[str] = []
        # Threads that were cancelled but may still be finishing a step: kept alive until they end, so
        # no QThread object is destroyed while running.
        self._retired: list[_LoadThread] = []

    def isRunning(self) -> bool:
        """True while a job whose result will be shown is running; false at once after Cancel (a cancelled worker
        may still be finishing the step it was in, `workersRunning`; its result is dropped)."""
        return self._thread is not None

    def workersRunning(self) -> bool:
        """True while any worker thread runs, cancelled ones still finishing a step included."""
        return self._thread is not None or not all(t.isFinished() for t in self._retired)

    def load(self, paths: Sequence[str], published: Mapping[str, dt.date] | None = None) -> None:
        paths = [str(p) for p in paths]
        published = dict(published) if published else None  # (a copy: the job runs on another thread)
        self.run(lambda progress, cancelled: load_timeline(paths, progress=progress, cancelled=cancelled,
                                                           published=published), paths)

    def run(self, job: Job, paths: Sequence[str]) -> None:
        """Run `job` in a worker thread, cancelling the one running; `finished(result, paths)` comes with what
        it returned. `paths` say what the job is about (the window names them)."""
        self.cancel(silent=True)
        self._paths = [str(p) for p in paths]
        self._cancel = threading.Event()
        thread = _LoadThread(job, self._cancel, self)
        # The thread object lives in the GUI thread, so these connections are queued: the slots run here.
        thread.progress.connect(self._on_progress)
        thread.done.connect(self._on_done)
        thread.finished.connect(self._reap)
        self._thread = thread
        self.started.emit(list(self._paths))
        thread.start()

    @Slot()
    def cancel(self, silent: bool = False) -> None:
        """Ask the running load to stop; its result, if it still arrives, is ignored."""
        thread = self._thread
        if thread is None:
            return
        self._cancel.set()
        self._thread = None
        self._retired.append(thread)
        if not silent:
            paths = list(self._paths)
            self.cancelling.emit(paths)
            # The window goes back to idle now, not when the worker reaches its next check: that wait grew
            # with the machine's load (1.6 s on two busy cores), and nothing the worker still does is shown.
            self.cancelled.emit(paths)
        self._reap()

    @Slot()
    def _reap(self) -> None:
        for thread in [t for t in self._retired if t.isFinished()]:
            self._forget(thread)

    def _forget(self, thread: _LoadThread) -> None:
        """A cancelled thread has ended: drop it."""
        if thread in self._retired:
            self._retired.remove(thread)
            thread.deleteLater()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self.sender() is self._thread:
            self.progress.emit(done, total, label)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        thread = self.sender()
        if not isinstance(thread, _LoadThread):
            return
        thread.wait()  # run() has emitted its last signal; this returns at once
        if thread is not self._thread:
            _discard(result)
            self._forget(thread)  # a cancelled load: its result is stale, but now it has really stopped
            return
        self._thread = None
        thread.deleteLater()
        self.finished.emit(result, list(self._paths))

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Cancel and wait for every thread (on window close), so no QThread outlives its owner."""
        self.cancel(silent=True)
        for thread in list(self._retired):
            thread.wait(timeout_ms)
        self._reap()
