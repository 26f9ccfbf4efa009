"""The selected event, explained from its sources: every mention's passage with the date phrase highlighted.

Mentions in one sentence of one article ("from 1950 to 1953") share a passage: the sentence is shown once, with
each mention's phrase highlighted in it.

The document is built with QTextCursor.insertText and character formats only. Article text never goes
through insertHtml/setHtml, so `<b>`, `<img …>` or `&amp;` in an article are shown as the characters they
are. Each passage is one anchor ("passage:N"); activating it (click, or Tab + Enter) emits `openArticle`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QUrl, Qt, Signal, Slot
from PySide6.QtGui import (QColor, QFont, QKeyEvent, QPalette, QResizeEvent, QTextBlockFormat, QTextCharFormat,
                           QTextCursor, QTextDocument, QTextFormat)
from PySide6.QtWidgets import QTextBrowser

from timeline_app.core.model import Document, Event, Mention, Sentence, human_date
from timeline_app.core.reported import reported_date, reported_note
from timeline_app.ui.event_model import UNCERTAIN_MARK, UNCERTAIN_NOTE, EventRole, EventTableModel

# Marks the character formats of highlighted runs so tests and tools can find them without guessing colours.
KIND_PROPERTY = QTextFormat.Property.UserProperty + 1
PHRASE = "date-phrase"
SENTENCE = "sentence"
ORIGIN = "origin"  # the passage's place in its file: "p. 4", "entry 3"

# Below this width (in ems of the pane's font) the event's heading is set at the text's size, not larger.
TITLE_ROOM_EMS = 20

# How much of the neighbouring sentences to show around the reporting sentence.
CONTEXT_CHARS = 140

# How much of the note on how the date was worked out is shown before a "more" link: an event merged from many
# mentions gets a note of a page, one clause per cue, that pushed its passages out of the pane.
EXPLANATION_CHARS = 280
EXPLANATION_MORE = "explanation:more"


def shortened(text: str, limit: int) -> str:
    """`text` cut at the last space before `limit` characters (at `limit` if it has none), "…" added; whole if it
    fits."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit].rstrip(" ;:,") + "…"


@dataclass(frozen=True)
class Passage:
    """One passage shown in the pane: where it comes from, and where its date phrases sit in the pane."""

    document_id: str
    start: int  # the first mention's date phrase in the article text: where "open article" leads
    end: int
    sentence_start: int
    sentence_end: int
    pane_start: int  # that phrase in the pane's QTextDocument
    pane_end: int
    # Every highlighted phrase of the passage in the pane (its sentence's mentions), in reading order.
    phrases: tuple[tuple[int, int], ...] = ()


def sentence_groups(mentions: tuple[Mention, ...] | list[Mention]) -> list[list[Mention]]:
    """The mentions grouped by (document, sentence bounds), groups in first-mention order, mentions in event
    order within a group: one passage per group, so a sentence with two mentions is shown once."""
    groups: dict[tuple[str, int, int], list[Mention]] = {}
    for m in mentions:
        groups.setdefault((m.document, m.sentence_start, m.sentence_end), []).append(m)
    return list(groups.values())


def phrase_spans(mentions: list[Mention], lo: int, hi: int) -> list[tuple[int, int]]:
    """The mentions' phrases clamped to [lo, hi], empty ones (undated references) dropped, sorted, and
    overlapping or touching ones joined: the runs to highlight, each character at most once."""
    spans = sorted((min(max(m.start, lo), hi), min(max(m.end, lo), hi)) for m in mentions)
    runs: list[tuple[int, int]] = []
    for start, end in spans:
        if end <= start:
            continue
        if runs and start <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], end))
        else:
            runs.append((start, end))
    return runs


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`amount` of `b` over `a`: a light tint that follows the palette in light and dark themes."""
    return QColor.fromRgbF(a.redF() * (1 - amount) + b.redF() * amount,
                           a.greenF() * (1 - amount) + b.greenF() * amount,
                           a.blueF() * (1 - amount) + b.blueF() * amount)


def _trim_before(text: str) -> str:
    """The tail of the previous sentence, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= CONTEXT_CHARS:
        return text
    cut = text[-CONTEXT_CHARS:]
    space = cut.find(" ")
    return "… " + (cut[space + 1:] if 0 <= space < 30 else cut)


def _trim_after(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= CONTEXT_CHARS:
        return text
    cut = text[:CONTEXT_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > CONTEXT_CHARS - 30 else cut) + " …"


# The characters that break a line in an article's text: a passage's sentences are shown with them as spaces,
# and between two of its sentences one of them is kept as a line break (`_joint`).
_LINE_BREAKS = "\r\n\u2028\u2029"
_AS_SPACES = str.maketrans(dict.fromkeys(_LINE_BREAKS, " "))


def _joint(text: str, end: int, start: int) -> str:
    """What joins two neighbouring sentences of a passage, the one ending at `end` and the one starting at
    `start`: a line break where the article breaks the line between them (a heading or another paragraph read
    as one run-on sentence: "Ukraine crisis: two tense weeks Kiev, Ukraine: Key events ..."), else a space."""
    gap = text[end:start]
    return "\u2028" if any(char in gap for char in _LINE_BREAKS) else " "


def _neighbours(document: Document, start: int, end: int) -> tuple[Sentence | None, Sentence | None]:
    """The sentences just before `start` and just after `end` (sentences may have gaps between them)."""
    # Bisect on the sentences themselves: no list of every sentence's bounds per passage.
    i = bisect.bisect_right(document.sentences, start, key=lambda s: s.end) - 1
    prev = document.sentences[i] if i >= 0 else None
    j = bisect.bisect_left(document.sentences, end, key=lambda s: s.start)
    nxt = document.sentences[j] if j < len(document.sentences) else None
    return prev, nxt


class DetailPane(QTextBrowser):
    """Shows the current event of the shared selection model."""

    openArticle = Signal(str, int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName("Event details")
        self.setToolTip("The selected event and the passages that report it; click a passage to open its article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.anchorClicked.connect(self._anchor_clicked)
        self._model: EventTableModel | None = None
        self._selection: QItemSelectionModel | None = None
        self._event: Event | None = None
        self._passages: list[Passage] = []
        self._doc: QTextDocument | None = None
        self._title_size = 0.0  # the point size the shown event's heading has, which ends at _title_end
        self._title_end = 0
        # The event whose date note the user opened in full ("more"); others show it shortened.
        self._explanation_open: str | None = None
        self._show_placeholder()

    # --- wiring --------------------------------------------------------------------------------
    def setEventModel(self, model: EventTableModel) -> None:
        """The event model, for documents, titles and colours (events come through the selection)."""
        self._model = model

    def setSelectionModel(self, selection: QItemSelectionModel) -> None:
        if self._selection is not None:
            self._selection.currentChanged.disconnect(self._current_changed)
            self._selection.selectionChanged.disconnect(self._selection_changed)
        self._selection = selection
        selection.currentChanged.connect(self._current_changed)
        selection.selectionChanged.connect(self._selection_changed)
        model = selection.model()
        if model is not None:
            model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._selection_changed()

    @Slot()
    def refresh(self) -> None:
        """Re-read the selection (after a filter change, say)."""
        self._selection_changed()

    @Slot()
    def _selection_changed(self, *args) -> None:
        if self._selection is None:
            return
        # Any selected cell counts: a view may select one column of the row rather than the whole row.
        indexes = self._selection.selection().indexes()
        index = indexes[0] if indexes else QModelIndex()
        event = index.data(EventRole.Event) if index.isValid() else None
        self.setEvent(event)

    def event_(self) -> Event | None:
        return self._event

    def passages(self) -> list[Passage]:
        return list(self._passages)

    # --- rendering -----------------------------------------------------------------------------
    def _show_placeholder(self) -> None:
        self._event = None
        self._passages = []
        doc = QTextDocument()
        cursor = QTextCursor(doc)
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        cursor.insertText(self._placeholder_text(), fmt)
        self._replace_document(doc)

    def _placeholder_text(self) -> str:
        """What the pane says with no event shown: how to select one, or, with no events at all to select (an
        empty window, or articles without dated events), what to do instead."""
        if self._model is None or not self._model.timeline().documents:
            return ("No articles open: File → Open Folder… or Open Files…, or drop articles on the window, and "
                    "the passages that report each event show here.")
        if not self._model.rowCount():
            return "No dated events were found in these articles: open others (File → Open Folder… or Open Files…)."
        return "Select an event on the timeline or in the list to see the passages that report it."

    def _title_point_size(self) -> float:
        """The heading's size: larger than the text where the pane has room; the text's own size in a pane
        squeezed to a few words (a small window), where the larger one broke the title a word a line."""
        em = self.fontMetrics().horizontalAdvance("M")
        wide = self.viewport().width() >= TITLE_ROOM_EMS * em
        return self.font().pointSizeF() * (1.35 if wide else 1.0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        size = self._title_point_size()
        if self._event is None or size == self._title_size:
            return
        # The heading's size changed with the pane's width: set in place, keeping where the reader had scrolled.
        self._title_size = size
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._title_end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size)
        cursor.mergeCharFormat(fmt)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_passages"):
            # Colours (the link, highlights, muted text) are baked into the document: render it again, so a
            # switch to a dark palette never leaves a dark-blue link on dark grey.
            shown, self._event = self._event, None
            self.setEvent(shown)

    def setEvent(self, event: Event | None) -> None:  # noqa: N802 - showEvent is QWidget's
        """Render `event` (None: the placeholder)."""
        if event is None or self._model is None:
            self._show_placeholder()
            return
        if self._event is not None and event.id == self._event.id and event is self._event:
            return
        self._event = event
        self._passages = []
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        muted = _mix(base, text, 0.62)

        doc = QTextDocument()
        doc.setDocumentMargin(10)
        cursor = QTextCursor(doc)

        title_fmt = QTextCharFormat()
        title_fmt.setFontWeight(QFont.Weight.Bold)
        self._title_size = self._title_point_size()
        title_fmt.setFontPointSize(self._title_size)
        title_fmt.setFontItalic(event.title_uncertain)
        cursor.insertText(event.title, title_fmt)
        if event.starred:
            star_fmt = QTextCharFormat(title_fmt)
            star_fmt.setForeground(highlight)
            star_fmt.setToolTip("A key event (starred)")
            cursor.insertText("  ★", star_fmt)
        self._title_end = cursor.position()

        block = QTextBlockFormat()
        block.setTopMargin(4)
        if event.title_uncertain:
            # Why the title is in italics: plain text inserted, never markup.
            cursor.insertBlock(block, QTextCharFormat())
            why = QTextCharFormat()
            why.setForeground(muted)
            why.setFontItalic(True)
            cursor.insertText(f"{UNCERTAIN_MARK} {UNCERTAIN_NOTE}", why)
        cursor.insertBlock(block, QTextCharFormat())
        date_fmt = QTextCharFormat()
        date_fmt.setFontWeight(QFont.Weight.DemiBold)
        note_fmt = QTextCharFormat()
        note_fmt.setForeground(muted)
        if event.reported:
            # Dated only by the article: say so in the date itself, not as a footnote.
            cursor.insertText(reported_date(event), date_fmt)
            cursor.insertText(f"  ({reported_note(event)})", note_fmt)
        else:
            cursor.insertText(human_date(event.first, event.last, event.precision), date_fmt)
        if event.inferred and not event.reported:
            cursor.insertText("  (inferred)", note_fmt)
        if event.period:
            cursor.insertText("  from the table of named periods", note_fmt)
        if event.inferred and event.explanation:
            cursor.insertBlock(block, QTextCharFormat())
            expl = QTextCharFormat(note_fmt)
            expl.setFontItalic(True)
            how = "Why this date" if event.reported else "How the date was worked out"
            note = f"{how}: {event.explanation}"
            shown = note if self._explanation_open == event.id else shortened(note, EXPLANATION_CHARS)
            cursor.insertText(shown, expl)
            if shown != note:
                more = QTextCharFormat()
                more.setAnchor(True)
                more.setAnchorHref(EXPLANATION_MORE)
                more.setForeground(palette.color(QPalette.ColorRole.Link))
                more.setFontUnderline(True)
                more.setToolTip("Show the whole note")
                cursor.insertText(" ", QTextCharFormat())
                cursor.insertText("more", more)

        if event.edited:
            cursor.insertBlock(block, QTextCharFormat())
            cursor.insertText("Edited by you", note_fmt)
        if event.note:
            # The user's own words, set apart from what the articles say.
            note_block = QTextBlockFormat()
            note_block.setTopMargin(8)
            note_block.setLeftMargin(10)
            note_block.setBackground(_mix(base, highlight, 0.10))
            cursor.insertBlock(note_block, QTextCharFormat())
            label_fmt = QTextCharFormat()
            label_fmt.setFontWeight(QFont.Weight.DemiBold)
            cursor.insertText("Note: ", label_fmt)
            for i, line in enumerate(event.note.split("\n")):
                if i:
                    cursor.insertBlock(note_block, QTextCharFormat())
                cursor.insertText(line, QTextCharFormat())

        # Mentions grouped by source, sources in first-mention order; within a source, one passage a sentence.
        by_source: dict[str, list[list[Mention]]] = {}
        for group in sentence_groups(event.mentions):
            by_source.setdefault(group[0].document, []).append(group)
        by_source = self._title_source_first(event, by_source)
        count = len(by_source)
        cursor.insertBlock(block, QTextCharFormat())
        cursor.insertText(f"Reported by {count} source{'s' if count != 1 else ''}", note_fmt)

        sentence_bg = _mix(base, highlight, 0.22)
        for doc_id, mentions in by_source.items():
            document = self._model.timeline().document(doc_id)
            head = QTextBlockFormat()
            head.setTopMargin(14)
            head.setBottomMargin(2)
            cursor.insertBlock(head, QTextCharFormat())
            swatch = QTextCharFormat()
            swatch.setForeground(self._model.color_of(doc_id))
            cursor.insertText("■ ", swatch)
            src_fmt = QTextCharFormat()
            src_fmt.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(self._model.source_title(doc_id), src_fmt)
            if document is not None:
                published = (f"{document.published.day} {document.published.strftime('%B %Y')}"
                             if document.published else "publication date unknown")
                # No-break spaces around the dot: no line starts or ends with it ("· publication date unknown"
                # under a title read as a stray list), the dot going with the title's last word and the note's
                # first. Only those: a whole note glued to the last word wrapped a real title a word early,
                # leaving one word of it under a short first line ("...California Family of" / "Four · ...").
                first, _space, rest = published.partition(" ")
                cursor.insertText("\u00a0\u00a0·\u00a0\u00a0" + first + (" " + rest if rest else ""), note_fmt)
            for group in mentions:
                self._insert_passage(cursor, document, group, text, muted, highlight, sentence_bg)
        self._replace_document(doc)

    def _title_source_first(self, event: Event, by_source: dict[str, list[list[Mention]]]
                            ) -> dict[str, list[list[Mention]]]:
        """`by_source` with the source whose passage the event's title was made from (`Event.sentence`) first,
        the others in their order. A merged event's first passage in article order may report something
        else of that day ("...was reported missing in February 2010") while the title and its date come
        from another outlet's sentence: the reader meets first the passage the heading says."""
        if len(by_source) < 2 or not event.sentence:
            return by_source
        # Merging keeps about 2,000 characters of a run-on sentence (`merging._event_sentence`), cut at words with
        # "…": match its parts.
        parts = [" ".join(part.split()) for part in event.sentence.split("\u2026")]
        parts = [part for part in parts if part]
        if not parts:
            return by_source
        timeline = self._model.timeline()
        for doc_id, groups in by_source.items():
            document = timeline.document(doc_id)
            if document is None:
                continue
            for group in groups:
                m = group[0]
                said = " ".join(document.text[max(0, m.sentence_start):max(0, m.sentence_end)].split())
                if all(part in said for part in parts):
                    return {doc_id: groups, **{k: v for k, v in by_source.items() if k != doc_id}}
        return by_source

    def _replace_document(self, doc: QTextDocument) -> None:
        # The documents have no Qt parent: we hold the current one, and dropping our reference after the
        # editor has switched frees the previous render.
        self.setDocument(doc)
        self._doc = doc

    def _insert_passage(self, cursor: QTextCursor, document: Document | None, group: list[Mention], text: QColor,
                        muted: QColor, highlight: QColor, sentence_bg: QColor) -> None:
        """One passage for `group`, the event's mentions in one sentence of one document: the sentence once,
        every mention's phrase highlighted in it."""
        # Where the passage leads: its first mention that has a phrase (an undated reference may have none).
        m = next((x for x in group if x.end > x.start), group[0])
        number = len(self._passages)
        href = f"passage:{number}"
        block = QTextBlockFormat()
        block.setTopMargin(4)
        block.setLeftMargin(14)
        cursor.insertBlock(block, QTextCharFormat())

        def anchored(fmt: QTextCharFormat) -> QTextCharFormat:
            fmt = QTextCharFormat(fmt)
            fmt.setAnchor(True)
            fmt.setAnchorHref(href)
            fmt.setToolTip("Open the article at this passage")
            return fmt

        context_fmt = anchored(QTextCharFormat())
        context_fmt.setForeground(muted)
        sentence_fmt = anchored(QTextCharFormat())
        sentence_fmt.setForeground(text)
        sentence_fmt.setBackground(sentence_bg)
        sentence_fmt.setProperty(KIND_PROPERTY, SENTENCE)
        phrase_fmt = anchored(QTextCharFormat())
        phrase_fmt.setBackground(highlight)
        phrase_fmt.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        phrase_fmt.setFontWeight(QFont.Weight.Bold)
        phrase_fmt.setProperty(KIND_PROPERTY, PHRASE)

        if document is None:
            # No article text: each distinct phrase the mentions carry, in event order.
            phrases: list[tuple[int, int]] = []
            seen: set[str] = set()
            for other in group:
                if other.text in seen:
                    continue
                if seen:
                    cursor.insertText(" … ", context_fmt)
                seen.add(other.text)
                cursor.insertText(other.text, phrase_fmt)
                phrases.append((cursor.position() - len(other.text), cursor.position()))
            pane_start, pane_end = phrases[0] if phrases else (cursor.position(), cursor.position())
            self._passages.append(Passage(m.document, m.start, m.end, m.sentence_start, m.sentence_end,
                                          pane_start, pane_end, tuple(phrases)))
            return
        full = document.text
        s_start, s_end = max(0, m.sentence_start), min(len(full), m.sentence_end)
        start, end = min(max(m.start, s_start), s_end), min(max(m.end, s_start), s_end)
        runs = phrase_spans(group, s_start, s_end)
        prev, nxt = _neighbours(document, s_start, s_end)
        # No phrase to point at marks undated references only: the sentence alone, no context.
        dated = bool(runs)
        if dated and prev is not None and prev.end <= s_start:
            before = _trim_before(full[prev.start:prev.end])
            if before:
                cursor.insertText(before + _joint(full, prev.end, s_start), context_fmt)
        # Collapse the sentence's internal line breaks so the passage reads as one paragraph; the
        # lengths of the parts around the phrases stay known, so the phrase offsets stay exact.
        flat = lambda s: s.translate(_AS_SPACES)
        sentence_pane_start = cursor.position()
        at = s_start
        for run_start, run_end in runs:
            cursor.insertText(flat(full[at:run_start]), sentence_fmt)
            cursor.insertText(flat(full[run_start:run_end]), phrase_fmt)
            at = run_end
        cursor.insertText(flat(full[at:s_end]), sentence_fmt)
        phrases = tuple((sentence_pane_start + a - s_start, sentence_pane_start + b - s_start) for a, b in runs)
        # That mention's phrase in the pane: the run holding it (runs join overlapping phrases); an undated
        # passage points at its sentence's start.
        pane_start = pane_end = sentence_pane_start
        for (a, b), shown in zip(runs, phrases):
            if a <= start < end <= b:
                pane_start, pane_end = shown
                break
        if dated and nxt is not None and nxt.start >= s_end:
            after = _trim_after(full[nxt.start:nxt.end])
            if after:
                cursor.insertText(_joint(full, s_end, nxt.start) + after, context_fmt)
        place = document.origin_at(start)
        if place:
            # Where the passage is in its file (a PDF's page, a message's part), for citing it.
            origin_fmt = QTextCharFormat()
            origin_fmt.setForeground(muted)
            origin_fmt.setFontWeight(QFont.Weight.DemiBold)
            origin_fmt.setProperty(KIND_PROPERTY, ORIGIN)
            origin_fmt.setToolTip("Where this passage is in the file")
            cursor.insertText("  ", QTextCharFormat())
            cursor.insertText(place.replace(" ", "\u00a0") if len(place) <= 12 else place, origin_fmt)
        link = anchored(QTextCharFormat())
        link.setForeground(self.palette().color(QPalette.ColorRole.Link))
        link.setFontUnderline(True)
        cursor.insertText("  ", QTextCharFormat())
        cursor.insertText("open\u00a0article\u00a0›", link)  # never split across lines
        self._passages.append(Passage(m.document, m.start, m.end, m.sentence_start, m.sentence_end,
                                      pane_start, pane_end, phrases))

    @Slot(QUrl)
    def _anchor_clicked(self, url: QUrl) -> None:
        # QTextBrowser tries to navigate on anchors; we never want that, only our signal.
        text = url.toString()
        if text == EXPLANATION_MORE and self._event is not None:
            self._explanation_open = self._event.id
            shown, self._event = self._event, None  # setEvent skips the event already shown
            scroll = self.verticalScrollBar().value()
            self.setEvent(shown)
            self.verticalScrollBar().setValue(scroll)
            return
        if not text.startswith("passage:"):
            return
        try:
            number = int(text.split(":", 1)[1])
        except ValueError:
            return
        if 0 <= number < len(self._passages):
            p = self._passages[number]
            self.openArticle.emit(p.document_id, p.start, p.end)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter on a link (Tab walks them) opens it, as QTextBrowser does; Enter anywhere else in the details
        # opens the first passage's article: list, Tab, Enter reads what the event is about.
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and self._passages
                and not self.textCursor().charFormat().isAnchor() and not self.textCursor().hasSelection()):
            event.accept()
            self.activatePassage(0)
            return
        super().keyPressEvent(event)

    def activatePassage(self, number: int) -> None:
        """Open passage `number` as if it were clicked (for keyboard actions and tests)."""
        self._anchor_clicked(QUrl(f"passage:{number}"))
