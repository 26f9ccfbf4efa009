"""A project read as columns (`ColumnEvents`): the same events as the object path, and edits applied to the
few rows they name."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.core.test_edits import EVENTS, REPORT, TIMELINE, VISIT, LAST_M, TALKS_M
from timeline_app.core.edits import (Edit, apply_edits, date_value, document_hash, event_edit, event_keys,
                                     merge_edit, new_event_edit, split_edit)
from timeline_app.core.event_store import ColumnEvents, EventColumns
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.core.project import Project, _read_documents, _read_events

D = dt.date

# A third article whose events no edit names: they stay rows of the stored columns, around the edited ones.
FILLER_TEXT = " ".join(f"Item {i} happened on day {i}." for i in range(40))
FILLER = Document("filler", "/news/filler.txt", FILLER_TEXT, "Filler", D(2024, 7, 1),
                  tuple(Sentence(FILLER_TEXT.index(f"Item {i} "), FILLER_TEXT.index(f"Item {i} ")
                                 + len(f"Item {i} happened on day {i}.")) for i in range(40)))


def _filler(i: int) -> Event:
    start = FILLER_TEXT.index(f"Item {i} ")
    end = start + len(f"Item {i}")
    sentence = FILLER.sentence_at(start)
    day = D(1999, 1, 1) + dt.timedelta(days=300 * i)
    return Event(f"ev-f{i}", f"Filler «{i}»", day, day, Precision.DAY,
                 (Mention("filler", start, end, f"Item {i}", sentence.start, sentence.end),),
                 note="n\nb" if i % 3 == 0 else "", starred=i % 5 == 0, reported=i % 2 == 0)


def _timeline() -> Timeline:
    key = lambda e: (e.first, e.last, e.title)  # noqa: E731
    return Timeline((VISIT, REPORT, FILLER), tuple(sorted([*TIMELINE.events, *map(_filler, range(40))], key=key)))


def _as_columns(timeline: Timeline) -> Timeline:
    return Timeline(timeline.documents, ColumnEvents(timeline.documents,
                                                     EventColumns.from_events(timeline.documents, timeline.events)))


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, _timeline(), []).close()
    return path


def test_a_project_opens_as_columns_with_the_events_the_object_path_reads(project_path: Path):
    with Project.open(project_path) as project:
        events = project.view().timeline.events
        assert isinstance(events, ColumnEvents) and events.made_count() == 0
        connection = sqlite3.connect(project_path)
        documents, _hashes = _read_documents(connection)
        objects = _read_events(connection, documents)
        connection.close()
        assert list(events) == list(objects) == list(_timeline().events)
        assert [e.id for e in events] == [e.id for e in _timeline().events]
        assert events.store().source_counts.tolist() == [4, 2, 40]


@pytest.mark.parametrize("damage", [
    "UPDATE events SET title = 'a\x1fb' WHERE position = 3",  # a field holding the columns' separator
    "UPDATE events SET note = 'a' || char(0) || 'b' WHERE position = 4",  # SQLite's length() stops at a NUL
])
def test_rows_the_columns_cannot_hold_open_as_objects(project_path: Path, damage: str):
    connection = sqlite3.connect(project_path)
    connection.execute(damage)
    connection.commit()
    connection.close()
    with Project.open(project_path) as project:
        events = project.results().events
        assert not isinstance(events, ColumnEvents)
        assert len(events) == len(_timeline().events)


def test_an_invalid_date_is_still_named_on_open(project_path: Path):
    connection = sqlite3.connect(project_path)
    connection.execute("UPDATE events SET first = '2024-02-30' WHERE position = 2")
    connection.commit()
    connection.close()
    with pytest.raises(Exception, match="invalid value"):
        Project.open(project_path)


def _edit_cases() -> list[list[Edit]]:
    t = TIMELINE
    merged = apply_edits(t, [merge_edit(t, [EVENTS["talks"], EVENTS["last"]])]).timeline
    merged_talks = next(e for e in merged.events if e.id == "ev-talks")
    start = VISIT.text.index("Talks went on")
    return [
        [event_edit(t, EVENTS["talks"], "star", {"starred": True})],
        [event_edit(t, EVENTS["since"], "title", {"title": "Zzz moved last"}),
         event_edit(t, EVENTS["pact"], "note", {"note": "a note"})],
        [event_edit(t, EVENTS["visit"], "date", date_value(D(1990, 1, 1), D(1990, 12, 31), "year"))],
        [event_edit(t, EVENTS["talks"], "date", date_value(D(2031, 5, 1), D(2031, 5, 31), "month"))],
        [event_edit(t, EVENTS["since"], "hide")],
        [event_edit(t, EVENTS["since"], "hide"), event_edit(t, EVENTS["since"], "unhide")],
        [merge_edit(t, [EVENTS["talks"], EVENTS["last"]])],
        [merge_edit(t, [EVENTS["talks"], EVENTS["last"]]), split_edit(merged, merged_talks, LAST_M)],
        [split_edit(t, EVENTS["visit"], next(m for m in EVENTS["visit"].mentions if m.document == "report"),
                    {"title": "Kim meets Putin", **date_value(D(2024, 6, 19), D(2024, 6, 19), "day")})],
        [new_event_edit(VISIT, start, start + len("Talks went on"), "Talks begin", D(2024, 6, 19),
                        D(2024, 6, 19), "day")],
        [Edit("merge", event_keys(t, EVENTS["pact"]) + event_keys(t, EVENTS["talks"]))],
        [split_edit(t, EVENTS["talks"], TALKS_M)],  # unapplied: its only mention
        [Edit("title", (("no-such-hash", 1, 2),), {"title": "x"})],  # unapplied: gone
    ]


@pytest.mark.parametrize("edits", _edit_cases())
def test_edits_on_columns_give_what_apply_edits_gives(edits: list[Edit]):
    timeline = _timeline()
    hashes = {d.id: document_hash(d) for d in timeline.documents}
    columns = _as_columns(timeline)
    expected = apply_edits(timeline, edits, document_hashes=hashes)
    got = apply_edits(columns, edits, document_hashes=hashes)  # the same entry point, given columns
    assert isinstance(got.timeline.events, ColumnEvents)  # edited where they stand, not made a tuple
    # Only the rows holding a named passage were made: the fillers never were.
    assert columns.events.made_count() <= len(TIMELINE.events)
    assert list(got.timeline.events) == list(expected.timeline.events)
    assert got.hidden == expected.hidden and got.unapplied == expected.unapplied
    # The edited columns' store is the one the events would give.
    store = got.timeline.events.store()
    assert store.event_text(0) == "\x1f".join([expected.timeline.events[0].title,
                                               expected.timeline.events[0].sentence,
                                               expected.timeline.events[0].note]).lower()
    assert [store.sources(r) for r in range(len(store))] == [e.sources for e in expected.timeline.events]


def test_an_edit_on_a_column_project_applies_and_undoes(project_path: Path):
    with Project.open(project_path) as project:
        stored = project.view().timeline.events
        talks = stored[stored.row_of("ev-talks")]
        edit = project.add_edit(event_edit(project.results(), talks, "date",
                                           date_value(D(1980, 1, 1), D(1980, 1, 1), "day")))
        view = project.view().timeline.events
        assert isinstance(view, ColumnEvents) and len(view) == len(stored)
        assert view[0].id == "ev-talks" and view[0].first == D(1980, 1, 1) and view[0].edited
        assert stored.made_count() < 10  # the rows holding the edited passage, not every row
        before = list(stored)
        assert list(view) == [view[0]] + [e for e in before if e.id != "ev-talks"]
        project.remove_edit(edit.id)
        assert list(project.view().timeline.events) == before
    with Project.open(project_path) as project:  # the undo was stored
        assert list(project.view().timeline.events) == before


def test_a_column_timeline_is_saved_from_its_columns_as_the_objects_would_be(tmp_path: Path):
    timeline = _timeline()
    columns = _as_columns(timeline)
    Project.create(tmp_path / "objects.timeline.sqlite", timeline, []).close()
    Project.create(tmp_path / "columns.timeline.sqlite", columns, []).close()
    assert columns.events.made_count() == 0  # written from the columns

    def rows(name: str) -> list[tuple]:
        connection = sqlite3.connect(tmp_path / name)
        try:
            return connection.execute("SELECT * FROM events ORDER BY position").fetchall()
        finally:
            connection.close()

    assert rows("columns.timeline.sqlite") == rows("objects.timeline.sqlite")
    with Project.open(tmp_path / "columns.timeline.sqlite") as project:
        assert list(project.results().events) == list(timeline.events)


def test_columns_whose_mention_outruns_its_document_are_not_written(tmp_path: Path):
    # The check the reader makes (every mention fits its document) is made before columns are written too.
    from dataclasses import replace

    timeline = _timeline()
    short = tuple(replace(d, text=d.text[:20], sentences=()) if d.id == "filler" else d for d in timeline.documents)
    columns = Timeline(short, ColumnEvents(short, EventColumns.from_events(timeline.documents, timeline.events)))
    with pytest.raises(ValueError, match="does not fit its document"):
        Project.create(tmp_path / "bad.timeline.sqlite", columns, [])
    fine = _as_columns(timeline)
    Project.create(tmp_path / "good.timeline.sqlite", fine, []).close()
    with Project.open(tmp_path / "good.timeline.sqlite") as project:
        assert list(project.results().events) == list(timeline.events)
