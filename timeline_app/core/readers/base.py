"""What every format's reader gives: RawDocument values (text, metadata, and where each part of the text came
from), and DocumentError for a file that cannot be read. Qt-free.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from timeline_app.core.model import Problem


class DocumentError(Exception):
    """A file that cannot be loaded as an article; str(error) is a message for people.

    `level` is the Problem level it becomes: Problem.ERROR (could not be loaded) or Problem.SKIPPED (not an
    article at all: a special file, an image)."""

    def __init__(self, message: str, level: str = Problem.ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.level = level


Origins = tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class RawDocument:
    """One article as a reader found it, before sentences, boilerplate and dates are worked out.

    `kind` says how `text` is built into a Document: "txt", "md" and "html" (markup) go the way plain files
    always went; every other kind ("pdf", "docx", "eml", "feed") has plain text already, with `origins`
    mapping its offsets back to their place in the file: sorted (offset, label) pairs, each label holding from
    its offset to the next ("p. 4", "¶ 12", "part 2 (attachment report.txt)", "entry 3").
    """

    text: str
    kind: str
    title: str = ""
    # The publication date the file states. `published_fallback` marks one that only counts when the text
    # gives none (a Word file's creation date says when the file was made, not when the story ran).
    published: dt.date | None = None
    published_fallback: bool = False
    origins: Origins = ()
    # What tells this document apart from the others of its file, for its id ("3" → "feed-3"); "" for the first
    # or only one.
    part: str = ""
    link: str = ""  # where the article lives on the web (a feed entry's link)
    # What finds this document again in a later reading of its file when `part` (its place) has changed: see
    # Document.part_key. "" when the file gives nothing stable.
    key: str = ""
    encoding: str = "utf-8"
    # Caveats for the Problems panel (the document loads): "pages 3, 4 have no text layer".
    warnings: tuple[str, ...] = field(default=())


class Reader(Protocol):
    """One format: a module with these three names is a reader (see readers/__init__.py's registry)."""

    SUFFIXES: frozenset[str]

    def sniff(self, head: bytes) -> bool:
        """Whether the first bytes of a file (up to 4 KB) say it is this format."""
        ...

    def read_bytes(self, data: bytes, name: str) -> list[RawDocument]:
        """The documents in a file's bytes (`name` is its file name, for messages); DocumentError otherwise."""
        ...


def prefixed(origins: Sequence[tuple[int, str]], shift: int, prefix: str) -> Origins:
    """Origins of a text placed at `shift` in a larger one, each label prefixed ("attachment a.pdf, p. 2")."""
    return tuple((shift + offset, f"{prefix}, {label}" if prefix else label) for offset, label in origins)


def origin_at(origins: Sequence[tuple[int, str]], offset: int) -> str:
    """The label of the place holding `offset` ("" when the origins start after it, or there are none)."""
    k = bisect_right(origins, offset, key=lambda pair: pair[0]) - 1
    return origins[k][1] if k >= 0 else ""
