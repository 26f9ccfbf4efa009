"""A project keeps a page's later stories (`Document.story_days`, file format 4), so a document read back is analysed
again (a split's title: `edits.mention_title`) as the load analysed it, each story counted from its own date line; a
file of format 3 (written by the previous code) is upgraded and reads each page as one story, as before. Invented
documents (fixtures/story_days)."""
from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from pathlib import Path

import pytest

from timeline_app.core.analysis import analyse_document
from timeline_app.core.documents import load_document
from timeline_app.core.model import Document, Sentence, Timeline
from timeline_app.core.project import SCHEMA_VERSION, Project

FIXTURES = Path(__file__).parent / "fixtures"
STORY_PAGE = FIXTURES / "story_days" / "wire_digest.txt"
FORMAT_3_FILE = FIXTURES / "projects" / "format3_story_page.timeline.sqlite"
TEXT = "Harbour reopens\n\nMarch 4, 2024\n\nThe harbour reopened.\n\nBridge shut\n\nMarch 9, 2024\n\nThe bridge shut."


def _saved_and_reopened(tmp_path: Path, document: Document) -> Document:
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, Timeline((document,), (), ()), [str(tmp_path)]).close()
    with Project.open(path) as project:
        (again,) = project.view().timeline.documents
    return again


@pytest.mark.parametrize("story_days", [
    (),
    ((TEXT.index("Bridge shut"), dt.date(2024, 3, 9)),),
    ((TEXT.index("The harbour"), dt.date(2024, 3, 5)), (TEXT.index("Bridge shut"), dt.date(2024, 3, 9))),
])
def test_a_pages_stories_come_back_after_save_and_reopen(tmp_path: Path,
                                                          story_days: tuple[tuple[int, dt.date], ...]) -> None:
    document = Document("p", "/news/p.txt", TEXT, "Harbour reopens", dt.date(2024, 3, 4), (Sentence(0, len(TEXT)),),
                        story_days=story_days)
    assert _saved_and_reopened(tmp_path, document).story_days == story_days


def _dates(document: Document) -> list[tuple[int, int, str, str]]:
    found = analyse_document(document)
    return sorted((c.start, c.end, str(c.first), str(c.last))
                  for c in (*(found.candidates or ()), *(item.candidate for item in found.news)))


def test_a_reopened_story_page_is_analysed_again_as_the_load_analysed_it(tmp_path: Path) -> None:
    loaded = load_document(STORY_PAGE)
    assert loaded.story_days  # (a page of two stories: the second's weekdays count from its own date line)
    again = _saved_and_reopened(tmp_path, loaded)
    assert again.story_days == loaded.story_days
    assert _dates(again) == _dates(loaded)


def test_a_format_3_file_written_by_the_previous_code_is_upgraded_and_reads_one_story(tmp_path: Path) -> None:
    path = tmp_path / "old.timeline.sqlite"
    shutil.copyfile(FORMAT_3_FILE, path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3
    with Project.open(path) as project:
        assert not project.read_only
        (document,) = project.results().documents
        assert document.story_days == ()  # not stored: one story, as the previous code read it back
        assert len(project.results().events) == 6
        loaded = load_document(STORY_PAGE)
        project.replace_results(Timeline((loaded,), project.results().events, ()))
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    with Project.open(path) as project:
        assert project.results().documents[0].story_days == loaded.story_days


@pytest.mark.parametrize("stored", ['[12, "2024-03-09", 5]', '"x"', '[12, "March"]', '[9999, "2024-03-09"]',
                                    '[40, "2024-03-09", 12, "2024-03-10"]', '[0, "2024-03-09"]', "{"])
def test_a_damaged_stories_value_reads_as_one_story_and_is_logged(tmp_path: Path, stored: str,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    document = Document("p", "/news/p.txt", TEXT, "Harbour reopens", dt.date(2024, 3, 4), (Sentence(0, len(TEXT)),),
                        story_days=((TEXT.index("Bridge shut"), dt.date(2024, 3, 9)),))
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, Timeline((document,), (), ()), [str(tmp_path)]).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE documents SET stories = ?", (stored,))
    connection.close()
    with caplog.at_level(logging.WARNING, logger="timeline_app.core.project"), Project.open(path) as project:
        (again,) = project.view().timeline.documents
    assert again.story_days == () and again.text == TEXT
    assert any("/news/p.txt" in r.getMessage() and "stories" in r.getMessage() for r in caplog.records)
