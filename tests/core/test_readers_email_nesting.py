"""An e-mail whose multiparts nest thousands deep (the stdlib parser recurses once per level) is a Problem that
says so, not a RecursionError's text; a deep but readable one loads."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.documents import load_paths


def _nested(levels: int) -> str:
    return ("From: a@b.c\r\nSubject: Deep\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B0\"\r\n\r\n"
            + "".join(f"--B{i}\r\nContent-Type: multipart/mixed; boundary=\"B{i + 1}\"\r\n\r\n" for i in range(levels))
            + f"--B{levels}\r\nContent-Type: text/plain\r\n\r\nOn May 4, 2020 the mayor resigned.\r\n")


@pytest.mark.parametrize("levels, titles, messages", [
    (40, ["Deep"], []),
    (5000, [], ["not a readable e-mail (its parts are nested too deep to read)"]),
])
def test_deeply_nested_parts(tmp_path: Path, levels: int, titles: list[str], messages: list[str]) -> None:
    p = tmp_path / "deep.eml"
    p.write_text(_nested(levels), encoding="utf-8")
    docs, problems = load_paths([p])
    assert [d.title for d in docs] == titles
    assert [pr.message for pr in problems if pr.level == "error"] == messages
