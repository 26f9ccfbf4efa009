"""The reader: whole articles as plain text, one closable tab each, scrolled to and highlighting a passage.

`setPlainText` keeps any markup in an article literal. Offsets in the core are Python string indices
(code points) while QTextDocument counts UTF-16 units, so positions are converted before use; otherwise
an emoji before the passage would shift the highlight.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import (QAction, QColor, QContextMenuEvent, QFont, QFontMetricsF, QPalette, QResizeEvent,
                           QTextCharFormat, QTextCursor, QTextFormat)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStackedWidget, QTabBar, QTabWidget, QTextEdit, QVBoxLayout, QWidget

from timeline_app.core.elide import elide, fit_words
from timeline_app.core.html_text import visible_text
from timeline_app.core.model import Document
from timeline_app.ui.text import no_mnemonic, plain_tooltip, set_plain_label
from timeline_app.ui.waiting import waiting_note


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_offset(text: str, index: int) -> int:
    """The QTextDocument position of Python index `index` in `text`."""
    index = max(0, min(index, len(text)))
    # Only characters outside the BMP take two UTF-16 units: count them in place, without copying the
    # text before `index` (an article can be tens of megabytes).
    return index + sum(1 for _ in _ASTRAL.finditer(text, 0, index))


def python_offset(text: str, position: int) -> int:
    """The Python index in `text` of QTextDocument position `position` (the inverse of utf16_offset)."""
    position = max(0, position)
    extra = 0
    for match in _ASTRAL.finditer(text):
        if match.start() + extra >= position:
            break
        extra += 1  # this character took two UTF-16 units
    return min(len(text), position - extra)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(a.redF() * (1 - amount) + b.redF() * amount,
                           a.greenF() * (1 - amount) + b.greenF() * amount,
                           a.blueF() * (1 - amount) + b.blueF() * amount)


class ArticleText(QPlainTextEdit):
    """One article, read-only, with the current passage highlighted."""

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.article = document
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setObjectName("articleText")
        self.setAccessibleName(f"Article: {document.shown_title or document.id}")
        self.setToolTip(plain_tooltip(f"{document.shown_title or document.id}\n{document.path}"))
        # QPlainTextEdit would turn '\r\n' into two breaks and shift every later offset; the core keeps
        # offsets into the decoded text, so show the text exactly, with lone CRs as spaces.
        self.setPlainText(document.text.replace("\r", " "))
        self.span: tuple[int, int, int, int] = (0, 0, 0, 0)
        # Actions added to the context menu (the window's "New Event from Selection").
        self.context_actions: list[QAction] = []

    def selectedSpan(self) -> tuple[int, int] | None:  # noqa: N802
        """The selected text as [start, end) offsets into the article's text, without surrounding spaces."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.article.text
        start = python_offset(text, cursor.selectionStart())
        end = python_offset(text, cursor.selectionEnd())
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self.context_actions:
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def highlight(self, start: int, end: int) -> None:
        """Select the passage holding [start, end): the sentence lightly, the phrase strongly."""
        text = self.article.text
        sentence = self.article.sentence_at(start)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (start, end)
        self.span = (start, end, s_start, s_end)
        palette = self.palette()
        base, highlight = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)

        def selection(a: int, b: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
            cursor = QTextCursor(self.document())
            cursor.setPosition(utf16_offset(text, a))
            cursor.setPosition(utf16_offset(text, b), QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = fmt
            return sel

        sentence_fmt = QTextCharFormat()
        sentence_fmt.setBackground(_mix(base, highlight, 0.22))
        phrase_fmt = QTextCharFormat()
        phrase_fmt.setBackground(highlight)
        phrase_fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        phrase_fmt.setFontWeight(QFont.Weight.Bold)
        phrase_fmt.setProperty(QTextFormat.Property.UserProperty + 1, "date-phrase")
        selections = [selection(s_start, s_end, sentence_fmt)]
        if end > start:
            selections.append(selection(start, end, phrase_fmt))
        self.setExtraSelections(selections)

        # Put the caret on the phrase and centre it, so the passage is in view however long the article.
        cursor = QTextCursor(self.document())
        cursor.setPosition(utf16_offset(text, start))
        self.setTextCursor(cursor)
        self.centerCursor()

TAB_TITLE_EMS = 24  # a tab shows at most about this many ems of its title (the tooltip has it whole)


# At most this many dropped dates are named in an article's note; the rest are counted.
DROPPED_NAMED = 4


def dropped_note(text: str, dropped: list[tuple[int, int, str]]) -> str:
    """The note under an article naming the date phrases the timeline could not hold ("300 BC"), each quoted
    as the window shows article text (`visible_text`), with why; "" when there are none."""
    if not dropped:
        return ""
    named = [f"“{visible_text(' '.join(text[a:b].split()))}” ({why})" for a, b, why in dropped[:DROPPED_NAMED]]
    more = len(dropped) - len(named)
    tail = f", and {more} more" if more else ""
    said = "1 date here is" if len(dropped) == 1 else f"{len(dropped)} dates here are"
    them = "it" if len(dropped) == 1 else "them"
    return f"{said} not on the timeline, as no calendar date can hold {them}: {', '.join(named)}{tail}."


def _article_note(document: Document, dropped: list[tuple[int, int, str]]) -> str:
    """The note under an article: its dropped dates (`dropped_note`), then, for an article with no publication
    date, the dates that wait for one and how to give it (`waiting_note`)."""
    return "\n".join(note for note in (dropped_note(document.text, dropped), waiting_note(document)) if note)


class _DroppedScan(QRunnable):
    """Finds an article's dropped dates (`temporal.dropped_dates`, a scan of its text) off the GUI thread: only for
    a document whose load did not say them (`Document.dropped` None: read back from a project file or the
    timeline cache); the load's own tagging collects them for every other."""

    class Signals(QObject):
        found = Signal(object, str, str)  # the scan, document id, the note ("" for none)

    def __init__(self, document: Document, generation: int) -> None:
        super().__init__()
        self.signals = _DroppedScan.Signals()
        self._document = document
        self.generation = generation  # the view's timeline it was started for (see `ArticleView.closeAll`)

    def run(self) -> None:
        from timeline_app.core.temporal import dropped_dates

        document = self._document
        try:
            dropped = dropped_dates(document.text, document.published, day_first=document.day_first)
            note = _article_note(document, dropped)
        except Exception:  # noqa: BLE001 - a note the reader can do without: never an error
            note = ""
        self.signals.found.emit(self, document.id, note)


class ArticleView(QWidget):
    """Tabs of opened articles, with a hint in place of the tabs while none is open."""

    # Emitted when the set of open tabs changes, with the number of open tabs.
    tabsChanged = Signal(int)
    # Emitted when the text selected in the current article changes (or another tab becomes current).
    articleSelectionChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Articles")
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        # Titles are fitted by whole words (_fit_tab_titles): Qt's own eliding cut one to "Pu…" in a narrow pane.
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName("Open articles")
        self.tabs.setToolTip("Open articles (Ctrl+W closes the current one)")
        self.tabs.tabCloseRequested.connect(self.closeTab)
        self.tabs.currentChanged.connect(lambda _index: self.articleSelectionChanged.emit())
        self._context_actions: list[QAction] = []
        self.hint = QLabel("Click a passage in the details to read the whole article here.", self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)  # drawn in the palette's disabled text colour: a hint, not content
        self.hint.setAccessibleName("No article open")
        self.hint.setToolTip("Articles open here when you click a passage")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.tabs)
        # Where the caret is in the file the article came from ("p. 4", "entry 3"): shown for PDFs, e-mail and
        # feeds, hidden for plain files.
        self.place = QLabel(self)
        self.place.setObjectName("articlePlace")
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        self.place.setAccessibleName("Place in the file")
        self.place.setToolTip("Where the caret is in the file this article was read from")
        self.place.setContentsMargins(6, 2, 6, 2)
        self.place.hide()
        self.tabs.currentChanged.connect(self._update_place)
        # The dates of the current article that the timeline cannot hold ("300 BC"): said here, not only logged.
        self.dropped = QLabel(self)
        self.dropped.setObjectName("articleDroppedDates")
        self.dropped.setTextFormat(Qt.TextFormat.PlainText)  # the phrases are the article's text
        self.dropped.setWordWrap(True)
        self.dropped.setAccessibleName("Dates not on the timeline")
        self.dropped.setContentsMargins(6, 2, 6, 2)
        self.dropped.hide()
        self._dropped_notes: dict[str, str] = {}  # document id -> its note, once its scan has ended
        self._scans: list[_DroppedScan] = []  # running (kept alive until their result comes)
        self._scanning: set[str] = set()  # ids of the current timeline's documents being scanned
        self._generation = 0  # one more at each `closeAll`: a scan started before gives a stale note
        self.tabs.currentChanged.connect(self._update_dropped)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack)
        layout.addWidget(self.dropped)
        layout.addWidget(self.place)

    def openArticle(self, document: Document, start: int, end: int) -> ArticleText:
        """Show `document` (reusing its tab if open), scrolled to and highlighting [start, end)."""
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if isinstance(page, ArticleText) and page.article.id == document.id:
                break
        else:
            page = ArticleText(document, self.tabs)
            page.context_actions = self._context_actions
            page.selectionChanged.connect(self.articleSelectionChanged)
            page.cursorPositionChanged.connect(self._update_place)
            title = document.shown_title or document.id
            i = self.tabs.addTab(page, no_mnemonic(elide(title, 32)))
            self.tabs.setTabToolTip(i, plain_tooltip(f"{title}\n{document.path}"))
            self._scan_dropped(document)
        self.tabs.setCurrentIndex(i)
        self.stack.setCurrentWidget(self.tabs)
        self._fit_tab_titles()
        page.highlight(start, end)
        self._update_place()
        self.tabsChanged.emit(self.tabs.count())
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_tab_titles()

    def _fit_tab_titles(self) -> None:
        """Each tab titled by as many of its article's first words as its share of the bar holds (at most
        TAB_TITLE_EMS wide), so an open article is named in words however narrow the pane."""
        count = self.tabs.count()
        if not count:
            return
        bar = self.tabs.tabBar()
        metrics = QFontMetricsF(bar.font())
        share = min(self.width() / count, TAB_TITLE_EMS * metrics.horizontalAdvance("M"))
        pages = [(i, page) for i in range(count) if isinstance(page := self.tabs.widget(i), ArticleText)]

        def overhead(i: int) -> float:
            # What the tab needs besides its text (padding, the close button), as the style lays it out.
            return bar.tabSizeHint(i).width() - metrics.horizontalAdvance(bar.tabText(i).replace("&&", "&"))

        def first_word(page: ArticleText) -> float:
            return metrics.horizontalAdvance(fit_words(page.article.shown_title or page.article.id, 0,
                                                       metrics.horizontalAdvance))

        style = self.tabs.style()
        close = style.pixelMetric(style.PixelMetric.PM_TabCloseIndicatorWidth, None, bar) + 6  # with its gap
        closable = self.tabs.tabsClosable()
        # Every tab keeps at least its first word beside its close button: many tabs overflow the bar, and its
        # scroll buttons reach them. Only a pane too narrow for one such tab loses the buttons (Ctrl+W and
        # File ▸ Close Article still close a tab): a tab reading "Pu…" names nothing.
        words = {i: first_word(page) for i, page in pages}
        wanted = all(self.width() - overhead(i) - (0 if closable else close) - 2 >= words[i] for i, _ in pages)
        if wanted != closable:
            if not wanted:
                # Qt only deleteLater()s the old buttons: hidden now, a grab (or a turn back on before the event
                # loop runs) does not show them beside the new ones.
                for i in range(count):
                    for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
                        if (button := bar.tabButton(i, side)) is not None:
                            button.hide()
            self.tabs.setTabsClosable(wanted)
        for i, page in pages:
            text = no_mnemonic(fit_words(page.article.shown_title or page.article.id,
                                         max(share - overhead(i) - 2, words[i]), metrics.horizontalAdvance))
            if bar.tabText(i) != text:
                bar.setTabText(i, text)

    @Slot()
    def _update_place(self, *args) -> None:
        page = self.currentArticle()
        label = ""
        if page is not None and page.article.origins:
            label = page.article.origin_at(python_offset(page.article.text, page.textCursor().position()))
        set_plain_label(self.place, label)  # an attachment's file name is the sender's text
        self.place.setVisible(bool(label))

    def _scan_dropped(self, document: Document) -> None:
        if document.id in self._dropped_notes or document.id in self._scanning:
            return
        if document.dropped is not None:  # the load's tagging found them: only formatted here, no second tagging
            self._dropped_notes[document.id] = _article_note(document, list(document.dropped))
            self._update_dropped()
            return
        scan = _DroppedScan(document, self._generation)
        scan.setAutoDelete(False)  # kept in `_scans` until its result comes
        scan.signals.found.connect(self._dropped_found, Qt.ConnectionType.QueuedConnection)
        self._scans.append(scan)
        self._scanning.add(document.id)
        QThreadPool.globalInstance().start(scan)

    @Slot(object, str, str)
    def _dropped_found(self, scan: _DroppedScan, document_id: str, note: str) -> None:
        if scan in self._scans:
            self._scans.remove(scan)
        if scan.generation != self._generation:
            return  # the article of another timeline
        self._scanning.discard(document_id)
        self._dropped_notes[document_id] = note
        self._update_dropped()

    def refreshNotes(self, document_of) -> None:  # noqa: N802
        """The articles were read again (an edit's load: the tabs stay open): each open article's note is made
        anew from its document as now read, `document_of(id)` (None: no longer loaded, the note as it was). A
        publication date the user set leaves nothing waiting for one, and the note must stop asking for it."""
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        for page in pages:
            if not isinstance(page, ArticleText):
                continue
            document = document_of(page.article.id)
            if document is None or document.id in self._scanning:
                continue
            self._dropped_notes.pop(document.id, None)
            self._scan_dropped(document)
        self._update_dropped()

    def droppedNote(self) -> str:  # noqa: N802
        """The note shown under the current article ("" when none, or its scan has not ended)."""
        page = self.currentArticle()
        return self._dropped_notes.get(page.article.id, "") if page is not None else ""

    @Slot()
    def _update_dropped(self, *args) -> None:
        note = self.droppedNote()
        set_plain_label(self.dropped, note)
        self.dropped.setToolTip(plain_tooltip(note))
        self.dropped.setVisible(bool(note))

    def setContextActions(self, actions: list[QAction]) -> None:  # noqa: N802
        """Actions offered first in every article's context menu."""
        self._context_actions[:] = actions

    def selectedSpan(self) -> tuple[Document, int, int] | None:  # noqa: N802
        """The current article and the span of text selected in it, if any."""
        page = self.currentArticle()
        span = page.selectedSpan() if page is not None else None
        return (page.article, *span) if span is not None else None

    def currentArticle(self) -> ArticleText | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, ArticleText) else None

    @Slot(int)
    def closeTab(self, index: int) -> None:
        page = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if page is not None:
            page.deleteLater()
        if self.tabs.count() == 0:
            self.stack.setCurrentWidget(self.hint)
        self._fit_tab_titles()
        self._update_place()
        self._update_dropped()
        self.tabsChanged.emit(self.tabs.count())

    @Slot()
    def closeCurrent(self) -> None:
        if self.tabs.count():
            self.closeTab(self.tabs.currentIndex())

    def closeAll(self) -> None:
        while self.tabs.count():
            self.closeTab(0)
        # Another timeline: its documents may share ids with other texts.
        self._dropped_notes.clear()
        self._scanning.clear()
        self._generation += 1
