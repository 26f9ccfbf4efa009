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

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
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


# The running build's Cancel (`cancellable`): the whole-document passes that report no progress (merging,
# coreference, news across articles) check it between items, so that Cancel stops the work within a few ms of
# CPU, not only at the next progress report. A context variable, not a parameter: it reaches every pass without
# threading a callable through each signature, and is per thread (a worker thread's build sees its own Cancel;
# a pass called outside any build, or in a worker process, checks nothing).
_CANCELLED: ContextVar[Callable[[], bool] | None] = ContextVar("timeline_app_cancelled", default=None)

# How many items a pass handles between two checks (`check_every`): a few ms of work at most.
CHECK_EVERY = 64


@contextlib.contextmanager
def cancellable(cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Within it, `check_cancelled` raises `Cancelled` once `cancelled()` is true."""
    token = _CANCELLED.set(cancelled)
    try:
        yield
    finally:
        _CANCELLED.reset(token)


def check_cancelled() -> None:
    """Raise `Cancelled` if the running build (`cancellable`) was cancelled; nothing outside one."""
    cancelled = _CANCELLED.get()
    if cancelled is not None and cancelled():
        raise Cancelled


def check_every(items: Iterable[_Item], every: int = CHECK_EVERY) -> Iterator[_Item]:
    """`items` one by one, checking for Cancel (`check_cancelled`) before the first and every `every`-th after.
    Outside a cancellable build (as the build is when this is called), `items`' own iterator: no cost per item (a
    generator that only passed them on was resumed for each, ~935,000 times for 1 MB of news in the `extract`
    command, which has no Cancel)."""
    cancelled = _CANCELLED.get()
    if cancelled is None:
        return iter(items)
    return _checked_every(items, every, cancelled)


def _checked_every(items: Iterable[_Item], every: int, cancelled: Callable[[], bool]) -> Iterator[_Item]:
    for done, item in enumerate(items):
        if done % every == 0 and cancelled():
            raise Cancelled
        yield item


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
