"""`extract --published PATH=YYYY-MM-DD`: the user's publication date of an article, for scripts; a clear error
naming a bad value or a path that is not one of the articles read."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "core" / "fixtures" / "user_published"
UNDATED = FIXTURES / "undated_page.txt"
PRINTED = FIXTURES / "printed_page.txt"


def _extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline_app", "extract", "--no-cache", *args],
                          capture_output=True, text=True, timeout=300)


def _days(output: str, text: str) -> list[str]:
    events = json.loads(output)["events"]
    return [e["start"] for e in events if any(m["text"] == text for m in e["mentions"])]


def test_published_dates_an_undated_page_and_overrides_a_printed_one() -> None:
    result = _extract(str(FIXTURES), "--published", f"{UNDATED}=2025-03-14", "--published", f"{PRINTED}=2025-06-11")
    assert result.returncode == 0, result.stderr
    assert _days(result.stdout, "Wednesday") == ["2025-03-12"]
    assert _days(result.stdout, "yesterday") == ["2025-03-13"]
    assert _days(result.stdout, "Tuesday") == ["2025-06-10"]  # the page prints 4 June 2025: 3 June without
    documents = {d["id"]: d["published"] for d in json.loads(result.stdout)["documents"]}
    assert documents == {"undated_page": "2025-03-14", "printed_page": "2025-06-11"}


@pytest.mark.parametrize("value, message", [
    (f"{UNDATED}=14 March 2025", "not a date in the form YYYY-MM-DD: '14 March 2025'"),
    (f"{UNDATED}=2025-02-30", "not a date in the form YYYY-MM-DD: '2025-02-30'"),
    (f"{UNDATED}", "not PATH=YYYY-MM-DD"),
    ("=2025-03-14", "not PATH=YYYY-MM-DD"),
    (f"{FIXTURES / 'missing.txt'}=2025-03-14", "no such file"),
])
def test_a_bad_value_is_named(value: str, message: str) -> None:
    result = _extract(str(UNDATED), "--published", value)
    assert result.returncode == 2 and result.stdout == ""
    assert "--published" in result.stderr and message in result.stderr


def test_a_file_that_is_not_read_is_named() -> None:
    result = _extract(str(UNDATED), "--published", f"{PRINTED}=2025-06-11")
    assert result.returncode == 2 and result.stdout == ""
    assert f"--published: no article was loaded from {PRINTED}" in result.stderr
