"""Threads tagging at once (the UI's worker and a preview) meet tags new to `grammar._TagMemo` together: each tag
gets a byte of its own, and that byte names it back. A tag whose hashing yields the thread in between (a sleep)
makes the threads interleave where a memo outside the lock would give two tags one byte."""
from __future__ import annotations

import threading
import time

import pytest

from timeline_app.core import grammar


class _SlowTag(str):
    """A tag whose hash lets another thread run (as a thread switch may at any step)."""

    def __hash__(self) -> int:
        time.sleep(0.002)
        return str.__hash__(self)


def test_threads_meeting_new_tags_get_a_byte_each(monkeypatch: pytest.MonkeyPatch) -> None:
    memo = grammar._TagMemo(64)
    names = [f"T{k}" for k in range(8)]
    monkeypatch.setattr(grammar, "_tags", lambda words: [_SlowTag(w) for w in words])
    start = threading.Barrier(len(names))

    def tag(name: str) -> None:
        start.wait()
        memo.tags(f"sentence {name}", [name])

    threads = [threading.Thread(target=tag, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(memo.codes) == names
    assert sorted(memo.codes.values()) == list(range(len(names)))
    assert all(memo.names[code] == tag for tag, code in memo.codes.items())
    assert all(memo.tags(f"sentence {name}", [name]) == [name] for name in names)
