"""The window as a journalist on deadline uses it, step by step, with a PNG of the window after each step.

    QT_QPA_PLATFORM=offscreen python benchmarks/journalist_walk.py OUT_DIR [--folder DIR]

Opens the seeds, then a small folder (tests/core/fixtures/fresh4 unless told), selects an event, reads its
sources, follows a passage to its article, hides a source, searches, zooms to a decade and to a day, corrects
a date and a title, merges two events and splits one, undoes and redoes, saves a project, reopens it, and
exports every format into OUT_DIR. Not a test: it is what a person looks at (open every PNG) to find the
frictions a user would notice.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from window_walk import spin_events  # noqa: E402


class Walk:
    def __init__(self, out: Path) -> None:
        from timeline_app.ui.main_window import MainWindow

        self.app = QApplication.instance() or QApplication(sys.argv)
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(out / "walk.ini"), QSettings.Format.IniFormat)
        settings.clear()
        self.window = MainWindow(settings=settings)
        self.window.resize(1400, 900)
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        self.step = 0

    def spin(self, until=None, ms: int = 150, timeout_ms: int = 120_000) -> None:
        spin_events(self.app, until, ms, timeout_ms)

    def shot(self, name: str, widget=None) -> None:
        self.step += 1
        path = self.out / f"{self.step:02d}-{name}.png"
        (widget or self.window).grab().save(str(path))
        w = self.window
        print(f"{path.name}: title={w.windowTitle()!r} status={w.statusBar().currentMessage()!r} "
              f"count={w.match_label.text()!r}", flush=True)

    def load(self, paths: list[str]) -> None:
        w = self.window
        loaded: list[bool] = []
        w.timelineLoaded.connect(lambda *_: loaded.append(True))
        w.openPaths(paths, confirm=False)
        self.spin(lambda: bool(loaded))

    def run(self, folder: Path) -> None:
        w = self.window
        view = w.timeline
        w.editing.ask_unsaved = lambda doing: "discard"
        self.load([str(ROOT / "seeds")])
        self.shot("seeds")
        self.load([str(folder)])
        self.shot("fresh4")
        print("events:", [(e.title, str(e.first)) for e in w.events.rowEvents()][:40])
        # Select an event with two or more passages (to read, merge and split).
        rows = w.events.rowEvents()
        many = max(range(len(rows)), key=lambda r: len(rows[r].mentions))
        w.selectEventRow(w.proxy.mapFromSource(w.events.index(many, 0)).row())
        self.spin()
        self.shot("select-event")
        self.shot("detail-pane", w.detail)
        w.detail.activatePassage(1)
        self.spin()
        self.shot("follow-passage")
        # Hide a source.
        sources = w.source_widget
        index = sources.view.model().index(0, 0)
        sources.view.model().setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        self.spin()
        self.shot("hide-source")
        sources.view.model().setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        # Search.
        w.focusSearch()
        QTest.keyClicks(w.search, "volcano")
        self.spin(lambda: w.search_runner.isSettled())
        self.shot("search")
        QTest.keyClick(w.search, Qt.Key.Key_Escape)
        self.spin(lambda: w.search_runner.isSettled())
        # Zoom: a decade, then a day.
        view.fitAll()
        self.spin()
        self.shot("fit-all")
        if hasattr(view, "setVisibleRange"):
            view.setVisibleRange(dt.date(2015, 1, 1), dt.date(2025, 1, 1))
            self.spin()
            self.shot("decade")
        for _ in range(12):
            QTest.keyClick(view, Qt.Key.Key_Plus)
        self.spin()
        self.shot("zoomed-in-day")
        view.fitAll()
        # Correct a date and a title.
        w.selectEventRow(0)
        self.spin()
        w.editing.edit_action.trigger()
        self.spin()
        dialog = w.editing.dialog
        self.shot("edit-dialog", dialog)
        dialog.title.setText("Corrected title by the desk")
        dialog.date.setText("3 March 2024")
        self.spin()
        self.shot("edit-dialog-typed", dialog)
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)
        self.spin()
        self.shot("after-edit")
        # Merge two events.
        w.selectEventRow(1)
        self.spin()
        w.editing.merge_action.trigger()
        self.spin()
        dialog = w.editing.dialog
        self.shot("merge-dialog", dialog)
        if dialog.list.count():
            item = dialog.list.item(0)
            item.setCheckState(Qt.CheckState.Checked)
            self.spin()
            self.shot("merge-dialog-chosen", dialog)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        self.spin()
        self.shot("after-merge")
        # Split one: the merged event, first passage.
        event = w.selectedEvent()
        if event is not None and len(event.mentions) > 1:
            w.editing._fill_split_menu()
            actions = [a for a in w.editing.split_menu.actions() if a.isEnabled()]
            print("split menu:", [a.text() for a in actions])
            actions[-1].trigger()
            self.spin()
            self.shot("after-split")
        w.editing.undo_action.trigger()
        self.spin()
        self.shot("undo")
        w.editing.redo_action.trigger()
        self.spin()
        self.shot("redo")
        # Save a project, reopen it.
        project = self.out / "desk.timeline"
        w.editing.saveAs(str(project), wait=True)
        self.spin()
        self.shot("saved")
        w.editing.openProject(str(project), wait=True)
        self.spin()
        self.shot("reopened")
        print("after reopen:", [(e.title, str(e.first)) for e in w.events.rowEvents()][:10])
        # Export every format.
        from timeline_app.ui.export_dialog import ExportDialog

        dialog = ExportDialog(str(self.out), w)
        dialog.show()
        self.spin()
        self.shot("export-dialog", dialog)
        keys = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
        dialog.close()
        for key in keys:
            dialog = ExportDialog(str(self.out), w)
            dialog.setFormat(key)
            dialog.path_edit.setText(str(self.out / f"export-{key}"))
            choice = dialog.choice()
            done: list[str] = []
            w._exporter().finished.connect(lambda path, err, done=done: done.append(err or "ok"))
            w.runExport(choice)
            self.spin(lambda: bool(done), timeout_ms=60_000)
            print(f"export {key}: {done} -> {choice.path}", flush=True)
        self.shot("exported")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--folder", type=Path, default=ROOT / "tests/core/fixtures/fresh4")
    args = parser.parse_args()
    walk = Walk(args.out)
    walk.run(args.folder)
    walk.window.loader.shutdown()
    walk.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
