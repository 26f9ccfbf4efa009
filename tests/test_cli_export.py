"""`timeline-app export`: every format to a file or standard output, the options, and errors as one line
with exit status 2 (never a traceback)."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import subprocess
import sys
import types
from pathlib import Path

import icalendar
import pytest

from timeline_app import cli
from timeline_app.core.pipeline import build_timeline

ARTICLES = Path(__file__).parent / "core" / "fixtures" / "articles"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline_app", "export", *args], capture_output=True,
                          timeout=120)


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2 and result.stdout == b""
    message = result.stderr.decode("utf-8")
    assert len(message.strip().splitlines()) == 1 and "Traceback" not in message, message
    return message


def test_every_text_format_by_its_suffix(tmp_path: Path) -> None:
    names = ["out.csv", "out.json", "out.ics", "out.md", "out.html"]
    for name in names:  # in-process: one build of the articles per format, no interpreter start-up
        assert cli.run(["export", str(ARTICLES), "-o", str(tmp_path / name)]) == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text("utf-8"), newline="")))
    assert rows and {"note", "starred", "edited"} <= set(rows[0]) and {r["document"] for r in rows} == {
        "a_talks", "b_report"}
    data = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert data["events"] and all({"note", "starred", "edited"} <= set(e) for e in data["events"])
    calendar = icalendar.Calendar.from_ical((tmp_path / "out.ics").read_bytes())
    assert len(list(calendar.walk("VEVENT"))) == len(data["events"])
    assert (tmp_path / "out.md").read_text("utf-8").startswith("# Chronology from 2 sources")
    assert (tmp_path / "out.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)  # no temporary file left behind


def test_timelinejs_to_standard_output_grouped_by_kind() -> None:
    result = _run(str(ARTICLES), "--format", "timelinejs", "-o", "-", "--group-by", "kind")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout.decode("utf-8"))
    assert document["events"] and all(s["group"] and "start_date" in s for s in document["events"])


def test_sources_keeps_only_those_articles(tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    assert cli.run(["export", str(ARTICLES), "--format", "json", "-o", str(out), "--sources", "b_report"]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert [d["id"] for d in data["documents"]] == ["b_report"]
    assert data["events"] and {m["document"] for e in data["events"] for m in e["mentions"]} == {"b_report"}


def _export_here(*args: str) -> int:
    """`timeline-app export ARGS` in this process (no interpreter start-up): its exit status."""
    try:
        return cli.run(["export", *args])
    except SystemExit as exc:  # argparse's usage errors
        return int(exc.code)


def test_starred_with_no_key_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.csv"
    assert _export_here(str(ARTICLES), "-o", str(out), "--starred") == 0
    assert out.read_text("utf-8").count("\n") == 1  # the header: no event is starred
    assert _export_here(str(ARTICLES), "--format", "timelinejs", "--starred") == 2
    assert "at least one event" in capsys.readouterr().err


def test_an_error_from_a_script_is_one_line_with_status_2() -> None:
    assert "no source 'nobody'" in _one_line_error(_run(str(ARTICLES), "--format", "csv", "--sources", "nobody"))


@pytest.mark.parametrize("args, says", [
    (["--format", "bogus"], "invalid choice"),
    (["-o", "out.txt"], "--format"),
    (["--format", "csv", "--sources", " , "], "no source given"),
    (["-o", "/no/such/folder/out.csv"], "cannot write there"),
    (["--format", "csv", "-o", "."], "is a folder"),
])
def test_errors_are_one_line_with_status_2(args: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _export_here(str(ARTICLES), *args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and says in captured.err, captured.err


def test_a_written_file_has_a_new_files_permissions(tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        assert _export_here(str(ARTICLES), "-o", str(tmp_path / "out.md")) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.md").stat().st_mode) == 0o644  # not a temporary file's private 0600


def test_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    out.write_bytes(b"the old export")

    def disk_full(path: Path, data: bytes) -> int:
        with open(path, "wb") as f:
            f.write(data[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    assert _export_here(str(ARTICLES), "-o", str(out)) == 2
    assert "cannot write (No space left on device)" in capsys.readouterr().err
    assert out.read_bytes() == b"the old export" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_nothing_loadable_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("")
    assert _export_here(str(tmp_path / "empty.txt"), "--format", "csv") == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "no document could be loaded" in err


def test_a_picture_is_drawn_by_ui_render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # noqa: ANN001
    """The seam to ui/render.py: export_image gets the chosen events, the sources left out as hidden, and a
    path whose bytes become the output."""
    calls = []

    def export_image(timeline, path, fmt, *, hidden_sources=frozenset(), **_options) -> None:  # noqa: ANN001
        calls.append(([e.id for e in timeline.events], fmt, hidden_sources))
        Path(path).write_bytes(b"%PDF-1.4 drawn")

    monkeypatch.setitem(sys.modules, "timeline_app.ui.render", types.SimpleNamespace(export_image=export_image))
    out = tmp_path / "t.pdf"
    assert cli.run(["export", str(ARTICLES), "-o", str(out), "--sources", "a_talks"]) == 0
    assert out.read_bytes() == b"%PDF-1.4 drawn"
    ((ids, fmt, hidden),) = calls
    assert ids and fmt == "pdf" and hidden == frozenset({"b_report"})


def test_a_picture_without_the_renderer_is_refused_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str], qapp) -> None:  # noqa: ANN001
    monkeypatch.setitem(sys.modules, "timeline_app.ui.render", None)  # what an import of a missing module meets
    assert cli.run(["export", str(ARTICLES), "-o", str(tmp_path / "t.svg")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "SVG pictures are not available" in err
    assert not (tmp_path / "t.svg").exists()


# ---- the project seam: a project file is read through core/project.py ------------------------------

def _fake_project_module(tmp_path: Path, timeline) -> tuple[types.ModuleType, Path]:
    """core/project.py as the contract gives it (is_project_file, Project.open(...).view().timeline)."""
    path = tmp_path / "story.timeline.sqlite"
    path.write_bytes(b"SQLite format 3\x00")
    module = types.ModuleType("timeline_app.core.project")

    class ProjectError(Exception):
        pass

    class Project:
        closed = False

        @classmethod
        def open(cls, p):  # noqa: ANN001, ANN206
            if Path(p) != path:
                raise ProjectError("not ours")
            return cls()

        def view(self):  # noqa: ANN202
            return types.SimpleNamespace(timeline=timeline, hidden=(), unapplied=())

        def close(self) -> None:
            Project.closed = True

    module.is_project_file = lambda p: Path(p) == path  # type: ignore[attr-defined]
    module.Project = Project  # type: ignore[attr-defined]
    module.ProjectError = ProjectError  # type: ignore[attr-defined]
    return module, path


def test_a_project_exports_what_the_user_sees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    timeline = build_timeline([ARTICLES])
    noted = dataclasses.replace(timeline.events[0], note="Check with the desk", starred=True, edited=True)
    timeline = dataclasses.replace(timeline, events=(noted,))  # one event left: the others hidden
    module, project_file = _fake_project_module(tmp_path, timeline)
    monkeypatch.setitem(sys.modules, "timeline_app.core.project", module)
    out = tmp_path / "out.json"
    assert cli.run(["export", str(project_file), "-o", str(out)]) == 0
    (event,) = json.loads(out.read_text("utf-8"))["events"]
    assert (event["note"], event["starred"], event["edited"]) == ("Check with the desk", True, True)
    assert module.Project.closed


def test_a_project_must_be_the_only_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    module, project_file = _fake_project_module(tmp_path, build_timeline([ARTICLES]))
    monkeypatch.setitem(sys.modules, "timeline_app.core.project", module)
    assert cli.run(["export", str(project_file), str(ARTICLES), "--format", "csv"]) == 2
    assert "only input" in capsys.readouterr().err
