"""The merged timeline of a load, cached whole: reopening unchanged articles needs no extraction at all.

The analysis cache (`core/analysis_cache.py`) skips each unchanged article's tagging and extraction, but a
load from it still decodes every analysis, resolves news and merges, and imports all the code that does
so (about 0.7 s of CPU on the seeds, 8 s for 10,000 articles). This cache keeps the *result* of a load,
under two keys:

- the **content key**: the extractor's version and, for every document read, its analysis key (content,
  title, date, sentences, boilerplate, id) with its path and encoding, plus the problems met reading the
  files. The same documents always merge to the same timeline, so a hit is exact.
- the **listing key**: the extractor's version, the paths asked for, and every file the loader would read
  with its size, modification and change times and inode, plus the problems of listing them. It names a
  content key (a small manifest file), so an unchanged folder opens without reading a single article. A
  file changed less than `FRESH_SECONDS` before it was stamped is not trusted (it could change again
  within the clock's tick): such a load keeps only its content key.

A changed, added or removed file misses both (its stamp and its content differ); the load then reads the
files, takes each unchanged article's analysis from the analysis cache, analyses the changed one, merges,
and stores the new timeline. A file that was only touched misses the listing but hits the content key.

Entries are SQLite files in the layout of a project file's results (`core/project.py`: documents, events
with their mentions packed, problems; read back as columns, as a project opens), written under a temporary
name and renamed into place, so two programs can share the directory. At most `MAX_ENTRIES` entries and
`LIMIT_BYTES` are kept, the least recently used going first. Any entry that cannot be read is deleted and
is a miss, never a crash.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.core import files
from timeline_app.core.collector import collection_paused
from timeline_app.core.model import Document, Problem, Timeline

if TYPE_CHECKING:
    from timeline_app.core.documents import Listing

_log = logging.getLogger(__name__)

FORMAT = 1  # bump when what an entry holds changes without a change to the core's sources
DIRECTORY = "timelines"
MAX_ENTRIES = 16
LIMIT_BYTES = 1024 * 1024 * 1024  # 10,000 articles' timeline is about 85 MB
# Entries hold the articles' text: readable by their owner only (mkstemp's 0600, as before files.replacing).
_PRIVATE = 0o600
MAX_MANIFESTS = 256
FRESH_SECONDS = 2.0
_TABLES = ("documents", "events", "problems")


def _version() -> str:
    from timeline_app.core import analysis_cache  # looked up at call time: tests replace it

    return f"{analysis_cache.extractor_version()}/{FORMAT}"


def listing_key(paths: Sequence[str], listing: Listing | None = None) -> str | None:
    """The key of the files under `paths` as they stand now (names, stamps, listing problems), or None when
    one of them changed too recently to trust its stamp. `listing`: `documents.list_paths(paths)`, when the
    caller made it already (the loader then reads the very files listed)."""
    if listing is None:
        from timeline_app.core.documents import list_paths

        # The loader's own listing (it opens nothing), so the key covers exactly the files it would read.
        listing = list_paths(paths)
    digest = hashlib.sha256(f"listing\0{_version()}\0".encode())
    if not all(os.path.isabs(p) for p in paths):
        digest.update(os.getcwd().encode("utf-8", "surrogateescape") + b"\0")  # documents keep relative paths
    for path in paths:
        digest.update(b"path\0" + path.encode("utf-8", "surrogateescape") + b"\0")
    newest = time.time_ns() - int(FRESH_SECONDS * 1e9)
    for path, st in zip(listing.files, listing.stats):  # each file's stat as the listing found it
        if st.st_mtime_ns > newest or st.st_ctime_ns > newest:
            return None
        digest.update(f"file\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\0".encode()
                      + path.encode("utf-8", "surrogateescape") + b"\0")
    _problems_into(digest, listing.problems)
    return digest.hexdigest()


def content_key(documents: Sequence[Document], problems: Sequence[Problem],
                text_hashes: dict[str, str] | None = None) -> str:
    """The key of a load's documents as read, and of the problems met reading them. Each text is hashed once,
    as edits name it (`edits.document_hash`): given `text_hashes`, those hashes are put in it by document id,
    for the timeline to keep (the cache stores them beside the texts, the window keys its edits by them)."""
    from timeline_app.core.analysis_cache import document_head
    from timeline_app.core.edits import document_hash

    digest = hashlib.sha256(f"content\0{_version()}\0".encode())
    for doc in documents:
        text_hash = document_hash(doc)
        if text_hashes is not None:
            text_hashes[doc.id] = text_hash
        # What the per-document stages read from it (as its analysis key has it) and its text's hash.
        digest.update(b"doc\0" + document_head(doc) + f"\0{text_hash}\0{doc.encoding}\0".encode()
                      + doc.path.encode("utf-8", "surrogatepass") + b"\0")
    _problems_into(digest, problems)
    return digest.hexdigest()


def _problems_into(digest, problems: Sequence[Problem]) -> None:
    for p in problems:
        digest.update("problem\0{}\0{}\0{}\0".format(p.path, p.message, p.level)
                      .encode("utf-8", "surrogatepass"))


def cacheable(timeline: Timeline, cache_paths: Sequence[str] = ()) -> bool:
    """False when the timeline holds a problem of this run rather than of its articles: a worker process that
    died, a cluster that failed, or a warning about a cache file (`cache_paths`)."""
    return not any(p.message.startswith("could not be analysed:") or p.path in cache_paths
                   for p in timeline.problems)


class TimelineCache:
    """One directory of cached timelines. Every method contains failures: a lookup that fails is a miss."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    @classmethod
    def default(cls) -> TimelineCache | None:
        from timeline_app.core.analysis_cache import default_directory

        directory = default_directory()
        return None if directory is None else cls(directory / DIRECTORY)

    def _entry(self, key: str) -> Path:
        return self.directory / f"{key}.sqlite"

    def _manifest(self, key: str) -> Path:
        return self.directory / f"{key}.manifest"

    # -- reading --

    def by_listing(self, key: str) -> Timeline | None:
        """The timeline stored for the files as listed under `key`, or None."""
        try:
            content = self._manifest(key).read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            return None
        if len(content) != 64 or not all(c in "0123456789abcdef" for c in content):
            self._remove(self._manifest(key))
            return None
        timeline = self.by_content(content)
        if timeline is None:
            self._remove(self._manifest(key))
        else:
            self._touch(self._manifest(key))
        return timeline

    def by_content(self, key: str) -> Timeline | None:
        """The timeline stored for documents read with `key`, or None (a damaged entry is deleted)."""
        path = self._entry(key)
        if not path.is_file():
            return None
        from timeline_app.core import project

        connection: sqlite3.Connection | None = None
        try:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                         check_same_thread=False)
            with collection_paused():  # hundreds of thousands of objects and no cycles
                # The project file's own reader: events as columns, every offset checked against its
                # document, and the texts' stored hashes (the window keys edits by them, hashing none again).
                timeline = project._read_results(connection)
        except (sqlite3.Error, OSError, ValueError, TypeError, KeyError, IndexError) as exc:
            _log.warning("unreadable cached timeline %s (%s): deleted", path, exc)
            if connection is not None:
                connection.close()
                connection = None
            self._remove(path)
            return None
        finally:
            if connection is not None:
                connection.close()
        self._touch(path)
        return timeline

    # -- writing --

    def store(self, content: str, listing: str | None, timeline: Timeline) -> None:
        """Keep `timeline` under `content` (and `listing`, when the files' stamps can be trusted)."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if not self._entry(content).is_file():
                self._write_entry(content, timeline)
            if listing is not None:
                self._write_atomically(self._manifest(listing), content.encode("ascii"))
            self._evict(keep=content)
        except (OSError, sqlite3.Error, ValueError) as exc:  # a full disk, a read-only cache: run uncached
            _log.warning("could not cache the timeline in %s: %s", self.directory, exc)

    def _write_entry(self, key: str, timeline: Timeline) -> None:
        from timeline_app.core import project
        from timeline_app.core.edits import text_hashes

        with files.replacing(self._entry(key), mode=_PRIVATE) as temporary:
            connection = sqlite3.connect(temporary, isolation_level=None)
            try:
                for name in _TABLES:
                    connection.execute(project._create_table(name))
                connection.execute("BEGIN")
                project._write_results(connection, timeline, text_hashes(timeline))
                connection.execute("COMMIT")
            finally:
                connection.close()

    def _write_atomically(self, path: Path, data: bytes) -> None:
        with files.replacing(path, mode=_PRIVATE) as temporary:
            temporary.write_bytes(data)

    def _evict(self, keep: str) -> None:
        """Least recently used first, beyond `MAX_ENTRIES` entries or `LIMIT_BYTES`; manifests likewise."""
        entries = sorted(self._stamped("*.sqlite"), reverse=True)
        total = 0
        for k, (_used, size, path) in enumerate(entries):
            total += size
            if (k >= MAX_ENTRIES or total > LIMIT_BYTES) and path.stem != keep:
                self._remove(path)
        for _used, _size, path in sorted(self._stamped("*.manifest"), reverse=True)[MAX_MANIFESTS:]:
            self._remove(path)

    def _stamped(self, pattern: str) -> list[tuple[int, int, Path]]:
        out = []
        for path in self.directory.glob(pattern):
            with contextlib.suppress(OSError):
                st = path.stat()
                out.append((st.st_mtime_ns, st.st_size, path))
        return out

    @staticmethod
    def _touch(path: Path) -> None:
        with contextlib.suppress(OSError):
            os.utime(path)  # its modification time is when it was last used

    @staticmethod
    def _remove(path: Path) -> None:
        with contextlib.suppress(OSError):
            os.remove(path)
