"""Pausing Python's cyclic garbage collector around work that builds many long-lived objects and no cycles.

Each full collection walks every tracked object, so a step that keeps hundreds of thousands of objects alive
while it makes more (reading a project, merging a corpus's candidates) pays for its own objects again at every
collection: merging 10,000 articles spent half its time there, and the share grew with the corpus. The pause
is process-wide; it is lifted when the outermost pause ends (a nested or concurrent pause never re-enables
the collector under another one that is still running).
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


def pause() -> Callable[[], None]:
    """Pause the collector until the returned function is called (once; later calls do nothing): for a pause
    that ends at an event rather than at the end of a block (the window's start-up, until its first paint)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    lifted = False

    def lift() -> None:
        global _pauses
        nonlocal lifted
        with _lock:
            if lifted:
                return
            lifted = True
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()

    return lift


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic collector off for the duration (reference counting still frees everything else)."""
    lift = pause()
    try:
        yield
    finally:
        lift()
