"""Plain text, Markdown and HTML files: decoded here, built as they always were (core/documents.py `_build`,
core/html_text.py for markup). The reader of last resort: whatever no other reader claims is tried as text.
"""
from __future__ import annotations

import os

from timeline_app.core.readers.base import DocumentError, RawDocument

TEXT_EXTENSIONS = frozenset({".txt", ".text"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
SUFFIXES = TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS

_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b",
          b"BZh", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0", b"OggS", b"RIFF", b"ID3", b"MZ")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def sniff(head: bytes) -> bool:
    return False  # never chosen by content: it is what is left when no other reader claims a file


def kind_for(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in MARKDOWN_EXTENSIONS:
        return "md"
    return "txt"


def read_bytes(data: bytes, name: str) -> list[RawDocument]:
    text, encoding = decode(data)
    if not text or text.isspace():
        raise DocumentError("file is empty (only whitespace)")
    return [RawDocument(text=text, kind=kind_for(name), encoding=encoding)]


def decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes as UTF-8 (BOM stripped), UTF-16 with a BOM, or Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise DocumentError("binary file, not text") from None
    sample = data[:65536]
    if sample.startswith(_MAGIC):
        raise DocumentError("binary file, not text")
    nul = data.find(b"\x00")  # anywhere, not only in the sample: text with binary data appended is not text
    if nul >= 0:
        raise DocumentError(f"binary file, not text (a NUL byte at byte {nul:,})")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(sample) // 20):
        raise DocumentError("binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise DocumentError("cannot decode the text (neither UTF-8 nor Windows-1252)") from None
