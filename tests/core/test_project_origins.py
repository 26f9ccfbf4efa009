"""A project keeps each document's origin map (pages, message parts, feed entries) and link across save and
reopen, reads files without them as before, and ignores a stored map that no longer fits its document."""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

from timeline_app.core.documents import load_paths
from timeline_app.core.model import Document, Sentence, Timeline
from timeline_app.core.project import Project

MIXED = Path(__file__).parent / "fixtures" / "formats" / "mixed"


def _timeline() -> Timeline:
    pdf = Document("bridge", "/a/bridge.pdf", "Page one.\n\nPage two.", "Bridge", dt.date(2024, 3, 5),
                   (Sentence(0, 9), Sentence(11, 20)), origins=((0, "p. 1"), (11, "p. 2")))
    entry = Document("city-1", "/a/city.rss", "Ferry back\n\nIt sails.", "Ferry back", None, (Sentence(0, 10),),
                     origins=((0, "entry 1"),), link="https://news.example.org/ferry")
    plain = Document("notes", "/a/notes.txt", "Notes.", "Notes", None, (Sentence(0, 6),))
    return Timeline((pdf, entry, plain), (), ())


def test_origins_and_links_come_back_after_save_and_reopen(tmp_path):
    timeline = _timeline()
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, timeline, [str(tmp_path)]).close()
    with Project.open(path) as project:
        docs = project.view().timeline.documents
    assert [(d.origins, d.link) for d in docs] == [(d.origins, d.link) for d in timeline.documents]
    assert docs[0].origin_at(12) == "p. 2"


def test_the_loaded_mixed_folder_round_trips(tmp_path):
    docs, problems = load_paths([MIXED])
    path = tmp_path / "mixed.timeline.sqlite"
    Project.create(path, Timeline(tuple(docs), (), tuple(problems)), [str(MIXED)]).close()
    with Project.open(path) as project:
        again = project.view().timeline.documents
    assert [(d.id, d.origins, d.link) for d in again] == [(d.id, d.origins, d.link) for d in docs]


def test_a_project_of_plain_files_is_written_as_before(tmp_path):
    path = tmp_path / "plain.timeline.sqlite"
    plain = _timeline().documents[2]
    Project.create(path, Timeline((plain,), (), ()), [str(tmp_path)]).close()
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "document_origins" not in tables  # an older version opens it exactly as it wrote it


def test_a_file_without_the_table_or_with_a_stale_or_damaged_row_reads_without_origins(tmp_path):
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, _timeline(), [str(tmp_path)]).close()
    with sqlite3.connect(path) as connection:
        # An older version rewrote the bridge's text (its hash changed) and left the row; the entry's row rots.
        connection.execute("UPDATE document_origins SET hash = 'other' WHERE id = 'bridge'")
        connection.execute("UPDATE document_origins SET origins = '[[\"x\", 1]]' WHERE id = 'city-1'")
    with Project.open(path) as project:
        docs = project.view().timeline.documents
    assert [d.origins for d in docs] == [(), (), ()] and docs[1].link == ""
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE document_origins")
    with Project.open(path) as project:
        assert [d.origins for d in project.view().timeline.documents] == [(), (), ()]


def test_rereading_replaces_the_stored_origins(tmp_path):
    timeline = _timeline()
    path = tmp_path / "p.timeline.sqlite"
    with Project.create(path, timeline, [str(tmp_path)]) as project:
        bridge = replace(timeline.documents[0], origins=((0, "p. iv"),))
        project.replace_results(Timeline((bridge,), (), ()))
    with Project.open(path) as project:
        assert [d.origins for d in project.view().timeline.documents] == [((0, "p. iv"),)]
