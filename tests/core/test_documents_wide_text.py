"""UTF-16/UTF-32 files: real text loads whatever its byte-order mark (or none), and a BOM followed by NULs or
random bytes is a named problem, never an article titled with NULs."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from timeline_app.core.documents import load_paths

STORY = "Summit talks\n\nOn March 3, 2024 the council voted to close the bridge.\n"


@pytest.mark.parametrize("data, encoding", [
    (("\ufeff" + STORY).encode("utf-16-le"), "utf-16"),
    (("\ufeff" + STORY).encode("utf-16-be"), "utf-16"),
    (("\ufeff" + STORY).encode("utf-32-le"), "utf-32"),
    (("\ufeff" + STORY).encode("utf-32-be"), "utf-32"),
    (STORY.encode("utf-16-le"), "utf-16-le"),
    (STORY.encode("utf-16-be"), "utf-16-be"),
])
def test_wide_text_loads_with_its_title(tmp_path: Path, data: bytes, encoding: str) -> None:
    p = tmp_path / "story.txt"
    p.write_bytes(data)
    docs, problems = load_paths([p])
    assert problems == []
    assert [(d.title, d.text, d.encoding) for d in docs] == [("Summit talks", STORY, encoding)]


@pytest.mark.parametrize("data", [
    b"\xff\xfe" + b"\x00" * 200,  # UTF-16-LE BOM, then NULs (reads as a UTF-32 BOM and NUL characters)
    b"\xfe\xff" + b"\x00" * 200,
    b"\xff\xfe" + b"\x00\x00" * 4 + b"e\x00" + b"\x00\x00" * 20,  # the "□□□□e" a teammate saw
    b"\xfe\xff" + b"\x00\x00" * 4 + b"\x00e" + b"\x00\x00" * 20,
    b"\xff\xfe\x00\x00" + b"\x00" * 64,
    b"\x00\x00\xfe\xff" + b"\x00" * 64,
    b"\xff\xfe" + "".join(map(chr, range(1, 9))).encode("utf-16-le") * 40,  # control characters
    b"\xff\xfe" + "\ue000\uf8ff\U000F0000".encode("utf-16-le") * 40,  # private use: not words
    b"\xfe\xff" + b"\xd8\x00",  # a lone surrogate
])
def test_a_bom_followed_by_no_text_is_a_binary_file(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "odd.txt"
    p.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("Good one", encoding="utf-8")
    docs, problems = load_paths([p, good])
    assert [d.id for d in docs] == ["good"]
    assert [(pr.path, pr.message.startswith("binary file, not text")) for pr in problems] == [(str(p), True)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bom=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]),
       data=st.binary(max_size=300) | st.text(max_size=100).map(lambda t: t.encode("utf-16-le")))
def test_any_bytes_after_any_bom_load_with_a_visible_title_or_become_a_problem(tmp_path: Path, bom: bytes,
                                                                               data: bytes) -> None:
    p = tmp_path / "any.txt"
    p.write_bytes(bom + data)
    docs, problems = load_paths([p])
    assert len(docs) == 1 or [pr.level for pr in problems] == ["error"]
    for doc in docs:
        assert doc.title.strip() and doc.title == doc.title.strip()
        assert not any(unicodedata.category(ch) == "Cc" or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                       for ch in doc.title), repr(doc.title)


# A character whose low byte is 0 ("Ā" U+0100, an em quad U+2000, the ideographic space U+3000, "一" U+4E00) in a
# UTF-16 file without a BOM: one NUL on the other side of a byte pair, which made the file "binary".
@pytest.mark.parametrize("char", ["\u0100", "\u2000", "\u3000", "\u4e00"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_wide_text_without_a_bom_loads_with_a_character_whose_low_byte_is_0(tmp_path: Path, char: str,
                                                                         codec: str) -> None:
    story = STORY.replace("the bridge", f"the bridge{char}")
    p = tmp_path / "story.txt"
    p.write_bytes(story.encode(codec))
    docs, problems = load_paths([p])
    assert problems == []
    assert [(d.title, d.text, d.encoding) for d in docs] == [("Summit talks", story, codec)]
