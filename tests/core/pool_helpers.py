"""Chunk functions for the process-pool tests: top-level, so a spawned worker can import them by name."""
from __future__ import annotations

import os
import sys
import time

from timeline_app.core.analysis import analyse_documents
from timeline_app.core.progress import Cancelled

KILL_MARKER = "KILL-THE-WORKER"
SLOW_MARKER = "TAKES-A-MINUTE"


def analyse_or_die(docs):
    """analyse_documents, except that a document holding KILL_MARKER kills its worker outright (as a
    segfault or the out-of-memory killer would)."""
    if any(KILL_MARKER in d.text for d in docs):
        os._exit(70)
    return analyse_documents(docs)


def analyse_slowly(docs):
    """analyse_documents, except that a document holding SLOW_MARKER keeps its worker busy for a minute."""
    if any(SLOW_MARKER in d.text for d in docs):
        time.sleep(60)
    return analyse_documents(docs)


def qt_modules() -> list[str]:
    """The Qt modules a worker has imported after importing the per-document work."""
    import timeline_app.core.analysis  # noqa: F401 - what a worker imports to run a chunk

    return sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))


WAIT_MARKER = "WAIT-FOR-FILE:"


def analyse_when_released(docs):
    """analyse_documents, except that a document holding WAIT_MARKER followed by a path keeps its worker
    waiting until that file exists: a chunk that is still running while others return. Not there within two
    minutes (nobody took the other chunks' results meanwhile), the chunk fails."""
    for d in docs:
        at = d.text.find(WAIT_MARKER)
        if at >= 0:
            path = d.text[at + len(WAIT_MARKER):].split()[0]
            deadline = time.monotonic() + 120
            while not os.path.exists(path):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{path} never appeared")
                time.sleep(0.05)
    return analyse_documents(docs)


def preloaded() -> dict[str, bool]:
    """What a worker holds before its first document: the fork server's preload module (imported by nothing
    else) and the tables that preload loads (the Brill lexicon's cache filled)."""
    from timeline_app.core import grammar

    return {"worker_preload": "timeline_app.core.worker_preload" in sys.modules,
            "tables": grammar._brill.cache_info().currsize == 1}


class Meter:
    """The pipeline's meter reduced to what the map calls; `cancel_when(label)` decides when Cancel comes."""

    def __init__(self, cancel_when=lambda label: False) -> None:
        self.reports: list[tuple[int, str]] = []
        self.cancel_when = cancel_when
        self.cancelled = False

    def within(self, label, name, before, length, second):
        return lambda offset: self.report(before + offset, f"{label} in {name}")

    def report(self, done: int, label: str) -> None:
        self.reports.append((done, label))
        if self.cancel_when(label):
            self.cancelled = True
        self.check()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled

    def mapped(self, characters: int) -> int:
        return characters
