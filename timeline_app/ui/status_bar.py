"""The window's status bar: a message too long for its room is shortened in the middle, whole in a tooltip.

QStatusBar cuts a long message off at its right end ("…; 3 could not be read: a-very-long-na" at 640 px, the
names of the files that failed lost). Here the message is shown by a label of the bar's own (the room Qt's
layout gives it, left of the permanent widgets), elided in the middle to the label's width, so both its start
(what happened) and its end (the last name) stay; hovering it shows the whole of it, escaped. The message
itself is unchanged: currentMessage() and messageChanged say the whole of what was shown.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from timeline_app.ui.text import plain_tooltip


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = ""
        self._label = QLabel(self)
        self._label.setObjectName("statusMessage")
        self._label.setTextFormat(Qt.TextFormat.PlainText)  # a file name or an OS message is never markup
        # Ignored: the label takes the room the layout has, never asks for its text's width.
        self._label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._label.installEventFilter(self)
        self.addWidget(self._label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def showMessage(self, message: str, timeout: int = 0) -> None:  # noqa: N802
        """As QStatusBar.showMessage (`timeout` ms, 0: until replaced), shown by the label, elided to fit."""
        if timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        if message == self._message:
            return
        self._message = message
        self._show()
        self.messageChanged.emit(message)

    def clearMessage(self) -> None:  # noqa: N802
        self.showMessage("")

    def currentMessage(self) -> str:  # noqa: N802
        return self._message

    def shownMessage(self) -> str:  # noqa: N802
        """The message as it reads on screen: whole, or shortened in the middle to fit the label."""
        return self._label.text()

    def messageRect(self) -> QRect:  # noqa: N802
        """Where the message is shown (the label), in the bar's coordinates."""
        return self._label.geometry()

    def _show(self) -> None:
        width = max(self._label.contentsRect().width(), 0)
        shown = self._label.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideMiddle, width)
        self._label.setText(shown)
        self._label.setToolTip(plain_tooltip(self._message) if shown != self._message else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._label and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._show()  # the room changed: elide the whole message again
        return super().eventFilter(watched, event)
