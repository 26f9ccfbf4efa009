"""The command line: extract and tag as scripts use them, and clear errors on bad input."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

ARTICLES = Path(__file__).parent / "core" / "fixtures" / "articles"


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline_app", *args], input=stdin, capture_output=True,
                          text=True, timeout=120)


def test_extract_csv_has_one_row_per_mention() -> None:
    result = _run("extract", str(ARTICLES), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["document"] for r in rows} == {"a_talks", "b_report"}
    assert any(r["start"] == "2025-03-03" and r["mention_text"] == "March 3, 2025" for r in rows)


def test_extract_with_nothing_loadable_exits_2_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = _run("extract", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "empty.txt" in result.stderr and "missing.txt" in result.stderr


def test_extract_reports_bad_files_and_carries_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Talks\n\nOn May 2, 2021, Weber visited Rome.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = _run("extract", str(tmp_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]] == ["good"]
    assert [Path(p["path"]).name for p in data["problems"]] == ["bad.txt"]
    assert [e["start"] for e in data["events"]] == ["2021-05-02"]


def test_tag_reads_stdin_with_a_reference() -> None:
    result = _run("tag", "-", "--reference", "2024-06-20", stdin="Putin arrived yesterday, his first visit since 2000.")
    assert result.returncode == 0, result.stderr
    values = [(x["text"], x["value"]) for x in json.loads(result.stdout)]
    assert ("yesterday", "2024-06-19") in values and ("2000", "2000") in values


def test_tag_rejects_a_bad_reference() -> None:
    result = _run("tag", "-", "--reference", "June 2024", stdin="today")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
