"""Edits on the undo stack: each user edit is one QUndoCommand whose redo() stores an `Edit` and whose undo()
removes it again, in whatever holds the edits now.

What holds them is an *edit store*: the open `Project` (each edit one committed transaction, so nothing is
lost if the process dies), or, while no project is open, a `MemoryEdits` list with the same calls, whose
edits move into a project on "Save as project". The store ids of an edit change in that move; commands
therefore never keep ids: each has a *handle*, and `EditSession` maps handles to the stored edits of the
current store.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from timeline_app.core.elide import elide
from timeline_app.core.lazy import LazyModule
from timeline_app.core.model import Timeline
from timeline_app.ui.text import no_mnemonic

if TYPE_CHECKING:
    from timeline_app.core import edits as core_edits
    from timeline_app.core.edits import Edit, EditedTimeline
    from timeline_app.core.event_store import EventStore
else:  # loaded with the first timeline shown or edit made: the empty window's MemoryEdits holds none
    core_edits = LazyModule("timeline_app.core.edits")


class EditStore(Protocol):
    """The calls the window needs from whatever holds the edits (`Project` has them all)."""

    read_only: bool

    def edits(self) -> list[Edit]: ...
    def add_edit(self, edit: Edit) -> Edit: ...
    def remove_edit(self, edit_id: int) -> None: ...
    def restore_edit(self, edit: Edit) -> Edit: ...
    def view(self) -> EditedTimeline: ...
    def replace_results(self, timeline: Timeline) -> EditedTimeline: ...


class MemoryEdits:
    """The edits of a window that has no project yet: kept in memory, in the order they were made."""

    read_only = False
    read_only_reason = ""

    def __init__(self, timeline: Timeline, hashes: dict[str, str] | None = None,
                 store: Callable[[], EventStore | None] | None = None) -> None:
        self._timeline = timeline
        # `store()`: the window's store of `timeline`'s own events (None once it shows an edited view). At the
        # first edit its mention columns are kept (`EventStore.rows_with_documents`): each view then finds the
        # events an edit can touch from them, not by looking at every event's mentions.
        self._store = store
        self._rows_with_documents: Callable[[Collection[str]], Iterable[int]] | None = None
        # Document id -> text hash, filled on the first edit (`edits.text_hashes`: those the timeline holds
        # are taken, not hashed); `hashes` may be the window's own memo of them, so that each text is hashed
        # once whichever side asks first.
        self._hashes: dict[str, str] = {} if hashes is None else hashes
        self._edits: dict[int, Edit] = {}
        self._ids = itertools.count(1)

    def timeline(self) -> Timeline:
        """The extraction results the edits apply to."""
        return self._timeline

    def edits(self) -> list[Edit]:
        return [self._edits[k] for k in sorted(self._edits)]

    def add_edit(self, edit: Edit) -> Edit:
        stored = replace(edit, id=next(self._ids))
        self._edits[stored.id] = stored
        return stored

    def remove_edit(self, edit_id: int) -> None:
        self._edits.pop(edit_id, None)

    def restore_edit(self, edit: Edit) -> Edit:
        if edit.id is None:
            return self.add_edit(edit)
        self._edits[edit.id] = edit
        return edit

    def view(self) -> EditedTimeline:
        edits = self.edits()
        # Hashed once per reading, not once per edit, and only once there is an edit: a timeline opened and
        # looked at never hashes its 10,000 texts.
        if edits:
            core_edits.text_hashes(self._timeline, self._hashes)
            if self._rows_with_documents is None and self._store is not None:
                store = self._store()
                if store is not None and len(store) == len(self._timeline.events):
                    self._rows_with_documents = store.rows_with_documents()
                self._store = None  # asked once: later it shows an edited view
        # Events as objects or as columns (a timeline from the cache): `apply_edits` takes either.
        return core_edits.apply_edits(self._timeline, edits, document_hashes=self._hashes,
                                      rows_with_documents=self._rows_with_documents)

    def replace_results(self, timeline: Timeline) -> EditedTimeline:
        self._timeline = timeline
        self._store = self._rows_with_documents = None  # of the old events
        self._hashes.clear()  # the memo the controller shares: emptied for the new texts, not replaced
        return self.view()


class EditSession(QObject):
    """The window's current edit store, and which command's edit is stored in it under which id."""

    # An edit could not be stored (a read-only project, a full disk): the message says why.
    failed = Signal(str)

    def __init__(self, store: EditStore, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._handles = itertools.count(1)
        # handle -> the edit as the current store holds it (with its id). Undone edits stay here so redo
        # restores them under the same id; `_applied` says which are in the store now.
        self._stored: dict[int, Edit] = {}
        self._applied: set[int] = set()
        # Mention keys of the event the last command done or undone was about: the window selects it.
        self.focus: tuple = ()

    def store(self) -> EditStore:
        return self._store

    def new_handle(self) -> int:
        return next(self._handles)

    def apply(self, handle: int, edit: Edit) -> bool:
        """Store `edit` for the command `handle` (redo); False, with `failed` emitted, if it could not be."""
        if getattr(self._store, "read_only", False):
            self.failed.emit(getattr(self._store, "read_only_reason", "") or "The project is read-only.")
            return False
        try:
            known = self._stored.get(handle)
            stored = self._store.restore_edit(known) if known is not None else self._store.add_edit(edit)
        except Exception as exc:  # noqa: BLE001 - a store error must not take the window down
            self.failed.emit(f"The edit could not be saved: {exc}")
            return False
        self._stored[handle] = stored
        self._applied.add(handle)
        return True

    def revert(self, handle: int) -> bool:
        """Remove the edit of the command `handle` (undo)."""
        stored = self._stored.get(handle)
        if stored is None or handle not in self._applied:
            return True
        if getattr(self._store, "read_only", False):
            self.failed.emit(getattr(self._store, "read_only_reason", "") or "The project is read-only.")
            return False
        try:
            self._store.remove_edit(stored.id)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(f"The edit could not be undone: {exc}")
            return False
        self._applied.discard(handle)
        return True

    def switch_store(self, store: EditStore, carry: bool) -> None:
        """Hold edits in `store` from now on. With `carry`, the edits applied now are added to it in the
        order they were made (what "Save as project" does) and their commands keep working; without, every
        command's edit is forgotten (the window clears the undo stack)."""
        if carry:
            order = sorted(self._applied, key=lambda h: self._stored[h].id or 0)
            moved: dict[int, Edit] = {}
            for handle in order:
                moved[handle] = store.add_edit(replace(self._stored[handle], id=None))
            self._stored = moved  # undone commands' edits will be added afresh if redone
            self._applied = set(moved)
        else:
            self._stored.clear()
            self._applied.clear()
        self._store = store

    def rename_store(self, store: EditStore) -> None:
        """`store` is a copy of the current one (Save As of a project): the same edits under the same ids."""
        self._store = store

    def unsaved(self) -> bool:
        """True when edits exist only in memory: closing now would lose them."""
        return isinstance(self._store, MemoryEdits) and bool(self._store.edits())


class EditCommand(QUndoCommand):
    """One edit: redo stores it, undo removes it. `focus` are mention keys of the event to select after it."""

    def __init__(self, session: EditSession, edit: Edit, text: str, focus: Sequence = (),
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(no_mnemonic(text), parent)
        self.session = session
        self.edit = edit
        self.focus = tuple(focus)
        self.handle = session.new_handle()

    def redo(self) -> None:
        self.session.focus = self.focus
        if not self.session.apply(self.handle, self.edit):
            self.setObsolete(True)  # QUndoStack drops a command that is obsolete after redo

    def undo(self) -> None:
        self.session.focus = self.focus
        if not self.session.revert(self.handle):
            self.setObsolete(True)


def short(text: str, limit: int = 40) -> str:
    """A title short enough for a menu item: "Rename “President hosts his…”"."""
    return elide(text, limit)
