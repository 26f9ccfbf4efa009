"""File → Export… and File → Print…: the events as the user sees them, as data or as a picture.

The data formats are core `publish.FORMATS` (imported lazily), the pictures `render.IMAGE_FORMATS`; both are
made off the GUI thread (Qt paints onto an image, an SVG or a PDF from any thread): with 100,000 events
either takes seconds. A progress dialog follows the export once it has run for half a second, and its
Cancel button stops it (no file is written). Print… paints its pages the same way, off the GUI thread (Qt
paints onto a QPrinter from any thread), with the same progress dialog; Cancel drops the print job: its pages
are recorded first and reach the printer only once all are done (render.paint_pages).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal, Slot
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QProgressDialog, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from timeline_app.core.files import replacing
from timeline_app.core.html_text import visible_path
from timeline_app.core.model import Timeline
from timeline_app.core.progress import Cancelled, StepProgress
from timeline_app.ui.render import IMAGE_FORMATS, PAGE_SIZES, export_image, page_layout, paint_pages


@dataclass(frozen=True)
class ExportChoice:
    fmt: str  # a key of publish.FORMATS or of IMAGE_FORMATS
    suffix: str
    path: str
    whole: bool = True
    visible_only: bool = True  # only the sources checked in the Sources panel
    starred_only: bool = False
    page_size: str = "A4"
    group_by: str = "source"  # TimelineJS rows: by each event's first source, or by its kind


def data_formats() -> dict:
    """core publish.FORMATS when it is there (another module's), else none: pictures still export."""
    try:
        from timeline_app.core import publish
    except ImportError:
        return {}
    return dict(getattr(publish, "FORMATS", {}))


def starred_only(timeline: Timeline) -> Timeline:
    return dataclasses.replace(timeline, events=tuple(e for e in timeline.events if e.starred))


class ExportDialog(QDialog):
    """Format, extent (whole timeline or current view), which events, page size, and where to save."""

    def __init__(self, start_dir: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Timeline")
        self.setObjectName("exportDialog")
        self._data = data_formats()
        self._suffixes: dict[str, str] = {}
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName("Format")
        self.format_box.setToolTip("What to write: the events as data, or a picture of the timeline")
        for key, fmt in self._data.items():
            self._suffixes[key] = fmt.suffix.lstrip(".")
            self.format_box.addItem(f"{fmt.label} (.{self._suffixes[key]})", key)
        for key, label in IMAGE_FORMATS.items():
            self._suffixes[key] = key
            self.format_box.addItem(f"{label} (.{key})", key)

        self.whole_button = QRadioButton("The whole timeline", self)
        self.whole_button.setToolTip("Every event, in rows a page wide, each with its own dates, so every label can be read")
        self.view_button = QRadioButton("The current view", self)
        self.view_button.setToolTip("Only the dates the timeline shows now, as a picture")
        self.whole_button.setChecked(True)
        extent = QButtonGroup(self)
        extent.addButton(self.whole_button)
        extent.addButton(self.view_button)
        self.visible_box = QCheckBox("Only the sources checked in the Sources panel", self)
        self.visible_box.setChecked(True)
        self.starred_box = QCheckBox("Only starred events", self)
        self.page_box = QComboBox(self)
        self.page_box.setAccessibleName("Page size")
        self.page_box.setToolTip("The paper size of the PDF (landscape)")
        self.page_box.addItems(list(PAGE_SIZES))
        # TimelineJS lays its slides out in labelled rows ("groups"): one per source reads as "who said
        # what", one per kind as "what happened"; the other formats have no rows to choose.
        self.group_box = QComboBox(self)
        self.group_box.setAccessibleName("Rows")
        self.group_box.setToolTip("How TimelineJS groups the events into labelled rows")
        self.group_box.addItem("By source (each event's first article)", "source")
        self.group_box.addItem("By kind of event (visit, talks, …)", "kind")

        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName("File")
        self.path_edit.setText(str(Path(start_dir or Path.home()) / "timeline.png"))
        browse = QPushButton("Browse…", self)
        browse.setToolTip("Choose where to save")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow("Format:", self.format_box)
        extent_row = QVBoxLayout()
        extent_row.addWidget(self.whole_button)
        extent_row.addWidget(self.view_button)
        form.addRow("Extent:", extent_row)
        form.addRow("Events:", self.visible_box)
        form.addRow("", self.starred_box)
        form.addRow("Page size:", self.page_box)
        form.addRow("TimelineJS rows:", self.group_box)
        form.addRow("Save to:", path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.format_box.setCurrentIndex(self.format_box.findData("png"))
        self._format_changed()

    def setFormat(self, key: str) -> None:
        i = self.format_box.findData(key)
        if i < 0:
            raise KeyError(key)
        self.format_box.setCurrentIndex(i)

    def _current(self) -> tuple[str, str]:
        key = str(self.format_box.currentData())
        return key, self._suffixes[key]

    @Slot()
    def _format_changed(self, *args) -> None:
        key, suffix = self._current()
        image = key in IMAGE_FORMATS
        self.view_button.setEnabled(image)  # data formats hold events, not a view
        if not image:
            self.whole_button.setChecked(True)
        self.page_box.setEnabled(key == "pdf")
        self.group_box.setEnabled(key == "timelinejs")
        path = self.path_edit.text().strip()
        if path:
            self.path_edit.setText(str(Path(path).with_suffix("." + suffix)))

    @Slot()
    def _browse(self) -> None:
        _, suffix = self._current()
        path, _ = QFileDialog.getSaveFileName(self, "Export Timeline", self.path_edit.text(),
                                              f"{self.format_box.currentText()} (*.{suffix})")
        if path:
            self.path_edit.setText(path)

    @Slot()
    def _accept(self) -> None:
        if self.path_edit.text().strip():
            self.accept()

    def choice(self) -> ExportChoice:
        key, suffix = self._current()
        path = self.path_edit.text().strip()
        if path and not path.lower().endswith("." + suffix):
            path += "." + suffix
        return ExportChoice(key, suffix, path, self.whole_button.isChecked() or key not in IMAGE_FORMATS,
                            self.visible_box.isChecked(), self.starred_box.isChecked(), self.page_box.currentText(),
                            str(self.group_box.currentData()))


class _Export(QRunnable):
    """Runs one export off the GUI thread and reports through `signals`.

    `work(report)` makes the file: a data format returns its bytes (written here, through a temporary file
    that replaces the target only once it is whole: core.files.replacing), a picture writes
    its own file and returns None. The exporter calls `report(done, total)` now and then: it passes the count
    on, and raises Cancelled once `cancel` is set, which unwinds the exporter at once (a BaseException: no
    `except Exception` on the way swallows it)."""

    class Signals(QObject):
        progress = Signal(str, int, int)  # path, steps done, steps in all
        done = Signal(str, str)  # path, error ("" when written)
        stopped = Signal(str)  # path: cancelled, nothing written

    def __init__(self, work: Callable[[StepProgress], bytes | None], path: str) -> None:
        super().__init__()
        self.signals = _Export.Signals()
        self.cancel = threading.Event()
        self.ended = threading.Event()  # set once `run` has returned, whatever the outcome
        # Set at the last report not cancelled: past it nothing stops the job (a print sends its recorded pages
        # to the printer, which cannot drop a job it has begun).
        self.unstoppable = threading.Event()
        self.path = path
        self._work = work

    def _report(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled()
        if done >= total:
            self.unstoppable.set()
        self.signals.progress.emit(self.path, done, total)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._work = None  # (what it held, a print's QPrinter too, goes once it is done with)
            with _OUTLIVING_LOCK:  # let go if it was handed over, and end, at once: see `Exporter.hand_over`
                if self in _OUTLIVING:
                    _OUTLIVING.remove(self)
                self.ended.set()

    def _run(self) -> None:
        try:
            if self.cancel.is_set():  # cancelled while it waited for a thread
                raise Cancelled()
            data = self._work(self._report)
            if data is not None:  # written whole or not at all: a full disk leaves the old file as it was
                with replacing(self.path) as temporary:
                    temporary.write_bytes(data)
        except Cancelled:
            self.signals.stopped.emit(self.path)
            return
        except Exception as exc:  # noqa: BLE001 - reported to the user, whatever it was
            self.signals.done.emit(self.path, str(exc) or type(exc).__name__)
            return
        self.signals.done.emit(self.path, "")


class Exporter(QObject):
    """Runs an `ExportChoice` in the thread pool (data and pictures alike: 100,000 events take seconds),
    with a progress dialog that can cancel it. `finished(path, error)` comes when an export ends,
    `cancelled(path)` when the user stopped one (no file written); either on the GUI thread. A print
    (`print_pages`) runs the same way and ends with `printed(pages, error)` or `printCancelled()`."""

    finished = Signal(str, str)
    cancelled = Signal(str)
    printed = Signal(int, str)  # pages painted (0 on an error), error ("" when printed)
    printCancelled = Signal()

    # The progress dialog shows once an export has run this long: a short one finishes without a flash.
    SHOW_PROGRESS_AFTER_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[_Export] = []
        self._dialogs: dict[str, QProgressDialog] = {}  # by path, while its export runs
        self._prints: dict[str, _PrintRun] = {}  # by key, while a print runs
        self._print_count = 0

    def run(self, choice: ExportChoice, timeline: Timeline, hidden_sources: frozenset[str],
            visible_range: tuple[dt.date, dt.date] | None) -> None:
        hidden = frozenset(hidden_sources) if choice.visible_only else frozenset()
        if choice.fmt in IMAGE_FORMATS:
            shown = starred_only(timeline) if choice.starred_only else timeline

            def work(report: StepProgress) -> None:
                export_image(shown, choice.path, choice.fmt, hidden_sources=hidden, whole=choice.whole,
                             visible_range=visible_range, page_size=choice.page_size, progress=report)
        else:
            from timeline_app.core import publish

            fmt = publish.FORMATS[choice.fmt]
            sources = (frozenset(d.id for d in timeline.documents if d.id not in hidden) if choice.visible_only
                       else None)
            options = publish.ExportOptions(sources=sources, starred_only=choice.starred_only,
                                            group_by=choice.group_by)

            def work(report: StepProgress) -> bytes:
                return fmt.write(timeline, dataclasses.replace(options, progress=report))
        self._start(_Export(work, choice.path), f"Exporting to {visible_path(Path(choice.path).name)}…", "Export")

    def print_pages(self, printer, timeline: Timeline, hidden_sources: frozenset[str], whole: bool,
                    visible_range: tuple[dt.date, dt.date] | None) -> None:
        """Paint the pages onto `printer` (set up by the print dialog) in the thread pool: measuring and laying
        out 100,000 events takes seconds, which froze the window when painted on its thread. The printer
        is the job's alone until `printed` or `printCancelled`."""
        self._print_count += 1
        key = f"print:{self._print_count}"  # never a path: a print writes no file of its own
        run = _PrintRun(printer)
        hidden = frozenset(hidden_sources)

        def work(report: StepProgress) -> None:
            run.pages = paint_pages(printer, timeline, hidden_sources=hidden, whole=whole,
                                    visible_range=visible_range, progress=report)

        self._prints[key] = run
        self._start(_Export(work, key), "Printing the timeline…", "Print")

    def _start(self, job: _Export, label: str, title: str) -> None:
        job.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        job.signals.done.connect(self._data_done, Qt.ConnectionType.QueuedConnection)
        job.signals.stopped.connect(self._stopped, Qt.ConnectionType.QueuedConnection)
        self._dialogs[job.path] = self._progress_dialog(job, label, title)
        self._running.append(job)
        job.setAutoDelete(False)
        QThreadPool.globalInstance().start(job)

    def _progress_dialog(self, job: _Export, label: str, title: str) -> QProgressDialog:
        parent = self.parent()
        dialog = QProgressDialog(label, "Cancel", 0, 0, parent if isinstance(parent, QWidget) else None)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(self.SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)  # closed when the file is written, not when the last event is
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel.set)  # the writer stops at its next report
        dialog.setValue(0)  # starts the clock of the minimum duration
        return dialog

    @Slot(str, int, int)
    def _progress(self, path: str, done: int, total: int) -> None:
        dialog = self._dialogs.get(path)
        if dialog is not None and not dialog.wasCanceled():
            if dialog.maximum() != total:
                dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

    def _end(self, path: str) -> None:
        self._running = [j for j in self._running if j.path != path]
        dialog = self._dialogs.pop(path, None)
        if dialog is not None:
            dialog.reset()  # stops the timer that would show it after SHOW_PROGRESS_AFTER_MS
            dialog.hide()
            dialog.deleteLater()

    @Slot(str, str)
    def _data_done(self, path: str, error: str) -> None:
        self._end(path)
        run = self._prints.pop(path, None)
        if run is not None:
            self.printed.emit(0 if error else run.pages, error)
        else:
            self.finished.emit(path, error)

    @Slot(str)
    def _stopped(self, path: str) -> None:
        self._end(path)
        if self._prints.pop(path, None) is not None:
            self.printCancelled.emit()
        else:
            self.cancelled.emit(path)

    def cancel(self) -> None:
        """Stop every export still running, data and pictures alike (MainWindow.closeEvent: a closed window
        leaves no export busy in the thread pool). Each stops at its next progress report and writes nothing."""
        for job in self._running:
            job.cancel.set()

    def printing(self) -> bool:
        """Whether a print is still being painted and can be stopped (closing the window would drop it): not one
        already sending its recorded pages to the printer, which ends by itself."""
        return any(job.path in self._prints and not job.ended.is_set() and not job.unstoppable.is_set()
                   for job in self._running)

    def wait(self, seconds: float) -> bool:
        """Block until every running job that can still stop has returned, at most `seconds` in all: after
        `cancel`, each stops at its next progress report. A print past its last report is not waited for (it
        ends by itself: `hand_over`). Returns whether all waited for have ended."""
        deadline = time.monotonic() + seconds
        return all(job.ended.wait(max(0.0, deadline - time.monotonic())) for job in list(self._running)
                   if not (job.path in self._prints and job.unstoppable.is_set()))

    def hand_over(self) -> None:
        """Keep the jobs still running alive after this exporter (the window closes): the pool thread runs
        each to its end, a print on its QPrinter, which must not be freed under it; `wait_for_jobs` at the
        application's exit lets them finish. Each is let go as it ends (`_Export.run`)."""
        with _OUTLIVING_LOCK:  # a job ending meanwhile is either not taken or taken and then let go
            _OUTLIVING.extend(job for job in self._running if not job.ended.is_set())


# Jobs whose exporter went before they ended (`Exporter.hand_over`), each held until it ends (a window closed and
# opened again all day must not keep every print it handed over, nor what their work held).
_OUTLIVING: list[_Export] = []
_OUTLIVING_LOCK = threading.Lock()


def wait_for_jobs() -> None:
    """At the application's exit: let the exports and prints still running end (a print already sending its
    pages to the printer cannot stop: quitting under it would cut the job short)."""
    if _OUTLIVING:
        QThreadPool.globalInstance().waitForDone()


@dataclass
class _PrintRun:
    printer: object  # the QPrinter the job paints on: kept alive until the job has ended
    pages: int = 0


def print_timeline(parent: QWidget, exporter: Exporter, timeline: Timeline, hidden_sources: frozenset[str],
                   visible_range: tuple[dt.date, dt.date] | None, page_size: str = "A4", printer=None) -> bool:
    """File → Print…: the print dialog, landscape `page_size` proposed; the whole timeline unless the user
    picks "Selection" (the current view). The pages are painted by `exporter` off the GUI thread (its
    `printed` signal says how many). Returns whether printing started (False: the dialog was cancelled).
    `printer`: a QPrinter to use instead of a new one (tests print to a PDF file)."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(page_size))
    printer.setDocName("Timeline")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print Timeline")
    # "Selection" stands for the current view: the one extent choice a print dialog has room for.
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, visible_range is not None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    whole = printer.printRange() != QPrinter.PrintRange.Selection
    exporter.print_pages(printer, timeline, hidden_sources, whole, visible_range)
    return True


def default_dir(path: str) -> str:
    return path if path and os.path.isdir(path) else str(Path.home())
