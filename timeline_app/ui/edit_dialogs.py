"""The dialogs that edit an event: its title, date, note and star; merging; a new event from a selection.

Every dialog only gathers what the user typed and validates it; the window turns the result into edits on
the undo stack. Event titles and notes are article or user text: labels showing them are plain text, list
items' tooltips go through `ui/text.py`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget)

from timeline_app.core.elide import elide
from timeline_app.core.model import Event, Precision, human_date
from timeline_app.core.user_dates import EXAMPLES, parse_user_date
from timeline_app.ui.text import plain_tooltip, set_plain_label

Interval = tuple[dt.date, dt.date, Precision]


class DateField(QWidget):
    """A line edit for a date as people write it, with the date it reads (or why it cannot) shown under it
    as you type."""

    # Whether the text reads as a date, after every change.
    validityChanged = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateEdit")
        self.edit.setAccessibleName("Date")
        self.edit.setPlaceholderText(EXAMPLES)
        self.edit.setToolTip(f"A day, month, year or range: {EXAMPLES}")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("dateFeedback")
        self.feedback.setAccessibleName("How the date reads")
        self.feedback.setWordWrap(True)
        set_plain_label(self.feedback, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.feedback)
        self._interval: Interval | None = None
        self._error = ""
        self.edit.textChanged.connect(self._reparse)
        self._reparse(self.edit.text())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)

    def text(self) -> str:
        return self.edit.text()

    def setInterval(self, first: dt.date, last: dt.date, precision: Precision) -> None:  # noqa: N802
        self.edit.setText(human_date(first, last, precision))

    def interval(self) -> Interval | None:
        """(first, last, precision) of what is typed, or None while it is not a date."""
        return self._interval

    def error(self) -> str:
        return self._error

    @Slot(str)
    def _reparse(self, text: str) -> None:
        was_valid = self._interval is not None
        try:
            self._interval = parse_user_date(text)
            self._error = ""
        except ValueError as exc:
            self._interval = None
            self._error = str(exc)
        palette = self.feedback.palette()
        hint = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if self._interval is not None:
            first, last, precision = self._interval
            set_plain_label(self.feedback, f"Reads as {human_date(first, last, precision)} ({precision.value})")
            palette.setColor(QPalette.ColorRole.WindowText, hint)
        else:
            set_plain_label(self.feedback, self._error)
            # Nothing typed yet is a hint, not an error.
            palette.setColor(QPalette.ColorRole.WindowText, hint if not text.strip() else _error_colour(self.palette()))
        self.feedback.setPalette(palette)
        if was_valid != (self._interval is not None):
            self.validityChanged.emit(self._interval is not None)


    def showError(self, message: str) -> None:  # noqa: N802 - Qt naming
        """`message` under the field as an error (what the caller refuses of a text that reads as a date)."""
        set_plain_label(self.feedback, message)
        palette = self.feedback.palette()
        palette.setColor(QPalette.ColorRole.WindowText, _error_colour(self.palette()))
        self.feedback.setPalette(palette)


def _error_colour(palette: QPalette):
    """A red that stays readable on the palette's window colour, light or dark."""
    from PySide6.QtGui import QColor

    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b00020")


BLANK_TITLE_REASON = "Type a title: an event needs one."


def _with_blank_title_reason(title: QLineEdit, parent: QWidget) -> tuple[QWidget, QLabel]:
    """`title` with, under it, why OK is greyed out while the title is blank: a placeholder says so only while
    the field is empty, and a title of spaces greyed OK out with no reason shown. (The box, the reason.)"""
    box = QWidget(parent)
    reason = QLabel(box)
    reason.setObjectName("titleReason")
    reason.setAccessibleName("Why the title is refused")
    set_plain_label(reason, BLANK_TITLE_REASON)
    palette = reason.palette()
    palette.setColor(QPalette.ColorRole.WindowText, _error_colour(parent.palette()))
    reason.setPalette(palette)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(title)
    layout.addWidget(reason)

    def show_reason(text: str) -> None:
        reason.setVisible(not text.strip())

    title.textChanged.connect(show_reason)
    show_reason(title.text())
    return box, reason


def _select_from_start(edit: QLineEdit) -> None:
    """All of `edit`'s text selected with the cursor at its start: `selectAll` leaves the cursor at the end, and
    a title longer than the field then shows only its last words (its start scrolled out of view)."""
    edit.setSelection(len(edit.text()), -len(edit.text()))


@dataclass(frozen=True)
class EventChanges:
    """What the edit dialog changed; None for a field left as it was."""

    title: str | None = None
    interval: Interval | None = None
    note: str | None = None
    starred: bool | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.title, self.interval, self.note, self.starred))


class _TitleDateDialog(QDialog):
    """A dialog with a `title` field and a `date` DateField (Edit… and New Event from Selection): sized to show
    the whole title, and grown (then shrunk back) as the date's message and the blank title's reason come and
    go. Subclasses call `_size_to_title` once their layout is set."""

    title: QLineEdit
    date: DateField

    def _size_to_title(self) -> None:
        self.resize(self._width_for_title(), self.sizeHint().height())
        # The height it opened at: what a message that grew it shrinks back to once it has gone.
        self._usual_height = self.height()
        self._fitted_height: int | None = None  # the height `_fit_height` last set (not the user's own)
        # After DateField's own slot (connected first): the feedback's new text is set, then room made for it.
        self.date.edit.textChanged.connect(self._fit_height)
        self.title.textChanged.connect(self._fit_height)  # the blank title's reason comes and goes

    def _width_for_title(self) -> int:
        """Wide enough to show the whole title (real headlines run to 80-100 characters, and a title edited in a
        field that shows only its tail is edited blind), up to 70 em and the screen's width; 36 em at least."""
        em = self.fontMetrics().horizontalAdvance("M")
        text_w = self.title.fontMetrics().horizontalAdvance(self.title.text())
        # The field's frame and text margins: what its size hint adds to the text's own width.
        chrome = self.title.sizeHint().width() - self.title.fontMetrics().horizontalAdvance("x" * 17)
        wanted = self.sizeHint().width() - self.title.sizeHint().width() + text_w + max(chrome, 8) + em
        widest = em * 70
        screen = self.screen()
        if screen is not None:
            widest = min(widest, screen.availableGeometry().width() - 4 * em)
        return max(em * 36, min(wanted, widest))

    @Slot()
    def _fit_height(self, *args) -> None:
        """Grow to the height the layout needs at this width: a wrapped message under the date (why a date
        does not read, two or three lines) otherwise ran over the Note field, cut off unreadably (a dialog's
        minimum height ignores how tall wrapped text is at its width). Shrink back (to the height it opened
        at, at least) once the message is shorter or gone, unless the user has resized it since: the blank gap
        it left stayed."""
        layout = self.layout()
        if layout is None or not hasattr(self, "_usual_height"):
            return
        # The fields whose messages changed: their heights as the dialog's layout holds them are otherwise
        # those from before (it learns of the change at the next event loop), and it never shrank.
        self.date.updateGeometry()
        self.title.parentWidget().updateGeometry()
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        height = self.height()
        if need > height or (height == self._fitted_height and max(need, self._usual_height) < height):
            self._fitted_height = max(need, self._usual_height)
            self.resize(self.width(), self._fitted_height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # narrower: the message may wrap to more lines


class EventEditDialog(_TitleDateDialog):
    """Edit… on an event: title, date, note and star in one place; OK only while the date reads."""

    def __init__(self, event: Event, parent=None, *, focus: str = "title") -> None:
        super().__init__(parent)
        self.setObjectName("eventEditDialog")
        self.setWindowTitle("Edit Event")
        self.event_ = event
        self.title = QLineEdit(event.title, self)
        self.title.setObjectName("titleEdit")
        self.title.setAccessibleName("Title")
        self.title.setToolTip("The event's title as the timeline shows it")
        title_box, self.title_reason = _with_blank_title_reason(self.title, self)
        self.date = DateField(self)
        self.date.setInterval(event.first, event.last, event.precision)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setAccessibleName("Note")
        self.note.setToolTip("Your note on this event (kept in the project, shown in the details)")
        self.note.setPlainText(event.note)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().height() * 6)
        self.starred = QCheckBox("Key event (starred)", self)
        self.starred.setObjectName("starCheck")
        self.starred.setToolTip("Starred events can be shown alone with the “only starred” filter")
        self.starred.setChecked(event.starred)
        form = QFormLayout()
        form.addRow("&Title:", title_box)
        form.labelForField(title_box).setBuddy(self.title)
        form.addRow("&Date:", self.date)
        form.addRow("&Note:", self.note)
        form.addRow("", self.starred)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._update_ok)
        self.date.validityChanged.connect(self._update_ok)
        self._update_ok()
        target = {"date": self.date.edit, "note": self.note}.get(focus, self.title)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if target is self.title or target is self.date.edit:
            _select_from_start(target)
        self._size_to_title()

    @Slot()
    def _update_ok(self, *args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.date.interval() is not None and bool(self.title.text().strip()))

    def changes(self) -> EventChanges:
        event = self.event_
        title = " ".join(self.title.text().split())
        interval = self.date.interval()
        note = self.note.toPlainText().strip()
        return EventChanges(
            title=title if title and title != event.title else None,
            interval=interval if interval is not None and interval != (event.first, event.last, event.precision)
            else None,
            note=note if note != event.note else None,
            starred=self.starred.isChecked() if self.starred.isChecked() != event.starred else None)


class NoteDialog(QDialog):
    """Note… on an event: a few lines of the user's own text."""

    def __init__(self, event: Event, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle("Note")
        self.event_ = event
        self.label = QLabel(self)
        set_plain_label(self.label, f"Note on “{event.title}”")
        self.label.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setAccessibleName("Note")
        self.note.setToolTip("Your note on this event (an empty note removes it)")
        self.note.setPlainText(event.note)
        self.note.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.note.toPlainText().strip()


class PublicationDateDialog(QDialog):
    """Set Publication Date… on a source: the day the article was published, as the user knows it (a page that
    prints none, or prints a wrong one). One day; anything else keeps the dialog open with the reason."""

    def __init__(self, title: str, published: dt.date | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationDateDialog")
        self.setWindowTitle("Set Publication Date")
        self.label = QLabel(self)
        self.label.setObjectName("publicationDateLabel")
        self.label.setWordWrap(True)
        set_plain_label(self.label, f"When was “{elide(title, 90, whole_words=True)}” published? Its dates "
                                    "such as “yesterday” and “on Wednesday” are counted from this day.")
        self.date = DateField(self)
        self.date.edit.setObjectName("publicationDateEdit")
        self.date.edit.setAccessibleName("Publication date")
        self.date.edit.setPlaceholderText("14 March 2025 or 2025-03-14")
        self.date.edit.setToolTip("The day the article was published: 14 March 2025 or 2025-03-14")
        if published is not None:
            self.date.setInterval(published, published, Precision.DAY)
            _select_from_start(self.date.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Published:", self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 28)
        self.date.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def day(self) -> dt.date | None:
        """The day typed, or None while the field is not one day."""
        interval = self.date.interval()
        if interval is None or interval[2] is not Precision.DAY or interval[0] != interval[1]:
            return None
        return interval[0]

    def error(self) -> str:
        """Why the field is not one day ("" when it is)."""
        interval = self.date.interval()
        if interval is None:
            return self.date.error() or "Type the day the article was published, for example 14 March 2025."
        if self.day() is None:
            first, last, precision = interval
            return (f"“{human_date(first, last, precision)}” is "
                    f"{'a range' if precision is Precision.DAY else 'a ' + precision.value}: type one day, "
                    "for example 14 March 2025.")
        return ""

    def accept(self) -> None:
        # A text that is not one day keeps the dialog open, the reason under the field.
        error = self.error()
        if error:
            self.date.showError(error)
            self.date.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.adjustSize()  # taller for the reason's lines, not clipping them
            return
        super().accept()


class MergeDialog(QDialog):
    """Merge with…: tick the events that are the same happening as this one (nearest dates first)."""

    def __init__(self, event: Event, candidates: Sequence[Event], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle("Merge Events")
        self.event_ = event
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        set_plain_label(self.label, f"Merge “{event.title}” ({human_date(event.first, event.last, event.precision)}) "
                                    "with the events ticked below: they become one event with every mention.")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("mergeFilter")
        self.filter.setPlaceholderText("Filter by title")
        self.filter.setAccessibleName("Filter events")
        self.filter.setToolTip("Show only events whose title contains this text")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("mergeList")
        self.list.setAccessibleName("Events to merge")
        self.list.setToolTip("Tick each event to merge into this one")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Nearest in time first: the same happening reported twice is usually dated alike.
        middle = event.first + (event.last - event.first) / 2
        ordered = sorted((c for c in candidates if c.id != event.id),
                         key=lambda c: abs((c.first + (c.last - c.first) / 2 - middle).days))
        for other in ordered:
            item = QListWidgetItem(f"{human_date(other.first, other.last, other.precision)} — {other.title}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, other)
            item.setToolTip(plain_tooltip(f"{other.title}\n{other.sentence}"))
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._update_ok)
        self.list.itemActivated.connect(self._toggle)
        self._update_ok()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, self.fontMetrics().height() * 24)

    @Slot(str)
    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            other: Event = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(bool(needle) and needle not in other.title.lower())

    @Slot(QListWidgetItem)
    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    @Slot()
    def _update_ok(self, *args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    def setChosen(self, events: Sequence[Event]) -> None:  # noqa: N802
        ids = {e.id for e in events}
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole).id in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[Event]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class NewEventDialog(_TitleDateDialog):
    """New Event from Selection: the selected words are the event's one mention; the user gives its title and
    date (pre-filled when the selection itself reads as a date)."""

    def __init__(self, selected_text: str, source_title: str, parent=None,
                 default_interval: Interval | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newEventDialog")
        self.setWindowTitle("New Event from Selection")
        flat = " ".join(selected_text.split())
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        set_plain_label(self.label, f"From “{elide(flat, 160)}” in {source_title}")
        self.title = QLineEdit(self)
        self.title.setObjectName("titleEdit")
        self.title.setAccessibleName("Title")
        self.title.setToolTip("The new event's title")
        self.title.setText(flat[:120])
        self.date = DateField(self)
        try:
            interval = parse_user_date(flat)
        except ValueError:
            interval = default_interval
        if interval is not None:
            self.date.setInterval(*interval)
        title_box, self.title_reason = _with_blank_title_reason(self.title, self)
        form = QFormLayout()
        form.addRow("&Title:", title_box)
        form.labelForField(title_box).setBuddy(self.title)
        form.addRow("&Date:", self.date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._update_ok)
        self.date.validityChanged.connect(self._update_ok)
        self._update_ok()
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        _select_from_start(self.title)
        self._size_to_title()

    @Slot()
    def _update_ok(self, *args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.date.interval() is not None and bool(self.title.text().strip()))

    def result_(self) -> tuple[str, Interval] | None:
        interval = self.date.interval()
        title = " ".join(self.title.text().split())
        return (title, interval) if interval is not None and title else None
