"""A project file with bad values (issue 7): the message names the file and the part of it that is wrong, and
a damaged view-state entry (a convenience) never keeps the user's results and edits from opening."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.core.test_project import TIMELINE
from timeline_app.core.edits import event_edit
from timeline_app.core.project import Project, ProjectError


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "story.timeline.sqlite"
    Project.create(path, TIMELINE, [str(tmp_path)]).close()
    return path


def _sql(*statements: str):
    def spoil(path: Path) -> None:
        connection = sqlite3.connect(path)
        for statement in statements:
            connection.execute(statement)
        connection.commit()
        connection.close()
    return spoil


@pytest.mark.parametrize("spoil, part", [
    (_sql("UPDATE documents SET published = 'not a date'"), "in its articles and events (Invalid isoformat"),
    (_sql("UPDATE events SET first = '0000-01-01'"), "in its articles and events (year 0 is out of range)"),
    (_sql("UPDATE events SET first = '2024-13-40'"), "in its articles and events"),
    (_sql("UPDATE documents SET excluded = '[1,'"), "in its articles and events"),
    (_sql("INSERT INTO edits (kind, targets, value, created) VALUES ('title', '{{{', '\"x', '2024')"),
     "in its edits"),
    (_sql("INSERT INTO edits (kind, targets, value, created) VALUES ('explode', '[]', 'null', '2024')"),
     "in its edits"),    (_sql("UPDATE documents SET excluded = '" + "[" * 100000 + "'"), "in its articles and events"),
    (_sql("INSERT INTO edits (kind, targets, value, created) VALUES ('title', '" + "[" * 100000 + "', '1', '2024')"),
     "in its edits"),
])
def test_a_bad_value_is_named_with_its_part_of_the_file(project_path: Path, spoil, part: str) -> None:
    spoil(project_path)
    with pytest.raises(ProjectError) as caught:
        Project.open(project_path).close()
    assert str(caught.value).startswith(f"{project_path}: the project file holds an invalid value {part}")


def test_a_damaged_view_state_entry_is_left_out_and_the_rest_opens(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_edit(event_edit(TIMELINE, TIMELINE.events[0], "hide"))
        project.set_state("only_starred", True)
    _sql("INSERT OR REPLACE INTO view_state (key, value) VALUES ('selection', '{{'), ('visible_range', '[1,')")(
        project_path)
    with Project.open(project_path) as project:
        assert [e.id for e in project.view().hidden] == ["ev-met"]  # the user's edit
        assert project.state("only_starred") is True
        assert project.state("selection", []) == [] and project.state("visible_range") is None


@pytest.mark.parametrize("stored", ["[" * 100000, "[0,", "{}"])
def test_damaged_stored_sentences_read_as_none(project_path: Path, stored: str) -> None:
    """A document's sentences are read when first asked for (on the GUI thread): a damaged value is none."""
    _sql(f"UPDATE documents SET sentences = '{stored}'")(project_path)
    with Project.open(project_path) as project:
        assert all(len(doc.sentences) == 0 for doc in project.results().documents)


def test_an_event_that_starts_after_it_ends_is_swapped_with_a_note_and_the_rest_opens(
        project_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    first_id = TIMELINE.events[0].id
    _sql(f"UPDATE events SET first = '2030-01-01', last = '2020-06-30' WHERE id = '{first_id}'")(project_path)
    with caplog.at_level("WARNING"), Project.open(project_path) as project:
        events = {e.id: e for e in project.results().events}
        assert len(events) == len(TIMELINE.events)  # nothing lost
        swapped = events[first_id]
        assert (swapped.first.isoformat(), swapped.last.isoformat()) == ("2020-06-30", "2030-01-01")
        for event in TIMELINE.events[1:]:
            assert (events[event.id].first, events[event.id].last) == (event.first, event.last)
    notes = [r.getMessage() for r in caplog.records if "starts" in r.getMessage()]
    assert len(notes) == 1 and str(project_path) in notes[0] and repr(first_id) in notes[0]
