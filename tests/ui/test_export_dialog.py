"""File → Export… and Print…: the dialog's choices, pictures written from the window, data off the GUI thread."""
from __future__ import annotations

import dataclasses
import sys
import threading
import types
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from timeline_app.ui.export_dialog import ExportChoice, ExportDialog, Exporter
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path, sample_timeline):
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.applyTimeline(sample_timeline, ["/articles"])
    yield w
    w.loader.shutdown()


def _svg_titles(path) -> str:
    root = ET.parse(path).getroot()
    return " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))


def test_dialog_offers_the_picture_formats_and_adapts_to_the_choice(qtbot, tmp_path):
    dialog = ExportDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    keys = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert {"png", "svg", "pdf"} <= set(keys)
    dialog.setFormat("pdf")
    assert dialog.page_box.isEnabled() and dialog.view_button.isEnabled()
    assert dialog.path_edit.text().endswith(".pdf")
    dialog.setFormat("svg")
    assert not dialog.page_box.isEnabled()
    dialog.view_button.setChecked(True)
    dialog.starred_box.setChecked(True)
    choice = dialog.choice()
    assert (choice.fmt, choice.whole, choice.starred_only, choice.path.endswith(".svg")) == ("svg", False, True,
                                                                                             True)


def test_file_menu_has_export_and_print(window):
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_action in file_menu.actions() and window.print_action in file_menu.actions()


def test_window_exports_what_the_user_sees(qtbot, window, tmp_path):
    window.sources.set_hidden({"gamma"})
    out = tmp_path / "seen.svg"
    with qtbot.waitSignal(window.statusBar().messageChanged,
                          timeout=5000, check_params_cb=lambda m: m.startswith("Exported")):
        window.runExport(ExportChoice("svg", "svg", str(out)))
    text = _svg_titles(out)
    assert "President hosts his guest in the capital" in text
    assert "G7 summit" not in text  # only the unchecked source reports it


def test_starred_only_and_every_source(qtbot, window, tmp_path, sample_timeline):
    starred = dataclasses.replace(sample_timeline, events=tuple(
        dataclasses.replace(e, starred=e.id == "e7") for e in sample_timeline.events))
    window.applyTimeline(starred, ["/articles"])
    window.sources.set_hidden({"gamma"})
    out = tmp_path / "starred.svg"
    with qtbot.waitSignal(window.statusBar().messageChanged,
                          timeout=10_000, check_params_cb=lambda m: m.startswith("Exported")):
        window.runExport(ExportChoice("svg", "svg", str(out), visible_only=False, starred_only=True))
    text = _svg_titles(out)
    assert "He flies on to Hanoi" in text and "Korean War" not in text


def test_a_failed_export_says_so(qtbot, window, tmp_path):
    messages = []
    window.exporter = Exporter(window)
    window.exporter.finished.connect(lambda path, error: messages.append(error))
    window.runExport(ExportChoice("png", "png", str(tmp_path / "missing" / "x.png")))
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "no such folder" in messages[0]


def test_data_formats_are_written_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    threads = []

    def write(timeline, options):
        threads.append(threading.current_thread())
        return f"{len(timeline.events)} events, sources {sorted(options.sources)}".encode()

    @dataclasses.dataclass(frozen=True)
    class Options:
        sources: frozenset | None = None
        starred_only: bool = False
        group_by: str = "source"
        progress: object = None

    fake = types.ModuleType("timeline_app.core.publish")
    fake.FORMATS = {"txt": types.SimpleNamespace(key="txt", label="Plain text", suffix="txt", write=write)}
    fake.ExportOptions = Options
    monkeypatch.setitem(sys.modules, "timeline_app.core.publish", fake)
    import timeline_app.core as core_package
    monkeypatch.setattr(core_package, "publish", fake, raising=False)

    dialog = ExportDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.setFormat("txt")
    assert not dialog.view_button.isEnabled()
    window.sources.set_hidden({"gamma"})
    out = tmp_path / "events.txt"
    exporter = Exporter(window)
    with qtbot.waitSignal(exporter.finished, timeout=5000) as blocker:
        exporter.run(ExportChoice("txt", "txt", str(out)), window.events.timeline(), window.sources.hidden(), None)
    assert blocker.args == [str(out), ""]
    assert out.read_text() == "7 events, sources ['alpha', 'beta']"
    assert threads and threads[0] is not threading.main_thread()


def test_the_real_data_formats_are_offered_and_written(qtbot, window, tmp_path):
    from timeline_app.core.publish import FORMATS

    dialog = ExportDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    keys = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert keys == [*FORMATS, "png", "svg", "pdf"]
    dialog.setFormat("csv")
    assert dialog.path_edit.text().endswith(".csv") and not dialog.view_button.isEnabled()
    window.sources.set_hidden({"gamma"})
    out = tmp_path / "events.csv"
    exporter = Exporter(window)
    with qtbot.waitSignal(exporter.finished, timeout=10_000) as blocker:
        exporter.run(ExportChoice("csv", "csv", str(out)), window.events.timeline(), window.sources.hidden(), None)
    assert blocker.args == [str(out), ""]
    text = out.read_text(encoding="utf-8")
    assert "President hosts his guest in the capital" in text and "G7 summit" not in text


def _pdf_printer(path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize("selection, pages", [(False, "many"), (True, 1)])
def test_print_prints_the_whole_timeline_or_with_selection_the_current_view(qtbot, tmp_path, monkeypatch,
                                                                             selection, pages):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog, QWidget

    from timeline_app.ui.export_dialog import print_timeline

    from .test_render import _crowded

    def accept(dialog):
        if selection:
            dialog.printer().setPrintRange(QPrinter.PrintRange.Selection)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    printer = _pdf_printer(tmp_path / "printed.pdf")
    parent = QWidget()
    qtbot.addWidget(parent)
    exporter = Exporter(parent)
    timeline = _crowded(400)
    with qtbot.waitSignal(exporter.printed, timeout=20_000) as blocker:
        assert print_timeline(parent, exporter, timeline, frozenset(),
                              (timeline.events[40].first, timeline.events[70].first), printer=printer)
    printed, error = blocker.args
    assert not error
    assert printed > 1 if pages == "many" else printed == pages
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_cancelled_print_prints_nothing(qtbot, monkeypatch, sample_timeline):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog, QWidget

    from timeline_app.ui.export_dialog import print_timeline

    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    parent = QWidget()
    qtbot.addWidget(parent)
    exporter = Exporter(parent)
    assert not print_timeline(parent, exporter, sample_timeline, frozenset(), None)
    assert not exporter._running


def test_a_long_print_paints_off_the_gui_thread_with_progress_and_cancel(qtbot, window, tmp_path, monkeypatch):
    """File → Print… painted every page on the GUI thread under a busy cursor: with many events the window
    froze, and nothing could stop it."""
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog, QPushButton

    from timeline_app.ui import export_dialog

    from .test_render import _crowded

    monkeypatch.setattr(Exporter, "SHOW_PROGRESS_AFTER_MS", 0)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    gate, threads = threading.Event(), []
    real = export_dialog.paint_pages

    def held_paint(device, timeline, **kwargs):
        threads.append(threading.current_thread())
        report = kwargs.pop("progress")

        def held(done: int, total: int) -> None:
            report(done, total)  # the window's: shows the count, raises Cancelled once cancelled
            if done:
                assert gate.wait(5)  # on the GUI thread (as it was) the test cannot open it: it fails

        return real(device, timeline, progress=held, **kwargs)

    monkeypatch.setattr(export_dialog, "paint_pages", held_paint)
    window.applyTimeline(_crowded(3000), ["/articles"])
    messages = []
    window.statusBar().messageChanged.connect(messages.append)

    _print_to_pdf(monkeypatch, tmp_path / "printed.pdf")
    window.print_action.trigger()
    # The window is free while the pages are painted: the GUI thread shows the progress the painter reports.
    qtbot.waitUntil(lambda: _progress_dialog(window) is not None and _progress_dialog(window).isVisible()
                    and _progress_dialog(window).value() > 0, timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    dialog = _progress_dialog(window)
    assert "Printing" in dialog.labelText()
    with qtbot.waitSignal(window.exporter.printCancelled, timeout=20_000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        gate.set()
    assert "Printing cancelled" in messages and not any(m.startswith("Printed") for m in messages)
    qtbot.waitUntil(lambda: _progress_dialog(window) is None, timeout=5000)
    assert not (tmp_path / "printed.pdf").exists()  # the pages painted before Cancel were not printed


def _held_print(window, monkeypatch, tmp_path, threads, release):
    """Print… to tmp_path/printed.pdf, held after its first page until `release(job)` (an Event) is set."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    from timeline_app.ui import export_dialog

    from .test_render import _crowded

    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    real = export_dialog.paint_pages

    def held_paint(device, timeline, **kwargs):
        job = window.exporter._running[-1]
        report = kwargs.pop("progress")

        def held(done: int, total: int) -> None:
            report(done, total)
            if done > 3 * total // 4 and not threads:  # painting its pages
                threads.append(threading.current_thread())
                assert release(job).wait(5)
                report(done, total)  # raises Cancelled once cancelled

        return real(device, timeline, progress=held, **kwargs)

    monkeypatch.setattr(export_dialog, "paint_pages", held_paint)

    _print_to_pdf(monkeypatch, tmp_path / "printed.pdf")
    window.applyTimeline(_crowded(400), ["/articles"])
    window.print_action.trigger()


def test_closing_the_window_during_a_print_asks_then_stops_it_and_waits(qtbot, window, tmp_path, monkeypatch):
    """Closing the window mid-print cancelled it without a word, and nothing waited for the pool thread (which
    then printed the pages painted so far)."""
    threads, asked = [], []
    _held_print(window, monkeypatch, tmp_path, threads, lambda job: job.cancel)
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)
    jobs = list(window.exporter._running)
    window.ask_stop_printing = lambda: asked.append(True) or True
    assert window.close()
    assert asked and jobs and all(job.ended.is_set() for job in jobs)  # the pool thread is done
    assert not (tmp_path / "printed.pdf").exists()


def test_closing_the_window_during_a_print_can_keep_printing(qtbot, window, tmp_path, monkeypatch):
    threads, gate = [], threading.Event()
    _held_print(window, monkeypatch, tmp_path, threads, lambda job: gate)
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)
    window.ask_stop_printing = lambda: False
    assert not window.close()  # the window stays, its print goes on
    with qtbot.waitSignal(window.exporter.printed, timeout=20_000) as blocker:
        gate.set()
    assert blocker.args[0] > 1 and not blocker.args[1]
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_file_export_runs_the_dialogs_choice(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "from-menu.pdf"

    def choose(dialog):
        dialog.setFormat("pdf")
        dialog.page_box.setCurrentText("A3")
        dialog.view_button.setChecked(True)
        dialog.path_edit.setText(str(out.with_suffix("")))  # the suffix is added
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=5000,
                          check_params_cb=lambda m: m.startswith("Exported")):
        window.export_action.trigger()
    assert out.read_bytes().startswith(b"%PDF")


def test_timelinejs_rows_follow_the_dialogs_grouping(qtbot, window, tmp_path):
    import json

    dialog = ExportDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    assert not dialog.group_box.isEnabled()  # a picture has no rows to group
    dialog.setFormat("timelinejs")
    assert dialog.group_box.isEnabled()
    dialog.group_box.setCurrentIndex(dialog.group_box.findData("kind"))
    dialog.path_edit.setText(str(tmp_path / "story"))
    choice = dialog.choice()
    assert (choice.fmt, choice.group_by, choice.path) == ("timelinejs", "kind", str(tmp_path / "story.json"))
    exporter = Exporter(window)
    timeline = window.events.timeline()
    with qtbot.waitSignal(exporter.finished, timeout=10_000) as blocker:
        exporter.run(choice, timeline, frozenset(), None)
    assert blocker.args == [choice.path, ""]
    groups = {slide["group"] for slide in json.loads((tmp_path / "story.json").read_text())["events"]}
    titles = {d.title for d in timeline.documents}
    # every row is a kind of event, none an article's title (the default grouping)
    assert groups and not groups & titles
    assert groups == {(e.kind or "other").capitalize() for e in timeline.events}


def _held_format(monkeypatch, key: str, hold_at: int, gate: threading.Event, threads: list) -> None:
    """publish.FORMATS[key] whose export, once it has reported `hold_at` events, waits for `gate` (set by
    the test after it has clicked Cancel): the export is still running when Cancel is clicked, however
    fast the machine."""
    from timeline_app.core import publish

    real = publish.FORMATS[key]

    def write(timeline, options):
        threads.append(threading.current_thread())

        def held(done: int, total: int) -> None:
            options.progress(done, total)  # the window's: shows the count, raises Cancelled once cancelled
            if done >= hold_at:
                assert gate.wait(20)

        return real.write(timeline, dataclasses.replace(options, progress=held))

    monkeypatch.setitem(publish.FORMATS, key, dataclasses.replace(real, write=write))


def _progress_dialog(parent):
    from PySide6.QtWidgets import QProgressDialog

    return parent.findChild(QProgressDialog, "exportProgress")


def test_a_long_export_shows_progress_off_the_gui_thread_and_can_be_cancelled(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from benchmarks.export_speed import make_timeline
    from timeline_app.core.publish_common import PROGRESS_EVERY

    monkeypatch.setattr(Exporter, "SHOW_PROGRESS_AFTER_MS", 0)
    gate, threads = threading.Event(), []
    _held_format(monkeypatch, "ics", PROGRESS_EVERY, gate, threads)
    timeline = make_timeline(3000, n_sources=4)
    exporter = Exporter(window)
    stopped, finished = [], []
    exporter.cancelled.connect(stopped.append)
    exporter.finished.connect(lambda path, error: finished.append((path, error)))
    out = tmp_path / "archive.ics"
    exporter.run(ExportChoice("ics", "ics", str(out)), timeline, frozenset(), None)
    # the window is free while the export runs: the GUI thread shows the count the writer reports
    qtbot.waitUntil(lambda: _progress_dialog(window) is not None and _progress_dialog(window).isVisible()
                    and _progress_dialog(window).value() == PROGRESS_EVERY, timeout=20_000)
    dialog = _progress_dialog(window)
    assert dialog.maximum() == 3000 and "archive.ics" in dialog.labelText()
    assert threads and threads[0] is not threading.main_thread()
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: stopped == [str(out)], timeout=20_000)
    assert not finished and not out.exists()  # stopped at its next report: nothing written
    qtbot.waitUntil(lambda: _progress_dialog(window) is None, timeout=5000)


def test_a_data_export_that_fails_to_write_leaves_the_old_file(qtbot, window, tmp_path, monkeypatch):
    from pathlib import Path

    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "events.csv"
    out.write_bytes(b"the old export")

    def disk_full(path, data: bytes) -> int:  # writes part of the file, then the disk is full
        with open(path, "wb") as f:
            f.write(data[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    exporter = Exporter(window)
    with qtbot.waitSignal(exporter.finished, timeout=10_000) as blocker:
        exporter.run(ExportChoice("csv", "csv", str(out)), window.events.timeline(), frozenset(), None)
    assert "No space left" in blocker.args[1]
    assert out.read_bytes() == b"the old export" and [p.name for p in folder.iterdir()] == ["events.csv"]


def test_closing_the_window_cancels_a_running_export(qtbot, window, tmp_path, monkeypatch):
    gate, threads = threading.Event(), []
    _held_format(monkeypatch, "ics", 0, gate, threads)  # held at its first report until the test lets it go
    out = tmp_path / "archive.ics"
    window.runExport(ExportChoice("ics", "ics", str(out)))
    stopped, finished = [], []
    window.exporter.cancelled.connect(stopped.append)
    window.exporter.finished.connect(lambda path, error: finished.append(error))
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)  # running on a pool thread
    assert window.close()
    gate.set()  # the writer goes on to its next report, where the cancel stops it
    qtbot.waitUntil(lambda: stopped == [str(out)], timeout=20_000)
    assert not finished and not out.exists()


def test_progress_follows_an_export_to_its_end(qtbot, window, tmp_path, monkeypatch):
    from benchmarks.export_speed import make_timeline

    monkeypatch.setattr(Exporter, "SHOW_PROGRESS_AFTER_MS", 0)
    timeline = make_timeline(1200, n_sources=3)
    exporter = Exporter(window)
    seen = []
    exporter.run(ExportChoice("markdown", "md", str(tmp_path / "memo.md")), timeline, frozenset(), None)
    from PySide6.QtWidgets import QProgressBar

    _progress_dialog(window).findChild(QProgressBar).valueChanged.connect(seen.append)
    with qtbot.waitSignal(exporter.finished, timeout=30_000) as blocker:
        pass
    assert blocker.args == [str(tmp_path / "memo.md"), ""]
    assert seen and seen[-1] == 1200 and seen == sorted(seen)
    assert (tmp_path / "memo.md").read_text(encoding="utf-8").count("\n## ") == 1200 + 1  # the events, the sources
    qtbot.waitUntil(lambda: _progress_dialog(window) is None, timeout=5000)


def test_the_window_says_an_export_was_cancelled(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    gate, threads = threading.Event(), []
    monkeypatch.setattr(Exporter, "SHOW_PROGRESS_AFTER_MS", 0)
    _held_format(monkeypatch, "csv", 0, gate, threads)  # held at its first report
    out = tmp_path / "events.csv"
    window.runExport(ExportChoice("csv", "csv", str(out)))
    qtbot.waitUntil(lambda: _progress_dialog(window) is not None and _progress_dialog(window).isVisible(),
                    timeout=10_000)
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=10_000,
                          check_params_cb=lambda m: m == "Export cancelled"):
        qtbot.keyClick(_progress_dialog(window), Qt.Key.Key_Escape)  # Escape cancels as the button does
        gate.set()
    assert not out.exists()


def test_a_picture_is_painted_off_the_gui_thread_with_progress_and_can_be_cancelled(qtbot, window, tmp_path,
                                                                                      monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from benchmarks.export_speed import make_timeline
    from timeline_app.ui import export_dialog
    from timeline_app.ui.render import PROGRESS_EVERY

    monkeypatch.setattr(Exporter, "SHOW_PROGRESS_AFTER_MS", 0)
    gate, threads = threading.Event(), []
    real = export_dialog.export_image

    def held_export(*args, progress, **kwargs):
        threads.append(threading.current_thread())

        def held(done: int, total: int) -> None:
            progress(done, total)
            if done >= PROGRESS_EVERY:  # hold the export at its second report until Cancel is clicked
                assert gate.wait(20)

        return real(*args, progress=held, **kwargs)

    monkeypatch.setattr(export_dialog, "export_image", held_export)
    exporter = Exporter(window)
    stopped, finished = [], []
    exporter.cancelled.connect(stopped.append)
    exporter.finished.connect(lambda path, error: finished.append(error))
    folder = tmp_path / "pictures"
    folder.mkdir()
    out = folder / "archive.png"
    out.write_bytes(b"an older picture")
    exporter.run(ExportChoice("png", "png", str(out)), make_timeline(3000, n_sources=4), frozenset(), None)
    qtbot.waitUntil(lambda: _progress_dialog(window) is not None and _progress_dialog(window).isVisible()
                    and _progress_dialog(window).value() == PROGRESS_EVERY, timeout=20_000)
    assert _progress_dialog(window).maximum() == 2 * 3000  # two steps an event (labels, then layout and paint)
    assert threads and threads[0] is not threading.main_thread()
    qtbot.mouseClick(_progress_dialog(window).findChild(QPushButton), Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: stopped == [str(out)], timeout=20_000)
    assert not finished
    assert [p.name for p in folder.iterdir()] == ["archive.png"]  # no half-made picture left
    assert out.read_bytes() == b"an older picture"


def test_a_picture_export_runs_off_the_gui_thread_to_its_end(qtbot, window, tmp_path, monkeypatch):
    from timeline_app.ui import export_dialog

    threads = []
    real = export_dialog.export_image

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_image", watched)
    exporter = Exporter(window)
    (tmp_path / "pictures").mkdir()
    out = tmp_path / "pictures" / "timeline.pdf"
    with qtbot.waitSignal(exporter.finished, timeout=20_000) as blocker:
        exporter.run(ExportChoice("pdf", "pdf", str(out)), window.events.timeline(), frozenset(), None)
    assert blocker.args == [str(out), ""]
    assert out.read_bytes().startswith(b"%PDF") and [p.name for p in out.parent.iterdir()] == ["timeline.pdf"]
    assert threads and threads[0] is not threading.main_thread()


def test_closing_the_window_during_a_print_sending_its_pages_lets_it_end(qtbot, window, tmp_path, monkeypatch):
    """A print past its last report sends its recorded pages and cannot stop: closing did ask "Stop Printing?",
    waited 3 s for nothing and tore down what the pool thread painted with. It is not asked about now; the job
    is handed over (its printer alive) and ends with its pages printed."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    from timeline_app.ui import export_dialog

    from .test_render import _crowded

    gate, sending, asked = threading.Event(), threading.Event(), []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    real = export_dialog.paint_pages

    def held_paint(device, timeline, **kwargs):
        report = kwargs.pop("progress")

        def held(done: int, total: int) -> None:
            report(done, total)
            if done >= total:  # the last report: the pages go to the printer next
                sending.set()
                assert gate.wait(20)

        return real(device, timeline, progress=held, **kwargs)

    monkeypatch.setattr(export_dialog, "paint_pages", held_paint)
    monkeypatch.setattr(export_dialog, "_OUTLIVING", [], raising=False)

    _print_to_pdf(monkeypatch, tmp_path / "printed.pdf")
    window.applyTimeline(_crowded(400), ["/articles"])
    window.print_action.trigger()
    assert sending.wait(20)
    jobs = list(window.exporter._running)
    window.ask_stop_printing = lambda: asked.append(True) or True
    assert not window.exporter.printing()  # nothing to stop any more
    assert window.close()
    assert not asked and jobs and not jobs[0].ended.is_set()
    assert export_dialog._OUTLIVING == jobs  # held past the window's exporter
    gate.set()
    assert jobs[0].ended.wait(20)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000  # every page printed
    assert export_dialog._OUTLIVING == []  # let go once it ended: not held until the application exits


def _print_to_pdf(monkeypatch, path) -> None:
    """What the print dialog is given from now on: a printer writing a PDF file at path, not a real printer."""
    from PySide6 import QtPrintSupport

    class PdfPrinter(QtPrintSupport.QPrinter):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            self.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(path))

    monkeypatch.setattr(QtPrintSupport, "QPrinter", PdfPrinter)
