"""Every file format behind one interface: `read(path) -> list[RawDocument]` (a file may hold many documents: a
mailbox, a feed, an e-mail with articles attached).

A format is one module with `SUFFIXES`, `sniff(head)` and `read_bytes(data, name)` (see base.Reader), listed
in `READERS`. The reader is chosen by the file's content first (`%PDF`, a zip with Word's parts, mail headers,
a "From " line, an <rss>/<feed> root), by its suffix second, and plain text last. Qt-free; each library is
imported when its format is first read.
"""
from __future__ import annotations

import os
from contextvars import ContextVar

from timeline_app.core.readers import email_message, feed, pdf, text, word
from timeline_app.core.readers.base import DocumentError, RawDocument, Reader, origin_at

__all__ = ["RawDocument", "DocumentError", "Reader", "READERS", "read", "read_bytes", "reader_for",
           "SUFFIXES", "is_article_name", "origin_at"]

# Sniffed in this order: the most distinctive signatures first (a PDF may follow junk, a feed may be any
# suffix); text claims nothing by content and comes last.
READERS: tuple[Reader, ...] = (pdf, word, feed, email_message, text)  # type: ignore[assignment]
SUFFIXES: frozenset[str] = frozenset().union(*(r.SUFFIXES for r in READERS))

_SNIFF_BYTES = 4096
MAX_DEPTH = 4  # documents inside documents (an e-mail attached to an e-mail...)


def is_article_name(name: str) -> bool:
    """Whether a file called `name` is one a reader would take by its suffix (or a Mail.app "mbox")."""
    base = os.path.basename(name).lower()
    return os.path.splitext(base)[1] in SUFFIXES or base in email_message.MBOX_NAMES


def reader_for(head: bytes, name: str) -> Reader:
    """The reader for a file starting with `head` and called `name`: by content, else suffix, else text."""
    for reader in READERS:
        if reader.sniff(head):
            return reader
    base = os.path.basename(name).lower()
    ext = os.path.splitext(base)[1]
    for reader in READERS:
        if ext in reader.SUFFIXES:
            return reader
    if base in email_message.MBOX_NAMES:
        return email_message  # type: ignore[return-value]
    return text  # type: ignore[return-value]


# How many read_bytes calls are under way in this thread (a reader reading what a file holds calls it again).
_depth: ContextVar[int] = ContextVar("reader_depth", default=0)


def read_bytes(data: bytes, name: str) -> list[RawDocument]:
    """The documents in `data`, the bytes of a file called `name`; DocumentError when there are none."""
    if not data:
        raise DocumentError("file is empty")
    depth = _depth.get()
    if depth > MAX_DEPTH:
        raise DocumentError(f"files inside files more than {MAX_DEPTH} deep; not read")
    token = _depth.set(depth + 1)
    try:
        return reader_for(data[:_SNIFF_BYTES], name).read_bytes(data, name)
    finally:
        _depth.reset(token)


def read(path: str | os.PathLike) -> list[RawDocument]:
    """The documents in the file at `path` (for tools and tests: the loader reads files more carefully, in
    core/documents.py, and calls read_bytes)."""
    path = os.fspath(path)
    with open(path, "rb") as f:
        data = f.read()
    return read_bytes(data, path)
