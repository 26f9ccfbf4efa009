"""Progress and cancellation shared by the long-running core stages.

A stage that can take long on one large document (the tagger, extraction) accepts an optional
`progress: CharProgress` and calls it with the character offset it has reached, every few tens of
thousands of characters. The caller (the pipeline, for the window) turns that into a progress bar and, to
stop the work, raises `Cancelled` from inside the callback: the stage unwinds at once, with no polling
flag threaded through every loop.
"""
from __future__ import annotations

from collections.abc import Callable

CharProgress = Callable[[int], None]

# How often (in characters of input) a stage reports: often enough that Cancel is felt within a fraction
# of a second at ~1 MB/s, rarely enough to cost nothing.
PROGRESS_STEP = 65_536


class Cancelled(BaseException):
    """Raised by a progress callback to stop a load.

    A BaseException, not an Exception, on purpose: every stage contains failures per expression and per
    document with `except Exception`, and a cancellation must pass through those unharmed.
    """
