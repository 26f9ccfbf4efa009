"""Guard against the PySide6 6.12.0 / CPython 3.11 refcount bug.

That release drops a reference to None on every QPainter.drawRect(QRectF) and QImage.fill(); a window that
paints a few thousand items then aborts in none_dealloc. pyproject pins PySide6 < 6.12 on 3.11; this test
fails loudly if an environment gets the bad build anyway. (On 3.12+ None is immortal and the count is fixed.)
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

N = 20_000
NOISE = 100  # other code may legitimately take or drop a few references meanwhile


def test_draw_rect_and_fill_keep_none_alive(qapp) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    before = sys.getrefcount(None)
    for i in range(N // 10):
        image.fill(QColor(Qt.GlobalColor.white) if i % 2 else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setPen(QColor("black"))
        for i in range(N):
            painter.drawRect(QRectF(i % 50, (i // 50) % 50, 10.5, 7.25))
    finally:
        painter.end()
    after = sys.getrefcount(None)
    assert after >= before - NOISE, f"None lost {before - after} references over {N} drawRect + fill calls"
