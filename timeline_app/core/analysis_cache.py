"""A cache of per-document analyses, keyed by the document's content and the extractor's version.

Without a project, reopening the same articles skips tagging and extraction for every document whose
content is unchanged. One SQLite file under the user cache directory (`platformdirs`; the core has no Qt,
so no QStandardPaths). Values are zlib-compressed JSON lines (`analysis.encode_analysis`), never pickle:
the directory may be shared, and loading a pickle runs code. The key covers everything the per-document
stages read (the text, title, publication date, sentences, boilerplate spans and the id that explanations
may name) and the extractor's version: a hand-bumped constant and a hash of the core's source files, so
any change to the rules invalidates it.
(The merged timeline is cached a level above, by `core/timeline_cache.py`, with the same version.)

`TIMELINE_APP_CACHE=0` disables the cache; any other value except 1 is the directory to keep it in.
Safe with two processes at once (WAL, a busy timeout); bounded (oldest-used rows evicted beyond a size);
a damaged file is deleted and rebuilt, never a crash.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.core.model import Document, digest_text

if TYPE_CHECKING:  # the analysis module pulls in extraction and the tagger: a warm start needs neither
    from timeline_app.core.analysis import DocumentAnalysis

_log = logging.getLogger(__name__)

ENVIRONMENT = "TIMELINE_APP_CACHE"
FILE_NAME = "analyses.sqlite"
LIMIT_BYTES = 256 * 1024 * 1024  # of stored (compressed) analyses; the oldest-used go beyond it
BUSY_TIMEOUT_MS = 10_000  # another process writing its results: wait rather than fail
_BATCH = 500  # keys per SELECT (SQLite's variable limit is 32,766 since 3.32; keep statements small)


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of every source file of the core package. The hand-bumped `analysis.ANALYSIS_FORMAT` is in
    one of them (read as text here, so that computing the version imports no extraction)."""
    digest = hashlib.sha256(b"timeline-app core\n")
    for path in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def document_key(doc: Document) -> str:
    """The content hash of everything the per-document stages read from `doc`, plus the version."""
    digest = hashlib.sha256(extractor_version().encode())
    digest.update(document_head(doc) + b"\0")
    digest_text(digest, doc.text)  # a slice at a time: no UTF-8 copy of a whole large text
    return digest.hexdigest()


def document_head(doc: Document) -> bytes:
    """Everything but the text that the per-document stages read from `doc` (also in the timeline cache's key)."""
    head = json.dumps([doc.id, doc.title, doc.published.isoformat() if doc.published else None,
                       [x for s in doc.sentences for x in (s.start, s.end)],
                       [x for span in doc.excluded for x in span], doc.day_first,
                       [[at, day.isoformat()] for at, day in doc.story_days]], ensure_ascii=False)
    return head.encode("utf-8", "surrogatepass")


def default_directory() -> Path | None:
    """Where the cache lives, or None when it is disabled (`TIMELINE_APP_CACHE=0`)."""
    setting = os.environ.get(ENVIRONMENT, "").strip()
    if setting.lower() in ("0", "off", "no", "false"):
        return None
    if setting and setting != "1":
        return Path(setting)
    import platformdirs

    return Path(platformdirs.user_cache_dir("timeline-app", appauthor=False))


class AnalysisCache:
    """One cache file. Every method contains SQLite failures: a lookup that fails is a miss."""

    def __init__(self, path: Path, limit_bytes: int = LIMIT_BYTES) -> None:
        self.path = Path(path)
        self.limit_bytes = limit_bytes
        # What went wrong with the file, for the load's problems ("rebuilt: file is not a database").
        self.warnings: list[str] = []
        self._connection: sqlite3.Connection | None = None
        try:
            self._connection = self._open()
        except (sqlite3.Error, OSError) as exc:
            self._rebuild(exc)

    @classmethod
    def default(cls) -> AnalysisCache | None:
        directory = default_directory()
        return None if directory is None else cls(directory / FILE_NAME)

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                     check_same_thread=False)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")  # a cache: losing the last commit on power loss is fine
            connection.execute("CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, version TEXT NOT NULL, "
                               "data BLOB NOT NULL, size INTEGER NOT NULL, used REAL NOT NULL)")
            connection.execute("CREATE INDEX IF NOT EXISTS analyses_used ON analyses (used)")
            # Another version's rows can never be hit again: drop them now rather than wait for eviction.
            connection.execute("DELETE FROM analyses WHERE version != ?", (extractor_version(),))
        except BaseException:
            connection.close()
            raise
        return connection

    def _rebuild(self, exc: BaseException) -> None:
        """Delete a file SQLite cannot use and start an empty one; if even that fails, run uncached."""
        message = (f"the analysis cache {self.path} could not be used ({exc}); it was deleted and is being "
                   f"rebuilt")
        _log.warning("%s", message)
        self.warnings.append(message)
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.remove(f"{self.path}{suffix}")
        try:
            self._connection = self._open()
        except (sqlite3.Error, OSError) as again:
            _log.warning("the analysis cache %s cannot be created (%s): running without it", self.path, again)
            self._connection = None

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None

    def get_many(self, docs: list[Document]) -> tuple[dict[str, DocumentAnalysis], dict[str, str]]:
        """The cached analyses of `docs` by document id, and every document's key by id (for `put_many`)."""
        from timeline_app.core.analysis import decode_analysis

        keys = {doc.id: document_key(doc) for doc in docs}
        if self._connection is None:
            return {}, keys
        by_key = {key: doc for doc in docs for key in (keys[doc.id],)}
        found: dict[str, DocumentAnalysis] = {}
        try:
            wanted = list(by_key)
            for k in range(0, len(wanted), _BATCH):
                batch = wanted[k:k + _BATCH]
                rows = self._connection.execute(
                    f"SELECT key, data FROM analyses WHERE key IN ({','.join('?' * len(batch))})", batch).fetchall()
                for key, data in rows:
                    doc = by_key[key]
                    try:
                        found[doc.id] = decode_analysis(data, doc)
                    except (ValueError, KeyError, TypeError, IndexError) as exc:  # decode_analysis: not ours
                        _log.warning("unreadable cache entry for %s: %s", doc.path, exc)  # a miss
            if found:
                now = time.time()
                self._connection.executemany("UPDATE analyses SET used = ? WHERE key = ?",
                                             [(now, keys[doc_id]) for doc_id in found])
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)
            return {}, keys
        return found, keys

    def put_many(self, rows: list[tuple[str, DocumentAnalysis]]) -> None:
        """Store analyses under their keys in one transaction, then evict the oldest-used beyond the limit."""
        if self._connection is None or not rows:
            return
        from timeline_app.core.analysis import encode_analysis

        now = time.time()
        version = extractor_version()

        def encoded() -> Iterator[tuple[str, str, bytes, int, float]]:
            # One document's compressed JSON lines at a time: sqlite3 takes the rows from the generator as it
            # inserts them.
            for key, analysis in rows:
                data = encode_analysis(analysis)
                yield key, version, data, len(data), now

        try:
            with self._transaction():
                self._connection.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)", encoded())
            self._evict()
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)

    @contextlib.contextmanager
    def _transaction(self):
        assert self._connection is not None
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")

    def _evict(self) -> None:
        assert self._connection is not None
        total = self._connection.execute("SELECT COALESCE(SUM(size), 0) FROM analyses").fetchone()[0]
        if total <= self.limit_bytes:
            return
        excess = total - self.limit_bytes
        doomed: list[tuple[str]] = []
        for key, size in self._connection.execute("SELECT key, size FROM analyses ORDER BY used, key").fetchall():
            if excess <= 0:
                break
            doomed.append((key,))
            excess -= size
        with self._transaction():
            self._connection.executemany("DELETE FROM analyses WHERE key = ?", doomed)

    def __len__(self) -> int:
        if self._connection is None:
            return 0
        return self._connection.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
