"""Starting the window: the QApplication, its identity for QSettings, and the --screenshot mode."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.core.model import Event

ORGANIZATION = "timeline-app"
APPLICATION = "timeline-app"


def _needs_offscreen() -> bool:
    """True when no display server is reachable, so a screenshot must render offscreen."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def run_gui(paths: Sequence[str], screenshot: str | None = None, qt_options: Sequence[str] = (),
            project: str | os.PathLike | None = None) -> int:
    """Open the main window on `paths` (the bundled seeds when empty), or on the project file `project`; with
    `screenshot`, save a PNG and exit. `qt_options` are Qt's own command-line options (`-style Fusion`,
    `-reverse`), handed to QApplication."""
    # Python's cyclic garbage collector waits until the window is painted: while PySide, the window's modules
    # and their classes load, it would run dozens of passes, each walking every object made so far (~10 ms
    # of the first paint; issue 10, item 5), and start-up leaves no cyclic garbage worth collecting.
    # The one pause of core/collector.py: a load that starts meanwhile and pauses it too (merging) keeps it
    # off until both have ended.
    from timeline_app.core.collector import pause

    resume_collector = pause()
    try:
        return _run_gui(paths, screenshot, qt_options, project, resume_collector)
    finally:
        resume_collector()


def _run_gui(paths: Sequence[str], screenshot: str | None, qt_options: Sequence[str],
             project: str | os.PathLike | None, resume_collector: Callable[[], None]) -> int:
    platform_given = any(o.lstrip("-").partition("=")[0] == "platform" for o in qt_options)
    if screenshot and _needs_offscreen() and not platform_given:
        # Must happen before the QApplication exists: the platform plugin is chosen at construction.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.bundled import seeds_dir
    from timeline_app.ui.first_paint import after_first_paint
    from timeline_app.ui.main_window import RESOURCES, MainWindow

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain("timeline-app.invalid")
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName(APPLICATION)
    app = QApplication.instance() or QApplication([*sys.argv[:1], *qt_options])
    icon = RESOURCES / "timeline-app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    # A project opens from its file (no re-extraction); openPaths knows a project file by its content.
    targets = [str(project)] if project is not None else [str(p) for p in paths] or [str(seeds_dir())]
    if screenshot:
        resume_collector()  # loads everything before it shows anything: nothing to wait for
        import tempfile  # only here: the window's start-up does without it

        # A throwaway settings file: the picture must not depend on, or change, the user's saved layout.
        with tempfile.TemporaryDirectory(prefix="timeline-shot-") as tmp:
            QCoreApplication.setApplicationVersion(app_version())
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(settings=settings)
            code = _screenshot(app, window, targets, screenshot)
            window.deleteLater()
            del settings
            return code

    window = MainWindow()

    def after_showing() -> None:
        # Work the first paint does not need waits for it: loading (its thread imports the tagger, holding
        # the GIL much of the time) and the version (importlib.metadata costs tens of milliseconds).
        resume_collector()
        QCoreApplication.setApplicationVersion(app_version())
        window.openPaths(targets)

    probing = bool(os.environ.get("TIMELINE_APP_STARTUP_PROBE"))
    # The fallback is for a window never painted; a probed one always is, perhaps slowly (under valgrind), and
    # the work after the paint must not run before it there either.
    after_first_paint(window, after_showing, **({"fallback_ms": 600_000} if probing else {}))
    if probing:  # benchmarks/startup.py: report the paint times, quit
        from timeline_app.ui.startup_probe import probe_window

        # Watched after `after_showing`: Qt asks the last installed event filter first, so the probe reports
        # the paint before the version and the loader's start run (they are not part of the first paint).
        probe_window(window, window.timelineLoaded, window.timeline.viewport())
    window.statusBar().showMessage("Loading…")  # the first frame already says what comes next
    window.show()
    code = app.exec()
    from timeline_app.ui.export_dialog import wait_for_jobs

    wait_for_jobs()  # a print the closed window handed over still sends its pages
    return code


def showcase_row(events: Sequence[Event | None], news_from: int | None = None) -> int:
    """The row a picture of the window should select: among the events of the news the timeline opens on (from
    the ordinal day `news_from`; all when None), the one most sources report, a dated one before an inferred
    one, then the one with most mentions, then the first in date order. The picture is about the source links:
    the lead of the news shows them best, not a background date (World War II beside a visit in 2024) nor an
    inferred one-source aside that merely comes first."""
    best, best_key = 0, None
    for row, event in enumerate(events):
        if event is None or (news_from is not None and event.first.toordinal() < news_from):
            continue
        key = (len(event.sources), not event.inferred, len(event.mentions))
        if best_key is None or key > best_key:
            best, best_key = row, key
    return best


def _screenshot(app, window, targets: list[str], out: str) -> int:
    window.resize(1400, 900)
    window.loadNow(targets)
    if window.proxy.rowCount():
        focus = window.timeline.newsRange()
        lo = focus.lo if focus is not None and not focus.everything else None
        window.selectEventRow(showcase_row([window.proxy.event_at(row) for row in range(window.proxy.rowCount())], lo))
        # Show the reader too, opened at the first passage: that's the source link the picture is about.
        passages = window.detail.passages()
        if passages:
            window.detail.activatePassage(0)
    window.show()
    for _ in range(5):  # let layouts and the timeline settle before grabbing
        app.processEvents()
    image = window.grab()
    target = Path(out)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"timeline-app: cannot create {target.parent}: {exc}", file=sys.stderr)
        return 2
    ok = image.save(str(target), "PNG")
    window.loader.shutdown()
    window.hide()
    if not ok:
        print(f"timeline-app: could not save the screenshot to {target}", file=sys.stderr)
        return 2
    print(f"Saved {target} ({image.width()}×{image.height()})")
    return 0


def app_version() -> str:
    """The installed package's version (Help → About, QCoreApplication), or 0.1.0 in a bare source tree."""
    try:
        from importlib.metadata import version

        return version("timeline-app")
    except Exception:  # noqa: BLE001 - running from a source tree without metadata
        return "0.1.0"
