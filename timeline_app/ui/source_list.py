"""The source filter: one checkable row per loaded document, with its colour, date and event count.

`SourceListModel` owns the checked state (as the set of *unchecked* document ids) and announces it with
`hiddenChanged`; the main window feeds that to the filter proxy. `SourceListWidget` is the list plus the
"Only this source" / "All sources" actions, from buttons and from a context menu.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from enum import IntEnum

from PySide6.QtCore import (QAbstractListModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal,
                            Slot)
from PySide6.QtGui import QAction, QColor, QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QHBoxLayout, QListView, QMenu, QPushButton,
                               QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from timeline_app.core.elide import elide
from timeline_app.core.model import Document, Timeline
from timeline_app.ui.event_model import source_color
from timeline_app.ui.text import plain_tooltip
from timeline_app.ui.waiting import waiting_note, waiting_row

Index = QModelIndex | QPersistentModelIndex


class SourceRole(IntEnum):
    DocumentId = Qt.ItemDataRole.UserRole + 1
    Document = Qt.ItemDataRole.UserRole + 2
    EventCount = Qt.ItemDataRole.UserRole + 3
    Color = Qt.ItemDataRole.UserRole + 4
    UserDated = Qt.ItemDataRole.UserRole + 5  # its publication date is the one the user set


# A title longer than this shows its first words in the list (the whole title is in the tooltip): an article
# with no headline is titled by its first sentence, which would fill the panel with one source.
LIST_TITLE_CHARS = 90


def _published(doc: Document, by_user: bool = False) -> str:
    if doc.published is None:
        return "date unknown"
    day = f"{doc.published.day} {doc.published.strftime('%B %Y')}"
    return f"{day} (set by you)" if by_user else day


class SourceListModel(QAbstractListModel):
    """Rows are the timeline's documents in load order (the order their colours are assigned in)."""

    # The set of unchecked document ids, after every change.
    hiddenChanged = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._docs: tuple[Document, ...] = ()
        self._counts: Counter[str] = Counter()
        self._colors: dict[int, QColor] = {}  # by row, made when first asked for (see `_color`)
        self._hidden: set[str] = set()
        self._known: frozenset[str] = frozenset()
        self._user_dated: frozenset[str] = frozenset()  # the documents read on a publication date the user set

    def set_timeline(self, timeline: Timeline, hidden: Iterable[str] = (),
                     counts: Mapping[str, int] | None = None, user_dated: Iterable[str] = ()) -> None:
        """Show `timeline`'s documents; `hidden` are ids to leave unchecked (ids not loaded are ignored).
        `counts`, events per document id, when the caller has them already (the event store counts them
        with numpy; counting here walks every event's mentions). `user_dated`: the ids of the documents whose
        publication date the user set (their rows say so)."""
        self.beginResetModel()
        self._user_dated = frozenset(user_dated)
        self._docs = timeline.documents
        self._counts = Counter(counts) if counts is not None else Counter(
            s for e in timeline.events for s in e.sources)
        self._colors = {}
        self._known = frozenset(d.id for d in self._docs)
        self._hidden = {h for h in hidden if h in self._known}
        self.endResetModel()
        self.hiddenChanged.emit(frozenset(self._hidden))

    def hidden(self) -> frozenset[str]:
        return frozenset(self._hidden)

    def document_ids(self) -> list[str]:
        return [d.id for d in self._docs]

    def loaded_ids(self) -> frozenset[str]:
        """The ids of the listed documents (kept, not rebuilt per call: asked on every toggle)."""
        return self._known

    def set_hidden(self, ids: Iterable[str]) -> None:
        hidden = set(ids) & self._known  # in C: "Only this" of 10,000 sources is one set operation
        if hidden == self._hidden:
            return
        self._hidden = hidden
        if self._docs:
            self.dataChanged.emit(self.index(0), self.index(len(self._docs) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.hiddenChanged.emit(frozenset(self._hidden))

    def show_only(self, row: int) -> None:
        if 0 <= row < len(self._docs):
            self.set_hidden(self._known - {self._docs[row].id})

    def show_all(self) -> None:
        self.set_hidden(())

    def _color(self, row: int) -> QColor:
        """The colour of the source at `row` (a copy), made the first time it is asked for: thousands of sources'
        colours made at every swap cost ~7 ms, for rows mostly never drawn."""
        color = self._colors.get(row)
        if color is None:
            color = self._colors[row] = source_color(row)
        return QColor(color)

    # --- QAbstractListModel --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._docs)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid() or not (0 <= index.row() < len(self._docs)):
            return None
        doc = self._docs[index.row()]
        count = self._counts.get(doc.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            # Two lines: the title, then the facts that help tell sources apart.
            published = _published(doc, doc.id in self._user_dated)
            # An undated article's relative dates ("on Thursday") wait for its date: the row says how many.
            waiting = waiting_row(doc)
            return (f"{elide(doc.shown_title or doc.id, LIST_TITLE_CHARS, whole_words=True)}\n{published} · "
                    f"{count} event{'s' if count != 1 else ''}{' · ' + waiting if waiting else ''}")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            state = "hidden" if doc.id in self._hidden else "shown"
            text = (f"{doc.shown_title or doc.id}\nPublished: {_published(doc, doc.id in self._user_dated)}\n"
                    f"{count} events ({state})\n{doc.path}\n"
                    "Uncheck to hide the events only this source reports.")
            note = waiting_note(doc)
            if note:
                text += "\n\n" + note
            # The tooltip is rendered as rich text when it looks like markup; the accessible text never is.
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._color(index.row())
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked if doc.id in self._hidden else Qt.CheckState.Checked
        if role == SourceRole.DocumentId:
            return doc.id
        if role == SourceRole.Document:
            return doc
        if role == SourceRole.EventCount:
            return count
        if role == SourceRole.Color:
            return self._color(index.row())
        if role == SourceRole.UserDated:
            return doc.id in self._user_dated
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.parent().isValid():
            return False
        if not (0 <= index.row() < len(self._docs)):
            return False
        # Views hand the check state over as an int or as the enum, depending on the binding path.
        checked = Qt.CheckState(value.value if isinstance(value, Qt.CheckState) else int(value)) == Qt.CheckState.Checked
        doc_id = self._docs[index.row()].id
        if checked == (doc_id not in self._hidden):
            return True
        if checked:
            self._hidden.discard(doc_id)
        else:
            self._hidden.add(doc_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.hiddenChanged.emit(frozenset(self._hidden))
        return True


MANY_SOURCES = 500
"""Past this many sources every row of the list gets the same height (three lines: a long title elided)
rather than each its own: measuring 10,000 wrapped titles took seconds whenever the list was laid out."""
UNIFORM_ROW_LINES = 3


class _WrappedRowDelegate(QStyledItemDelegate):
    """Rows tall enough for their wrapped text. Qt's own size hint wraps the text at the row's full width,
    not the width left after the check box and the colour swatch, so a narrow panel lost each row's last
    line (the event count) to an ellipsis."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        view = self._view
        if view.uniformItemSizes():
            # Too many sources to measure each (see SourceListWidget._many_sources): room for three lines.
            lines = option.fontMetrics.lineSpacing() * UNIFORM_ROW_LINES + 2 * (view.spacing() + 2)
            return QSize(hint.width(), max(hint.height(), lines))
        style = view.style()
        margin = style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # (no QStyle import)
        text_width = (view.viewport().width() - 2 * view.spacing() - view.iconSize().width()
                      - style.pixelMetric(style.PixelMetric.PM_IndicatorWidth, None, view) - 6 * margin)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        needed = option.fontMetrics.boundingRect(QRect(0, 0, max(40, text_width), 1 << 20),
                                                 int(Qt.TextFlag.TextWordWrap), text).height() + 2 * margin
        return QSize(hint.width(), max(hint.height(), needed))


class SourceListWidget(QWidget):
    """The checkable source list with its two actions."""

    # The context menu is about to show: its actions are brought up to date for the current source.
    menuAboutToShow = Signal()

    def __init__(self, model: SourceListModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._menu_actions: list[QAction] = []
        self.view = QListView(self)
        self.view.setModel(model)
        self.view.setObjectName("sourceList")
        self.view.setAccessibleName("Sources")
        self.view.setToolTip("Sources: uncheck one to hide the events that only it reports")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setIconSize(QSize(14, 14))
        self.view.setWordWrap(True)
        # Wrapped rows change height with the panel's width: lay them out again on every resize (the default,
        # Fixed, measures them once and then elides the last line of each when the dock is narrowed).
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setItemDelegate(_WrappedRowDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # titles wrap instead
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSpacing(2)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.only_action = QAction("&Only This Source", self)
        self.only_action.setToolTip("Show only the events reported by the selected source")
        self.only_action.triggered.connect(self.show_only_current)
        self.all_action = QAction("&All Sources", self)
        self.all_action.setToolTip("Show the events of every source")
        self.all_action.triggered.connect(model.show_all)

        self.only_button = QPushButton("Only this", self)
        self.only_button.setToolTip("Show only the events reported by the selected source")
        self.only_button.setAccessibleName("Only this source")
        self.only_button.clicked.connect(self.show_only_current)
        self.all_button = QPushButton("All sources", self)
        self.all_button.setToolTip("Show the events of every source")
        self.all_button.setAccessibleName("All sources")
        self.all_button.clicked.connect(model.show_all)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.only_button)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        model.modelReset.connect(self._many_sources)  # before _update_actions, whose scroll lays rows out
        model.modelReset.connect(self._update_actions)
        self._update_actions()

    def sizeHint(self) -> QSize:
        # Narrow by default (titles wrap): at 800 × 600 the panel must leave the event list room for titles.
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 20), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 10), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        # Narrower than the two buttons side by side (the panel may be 10 em), they go one above the other
        # instead of "All sources" being cut off at the edge.
        margins = self.layout().contentsMargins()
        side_by_side = (self.only_button.sizeHint().width() + self.all_button.sizeHint().width()
                        + max(self._buttons.spacing(), 0) + margins.left() + margins.right())
        direction = QBoxLayout.Direction.LeftToRight if event.size().width() >= side_by_side \
            else QBoxLayout.Direction.TopToBottom
        if self._buttons.direction() != direction:
            self._buttons.setDirection(direction)
        super().resizeEvent(event)

    @Slot()
    def _many_sources(self) -> None:
        self.view.setUniformItemSizes(self._model.rowCount() > MANY_SOURCES)

    @Slot()
    def _update_actions(self, *args) -> None:
        if not self.view.currentIndex().isValid() and self._model.rowCount():
            # A source is always current once sources are listed, so "Only this" works at once (on the
            # first source until another row is chosen), as the button's enabled look promises. Current, not
            # selected: nothing has been chosen yet, so no row is drawn highlighted as if it had been.
            # Quietly: the view, told, repaints the row at once and so lays out every row there and then (four
            # calls into the model per row: 25-45 ms at 2,000 sources, in the middle of swapping a load in). The
            # reset repaints the whole list anyway, the current row with it, and lays it out when it does.
            selection = self.view.selectionModel()
            blocked = selection.blockSignals(True)
            try:
                selection.setCurrentIndex(self._model.index(0), QItemSelectionModel.SelectionFlag.NoUpdate)
            finally:
                selection.blockSignals(blocked)
        has_current = self.view.currentIndex().isValid()
        self.only_action.setEnabled(has_current)
        self.only_button.setEnabled(has_current)

    @Slot()
    def show_only_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._model.show_only(index.row())

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def add_menu_actions(self, actions: Iterable[QAction]) -> None:
        """Actions on the current source (the window's edits of it) for the context menu, after a separator."""
        self._menu_actions.extend(actions)

    def context_menu(self) -> QMenu:
        """The context menu of the current source (made afresh each time: `menuAboutToShow` first)."""
        self.menuAboutToShow.emit()
        menu = QMenu(self)
        menu.setObjectName("sourceMenu")
        menu.addAction(self.only_action)
        menu.addAction(self.all_action)
        shown = [a for a in self._menu_actions if a.isVisible()]
        if shown:
            menu.addSeparator()
            for action in shown:
                menu.addAction(action)
        return menu
