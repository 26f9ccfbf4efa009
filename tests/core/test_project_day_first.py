"""A project keeps each document's order of numeric dates (`Document.day_first`, file format 3), so a reopened
project reads "05/06/2024" as the load did; a file of format 2 (written by the previous code) is upgraded and
reads as before, its documents' order not known. Invented documents."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from timeline_app.core.documents import load_paths
from timeline_app.core.model import Document, Sentence, Timeline
from timeline_app.core.project import SCHEMA_VERSION, Project
from timeline_app.core.temporal import tag

FIXTURES = Path(__file__).parent / "fixtures"
FORMAT_2_FILE = FIXTURES / "projects" / "format2.timeline.sqlite"
TEXT = "Repairs began on 05/06/2024."


@pytest.mark.parametrize("day_first", [True, False, None])
def test_a_documents_order_of_numeric_dates_comes_back_after_save_and_reopen(tmp_path: Path,
                                                                            day_first: bool | None) -> None:
    document = Document("wall", "/news/wall.txt", TEXT, "Wall", dt.date(2024, 7, 3), (Sentence(0, len(TEXT)),),
                        day_first=day_first)
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, Timeline((document,), (), ()), [str(tmp_path)]).close()
    with Project.open(path) as project:
        (again,) = project.view().timeline.documents
    assert again.day_first is day_first


def test_a_page_whose_language_writes_the_day_first_reads_its_dates_the_same_when_reopened(tmp_path: Path) -> None:
    # Only the page's language (en-GB) shows the order: the text's numeric dates could be either way round.
    (loaded,), _problems = load_paths([FIXTURES / "day_first" / "harbour.html"])
    assert loaded.day_first is True and loaded.published == dt.date(2024, 7, 3)
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, Timeline((loaded,), (), ()), [str(tmp_path)]).close()
    with Project.open(path) as project:
        (again,) = project.view().timeline.documents
    assert again.day_first is True
    values = {t.text: t.value for t in tag(again.text, again.published, day_first=again.day_first)}
    assert values["05/06/2024"] == "2024-06-05"


def test_a_format_2_file_written_by_the_previous_code_is_upgraded_and_reads_the_same(tmp_path: Path) -> None:
    # Written by the code of file format 2 from test_project's TIMELINE, with a title edit.
    from tests.core.test_project import TIMELINE
    path = tmp_path / "old.timeline.sqlite"
    shutil.copyfile(FORMAT_2_FILE, path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2
    with Project.open(path) as project:
        assert not project.read_only
        assert project.results() == TIMELINE and [e.kind for e in project.edits()] == ["title"]
        assert [d.day_first for d in project.results().documents] == [None, None]  # not known: as before
        project.replace_results(Timeline(tuple(Document(d.id, d.path, d.text, d.title, d.published, d.sentences,
                                                        d.excluded, d.encoding, day_first=True)
                                               for d in TIMELINE.documents), TIMELINE.events, TIMELINE.problems))
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with Project.open(path) as project:
        assert [d.day_first for d in project.results().documents] == [True, True]
