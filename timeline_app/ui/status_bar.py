"""The window's status bar: a message too long for its room is shortened in the middle, whole in a tooltip.

QStatusBar cuts a long message off at its right end ("…; 3 could not be read: a-very-long-na" at 640 px, the
names of the files that failed lost). Where it does not fit, the message is drawn again over Qt's, elided in the
middle so both its start (what happened) and its end (the last name) stay; hovering it shows the whole of it.
The message itself is unchanged: currentMessage() and messageChanged say what was shown.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QToolTip, QWidget

from timeline_app.ui.text import plain_tooltip


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []  # in the order added: the first shown one bounds the message

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int = 0) -> int:  # noqa: N802
        self._permanent.insert(max(0, min(index, len(self._permanent))), widget)
        return super().insertPermanentWidget(index, widget, stretch)

    def removeWidget(self, widget: QWidget) -> None:  # noqa: N802
        if widget in self._permanent:
            self._permanent.remove(widget)
        super().removeWidget(widget)

    def messageRect(self) -> QRect:  # noqa: N802
        """Where Qt draws the message (QStatusBarPrivate::messageRect): from 6 px in to the first permanent
        widget shown, or the size grip."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left, right = 6, self.width() - 12
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            if rtl:
                left = grip.x() + grip.width()
            else:
                right = grip.x()
        for widget in self._permanent:
            if widget.isVisible():
                if rtl:
                    left = max(left, widget.x() + widget.width() + 2)
                else:
                    right = min(right, widget.x() - 2)
                break
        return QRect(left, 0, right - left, self.height())

    def shownMessage(self) -> str:  # noqa: N802
        """The message as it reads on screen: whole, or shortened in the middle to fit messageRect."""
        message = self.currentMessage()
        if not message:
            return ""
        return self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideMiddle, max(self.messageRect().width(), 0))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        shown = self.shownMessage()
        if shown == self.currentMessage():
            return
        # Qt has drawn the whole message, cut at the right: its place is painted over and the short form drawn.
        from PySide6.QtWidgets import QStyleOption  # only for a message that does not fit

        rect = self.messageRect()
        painter = QPainter(self)
        painter.setClipRect(rect)
        # The bar's background (a style may draw none: the window's shows through), then its panel, if any.
        painter.fillRect(rect, self.palette().color(self.backgroundRole()))
        option = QStyleOption()
        option.initFrom(self)
        style = self.style()
        style.drawPrimitive(style.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextSingleLine, shown)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            message = self.currentMessage()
            if message and self.messageRect().contains(event.pos()) and self.shownMessage() != message:
                QToolTip.showText(event.globalPos(), plain_tooltip(message), self, self.messageRect())
                return True
        return super().event(event)
