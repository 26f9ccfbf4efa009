"""Start-up timing for `benchmarks/startup.py`: with TIMELINE_APP_STARTUP_PROBE set, the app reports when
its window is first painted, and when it is first painted with the loaded timeline, then quits.

Each report is one line on stderr, `startup-probe STAGE WALL CPU`: WALL is `time.time()` (the benchmark
subtracts the moment it launched the process, so interpreter start-up counts), CPU is this process's CPU
time so far, all threads (less disturbed by a busy machine than the wall clock). A stage is reported once
the paint pass that drew it has finished (`first_paint.after_first_paint`).

Uses none of the app's other modules, so a bare PySide6 window is timed with the very same hook.
"""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtWidgets import QApplication, QWidget

from timeline_app.ui.first_paint import after_first_paint

ENV = "TIMELINE_APP_STARTUP_PROBE"
FIRST_PAINT = "first-paint"
LOADED_PAINT = "loaded-paint"


def requested() -> bool:
    return bool(os.environ.get(ENV))


def first_paint_only() -> bool:
    """TIMELINE_APP_STARTUP_PROBE=first-paint: quit at the first paint (`benchmarks/startup.py --instructions`
    counts the instructions up to it under valgrind, where waiting for the seeds would take minutes)."""
    return os.environ.get(ENV) == FIRST_PAINT


def report(stage: str) -> None:
    print(f"startup-probe {stage} {time.time():.6f} {time.process_time():.6f}", file=sys.stderr, flush=True)


def probe_window(window: QWidget, loaded_signal=None, loaded_widget: QWidget | None = None) -> None:
    """Report the window's first paint; with `loaded_signal`, also the first paint of `loaded_widget` after
    that signal, then close the window. Without it, quit after the first paint. Call before `show()`."""
    app = QApplication.instance()
    never = 600_000  # the probe waits for a real paint: no fallback
    if first_paint_only():
        loaded_signal = None

    def first() -> None:
        report(FIRST_PAINT)
        if first_paint_only():
            os._exit(0)  # at once: an instruction count must stop at the paint, not include the teardown
        if loaded_signal is None:
            app.quit()

    after_first_paint(window, first, fallback_ms=never)
    if loaded_signal is None:
        return
    target = loaded_widget if loaded_widget is not None else window

    def painted_loaded() -> None:
        report(LOADED_PAINT)
        window.close()

    def loaded(*_args) -> None:
        loaded_signal.disconnect(loaded)
        after_first_paint(target, painted_loaded, fallback_ms=never)
        target.update()

    loaded_signal.connect(loaded)
