"""`timeline-app PROJECT_FILE` reaches the window with the project, known by its content, not its name."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app import cli
from timeline_app.core.model import Timeline
from timeline_app.core.project import Project
from timeline_app.ui import app


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], dict]]:
    seen: list[tuple[list[str], dict]] = []
    monkeypatch.setattr(app, "run_gui", lambda paths, **kwargs: seen.append((list(paths), kwargs)) or 0)
    return seen


def test_a_project_file_is_opened_as_a_project(tmp_path: Path, calls):
    path = tmp_path / "story.notes"  # any name
    Project.create(path, Timeline(), []).close()
    assert cli.run([str(path)]) == 0
    assert calls == [([], {"screenshot": None, "qt_options": [], "project": str(path)})]


def test_articles_open_as_before(tmp_path: Path, calls):
    article = tmp_path / "a.txt"
    article.write_text("On 19 June 2024 Putin visited Pyongyang.", encoding="utf-8")
    assert cli.run([str(article), str(tmp_path), "--screenshot", "x.png"]) == 0
    assert calls == [([str(article), str(tmp_path)], {"screenshot": "x.png", "qt_options": []})]


def test_a_project_with_other_paths_is_refused(tmp_path: Path, calls, capsys):
    path = tmp_path / "story.timeline.sqlite"
    Project.create(path, Timeline(), []).close()
    with pytest.raises(SystemExit) as exit_:
        cli.run([str(path), str(tmp_path)])
    assert exit_.value.code == 2 and "opens on its own" in capsys.readouterr().err and calls == []


def test_export_reads_a_real_project_as_the_user_edited_it(tmp_path: Path):
    import json

    from timeline_app.core.edits import event_edit
    from timeline_app.core.pipeline import build_timeline

    articles = Path(__file__).parent / "core" / "fixtures" / "articles"
    timeline = build_timeline([articles])
    hidden, noted = timeline.events[0], timeline.events[1]
    path = tmp_path / "story.timeline.sqlite"
    with Project.create(path, timeline, [str(articles)]) as project:
        project.add_edit(event_edit(timeline, hidden, "hide"))
        project.add_edit(event_edit(timeline, noted, "note", {"note": "call the ministry"}))
    out = tmp_path / "events.json"
    assert cli.run(["export", str(path), "--format", "json", "-o", str(out)]) == 0
    events = {e["id"]: e for e in json.loads(out.read_text(encoding="utf-8"))["events"]}
    assert hidden.id not in events and events[noted.id]["note"] == "call the ministry"
    assert len(events) == len(timeline.events) - 1
