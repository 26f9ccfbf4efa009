"""The one event model: a thin Qt table adapter over `Timeline.events`.

Everything else (the timeline view, the event list, the detail pane, the source filter) reads events
through this model, usually via the one filter proxy above it. The model never parses anything: it
swaps a whole `Timeline` inside beginResetModel()/endResetModel().
"""
from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from timeline_app.core.event_store import EventStore
from timeline_app.core.model import Document, Event, Timeline, human_date
from timeline_app.ui.text import plain_tooltip

_EVENT_ID = attrgetter("id")


class EventRole(IntEnum):
    """Custom data roles. Every column returns them for its row."""

    Event = Qt.ItemDataRole.UserRole + 1  # the core Event object
    Sources = Qt.ItemDataRole.UserRole + 2  # tuple of document ids reporting it
    SortKey = Qt.ItemDataRole.UserRole + 3  # a value that sorts the column sensibly
    SearchText = Qt.ItemDataRole.UserRole + 4  # lower-cased title + sentences (the search reads the store)
    SourceColors = Qt.ItemDataRole.UserRole + 5  # list[QColor], one per source, in Sources order
    Starred = Qt.ItemDataRole.UserRole + 6  # bool: the user marked it a key event


class Column(IntEnum):
    Date = 0
    Title = 1
    Sources = 2


_HEADERS = {Column.Date: "Date", Column.Title: "Event", Column.Sources: "Sources"}
COLUMNS = len(Column)

STAR = "★"
# Before a title that names no one doing what it tells (`Event.title_uncertain`), drawn in italics, with the reason
# in its tooltip and the details.
UNCERTAIN_MARK = "⚠"
UNCERTAIN_NOTE = "No one is named as doing this; check the source sentence or edit the title"


def shown_title(event: Event) -> str:
    """The title as the list and the timeline write it: "★" before a key event's, `UNCERTAIN_MARK` before one that
    names no one."""
    title = f"{UNCERTAIN_MARK} {event.title}" if event.title_uncertain else event.title
    return f"{STAR} {title}" if event.starred else title


_ITALIC: list[QFont] = []  # (made on first use: a QFont wants the application)


def _italic() -> QFont:
    if not _ITALIC:
        font = QFont()  # only its style set: the view's font gives the rest (QFont.resolve)
        font.setItalic(True)
        _ITALIC.append(font)
    return _ITALIC[0]

# Distinct, colour-blind-friendly hues (Okabe–Ito plus a few), one per source in load order.
_SOURCE_HUES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D31",
                "#7B4FA8", "#2F8F8F", "#B8860B", "#A0522D", "#4A6FA5")

Index = QModelIndex | QPersistentModelIndex


# Past the named hues: hues a golden angle apart (each new one falls in the widest gap left), with the
# saturation and lightness stepping through a few readable levels, so a newsroom archive's thousands of
# sources never fade to near-white or near-black (the lighter()/darker() cycles did, by the fortieth).
_GOLDEN_ANGLE = 137.50776405
_SATURATIONS = (0.70, 0.50, 0.85)
_LIGHTNESSES = (0.42, 0.33, 0.52, 0.38)


def source_color(position: int) -> QColor:
    """The colour of the source at `position` in load order: the named hues first, then generated ones."""
    if position < len(_SOURCE_HUES):
        return QColor(_SOURCE_HUES[position])
    k = position - len(_SOURCE_HUES)
    hue = (k * _GOLDEN_ANGLE + 15.0) % 360.0 / 360.0
    return QColor.fromHslF(hue, _SATURATIONS[k % len(_SATURATIONS)], _LIGHTNESSES[(k // 3) % len(_LIGHTNESSES)])


class EventTable(QAbstractTableModel):
    """What the window's three event tables share (the events, the filtered events, the list's sort): a flat
    table of `Column`'s columns whose `index()` checks its own bounds. Qt's own index() asks rowCount() and
    columnCount() first, two calls into Python per cell painted or mapped from one model to the next."""

    def _row_count(self) -> int:
        """How many rows (rowCount() without its parent argument)."""
        raise NotImplementedError

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= column < COLUMNS) or not (0 <= row < self._row_count()):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        # Every table has `Column`'s columns (an unsourced sort proxy too: it has no rows).
        return 0 if parent.isValid() else COLUMNS


class EventTableModel(EventTable):
    """Rows are `Timeline.events` in date order; columns: date, title, sources."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._timeline = Timeline()
        self._events: Sequence[Event] = ()
        # Each source's colour, made the first time a row of it is drawn (thousands of sources: ~10 ms of the
        # swap for colours mostly never shown), from its position in load order.
        self._positions: dict[str, int] = {}
        self._colors: dict[str, QColor] = {}
        self._titles: dict[str, str] = {}
        self._store = EventStore.empty()
        self._rows_by_id: dict[str, int] | None = None

    # --- data swapping -------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline) -> None:
        self.beginResetModel()
        previous_store, previous_events, previous_documents = self._store, self._events, self._timeline.documents
        self._timeline = timeline
        self._events = timeline.events
        self._rows_by_id = None
        if timeline.documents is not previous_documents:  # an edit's view keeps its documents: and their colours
            self._positions = {d.id: i for i, d in enumerate(timeline.documents)}
            self._colors = {}
            self._titles = {d.id: d.shown_title or d.id for d in timeline.documents}
        # The columns every filter reads (sources, stars, search text), built once per timeline; events born
        # as columns (`ColumnEvents`) bring their own, and make an Event only for a row that is asked for.
        own = getattr(timeline.events, "store", None)
        if callable(own):
            self._store = own()
        else:
            # An edit's view holds the shown events again (the same objects, re-sorted) and the few it changed:
            # their rows are copied from the store shown, only the changed ones gathered (~10 ms rather than a
            # ~110 ms rebuild on the GUI thread at 2,000 articles).
            updated = previous_store.updated(previous_events, timeline) if len(previous_store) else None
            self._store = updated if updated is not None else EventStore.build(timeline)
        self.endResetModel()

    def timeline(self) -> Timeline:
        return self._timeline

    def documents(self) -> tuple[Document, ...]:
        return self._timeline.documents

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: str) -> int:
        own = getattr(self._events, "row_of", None)
        if callable(own):
            return own(event_id)  # from the ids column: no Event made per row
        if self._rows_by_id is None:
            # Built from C (no Python frame per row: an edit's view re-selects its event through this, and a
            # setdefault loop over 12,000 rows held the GUI thread 10-20 ms): the rows written last to first,
            # so the first row of an id wins, as a scan would find it.
            ids = list(map(_EVENT_ID, self._events))
            self._rows_by_id = dict(zip(reversed(ids), range(len(ids) - 1, -1, -1)))
        return self._rows_by_id.get(event_id, -1)

    def fresh_rows(self) -> list[int]:
        """The rows whose events the last edit made (its store was updated from the one before, see
        `EventStore.updated`); empty when the store was built anew."""
        rows = getattr(self._store, "fresh_rows", None)
        return rows.tolist() if rows is not None else []

    def rowEvents(self) -> Sequence[Event]:
        """Every row's Event, in row order (for views that need all of them at once; events born as columns
        are made as each is read)."""
        return self._events

    def titles(self) -> list[str]:
        """Every row's title, in row order (from the columns when the events were born as columns)."""
        own = getattr(self._events, "titles", None)
        return own() if callable(own) else [e.title for e in self._events]

    def store(self) -> EventStore:
        """The events as columns (what the filter model narrows and the timeline view draws from)."""
        return self._store

    def sources_of(self, row: int) -> tuple[str, ...]:
        """`Event.sources` of a row, read from the store's columns rather than recomputed from mentions."""
        store = self._store
        if (store.mention_doc[store.mention_ptr[row]:store.mention_ptr[row + 1]] < 0).any():
            return self._events[row].sources  # a mention of a document not loaded: only the event knows its id
        return store.sources(row)

    def search_text(self, row: int) -> str:
        """A row's lower-cased searchable text: title, sentence, note and quoted passages."""
        event = self._events[row]
        store = self._store
        texts = {d.id: d.text for d in self._timeline.documents if d.id in set(self.sources_of(row))}
        own = store.event_text(row).replace("\x1f", " ")
        return " ".join([own, *(texts.get(m.document, "")[m.sentence_start:m.sentence_end].lower()
                                for m in event.mentions)])

    def color_of(self, document_id: str) -> QColor:
        color = self._colors.get(document_id)
        if color is None:
            position = self._positions.get(document_id)
            color = self._colors[document_id] = QColor("gray") if position is None else source_color(position)
        return QColor(color)

    def source_title(self, document_id: str) -> str:
        return self._titles.get(document_id, document_id)

    # --- QAbstractTableModel -------------------------------------------------------------------
    def _row_count(self) -> int:
        return len(self._events)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(Column):
                return _HEADERS[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole):
        """`data()` of a row and column: the filter and the list's sort ask through this, without making a
        model index of each model on the way for every cell they paint."""
        if not (0 <= row < len(self._events)) or not (0 <= col < COLUMNS):
            return None
        event = self._events[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Column.Sources:
                return ", ".join(self.source_title(s) for s in self.sources_of(row))
            if col == Column.Date:
                return human_date(event.first, event.last, event.precision) + (" (inferred)" if event.inferred else "")
            if col == Column.Title:
                return shown_title(event)
        if role == Qt.ItemDataRole.FontRole:
            return _italic() if col == Column.Title and event.title_uncertain else None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{human_date(event.first, event.last, event.precision)} — {event.title}"]
            if event.title_uncertain:
                lines[0] = f"{human_date(event.first, event.last, event.precision)} — {UNCERTAIN_MARK} {event.title}"
                lines.append(UNCERTAIN_NOTE)
            if event.inferred and event.explanation:
                lines.append(f"Date inferred: {event.explanation}")
            lines.extend(f"• {self.source_title(s)}" for s in self.sources_of(row))
            if event.starred:
                lines.append(f"{STAR} Key event")
            if event.note:
                lines.append(f"Note: {event.note}")
            return plain_tooltip("\n".join(lines))
        if role == EventRole.Event:
            return event
        if role == EventRole.Sources:
            return self.sources_of(row)
        if role == EventRole.SourceColors:
            return [self.color_of(s) for s in self.sources_of(row)]
        if role == EventRole.SearchText:
            return self.search_text(row)
        if role == EventRole.Starred:
            return event.starred
        if role == EventRole.SortKey:
            if col == Column.Date:
                return row  # rows are already in date order
            if col == Column.Title:
                return event.title.lower()
            return len(self.sources_of(row))
        return None

