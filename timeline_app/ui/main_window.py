"""The main window: owns the one event model, the one filter proxy and the one selection model.

Selection and sorting
---------------------
The filter proxy is never sorted: its rows stay in the event model's date order, and it is what the
timeline view and the detail pane read, through the one shared QItemSelectionModel. The event list sorts
by its header through a thin sort-only permutation model stacked on the filter model; its own selection model is a
mirror of the shared one, kept in step both ways with mapSelectionFromSource/ToSource (a guard flag stops
the echo). So sorting the list by title never reorders what the timeline draws or what Go → Next means,
and the shared selection model remains the single truth for "the selected event".
"""
from __future__ import annotations

import datetime as dt
import heapq
import json
import logging
import os
from collections import Counter
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (QByteArray, QEvent, QItemSelectionModel, QObject, QSettings, QSize,
                            Qt, QTimer, Signal, Slot)
from PySide6.QtGui import (QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QIcon,
                           QKeySequence, QPainter, QPalette, QResizeEvent)
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QProgressBar,
                               QSizePolicy, QSplitter, QTabWidget, QToolBar, QToolButton, QVBoxLayout, QWidget)

from timeline_app.core.html_text import visible_path, visible_text
from timeline_app.core.model import Problem, Timeline
from timeline_app.ui.article_view import ArticleView
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.editing import EditController, is_project_path, unapplied_problems
from timeline_app.ui.event_list import EventListView, EventSortProxyModel
from timeline_app.ui.event_model import Column, EventRole, EventTableModel
from timeline_app.ui.filter_proxy import FilteredEventModel, SearchRunner
from timeline_app.ui.loader import Loader
from timeline_app.ui.source_list import SourceListModel, SourceListWidget
from timeline_app.ui.status_bar import StatusBar
from timeline_app.ui.text import escape, no_mnemonic, plain_tooltip, window_title
from timeline_app.ui.timeline_view import TimelineView

if TYPE_CHECKING:  # core/edits loads with the first timeline shown (ui/editing.py)
    from timeline_app.core.edits import EditedTimeline, MentionKey

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
MAX_RECENT = 8
MAX_HIDDEN_SOURCES = 200


def match_text(shown: int, total: int) -> str:
    """The toolbar's count: "12 events" when nothing is filtered out, "3 of 12 events" when something is."""
    noun = "event" if total == 1 else "events"
    return f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}"


class PanelWidth(Enum):
    """Who sets the Sources panel's width."""

    FOLLOWS_WINDOW = "follows the window"  # sources_panel_width of the window's width, again at each resize
    USERS = "the user's"  # dragged by its edge, or left so in an earlier session (restored state): kept


def sources_panel_width(window_width: int, em: int) -> int:
    """The Sources panel's width in a window this wide: a sixth of it, between 20 em (a small window keeps
    its room for the event list) and 36 em (titles read in two or three lines on a wide screen)."""
    return max(20 * em, min(36 * em, window_width // 6))


# Below this window width (in em) the Sources panel starts hidden: beside it the event list, the details and the
# article each got a strip a few words wide ("Casta…" one word a line, the article 9 em). View → Sources Panel
# (F9) shows it, and the user's choice is kept from then on, at any width and in later sessions.
SOURCES_PANEL_MIN_WINDOW_EM = 90
# Below this width of the window's middle (in em) the details and the article share one slot, as two tabs:
# side by side they would get under ~25 em each (the article read a word or two a line).
SIDE_BY_SIDE_MIN_EM = 75


# The search box's width in em: at least a few words, at most a long query.
SEARCH_MIN_EM = 14
SEARCH_MAX_EM = 34
# A progress bar's width in the status bar, in em: "Saving 100%" and room for the bar to be seen moving.
PROGRESS_BAR_EM = 16


def sources_panel_shown(window_width: int, em: int, users_choice: bool | None) -> bool:
    """Whether the Sources panel shows in a window this wide: as the user last chose, else if there is room."""
    return users_choice if users_choice is not None else window_width >= SOURCES_PANEL_MIN_WINDOW_EM * em


def reading_panes_share_a_slot(middle_width: int, em: int) -> bool:
    """Whether the details and the article share one slot (tabs) in a middle area this wide."""
    return middle_width < SIDE_BY_SIDE_MIN_EM * em


def _format_range(first: dt.date, last: dt.date) -> str:
    """The visible range as coarsely as its span warrants: "1945 – 2024", "Jun 2024", "13 – 20 Jun 2024"."""
    if first > last:
        first, last = last, first
    days = (last - first).days
    if days > 3 * 365:
        return f"{first.year} – {last.year}"
    if days > 62:
        return f"{first.strftime('%b %Y')} – {last.strftime('%b %Y')}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {last.day} {last.strftime('%b %Y')}"
    return f"{first.day} {first.strftime('%b %Y')} – {last.day} {last.strftime('%b %Y')}"


def _strings(value: object) -> tuple[list[str] | None, bool]:
    """A saved list of strings: (the strings, whether nothing had to be dropped); None if not a list."""
    if not isinstance(value, list):
        return None, False
    kept = [v for v in value if isinstance(v, str)]
    return kept, len(kept) == len(value)


def _bool(value: object) -> tuple[bool | None, bool]:
    return (value, True) if isinstance(value, bool) else (None, False)


def _string(value: object) -> tuple[str | None, bool]:
    return (value, True) if isinstance(value, str) else (None, False)


def _sort_key(value: object) -> tuple[list[int] | None, bool]:
    """The event list's sort as saved: [column, 0 ascending | 1 descending]."""
    ok = (isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)
          and 0 <= value[0] < len(Column) and value[1] in (0, 1))
    return (value if ok else None), ok


def _path_lists(value: object) -> tuple[list[list[str]] | None, bool]:
    """Saved recent entries: each a non-empty list of path strings."""
    if not isinstance(value, list):
        return None, False
    kept = [v for v in value if isinstance(v, list) and v and all(isinstance(p, str) for p in v)]
    return kept, len(kept) == len(value)


_LEVEL_WORDS = {Problem.ERROR: "error", Problem.SKIPPED: "skipped", Problem.WARNING: "warning"}
_LEVEL_TIPS = {Problem.ERROR: "Not loaded", Problem.SKIPPED: "Skipped: not an article",
               Problem.WARNING: "Loaded, with a warning"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def load_summary(timeline: Timeline) -> str:
    """"Loaded 5 articles, 40 events; 1 skipped; 1 could not be read: a.txt": each kind counted apart."""
    levels = Counter(p.level if p.level in _LEVEL_WORDS else Problem.ERROR for p in timeline.problems)
    parts = [f"Loaded {_plural(len(timeline.documents), 'article')}, {_plural(len(timeline.events), 'event')}"]
    if levels[Problem.SKIPPED]:
        parts.append(f"{levels[Problem.SKIPPED]} skipped")
    if levels[Problem.ERROR]:
        failed = [p for p in timeline.problems if _LEVEL_WORDS.get(p.level, "error") == "error"]
        names = ", ".join(visible_path(Path(p.path).name or p.path) for p in failed[:3])
        more = f" and {len(failed) - 3} more" if len(failed) > 3 else ""
        parts.append(f"{len(failed)} could not be read: {names}{more}")
    if levels[Problem.WARNING]:
        parts.append(f"{levels[Problem.WARNING]} with {'a warning' if levels[Problem.WARNING] == 1 else 'warnings'}")
    return "; ".join(parts)


def progress_text(done: int, total: int) -> str:
    """The load bar's text: the share done, in tenths of a percent below 10% and whole ones above, never rounded
    up. Qt's "%p%" is whole percents only, so a load of 2,000 small articles read "0%" for its first 60 files
    (reading is a third of the bar, each file 1/6,000 of it) while the status said "file 61 of 2000"."""
    share = 100.0 * min(max(done, 0), total) / total if total > 0 else 0.0
    if share < 10.0:
        return f"{int(share * 10) / 10:.1f}%"
    return f"{int(share)}%"


def _paths_label(paths: Sequence[str]) -> str:
    names = [visible_path(Path(p).name or p) for p in paths]
    if not names:
        return "nothing"
    return names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} more"


class ProgressArea(QWidget):
    """The status bar's one place for progress: the bars of the work running (saving, loading) side by side,
    each PROGRESS_BAR_EM wide, with their buttons; the whole area takes no room while nothing runs. A `reserve`d
    widget (the load's Cancel) keeps its room while any bar shows, so a bar alone is always at the same spot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressArea")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._widgets: list[QWidget] = []
        self.hide()

    def add(self, widget: QWidget, reserve: bool = False) -> None:
        if isinstance(widget, QProgressBar):
            widget.setFixedWidth(self._bar_width())
        if reserve:
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self.layout().addWidget(widget)
        self._widgets.append(widget)
        widget.installEventFilter(self)
        self._update()

    def _bar_width(self) -> int:
        return PROGRESS_BAR_EM * self.fontMetrics().horizontalAdvance("M")

    def fit_em(self) -> None:
        """The bars' widths again, in em of the current font."""
        for widget in self._widgets:
            if isinstance(widget, QProgressBar):
                widget.setFixedWidth(self._bar_width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # A new font (the system's, a larger default) resizes the bars: their width is in em.
        if event.type() == QEvent.Type.FontChange:
            self.fit_em()
        super().changeEvent(event)

    def _update(self) -> None:
        busy = any(w.isVisibleTo(self) for w in self._widgets if isinstance(w, QProgressBar))
        if busy != self.isVisibleTo(self.parentWidget()):
            self.setVisible(busy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._update()
        return super().eventFilter(watched, event)


class ProblemList(QListWidget):
    """The Problems panel's list. Empty, it says so: opened from the View menu, a blank white panel looked like
    something had failed to show."""

    EMPTY_TEXT = "No problems: no file failed to read or was skipped."

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        margin = self.fontMetrics().horizontalAdvance("M") // 2
        painter.drawText(self.viewport().rect().adjusted(margin, margin // 2, -margin, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                         self.EMPTY_TEXT)
        painter.end()


class MainWindow(QMainWindow):
    """The timeline window. `settings` defaults to the application's QSettings (tests pass their own)."""

    # Emitted on the GUI thread after a loaded Timeline has been swapped in (tests and tools wait on it).
    timelineLoaded = Signal(object)
    # On closing, how long the window waits for cancelled exports and prints to stop (each stops at its next
    # progress report; a print already sending its recorded pages to the printer is not asked about nor waited
    # for: it finishes them, the application waiting for it at exit).
    EXPORT_STOP_WAIT_S = 3.0

    def __init__(self, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Timeline")
        self.setAccessibleName("Timeline window")
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        icon_path = RESOURCES / "timeline-app.svg"
        if icon_path.exists():
            self.setWindowIcon(QIcon(str(icon_path)))
        self.settings = settings if settings is not None else QSettings()
        self._paths: list[str] = []
        self._bad_settings: set[str] = set()  # keys already logged as unusable, so each is logged once
        # Hidden source ids, oldest choice first: what is saved is bounded to the most recent ones. Each change
        # of the check states is folded in as it happens (`_sources_hidden_changed`).
        self._hidden_sources: dict[str, None] = dict.fromkeys(
            self._read_json("sources/hidden", [], _strings)[-MAX_HIDDEN_SOURCES:])
        self._syncing = False
        # The event a filter change hid while it was selected: selected again when a later change (the search
        # cleared, its source checked again) shows it, unless another event has been chosen meanwhile.
        self._hidden_selection: str | None = None
        # Between the proxy's layoutAboutToBeChanged and its filterChanged: selection changes then are the
        # filter's doing, not the user's.
        self._filtering = False
        self._reselecting = False  # showEdited selecting the edited event again (_selection_chosen)

        # --- models: one event model, one proxy, one selection model --------------------------
        self.events = EventTableModel(self)
        self.proxy = FilteredEventModel(self)
        self.proxy.setSourceModel(self.events)
        self.search_runner = SearchRunner(self.proxy, self)
        self.selection = QItemSelectionModel(self.proxy, self)
        self.list_proxy = EventSortProxyModel(self)
        self.list_proxy.setSourceModel(self.proxy)
        self.sources = SourceListModel(self)
        self.sources.hiddenChanged.connect(self._sources_hidden_changed)

        # --- widgets ----------------------------------------------------------------------------
        self.timeline = TimelineView(self)
        self.timeline.setObjectName("timelineView")
        self.timeline.setAccessibleName("Timeline")
        self.timeline.setToolTip("Events by date: drag or scroll to move, Ctrl+wheel or +/− to zoom, "
                                 "Left/Right for the previous/next event")
        self.timeline.setModel(self.proxy)
        self.timeline.setSelectionModel(self.selection)
        self.timeline.visibleRangeChanged.connect(self._visible_range_changed)

        self.list_view = EventListView(self)
        self.list_view.setModel(self.list_proxy)
        self.list_selection = self.list_view.selectionModel()

        self.detail = DetailPane(self)
        self.detail.setEventModel(self.events)
        self.detail.setSelectionModel(self.selection)
        self.detail.openArticle.connect(self.openArticle)

        self.articles = ArticleView(self)
        self.articles.tabsChanged.connect(self._article_tabs_changed)
        # The details and the article in one slot, as tabs, when the window is too narrow for both side by side
        # (_place_reading_panes); hidden, and empty, otherwise.
        self.reading_tabs = QTabWidget(self)
        self.reading_tabs.setObjectName("readingTabs")
        self.reading_tabs.setAccessibleName("Details and article")
        self.reading_tabs.setDocumentMode(True)
        self.reading_tabs.hide()

        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom_splitter.setObjectName("bottomSplitter")
        self.bottom_splitter.setAccessibleName("Event list, details and articles")
        self.bottom_splitter.addWidget(self.list_view)
        self.bottom_splitter.addWidget(self.detail)
        self.bottom_splitter.addWidget(self.articles)
        self.bottom_splitter.addWidget(self.reading_tabs)
        self.bottom_splitter.setStretchFactor(0, 4)
        self.bottom_splitter.setStretchFactor(1, 4)
        self.bottom_splitter.setStretchFactor(2, 3)
        self.bottom_splitter.setStretchFactor(3, 7)  # the shared slot: the details' and the article's together
        self.bottom_splitter.setSizes([420, 420, 340])
        self.bottom_splitter.setChildrenCollapsible(False)
        # The list keeps its Date and Sources columns plus room for titles, however narrow the window: the
        # detail and article panes give way first.
        self._fit_pane_minimums()
        # No article open: the pane would take 3/11 of the width to show a hint; the list and the details have
        # it until an article opens (_fit_article_pane).
        self.articles.hide()
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.setAccessibleName("Timeline and details")
        self.main_splitter.addWidget(self.timeline)
        self.main_splitter.addWidget(self.bottom_splitter)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setChildrenCollapsible(False)

        # Edits, undo and the project file; its message bar sits above the timeline.
        self.setStatusBar(StatusBar(self))  # a long message shortened in the middle, whole in its tooltip
        self.editing = EditController(self)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.editing.bar)
        central_layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        central.installEventFilter(self)  # its width decides whether the details and the article share a slot

        self.source_widget = SourceListWidget(self.sources, self)
        # Edits of the current source in its context menu (the Edit menu has them too).
        self.source_widget.add_menu_actions([self.editing.set_published_action, self.editing.clear_published_action])
        self.source_widget.menuAboutToShow.connect(self.editing._update_actions)
        self.source_widget.view.selectionModel().currentChanged.connect(self.editing._update_actions)
        self._sources_width = PanelWidth.FOLLOWS_WINDOW
        # The left button went down on a separator of the window's docks and is not up yet: the user is dragging
        # a panel's edge (QMainWindow moves separators itself; their presses reach no child widget).
        self._dragging_separator = False
        self.sources_dock = QDockWidget("Sources", self)
        self.sources_dock.setObjectName("sourcesDock")
        self.sources_dock.setAccessibleName("Sources panel")
        self.sources_dock.setToolTip("The loaded articles; uncheck one to hide its events")
        self.sources_dock.setWidget(self.source_widget)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sources_dock)
        self.sources_dock.installEventFilter(self)
        # The user's own choice to show or hide the panel (None: it follows the window's width).
        self._sources_choice: bool | None = self._read_json("view/sourcesPanel", None, _bool)

        self.problems = ProblemList(self)
        self.problems.setObjectName("problemList")
        self.problems.setAccessibleName("Problems")
        self.problems.setToolTip("Files that could not be read, were skipped, or loaded with a caveat")
        self.problems.setWordWrap(True)
        self.problems_dock = QDockWidget("Problems", self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setAccessibleName("Problems panel")
        self.problems_dock.setToolTip("Files that could not be read, were skipped, or loaded with a caveat")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self.problems_dock.visibilityChanged.connect(self._problems_shown)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.editing.hidden_dock)
        self.editing.hidden_dock.hide()

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._wire_selection()

        self.loader = Loader(self)
        self.loader.started.connect(self._load_started)
        self.loader.progress.connect(self._load_progress)
        self.loader.finished.connect(self._load_finished)
        self.loader.cancelling.connect(self._load_cancelling)
        self.loader.cancelled.connect(self._load_cancelled)

        self.proxy.layoutAboutToBeChanged.connect(self._before_filter)
        self.proxy.filterChanged.connect(self._filter_changed)
        self.selection.selectionChanged.connect(self._selection_chosen)
        self.setTabOrder(self.search, self.timeline)
        self.setTabOrder(self.timeline, self.list_view)
        self.setTabOrder(self.list_view, self.detail)
        self.setTabOrder(self.detail, self.articles.tabs)
        self.setTabOrder(self.articles.tabs, self.source_widget.view)
        # The window opens with the timeline focused (arrows step through events, + and - zoom), not on the
        # first button Qt finds in the Sources panel, where a Space meant to do something else would act.
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self._default_size())
        self._restore_settings()
        self._update_counts()

    def _fit_pane_minimums(self) -> None:
        """The panes' least widths, in em of the window's font (set again when the font changes)."""
        header = self.list_view.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        self.list_view.setMinimumWidth(header.sectionSize(0) + header.sectionSize(2) + em * 8)
        # Then the article pane gives way before the details: the passages are what the user came for, and
        # squeezed to their own minimum (70 px) the details broke the event's title in the middle of words
        # while the reader kept the width of its tab bar.
        self.detail.setMinimumWidth(em * 12)
        # At its narrowest the article pane still names its article by a word in the tab ("Putin's…"; 7 em left
        # it "Pu…" beside the close button); more would squeeze the Sources panel to a letter a line at 640 px.
        self.articles.setMinimumWidth(em * 9)

    def _fit_em_widths(self) -> None:
        """Widths given in em (the search box, the panes' minimums, the progress bars, the Sources panel that
        follows the window) fitted again to a new font: they kept the old font's em."""
        em = self.fontMetrics().horizontalAdvance("M")
        self.search.setMinimumWidth(em * SEARCH_MIN_EM)
        self.search.setMaximumWidth(em * SEARCH_MAX_EM)
        self._fit_pane_minimums()
        self.progress_area.fit_em()
        self._fit_toolbar(self.width())
        self._follow_width_with_sources_panel(self.width())
        dock = self.sources_dock
        if self._sources_width is not PanelWidth.USERS and not dock.isFloating():
            self.resizeDocks([dock], [sources_panel_width(self.width(), em)], Qt.Orientation.Horizontal)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "progress_area"):  # (not while building)
            self._fit_em_widths()

    def _default_size(self) -> QSize:
        """1400 × 900, or less on a screen with less room (at 200 % scaling a 1600 × 1000 screen has 800 × 500)."""
        screen = self.screen()
        if screen is None:
            return QSize(1400, 900)
        room = screen.availableGeometry().size()
        return QSize(min(1400, int(room.width() * 0.95)), min(900, int(room.height() * 0.9)))

    # ================================================================================== building
    def _action(self, text: str, tip: str, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.open_files_action = self._action("Open &Files…", "Open one or more article files", self.chooseFiles,
                                              "Ctrl+Shift+O")
        self.open_folder_action = self._action("Open F&older…", "Open every article in a folder",
                                               self.chooseFolder, "Ctrl+O")
        self.quit_action = self._action("&Quit", "Quit the application", self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.zoom_in_action = self._action("Zoom &In", "Zoom the timeline in", self.timeline.zoomIn,
                                           [std.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action("Zoom &Out", "Zoom the timeline out", self.timeline.zoomOut, std.ZoomOut)
        self.fit_action = self._action("&Fit All", "Show every visible event", self.timeline.fitAll, "Ctrl+0")
        # Back to what a newly opened timeline shows: the dates the articles say most about (layout.news_range).
        self.news_action = self._action("Fit the &News", "Show where the news is, without the background dates",
                                        self.timeline.frameNews, "Ctrl+9")
        self.today_action = self._action("Show &Today Marker", "Mark today's date on the timeline",
                                         self._update_markers, checkable=True)
        self.today_action.setChecked(True)
        self.find_action = self._action("&Find…", "Search events by title and passage text", self.focusSearch,
                                        std.Find)
        self.close_article_action = self._action("&Close Article", "Close the current article tab",
                                                 self.articles.closeCurrent,
                                                 # Ctrl+W as its tooltip says, whatever the platform's Close is
                                                 # (Ctrl+F4 alone without a desktop's key theme)
                                                 list(dict.fromkeys([*QKeySequence.keyBindings(std.Close),
                                                                     QKeySequence("Ctrl+W")])))
        # Go actions go through the timeline view, which also scrolls to keep the selection visible. Their
        # shortcuts carry Alt so they never steal the arrow keys from the list or the text panes; the bare
        # arrows, Home and End work inside the timeline itself.
        self.prev_action = self._action("&Previous Event", "Select the previous event by date",
                                        self.timeline.selectPrevious, "Alt+Left")
        self.next_action = self._action("&Next Event", "Select the next event by date", self.timeline.selectNext,
                                        "Alt+Right")
        self.first_action = self._action("&First Event", "Select the earliest event", self.timeline.selectFirst,
                                         "Alt+Home")
        self.last_action = self._action("&Last Event", "Select the latest event", self.timeline.selectLast,
                                        "Alt+End")
        self.export_action = self._action("&Export…", "Save the events as data, or the timeline as a PNG, SVG "
                                          "or PDF", self.exportTimeline, "Ctrl+E")
        self.print_action = self._action("&Print…", "Print the timeline", self.printTimeline, std.Print)
        self.exporter = None  # made on first use (ui/export_dialog.py)
        self.about_action = self._action("&About Timeline", "About this application", self.showAbout)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        for action in (self.find_action, self.close_article_action, self.prev_action, self.next_action,
                       self.first_action, self.last_action, self.zoom_in_action, self.zoom_out_action,
                       self.fit_action, self.news_action):
            # Window-wide shortcuts, even while focus is inside a dock.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main Toolbar", self)
        bar.setObjectName("mainToolbar")
        bar.setAccessibleName("Main toolbar")
        bar.setToolTip("Open, zoom and search")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.open_folder_action)
        bar.addAction(self.open_files_action)
        # The zoom buttons are the first to go in a narrow window (they stay in the View menu, on their keys and
        # on the wheel): not the search, the Starred switch and the count, which Qt's "»" would hide first.
        # Each is a widget of its own, so hiding it in the bar leaves its action working everywhere else.
        self._zoom_buttons = [bar.addSeparator()]
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            button = QToolButton(bar)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            self._zoom_buttons.append(bar.addWidget(button))
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if button is not None:
                named = button.defaultAction() if isinstance(button, QToolButton) else None
                button.setAccessibleName((named or action).text().replace("&", "").rstrip("…"))
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search = QLineEdit(bar)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText("Search events (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Show only events whose title or passages contain every word typed (Ctrl+F)")
        self.search.setAccessibleName("Search events")
        # Room for a few words; it widens to 34 em when there is room (_fit_toolbar).
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * SEARCH_MIN_EM)
        self.search.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * SEARCH_MAX_EM)
        self.search.textChanged.connect(self.search_runner.setText)
        self.search.returnPressed.connect(self._search_return)
        self.search.installEventFilter(self)  # Esc clears it (_search_escape)
        bar.addWidget(self.search)
        self.starred_button = QToolButton(bar)
        self.starred_button.setObjectName("starredOnly")
        self.starred_button.setDefaultAction(self.editing.starred_action)
        self.starred_button.setText("★ Starred")
        self.starred_button.setAccessibleName("Only starred events")
        bar.addWidget(self.starred_button)
        self.match_label = QLabel(bar)
        self.match_label.setObjectName("matchCount")
        self.match_label.setToolTip("Events shown by the source filter and the search, of all events")
        self.match_label.setAccessibleName("Matching events")
        self.match_label.setContentsMargins(8, 0, 8, 0)
        self.match_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 of 0000 events") + 16)
        bar.addWidget(self.match_label)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _fit_toolbar(self, width: int) -> None:
        """Show the zoom buttons only if, beside them, the search at its narrowest, Starred and the count fit."""
        bar = self.toolbar
        layout = bar.layout()
        spacing = layout.spacing() if layout is not None else 6
        margins = bar.contentsMargins().left() + bar.contentsMargins().right() + (
            layout.contentsMargins().left() + layout.contentsMargins().right() if layout is not None else 0)
        needed = margins  # no handle: the bar is not movable (and its style's metrics would build QStyle, see startup)
        em = self.fontMetrics().horizontalAdvance("M")
        zoom_width = 0
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is None:
                continue
            if widget is self.search:
                needed += SEARCH_MIN_EM * em
            elif widget.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Expanding:  # the spacer needs none
                needed += max(widget.sizeHint().width(), widget.minimumWidth())
            needed += spacing
            if action in self._zoom_buttons:
                zoom_width += max(widget.sizeHint().width(), widget.minimumWidth()) + spacing
        fits = width >= needed
        for action in self._zoom_buttons:
            if action.isVisible() != fits:
                action.setVisible(fits)
        # The search takes the room left, up to 34 em (Qt's toolbar shares it with the spacer, leaving the search
        # at its narrowest while blank space sat beside it).
        room = width - needed + (0 if fits else zoom_width)
        self.search.setMinimumWidth(int(min(SEARCH_MAX_EM * em, SEARCH_MIN_EM * em + max(0, room))))

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        menu_bar.setAccessibleName("Menu bar")
        file_menu = menu_bar.addMenu("&File")
        file_menu.addAction(self.editing.new_project_action)
        file_menu.addAction(self.editing.open_project_action)
        file_menu.addAction(self.open_files_action)
        file_menu.addAction(self.open_folder_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setToolTip("Reopen projects, files or folders opened before")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.editing.save_action)
        file_menu.addAction(self.editing.save_as_action)
        file_menu.addAction(self.editing.reread_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_article_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        self.editing.fill_edit_menu(edit_menu)
        edit_menu.aboutToShow.connect(self.editing._update_actions)
        view_menu = menu_bar.addMenu("&View")
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.fit_action)
        view_menu.addAction(self.news_action)
        view_menu.addSeparator()
        view_menu.addAction(self.today_action)
        view_menu.addSeparator()
        sources_toggle = self.sources_dock.toggleViewAction()
        sources_toggle.setText("&Sources Panel")
        sources_toggle.setToolTip("Show or hide the list of sources")
        sources_toggle.setShortcut(QKeySequence("F9"))
        sources_toggle.triggered.connect(self._sources_chosen)
        self.addAction(sources_toggle)  # F9 works while the panel, and so its action, is hidden
        view_menu.addAction(sources_toggle)
        problems_toggle = self.problems_dock.toggleViewAction()
        problems_toggle.setText("&Problems Panel")
        problems_toggle.setToolTip("Show or hide the files that could not be read")
        view_menu.addAction(problems_toggle)
        view_menu.addAction(self.editing.hidden_toggle)
        view_menu.addSeparator()
        view_menu.addAction(self.source_widget.all_action)
        view_menu.addAction(self.editing.starred_action)
        go_menu = menu_bar.addMenu("&Go")
        for action in (self.prev_action, self.next_action, self.first_action, self.last_action):
            go_menu.addAction(action)
        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.about_action)
        for menu in (file_menu, edit_menu, view_menu, go_menu, help_menu, self.recent_menu):
            menu.setToolTipsVisible(True)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setAccessibleName("Status bar")
        self.progress_area = ProgressArea(bar)
        self.progress = QProgressBar(bar)
        self.progress.setObjectName("loadProgress")
        self.progress.setAccessibleName("Loading progress")
        self.progress.setToolTip("Loading articles")
        self.progress.setTextVisible(True)
        self.cancel_button = QToolButton(bar)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setObjectName("cancelLoad")
        self.cancel_button.setToolTip("Stop loading and keep what was shown before")
        self.cancel_button.setAccessibleName("Cancel loading")
        self.cancel_button.clicked.connect(self.cancelLoading)
        self.progress.hide()
        self.cancel_button.hide()
        # One place for progress: the save's bar (no Cancel: a save always ends), the load's bar and its Cancel,
        # each bar as wide and where the other would be (the save's sat left of the load's, narrower).
        self.progress_area.add(self.editing.save_progress)
        self.progress_area.add(self.progress)
        self.progress_area.add(self.cancel_button, reserve=True)
        bar.addPermanentWidget(self.progress_area)
        self.docs_label = QLabel(bar)
        self.docs_label.setToolTip("Number of loaded documents")
        self.docs_label.setAccessibleName("Documents loaded")
        self.range_label = QLabel(bar)
        self.range_label.setToolTip("The date range visible on the timeline")
        self.range_label.setAccessibleName("Visible date range")
        # How many events are shown is said once, by the toolbar's count beside the search that changes it.
        for label in (self.docs_label, self.range_label, self.match_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # never guessed to be rich text
        for label in (self.docs_label, self.range_label):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    # ================================================================================ selection
    def _wire_selection(self) -> None:
        # Right-click, double-click, Delete and F2 on events: the edit controller's actions.
        self.timeline.viewport().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.viewport().customContextMenuRequested.connect(self.editing.timeline_menu)
        self.timeline.activated.connect(self.editing.activated)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self.editing.list_menu)
        self.list_view.doubleClicked.connect(self.editing.activated)
        self.list_view.editRequested.connect(self.editing.activated)
        self.selection.selectionChanged.connect(self.editing._update_actions)
        self.articles.setContextActions([self.editing.new_event_action])
        self.articles.articleSelectionChanged.connect(self.editing._update_actions)
        self.selection.selectionChanged.connect(self._mirror_to_list)
        self.selection.currentChanged.connect(self._mirror_to_list)
        self.list_selection.selectionChanged.connect(self._mirror_from_list)
        self.list_selection.currentChanged.connect(self._mirror_from_list)

    @Slot()
    def _mirror_to_list(self, *args) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selected = self.list_proxy.mapSelectionFromSource(self.selection.selection())
            self.list_selection.select(selected, flags)
            current = self.list_proxy.mapFromSource(self.selection.currentIndex())
            self.list_selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            if current.isValid():
                self.list_view.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False

    @Slot()
    def _mirror_from_list(self, *args) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selected = self.list_proxy.mapSelectionToSource(self.list_selection.selection())
            current = self.list_proxy.mapToSource(self.list_selection.currentIndex())
            self.selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.selection.select(selected, flags)
        finally:
            self._syncing = False

    def selectEventRow(self, proxy_row: int) -> None:
        """Select a row of the filter proxy (date order) in every view."""
        if not (0 <= proxy_row < self.proxy.rowCount()):
            self.selection.clear()
            return
        index = self.proxy.index(proxy_row, 0)
        self.selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)

    def selectedEvent(self):
        indexes = self.selection.selection().indexes()
        return indexes[0].data(EventRole.Event) if indexes else None

    def _select_event_id(self, event_id: str | None) -> bool:
        if not event_id:
            return False
        return self.selectModelRow(self.events.row_of(event_id))

    def selectModelRow(self, row: int) -> bool:
        """Select the event model's `row` in every view, if the filter shows it."""
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.events.index(row, 0))
        if not index.isValid():
            return False
        self.selectEventRow(index.row())
        return True

    # ============================================================================ open / load
    @Slot()
    def chooseFiles(self) -> None:
        start = self.lastDirectory()
        files, _ = QFileDialog.getOpenFileNames(self, "Open Articles", start,
                                                "Articles (*.txt *.text *.md *.html *.htm *.xhtml);;All files (*)")
        if files:
            self.settings.setValue("paths/lastDir", json.dumps(str(Path(files[0]).parent)))
            self.openPaths(files)

    @Slot()
    def chooseFolder(self) -> None:
        start = self.lastDirectory()
        folder = QFileDialog.getExistingDirectory(self, "Open Folder of Articles", start)
        if folder:
            self.settings.setValue("paths/lastDir", json.dumps(folder))
            self.openPaths([folder])

    def openPaths(self, paths: Sequence[str | os.PathLike], confirm: bool = True) -> None:
        """Load `paths` in the background; the current timeline stays until the new one is ready. A single
        project file opens as the project. With `confirm`, edits not yet saved are offered for saving."""
        paths = [str(p) for p in paths]
        if not paths:
            return
        if len(paths) == 1 and is_project_path(paths[0]):
            self.editing.openProject(paths[0])
            return
        if confirm and not self.editing.may_discard("opening other articles"):
            return
        self.editing.loading_other()
        self.loader.load(paths)

    def loadNow(self, paths: Sequence[str | os.PathLike]) -> None:
        """Load synchronously on this thread (for --screenshot and scripts, where nothing else runs)."""
        from timeline_app.ui.loader import load_timeline

        paths = [str(p) for p in paths]
        if len(paths) == 1 and is_project_path(paths[0]):
            self.editing.openProject(paths[0], wait=True)
            return
        self.applyTimeline(load_timeline(paths), paths)

    @Slot()
    def cancelLoading(self) -> None:
        self.loader.cancel()

    @Slot(object)
    def _load_started(self, paths: list[str]) -> None:
        self.progress.setRange(0, 0)  # busy until the first progress report gives a total
        self.progress.setFormat("Loading…")
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.statusBar().showMessage(f"Loading {_paths_label(paths)}…")

    @Slot(int, int, str)
    def _load_progress(self, done: int, total: int, label: str) -> None:
        # Characters of work across every stage: the bar moves through one large file too.
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(progress_text(done, total))
        if label:
            self.statusBar().showMessage(label)

    @Slot(object)
    def _load_cancelling(self, paths: list[str]) -> None:
        # Not "cancelled" yet: the worker stops at its next report; `cancelled` comes when it has.
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setFormat("Cancelling…")
        self.statusBar().showMessage(f"Cancelling loading {_paths_label(paths)}…")

    @Slot(object)
    def _load_cancelled(self, paths: list[str]) -> None:
        if self.loader.isRunning():
            return  # a newer load is on screen
        self._loading_done()
        self.statusBar().showMessage(f"Loading {_paths_label(paths)} cancelled; the previous timeline is kept", 8000)

    def _loading_done(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    @Slot(object, object)
    def _load_finished(self, timeline: Timeline, paths: list[str]) -> None:
        from timeline_app.ui.editing import ProjectJobResult

        self._loading_done()
        if isinstance(timeline, ProjectJobResult) or timeline is None:  # a project was opened (or failed to)
            self.editing.project_opened(timeline)
            return
        if not self.editing.loaded(timeline, paths):  # a re-read keeps the project and its edits
            self.applyTimeline(timeline, paths)

    def applyTimeline(self, timeline: Timeline, paths: Sequence[str]) -> None:
        """Swap a newly loaded `timeline` in, without a project (edits start empty, in memory): models,
        source filter, markers, problems, recent files; then frame the news."""
        previous = self.editing.selected_keys()
        edited = self.editing.start_in_memory(timeline)
        self._paths = list(paths)
        self.showEdited(edited, fresh=True, focus=previous)
        if timeline.documents or not timeline.problems:
            self._remember_paths(self._paths)
        self.statusBar().showMessage(load_summary(timeline), 15000 if timeline.problems else 8000)
        self.timelineLoaded.emit(edited.timeline)

    def showEdited(self, edited: EditedTimeline, fresh: bool, focus: Sequence[MentionKey] = (),
                   fallback: Sequence[MentionKey] = ()) -> None:
        """Show what the user sees: `edited` (edits applied, hidden events apart). `fresh` is a newly opened
        timeline (articles closed, fitted); otherwise the view stays where it is. The event holding `focus`
        (mention keys) is selected when it still exists, else the one holding `fallback`."""
        timeline = edited.timeline
        self._hidden_selection = None  # ids are the old timeline's
        if fresh:
            self.articles.closeAll()
        documents_before = self.events.documents()
        self.events.set_timeline(timeline)
        # Restores the check state of sources seen before; new sources start checked.
        store = self.events.store()
        self.sources.set_timeline(timeline, self._hidden_sources,
                                  dict(zip(store.document_ids, store.source_counts.tolist())),
                                  self.editing.user_dated_ids(timeline))
        self.editing.hidden_list.set_events(edited.hidden)
        self._show_problems(timeline.problems + unapplied_problems(edited))
        if fresh or timeline.documents is not documents_before:
            self._update_markers()  # the articles' publication dates: an edit's view has the same articles
        if not fresh and timeline.documents is not documents_before:
            self.articles.refreshNotes(timeline.document)  # (read again: a date set leaves none waiting)
        if fresh:
            self.timeline.frameNews()  # the story first; Fit All (Ctrl+0) shows the background dates too
        # The event selected again after an edit or an undo is not a new choice of the user's: the shared slot
        # keeps the tab they were on (reading the article, Enter in the edit dialog brought the details forward).
        self._reselecting = True
        try:
            if not self.editing.select_keys(focus, self.editing._hint) and fallback:
                self.editing.select_keys(fallback, self.editing._hint)
        finally:
            self._reselecting = False
        self.updateWindowTitle()
        self._update_counts()
        self.editing._update_actions()

    def updateWindowTitle(self) -> None:  # noqa: N802
        project = self.editing.project_name()
        if project is not None:
            suffix = " (read-only)" if self.editing.read_only() else ""
            self.setWindowTitle(window_title(f"{project}{suffix} — Timeline"))
            return
        title = _paths_label(self._paths)
        self.setWindowTitle(window_title(f"{title} — Timeline") if self._paths else "Timeline")

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        # Open and saying there are none, the panel was shrunk to two lines (`_problems_shown`): filled, it
        # is sized to its lines as if it had been hidden (it stayed two lines tall over nine errors).
        was_empty = not self.problems.count()
        self.problems.clear()
        for problem in problems:
            level = problem.level if problem.level in _LEVEL_WORDS else Problem.ERROR
            word = _LEVEL_WORDS[level]
            message = problem.message
            if level != Problem.ERROR and not message.lower().startswith(word):
                message = f"{word}: {message}"
            item = QListWidgetItem(self._level_icon(level), f"{visible_path(problem.path)} — {visible_text(message)}")
            item.setData(Qt.ItemDataRole.UserRole, level)
            item.setToolTip(plain_tooltip(f"{_LEVEL_TIPS[level]}\n{problem.path}\n{problem.message}"))
            self.problems.addItem(item)
        if problems:
            was_hidden = self.problems_dock.isHidden()
            self.problems_dock.show()
            self._fit_problems_minimum()
            if was_hidden or was_empty:
                # As tall as its lines need (up to six), not half the window.
                height = self._problems_dock_height(self._problems_lines_height(min(len(problems), 6)))
                self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)
        else:
            self.problems_dock.hide()

    @Slot(bool)
    def _problems_shown(self, visible: bool) -> None:
        """Opened empty (from the View menu): two lines tall, not the third of the window a dock takes by default
        (a tall blank panel read as something failed to show)."""
        if visible and not self.problems.count():
            lines = self._problems_lines_height(2)
            self.problems.setMinimumHeight(lines)  # not a scroll area's own 70 px
            height = self._problems_dock_height(lines)
            # Once the dock is laid out (a resize asked for while it is being shown is not kept); not if problems
            # came in meanwhile (`_show_problems` sized the panel to them).
            QTimer.singleShot(0, self, lambda: self.problems.count() or self.resizeDocks(
                [self.problems_dock], [height], Qt.Orientation.Vertical))

    def _fit_problems_minimum(self) -> None:
        """The Problems list may shrink to one row: a scroll area's own minimum (70 px) kept a single problem's
        panel three rows tall at 640 × 480, taken from the timeline above it."""
        if not self.problems.count():
            return
        self.problems.setMinimumHeight(self._problems_lines_height(1))

    def _problems_lines_height(self, rows: int) -> int:
        """The Problems list's height for `rows` rows, its frame included. Laid out by hand: the row's height from
        the delegate, whether or not the list has been shown yet (a line of text where it has no row)."""
        row = self.problems.sizeHintForRow(0)
        if row <= 0:
            row = self.problems.fontMetrics().height() + 4
        return rows * row + 2 * self.problems.frameWidth()

    def _problems_dock_height(self, lines_height: int) -> int:
        """The Problems dock's height around a list `lines_height` tall: its margins and its title bar."""
        return lines_height + 8 + self.problems_dock.fontMetrics().height() + 8

    def _level_icon(self, level: str) -> QIcon:
        # QStyle's enums through the style itself: importing QStyle would build all of them for the first
        # paint, which shows no problem (issue 10, item 5).
        style = self.style()
        pixmap = {Problem.ERROR: style.StandardPixmap.SP_MessageBoxCritical,
                  Problem.WARNING: style.StandardPixmap.SP_MessageBoxWarning,
                  Problem.SKIPPED: style.StandardPixmap.SP_MessageBoxInformation}[level]
        return style.standardIcon(pixmap)

    @Slot()
    def _update_markers(self) -> None:
        markers = []
        if self.today_action.isChecked():
            markers.append((dt.date.today(), "Today", self.palette().color(QPalette.ColorRole.Highlight)))
        for doc in self.events.documents():
            if doc.published is not None:
                # Said in words: a source's title alone, in its colour, read as one more event.
                markers.append((doc.published, f"Published: {doc.shown_title or doc.id}", self.events.color_of(doc.id)))
        self.timeline.setMarkers(markers, pinned=1 if self.today_action.isChecked() else 0)

    # ================================================================================== filter
    @Slot(object)
    def _sources_hidden_changed(self, hidden: frozenset[str]) -> None:
        # Keep the choice for sources that aren't loaded now, so it comes back when they are; the loaded
        # ones are the most recent choices, and only the latest MAX_HIDDEN_SOURCES are kept (so the sources
        # not loaded keep what room the loaded ones leave, as at each change before).
        loaded = self.sources.loaded_ids()
        kept = [h for h in self._hidden_sources if h not in loaded]  # at most MAX_HIDDEN_SOURCES
        # The hidden ones in name order, of which only the last MAX_HIDDEN_SOURCES can be kept: those alone
        # are picked (a heap of that many), not all 10,000 ids of an "Only this" sorted on every change.
        newest = heapq.nlargest(MAX_HIDDEN_SOURCES, hidden)[::-1]
        self._hidden_sources = dict.fromkeys((kept + newest)[-MAX_HIDDEN_SOURCES:])
        self.proxy.setHiddenSources(hidden)

    @Slot()
    def _before_filter(self, *args) -> None:
        event = self.selectedEvent()
        if event is not None:
            self._hidden_selection = event.id
        self._filtering = True

    @Slot()
    def _selection_chosen(self, *args) -> None:
        if self._filtering:
            return  # the filter hiding the selected event: it is kept to come back (_filter_changed decides)
        event = self.selectedEvent()
        if (event is not None and self._reading_shared() and not self._reselecting
                and not self.articles.isAncestorOf(self.focusWidget())):
            # An event chosen on the timeline or in the list: its details come to the front of the shared slot
            # (not when chosen from inside the article, which the user is reading).
            self.reading_tabs.setCurrentWidget(self.detail)
        if event is None or event.id != self._hidden_selection:
            # Another event chosen, or the selection cleared by the user: the hidden one is no longer "the"
            # selection, and a later filter change must not bring it back.
            self._hidden_selection = None

    @Slot(int, int)
    def _filter_changed(self, shown: int, total: int) -> None:
        self._filtering = False
        self._update_counts()
        # Keep the current event selected if it's still shown; otherwise the detail pane empties, until a
        # later filter change shows it again (typing a search and deleting it returns to the event).
        if self.selection.hasSelection():
            self._hidden_selection = None  # the selection survived: nothing hidden to bring back
            # Rows came back above it (a search cleared): the list keeps the chosen event in sight, not its top.
            current = self.list_proxy.mapFromSource(self.selection.currentIndex())
            if current.isValid():
                self.list_view.updateGeometries()  # the scroll bar's range, still the filtered list's (deferred)
                self.list_view.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)
        elif self._hidden_selection is not None:
            self._select_event_id(self._hidden_selection)
        self.detail.refresh()

    def _update_counts(self) -> None:
        shown, total = self.proxy.rowCount(), self.proxy.totalCount()
        self.match_label.setText(match_text(shown, total))
        n = len(self.events.documents())
        self.docs_label.setText(f"{n} document{'s' if n != 1 else ''}")
        self.timeline.setEmptyText(self._empty_text(n, shown, total))

    def _empty_text(self, documents: int, shown: int, total: int) -> str:
        """What the empty timeline says: why nothing is shown, so an empty view never looks broken."""
        if shown:
            return ""
        if not documents:
            return "No articles loaded: File → Open Folder… or Open Files…, or drop them on the window"
        if not total:
            return "No dated events were found in these articles"
        hidden = len(self.sources.hidden())
        if hidden and hidden >= len(self.sources.loaded_ids()):
            return "No events to show: every source is unchecked (Sources panel → All sources)"
        filters = []
        needle = self.proxy.searchText()
        if needle:
            quoted = needle if len(needle) <= 40 else needle[:39] + "…"
            filters.append(f"the search “{quoted}”")
        if self.proxy.starredOnly():
            filters.append("Only Starred on")
        if hidden:
            filters.append(f"{_plural(hidden, 'source')} unchecked")
        if not filters:
            return "No events to show"
        listed = filters[0] if len(filters) == 1 else ", ".join(filters[:-1]) + " and " + filters[-1]
        return f"No events to show with {listed}"

    @Slot()
    def focusSearch(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_escape(self) -> None:
        """Esc in the search box clears the search; in an empty one it hands the keys back to the timeline."""
        if self.search.text():
            self.search.clear()
        else:
            self.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _search_return(self) -> None:
        # Enter in the search box jumps to the first match, so the keyboard path is search → Enter → read.
        if self.proxy.rowCount() and not self.selection.hasSelection():
            self.selectEventRow(0)
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object, object)
    def _visible_range_changed(self, first, last) -> None:
        if isinstance(first, dt.date) and isinstance(last, dt.date):
            self.range_label.setText(_format_range(first, last))

    # ================================================================================ articles
    @Slot(str, int, int)
    def openArticle(self, document_id: str, start: int, end: int) -> None:
        document = self.events.timeline().document(document_id)
        if document is None:
            self.statusBar().showMessage(f"The article {document_id} is no longer loaded", 5000)
            return
        page = self.articles.openArticle(document, start, end)
        if self._reading_shared():
            # The details go behind the article: keys that were in them (Enter, a link) go to the article, where
            # the arrows and Page Down read it at once; Qt left them on a tab bar.
            focus = self.focusWidget()
            reading = focus is not None and (focus is self.detail or self.detail.isAncestorOf(focus))
            self.reading_tabs.setCurrentWidget(self.articles)
            if reading:
                page.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _article_tabs_changed(self, count: int) -> None:
        self._fit_article_pane()
        # The last article closed while it had the shared slot: the details come back to the front (an empty
        # "Article" tab would say only how to open one), and so do the keys if they were in the article.
        if count or not self._reading_shared() or self.reading_tabs.currentWidget() is not self.articles:
            return
        # (Qt has moved the keys from the closed page to the slot's tab bar by now.)
        reading = self.reading_tabs.isAncestorOf(self.focusWidget())
        self.reading_tabs.setCurrentWidget(self.detail)
        if reading:
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    # =============================================================================== drag/drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.openPaths(paths)

    # ============================================================================= recent, about
    def _remember_paths(self, paths: list[str]) -> None:
        self.settings.setValue("paths/last", json.dumps(paths))
        recent = [r for r in self.recentPaths() if r != paths]
        self.settings.setValue("paths/recent", json.dumps([paths, *recent][:MAX_RECENT]))

    def recentPaths(self) -> list[list[str]]:
        """The recent entries (each a list of paths), without those of which no path exists any more."""
        entries = self._read_json("paths/recent", [], _path_lists)
        existing = [e for e in entries if any(os.path.exists(p) for p in e)][:MAX_RECENT]
        if existing != entries:
            self.settings.setValue("paths/recent", json.dumps(existing))
        return existing

    def _open_recent(self, paths: list[str]) -> None:
        if any(os.path.exists(p) for p in paths):
            self.openPaths(paths)  # a project file opens as the project
            return
        # Gone since the menu was filled: say so and forget it, instead of loading nothing.
        self.settings.setValue("paths/recent", json.dumps([r for r in self.recentPaths() if r != paths]))
        self.statusBar().showMessage(f"{_paths_label(paths)} no longer exists", 8000)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recentPaths()
        for i, paths in enumerate(recent):
            label = no_mnemonic(_paths_label(paths))
            action = self.recent_menu.addAction(f"&{i + 1} {label}" if i < 9 else label)
            action.setToolTip(plain_tooltip("\n".join(paths)))
            action.triggered.connect(lambda checked=False, p=paths: self._open_recent(p))
        if not recent:
            empty = self.recent_menu.addAction("No Recent Files")
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction("&Clear Recent")
            clear.setToolTip("Forget the recently opened files")
            clear.triggered.connect(lambda: self.settings.setValue("paths/recent", json.dumps([])))

    # ================================================================================ export, print
    @Slot()
    def exportTimeline(self) -> None:
        """File → Export…: the dialog, then the export (pictures at once, data in the background)."""
        from timeline_app.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.lastDirectory(), self)
        if dialog.exec() == ExportDialog.DialogCode.Accepted:
            self.runExport(dialog.choice())

    def _exporter(self):
        """The exporter, made on first use: exports and prints run in the thread pool, with progress and Cancel."""
        from timeline_app.ui.export_dialog import Exporter

        if self.exporter is None:
            self.exporter = Exporter(self)
            self.exporter.finished.connect(self._export_finished)
            self.exporter.cancelled.connect(lambda path: self.statusBar().showMessage("Export cancelled", 8000))
            self.exporter.printed.connect(self._print_finished)
            self.exporter.printCancelled.connect(lambda: self.statusBar().showMessage("Printing cancelled", 8000))
        return self.exporter

    def runExport(self, choice) -> None:
        self._exporter()
        self.statusBar().showMessage(f"Exporting to {visible_path(Path(choice.path).name)}…")
        self.exporter.run(choice, self.events.timeline(), self.sources.hidden(), self.timeline.visibleRange())

    @Slot(str, str)
    def _export_finished(self, path: str, error: str) -> None:
        if error:
            box = QMessageBox(QMessageBox.Icon.Warning, "Export failed", f"Could not export to {path}:\n{error}",
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # a path or an OS message is never markup
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            self.statusBar().showMessage(f"Exported to {path}", 8000)

    @Slot()
    def printTimeline(self) -> None:
        """File → Print…: the print dialog, then the pages painted in the background."""
        from timeline_app.ui.export_dialog import print_timeline

        if print_timeline(self, self._exporter(), self.events.timeline(), self.sources.hidden(),
                          self.timeline.visibleRange()):
            self.statusBar().showMessage("Printing…")

    def ask_stop_printing(self) -> bool:
        """On closing the window while a print is painted: stop it (True) or keep the window (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Printing",
                          "The timeline is still being prepared for printing. Stop printing and close?",
                          QMessageBox.StandardButton.Cancel, self)
        stop = box.addButton("Stop Printing", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return box.clickedButton() is stop

    @Slot(int, str)
    def _print_finished(self, pages: int, error: str) -> None:
        if error:
            box = QMessageBox(QMessageBox.Icon.Warning, "Printing failed", f"Could not print:\n{error}",
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # an OS message is never markup
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            self.statusBar().showMessage(f"Printed {pages} page{'s' if pages != 1 else ''}", 8000)

    def aboutText(self) -> str:
        from timeline_app.ui.app import app_version

        return (f"<b>Timeline</b> version {escape(app_version())}<p>Turns news articles into a zoomable "
                "timeline of dated events, each linked to the sentences that report it.</p>"
                "<p>Open files or a folder, or drop them on the window.</p>")

    @Slot()
    def showAbout(self) -> None:
        QMessageBox.about(self, "About Timeline", self.aboutText())

    # ================================================================================ settings
    def _bad_setting(self, key: str, raw: object, why: str) -> None:
        """Log an unusable saved setting once (a log record, not a Qt warning); the caller uses the default."""
        if key not in self._bad_settings:
            self._bad_settings.add(key)
            log.warning("Ignoring the saved setting %s (%s): %.200r", key, why, raw)

    def _read_json(self, key: str, default, clean):
        """The JSON value saved under `key`, passed through `clean(value) -> (value, ok)`; the default when
        it is missing or unusable. Items that `clean` had to drop are logged."""
        raw = self.settings.value(key)
        if raw is None:
            return default
        if not isinstance(raw, str):
            self._bad_setting(key, raw, f"a {type(raw).__name__}, not JSON text")
            return default
        try:
            value = json.loads(raw)
        except ValueError:
            self._bad_setting(key, raw, "not JSON")
            return default
        cleaned, ok = clean(value)
        if cleaned is None:
            self._bad_setting(key, raw, "of the wrong type")
            return default
        if not ok:
            self._bad_setting(key, raw, "some entries of the wrong type were dropped")
        return cleaned

    def _restore_bytes(self, key: str, restore) -> None:
        """Restore a saved geometry or state; anything but non-empty bytes that Qt accepts is ignored."""
        value = self.settings.value(key)
        if value is None:
            return
        if not isinstance(value, QByteArray) or value.isEmpty():
            self._bad_setting(key, value, "not saved window state")
            return
        if not restore(value):
            self._bad_setting(key, value, "Qt could not restore it")

    def _restore_settings(self) -> None:
        self._restore_bytes("window/geometry", self.restoreGeometry)
        if self.settings.value("window/state") is not None:
            self._sources_width = PanelWidth.USERS  # the panel keeps the width the user left it at
        self._restore_bytes("window/state", self.restoreState)
        self._restore_bytes("window/mainSplitter", self.main_splitter.restoreState)
        self._restore_bytes("window/bottomSplitter", self.bottom_splitter.restoreState)
        sort = self._read_json("list/sort", None, _sort_key)
        if sort is not None:  # the list sorted as it was left (by title, newest first…)
            self.list_view.sortByColumn(sort[0], Qt.SortOrder(sort[1]))
        self._follow_width_with_sources_panel(self.width())
        today = self.settings.value("view/showToday")
        if isinstance(today, bool):
            self.today_action.setChecked(today)
        elif isinstance(today, str) and today.lower() in ("true", "false", "1", "0"):
            self.today_action.setChecked(today.lower() in ("true", "1"))
        elif today is not None:
            self._bad_setting("view/showToday", today, "not true or false")

    def saveSettings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/mainSplitter", self.main_splitter.saveState())
        if not self._reading_shared():  # shared, the splitter holds two panes: its sizes are not the three panes'
            self.settings.setValue("window/bottomSplitter", self.bottom_splitter.saveState())
        # Bounded to MAX_HIDDEN_SOURCES already (where read at start-up and on each change).
        self.settings.setValue("sources/hidden", json.dumps(list(self._hidden_sources)))
        self.settings.setValue("view/showToday", self.today_action.isChecked())
        header = self.list_view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.settings.setValue("list/sort", json.dumps([header.sortIndicatorSection(),
                                                            int(header.sortIndicatorOrder().value)]))
        if self._sources_choice is not None:
            self.settings.setValue("view/sourcesPanel", json.dumps(self._sources_choice))
        self.settings.sync()

    def lastDirectory(self) -> str:
        """Where the open dialogs start: the folder last opened from, or home."""
        return self._read_json("paths/lastDir", "", _string) or str(Path.home())

    def lastPaths(self) -> list[str]:
        return self._read_json("paths/last", [], _strings)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_toolbar(event.size().width())  # the toolbar spans the window
        if event.size().width() != event.oldSize().width():
            self._follow_width_with_sources_panel(event.size().width())
        # The Sources panel follows the window's width (sources_panel_width) until the user sets it: by dragging
        # its edge (seen by eventFilter) or in an earlier session (restored state).
        dock = self.sources_dock
        if (self._sources_width is PanelWidth.USERS or event.size().width() == event.oldSize().width()
                or dock.isFloating()):
            return
        width = sources_panel_width(event.size().width(), self.fontMetrics().horizontalAdvance("M"))
        self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def _follow_width_with_sources_panel(self, width: int) -> None:
        dock = self.sources_dock
        if dock.isFloating():
            return
        dock.setVisible(sources_panel_shown(width, self.fontMetrics().horizontalAdvance("M"), self._sources_choice))

    @Slot(bool)
    def _sources_chosen(self, shown: bool) -> None:
        """The user showed or hid the Sources panel (View menu, F9, its close button): kept from now on."""
        self._sources_choice = shown
        self.settings.setValue("view/sourcesPanel", json.dumps(shown))

    def _reading_shared(self) -> bool:
        return self.detail.parentWidget() is not self.bottom_splitter

    def _place_reading_panes(self, middle_width: int) -> None:
        """Details and article side by side, or sharing one slot as tabs when the middle is too narrow."""
        shared = reading_panes_share_a_slot(middle_width, self.fontMetrics().horizontalAdvance("M"))
        if shared == self._reading_shared():
            return
        if shared:
            reading = self.articles.isAncestorOf(self.focusWidget())
            self.reading_tabs.addTab(self.detail, "Details")
            self.reading_tabs.addTab(self.articles, "Article")
            self.reading_tabs.setCurrentWidget(self.articles if reading else self.detail)
            self.reading_tabs.show()
            # The list keeps its share (4 of 11), or what shows its titles readably if the slot keeps 31 em for
            # reading; the slot takes the rest (a newly shown splitter child would otherwise start at no width).
            em = self.fontMetrics().horizontalAdvance("M")
            list_width = max(middle_width * 4 // 11, min(self.list_view.comfortableWidth(), middle_width - 31 * em))
            self.bottom_splitter.setSizes([list_width, middle_width - list_width])
        else:
            self.bottom_splitter.insertWidget(1, self.detail)
            self.bottom_splitter.insertWidget(2, self.articles)
            self.reading_tabs.hide()  # emptied: the two panes have left it for the splitter
            self.detail.show()
            self.articles.setVisible(self.articles.tabs.count() > 0)
            self._share_bottom(middle_width)

    def _share_bottom(self, middle_width: int) -> None:
        """Side by side: the list, the details and the article 4:4:3; the list and the details halves while no
        article is open."""
        if self.articles.isHidden():
            self.bottom_splitter.setSizes([middle_width // 2, middle_width - middle_width // 2, 0, 0])
        else:
            self.bottom_splitter.setSizes([middle_width * 4 // 11, middle_width * 4 // 11, middle_width * 3 // 11, 0])

    def _fit_article_pane(self) -> None:
        """Side by side, the article pane is shown only while an article is open (the first one opened takes
        its 3/11 of the width back; the last one closed gives it to the list and the details)."""
        if self._reading_shared():
            return
        wanted = self.articles.tabs.count() > 0
        if wanted == (not self.articles.isHidden()):
            return
        middle_width = sum(self.bottom_splitter.sizes()) or self.bottom_splitter.width()
        self.articles.setVisible(wanted)
        self._share_bottom(middle_width)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            # A press reaching the window itself, not one of its widgets, is on a dock separator (the only part
            # of it no child covers); QMainWindow accepts it when it starts moving that separator.
            self._dragging_separator = (event.button() == Qt.MouseButton.LeftButton and event.isAccepted()
                                        and self.childAt(event.position().toPoint()) is None)
        elif kind == QEvent.Type.MouseButtonRelease:
            self._dragging_separator = False
        return handled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The Sources panel changes width while the user drags a separator: they are setting its width, which it
        # keeps from then on. Any other change (the window resized, Qt keeping the panel at its minimum width,
        # the layout settling) is not theirs. The button must still be down: a release the window never saw (a
        # popup opened mid-drag, focus moved to another window) leaves _dragging_separator set.
        if watched is self.centralWidget() and event.type() == QEvent.Type.Resize:
            self._place_reading_panes(event.size().width())
        elif watched is self.sources_dock and event.type() == QEvent.Type.Close:
            self._sources_chosen(False)  # its close button: only the user closes the panel
        elif (event.type() == QEvent.Type.KeyPress and watched is self.search and event.key() == Qt.Key.Key_Escape
              and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self._search_escape()
            return True
        if (watched is self.sources_dock and event.type() == QEvent.Type.Resize and self._dragging_separator
                and QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton
                and event.size().width() != event.oldSize().width() and not self.sources_dock.isFloating()):
            self._sources_width = PanelWidth.USERS
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editing.saving():  # the window goes once the file is whole and has every edit
            self.editing.close_when_saved()
            event.ignore()
            return
        if self.exporter is not None and self.exporter.printing() and not self.ask_stop_printing():
            event.ignore()  # a print is never dropped silently
            return
        if not self.editing.may_close():  # edits made without a project are never lost silently
            event.ignore()
            return
        self.editing.closed = True  # a may_discard waiting on a save (its event loop let this run) stops there
        if self.exporter is not None:  # a running export would keep a pool thread busy after the window
            self.exporter.cancel()
            self.exporter.wait(self.EXPORT_STOP_WAIT_S)  # each stops at its next report: a moment
            self.exporter.hand_over()  # (a print sending its pages goes on: its printer lives until it ends)
        self.editing.close_project()
        self.saveSettings()
        self.loader.shutdown()
        self.editing.saver.shutdown()
        super().closeEvent(event)
