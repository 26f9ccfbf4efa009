"""The Hidden list: events the user hid, each restorable (an "unhide" edit, itself undoable)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from timeline_app.core.model import Event, human_date
from timeline_app.ui.text import plain_tooltip, set_plain_label

Index = QModelIndex | QPersistentModelIndex
HiddenEventRole = Qt.ItemDataRole.UserRole + 1


class HiddenEventsModel(QAbstractListModel):
    """Rows are the hidden events, in date order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._events: tuple[Event, ...] = ()

    def set_events(self, events: Sequence[Event]) -> None:
        self.beginResetModel()
        self._events = tuple(sorted(events, key=lambda e: (e.first, e.last, e.title)))
        self.endResetModel()

    def events(self) -> tuple[Event, ...]:
        return self._events

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{human_date(event.first, event.last, event.precision)} — {event.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{event.title}\n{event.sentence}\nRestore it to show it again")
        if role == HiddenEventRole:
            return event
        return None


class HiddenListWidget(QWidget):
    """The hidden events and a Restore button (also Enter or double-click on a row)."""

    # The hidden event to show again.
    restoreRequested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("hiddenList")
        self._editable = True
        self.model = HiddenEventsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("hiddenEvents")
        self.view.setAccessibleName("Hidden events")
        self.view.setToolTip("Events you hid; restore one to show it again")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Titles wrap to the panel's width, as in the Sources panel (they were cut at its edge behind a
        # horizontal scroll bar): laid out again at each resize.
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._activated)
        self.empty = QLabel(self)
        set_plain_label(self.empty, "No hidden events. Hide one with Delete or its context menu.")
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.restore_button = QPushButton("&Restore", self)
        self.restore_button.setObjectName("restoreHidden")
        self.restore_button.setToolTip("Show the selected hidden events again")
        self.restore_button.clicked.connect(self.restoreSelected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addWidget(self.restore_button)
        self.model.modelReset.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def set_events(self, events: Sequence[Event]) -> None:
        self.model.set_events(events)

    def setEditable(self, editable: bool) -> None:  # noqa: N802
        self._editable = editable
        self._update()

    @Slot()
    def _update(self, *args) -> None:
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.view.setVisible(has)
        self.restore_button.setEnabled(self._editable and self.view.selectionModel().hasSelection())

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if self._editable and index.isValid():
            self.restoreRequested.emit(index.data(HiddenEventRole))

    @Slot()
    def restoreSelected(self) -> None:  # noqa: N802
        if not self._editable:
            return
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        for row in rows:
            self.restoreRequested.emit(self.model.events()[row])
