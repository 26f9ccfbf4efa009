"""Which files in a folder load, which are skipped with a word, and which never block (issue 7, item 8)."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from timeline_app.core.documents import load_document, load_paths
from timeline_app.core.model import Problem

SUPPORTED = "supported: .txt, .md, .html, .pdf, .docx, .eml, .mbox, .rss, .atom, .xml feeds"


@pytest.mark.parametrize("name, reason", [
    ("photo.PNG", f"not an article: PNG image; {SUPPORTED}"),
    ("report.doc", f"not an article: Word 97–2003 document (save it as .docx); {SUPPORTED}"),
    ("mail.msg", f"not an article: Outlook message (save it as .eml); {SUPPORTED}"),
    ("clip.mp4", f"not an article: video; {SUPPORTED}"),
    ("data.weird", f"not an article: a .weird file; {SUPPORTED}"),
    ("README", f"not an article: a file without an extension; {SUPPORTED}"),
    (".DS_Store", None),
    (".hidden.txt", None),
    ("Thumbs.db", None),
    ("draft.txt~", None),
])
def test_other_files_in_a_folder_are_skipped_with_a_word_or_silently(tmp_path: Path, name: str,
                                                                     reason: str | None) -> None:
    (tmp_path / "story.txt").write_text("Story\n\nIt rained on May 2, 2021.", encoding="utf-8")
    (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00 not an article")
    docs, problems = load_paths([tmp_path])
    assert [d.id for d in docs] == ["story"]
    expected = [] if reason is None else [Problem(str(tmp_path / name), reason, Problem.SKIPPED)]
    assert problems == expected


def test_a_link_leaving_the_opened_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Not in the folder you opened.", encoding="utf-8")
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / "story.txt").write_text("Story\n\nIt rained on May 2, 2021.", encoding="utf-8")
    (root / "passwd.txt").symlink_to("/etc/passwd")
    (root / "elsewhere").symlink_to(outside)
    (root / "sub" / "again.txt").symlink_to(root / "story.txt")  # inside the folder: fine, loaded once
    (root / "sub" / "inside").symlink_to(root / "sub")  # a loop inside the folder: passed over
    docs, problems = load_paths([root])
    assert [d.id for d in docs] == ["story"]
    assert problems == [
        Problem(str(root / "elsewhere"), f"a link to a folder outside the opened folder ({outside}); not followed",
                Problem.SKIPPED),
        Problem(str(root / "passwd.txt"), "a link to a file outside the opened folder (/etc/passwd); not followed",
                Problem.SKIPPED),
    ]
    # named explicitly, a link is the user's choice: it is followed
    docs, problems = load_paths([root / "elsewhere" / "secret.txt"])
    assert [d.id for d in docs] == ["secret"] and problems == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_special_files_in_a_folder_are_skipped_and_never_opened(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Story", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block: it must never be opened
    os.mkfifo(tmp_path / "pipe")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "sock.md"))
        docs, problems = load_paths([tmp_path])
    finally:
        sock.close()
    assert [d.id for d in docs] == ["story"]
    assert problems == [
        Problem(str(tmp_path / "pipe"), "not a regular file: a named pipe (FIFO)", Problem.SKIPPED),
        Problem(str(tmp_path / "pipe.txt"), "not a regular file: a named pipe (FIFO)", Problem.SKIPPED),
        Problem(str(tmp_path / "sock.md"), "not a regular file: a socket", Problem.SKIPPED),
    ]


@pytest.mark.parametrize("path, message", [
    ("/dev/null", "not a regular file: a device"),
    ("/dev/zero", "not a regular file: a device"),
])
def test_devices_named_explicitly_are_skipped(path: str, message: str) -> None:
    if not os.path.exists(path):
        pytest.skip(f"no {path} here")
    docs, problems = load_paths([path])
    assert docs == [] and problems == [Problem(path, message, Problem.SKIPPED)]


def test_proc_files_are_read_to_their_end_not_trusted_as_empty() -> None:
    path = "/proc/self/status"
    if not os.path.exists(path) or os.stat(path).st_size != 0:
        pytest.skip("no /proc here")
    doc = load_document(path)
    assert "Name:" in doc.text and doc.sentences


def test_a_folder_named_like_a_file_is_searched(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.md").write_text("Inner story", encoding="utf-8")
    docs, problems = load_paths([tmp_path])
    assert [d.id for d in docs] == ["inner"] and problems == []


def test_cp1252_fallback_is_a_warning_on_a_loaded_file(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 news\n\nThe caf\u00e9 opened.".encode("cp1252"))
    docs, problems = load_paths([tmp_path])
    assert [d.id for d in docs] == ["latin"]
    assert [(p.level, p.message) for p in problems] == [("warning", "not valid UTF-8; read as Windows-1252")]
