"""PDF files through PDFium (pypdfium2: Apache-2.0/BSD, wheels for every platform, no system library).

Each page's text layer in order, pages apart by a blank line, each page's start in the origin map as "p. 4"
(the page's own label when the PDF gives one: "p. iv"). A PDF without any text layer (a scan) is refused
with what to do about it; pages without one in a PDF that has text are named in a warning.
"""
from __future__ import annotations

import datetime as dt
import re

from timeline_app.core.readers.base import DocumentError, RawDocument

SUFFIXES = frozenset({".pdf"})

# Below this many letters and digits on all its pages, a PDF has no text layer worth the name (a scan may
# carry a stray page number or a scanner's stamp).
_MIN_TEXT = 20


def sniff(head: bytes) -> bool:
    # The header may follow some junk: readers accept it anywhere in the first 1024 bytes.
    return b"%PDF-" in head[:1024]


# PDFium marks a hyphen it found at a line's end (a word broken across lines) with U+0002, and may give
# U+FFFE for a soft hyphen; other control characters are noise from broken font maps.
_BROKEN_WORD = re.compile("[\u0002\ufffe]\r?\n?")
_CONTROLS = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]")
_NEWLINES = re.compile(r"\r\n?")
_LETTER = re.compile(r"[^\W_]")


def _page_text(raw: str) -> str:
    text = _NEWLINES.sub("\n", raw)
    text = _BROKEN_WORD.sub("", text)
    return _CONTROLS.sub("", text).strip()


_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def pdf_date(value: str) -> dt.date | None:
    """The day of a PDF date string ("D:20240612093000+02'00'")."""
    m = _PDF_DATE.match(value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


# Titles that tools write rather than people: "Microsoft Word - draft3.docx", "untitled", a file name.
_TOOL_TITLE = re.compile(r"^(?:microsoft \w+ - |untitled\b)|\.\w{2,4}$", re.IGNORECASE)


def read_bytes(data: bytes, name: str) -> list[RawDocument]:
    import pypdfium2 as pdfium  # imported on first use: the window must not pay for it at start-up

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        message = str(e)
        if "password" in message.lower():
            raise DocumentError("the PDF is locked with a password") from None
        raise DocumentError(f"not a readable PDF (damaged or incomplete: {message})") from None
    try:
        return _read(pdf, pdfium)
    except DocumentError:
        raise
    except Exception as e:  # noqa: BLE001 - PDFium's Python helpers on a damaged file: contained, named
        raise DocumentError(f"not a readable PDF (damaged: {type(e).__name__}: {e})") from None
    finally:
        pdf.close()


def _read(pdf, pdfium) -> list[RawDocument]:
    """The text of every page of an open PDF, its origins, title and date."""
    parts: list[str] = []
    origins: list[tuple[int, str]] = []
    blank_pages: list[str] = []
    offset = 0
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                text = _page_text(textpage.get_text_bounded())
            finally:
                textpage.close()
        finally:
            page.close()
        try:
            label = pdf.get_page_label(index).strip()
        except (pdfium.PdfiumError, ValueError):  # a damaged label (not UTF-16): the page's number
            label = ""
        label = f"p. {label or index + 1}"
        if not _LETTER.search(text):
            blank_pages.append(label)
            continue
        if parts:
            offset += 2  # the blank line between pages
        origins.append((offset, label))
        parts.append(text)
        offset += len(text)
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
    except (pdfium.PdfiumError, ValueError):  # damaged metadata (not UTF-16): go without it
        meta = {}
    text = "\n\n".join(parts)
    pages = len(parts) + len(blank_pages)
    if len(_LETTER.findall(text, 0, 10_000)) < _MIN_TEXT:
        what = f"a PDF of {pages} page{'s' if pages != 1 else ''}" if pages else "a PDF without pages"
        raise DocumentError(f"no text layer: OCR it first ({what} with no text to read, such as a scan)")
    warnings = ()
    if blank_pages:
        listed = ", ".join(blank_pages[:10]) + (" …" if len(blank_pages) > 10 else "")
        warnings = (f"{len(blank_pages)} of {pages} pages have no text layer ({listed}): OCR them to read them",)
    title = " ".join(meta.get("Title", "").split())
    if _TOOL_TITLE.search(title):
        title = ""
    published = pdf_date(meta.get("CreationDate", "")) or pdf_date(meta.get("ModDate", ""))
    return [RawDocument(text=text, kind="pdf", title=title[:300], published=published, published_fallback=True,
                        origins=tuple(origins), warnings=warnings)]
