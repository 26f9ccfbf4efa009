"""The command line: extract and tag as scripts use them, and clear errors on bad input."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

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


# ---- hostile names, bytes and texts (issue 7, item 6) ------------------------------------------------

STRICT_UTF8 = {"PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}


def _run_bytes(*args: str | bytes, stdin: bytes | None = None, env: dict[str, str] | None = None
               ) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "timeline_app", *args], input=stdin, capture_output=True,
                          timeout=120, env={**os.environ, **(env or {})})


def test_extract_with_a_non_utf8_file_name_under_a_strict_utf8_locale(tmp_path: Path) -> None:
    import os

    folder = os.fsencode(tmp_path)
    name = os.path.join(folder, b"caf\xe9 news.txt")  # Latin-1 bytes: not UTF-8
    with open(name, "wb") as f:
        f.write(b"Cafe news\n\nOn May 2, 2021, the cafe opened.\n")
    with open(os.path.join(folder, b"bad\xff.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
    for fmt in ("json", "csv"):
        result = _run_bytes("extract", folder, "--format", fmt, env=STRICT_UTF8)
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode("utf-8")  # valid UTF-8, whatever the names
        if fmt == "json":
            data = json.loads(out)
            (doc,) = data["documents"]
            assert os.fsencode(doc["path"]) == name  # the exact path, escaped in JSON, comes back
            assert doc["id"] == "café news"
            assert [(os.fsencode(p["path"]), p["level"]) for p in data["problems"]] == [
                (os.path.join(folder, b"bad\xff.png"), "skipped")]
        else:
            rows = list(csv.DictReader(io.StringIO(out)))
            assert rows and {r["document"] for r in rows} == {"café news"}


def test_extract_of_a_missing_non_utf8_name_says_so_on_one_line(tmp_path: Path) -> None:
    import os

    result = _run_bytes("extract", os.path.join(os.fsencode(tmp_path), b"gone\xe9.txt"), env=STRICT_UTF8)
    assert result.returncode == 2 and result.stdout == b""
    line = result.stderr.decode("utf-8")
    assert len(line.strip().splitlines()) == 1 and "gone\\xe9.txt" in line and "no such file" in line


@pytest.mark.parametrize("data", [
    b"On May 2, 2021, the caf\xe9 opened.",  # Windows-1252, not UTF-8
    b"\xef\xbb\xbfOn May 2, 2021, it opened.",  # a BOM
    "On May 2, 2021, it opened.".encode("utf-16"),
])
def test_tag_reads_stdin_as_bytes_and_decodes_it_as_the_loader_does(data: bytes) -> None:
    result = _run_bytes("tag", "-", env=STRICT_UTF8, stdin=data)
    assert result.returncode == 0, result.stderr
    assert [x["value"] for x in json.loads(result.stdout.decode("utf-8"))] == ["2021-05-02"]


def test_tag_refuses_binary_stdin_with_one_line() -> None:
    result = _run_bytes("tag", "-", stdin=b"\x00\x01\x02 binary \x00")
    assert result.returncode == 2 and result.stdout == b""
    assert b"binary" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("text", [
    "Talks on\tMay 2,\t2021 ended.",
    "Talks on May\n2, 2021 ended.",
    'Talks on "May 2, 2021" ended, on May\r\n3, 2021.',
])
def test_tag_tsv_rows_always_parse_back(text: str) -> None:
    from timeline_app.core.temporal import tag

    result = _run_bytes("tag", "-", "--format", "tsv", "--reference", "2024-06-20", stdin=text.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.decode("utf-8"), newline=""), dialect="excel-tab"))
    expected = tag(text)
    assert [len(r) for r in rows] == [5] * len(expected)
    assert [(int(r[0]), int(r[1]), r[4]) for r in rows] == [(x.start, x.end, x.text) for x in expected]
    assert all(text[int(r[0]):int(r[1])] == r[4] for r in rows)


# --- Qt's own options reach QApplication (issue 9) ----------------------------------------------------------
@pytest.mark.parametrize("argv, qt, rest", [
    (["-style", "Fusion", "a.txt"], ["-style", "Fusion"], ["a.txt"]),
    (["-style=Fusion", "--screenshot", "s.png"], ["-style=Fusion"], ["--screenshot", "s.png"]),
    (["--style", "Fusion"], ["--style", "Fusion"], []),
    (["-platform", "offscreen", "-reverse", "folder"], ["-platform", "offscreen", "-reverse"], ["folder"]),
    (["folder", "-widgetcount"], ["-widgetcount"], ["folder"]),
    (["-reverse=1"], [], ["-reverse=1"]),  # a flag takes no value
    (["-style"], [], ["-style"]),  # a value option without its value is left to argparse
    (["--", "-reverse"], [], ["--", "-reverse"]),  # after --, a file that happens to be called -reverse
    (["-stylesheet", "a.qss", "-platformtheme", "gtk3"], ["-stylesheet", "a.qss", "-platformtheme", "gtk3"], []),
    (["--screenshot", "x.png", "-x"], [], ["--screenshot", "x.png", "-x"]),
])
def test_split_qt_options(argv, qt, rest):
    from timeline_app.cli import split_qt_options

    assert split_qt_options(argv) == (qt, rest)


def test_gui_passes_qt_options_to_qapplication(monkeypatch):
    import timeline_app.ui.app as app_module
    from timeline_app.cli import run

    calls = []
    monkeypatch.setattr(app_module, "run_gui", lambda paths, screenshot=None, qt_options=(): calls.append(
        (list(paths), screenshot, list(qt_options))) or 0)
    assert run(["-style", "Fusion", "-platform", "offscreen", "-reverse", "seeds", "--screenshot", "s.png"]) == 0
    assert calls == [(["seeds"], "s.png", ["-style", "Fusion", "-platform", "offscreen", "-reverse"])]


@pytest.mark.parametrize(("folder", "seeds"), [
    ("news", ("1", "2")),
    # "focusing" titled as a finite verb: lemminflect spells its VBZ "focuses" and "focusses", and a set of the two
    # iterates "focusses" first under seed 12345 (not under 0): the title must not take the set's first.
    ("hash_order", ("0", "12345")),
])
def test_extract_is_the_same_whatever_the_string_hash_seed(folder: str, seeds: tuple[str, str]) -> None:
    """Sets of names are iterated in an order that follows Python's per-process string hashing: no tie may
    be broken by that order, or the same articles give another timeline in another run (or worker)."""
    import os

    news = Path(__file__).parent / "core" / "fixtures" / folder
    outputs = []
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": seed, "TIMELINE_APP_CACHE": "0", "TIMELINE_APP_WORKERS": "1"}
        done = subprocess.run([sys.executable, "-m", "timeline_app", "extract", str(news)], capture_output=True,
                              env=env, timeout=300)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        outputs.append(json.loads(done.stdout))
    assert outputs[0]["events"] and outputs[0] == outputs[1]


MIXED = Path(__file__).parent / "core" / "fixtures" / "formats" / "mixed"


def test_extract_carries_each_passages_origin_and_each_documents_link_and_places() -> None:
    import os

    env = {**os.environ, "TIMELINE_APP_CACHE": "0"}
    as_json = subprocess.run([sys.executable, "-m", "timeline_app", "extract", str(MIXED)], capture_output=True,
                             text=True, timeout=120, env=env)
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    documents = {d["id"]: d for d in data["documents"]}
    assert documents["city-1"]["link"] == "https://news.example.org/ferry"
    assert documents["bridge"]["origins"][:2] == [{"offset": 0, "label": "p. 1"}, {"offset": 180, "label": "p. 2"}]
    assert set(documents["notes"]) == {"id", "path", "title", "published"}  # a plain file: as it always was
    mentions = [m for e in data["events"] for m in e["mentions"]]
    for m in mentions:
        places = [(p["offset"], p["label"]) for p in documents[m["document"]].get("origins", [])]
        expected = [label for offset, label in places if offset <= m["start"]]
        assert m["origin"] == (expected[-1] if expected else "")
    assert {m["origin"] for m in mentions if m["document"] == "bridge"} >= {"p. 2"}
    assert [m["origin"] for m in mentions if m["document"] == "notes"] == [""]
    as_csv = subprocess.run([sys.executable, "-m", "timeline_app", "extract", str(MIXED), "--format", "csv"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    origin = rows[0].index("origin")
    assert rows[0][origin:] == ["origin", "title_uncertain"]  # (the flag appended after the columns before it)
    assert [r[origin] for r in rows[1:]] == [m["origin"] for m in mentions]


def test_the_plain_start_up_opens_the_window_as_the_parser_would(monkeypatch):
    """No arguments skip the parser (start-up time, issue 10 item 5): the window gets what parsing gives."""
    import timeline_app.ui.app as app_module
    from timeline_app.cli import run

    calls = []
    monkeypatch.setattr(app_module, "run_gui", lambda paths, screenshot=None, qt_options=(): calls.append(
        (list(paths), screenshot, list(qt_options))) or 0)
    assert run([]) == 0
    assert run(["--"]) == 0  # parsed: no paths, no screenshot, no Qt options
    assert calls == [([], None, []), ([], None, [])]


def test_extract_names_each_problem_with_its_file_on_stderr(tmp_path: Path) -> None:
    # The JSON's "problems" are not all a user reads (CSV has none): each is a line on stderr too, naming its file.
    (tmp_path / "good.txt").write_text("Talks\n\nOn May 2, 2021, Weber visited Rome.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = _run("extract", str(tmp_path), "--format", "csv")
    assert result.returncode == 0, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "bad.txt" in line and "good.txt" not in line
