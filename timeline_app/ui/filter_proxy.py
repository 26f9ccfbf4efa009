"""The one filter: which events are visible, by checked sources, search text and "only starred".

`FilteredEventModel` is a thin table over an index array: its row r is the event model's row `rows[r]`,
the rows kept in the event model's (date) order. Every filter is a boolean mask over the event store's
columns (`core/event_store.py`), so a source toggle or a search narrows the array with numpy: no
QSortFilterProxyModel, no Python call per row. A filter change is one layout change whose persistent
indexes (the selection) follow their events, or drop when their event is filtered out.

`SearchRunner` runs the search off the GUI thread, debounced, and hands the filter its mask.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (QModelIndex, QObject, QPersistentModelIndex, Qt, QThreadPool, QTimer,
                            Signal, Slot)

from timeline_app.core.event_store import EventStore, SourceFilter
from timeline_app.core.lazy import LazyModule
from timeline_app.ui.event_model import EventTable, EventTableModel

if TYPE_CHECKING:
    import numpy as np
else:
    np = LazyModule("numpy")  # imported when events arrive: an empty window never needs it

Index = QModelIndex | QPersistentModelIndex


def normalized_needle(text: str) -> str:
    """The search box's text as the filter reads it: lower-cased words separated by single spaces."""
    return " ".join(text.split()).lower()


_NO_ROWS = range(0)  # the rows of an empty store, without numpy


class FilteredEventModel(EventTable):
    """Shows an event while at least one of its checked sources reports it and it matches the search."""

    # Emitted after any change of the filter (sources, search or star), with (visible rows, total rows).
    filterChanged = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._source: EventTableModel | None = None
        # Hidden (unchecked) sources rather than enabled ones, so sources added by a new load are visible
        # without anyone having to enable them.
        self._hidden: frozenset[str] = frozenset()
        self._needle = ""
        self._starred_only = False
        self._store = EventStore.empty()
        self._source_filter: SourceFilter | None = None  # the store's, made with its first unchecked source
        self._by_sources: np.ndarray | None = None  # masks over the store's rows; None = every row
        self._by_search: np.ndarray | None = None
        # The visible event-model rows, ascending: an array, or an empty range while there are no events (so
        # the empty window imports no numpy).
        self._rows: np.ndarray | range = _NO_ROWS
        self._events_cache: list | None = None

    # --- wiring --------------------------------------------------------------------------------
    def sourceModel(self) -> EventTableModel | None:  # noqa: N802 (Qt naming)
        return self._source

    def setSourceModel(self, model: EventTableModel | None) -> None:  # noqa: N802
        if self._source is not None:
            for signal, slot in self._connections(self._source):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.beginResetModel()
        self._source = model
        if model is not None:
            for signal, slot in self._connections(model):
                signal.connect(slot)
        self._take_store()
        self.endResetModel()
        self._emit_counts()

    def _connections(self, model: EventTableModel) -> list:
        return [(model.modelAboutToBeReset, self._source_about_to_reset), (model.modelReset, self._source_reset),
                (model.dataChanged, self._source_data_changed)]

    @Slot()
    def _source_about_to_reset(self) -> None:
        self.beginResetModel()

    @Slot()
    def _source_reset(self) -> None:
        self._take_store()
        self.endResetModel()
        self._emit_counts()

    def _take_store(self) -> None:
        self._store = self._source.store() if self._source is not None else EventStore.empty()
        any_rows = len(self._store) > 0
        self._source_filter = None
        self._by_sources = self._sources_mask(self._hidden) if any_rows else None
        self._by_search = self._store.matching(self._needle) if self._needle and any_rows else None
        self._rows = self._visible_rows()
        self._events_cache = None

    @Slot(QModelIndex, QModelIndex, "QList<int>")
    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        if not len(self._rows):
            return
        lo = int(np.searchsorted(self._rows, top_left.row()))
        hi = int(np.searchsorted(self._rows, bottom_right.row(), side="right")) - 1
        if lo <= hi:
            self.dataChanged.emit(self.index(lo, top_left.column()), self.index(hi, bottom_right.column()),
                                  list(roles or ()))

    # --- the rows ------------------------------------------------------------------------------
    def store(self) -> EventStore:
        return self._store

    def visibleRows(self) -> np.ndarray:  # noqa: N802
        """The event-model rows shown, ascending: row r of this model is the event model's visibleRows()[r]."""
        return self._rows if len(self._rows) else np.zeros(0, np.int64)

    def acceptedSourceRows(self) -> list[int]:  # noqa: N802
        """The event-model rows the filter lets through, in order (a list, for callers that want one)."""
        return self._rows.tolist() if len(self._rows) else []

    def rowEvents(self) -> list:  # noqa: N802
        """The core Event of every row, in row order (built on demand, once per filter state)."""
        if self._events_cache is None:
            events = self._source.rowEvents() if self._source is not None else ()
            self._events_cache = [events[row] for row in self.acceptedSourceRows()]
        return self._events_cache

    def event_at(self, row: int):
        return self._source.event_at(int(self._rows[row])) if self._source is not None else None

    def row_spans(self) -> tuple[np.ndarray, np.ndarray]:
        """[first day, last day + 1) of every row as float day numbers, for the timeline view."""
        store = self._store
        if not len(self._rows):
            return np.zeros(0), np.zeros(0)
        return store.starts[self._rows].astype(np.float64), store.ends[self._rows].astype(np.float64)

    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802
        if not index.isValid() or self._source is None or not (0 <= index.row() < len(self._rows)):
            return QModelIndex()
        return self._source.index(int(self._rows[index.row()]), index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:  # noqa: N802
        if not index.isValid():
            return QModelIndex()
        row = self.rowOf(index.row())
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    def rowOf(self, source_row: int) -> int:  # noqa: N802
        """This model's row for an event-model row, or -1 when it is filtered out (one bisection)."""
        if not len(self._rows):
            return -1
        k = int(np.searchsorted(self._rows, source_row))
        return k if k < len(self._rows) and self._rows[k] == source_row else -1

    # --- QAbstractTableModel -------------------------------------------------------------------
    def _row_count(self) -> int:
        return len(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if self._source is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._source.headerData(section, orientation, role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        source = self.mapToSource(index)
        return self._source.flags(source) if source.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole):
        """`data()` of a row and column, read from the event model's row (no model index made)."""
        if self._source is None or not (0 <= row < len(self._rows)):
            return None
        return self._source.data_at(int(self._rows[row]), col, role)

    # --- the filter ----------------------------------------------------------------------------
    def totalCount(self) -> int:  # noqa: N802
        return len(self._store)

    def hiddenSources(self) -> frozenset[str]:  # noqa: N802
        return self._hidden

    def setHiddenSources(self, ids: Iterable[str]) -> None:  # noqa: N802
        hidden = frozenset(ids)
        if hidden == self._hidden:
            return
        self._hidden = hidden
        self._by_sources = self._sources_mask(hidden)
        self._refilter()

    def _sources_mask(self, hidden: frozenset[str]) -> np.ndarray | None:
        """The rows `hidden` leaves shown (None: all), through the store's `SourceFilter`, which follows a
        toggle by the toggled source's own mentions rather than every mention."""
        if not hidden and self._source_filter is None:
            return None
        if self._source_filter is None:
            self._source_filter = SourceFilter(self._store)
        return self._source_filter.shown(hidden)

    def searchText(self) -> str:  # noqa: N802
        return self._needle

    @Slot(str)
    def setSearchText(self, text: str) -> None:  # noqa: N802
        """Search now, on this thread (the window searches through a `SearchRunner` instead)."""
        needle = normalized_needle(text)
        if needle == self._needle:
            return
        within = self._by_search if self._needle and needle.startswith(self._needle) else None
        self.setSearchResult(needle, self._store.matching(needle, within) if needle else None, self._store)

    def setSearchResult(self, needle: str, matches: np.ndarray | None, store: EventStore) -> bool:  # noqa: N802
        """Apply a search computed elsewhere: `matches` is the mask of `needle` over `store`'s rows (None:
        every row). Ignored, returning False, when the store has been replaced since."""
        if store is not self._store:
            return False
        if needle == self._needle:
            return True
        self._needle = needle
        self._by_search = matches if needle else None
        self._refilter()
        return True

    def searchMask(self) -> np.ndarray | None:  # noqa: N802
        """The current search's mask over the store's rows (None: no search)."""
        return self._by_search

    def starredOnly(self) -> bool:  # noqa: N802
        return self._starred_only

    @Slot(bool)
    def setStarredOnly(self, only: bool) -> None:  # noqa: N802
        """Show only the events the user starred (on top of the source filter and the search)."""
        only = bool(only)
        if only == self._starred_only:
            return
        self._starred_only = only
        self._refilter()

    def _visible_rows(self) -> np.ndarray | range:
        if not len(self._store):
            return _NO_ROWS
        mask: np.ndarray | None = None
        for part in (self._by_sources, self._by_search, self._store.starred if self._starred_only else None):
            if part is not None:
                mask = part.copy() if mask is None else mask & part
        return np.arange(len(self._store), dtype=np.int64) if mask is None else np.flatnonzero(mask)

    def _refilter(self) -> None:
        rows = self._visible_rows()
        if (len(rows) or len(self._rows)) and not np.array_equal(rows, self._rows):
            # A layout change rather than a reset: the selection (a few persistent indexes) follows its events
            # by one bisection each, or is dropped with them.
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            old_rows = self._rows
            self._rows = rows
            self._events_cache = None
            new = []
            for index in old:
                k = self.rowOf(int(old_rows[index.row()])) if 0 <= index.row() < len(old_rows) else -1
                new.append(self.index(k, index.column()) if k >= 0 else QModelIndex())
            self.changePersistentIndexList(old, new)
            self.layoutChanged.emit()
        self._emit_counts()

    @Slot()
    def _emit_counts(self) -> None:
        self.filterChanged.emit(self.rowCount(), self.totalCount())


class _SearchRelay(QObject):
    """Carries results from the thread pool to the GUI thread. One for the application, never deleted, so a
    search finishing after its window has gone emits on a live object (and reaches no one)."""

    done = Signal(object, int, str, object, object)  # runner id, generation, needle, mask (None: all), store


_relay: _SearchRelay | None = None


def _search_relay() -> _SearchRelay:
    global _relay
    if _relay is None:
        _relay = _SearchRelay()
    return _relay


class SearchRunner(QObject):
    """The search box's text → the filter's search, debounced and computed on the global thread pool.

    Only the latest text counts: a result for older text (or an older timeline) is dropped. `settled` is
    emitted once the filter shows the latest text's matches."""

    DEBOUNCE_MS = 40  # one keystroke's worth: a fast typist's burst is searched once, not per letter

    settled = Signal(str)

    def __init__(self, model: FilteredEventModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._generation = 0
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        _search_relay().done.connect(self._finished)
        model.modelReset.connect(self._model_reset)
        self._prepare()

    def _prepare(self) -> None:
        # The store's letter index, built off the GUI thread before the first keystroke needs it (an empty
        # store has none to build: no pool thread started during the first paint for it).
        store = self._model.store()
        if len(store):
            QThreadPool.globalInstance().start(store.prepare_search)

    @Slot(str)
    def setText(self, text: str) -> None:  # noqa: N802
        self._pending = normalized_needle(text)
        self._generation += 1
        if not self._pending:
            # Clearing needs no search: shown at once.
            self._timer.stop()
            self._model.setSearchResult("", None, self._model.store())
            self.settled.emit("")
            return
        self._timer.start()

    def pendingText(self) -> str:  # noqa: N802
        return self._pending

    def isSettled(self) -> bool:  # noqa: N802
        return self._model.searchText() == self._pending and not self._timer.isActive()

    @Slot()
    def _model_reset(self) -> None:
        self._prepare()
        # The model searched the old needle over its new store itself; a search under way is for the old one.
        if self._pending != self._model.searchText():
            self._generation += 1
            self._timer.start()

    @Slot()
    def _start(self) -> None:
        model = self._model
        current = model.searchText()
        needle = self._pending
        within = model.searchMask() if current and needle.startswith(current) else None
        store, generation, me = model.store(), self._generation, id(self)
        relay = _search_relay()

        def search() -> None:  # on a pool thread: reads the store's arrays and strings, touches no Qt object
            relay.done.emit(me, generation, needle, store.matching(needle, within), store)

        QThreadPool.globalInstance().start(search)

    @Slot(object, int, str, object, object)
    def _finished(self, runner: int, generation: int, needle: str, mask, store) -> None:
        if runner != id(self) or generation != self._generation:
            return
        if self._model.setSearchResult(needle, mask, store):
            self.settled.emit(needle)
        else:
            self._timer.start()  # the timeline changed under the search: search its new store

    def shutdown(self) -> None:
        """Stop any pending search (one under way finishes on its own and is dropped)."""
        self._timer.stop()
        self._generation += 1
