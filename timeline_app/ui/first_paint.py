"""Run something once a window has been painted for the first time.

Start-up work that the first paint does not need (loading the articles, which imports the tagger on the
loader thread and holds the GIL for much of that) starts only after the window is on screen, so it never
delays the window appearing (issue 10, item 5).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches `widget`'s events until it gets its first Paint event, then calls `callback` once the event
    loop is idle again (the whole paint pass, children included, has finished: a widget is painted before
    its children). A window that is never painted (started minimised, or on a platform that never exposes
    it) still gets `callback` after `fallback_ms`.

    The filter is on `widget` alone, not on the application: an application-wide Python filter is called
    for every event of every object before the first paint (~1,100 of them), and handing it each watched
    object makes PySide build the Python classes of whatever it meets (QStyle and every QObject subclass it
    might be, with all their enums), tens of milliseconds of a start-up that is itself being timed."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__()  # no parent: owned by _WATCHING until it fires or its widget is destroyed
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start(fallback_ms)
        widget.destroyed.connect(self._widget_destroyed)
        _WATCHING.add(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and watched is self._widget:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)  # after the whole paint pass, not at its first widget
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        self._forget()
        if callback is not None:
            callback()

    def _widget_destroyed(self, *_args) -> None:
        self._widget = None  # its event filters go with it
        self._forget()

    def _forget(self) -> None:
        self._callback = None
        widget, self._widget = self._widget, None
        if widget is not None:
            widget.removeEventFilter(self)
        self._fallback.stop()
        _WATCHING.discard(self)


_WATCHING: set[_FirstPaint] = set()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = 1000) -> None:
    """Call `callback` once `widget` has first been painted (or after `fallback_ms` if it never is)."""
    _FirstPaint(widget, callback, fallback_ms)
