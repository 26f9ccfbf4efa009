"""Progress and cancellation shared by the long-running core stages and the exports.

A stage that can take long on one large document (the tagger, extraction) accepts an optional
`progress: CharProgress` and calls it with the character offset it has reached, every few tens of
thousands of characters. The caller (the pipeline, for the window) turns that into a progress bar and, to
stop the work, raises `Cancelled` from inside the callback: the stage unwinds at once, with no polling
flag threaded through every loop.

An export counts steps instead (events written, labels measured): `StepProgress`, called as
progress(steps done, steps in all), and `stepped` reports as it goes through the items.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

CharProgress = Callable[[int], None]
StepProgress = Callable[[int, int], None]  # progress(steps done, steps in all)

_Item = TypeVar("_Item")

# How often (in characters of input) a stage reports: often enough that Cancel is felt within a fraction
# of a second at ~1 MB/s, rarely enough to cost nothing.
PROGRESS_STEP = 65_536


class Cancelled(BaseException):
    """Raised by a progress callback to stop a load.

    A BaseException, not an Exception, on purpose: every stage contains failures per expression and per
    document with `except Exception`, and a cancellation must pass through those unharmed.
    """


def stepped(items: Sequence[_Item], progress: StepProgress, every: int, total: int | None = None) -> Iterator[_Item]:
    """`items` one by one, calling progress(k, total) before the first and before every `every`-th after it
    (k items done so far); `total` is len(items) unless the caller counts more steps than items. No report
    at the end: the caller says when its work is done."""
    total = len(items) if total is None else total
    progress(0, total)
    for done, item in enumerate(items):
        if done and done % every == 0:
            progress(done, total)
        yield item
