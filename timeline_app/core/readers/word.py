"""Word .docx files through python-docx (MIT, pure Python over lxml).

The body in order: each paragraph (headings included) and each table row (cells joined by " | ") is a block
of its own, blocks apart by a blank line, each paragraph's start in the origin map as "¶ 12". The title is the
core properties' title or else the first heading; the core properties' creation date is the publication date
only when the text gives none (it says when the file was made).
"""
from __future__ import annotations

import io

from timeline_app.core.readers.base import DocumentError, RawDocument

SUFFIXES = frozenset({".docx"})

# A .docx is a zip: refuse one that would unpack to more than this (a "zip bomb" of a few KB can hold GBs).
MAX_UNPACKED = 400 * 1024 * 1024


def sniff(head: bytes) -> bool:
    # A zip of an Office package: "[Content_Types].xml" or a "word/" part among its first entries (read_bytes
    # then checks for word/document.xml, so a spreadsheet is told apart with a reason).
    return head.startswith(b"PK\x03\x04") and (b"word/" in head or b"[Content_Types].xml" in head[:200])


def read_bytes(data: bytes, name: str) -> list[RawDocument]:
    import zipfile  # on the first Word file: 1.6 MB with its imports, which a plain article never needs

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    # NotImplementedError: a damaged central directory naming a zip version or method zipfile cannot read
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as e:
        raise DocumentError(f"not a readable Word file (damaged or incomplete: {e})") from None
    if "word/document.xml" not in names:
        raise DocumentError("not a Word document (a zip file without word/document.xml)")
    if unpacked > MAX_UNPACKED:
        raise DocumentError(f"the Word file would unpack to {unpacked / 2**20:,.0f} MB; refused")
    import docx  # on first use: the window must not pay for lxml at start-up
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[tuple[str, str]] = []  # (text, style name)
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        text = " ".join(cell.text.split())
                        if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                            cells.append(text)
                    blocks.append((" | ".join(cells), "table"))
            else:
                style = item.style.name if item.style is not None else ""
                blocks.append((item.text, style or ""))
        properties = document.core_properties
        meta_title = properties.title or ""
        created = properties.created or properties.modified
    except DocumentError:
        raise
    except Exception as e:  # noqa: BLE001 - python-docx and lxml raise many kinds on damaged parts
        raise DocumentError(f"not a readable Word file ({type(e).__name__}: {e})") from None

    parts: list[str] = []
    origins: list[tuple[int, str]] = []
    heading = ""
    offset = 0
    for number, (text, style) in enumerate(blocks, 1):
        text = text.replace("\r", "\n").replace("\x0b", "\n").strip()
        if not text:
            continue
        if not heading and (style.startswith("Heading") or style == "Title"):
            heading = text
        if parts:
            offset += 2
        origins.append((offset, f"¶ {number}"))
        parts.append(text)
        offset += len(text)
    text = "\n\n".join(parts)
    if not text.strip():
        raise DocumentError("the Word document has no text")
    title = " ".join((meta_title or heading).split())
    published = created.date() if created is not None else None
    return [RawDocument(text=text, kind="docx", title=title[:300], published=published, published_fallback=True,
                        origins=tuple(origins))]
