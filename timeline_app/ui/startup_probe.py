"""Start-up timing for `benchmarks/startup.py`: with TIMELINE_APP_STARTUP_PROBE set, the app reports when
its window is first painted, and when it is first painted with the loaded timeline, then quits.

Each report is one line on stderr, `startup-probe STAGE WALL CPU`: WALL is `time.time()` (the benchmark
subtracts the moment it launched the process, so interpreter start-up counts), CPU is this process's CPU
time so far (less disturbed by a busy machine than the wall clock). A stage is reported once the paint
pass that drew it has finished: the first Paint event of the window schedules the report for when the
event loop is next idle.

Kept free of the app's own modules, so a bare PySide6 window can be timed with the very same hook.
"""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "TIMELINE_APP_STARTUP_PROBE"
FIRST_PAINT = "first-paint"
LOADED_PAINT = "loaded-paint"


def requested() -> bool:
    return bool(os.environ.get(ENV))


def report(stage: str) -> None:
    print(f"startup-probe {stage} {time.time():.6f} {time.process_time():.6f}", file=sys.stderr, flush=True)


class PaintProbe(QObject):
    """Reports `stage` after the first paint of `widget` (or of any widget inside it), then calls `then`."""

    def __init__(self, widget: QWidget, stage: str, then=None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._stage = stage
        self._then = then
        self._seen = False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (not self._seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and (watched is self._widget or self._widget.isAncestorOf(watched))):
            self._seen = True
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after the whole paint pass, not at its first widget
        return False

    def _done(self) -> None:
        report(self._stage)
        if self._then is not None:
            self._then()


def probe_window(window: QWidget, loaded_signal=None, loaded_widget: QWidget | None = None) -> None:
    """Report the window's first paint; with `loaded_signal`, also the first paint of `loaded_widget` after
    that signal, then quit. Without it, quit after the first paint."""
    app = QApplication.instance()
    if loaded_signal is None:
        PaintProbe(window, FIRST_PAINT, then=app.quit)
        return
    PaintProbe(window, FIRST_PAINT)
    target = loaded_widget if loaded_widget is not None else window

    def loaded(*_args) -> None:
        loaded_signal.disconnect(loaded)
        PaintProbe(target, LOADED_PAINT, then=window.close)
        target.update()

    loaded_signal.connect(loaded)
