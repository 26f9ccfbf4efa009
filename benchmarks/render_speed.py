"""Time the image exports (ui/render.py) on synthetic timelines: PNG, SVG and PDF of the whole timeline and of a
one-month view, with the size each comes out at.

    QT_QPA_PLATFORM=offscreen python benchmarks/render_speed.py [N_EVENTS ...]   (default: 100 1000 10000)

File → Export… renders on a worker thread, with progress and Cancel; the picture stays bounded: the whole
timeline grows to at most render.MAX_IMAGE_WIDTH pixels or render.MAX_PAGES pages, whatever the number of
events (the time, though, grows with the labels measured and laid out: `export_speed.py --images`). Prints seconds per export; nothing is asserted.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402

from benchmarks.timeline_speed import make_timeline  # noqa: E402
from timeline_app.ui.render import export_image  # noqa: E402


def main(sizes: list[int]) -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            timeline = make_timeline(n)
            mid = timeline.events[len(timeline.events) // 2].first
            view = (mid, mid + dt.timedelta(days=30))
            for whole in (True, False):
                for fmt in ("png", "svg", "pdf"):
                    out = Path(tmp) / f"{n}-{whole}.{fmt}"
                    start = time.perf_counter()
                    export_image(timeline, out, fmt, whole=whole, visible_range=None if whole else view)
                    seconds = time.perf_counter() - start
                    extra = ""
                    if fmt == "png":
                        image = QImage(str(out))
                        extra = f", {image.width()}×{image.height()} px"
                    elif fmt == "pdf":
                        extra = f", {out.read_bytes().count(b'/Type /Page') - out.read_bytes().count(b'/Type /Pages')} pages"
                    print(f"{n:>6} events  {'whole' if whole else 'month'}  {fmt}: {seconds:6.2f} s, "
                          f"{out.stat().st_size / 1e6:.2f} MB{extra}", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 10000])
