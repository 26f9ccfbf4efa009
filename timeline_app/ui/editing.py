"""Editing and projects in the window: the undo stack, the edit actions and their context menus, the Hidden
list, and the project file (New, Open, Save As, re-read, view state).

`EditController` is owned by the main window and reads the window's models and views; the window calls it
where a timeline is loaded or the window closes. Every edit goes through the undo stack as an
`EditCommand`; after every push, undo or redo the window shows `store.view()` again (a model reset) and
keeps the selection on the edited event, found again by its mention keys.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QModelIndex, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (QDialog, QDockWidget, QFileDialog, QHBoxLayout, QLabel, QMenu, QMessageBox,
                               QProgressBar, QPushButton, QToolButton, QWidget)

from timeline_app.core.html_text import visible_path
from timeline_app.core.lazy import LazyModule
from timeline_app.core.model import Document, Event, Precision, Problem, Timeline
from timeline_app.ui.edit_commands import EditCommand, EditSession, MemoryEdits, short
from timeline_app.ui.event_model import EventRole
from timeline_app.ui.hidden_list import HiddenListWidget
from timeline_app.ui.loader import Loader
from timeline_app.ui.text import no_mnemonic, plain_tooltip, set_plain_label

if TYPE_CHECKING:
    from timeline_app.core import edits as core_edits
    from timeline_app.core.edits import Edit, EditedTimeline, MentionKey
    from timeline_app.ui.edit_dialogs import EventEditDialog
    from timeline_app.ui.main_window import MainWindow

else:  # the edits' module loads with the first timeline or edit: an empty window does not need it
    core_edits = LazyModule("timeline_app.core.edits")

log = logging.getLogger(__name__)

SAVE_RUNNING_MESSAGE = "A project is being saved: try again once it is"

PROJECT_SUFFIX = ".timeline.sqlite"
PROJECT_FILTER = "Timeline projects (*.timeline.sqlite *.sqlite);;All files (*)"


def is_project_path(path: str | os.PathLike) -> bool:
    """Whether `path` is a project file (sniffed by its header, not its name); False if it cannot be read."""
    try:
        if not Path(path).is_file():  # a folder (the seeds at start-up) needs no project module, nor its imports
            return False
        from timeline_app.core.project import is_project_file

        return is_project_file(path)
    except (OSError, ImportError):
        return False


# ---- project jobs: run by a Loader in its worker thread (Qt-free; failures returned, never raised) ----

@dataclass
class ProjectJobResult:
    """What a project open or save gave: the project (open), or `error` naming the file."""

    path: Path
    project: Any = None  # core.project.Project
    edited: Any = None  # its view, made in the worker (opening)
    source: Any = None  # the store that was saved (saving): the window takes the project only if it still has it
    error: str = ""

    def close(self) -> None:
        """The result is dropped (a cancelled open): its file is closed."""
        if self.project is not None:
            self.project.close()


def _failure(path: Path, exc: BaseException) -> str:
    """A failure as the user reads it, naming the file (ProjectError's own text does)."""
    text = str(exc) or type(exc).__name__
    return text if text.startswith(str(path)) else f"{path}: {text}"


def open_project_job(path: Path) -> Callable:
    """Open `path` and apply its edits: the slow part of opening a project, for `Loader.run`."""

    def job(progress, cancelled) -> ProjectJobResult | None:
        from timeline_app.core.progress import Cancelled
        from timeline_app.core.project import Project

        def report(done: int, total: int, label: str) -> None:
            if cancelled():
                raise Cancelled()
            progress(done, total, label)

        project = None
        try:
            project = Project.open(path, progress=report)
            report(2, 2, "Applying your edits")
            edited = project.view()
            # The events' columns for the window's filters and views, built here: the GUI thread only takes them
            # (built there at first use, they held it as long as a fresh load's store would).
            from dataclasses import replace

            from timeline_app.core.event_store import with_store

            edited = replace(edited, timeline=with_store(edited.timeline))
        except Cancelled:
            if project is not None:
                project.close()
            return None
        except Exception as exc:  # noqa: BLE001 - a damaged file is a message, never a crash
            if project is not None:
                project.close()
            return ProjectJobResult(path, error=_failure(path, exc))
        return ProjectJobResult(path, project, edited)

    return job


def save_project_job(path: Path, source: Any, timeline: Timeline | None, edits: Sequence[Edit],
                     sources: Sequence[str]) -> Callable:
    """Write `source` as the project `path`: a copy of an open project, or a snapshot (`timeline`, `edits`) of
    in-memory work. The window keeps working on its own objects meanwhile; only immutable snapshots (or the
    project file, through a connection of the job's own) are read here."""

    def job(progress, cancelled) -> ProjectJobResult:
        from timeline_app.core.project import Project

        try:
            if timeline is None:
                project = source.save_as(path, progress=progress)
            else:
                project = Project.create(path, timeline, sources, edits=edits, progress=progress)
        except Exception as exc:  # noqa: BLE001 - disk full, permission denied, a folder in the way: a message
            return ProjectJobResult(path, source=source, error=_failure(path, exc))
        return ProjectJobResult(path, project, source=source)

    return job


class MessageBar(QWidget):
    """A slim, non-modal bar above the timeline: a message, an optional action button, and a close button."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName("Message")
        self.setAutoFillBackground(True)
        self._tint()
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        set_plain_label(self.label, "")
        self.button = QPushButton(self)
        self.button.setObjectName("messageAction")
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Dismiss this message")
        self.close_button.setAccessibleName("Dismiss")
        self.close_button.clicked.connect(self.hide)
        self._action: QAction | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.hide()

    def _tint(self) -> None:
        # A light wash of the highlight colour over the window colour: set apart in light and dark themes.
        palette = self.palette()
        window, highlight = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Highlight)
        palette.setColor(QPalette.ColorRole.Window, QColor.fromRgbF(
            *(w * 0.82 + h * 0.18 for w, h in ((window.redF(), highlight.redF()), (window.greenF(), highlight.greenF()),
                                             (window.blueF(), highlight.blueF())))))
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.setPalette(QPalette())
            self._tint()

    def showMessage(self, text: str, action: QAction | None = None) -> None:  # noqa: N802
        set_plain_label(self.label, text)
        if self._action is not None:
            self.button.clicked.disconnect(self._action.trigger)
            self._action = None
        if action is not None:
            self._action = action
            self.button.setText(action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
            self.button.setToolTip(action.toolTip())
            self.button.clicked.connect(action.trigger)
            self.button.show()
        else:
            self.button.hide()
        self.show()


def _key_list(raw: Any) -> list[MentionKey]:
    """Mention keys saved as JSON ([[hash, start, end], ...]); anything malformed is dropped."""
    keys = []
    if isinstance(raw, list):
        for item in raw:
            if (isinstance(item, (list, tuple)) and len(item) == 3 and isinstance(item[0], str)
                    and isinstance(item[1], int) and isinstance(item[2], int)):
                keys.append((item[0], item[1], item[2]))
    return keys


class EditController(QObject):
    """The window's edits and project. `window.editing` is one of these."""

    # After a project was opened, saved or closed (None), with the project.
    projectChanged = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.project = None  # the open core.project.Project, if any
        self.session = EditSession(MemoryEdits(Timeline()), self)
        self.session.failed.connect(self._edit_failed)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._edits_changed)
        self._doc_hashes: dict[str, str] = {}
        self._hint: str | None = None  # the id the edited event had, while the window re-selects it
        self._clearing = False
        self._rereading = False
        # The user's publication dates (text hash -> day) the timeline on show was read with, and those of the
        # re-read under way: when the edits' differ (a date set, cleared, undone), the sources are read again.
        self._read_dates: dict[str, dt.date] = {}
        self._reading_dates: dict[str, dt.date] = {}
        self._pending_project: Path | None = None
        self._bar_dismissed = False
        self.dialog: QDialog | None = None  # the open edit dialog (one at a time)
        self._edited: EditedTimeline | None = None  # made on first read (see `edited`)
        # Saving runs off the GUI thread, one save at a time (the loader's machinery; never cancelled: a save
        # always ends, written or failed). The window asked to close during one: it closes once it ends.
        self.saver = Loader(self)
        self.saver.started.connect(self._save_started)
        self.saver.progress.connect(self._save_progress)
        self.saver.finished.connect(self._save_finished)
        self._close_after_save = False
        self.closed = False  # the window has closed (set by MainWindow.closeEvent): nothing may start any more
        # The save's own busy indicator: a load may run beside it with its own bar and Cancel (which must
        # never look like it cancels the save), and neither one's end hides the other's indicator.
        self.save_progress = QProgressBar(window.statusBar())
        self.save_progress.setObjectName("saveProgress")
        self.save_progress.setAccessibleName("Saving progress")
        self.save_progress.setToolTip("Saving the project")
        self.save_progress.setTextVisible(True)
        self.save_progress.hide()  # placed by the window, in the status bar's one place for progress

        self.bar = MessageBar(window)
        self.bar.close_button.clicked.connect(self._bar_closed)
        self.hidden_list = HiddenListWidget(window)
        self.hidden_list.restoreRequested.connect(self.restoreEvent)
        self.hidden_dock = QDockWidget("Hidden Events", window)
        self.hidden_dock.setObjectName("hiddenDock")
        self.hidden_dock.setAccessibleName("Hidden events panel")
        self.hidden_dock.setToolTip("Events you hid; restore them from here")
        self.hidden_dock.setWidget(self.hidden_list)
        self._build_actions()

    @property
    def edited(self) -> EditedTimeline:
        """The timeline on show with the edits applied (an empty one until a timeline is shown)."""
        if self._edited is None:
            self._edited = core_edits.EditedTimeline(Timeline(), (), ())
        return self._edited

    @edited.setter
    def edited(self, value: EditedTimeline) -> None:
        self._edited = value

    # ============================================================================ actions
    def _action(self, text: str, tip: str, slot, shortcut=None, context=None) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if context is not None:
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        w = self.window
        std = QKeySequence.StandardKey
        self.undo_action = self.undo_stack.createUndoAction(w, "&Undo")
        self.undo_action.setShortcuts([QKeySequence(std.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(w, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(std.Redo)])
        # The undo text quotes event titles (article text): the tooltips are set through ui/text.py.
        self.undo_stack.undoTextChanged.connect(self._undo_texts_changed)
        self.undo_stack.redoTextChanged.connect(self._undo_texts_changed)
        self._undo_texts_changed()
        # Keys that act on the selected event only while the timeline or the list has focus, so Delete in
        # the search box or an article never hides an event.
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.edit_action = self._action("&Edit Event…", "Edit the selected event's title, date, note and star",
                                        self.editSelected, "Alt+Return")
        self.rename_action = self._action("&Rename…", "Rename the selected event", self.renameSelected,
                                          "F2", local)
        self.hide_action = self._action("&Hide", "Hide the selected event (restore it from the Hidden list)",
                                        self.hideSelected, QKeySequence.StandardKey.Delete, local)
        self.star_action = self._action("&Star", "Mark the selected event as a key event, or unmark it",
                                        self.toggleStar, "Ctrl+D")
        self.note_action = self._action("&Note…", "Write a note on the selected event", self.noteSelected,
                                        "Ctrl+Shift+N")
        self.merge_action = self._action("&Merge With…", "Merge the selected event with others that report the "
                                         "same happening", self.mergeSelected, "Ctrl+M")
        self.split_menu = QMenu("S&plit Passage Off", w)
        self.split_menu.setToolTip("Make one passage of the selected event an event of its own")
        self.split_menu.setToolTipsVisible(True)
        self.split_menu.aboutToShow.connect(self._fill_split_menu)
        self.copy_action = self._action("&Copy as Text with Citation", "Copy the selected event with its "
                                        "passages and sources, as plain text", self.copySelected, std.Copy, local)
        self.new_event_action = self._action("New Event from &Selection…", "Add an event whose passage is the "
                                             "text selected in the article", self.newEventFromSelection,
                                             "Ctrl+Shift+E")
        self.starred_action = QAction("Only &Starred Events", w)
        self.starred_action.setCheckable(True)
        self.starred_action.setToolTip("Show only the events you starred")
        self.starred_action.setStatusTip("Show only the events you starred")
        self.starred_action.toggled.connect(w.proxy.setStarredOnly)
        self.hidden_toggle = self.hidden_dock.toggleViewAction()
        self.hidden_toggle.setText("&Hidden Events Panel")
        self.hidden_toggle.setToolTip("Show or hide the list of hidden events")

        self.new_project_action = self._action("&New Project…", "Open a folder of articles as a new project file",
                                               self.newProject)
        self.open_project_action = self._action("Open &Project…", "Open a project file", self.chooseProject,
                                                "Ctrl+Shift+P")
        self.save_action = self._action("&Save Project", "Save the edits in a project file (in a project, every "
                                        "edit is saved as you make it)", self.save, std.Save)
        self.save_as_action = self._action("Save Project &As…", "Save the timeline and its edits as a new "
                                           "project file", self.chooseSaveAs, "Ctrl+Shift+S")
        self.set_published_action = self._action("Set &Publication Date…", "Set the day the selected source was "
                                                 "published (its page prints none, or a wrong one): its dates "
                                                 "such as “yesterday” are counted from it",
                                                 self.setPublicationDate)
        self.clear_published_action = self._action("C&lear Publication Date", "Forget the publication date you "
                                                   "set for the selected source: the page's own is used",
                                                   self.clearPublicationDate)
        self.reread_action = self._action("Re-&read Sources", "Read the articles again (new or changed files); "
                                          "your edits are applied again", self.reread, std.Refresh)
        for action in (self.undo_action, self.redo_action, self.edit_action, self.star_action, self.note_action,
                       self.merge_action, self.new_event_action, self.new_project_action,
                       self.open_project_action, self.save_action, self.save_as_action, self.reread_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            w.addAction(action)
        for widget in (w.timeline, w.list_view):
            for action in (self.rename_action, self.hide_action, self.copy_action):
                widget.addAction(action)
        self.event_actions = [self.edit_action, self.rename_action, self.hide_action, self.star_action,
                              self.note_action, self.merge_action, self.copy_action]
        self._update_actions()

    def fill_edit_menu(self, menu: QMenu) -> None:
        """Undo, Redo and the event edits, at the top of the Edit menu."""
        first = menu.actions()[0] if menu.actions() else None
        for action in (self.undo_action, self.redo_action):
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        for action in (self.edit_action, self.rename_action, self.note_action, self.star_action,
                       self.hide_action, self.merge_action):
            menu.insertAction(first, action)
        menu.insertMenu(first, self.split_menu)
        for action in (self.copy_action, self.new_event_action):
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        for action in (self.set_published_action, self.clear_published_action):
            menu.insertAction(first, action)
        menu.insertSeparator(first)

    def event_menu(self, event: Event | None) -> QMenu:
        """The context menu for an event in the timeline or the list (also the Edit menu's entries)."""
        menu = QMenu(self.window)
        menu.setToolTipsVisible(True)
        if event is not None:
            self.star_action.setText("Un&star" if event.starred else "&Star")
            menu.addAction(self.edit_action)
            menu.addAction(self.rename_action)
            menu.addAction(self.note_action)
            menu.addAction(self.star_action)
            menu.addAction(self.hide_action)
            menu.addSeparator()
            menu.addAction(self.merge_action)
            menu.addMenu(self.split_menu)
            menu.addSeparator()
            menu.addAction(self.copy_action)
        else:
            menu.addAction(self.undo_action)
            menu.addAction(self.redo_action)
        return menu

    @Slot()
    def _undo_texts_changed(self, *args) -> None:
        for action, text in ((self.undo_action, self.undo_stack.undoText()),
                             (self.redo_action, self.undo_stack.redoText())):
            what = "Undo" if action is self.undo_action else "Redo"
            plain = text.replace("&&", "&")
            action.setToolTip(plain_tooltip(f"{what} {plain}" if plain else f"Nothing to {what.lower()}"))
            action.setStatusTip(action.toolTip())

    @Slot()
    def _update_actions(self, *args) -> None:
        event = self.window.selectedEvent()
        editable = not self.read_only()
        for action in self.event_actions:
            action.setEnabled(event is not None and (editable or action is self.copy_action))
        if event is not None:
            self.star_action.setText("Un&star" if event.starred else "&Star")
        self.split_menu.setEnabled(editable and event is not None and len(event.mentions) > 1)
        self.merge_action.setEnabled(editable and event is not None and self.window.events.rowCount() > 1)
        self.new_event_action.setEnabled(editable and self.window.articles.selectedSpan() is not None)
        self.hidden_list.setEditable(editable)
        # While a save runs, nothing else may replace the store it will hand the project to.
        idle = not self.saving()
        self.save_as_action.setEnabled(idle and (bool(self.window.events.documents()) or self.project is not None))
        self.save_action.setEnabled(idle)
        self.reread_action.setEnabled(idle and bool(self._sources()) and editable)
        source = self.current_source()
        self.set_published_action.setEnabled(editable and source is not None)
        days = self.user_dates() if source is not None else {}
        user_set = bool(days) and self._hash(source.id) in days
        self.clear_published_action.setEnabled(editable and user_set)
        self.clear_published_action.setVisible(user_set)  # (offered only where there is one to clear)
        # Opening articles waits for the save anyway (may_discard): greyed like Open Project, so it is plain.
        opens = [self.new_project_action, self.open_project_action]
        opens += [a for a in (getattr(self.window, "open_files_action", None),
                              getattr(self.window, "open_folder_action", None)) if a is not None]
        for action in opens:
            action.setEnabled(idle)

    def read_only(self) -> bool:
        return bool(self.project is not None and getattr(self.project, "read_only", False))

    # ============================================================================ keys and selection
    def _hash(self, document_id: str) -> str | None:
        found = self._doc_hashes.get(document_id)
        if found is None:
            timeline = self.window.events.timeline()
            document = timeline.document(document_id)
            if document is None:
                return None
            # This one text only (selecting an event hashes no other), the timeline's own hash if it has one.
            found = core_edits.text_hashes(timeline, self._doc_hashes, documents=(document,))[document_id]
        return found

    def keys_of(self, event: Event) -> tuple[MentionKey, ...]:
        keys = []
        for m in event.mentions:
            h = self._hash(m.document)
            if h is not None:
                keys.append((h, m.start, m.end))
        return tuple(dict.fromkeys(keys))

    def selected_keys(self) -> tuple[MentionKey, ...]:
        event = self.window.selectedEvent()
        return self.keys_of(event) if event is not None else ()

    def find_row(self, keys: Sequence[MentionKey], hint: str | None = None) -> int:
        """The model row of the event holding the most of `keys` (and the fewest others); -1 if none.
        `hint` is the id the event had: most edits keep it, so it is tried first (one dict look-up)."""
        if not keys:  # nothing to find (a first load selects nothing): hash no document's text
            return -1
        model = self.window.events
        # Keys as (document id, start, end): compared without hashing anything per mention.
        documents = model.documents()
        by_hash: dict[str, list[str]] = {}
        if len(self._doc_hashes) >= len(documents):
            # Every text hashed already (an edit hashes them all): only the ids of the keys' hashes are gathered,
            # in one comprehension, not a call per document (2,000 of them at each edit).
            hashes = {h for h, _, _ in keys}
            for doc_id, h in [(d, h) for d, h in self._doc_hashes.items() if h in hashes]:
                by_hash.setdefault(h, []).append(doc_id)
        else:
            for document in documents:
                h = self._hash(document.id)
                if h is not None:
                    by_hash.setdefault(h, []).append(document.id)
        wanted = {(doc_id, start, end) for h, start, end in keys for doc_id in by_hash.get(h, ())}
        if not wanted:
            return -1
        if hint is not None:
            # The edited event is among the few rows the edit made: looked for there first, the index of every
            # row's id (its first build after an edit, a cold pass over 12,000 new events, held the GUI thread
            # 3-20 ms) is built only when it is not.
            rows = [r for r in model.fresh_rows() if model.event_at(r).id == hint] or [model.row_of(hint)]
            for row in rows:
                if row >= 0:
                    spans = {(m.document, m.start, m.end) for m in model.event_at(row).mentions}
                    if wanted <= spans:
                        return row
        best, best_score = -1, (0, 0)
        for row, event in enumerate(model.rowEvents()):
            held = sum(1 for m in event.mentions if (m.document, m.start, m.end) in wanted)
            if held:
                score = (held, held - len(event.mentions))
                if score > best_score:
                    best, best_score = row, score
        return best

    def select_keys(self, keys: Sequence[MentionKey], hint: str | None = None) -> bool:
        return self.window.selectModelRow(self.find_row(keys, hint))

    # ============================================================================ the store
    def view(self) -> EditedTimeline:
        return self.edited

    def _store_view(self) -> EditedTimeline:
        store = self.session.store()
        return store.view()

    def start_in_memory(self, timeline: Timeline) -> EditedTimeline:
        """A freshly loaded timeline without a project: edits start empty, in memory."""
        self.close_project()
        self._doc_hashes.clear()  # one memo, shared with the in-memory store: emptied, never replaced
        model = self.window.events

        def store_of_timeline():  # the store shown, while it is of these very events (see MemoryEdits)
            return model.store() if model.timeline() is timeline else None

        self.session.switch_store(MemoryEdits(timeline, self._doc_hashes, store_of_timeline), carry=False)
        self._read_dates = {}  # no edits: read on the pages' own dates
        self._clear_undo()
        self._bar_dismissed = False
        self.bar.hide()
        self.edited = self._store_view()
        return self.edited

    def _clear_undo(self) -> None:
        # Another timeline or store: the old commands' edits are not in it. (Their actions and texts are
        # updated by the stack's own signals; only the view refresh is skipped, the caller shows the view.)
        self._clearing = True
        try:
            self.undo_stack.clear()
        finally:
            self._clearing = False

    @Slot(int)
    def _edits_changed(self, *args) -> None:
        """After a push, undo or redo: show the store's view, the edited event still selected."""
        if self._clearing:
            return
        selected = self.window.selectedEvent()
        previous = self.keys_of(selected) if selected is not None else ()
        focus = self.session.focus or previous
        self.session.focus = ()
        self.edited = self._store_view()
        self._hint = selected.id if selected is not None else None
        try:
            self.window.showEdited(self.edited, fresh=False, focus=focus, fallback=previous)
        finally:
            self._hint = None
        self._after_edit()
        self._read_again_if_dates_changed()

    def _after_edit(self) -> None:
        if self.session.unsaved() and not self._bar_dismissed:
            self.bar.showMessage("Your edits are kept only in this window until you save them as a project.",
                                 self.save_as_action)
        elif self.project is not None and not self.read_only():
            self.bar.hide()
        self._update_actions()

    @Slot()
    def _bar_closed(self) -> None:
        if self.session.unsaved():
            self._bar_dismissed = True

    @Slot(str)
    def _edit_failed(self, message: str) -> None:
        log.warning("%s", message)
        self.window.statusBar().showMessage(message, 10000)
        self.bar.showMessage(message)

    def push(self, edits: Sequence[tuple[Edit, str]], focus: Sequence[MentionKey] = (), macro: str = "") -> None:
        """Push edits (each with its undo text) as one undoable step; select the event holding `focus` after."""
        if self.read_only():
            self._edit_failed(self._read_only_message())
            return
        if not edits:
            return
        if len(edits) == 1:
            edit, text = edits[0]
            self.undo_stack.push(EditCommand(self.session, edit, text, focus))
            return
        self.undo_stack.beginMacro(no_mnemonic(macro or edits[0][1]))
        for edit, text in edits:
            self.undo_stack.push(EditCommand(self.session, edit, text, focus))
        self.undo_stack.endMacro()

    # ============================================================================ edits
    def _event(self) -> Event | None:
        return self.window.selectedEvent()

    def _timeline(self) -> Timeline:
        return self.window.events.timeline()

    def _open_dialog(self, dialog: QDialog, on_accept) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        # Where the keys were (the timeline, the list, an article): they go back there when the dialog closes.
        before = self.window.focusWidget()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _result, d=dialog, w=before: self._dialog_closed(d, w))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog, focus: QWidget | None = None) -> None:
        if self.dialog is dialog:
            self.dialog = None
        # The window is made active again and its keys put back: without a window manager to do it (or with
        # one that does not), no window was active after the dialog and Ctrl+Z, the arrows… did nothing.
        # `focus` may have been deleted while the dialog was open (an article's page whose tab closed when a
        # load finished): its wrapper then raises on any call, so it is checked first.
        if focus is not None and shiboken6.isValid(focus) and self.window.isAncestorOf(focus) and focus.isVisible():
            self.window.activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def editSelected(self, focus: str = "title") -> None:  # noqa: N802
        event = self._event()
        if event is None or self.read_only():
            return
        from timeline_app.ui.edit_dialogs import EventEditDialog  # the dialogs load on first use

        dialog = EventEditDialog(event, self.window, focus=focus)
        self._open_dialog(dialog, lambda: self._apply_changes(event, dialog))

    # ============================================================================ publication dates
    def current_source(self):
        """The Document of the current row of the Sources list, or None."""
        from timeline_app.ui.source_list import SourceRole

        widget = getattr(self.window, "source_widget", None)
        if widget is None:
            return None
        index = widget.view.currentIndex()
        return index.data(SourceRole.Document) if index.isValid() else None

    def user_dates(self) -> dict[str, dt.date]:
        """Text hash -> the publication date the user set, from the edits in the store now."""
        edits = self.session.store().edits()
        return core_edits.user_publication_dates(edits) if edits else {}

    def user_dated_ids(self, timeline: Timeline) -> frozenset[str]:
        """The ids of `timeline`'s documents read on a publication date the user set (hashing none when no date
        is set)."""
        days = self.user_dates()
        if not days:
            return frozenset()
        return frozenset(d.id for d in timeline.documents
                         if d.published is not None and days.get(self._hash(d.id) or "") == d.published)

    def _source_to_date(self) -> tuple[Document, str] | None:
        """The current source and its text's hash (how the project keys its date), when the user may date it."""
        document = self.current_source()
        if document is None or self.read_only():
            return None
        text_hash = self._hash(document.id)
        return None if text_hash is None else (document, text_hash)

    @Slot()
    def setPublicationDate(self) -> None:  # noqa: N802
        """Set Publication Date… of the current source: a dialog for the day, then an undoable edit."""
        if (source := self._source_to_date()) is None:
            return
        document, text_hash = source
        from timeline_app.ui.edit_dialogs import PublicationDateDialog  # the dialogs load on first use

        dialog = PublicationDateDialog(document.shown_title or document.id, document.published, self.window)

        def accepted() -> None:
            day = dialog.day()
            if day is not None and day != self.user_dates().get(text_hash):
                self.push([(core_edits.publication_edit(text_hash, day),
                            f"Set the publication date of “{short(document.shown_title or document.id)}”")],
                          self.selected_keys())

        self._open_dialog(dialog, accepted)

    @Slot()
    def clearPublicationDate(self) -> None:  # noqa: N802
        """Clear Publication Date of the current source: its page's own date (or none) again, undoably."""
        if (source := self._source_to_date()) is None or source[1] not in self.user_dates():
            return
        document, text_hash = source
        self.push([(core_edits.publication_edit(text_hash, None),
                    f"Clear the publication date of “{short(document.shown_title or document.id)}”")], self.selected_keys())

    def _read_again_if_dates_changed(self) -> None:
        """After an edit, undo or redo: when the user's publication dates are not those the timeline on show was
        read with, the sources are read again with them, off the GUI thread (the Re-read's way: its progress, its
        Cancel, the edits applied to the new results and the selection kept)."""
        days = self.user_dates()
        if days == self._read_dates or not self._sources() or self.read_only():
            return
        self.reread()

    @Slot()
    def renameSelected(self) -> None:  # noqa: N802
        self.editSelected("title")

    def _apply_changes(self, event: Event, dialog: EventEditDialog) -> None:
        changes = dialog.changes()
        timeline = self._timeline()
        name = short(event.title)
        edits: list[tuple[Edit, str]] = []
        if changes.title is not None:
            edits.append((core_edits.event_edit(timeline, event, "title", {"title": changes.title}),
                          f"Rename “{name}”"))
        if changes.interval is not None:
            edits.append((core_edits.event_edit(timeline, event, "date", core_edits.date_value(*changes.interval)),
                          f"Change the date of “{name}”"))
        if changes.note is not None:
            edits.append((core_edits.event_edit(timeline, event, "note", {"note": changes.note}), f"Note on “{name}”"))
        if changes.starred is not None:
            edits.append((core_edits.event_edit(timeline, event, "star", {"starred": changes.starred}),
                          f"{'Star' if changes.starred else 'Unstar'} “{name}”"))
        self.push(edits, self.keys_of(event), f"Edit “{name}”")

    @Slot()
    def hideSelected(self) -> None:  # noqa: N802
        event = self._event()
        if event is None:
            return
        # After hiding, select the next event by date (the list's usual behaviour after a delete).
        proxy_row = self.window.selection.currentIndex().row()
        self.push([(core_edits.event_edit(self._timeline(), event, "hide"), f"Hide “{short(event.title)}”")],
                  self.keys_of(event))  # undone, the event is back and selected
        if self.window.proxy.rowCount():
            self.window.selectEventRow(min(max(proxy_row, 0), self.window.proxy.rowCount() - 1))
        self.window.statusBar().showMessage(f"Hidden: {short(event.title, 60)} (View → Hidden Events Panel "
                                            "restores it; Ctrl+Z undoes)", 8000)

    @Slot(object)
    def restoreEvent(self, event: Event) -> None:  # noqa: N802
        self.push([(core_edits.event_edit(self._timeline(), event, "unhide"), f"Restore “{short(event.title)}”")],
                  self.keys_of(event))

    @Slot()
    def toggleStar(self) -> None:  # noqa: N802
        event = self._event()
        if event is None:
            return
        starred = not event.starred
        self.push([(core_edits.event_edit(self._timeline(), event, "star", {"starred": starred}),
                    f"{'Star' if starred else 'Unstar'} “{short(event.title)}”")], self.keys_of(event))

    @Slot()
    def noteSelected(self) -> None:  # noqa: N802
        event = self._event()
        if event is None or self.read_only():
            return
        from timeline_app.ui.edit_dialogs import NoteDialog  # the dialogs load on first use

        dialog = NoteDialog(event, self.window)

        def accepted() -> None:
            if dialog.text() != event.note:
                self.push([(core_edits.event_edit(self._timeline(), event, "note", {"note": dialog.text()}),
                            f"Note on “{short(event.title)}”")], self.keys_of(event))

        self._open_dialog(dialog, accepted)

    @Slot()
    def mergeSelected(self) -> None:  # noqa: N802
        event = self._event()
        if event is None or self.read_only():
            return
        from timeline_app.ui.edit_dialogs import MergeDialog  # the dialogs load on first use

        dialog = MergeDialog(event, self.window.events.rowEvents(), self.window)

        def accepted() -> None:
            self.merge([event, *dialog.chosen()])

        self._open_dialog(dialog, accepted)

    def merge(self, events: Sequence[Event]) -> None:
        if len(events) < 2:
            return
        self.push([(core_edits.merge_edit(self._timeline(), events),
                    f"Merge {len(events)} events into “{short(events[0].title)}”")], self.keys_of(events[0]))

    @Slot()
    def _fill_split_menu(self) -> None:
        self.split_menu.clear()
        event = self._event()
        if event is None or len(event.mentions) < 2:
            empty = self.split_menu.addAction("Only one passage")
            empty.setEnabled(False)
            return
        timeline = self._timeline()
        for mention in event.mentions:
            document = timeline.document(mention.document)
            source = (document.shown_title or document.id) if document is not None else mention.document
            label = no_mnemonic(f"{short(source, 30)}: “{short(mention.text, 30)}”")
            action = self.split_menu.addAction(label)
            action.setToolTip(plain_tooltip(f"{source}\n{mention.text}"))
            action.triggered.connect(lambda checked=False, m=mention, e=event: self.split(e, m))

    def split(self, event: Event, mention) -> None:
        document = self._timeline().document(mention.document)
        if document is None:
            return
        # The split-off passage is titled by its own sentence, not the merged event's (another passage's) title.
        value = {"title": core_edits.mention_title(document, mention)}
        self.push([(core_edits.split_edit(self._timeline(), event, mention, value),
                    f"Split a passage off “{short(event.title)}”")],
                  (( self._hash(mention.document), mention.start, mention.end),))

    @Slot()
    def copySelected(self) -> None:  # noqa: N802
        event = self._event()
        if event is None:
            return
        from timeline_app.ui.citation import citation_text

        QGuiApplication.clipboard().setText(citation_text(event, self._timeline()))
        self.window.statusBar().showMessage(f"Copied “{short(event.title, 60)}” with its sources", 5000)

    @Slot()
    def newEventFromSelection(self) -> None:  # noqa: N802
        selected = self.window.articles.selectedSpan()
        if selected is None or self.read_only():
            return
        document, start, end = selected
        published = document.published
        default = (published, published, Precision.DAY) if published is not None else None
        from timeline_app.ui.edit_dialogs import NewEventDialog  # the dialogs load on first use

        dialog = NewEventDialog(document.text[start:end], document.shown_title or document.id, self.window,
                                default_interval=default)

        def accepted() -> None:
            chosen = dialog.result_()
            if chosen is None:
                return
            title, (first, last, precision) = chosen
            edit = core_edits.new_event_edit(document, start, end, title, first, last, precision)
            self.push([(edit, f"New event “{short(title)}”")], edit.targets)

        self._open_dialog(dialog, accepted)

    # ============================================================================ context menus
    def timeline_menu(self, pos: QPoint) -> None:
        view = self.window.timeline
        row = view.eventAt(pos)
        if row is not None:
            self.window.selectEventRow(row)  # the view's rows are the filter proxy's
        self.show_menu(self.event_menu(self.window.selectedEvent() if row is not None else None),
                       view.viewport().mapToGlobal(pos))

    def list_menu(self, pos: QPoint) -> None:
        view = self.window.list_view
        index = view.indexAt(pos)
        if index.isValid():
            view.selectRow(index.row())
        self.show_menu(self.event_menu(self.window.selectedEvent() if index.isValid() else None),
                       view.viewport().mapToGlobal(pos))

    def show_menu(self, menu: QMenu, global_pos: QPoint) -> None:
        """Run a context menu (tests replace this to read the menu instead)."""
        menu.exec(global_pos)
        menu.deleteLater()

    @Slot(QModelIndex)
    def activated(self, index: QModelIndex) -> None:
        """Double-click or Enter on an event (in the timeline or the list) edits it."""
        if index.isValid() and index.data(EventRole.Event) is not None:
            self.editSelected()

    # ============================================================================ projects
    def _sources(self) -> list[str]:
        if self.project is not None:
            return list(self.project.sources)
        return list(self.window._paths)

    def _read_only_message(self) -> str:
        reason = getattr(self.project, "read_only_reason", "") if self.project is not None else ""
        return reason or "This project is open read-only: edits cannot be saved."

    def project_name(self) -> str | None:
        if self.project is None:
            return None
        name = visible_path(Path(self.project.path).name)
        return name[: -len(PROJECT_SUFFIX)] if name.endswith(PROJECT_SUFFIX) else name

    def may_discard(self, doing: str) -> bool:
        """Before something replaces the timeline: offer to save in-memory edits; False if the user cancels."""
        self.wait_for_save()  # a save in flight decides whether there is anything left unsaved
        if self._closing():  # the user closed the window while the save ran: nothing more may start
            return False
        if not self.session.unsaved():
            return True
        answer = self.ask_unsaved(doing)
        if answer == "save":
            self.chooseSaveAs()
            self.wait_for_save()
            if self._closing():
                return False
            return not self.session.unsaved()  # saved: the edits are in the project; failed or not chosen: kept
        return answer == "discard"

    def _closing(self) -> bool:
        """The window closed, or is to close once a save ends (both can happen in wait_for_save's event loop)."""
        return self.closed or self._close_after_save

    def ask_unsaved(self, doing: str) -> str:
        """"save", "discard" or "cancel" (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved Edits",
                          f"Your edits are not saved in a project. Save them before {doing}?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setTextFormat(Qt.TextFormat.PlainText)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def _ask_path(self, title: str) -> str:
        start = str(Path(self.window.lastDirectory()) / f"{self._suggested_name()}{PROJECT_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, PROJECT_FILTER)
        if path and not path.endswith((".sqlite", ".db")):
            path += PROJECT_SUFFIX
        return path

    def _suggested_name(self) -> str:
        sources = self._sources()
        if len(sources) == 1:
            return Path(sources[0]).stem or "timeline"
        return "timeline"

    @Slot()
    def chooseSaveAs(self) -> bool:  # noqa: N802
        """Ask where, then save there in the background (True once the save started)."""
        path = self._ask_path("Save Project As")
        return bool(path) and self.saveAs(path)

    @Slot()
    def save(self) -> bool:
        if self.saving():  # Ctrl+S during a Save As: say why nothing happens
            self.window.statusBar().showMessage(SAVE_RUNNING_MESSAGE, 8000)
            return False
        if self.project is None:
            return self.chooseSaveAs()
        self.save_view_state()
        self.window.statusBar().showMessage(f"Saved: every edit is kept in {visible_path(Path(self.project.path).name)} "
                                            "as you make it", 5000)
        return True

    def saving(self) -> bool:
        """True while a project is being written."""
        return self.saver.isRunning()

    def wait_for_save(self) -> bool:
        """Let a running save end (the event loop runs: the window paints and takes edits); its result."""
        if not self.saving():
            return True
        loop = QEventLoop()
        outcome: list[bool] = []

        def ended(result: ProjectJobResult, _paths) -> None:
            outcome.append(not result.error)
            loop.quit()

        self.saver.finished.connect(ended)
        try:
            if self.saving():  # not ended meanwhile
                loop.exec()
        finally:
            self.saver.finished.disconnect(ended)
        return bool(outcome) and outcome[0]

    def saveAs(self, path: str | os.PathLike, wait: bool = False) -> bool:  # noqa: N802
        """Save the timeline, its edits and the view as the project `path` (replacing that file), in the
        background; True once it started (with `wait`, once it is saved). The file is written from a
        snapshot of the work, whole or not at all; edits made meanwhile join the project when it is done."""
        path = Path(path)
        if self.saving():
            self.window.statusBar().showMessage(SAVE_RUNNING_MESSAGE, 8000)
            return False
        if self.project is not None and path.resolve() == Path(self.project.path).resolve():
            return self.save()
        store = self.session.store()
        if self.project is not None:
            self.save_view_state()  # copied with the file
            job = save_project_job(path, self.project, None, (), ())
        else:
            assert isinstance(store, MemoryEdits)
            job = save_project_job(path, store, store.timeline(), store.edits(), self._sources())
        self.saver.run(job, [str(path)])
        self._update_actions()
        return self.wait_for_save() if wait else True

    @Slot(object)
    def _save_started(self, paths: list[str]) -> None:
        self.save_progress.setRange(0, 0)  # busy until the first report gives a total
        self.save_progress.setFormat("Saving…")
        self.save_progress.show()
        self.window.statusBar().showMessage(f"Saving {visible_path(Path(paths[0]).name)}…")

    @Slot(int, int, str)
    def _save_progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.save_progress.setRange(0, total)
            self.save_progress.setValue(min(done, total))
            self.save_progress.setFormat("Saving %p%")
        if label:
            self.window.statusBar().showMessage(label)

    @Slot(object, object)
    def _save_finished(self, result: ProjectJobResult, _paths) -> None:
        self.save_progress.hide()
        try:
            self._take_saved(result)
        finally:
            self._update_actions()
            if self._close_after_save:
                self._close_after_save = False
                self.window.close()

    def _take_saved(self, result: ProjectJobResult) -> None:
        path = result.path
        if result.error:  # the work stays as it was, in memory or in its project
            self._error("The project could not be saved", result.error)
            return
        new = result.project
        if self.session.store() is not result.source:
            # The window moved on to other work meanwhile: the file holds what was there when the save began.
            new.close()
            self.window._remember_paths([str(path)])
            self.window.statusBar().showMessage(f"Saved as {visible_path(path.name)}", 8000)
            return
        wanted = result.source.edits()
        try:
            # Edits made or undone while the file was written: the copy holds each edit under the same id.
            new.sync_edits(wanted)
        except Exception as exc:  # noqa: BLE001 - the work stays where it is; the file is whole but older
            # Say what the file holds: the snapshot, short of the edits made or undone since it was taken.
            missed = len({e.id for e in wanted} ^ {e.id for e in new.edits()})
            new.close()
            self._error(f"{visible_path(path.name)} was saved without the last {missed} edit{'s' if missed != 1 else ''} "
                        "made or undone while it was written; your work is kept here, not saved in a project: "
                        "save again", _failure(path, exc))
            return
        old = self.project
        self.project = new
        self.session.rename_store(new)
        if old is not None:
            old.close()
        self.save_view_state()
        self.window._remember_paths([str(path)])
        self.bar.hide()
        self._after_project_change()
        self.window.statusBar().showMessage(f"Saved as {visible_path(path.name)}; every edit is now saved as you make it", 8000)

    def close_when_saved(self) -> None:
        """Closing the window during a save: it closes once the save ends (nothing the user made is lost)."""
        self._close_after_save = True
        self.window.statusBar().showMessage("Closing once the project is saved…")

    @Slot()
    def chooseProject(self) -> None:  # noqa: N802
        path, _ = QFileDialog.getOpenFileName(self.window, "Open Project", self.window.lastDirectory(),
                                              PROJECT_FILTER)
        if path:
            self.window.settings.setValue("paths/lastDir", json.dumps(str(Path(path).parent)))
            self.openProject(path)

    def openProject(self, path: str | os.PathLike, wait: bool = False) -> bool:  # noqa: N802
        """Open the project file `path`: its stored results and edits, no re-extraction. Read in the loader's
        worker (progress and Cancel in the status bar) and shown in one go; with `wait`, read here and now
        (scripts, --screenshot). False if the user kept the current work."""
        if not self.may_discard("opening the project"):
            return False
        job = open_project_job(Path(path))
        if wait:
            return self.project_opened(job(lambda *_: None, lambda: False))
        self.loading_other()
        self.window.loader.run(job, [str(path)])
        return True

    def project_opened(self, result: ProjectJobResult | None) -> bool:
        """The loader read a project: show it (one model reset). A damaged file is a message; the current
        work stays."""
        if result is None:
            return False
        path = result.path
        if result.error:
            self._error("The project could not be opened", result.error)
            return False
        project = result.project
        # Edits made while the project was being read must not vanish under it.
        if self.session.unsaved() and not self.may_discard("showing the opened project"):
            project.close()
            self.window.statusBar().showMessage("The project was not shown; your edits are kept", 8000)
            return False
        self.window.loader.cancel(silent=True)
        self._rereading = False
        self.close_project()
        self.project = project
        self._doc_hashes.clear()
        self.session.switch_store(project, carry=False)
        # Its results were stored as read with its publication dates (each change of them is read again and
        # stored before the next edit).
        self._read_dates = self.user_dates()
        self._clear_undo()
        self.window._paths = list(project.sources)
        self.edited = result.edited
        self.window.showEdited(self.edited, fresh=True)
        self.restore_view_state()
        self.window._remember_paths([str(path)])
        self._after_project_change()
        n_events, n_edits = len(self.edited.timeline.events), len(project.edits())
        summary = (f"Opened {visible_path(Path(path).name)}: {n_events} event{'s' * (n_events != 1)}, "
                   f"{n_edits} edit{'s' * (n_edits != 1)}")
        if self.edited.unapplied:
            summary += f"; {len(self.edited.unapplied)} edits no longer apply (see Problems)"
        self.window.statusBar().showMessage(summary, 10000)
        self.window.timelineLoaded.emit(self.edited.timeline)
        return True

    def _after_project_change(self) -> None:
        if self.read_only():
            self.bar.showMessage(self._read_only_message())
        self.window.updateWindowTitle()
        self._update_actions()
        self.projectChanged.emit(self.project)

    @Slot()
    def newProject(self) -> None:  # noqa: N802
        if not self.may_discard("starting a new project"):
            return
        folder = QFileDialog.getExistingDirectory(self.window, "New Project: Folder of Articles",
                                                  self.window.lastDirectory())
        if not folder:
            return
        path = self._ask_path("New Project: Save As")
        if path:
            self.startProject(folder, path)

    def startProject(self, folder: str, path: str) -> None:  # noqa: N802
        """Load `folder`, then save it as the project `path` once it is loaded."""
        self.window.openPaths([folder], confirm=False)
        if self.window.loader.isRunning():
            self._pending_project = Path(path)  # after openPaths, which forgets any earlier one

    def close_project(self) -> None:
        if self.project is None:
            return
        try:
            self.save_view_state()
        finally:
            project, self.project = self.project, None
            try:
                project.close()
            except Exception:  # noqa: BLE001 - closing must not stop the window
                log.exception("closing the project")
            self.bar.hide()
            self.projectChanged.emit(None)

    def save_view_state(self) -> None:
        """Hidden sources, visible range and selection into the project (one small write each)."""
        if self.project is None or self.read_only():
            return
        w = self.window
        # The days at the fit margin (8 px) on each side, so reopening with setVisibleRange shows the same.
        scale = w.timeline.scale()
        first, last = scale.date_at(8), scale.date_at(max(scale.width - 8.001, 8))
        state = {"hidden_sources": sorted(w.sources.hidden()),
                 "visible_range": [first.isoformat(), last.isoformat()],
                 "selection": [list(k) for k in self.selected_keys()],
                 "only_starred": self.starred_action.isChecked()}
        try:
            for key, value in state.items():
                if self.project.state(key) != value:
                    self.project.set_state(key, value)
        except Exception as exc:  # noqa: BLE001 - view state is a convenience; never block closing
            log.warning("could not save the view state: %s", exc)

    def restore_view_state(self) -> None:
        if self.project is None:
            return
        w = self.window
        try:
            hidden = self.project.state("hidden_sources", [])
            visible = self.project.state("visible_range")
            selection = self.project.state("selection", [])
            starred = self.project.state("only_starred", False)
        except Exception as exc:  # noqa: BLE001
            log.warning("could not read the view state: %s", exc)
            return
        if isinstance(hidden, list):
            w.sources.set_hidden(h for h in hidden if isinstance(h, str))
        if isinstance(starred, bool):
            self.starred_action.setChecked(starred)
        if isinstance(visible, list) and len(visible) == 2:
            try:
                first, last = (dt.date.fromisoformat(v) for v in visible)
            except (TypeError, ValueError):
                first = last = None
            if first is not None and last is not None and first < last:
                w.timeline.setVisibleRange(first, last)
        keys = _key_list(selection)
        if keys:
            self.select_keys(keys)

    # ============================================================================ re-reading
    @Slot()
    def reread(self) -> None:
        """Read the sources again off the GUI thread; the edits are applied to the new results."""
        sources = self._sources()
        if not sources or self.read_only():
            return
        self._rereading = True
        self._reading_dates = self.user_dates()
        self.window.loader.load(sources, published=self._reading_dates)

    def take_reread(self) -> bool:
        """Whether the load that just finished was a re-read (asked once, by the window)."""
        rereading, self._rereading = self._rereading, False
        return rereading

    def loading_other(self) -> None:
        """The window starts loading something else: a re-read (or a new project's load) in flight no longer
        is one."""
        self._rereading = False
        self._pending_project = None

    def reread_finished(self, timeline: Timeline) -> None:
        import sqlite3  # with the project module, which uses it (not at start-up)

        from timeline_app.core.project import ProjectError

        focus = self.selected_keys()
        # Emptied before the store takes the new texts: the in-memory store shares this memo and fills it in
        # `replace_results` (emptied after, every text was hashed again at the next edit).
        self._doc_hashes.clear()
        try:
            self.edited = self.session.store().replace_results(timeline)
        except (ProjectError, OSError, sqlite3.Error) as exc:
            self._error("The new results could not be stored", str(exc))
            return
        dates_changed = self._reading_dates != self._read_dates
        self._read_dates = self._reading_dates
        self.window.showEdited(self.edited, fresh=False, focus=focus)
        unapplied = len(self.edited.unapplied)
        n_docs, n_events = len(timeline.documents), len(self.edited.timeline.events)
        read = f"{n_docs} article{'s' * (n_docs != 1)}"
        message = (f"Read {read} again on the publication dates you set" if dates_changed else f"Re-read {read}") \
            + f": {n_events} event{'s' * (n_events != 1)}"
        if unapplied:
            message += f"; {unapplied} of your edits no longer apply (listed under Problems)"
        self.window.statusBar().showMessage(message, 15000)
        self._update_actions()
        self.window.timelineLoaded.emit(self.edited.timeline)
        # A publication date of an article whose text changed has just followed it to the new text: read on it.
        self._read_again_if_dates_changed()

    def loaded(self, timeline: Timeline, paths: Sequence[str]) -> bool:
        """A load finished: True if this controller took it (a re-read, or a new project's first load)."""
        if self.take_reread():
            self.reread_finished(timeline)
            return True
        # Edits made while the new articles were loading must not vanish under them.
        if self.session.unsaved() and not self.may_discard("showing the newly loaded articles"):
            self._pending_project = None
            self.window.statusBar().showMessage("The newly loaded articles were not shown; your edits are kept",
                                                8000)
            return True
        pending, self._pending_project = self._pending_project, None
        if pending is not None:
            self.window.applyTimeline(timeline, paths)
            if timeline.documents:
                self.saveAs(pending)
            return True
        return False

    def _error(self, title: str, detail: str) -> None:
        log.warning("%s: %s", title, detail)
        self.window.statusBar().showMessage(f"{title}: {detail}", 15000)
        self.bar.showMessage(f"{title}: {detail}")

    # ============================================================================ closing
    def may_close(self) -> bool:
        """On closing the window: never lose edits made without a project."""
        return self.may_discard("closing")


def unapplied_problems(edited: EditedTimeline) -> tuple[Problem, ...]:
    """The edits that no longer apply, as warnings for the Problems panel: listed, never dropped silently."""
    return tuple(Problem(f"Your edit “{core_edits.describe_edit(edit)}”",
                         f"warning: no longer applies ({reason}); it is kept, in case it applies again",
                         Problem.WARNING)
                 for edit, reason in edited.unapplied)
