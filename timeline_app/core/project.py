"""A project is one SQLite file: the sources, the documents as read, the extraction results, the user's edits
(an ordered log of operations) and view state. Reopening it needs no re-extraction.

The file may come from someone else: nothing in it is ever unpickled or evaluated; every table is STRICT and
its columns are checked on open, so each value has the type this code expects. Each edit is one committed
transaction in a WAL journal with synchronous=FULL: a crash loses no edit that `add_edit` returned.
No Qt here.
"""
from __future__ import annotations

import datetime as dt
import sys
from array import array
import json
import logging
import os
import sqlite3
import threading
from bisect import insort
from itertools import chain, repeat
from operator import and_, attrgetter, getitem, le, lshift, or_, sub
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline_app.core import files
from timeline_app.core.collector import collection_paused
from timeline_app.core.edits import (KINDS, Edit, EditedTimeline, _is_columns, apply_edits,
                                     follow_changed_documents, text_hashes)
from timeline_app.core.model import (MENTION_FIELDS, MENTION_LEAD_MASK, MENTION_LEAD_SHIFT, MENTION_LENGTH_MASK,
                                     MENTION_LENGTH_SHIFT, MENTION_START_LIMIT, MENTION_START_SHIFT, MENTION_TAIL_MASK,
                                     MENTION_TAIL_SHIFT, Document, Event, Mention, Precision, Problem, Sentence,
                                     Timeline, pack_mention)

if TYPE_CHECKING:
    import numpy as np

    from timeline_app.core.event_store import EventColumns

# progress(done, total, label): how far a save or an open has got (the window's progress bar; may raise to stop).
ProjectProgress = Callable[[int, int, str], None]

# 'TLAP' in the SQLite header's application_id: `is_project_file` sniffs it, whatever the file is called.
APPLICATION_ID = 0x544C4150
SCHEMA_VERSION = 4  # PRAGMA user_version of the files this code writes
SUFFIX = ".timeline.sqlite"
_HEADER = b"SQLite format 3\x00"


log = logging.getLogger(__name__)

class ProjectError(Exception):
    """A project file that cannot be opened or written, with the file named and the problem said."""


def is_project_file(path: str | os.PathLike) -> bool:
    """Whether `path` is one of our project files: an SQLite header with our application_id (not the name)."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError:
        return False
    return _sniff(header) is None


def _sniff(header: bytes) -> str | None:
    """Why these first bytes are not a project file, or None when they are."""
    if len(header) < 100 or not header.startswith(_HEADER):
        return "not a timeline-app project (not an SQLite database)"
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return "an SQLite database, but not a timeline-app project"
    return None


# ---- the schema, one function per version step ----

# Each table: (name, columns as (name, declared type, NOT NULL), constraints), as file format 1 had them.
# Written as STRICT tables, so SQLite itself keeps every value to its declared type. Reading checks the columns
# it uses against `_TABLES` (below: format 2).
_TABLES_V1: dict[str, tuple[tuple[tuple[str, str, bool], ...], str]] = {
    "meta": ((("key", "TEXT", True), ("value", "TEXT", True)), "PRIMARY KEY (key)"),
    "sources": ((("position", "INTEGER", True), ("path", "TEXT", True), ("relative", "TEXT", False)),
                "PRIMARY KEY (position)"),
    "documents": ((("position", "INTEGER", True), ("id", "TEXT", True), ("path", "TEXT", True),
                   ("hash", "TEXT", True), ("text", "TEXT", True), ("title", "TEXT", True),
                   ("published", "TEXT", False), ("sentences", "TEXT", True), ("excluded", "TEXT", True),
                   ("encoding", "TEXT", True)), "PRIMARY KEY (position), UNIQUE (id)"),
    "events": ((("position", "INTEGER", True), ("id", "TEXT", True), ("title", "TEXT", True),
                ("first", "TEXT", True), ("last", "TEXT", True), ("precision", "TEXT", True),
("sentence", "TEXT", True), ("inferred", "INTEGER", True),
                ("explanation", "TEXT", True), ("kind", "TEXT", True), ("period", "INTEGER", True),
                ("reported", "INTEGER", True), ("note", "TEXT", True), ("starred", "INTEGER", True),
                ("edited", "INTEGER", True)), "PRIMARY KEY (position)"),
    # A mention's text is its document's text[start:end], so it is not stored again; `event` and `document`
    # are the positions of its event and document.
    "mentions": ((("position", "INTEGER", True), ("event", "INTEGER", True), ("document", "INTEGER", True),
                  ("start", "INTEGER", True), ("end", "INTEGER", True), ("sentence_start", "INTEGER", True),
                  ("sentence_end", "INTEGER", True), ("dated", "INTEGER", True), ("inferred", "INTEGER", True)), "PRIMARY KEY (position)"),
    "problems": ((("position", "INTEGER", True), ("path", "TEXT", True), ("message", "TEXT", True),
                  ("level", "TEXT", True)), "PRIMARY KEY (position)"),
    "edits": ((("id", "INTEGER", True), ("kind", "TEXT", True), ("targets", "TEXT", True),
               ("value", "TEXT", True), ("created", "TEXT", True)), "PRIMARY KEY (id AUTOINCREMENT)"),
    "view_state": ((("key", "TEXT", True), ("value", "TEXT", True)), "PRIMARY KEY (key)"),
}


# File format 2 (what this code writes and reads): each event's mentions packed into one BLOB on its row, so
# opening reads 50,000 rows rather than 400,000 and decodes the offsets in bulk. Six little-endian int32 per
# mention, in order: document (its position), start, end, sentence_start, sentence_end, flags (1 dated,
# 2 inferred). A mention's text is its document's text[start:end], so it is not stored again.
_MENTION_INTS = 6
_MENTION_BYTES = 4 * _MENTION_INTS
# Read into columns with numpy when it is there (`_read_columns`); the object path (`_read_events`) needs the
# standard library only, so a project opens wherever Python does. array's "i" is 32 bits on every platform
# Python supports; the file is little-endian whatever the machine.
assert array("i").itemsize == 4
_SWAP = sys.byteorder != "little"
_TABLES = {name: table for name, table in _TABLES_V1.items() if name != "mentions"}
_TABLES["events"] = (_TABLES_V1["events"][0] + (("mentions", "BLOB", True),), _TABLES_V1["events"][1])
# File format 3: each document's order of numeric dates (`Document.day_first`: 1 day first, 0 month first, NULL
# not known), as its load read it from the text and the page's language, so a reopened project reads "05/06/2025"
# as the load did (re-extraction, the article's note of dropped dates). A column, not a side table: it is read
# for every document, and an older file's rows (NULL) read as "not known", as before.
_TABLES["documents"] = (_TABLES_V1["documents"][0] + (("day_first", "INTEGER", False),), _TABLES_V1["documents"][1])
# File format 4: a page of several stories' later stories (`Document.story_days`), as a flat JSON list of each
# story's start offset and its date line's ISO day ([1200, "2024-03-05", ...]); NULL for a page of one story (and
# for an older file's rows, which read as one story, as before). Stored because a reopened project's document is
# analysed again for a split's title (`edits.mention_title`), which must read each story from its own date line.
_TABLES["documents"] = (_TABLES["documents"][0] + (("stories", "TEXT", False),), _TABLES["documents"][1])
# and each event's flag of a title that names no one (`Event.title_uncertain`, 0/1), after its mentions: NULL in an
# older file's rows, which read as not flagged, as they were shown.
_TABLES_V2_EVENTS = {"events": _TABLES["events"]}  # (what `_migrate_1_to_2` makes: the later columns are added)
_TABLES["events"] = (_TABLES["events"][0] + (("title_uncertain", "INTEGER", False),), _TABLES["events"][1])


def _create_table(name: str, tables: dict[str, tuple[tuple[tuple[str, str, bool], ...], str]] = _TABLES,
                  as_name: str = "") -> str:
    columns, constraints = tables[name]
    name = as_name or name
    spelled = [f'"{c}" {t}{" NOT NULL" if notnull else ""}' for c, t, notnull in columns]
    if "AUTOINCREMENT" in constraints:  # SQLite spells it on the column
        spelled[0] = f'"{columns[0][0]}" INTEGER PRIMARY KEY AUTOINCREMENT'
        return f'CREATE TABLE "{name}" ({", ".join(spelled)}) STRICT'
    return f'CREATE TABLE "{name}" ({", ".join(spelled)}, {constraints}) STRICT'


def _migrate_0_to_1(connection: sqlite3.Connection) -> None:
    """An empty database becomes a version 1 project."""
    for name in _TABLES_V1:
        connection.execute(_create_table(name, _TABLES_V1))
    connection.execute("CREATE INDEX mentions_by_event ON mentions (event)")


def _migrate_1_to_2(connection: sqlite3.Connection) -> None:
    """The mentions table becomes a packed BLOB on each event's row (read by `_read_events`).

    Offsets are copied as they are; a value that does not fit an int32 cannot be a real offset, and fails the
    upgrade (rolled back: the file stays a version 1 file) rather than being wrapped.
    """
    connection.execute(_create_table("events", _TABLES_V2_EVENTS, as_name="events_v2"))
    old_columns = ", ".join(f'"{c}"' for c, _t, _n in _TABLES_V1["events"][0])
    packed: dict[int, list[int]] = {}
    for event, document, start, end, sentence_start, sentence_end, dated, inferred in connection.execute(
            "SELECT event, document, start, end, sentence_start, sentence_end, dated, inferred "
            "FROM mentions ORDER BY event, position"):
        packed.setdefault(event, []).extend((document, start, end, sentence_start, sentence_end,
                                             (dated != 0) | (inferred != 0) << 1))
    rows = connection.execute(f"SELECT {old_columns} FROM events ORDER BY position").fetchall()
    if set(packed) - {row[0] for row in rows}:
        raise ValueError("some mentions belong to no event")
    connection.executemany(
        f"INSERT INTO events_v2 VALUES ({', '.join('?' * len(_TABLES_V2_EVENTS['events'][0]))})",
        ((*row, _pack_mentions(packed.get(row[0], ()))) for row in rows))
    connection.execute("DROP TABLE mentions")  # its index goes with it
    connection.execute("DROP TABLE events")
    connection.execute("ALTER TABLE events_v2 RENAME TO events")


def _migrate_2_to_3(connection: sqlite3.Connection) -> None:
    """Documents get their order of numeric dates (`Document.day_first`), NULL (not known) for those stored."""
    connection.execute('ALTER TABLE documents ADD COLUMN "day_first" INTEGER')


def _migrate_3_to_4(connection: sqlite3.Connection) -> None:
    """Documents get their later stories (`Document.story_days`), NULL (one story) for those stored; events their
    flag of a title naming no one (`Event.title_uncertain`), NULL (not flagged) for those stored."""
    connection.execute('ALTER TABLE documents ADD COLUMN "stories" TEXT')
    connection.execute('ALTER TABLE events ADD COLUMN "title_uncertain" INTEGER')


# MIGRATIONS[v] takes a file from version v to v + 1, inside the transaction that also sets user_version.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _migrate_0_to_1, 1: _migrate_1_to_2,
                                                               2: _migrate_2_to_3, 3: _migrate_3_to_4}


def _migrate(connection: sqlite3.Connection, path: Path) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    # Upgrading a format 1 file with results in it drops its mentions table: give the pages back once (an
    # 85 MB project would otherwise stay 129 MB), after the committed steps, so a failure here loses nothing.
    shrink = version == 1 and connection.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError(f"{path}: no way to upgrade a project of file format {version}")
        connection.execute("BEGIN IMMEDIATE")
        try:
            step(connection)
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        version += 1
    if shrink:
        connection.execute("VACUUM")


def _check_columns(connection: sqlite3.Connection, path: Path) -> None:
    """Every table and column this code reads exists with the declared type, in a STRICT table."""
    strict = {row[1]: row[5] for row in connection.execute("PRAGMA table_list") if row[0] == "main"}
    for name, (columns, _constraints) in _TABLES.items():
        if name not in strict:
            raise ProjectError(f"{path}: the project has no “{name}” table")
        if not strict[name]:
            raise ProjectError(f"{path}: the “{name}” table does not enforce its column types")
        found = {row[1]: (row[2].upper(), bool(row[3]) or bool(row[5]))
                 for row in connection.execute(f'PRAGMA table_info("{name}")')}
        for column, declared, notnull in columns:
            if column not in found:
                raise ProjectError(f"{path}: the “{name}” table has no “{column}” column")
            if found[column][0] != declared or (notnull and not found[column][1]):
                raise ProjectError(f"{path}: the “{name}” table's “{column}” column is not {declared}"
                                   f"{' NOT NULL' if notnull else ''}")


# ---- the project ----

class Project:
    """An open project file. Results are read once, at open; edits and view state are written at once.

    Not for use from two threads at a time, but any one thread may use it (a lock guards the connection).
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only_reason: str = "") -> None:
        self.path = path
        self.read_only = bool(read_only_reason)
        self.read_only_reason = read_only_reason
        self._connection: sqlite3.Connection | None = connection
        self._lock = threading.RLock()
        self._sources: tuple[str, ...] = ()
        # The results, with every text's hash in `text_hashes` (as stored): the one place the project keeps them.
        self._timeline = Timeline()
        self._edits: list[Edit] = []
        self._state: dict[str, Any] = {}
        self._view: EditedTimeline | None = None

    # -- creating and opening --

    @classmethod
    def create(cls, path: str | os.PathLike, timeline: Timeline, sources: Sequence[str],
               edits: Sequence[Edit] = (), progress: ProjectProgress | None = None) -> Project:
        """A new project at `path` holding `timeline` as read from `sources` ("Save as project"), and `edits`
        in their order, each under its id when it has one (the window's in-memory ids: its undo keeps working).

        Written under a temporary name beside `path` and renamed into place: `path` is never half a project.
        Qt-free and touches nothing shared, so the window runs it in a worker thread.
        """
        path = Path(path)
        hashes = text_hashes(timeline)  # hashed already when the timeline was made: not again

        def fill(connection: sqlite3.Connection) -> None:
            with _transaction(connection):
                connection.executemany("INSERT INTO meta VALUES (?, ?)", [
                    ("created", dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
                    ("generator", "timeline-app")])
                _write_sources(connection, path, sources)
                _write_results(connection, timeline, hashes, progress)
                connection.executemany("INSERT INTO edits (id, kind, targets, value, created) VALUES (?, ?, ?, ?, ?)",
                                       [(e.id, *_edit_row(e)) for e in edits])

        _write_new_file(path, fill)
        # What was just written is in memory already: no need to read it back.
        project = cls(path, _connect(path, read_only=False))
        with project._lock:
            project._sources = _resolve_sources(path, project._live().execute(
                "SELECT path, relative FROM sources ORDER BY position").fetchall())
            project._edits = [_edit_from_row(row) for row in project._live().execute(
                "SELECT id, kind, targets, value FROM edits ORDER BY id")]
        project._timeline = _with_hashes(timeline, hashes)
        return project

    @classmethod
    def open(cls, path: str | os.PathLike, progress: ProjectProgress | None = None) -> Project:
        """The project at `path`, read without re-extraction. A file of a newer format opens read-only (with
        `read_only_reason` saying so); a file that is not a project, or is damaged, raises ProjectError.
        Qt-free: the window opens projects in a worker thread."""
        path = Path(path)
        try:
            with open(path, "rb") as f:
                header = f.read(100)
        except OSError as exc:
            raise ProjectError(f"{path}: {exc.strerror or exc}") from None
        why_not = _sniff(header)
        if why_not:
            raise ProjectError(f"{path}: {why_not}")
        if sqlite3.sqlite_version_info < (3, 37):
            raise ProjectError(f"{path}: this Python's SQLite {sqlite3.sqlite_version} is too old to read "
                               "projects (3.37 or later is needed)")
        reason = ""
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            reason = "The project file or its folder cannot be written: it is open read-only."
        connection: sqlite3.Connection | None = None
        try:
            connection = _connect(path, read_only=bool(reason))
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                connection.close()
                reason = (f"This project was saved by a newer version of timeline-app (file format {version}; "
                          f"this version writes format {SCHEMA_VERSION}): it is open read-only, and changes "
                          "cannot be saved.")
                connection = _connect(path, read_only=True)
            elif version < SCHEMA_VERSION:
                if reason:  # the file cannot be upgraded in place: upgrade a copy in memory, to read
                    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                    connection.backup(memory)
                    connection.close()
                    connection = memory
                _migrate(connection, path)
            project = cls(path, connection, reason)
            with collection_paused():
                project._load(progress)
            return project
        except BaseException as exc:
            if connection is not None:
                connection.close()
            if isinstance(exc, sqlite3.Error):
                raise ProjectError(f"{path}: the project file is damaged or unreadable ({exc})") from None
            if isinstance(exc, (ValueError, TypeError, KeyError, IndexError)):
                raise ProjectError(f"{path}: the project file holds an invalid value ({exc})") from None
            raise

    def save_as(self, path: str | os.PathLike, progress: ProjectProgress | None = None) -> Project:
        """A copy of this project at `path`, open. This project stays open (the caller usually closes it).

        Safe from another thread while this one takes edits: the copy reads the file through a connection of
        its own (a WAL reader sees one committed state and holds up no writer), so it holds the edits committed
        when it began; `sync_edits` brings the copy's up to date afterwards."""
        path = Path(path)
        if path.exists() and self.path.exists() and os.path.samefile(path, self.path):
            return self
        self._live()  # a closed project is not copied

        def copy(target: sqlite3.Connection) -> None:
            if self.read_only:  # possibly migrated in memory: copy what this project reads
                with self._lock:
                    self._live().backup(target)
                return
            source = _connect(self.path, read_only=True)
            try:
                source.backup(target)
            finally:
                source.close()

        if progress is not None:
            progress(0, 2, f"Copying {self.path.name}")
        _write_new_file(path, copy, set_up=False)
        return Project.open(path, progress=None if progress is None else (
            lambda done, total, label: progress(1, 2, label)))

    def sync_edits(self, edits: Sequence[Edit]) -> None:
        """Make this project's edit log `edits` (same ids): what a copy missed of edits made or undone while
        it was being written. One transaction."""
        wanted = {e.id: e for e in edits}
        have = {e.id for e in self._edits}
        gone = [i for i in have if i not in wanted]
        new = [e for i, e in wanted.items() if i not in have]
        if not gone and not new:
            return
        with self._writing() as connection:
            connection.executemany("DELETE FROM edits WHERE id = ?", [(i,) for i in gone])
            connection.executemany("INSERT INTO edits (id, kind, targets, value, created) VALUES (?, ?, ?, ?, ?)",
                                   [(e.id, *_edit_row(e)) for e in new])
        self._edits = sorted(edits, key=lambda e: e.id or 0)
        self._view = None

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- reading --

    @property
    def sources(self) -> tuple[str, ...]:
        """The files and folders the project reads (where a moved project finds them beside itself)."""
        return self._sources

    def edits(self) -> list[Edit]:
        return list(self._edits)

    def view(self) -> EditedTimeline:
        """The stored results with every edit applied: what the window shows."""
        with self._lock:
            if self._view is None:
                with collection_paused():
                    self._view = apply_edits(self._timeline, self._edits,
                                             document_hashes=self._timeline.text_hashes)
            return self._view

    def results(self) -> Timeline:
        """The stored extraction results, before edits."""
        return self._timeline

    def state(self, key: str, default: Any = None) -> Any:
        return self._state.get(key, default)

    # -- writing: each call one committed transaction --

    def add_edit(self, edit: Edit) -> Edit:
        """Store `edit` at the end of the log; returns it with its id."""
        if edit.kind not in KINDS:
            raise ValueError(f"not a kind of edit: {edit.kind!r}")
        row = _edit_row(edit)
        with self._writing() as connection:
            cursor = connection.execute("INSERT INTO edits (kind, targets, value, created) VALUES (?, ?, ?, ?)",
                                        row)
            stored = replace(edit, id=cursor.lastrowid)
        self._edits.append(stored)
        self._view = None
        return stored

    def remove_edit(self, edit_id: int) -> None:
        """Undo: the edit leaves the log."""
        with self._writing() as connection:
            if connection.execute("DELETE FROM edits WHERE id = ?", (edit_id,)).rowcount != 1:
                raise ProjectError(f"{self.path}: there is no edit {edit_id} to remove")
        self._edits = [e for e in self._edits if e.id != edit_id]
        self._view = None

    def restore_edit(self, edit: Edit) -> Edit:
        """Redo: `edit` goes back into the log with its id, so in its place in the order."""
        if edit.id is None:
            raise ValueError("only a stored edit (with an id) can be restored")
        with self._writing() as connection:
            try:
                connection.execute("INSERT INTO edits (id, kind, targets, value, created) VALUES (?, ?, ?, ?, ?)",
                                   (edit.id, *_edit_row(edit)))
            except sqlite3.IntegrityError:
                raise ProjectError(f"{self.path}: edit {edit.id} is already in the project") from None
        insort(self._edits, edit, key=lambda e: e.id or 0)
        self._view = None
        return edit

    def set_state(self, key: str, value: Any) -> None:
        """Remember a piece of view state (JSON-able). In a read-only project it lasts until closed."""
        text = json.dumps(value)
        self._state[key] = json.loads(text)  # what a reopen would give back
        if self.read_only:
            return
        with self._writing() as connection:
            connection.execute("INSERT OR REPLACE INTO view_state VALUES (?, ?)", (key, text))

    def replace_results(self, timeline: Timeline, sources: Sequence[str] | None = None) -> EditedTimeline:
        """Store a new reading of the sources (and the sources, when given), keeping every edit.

        An edit whose passage is in a document that changed follows the passage when its whole sentence is
        still in the new text, once; the edits that still find no passage are listed in `unapplied`.
        """
        hashes = text_hashes(timeline)  # hashed already when the timeline was made: not again
        moved = follow_changed_documents(self._edits, self._timeline.documents, timeline.documents,
                                         old_hashes=self._timeline.text_hashes, new_hashes=hashes)
        with self._writing() as connection:
            connection.execute("DELETE FROM events")
            connection.execute("DELETE FROM documents")
            connection.execute("DELETE FROM problems")
            _write_results(connection, timeline, hashes)
            if sources is not None:
                connection.execute("DELETE FROM sources")
                _write_sources(connection, self.path, sources)
            connection.executemany("UPDATE edits SET targets = ?, value = ? WHERE id = ?",
                                   [(row[1], row[2], e.id) for e in moved for row in [_edit_row(e)]])
        by_id = {e.id: e for e in moved}
        self._edits = [by_id.get(e.id, e) for e in self._edits]
        self._timeline = _with_hashes(timeline, hashes)
        if sources is not None:
            self._sources = _resolve_sources(self.path, [(str(Path(s).resolve()), None) for s in sources])
        self._view = None
        return self.view()

    # -- internals --

    def _live(self) -> sqlite3.Connection:
        if self._connection is None:
            raise ProjectError(f"{self.path}: the project is closed")
        return self._connection

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise ProjectError(f"{self.path}: {self.read_only_reason}")
        with self._lock:
            connection = self._live()
            try:
                with _transaction(connection):
                    yield connection
            except sqlite3.Error as exc:
                raise ProjectError(f"{self.path}: could not write to the project ({exc})") from None

    def _load(self, progress: ProjectProgress | None = None) -> None:
        connection = self._live()
        _check_columns(connection, self.path)
        self._sources = _resolve_sources(self.path, connection.execute(
            "SELECT path, relative FROM sources ORDER BY position").fetchall())
        with self._reading("articles and events"):
            self._timeline = _read_results(connection, progress, self.path)  # with the stored hash of every text
        with self._reading("edits"):
            self._edits = [_edit_from_row(row) for row in connection.execute(
                "SELECT id, kind, targets, value FROM edits ORDER BY id")]
        self._state = _read_view_state(connection, self.path)

    @contextmanager
    def _reading(self, part: str) -> Iterator[None]:
        """A bad value met while reading `part` of the file as a ProjectError naming the file and that part."""
        try:
            yield
        except (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError) as exc:
            # (RecursionError: JSON nested past the parser's depth, '[' * 100000)
            raise ProjectError(f"{self.path}: the project file holds an invalid value in its {part} ({exc})") from None


def _read_view_state(connection: sqlite3.Connection, path: Path) -> dict[str, Any]:
    """The stored view state (hidden sources, visible range, selection), each entry that reads back: a damaged
    entry is a convenience lost (logged), never the project, whose results and edits are the user's work."""
    state: dict[str, Any] = {}
    for key, value in connection.execute("SELECT key, value FROM view_state"):
        try:
            state[key] = json.loads(value)
        except (ValueError, TypeError, RecursionError) as exc:
            log.warning("%s: view state %r left out: %s", path, key, exc)
    return state


def _read_results(connection: sqlite3.Connection, progress: ProjectProgress | None = None,
                  path: Path | None = None) -> Timeline:
    """The results tables (documents, events, problems) as a Timeline, with each text's stored hash: what a
    project and a cached timeline (core/timeline_cache.py) hold alike. Every offset is checked against its
    document. Events as columns (a million events in a few hundred MB, each Event made when the window first
    shows it); as objects when numpy is missing or the rows are not as this code writes them, which then
    says what is wrong."""
    if progress is not None:
        progress(0, 2, "Reading the articles")
    documents, hashes = _read_documents(connection)
    if progress is not None:
        progress(1, 2, "Reading the events")
    columns = _read_columns(connection, documents)
    events: Sequence[Event]
    if columns is None:
        events = _read_events(connection, documents, path)
    else:
        from timeline_app.core.event_store import ColumnEvents

        events = ColumnEvents(documents, columns)
    problems = tuple(Problem(p, m, level) for p, m, level in connection.execute(
        "SELECT path, message, level FROM problems ORDER BY position"))
    return Timeline(documents, events, problems, text_hashes=hashes)


def _with_hashes(timeline: Timeline, hashes: dict[str, str]) -> Timeline:
    """`timeline` holding `hashes` (every text's) as its `text_hashes`: itself when it holds them already."""
    return timeline if timeline.text_hashes == hashes else replace(timeline, text_hashes=hashes)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE … COMMIT), one per write.
    if read_only:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                     check_same_thread=False)
    else:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _write_new_file(path: Path, fill: Callable[[sqlite3.Connection], None], *, set_up: bool = True) -> None:
    """A complete project file written beside `path` and renamed over it, flushed to disk on the way."""
    temporary: Path | None = None
    try:
        with files.replacing(path, durable=True) as temporary:
            connection = sqlite3.connect(temporary, isolation_level=None)
            try:
                if set_up:
                    # In the rollback journal, so the header holds the id at once (is_project_file reads it).
                    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    _migrate(connection, path)
                fill(connection)
                connection.execute("PRAGMA journal_mode = WAL")  # stays with the file
            finally:
                connection.close()
            # A journal left by an older file must not replay onto the new one: removed before the rename, as
            # after it a crash in between would leave it beside the new file (SQLite replays any valid WAL).
            for stale in (f"{path}-wal", f"{path}-shm"):
                if os.path.exists(stale):
                    os.remove(stale)
    except OSError as exc:
        if temporary is None:  # the new file could not even be made: a missing or read-only folder
            raise ProjectError(f"{path}: cannot write here ({exc.strerror or exc})") from None
        raise ProjectError(f"{path}: could not write the project ({exc.strerror or exc})") from None
    except sqlite3.Error as exc:  # a full disk, say
        raise ProjectError(f"{path}: could not write the project ({exc})") from None
    finally:
        if temporary is not None:  # SQLite's own side files of the temporary, if a failure left any
            for leftover in (f"{temporary}-wal", f"{temporary}-shm", f"{temporary}-journal"):
                if os.path.exists(leftover):
                    os.remove(leftover)


def _write_sources(connection: sqlite3.Connection, project_path: Path, sources: Sequence[str]) -> None:
    rows = []
    for i, source in enumerate(sources):
        absolute = Path(source).resolve()
        try:
            relative = os.path.relpath(absolute, project_path.resolve().parent)
        except ValueError:  # another drive on Windows
            relative = None
        rows.append((i, str(absolute), relative))
    connection.executemany("INSERT INTO sources VALUES (?, ?, ?)", rows)


def _resolve_sources(project_path: Path, rows: Sequence[tuple[str, str | None]]) -> tuple[str, ...]:
    """Each source where it was, or beside the project as it was then, when the project moved with it."""
    out = []
    for absolute, relative in rows:
        if not os.path.exists(absolute) and relative is not None:
            beside = project_path.resolve().parent / relative
            if os.path.exists(beside):
                out.append(str(beside.resolve()))
                continue
        out.append(absolute)
    return tuple(out)


_BOUNDS = attrgetter("start", "end")


def _reported(rows: Iterable[tuple], done: int, total: int, label: str,
              progress: ProjectProgress | None, every: int = 4096) -> Iterator[tuple]:
    """`rows` as they are, with `progress(done + rows so far, total, label)` every `every` rows."""
    if progress is None:
        yield from rows
        return
    progress(done, total, label)
    for k, row in enumerate(rows, 1):
        yield row
        if k % every == 0:
            progress(done + k, total, label)


def _write_results(connection: sqlite3.Connection, timeline: Timeline, hashes: dict[str, str],
                   progress: ProjectProgress | None = None) -> None:
    n_documents = len(timeline.documents)
    total = n_documents + len(timeline.events)
    connection.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
        (i, d.id, d.path, hashes[d.id], d.text, d.title, d.published.isoformat() if d.published else None,
         json.dumps(list(chain.from_iterable(map(_BOUNDS, d.sentences)))),
         json.dumps(list(chain.from_iterable(d.excluded))), d.encoding,
         None if d.day_first is None else int(d.day_first), _stories_json(d.story_days))
        for i, d in _reported(enumerate(timeline.documents), 0, total, "Saving the articles", progress, 64)))
    if _is_columns(timeline.events) and timeline.events.documents == timeline.documents:
        connection.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               _reported(_column_rows(timeline), n_documents, total, "Saving the events",
                                         progress))
    else:
        _write_event_objects(connection, timeline, lambda rows: _reported(
            rows, n_documents, total, "Saving the events", progress))
    connection.executemany("INSERT INTO problems VALUES (?, ?, ?, ?)", (
        (i, p.path, p.message, p.level) for i, p in enumerate(timeline.problems)))
    _write_origins(connection, timeline, hashes)
    _write_part_keys(connection, timeline, hashes)
    _write_dropped(connection, timeline, hashes)
    _write_waiting(connection, timeline, hashes)


def _column_rows(timeline: Timeline) -> Iterator[tuple]:
    """The event rows of events held as columns, written from the columns (no Event made): a million
    events' rows stream into SQLite without a million objects kept."""
    import numpy as np

    events = timeline.events
    c = events.columns  # type: ignore[attr-defined]
    if not _mentions_fit(timeline.documents, c.mention_doc, c.mention_start, c.mention_end, c.sentence_start,
                         c.sentence_end):
        raise ValueError("a mention does not fit its document's text")
    packed = np.stack([c.mention_doc, c.mention_start, c.mention_end, c.sentence_start, c.sentence_end,
                       c.mention_bits]).T
    if packed.size and (packed.min() < -2**31 or packed.max() >= 2**31):
        raise ValueError("a mention's offsets do not fit the file format (32-bit)")
    blob = packed.astype("<i4").tobytes()
    del packed
    from timeline_app.core.event_store import EDITED, INFERRED, PERIOD, REPORTED, TITLE_UNCERTAIN

    precisions = sorted(Precision, key=attrgetter("rank"))
    text_ptr, extra_ptr = c.text_ptr.tolist(), c.extra_ptr.tolist()
    mention_ptr = (c.mention_ptr * _MENTION_BYTES).tolist()
    for k, (start, end, rank, starred, flags) in enumerate(zip(
            c.starts.tolist(), c.ends.tolist(), c.precision.tolist(), c.starred.tolist(), c.flags.tolist())):
        title, sentence, note = c.texts[text_ptr[k]:text_ptr[k + 1] - 1].split("\x1f")
        event_id, explanation, kind = c.extras[extra_ptr[k]:extra_ptr[k + 1] - 1].split("\x1f")
        yield (k, event_id, title, dt.date.fromordinal(start).isoformat(),
               dt.date.fromordinal(end - 1).isoformat(),
               precisions[rank].value, sentence, bool(flags & INFERRED), explanation, kind, bool(flags & PERIOD),
               bool(flags & REPORTED), note, starred, bool(flags & EDITED),
               blob[mention_ptr[k]:mention_ptr[k + 1]], bool(flags & TITLE_UNCERTAIN))


def _write_event_objects(connection: sqlite3.Connection, timeline: Timeline,
                         report: Callable[[Iterator[tuple]], Iterable[tuple]] = iter) -> None:
    position = {d.id: i for i, d in enumerate(timeline.documents)}
    texts = {d.id: d.text for d in timeline.documents}
    for e in timeline.events:
        for m in e.mentions:
            if m.document not in texts or texts[m.document][m.start:m.end] != m.text:
                raise ValueError(f"event {e.id}: a mention is not its document's text at {m.start}–{m.end}")
    connection.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", report(
        (i, e.id, e.title, e.first.isoformat(), e.last.isoformat(), e.precision.value,
         e.sentence, e.inferred, e.explanation, e.kind, e.period, e.reported, e.note, e.starred, e.edited,
         _pack_mentions([n for m in e.mentions for n in (
             position[m.document], m.start, m.end, m.sentence_start, m.sentence_end,
             bool(m.dated) | bool(m.inferred) << 1)]), e.title_uncertain)
        for i, e in enumerate(timeline.events)))


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    """Whether the file has this (optional) table: older files and older versions' files may not."""
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
                              ).fetchone() is not None


# Where each document's text came from (pages, message parts, feed entries) and its link, for documents read
# from PDFs, Word files, e-mail and feeds. A table of its own, made when first written, rather than a column
# and a new file format: a file without it (older, or written by an older version) reads as "no origins", and
# an older version reading a newer file ignores it. Rows carry their document's hash: a row that no longer
# matches its document's text (rewritten by a version that knows nothing of origins) is ignored.
_ORIGINS_TABLE = ('CREATE TABLE IF NOT EXISTS "document_origins" ("id" TEXT NOT NULL, "hash" TEXT NOT NULL, '
                  '"origins" TEXT NOT NULL, "link" TEXT NOT NULL, PRIMARY KEY (id)) STRICT')


def _write_origins(connection: sqlite3.Connection, timeline: Timeline, hashes: dict[str, str]) -> None:
    rows = [(d.id, hashes[d.id], json.dumps([[offset, label] for offset, label in d.origins]), d.link)
            for d in timeline.documents if d.origins or d.link]
    exists = _has_table(connection, "document_origins")
    if not rows and not exists:
        return  # plain files only: the file stays as older versions wrote it
    connection.execute(_ORIGINS_TABLE)
    connection.execute("DELETE FROM document_origins")
    connection.executemany("INSERT INTO document_origins VALUES (?, ?, ?, ?)", rows)


def _read_origins(connection: sqlite3.Connection) -> dict[str, tuple[str, tuple[tuple[int, str], ...], str]]:
    """Each document id's (hash, origins, link) as stored; rows that are not what this code writes are left out
    (origins only guide citations: a damaged row costs the page numbers, never the document)."""
    if not _has_table(connection, "document_origins"):
        return {}
    out = {}
    for doc_id, digest, stored, link in connection.execute("SELECT id, hash, origins, link FROM document_origins"):
        try:
            pairs = json.loads(stored)
        except (TypeError, ValueError):
            continue
        if not (isinstance(doc_id, str) and isinstance(digest, str) and isinstance(link, str)
                and isinstance(pairs, list)):
            continue
        origins = tuple((p[0], p[1]) for p in pairs
                        if isinstance(p, list) and len(p) == 2 and type(p[0]) is int and isinstance(p[1], str))
        if len(origins) != len(pairs) or any(a[0] > b[0] for a, b in zip(origins, origins[1:])):
            continue
        out[doc_id] = (digest, origins, link)
    return out


# What finds each document of a many-document file (a feed's entries, a mailbox's messages, attachments) again
# when the file is re-read (`Document.part_key`): a table of its own, for the reasons `document_origins` is.
# Without it (an older file) re-reading falls back on finding each edited passage in the file's documents.
_PART_KEYS_TABLE = ('CREATE TABLE IF NOT EXISTS "document_part_keys" ("id" TEXT NOT NULL, "hash" TEXT NOT NULL, '
                    '"part_key" TEXT NOT NULL, PRIMARY KEY (id)) STRICT')


def _write_part_keys(connection: sqlite3.Connection, timeline: Timeline, hashes: dict[str, str]) -> None:
    rows = [(d.id, hashes[d.id], d.part_key) for d in timeline.documents if d.part_key]
    exists = _has_table(connection, "document_part_keys")
    if not rows and not exists:
        return  # one document per file only: the file stays as older versions wrote it
    connection.execute(_PART_KEYS_TABLE)
    connection.execute("DELETE FROM document_part_keys")
    connection.executemany("INSERT INTO document_part_keys VALUES (?, ?, ?)", rows)


def _read_part_keys(connection: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Each document id's (hash, part key) as stored; a row that is not what this code writes is left out."""
    if not _has_table(connection, "document_part_keys"):
        return {}
    return {doc_id: (digest, key) for doc_id, digest, key in connection.execute(
        "SELECT id, hash, part_key FROM document_part_keys")
        if isinstance(doc_id, str) and isinstance(digest, str) and isinstance(key, str)}


# The date phrases of each document no calendar date can hold (`Document.dropped`, from the load's tagging), for
# the note under an opened article: a table of its own, for the reasons `document_origins` is. A row for every
# document whose load found them (none: "[]"); a document without one (an older file, or rewritten by an older
# version: its hash no longer matches) reads as not known, and the window tags it to find them.
_DROPPED_TABLE = ('CREATE TABLE IF NOT EXISTS "document_dropped" ("id" TEXT NOT NULL, "hash" TEXT NOT NULL, '
                  '"dropped" TEXT NOT NULL, PRIMARY KEY (id)) STRICT')


def _write_dropped(connection: sqlite3.Connection, timeline: Timeline, hashes: dict[str, str]) -> None:
    rows = [(d.id, hashes[d.id], json.dumps([list(span) for span in d.dropped]))
            for d in timeline.documents if d.dropped is not None]
    exists = _has_table(connection, "document_dropped")
    if not rows and not exists:
        return
    connection.execute(_DROPPED_TABLE)
    connection.execute("DELETE FROM document_dropped")
    connection.executemany("INSERT INTO document_dropped VALUES (?, ?, ?)", rows)


def _read_dropped(connection: sqlite3.Connection) -> dict[str, tuple[str, tuple[tuple[int, int, str], ...]]]:
    """Each document id's (hash, dropped date phrases) as stored; a row that is not what this code writes is left
    out (the note only: the window then finds them itself)."""
    if not _has_table(connection, "document_dropped"):
        return {}
    return _span_rows(connection, "SELECT id, hash, dropped FROM document_dropped", lambda p: (
        (p[0], p[1], p[2]) if isinstance(p, list) and len(p) == 3 and type(p[0]) is int and type(p[1]) is int
        and isinstance(p[2], str) else None))


def _span_rows(connection: sqlite3.Connection, query: str, read: Callable[[object], tuple | None]
               ) -> dict[str, tuple[str, tuple]]:
    """The rows of a side table of date phrases (id, hash, JSON list of spans), each span read by `read` (None for
    one this code does not write): {id: (hash, spans)}, a row with any span not read left out."""
    out = {}
    for doc_id, digest, stored in connection.execute(query):
        try:
            spans = json.loads(stored)
        except (TypeError, ValueError):
            continue
        if not (isinstance(doc_id, str) and isinstance(digest, str) and isinstance(spans, list)):
            continue
        read_spans = tuple(span for span in map(read, spans) if span is not None)
        if len(read_spans) == len(spans):
            out[doc_id] = (digest, read_spans)
    return out


# The date phrases of each undated document that a publication date would date (`Document.waiting`, from the
# load's tagging), for the Sources list's hint: a side table as `document_dropped` is (no format bump: an older
# file, or one rewritten by an older version, reads as not known, and the window then says nothing). Stored so
# that a timeline from the timeline cache (this layout) still says it. Rows only for undated documents with some.
_WAITING_TABLE = ('CREATE TABLE IF NOT EXISTS "document_waiting" ("id" TEXT NOT NULL, "hash" TEXT NOT NULL, '
                  '"waiting" TEXT NOT NULL, PRIMARY KEY (id)) STRICT')


def _write_waiting(connection: sqlite3.Connection, timeline: Timeline, hashes: dict[str, str]) -> None:
    # (A known empty list is the table's absence of a row, when the table is there: most documents have a date.)
    rows = [(d.id, hashes[d.id], json.dumps([list(span) for span in d.waiting]))
            for d in timeline.documents if d.waiting]
    exists = _has_table(connection, "document_waiting")
    if not any(d.waiting is not None for d in timeline.documents) and not exists:
        return
    connection.execute(_WAITING_TABLE)
    connection.execute("DELETE FROM document_waiting")
    connection.executemany("INSERT INTO document_waiting VALUES (?, ?, ?)", rows)


def _read_waiting(connection: sqlite3.Connection) -> dict[str, tuple[str, tuple[tuple[int, int], ...]]] | None:
    """Each document id's (hash, waiting date phrases) as stored (a document without a row: none); None when the
    file has no such table (not known). A row that is not what this code writes is left out."""
    if not _has_table(connection, "document_waiting"):
        return None
    return _span_rows(connection, "SELECT id, hash, waiting FROM document_waiting", lambda p: (
        (p[0], p[1]) if isinstance(p, list) and len(p) == 2 and type(p[0]) is int and type(p[1]) is int else None))


def _pack_mentions(ints: Sequence[int]) -> bytes:
    """Mentions as stored on their event's row: `_MENTION_INTS` ints each, little-endian int32."""
    try:
        packed = array("i", ints)
    except OverflowError:
        raise ValueError("a mention's offsets do not fit the file format (32-bit)") from None
    if _SWAP:
        packed.byteswap()
    return packed.tobytes()


def _stories_json(story_days: tuple[tuple[int, dt.date], ...]) -> str | None:
    """`Document.story_days` as file format 4 stores it: None for a page of one story."""
    if not story_days:
        return None
    return json.dumps([part for at, day in story_days for part in (at, day.isoformat())])


def _stories(stored: str | None, length: int, path: str) -> tuple[tuple[int, dt.date], ...]:
    """A document's later stories read back (`_stories_json`). A damaged list is logged and read as one story:
    the stories only date a later story's undated news when the document is analysed again, so a damaged list
    costs that, never the document."""
    if stored is None:
        return ()
    try:
        parts = json.loads(stored)
        if not isinstance(parts, list) or len(parts) % 2:
            raise ValueError("not pairs")
        stories = tuple((at, dt.date.fromisoformat(day)) for at, day in zip(parts[::2], parts[1::2]))
        if not all(type(at) is int and 0 < at < length for at, _day in stories) \
                or any(b[0] <= a[0] for a, b in zip(stories, stories[1:])):
            raise ValueError("offsets not in order within the text")
    except (ValueError, TypeError) as exc:
        log.warning("%s: its stories in the project file are damaged (%s); read as one story", path, exc)
        return ()
    return stories


def _offsets(text: str, what: str) -> list[int]:
    """A flat JSON list of offsets, checked: pairs of non-negative ints, each pair in order."""
    numbers = json.loads(text)
    if (not isinstance(numbers, list) or len(numbers) % 2 or not all(type(n) is int for n in numbers)
            or not all(0 <= a <= b for a, b in zip(numbers[::2], numbers[1::2]))):
        raise ValueError(f"{what} are not a list of offsets")
    return numbers


class _StoredSentences(Sequence[Sentence]):
    """A stored document's sentences, read into `Sentence`s on first use: a window shows a few documents at a
    time, and a project of 10,000 articles holds some 300,000 sentences. Compares equal to the tuple.

    Stored as a flat JSON list of offsets; what is not a pair of offsets in order is left out (a sentence only
    guides highlighting, so a damaged list costs highlights, never the document).
    """

    __slots__ = ("_stored", "_sentences")

    def __init__(self, stored: str) -> None:
        self._stored: str | None = stored
        self._sentences: tuple[Sentence, ...] = ()

    def _all(self) -> tuple[Sentence, ...]:
        if self._stored is not None:
            try:
                numbers = json.loads(self._stored)
            except (ValueError, RecursionError):  # (read on the GUI thread, long after the file opened)
                numbers = []
            if not isinstance(numbers, list):
                numbers = []
            self._sentences = tuple(Sentence(a, b) for a, b in zip(numbers[::2], numbers[1::2])
                                    if type(a) is int and type(b) is int and 0 <= a <= b)
            self._stored = None
        return self._sentences

    def __getitem__(self, index):  # type: ignore[override]  # an int or a slice, as a tuple answers
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, _StoredSentences)):
            return self._all() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())

    def __reduce__(self):  # pickles as the plain tuple it stands for
        return tuple, (self._all(),)


def _read_documents(connection: sqlite3.Connection) -> tuple[tuple[Document, ...], dict[str, str]]:
    documents = []
    hashes = {}
    origins = _read_origins(connection)
    part_keys = _read_part_keys(connection)
    dropped = _read_dropped(connection)
    waiting = _read_waiting(connection)
    for (doc_id, path, digest, text, title, published, sentences, excluded, encoding, day_first,
         stories) in connection.execute(
            "SELECT id, path, hash, text, title, published, sentences, excluded, encoding, day_first, stories "
            "FROM documents "
            "ORDER BY position"):
        spans = _offsets(excluded, "excluded spans") if excluded != "[]" else []
        stored_digest, places, link = origins.get(doc_id, ("", (), ""))
        if stored_digest != digest:
            places, link = (), ""
        key_digest, part_key = part_keys.get(doc_id, ("", ""))
        dropped_digest, dates_dropped = dropped.get(doc_id, ("", None))
        documents.append(Document(
            doc_id, path, text, title, dt.date.fromisoformat(published) if published else None,
            _StoredSentences(sentences),  # type: ignore[arg-type]
            tuple(zip(spans[::2], spans[1::2])), encoding, places, link,
            part_key if key_digest == digest else "", dates_dropped if dropped_digest == digest else None,
            None if day_first is None else day_first != 0, _stories(stories, len(text), path),
            _stored_waiting(waiting, doc_id, digest, published)))
        hashes[doc_id] = digest
    return tuple(documents), hashes


def _stored_waiting(waiting: dict[str, tuple[str, tuple[tuple[int, int], ...]]] | None, doc_id: str, digest: str,
                    published: str | None) -> tuple[tuple[int, int], ...] | None:
    """A stored document's `waiting`: its row's, when its hash matches; none when it has a date or no row; None
    (not known) without the table or with a row of other text."""
    if waiting is None:
        return None
    stored_digest, spans = waiting.get(doc_id, (digest, ()))
    if stored_digest != digest:
        return None
    return () if published else spans


# Reading 10,000 articles makes some 390,000 mentions and 50,000 events. A frozen dataclass's __init__ sets
# each field through object.__setattr__; setting the slots directly makes the same objects in a third of the
# time (mentions column by column, `_make_all`).
# Used only while the fields are exactly these (a new field in model.py falls back to the constructor).
_EVENT_FIELDS = ("id", "title", "first", "last", "precision", "mentions", "sentence", "inferred", "explanation",
                 "kind", "period", "reported", "note", "starred", "edited", "title_uncertain")


def _slot_setters(cls: type, names: tuple[str, ...]) -> list[Callable[[object, object], None]] | None:
    if (tuple(f.name for f in fields(cls)) != names or hasattr(cls, "__post_init__")
            or not all(type(cls.__dict__.get(n)).__name__ == "member_descriptor" for n in names)):
        return None
    return [cls.__dict__[n].__set__ for n in names]


# Mention's slots when it holds its offsets and flags packed (`model.Mention`), in the order `_read_events` fills
# them; its fields are then properties, so `_slot_setters` finds none.
_PACKED_MENTION_SLOTS = ("document", "text", "_at")


def _packed_mention_setters() -> list[Callable[[object, object], None]] | None:
    if (getattr(Mention, "__slots__", None) != _PACKED_MENTION_SLOTS or hasattr(Mention, "__post_init__")
            or not all(type(Mention.__dict__.get(n)).__name__ == "member_descriptor" for n in _PACKED_MENTION_SLOTS)):
        return None
    return [Mention.__dict__[n].__set__ for n in _PACKED_MENTION_SLOTS]


def _make_all(cls: type, names: tuple[str, ...], columns: Sequence[Iterable[object]], count: int) -> list:
    """`count` objects of `cls`, field i of each from columns[i] (each `count` long): made empty, then filled
    one column at a time by mapping its slot's setter over them (C-level loops, no Python frame per object:
    390,000 mentions in a third of the constructor's time). The constructor when the slots do not match."""
    setters = _slot_setters(cls, names)
    if setters is None:
        return list(map(cls, *columns))
    made = list(map(object.__new__, repeat(cls, count)))
    for setter, column in zip(setters, columns):
        deque(map(setter, made, column), maxlen=0)  # runs the setter over every object, keeping nothing
    return made


def _event_maker() -> Callable[..., Event]:
    setters = _slot_setters(Event, _EVENT_FIELDS)
    if setters is None:
        return Event
    new = object.__new__
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15 = setters

    def make(event_id: str, title: str, first: dt.date, last: dt.date, precision: Precision,
             mentions: tuple[Mention, ...], sentence: str, inferred: bool, explanation: str, kind: str,
             period: bool, reported: bool, note: str, starred: bool, edited: bool, title_uncertain: bool) -> Event:
        e = new(Event)
        s0(e, event_id), s1(e, title), s2(e, first), s3(e, last), s4(e, precision), s5(e, mentions)
        s6(e, sentence), s7(e, inferred), s8(e, explanation), s9(e, kind), s10(e, period), s11(e, reported)
        s12(e, note), s13(e, starred), s14(e, edited), s15(e, title_uncertain)
        return e

    return make


def _read_events(connection: sqlite3.Connection, documents: Sequence[Document],
                 path: Path | None = None) -> tuple[Event, ...]:
    ids = [d.id for d in documents]
    texts = [d.text for d in documents]
    rows = connection.execute(
        "SELECT id, title, first, last, precision, sentence, inferred, explanation, kind, period, reported, "
        "note, starred, edited, mentions, title_uncertain FROM events ORDER BY position").fetchall()
    blobs = [row[-2] for row in rows]
    if any(len(blob) % _MENTION_BYTES for blob in blobs):
        raise ValueError("an event's packed mentions are not whole mentions")
    packed = array("i")
    packed.frombytes(b"".join(blobs))
    if _SWAP:
        packed.byteswap()
    document, start, end, sentence_start, sentence_end, flags = (
        packed[i::_MENTION_INTS].tolist() for i in range(_MENTION_INTS))
    del packed
    _check_mentions(ids, texts, document, start, end, sentence_start, sentence_end, flags)
    # Every Mention made by C-level map calls.
    mention_texts = map(getitem, map(texts.__getitem__, document), map(slice, start, end))
    setters = _packed_mention_setters()
    if setters is not None:
        # Mention's packed int (`model.pack_mention`) made column by column too: the offsets are checked to be in
        # order in their texts, and the stored flags are its two low bits. What it packs are the phrase's length,
        # its place in its sentence, the rest of the sentence and its start: when one is wider than the int holds
        # (a run-on sentence), `pack_mention` itself makes each (the tuple of the values for those).
        lengths, leads, tails = (list(map(sub, *pair)) for pair in (
            (end, start), (start, sentence_start), (sentence_end, end)))
        if lengths and (max(lengths) > MENTION_LENGTH_MASK or max(leads) > MENTION_LEAD_MASK
                        or max(tails) > MENTION_TAIL_MASK or max(start) >= MENTION_START_LIMIT):
            packed = map(pack_mention, start, end, sentence_start, sentence_end,
                         map(bool, map(and_, flags, repeat(1))), map(bool, map(and_, flags, repeat(2))))
        else:
            packed = map(or_, map(and_, flags, repeat(3)), map(lshift, start, repeat(MENTION_START_SHIFT)))
            for column, shift in ((lengths, MENTION_LENGTH_SHIFT), (leads, MENTION_LEAD_SHIFT),
                                  (tails, MENTION_TAIL_SHIFT)):
                packed = map(or_, packed, map(lshift, column, repeat(shift)))
        del lengths, leads, tails
        mentions = list(map(object.__new__, repeat(Mention, len(document))))
        for setter, column in zip(setters, (map(ids.__getitem__, document), mention_texts, packed)):
            deque(map(setter, mentions, column), maxlen=0)
    else:
        mentions = _make_all(Mention, MENTION_FIELDS, (
            map(ids.__getitem__, document), start, end, mention_texts, sentence_start, sentence_end,
            map(bool, map(and_, flags, repeat(1))), map(bool, map(and_, flags, repeat(2)))), len(document))
    del document, start, end, sentence_start, sentence_end, flags
    events = []
    at = 0
    precisions = {p.value: p for p in Precision}
    fromiso = dt.date.fromisoformat
    make_event = _event_maker()  # 50,000 events: made one by one, as fast as column by column here
    for (event_id, title, first, last, precision, sentence, inferred, explanation, kind, period, reported,
         note, starred, edited, blob, title_uncertain) in rows:
        end_at = at + len(blob) // _MENTION_BYTES
        first_day, last_day = fromiso(first), fromiso(last)
        if first_day > last_day:
            # A damaged or hand-edited row: the two dates are still the event's, only in the wrong order. Swapped
            # (and said) rather than refusing the file, whose other events and edits are the user's work.
            log.warning("%s: event %r starts (%s) after it ends (%s): its dates are swapped",
                        path or "project file", event_id, first, last)
            first_day, last_day = last_day, first_day
        events.append(make_event(event_id, title, first_day, last_day, precisions[precision],
                                 tuple(mentions[at:end_at]), sentence, inferred == 1, explanation, kind,
                                 period == 1, reported == 1, note, starred == 1, edited == 1,
                                 title_uncertain == 1))
        at = end_at
    return tuple(events)


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()  # numpy's day 0


def _read_columns(connection: sqlite3.Connection, documents: Sequence[Document]) -> EventColumns | None:
    """The stored events as `EventColumns`, no Python object per event or mention: SQLite joins each column
    (texts with their separators, numbers as comma-separated text, dates as ordinals, the packed mentions as
    one BLOB) in one scan of the rows, and numpy decodes them. None when anything is not as this code writes
    it (a field holding a separator or a NUL, a date or precision out of the usual spelling, mentions that do
    not fit their documents): the object path (`_read_events`) then reads the file and says what is wrong."""
    try:  # a project still opens where numpy is not installed (the standard library's SQLite suffices)
        import numpy as np

        from timeline_app.core.event_store import EventColumns, _pointers
    except ImportError:
        return None
    ranks = " ".join(f"WHEN '{p.value}' THEN {p.rank}" for p in Precision)
    # One scan of the rows (in rowid order, which is `position`: checked below). Each group_concat is one
    # string; SQLite's | and << bind alike, left to right, so each shift has its own brackets.
    row = connection.execute(
        "SELECT count(*), group_concat(position), "
        "group_concat(title || char(31) || sentence || char(31) || note, char(10)), "
        "group_concat(length(title) + length(sentence) + length(note) + 3), "
        "group_concat(id || char(31) || explanation || char(31) || kind, char(10)), "
        "group_concat(length(id) + length(explanation) + length(kind) + 3), "
        "group_concat(first, ''), group_concat(last, ''), "
        f"group_concat((CASE precision {ranks} ELSE 15 END) | ((inferred = 1) << 4) | ((reported = 1) << 5)"
        " | ((period = 1) << 6) | ((edited = 1) << 7) | ((starred = 1) << 8)"
        " | ((coalesce(title_uncertain, 0) = 1) << 9)), "
        "group_concat(length(mentions) / ?), total(length(mentions) % ?) FROM events",
        (_MENTION_BYTES, _MENTION_BYTES)).fetchone()
    n, positions, texts, text_lengths, extras, extra_lengths, firsts, lasts, row_bits, counts, ragged = row
    if not n:
        return EventColumns.from_events((), ())
    if ragged or not (firsts.isascii() and lasts.isascii() and len(firsts) == len(lasts) == 10 * n):
        return None

    def numbers(joined: str | None) -> np.ndarray:
        return np.fromstring(joined or "", dtype=np.int64, sep=",")  # C-level parse, no int per row

    def ordinals(joined: str) -> np.ndarray | None:
        """"YYYY-MM-DD" each, as date.fromisoformat reads them (numpy checks the days of each month)."""
        spelled = np.frombuffer(joined.encode("ascii"), np.uint8).reshape(n, 10)
        digits = np.ones(10, bool)
        digits[[4, 7]] = False
        if not ((spelled[:, ~digits] == ord("-")).all() and (spelled[:, digits] - ord("0") <= 9).all()):
            return None
        try:
            days = np.frombuffer(joined.encode("ascii"), "S10").astype("datetime64[D]").astype(np.int64)
        except ValueError:
            return None
        return days + _EPOCH_ORDINAL

    del row  # each joined string goes as soon as it is parsed: at a million events they are ~100 MB
    positions, row_bits, counts = numbers(positions), numbers(row_bits), numbers(counts)
    text_ptr, extra_ptr = _pointers(numbers(text_lengths)), _pointers(numbers(extra_lengths))
    starts, ends = ordinals(firsts), ordinals(lasts)
    del text_lengths, extra_lengths, firsts, lasts
    if (starts is None or ends is None or any(len(a) != n for a in (positions, row_bits, counts))
            or len(text_ptr) != n + 1 or len(extra_ptr) != n + 1
            or (n > 1 and not (np.diff(positions) > 0).all())
            # SQLite's length() stops at a NUL: the sums hold only when every length is whole.
            or text_ptr[-1] != len(texts) + 1 or extra_ptr[-1] != len(extras) + 1
            or texts.count("\x1f") != 2 * n or extras.count("\x1f") != 2 * n
            or starts.min() < 1 or ends.min() < 1 or (ends < starts).any()  # `_read_events` repairs, and says so
            or (row_bits & 15).max() >= len(Precision)):
        return None
    ends += 1
    blob = connection.execute("SELECT CAST(group_concat(mentions, '') AS BLOB) FROM events").fetchone()[0] or b""
    mention_ptr = _pointers(counts)
    if len(blob) != mention_ptr[-1] * _MENTION_BYTES:
        return None
    packed = np.frombuffer(blob, "<i4").reshape(-1, _MENTION_INTS)
    document, start, end, sentence_start, sentence_end, bits = (
        np.ascontiguousarray(packed[:, i]) for i in range(_MENTION_INTS))
    del packed, blob
    if len(bits) and not (0 <= bits.min() and bits.max() <= 3
                          and _mentions_fit(documents, document, start, end, sentence_start, sentence_end)):
        return None
    return EventColumns(starts.astype(np.int32), ends.astype(np.int32), (row_bits & 15).astype(np.int8),
                        (row_bits & 256).astype(bool), (row_bits >> 4 & 15 | (row_bits >> 9 & 1) << 4).astype(np.uint8),
                        mention_ptr, document,
                        start, end,
                        sentence_start, sentence_end, bits.astype(np.uint8), texts, text_ptr, extras, extra_ptr)


def _mentions_fit(documents: Sequence[Document], document: np.ndarray, start: np.ndarray, end: np.ndarray,
                  sentence_start: np.ndarray, sentence_end: np.ndarray) -> bool:
    """Whether every mention, as columns, fits its document: `document` indexes `documents`, and
    0 <= sentence_start <= start <= end <= sentence_end <= the length of its text. Whole-column numpy
    comparisons; true when there is no mention. (`_check_mentions` is the same rule over lists.)"""
    import numpy as np

    if not len(document):
        return True
    lengths = np.fromiter(map(len, (d.text for d in documents)), np.int64, len(documents))
    return bool(0 <= document.min() and document.max() < len(documents) and sentence_start.min() >= 0
                and (sentence_start <= start).all() and (start <= end).all() and (end <= sentence_end).all()
                and (sentence_end <= lengths[document]).all())


def _check_mentions(ids: list[str], texts: list[str], document: list[int], start: list[int], end: list[int],
                    sentence_start: list[int], sentence_end: list[int], flags: list[int]) -> None:
    """Every mention's offsets fit its document (0 <= sentence_start <= start <= end <= sentence_end <= its
    length) and its flags are known, so a window can slice and highlight without surprise. Checked column by
    column with C-level loops; the culprit is looked for only when one fails."""
    if not document:
        return
    sound = (0 <= min(document) and max(document) < len(texts) and min(sentence_start) >= 0
             and 0 <= min(flags) and max(flags) <= 3
             and all(map(le, sentence_start, start)) and all(map(le, start, end)) and all(map(le, end, sentence_end)))
    if sound:
        lengths = list(map(len, texts))
        sound = all(map(le, sentence_end, map(lengths.__getitem__, document)))
    if sound:
        return
    for d, s, e, ss, se, f in zip(document, start, end, sentence_start, sentence_end, flags):
        if not (0 <= d < len(texts) and 0 <= ss <= s <= e <= se <= len(texts[d]) and 0 <= f <= 3):
            name = repr(ids[d]) if 0 <= d < len(texts) else f"number {d}"
            raise ValueError(f"a mention's offsets {s}–{e} do not fit its document {name}")


def _edit_row(edit: Edit) -> tuple[str, str, str, str]:
    return (edit.kind, json.dumps([list(k) for k in edit.targets]), json.dumps(dict(edit.value)),
            dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))


def _edit_from_row(row: tuple[int, str, str, str]) -> Edit:
    edit_id, kind, targets, value = row
    keys = json.loads(targets)
    value = json.loads(value)
    if not isinstance(keys, list) or not all(
            isinstance(k, list) and len(k) == 3 and isinstance(k[0], str) and type(k[1]) is int
            and type(k[2]) is int for k in keys):
        raise ValueError(f"edit {edit_id} names its passages wrongly")
    if not isinstance(value, dict):
        raise ValueError(f"edit {edit_id} has a value that is not an object")
    return Edit(kind, tuple((h, s, e) for h, s, e in keys), value, edit_id)
