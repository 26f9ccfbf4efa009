"""files → documents → time expressions → events → Timeline, in one call."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline_app.core.model import Timeline
from timeline_app.core.progress import Cancelled, CharProgress

ProgressCallback = Callable[[int, int, str], None]


def seeds_dir() -> Path:
    """The bundled example articles (the project's top-level `seeds/`)."""
    return Path(__file__).resolve().parents[2] / "seeds"


def _cancel_check(cancelled: Callable[[], bool] | None) -> CharProgress | None:
    """A progress callback that stops a long document's extraction as soon as the load is cancelled."""
    if cancelled is None:
        return None

    def check(_offset: int) -> None:
        if cancelled():
            raise Cancelled

    return check


def build_timeline(paths: Iterable[str | os.PathLike], *, progress: ProgressCallback | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Timeline:
    """Load `paths` (files or folders), extract dated events and merge them across documents.

    `progress(done, total, label)` is called as documents load; `cancelled()` is polled between files and
    within long documents, and a cancelled build raises `Cancelled`. Problems with individual files are
    returned in `Timeline.problems`; nothing raises on bad input.
    """
    from timeline_app.core.documents import load_paths
    from timeline_app.core.extraction import extract_mentions
    from timeline_app.core.merging import merge

    documents, problems = load_paths(list(paths), progress=progress, cancelled=cancelled)
    candidates = [c for doc in documents for c in extract_mentions(doc, progress=_cancel_check(cancelled))]
    events = merge(candidates, documents)
    return Timeline(documents=tuple(documents), events=tuple(events), problems=tuple(problems))
