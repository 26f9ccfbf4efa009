"""The timeline as PNG, SVG and PDF: files that open in other tools, sized to the timeline, titles as text."""
from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from timeline_app.core.model import Event, Mention, Precision, Timeline
from timeline_app.ui.render import IMAGE_FORMATS, IMAGE_WIDTH, MARGIN, export_image, render_image

from .conftest import make_sample_timeline

MARKUP_TITLE = '<img src="/dev/zero"> G7 & <b>talks</b>'
SVG = "{http://www.w3.org/2000/svg}"


def _with_markup_title(timeline: Timeline) -> Timeline:
    events = tuple(dataclasses.replace(e, title=MARKUP_TITLE) if e.id == "e5" else e for e in timeline.events)
    return dataclasses.replace(timeline, events=events)


def _crowded(days: int) -> Timeline:
    """One event a day for `days` days, each reported by the sample's first source."""
    base = make_sample_timeline()
    mention: Mention = base.events[0].mentions[0]
    start = dt.date(2020, 1, 1)
    events = tuple(Event(id=f"d{i}", title=f"Council meeting number {i}", first=start + dt.timedelta(days=i),
                         last=start + dt.timedelta(days=i), precision=Precision.DAY, mentions=(mention,))
                   for i in range(days))
    return dataclasses.replace(base, events=events)


def _svg_text(path: Path) -> list[str]:
    root = ET.parse(path).getroot()  # raises on anything that is not well-formed XML
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def test_formats_are_the_contracts():
    assert set(IMAGE_FORMATS) == {"png", "svg", "pdf"}


def test_svg_parses_and_holds_the_titles_as_text(qapp, tmp_path):
    timeline = _with_markup_title(make_sample_timeline())
    out = tmp_path / "t.svg"
    export_image(timeline, out, "svg")
    texts = " ".join(_svg_text(out))
    for event in timeline.events:
        assert event.title in texts
    # Article markup stays characters: no element of it in the drawing, the escaped text in the file.
    root = ET.parse(out).getroot()
    assert not any(el.tag.endswith(("img", "b")) for el in root.iter())
    raw = out.read_text(encoding="utf-8")
    assert "&lt;img src=" in raw and "<img" not in raw
    # The legend names the sources, markup included, as text.
    assert "A pact <b>replaces</b> old deals" in texts


def test_hidden_sources_leave_the_picture(qapp, tmp_path):
    out = tmp_path / "t.svg"
    export_image(make_sample_timeline(), out, "svg", hidden_sources=frozenset({"gamma"}))
    texts = " ".join(_svg_text(out))
    assert "G7 summit" not in texts and "He flies on to Hanoi" not in texts  # only gamma reports them
    assert "President hosts his guest in the capital" in texts
    assert "Summit season" not in texts  # gamma's title, gone from the legend too


def _pdf_pages(path: Path) -> list[tuple[int, int, int]]:
    """Each page rendered by PDFium: (width, height, number of pixels that are not white)."""
    import pypdfium2 as pdfium  # a test dependency (pyproject.toml): renders the PDF as a reader would
    document = pdfium.PdfDocument(str(path))
    pages = []
    for i in range(len(document)):
        bitmap = document[i].render(scale=0.5)
        data = bytes(bitmap.buffer)
        step = bitmap.n_channels
        inked = sum(1 for j in range(0, len(data), step * 7) if data[j:j + 3] != b"\xff\xff\xff")
        pages.append((bitmap.width, bitmap.height, inked))
    document.close()
    return pages


@pytest.mark.parametrize("page_size", ["A4", "Letter", "A3"])
def test_pdf_renders_a_landscape_page_with_ink(qapp, tmp_path, page_size):
    out = tmp_path / "t.pdf"
    export_image(make_sample_timeline(), out, "pdf", page_size=page_size)
    pages = _pdf_pages(out)
    assert len(pages) == 1
    width, height, inked = pages[0]
    assert width > height  # landscape
    assert inked > 200


def test_pdf_of_a_crowded_timeline_takes_more_pages_and_the_current_view_one(qapp, tmp_path):
    timeline = _crowded(400)
    whole, view = tmp_path / "whole.pdf", tmp_path / "view.pdf"
    export_image(timeline, whole, "pdf")
    export_image(timeline, view, "pdf", whole=False, visible_range=(dt.date(2020, 3, 1), dt.date(2020, 3, 31)))
    pages = _pdf_pages(whole)
    assert len(pages) > 1 and all(inked > 100 for *_, inked in pages)
    assert len(_pdf_pages(view)) == 1


def _century_then_a_crowd() -> Timeline:
    """A few events over a century, then one a day for two months: the shape of a news story's timeline."""
    base = _crowded(60)
    mention: Mention = base.events[0].mentions[0]
    background = tuple(Event(id=f"y{y}", title=f"Background of {y}", first=dt.date(y, 1, 1), last=dt.date(y, 12, 31),
                             precision=Precision.YEAR, mentions=(mention,)) for y in range(1900, 2000, 12))
    return dataclasses.replace(base, events=background + base.events)


def test_pdf_of_the_whole_timeline_packs_its_rows_onto_pages(qapp, tmp_path):
    # A strip cut into pages took 24 pages (the most there may be), most showing empty decades.
    out = tmp_path / "whole.pdf"
    export_image(_century_then_a_crowd(), out, "pdf")
    pages = _pdf_pages(out)
    assert 1 <= len(pages) <= 3 and all(inked > 100 for *_, inked in pages)


def test_png_of_the_whole_timeline_keeps_its_width_and_wraps_into_rows(qapp, tmp_path):
    # A picture is read where it is used (a page, a slide, an article): it was a strip up to 16,000 px wide.
    sizes = []
    for days in (3, 120, 240):
        out = tmp_path / f"{days}.png"
        export_image(_crowded(days), out, "png")
        image = QImage(str(out))
        assert not image.isNull()
        sizes.append((image.width(), image.height()))
    assert [w for w, _ in sizes] == [IMAGE_WIDTH + 2 * MARGIN] * 3
    assert sizes[0][1] < sizes[1][1] < sizes[2][1]


def test_current_view_png_keeps_its_width_and_shows_only_its_dates(qapp, tmp_path):
    timeline = _crowded(300)
    image = render_image(timeline, whole=False, visible_range=(dt.date(2020, 2, 1), dt.date(2020, 2, 10)))
    assert image.width() == IMAGE_WIDTH + 2 * MARGIN
    out = tmp_path / "view.svg"
    export_image(timeline, out, "svg", whole=False, visible_range=(dt.date(2020, 2, 1), dt.date(2020, 2, 10)))
    texts = " ".join(_svg_text(out))
    assert "Council meeting number 31 " in texts + " "  # 1 February 2020
    assert "Council meeting number 100 " not in texts + " "


def test_png_is_not_blank_and_matches_its_pixel_ratio(qapp):
    image = render_image(make_sample_timeline(), pixel_ratio=2.0)
    assert image.devicePixelRatio() == 2.0
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    assert len(colours) > 5


def test_unknown_format_and_missing_folder_are_errors(qapp, tmp_path):
    with pytest.raises(ValueError):
        export_image(make_sample_timeline(), tmp_path / "t.gif", "gif")
    with pytest.raises(OSError):
        export_image(make_sample_timeline(), tmp_path / "missing" / "t.png", "png")


def test_export_needs_no_window(tmp_path):
    """Only a QGuiApplication, as the command line has: no QApplication, no widget."""
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "from tests.ui.conftest import make_sample_timeline\n"
        "from timeline_app.ui.render import export_image\n"
        "for fmt in ('png', 'svg', 'pdf'):\n"
        f"    export_image(make_sample_timeline(), {str(tmp_path)!r} + '/t.' + fmt, fmt)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None or not isinstance(QApplication.instance(), QApplication)\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[2], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for fmt in ("png", "svg", "pdf"):
        assert (tmp_path / f"t.{fmt}").stat().st_size > 500


def test_printing_paints_the_same_pages_at_the_printers_resolution(qapp, tmp_path):
    """Print… paints through `paint_pages` onto a QPrinter: here one that prints to a PDF file, at 1200 dpi."""
    from PySide6.QtPrintSupport import QPrinter

    from timeline_app.ui.render import page_layout, paint_pages

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setPageLayout(page_layout("Letter"))
    assert paint_pages(printer, _crowded(400)) > 1
    pages = _pdf_pages(out)
    assert len(pages) > 1 and all(w > h and inked > 100 for w, h, inked in pages)


@pytest.mark.parametrize("stop_at", ["second page", "last report"])
def test_a_cancelled_print_sends_no_page_to_the_printer(qapp, tmp_path, stop_at):
    """QPrinter.abort() does nothing on Qt's PDF engine (CUPS printing builds on it): a print cancelled at its
    second page ended the painter, which printed the first page (a 23-page PDF for a 24-page print). The
    pages reach the printer only once all are painted, after the last report a cancel can stop."""
    from PySide6.QtPrintSupport import QPrinter

    from timeline_app.core.progress import Cancelled
    from timeline_app.ui.render import page_layout, paint_pages

    out = tmp_path / "printed.pdf"
    out.write_bytes(b"before")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageLayout(page_layout("A4"))
    reports = []

    def progress(done: int, total: int) -> None:
        reports.append(done)
        # painting is the last quarter of the steps: its first report comes before the second page
        if (stop_at == "second page" and done > 3 * total // 4) or \
                (stop_at == "last report" and done == total):
            raise Cancelled()

    with pytest.raises(Cancelled):
        paint_pages(printer, _crowded(400), progress=progress)
    assert out.read_bytes() == b"before"


@pytest.mark.parametrize("fmt", sorted(IMAGE_FORMATS))
@pytest.mark.parametrize("stop_at", ["labels", "painting"])
def test_a_cancelled_export_leaves_the_old_file_and_no_part(qapp, tmp_path, fmt, stop_at):
    from timeline_app.core.progress import Cancelled

    timeline = _crowded(400)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        # labels: the first report; painting: the last one, once the picture is made
        if stop_at == "labels" or done == total:
            raise Cancelled()

    out = tmp_path / f"t.{fmt}"
    out.write_bytes(b"before")
    with pytest.raises(Cancelled):
        export_image(timeline, out, fmt, progress=progress)
    assert out.read_bytes() == b"before" and [p.name for p in tmp_path.iterdir()] == [out.name]
    assert calls[-1][1] == 2 * len(timeline.events)


@pytest.mark.parametrize("fmt", sorted(IMAGE_FORMATS))
def test_an_export_reports_its_progress_to_the_end(qapp, tmp_path, fmt):
    timeline = _crowded(2500)
    calls: list[tuple[int, int]] = []
    export_image(timeline, tmp_path / f"t.{fmt}", fmt, progress=lambda *a: calls.append(a))
    total = 2 * len(timeline.events)
    done = [d for d, _ in calls]
    assert all(t == total for _, t in calls) and done == sorted(done)
    assert done[0] == 0 and done[-1] == total and len(calls) >= 4
    assert [p.name for p in tmp_path.iterdir()] == [f"t.{fmt}"]
