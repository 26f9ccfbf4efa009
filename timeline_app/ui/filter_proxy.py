"""The one filter proxy: which events are visible, by checked sources, search text and "only starred".

It sits over the one `EventTableModel` and is what the timeline view, the event list and the detail pane
read. Changing the filter only re-runs `filterAcceptsRow`; the event model is never rebuilt. The per-row
data the filter needs is copied once per model reset into plain Python lists (a bitmask of sources and the
lower-cased search text per row); a filter change computes every row's verdict in one tight pass, so
`filterAcceptsRow` is a list lookup rather than a round trip through `data()`.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal, Slot

from timeline_app.ui.event_model import EventRole

Index = QModelIndex | QPersistentModelIndex

# Above this many rows changing visibility, a filter change is announced as one layout change instead of
# row-by-row removals and insertions.
BULK_CHANGE = 2000


class SourceFilterProxyModel(QSortFilterProxyModel):
    """Shows an event while at least one of its checked sources reports it and it matches the search."""

    # Emitted after any change of the filter (sources or search), with (visible rows, total rows).
    filterChanged = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Hidden (unchecked) sources rather than enabled ones, so sources added by a new load are visible
        # without anyone having to enable them.
        self._hidden: frozenset[str] = frozenset()
        self._needle = ""
        self._starred_only = False
        self._starred: list[bool] | None = None
        self._bits: dict[str, int] = {}
        self._masks: list[int] | None = None
        self._search: list[str] | None = None
        self._accepted: list[bool] | None = None
        self._rows: list[int] | None = None
        self.setSortRole(EventRole.SortKey)
        self.setDynamicSortFilter(True)
        # Our own reset (not the source's): by then the proxy's row count is up to date.
        self.modelReset.connect(self._emit_counts)

    # --- wiring --------------------------------------------------------------------------------
    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt naming)
        old = self.sourceModel()
        if old is not None:
            for signal in (old.modelAboutToBeReset, old.rowsAboutToBeInserted, old.rowsAboutToBeRemoved,
                           old.layoutAboutToBeChanged):
                try:
                    signal.disconnect(self._drop_cache)
                except (RuntimeError, TypeError):
                    pass
        # The cache is dropped on the *AboutTo* signals: they always arrive before the proxy re-filters,
        # whatever order the base class connected its own handlers in.
        if model is not None:
            model.modelAboutToBeReset.connect(self._drop_cache)
            model.rowsAboutToBeInserted.connect(self._drop_cache)
            model.rowsAboutToBeRemoved.connect(self._drop_cache)
            model.layoutAboutToBeChanged.connect(self._drop_cache)
        self._drop_cache()
        super().setSourceModel(model)

    @Slot()
    def _drop_cache(self, *args) -> None:
        self._masks = None
        self._search = None
        self._starred = None
        self._accepted = None
        self._rows = None

    def _ensure_cache(self) -> None:
        """Per source row: a bitmask of its sources (bit i = the i-th source id seen) and its search text."""
        model = self.sourceModel()
        rows = model.rowCount() if model is not None else 0
        if self._masks is not None and len(self._masks) == rows:
            return
        if model is not None and hasattr(model, "row_sources") and hasattr(model, "search_texts"):
            sources: list[tuple[str, ...]] = model.row_sources()
            search: list[str] = model.search_texts()
        else:
            sources, search = [], []
            for row in range(rows):
                index = model.index(row, 0)
                sources.append(tuple(model.data(index, EventRole.Sources) or ()))
                search.append(str(model.data(index, EventRole.SearchText) or ""))
        bits: dict[str, int] = {}
        masks: list[int] = []
        for ids in sources:
            mask = 0
            for source in ids:
                bit = bits.get(source)
                if bit is None:
                    bit = bits[source] = 1 << len(bits)
                mask |= bit
            masks.append(mask)
        self._bits, self._masks, self._search = bits, masks, search
        if model is not None and hasattr(model, "row_starred"):
            self._starred = model.row_starred()
        else:
            self._starred = [bool(model.data(model.index(row, 0), EventRole.Starred)) for row in range(rows)]
        self._accepted = None
        self._rows = None

    def _ensure_accepted(self) -> list[bool]:
        """Whether each source row passes the current filter: one tight pass per filter change."""
        self._ensure_cache()
        assert self._masks is not None and self._search is not None
        if self._accepted is not None and len(self._accepted) == len(self._masks):
            return self._accepted
        hidden = 0
        for source in self._hidden:
            hidden |= self._bits.get(source, 0)
        shown = ~hidden
        words = self._needle.split(" ") if self._needle else []
        masks, search = self._masks, self._search
        if not hidden:
            accepted = [True] * len(masks)
        else:
            # An event with no known source can't be hidden by the source filter.
            accepted = [not mask or bool(mask & shown) for mask in masks]
        if self._starred_only and self._starred is not None:
            accepted = [ok and star for ok, star in zip(accepted, self._starred)]
        if len(words) == 1:
            word = words[0]
            accepted = [ok and word in text for ok, text in zip(accepted, search)]
        elif words:
            # Every word of the query must appear somewhere: "visit 2000" finds the 2000 visit.
            accepted = [ok and all(w in text for w in words) for ok, text in zip(accepted, search)]
        self._accepted = accepted
        self._rows = None
        return accepted

    def acceptedSourceRows(self) -> list[int]:
        """The source rows the filter lets through, in source order (the proxy's row order when unsorted)."""
        if self._rows is None:
            self._rows = [row for row, ok in enumerate(self._ensure_accepted()) if ok]
        return self._rows

    def rowEvents(self) -> list | None:
        """The core Event of every proxy row, in row order, without a data() call per row; None when the
        proxy is sorted or its source model cannot hand its events over in bulk."""
        model = self.sourceModel()
        if model is None or self.sortColumn() >= 0 or not hasattr(model, "rowEvents"):
            return None
        events = model.rowEvents()
        rows = self.acceptedSourceRows()
        if len(rows) != self.rowCount():
            return None
        return [events[row] for row in rows]

    # --- the filter ----------------------------------------------------------------------------
    def hiddenSources(self) -> frozenset[str]:
        return self._hidden

    def setHiddenSources(self, ids: Iterable[str]) -> None:
        hidden = frozenset(ids)
        if hidden == self._hidden:
            return
        self._change_filter(lambda: setattr(self, "_hidden", hidden))

    def searchText(self) -> str:
        return self._needle

    @Slot(str)
    def setSearchText(self, text: str) -> None:
        # The model's SearchText role is lower-cased already; casefold-ish lowering of the needle matches it.
        needle = " ".join(text.split()).lower()
        if needle == self._needle:
            return
        self._change_filter(lambda: setattr(self, "_needle", needle))

    def starredOnly(self) -> bool:  # noqa: N802
        return self._starred_only

    @Slot(bool)
    def setStarredOnly(self, only: bool) -> None:  # noqa: N802
        """Show only the events the user starred (on top of the source filter and the search)."""
        only = bool(only)
        if only == self._starred_only:
            return
        self._change_filter(lambda: setattr(self, "_starred_only", only))

    def _change_filter(self, apply) -> None:
        old = self._accepted
        if old is not None and self._masks is not None and len(old) == len(self._masks):
            # Work out the new verdicts first, to choose how to tell the views.
            apply()
            self._accepted = self._rows = None
            new = self._ensure_accepted()
            changed = sum(1 for a, b in zip(old, new) if a is not b)
            if changed > BULK_CHANGE:
                # Thousands of scattered rows coming and going would be thousands of rowsRemoved/Inserted
                # signals through every view and the list's proxy; one layout change rebuilds the mapping
                # once (persistent indexes, and so the selection, follow their rows or are dropped).
                self.invalidate()
            elif changed:
                self._filter_rows(lambda: None)
            self._emit_counts()
            return
        def apply_and_forget() -> None:
            apply()
            self._accepted = self._rows = None

        self._filter_rows(apply_and_forget)
        self._emit_counts()

    def _filter_rows(self, apply) -> None:
        # Qt ≥ 6.9 wants begin/endFilterChange around the state change; invalidateFilter is the old way.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            apply()
            self.invalidateFilter()

    @Slot()
    def _emit_counts(self) -> None:
        self.filterChanged.emit(self.rowCount(), self.totalCount())

    def totalCount(self) -> int:
        model = self.sourceModel()
        return model.rowCount() if model is not None else 0

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if source_parent.isValid():
            return False
        accepted = self._accepted
        if accepted is None or self._masks is None or len(accepted) != len(self._masks):
            accepted = self._ensure_accepted()
        return 0 <= source_row < len(accepted) and accepted[source_row]
