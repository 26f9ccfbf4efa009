"""Plain text, Markdown and HTML files: decoded here, built as they always were (core/documents.py `_build`,
core/html_text.py for markup). The reader of last resort: whatever no other reader claims is tried as text.
"""
from __future__ import annotations

import os
import unicodedata

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


# Byte-order marks, longest first: UTF-32-LE's starts with UTF-16-LE's.
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
              (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Characters of a decoded text that no text holds: controls other than tab, line breaks and ESC.
_CONTROL_CHARS = {b: None for b in _CONTROL_BYTES}


def _wide_encoding(data: bytes) -> str | None:
    """The codec of a UTF-32/UTF-16 file: named by its BOM, or UTF-16 without one when the NULs of its start
    are on one side of each byte pair (mostly-Latin text: each character's high byte is 0), bar a few on the
    other (a character whose low byte is 0: "Ā" U+0100, an em quad U+2000, the ideographic space U+3000, "一")."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            return codec
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0:2 * half:2], sample[1:2 * half:2]
    few = half // 64  # (a NUL character, both bytes 0, is then refused by `_check_wide_text`)
    if odd.count(0) * 2 >= half and even.count(0) <= few:
        return "utf-16-le"
    if even.count(0) * 2 >= half and odd.count(0) <= few:
        return "utf-16-be"
    return None


def _check_wide_text(text: str) -> None:
    """DocumentError unless decoded UTF-16/32 reads as text: the checks the bytes of a UTF-8 file get, made on
    characters (a BOM then NULs decodes "cleanly" to NULs)."""
    nul = text.find("\x00")
    if nul >= 0:
        raise DocumentError(f"binary file, not text (a NUL character at character {nul:,})")
    sample = text[:65536]
    controls = len(sample) - len(sample.translate(_CONTROL_CHARS))
    # Unassigned and private-use code points: what random bytes decode to, and no article is written in.
    unassigned = sum(1 for ch in sample if ch > "\x7f" and unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    if controls > max(8, len(sample) // 20) or unassigned > max(8, len(sample) // 10):
        raise DocumentError("binary file, not text")


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
    """Decode file bytes as UTF-8 (BOM stripped), UTF-32 or UTF-16 with a BOM, UTF-16 without one (every other
    byte NUL: Windows' "Unicode" text that lost its BOM), or Windows-1252. Bytes that decode but are no text
    (a BOM followed by NULs or random bytes) are DocumentError, checked on the decoded characters."""
    wide = _wide_encoding(data)
    if wide is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            raise DocumentError("binary file, not text") from None
        _check_wide_text(text)
        return text, wide
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
