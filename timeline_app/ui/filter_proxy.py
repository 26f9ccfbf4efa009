"""The one filter proxy: which events are visible, by checked sources and by search text.

It sits over the one `EventTableModel` and is what the timeline view, the event list and the detail pane
read. Changing the filter only re-runs `filterAcceptsRow`; the event model is never rebuilt. The per-row
data the filter needs (source ids, search text) is copied once per model reset into plain Python lists so
each filter pass is a tight loop over cached values rather than a round trip through `data()`.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal, Slot

from timeline_app.ui.event_model import EventRole

Index = QModelIndex | QPersistentModelIndex


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
        self._sources: list[tuple[str, ...]] | None = None
        self._search: list[str] | None = None
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
        self._sources = None
        self._search = None

    def _ensure_cache(self) -> None:
        model = self.sourceModel()
        rows = model.rowCount() if model is not None else 0
        if self._sources is not None and len(self._sources) == rows:
            return
        sources: list[tuple[str, ...]] = []
        search: list[str] = []
        for row in range(rows):
            index = model.index(row, 0)
            sources.append(tuple(model.data(index, EventRole.Sources) or ()))
            search.append(str(model.data(index, EventRole.SearchText) or ""))
        self._sources, self._search = sources, search

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

    def _change_filter(self, apply) -> None:
        # Qt ≥ 6.9 wants begin/endFilterChange around the state change; invalidateFilter is the old way.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            apply()
            self.invalidateFilter()
        self._emit_counts()

    @Slot()
    def _emit_counts(self) -> None:
        self.filterChanged.emit(self.rowCount(), self.totalCount())

    def totalCount(self) -> int:
        model = self.sourceModel()
        return model.rowCount() if model is not None else 0

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if source_parent.isValid():
            return False
        self._ensure_cache()
        assert self._sources is not None and self._search is not None
        if not (0 <= source_row < len(self._sources)):
            return False
        if self._hidden:
            sources = self._sources[source_row]
            # An event with no known source can't be hidden by the source filter.
            if sources and all(s in self._hidden for s in sources):
                return False
        if self._needle:
            haystack = self._search[source_row]
            # Every word of the query must appear somewhere: "visit 2000" finds the 2000 visit.
            if not all(word in haystack for word in self._needle.split(" ")):
                return False
        return True
