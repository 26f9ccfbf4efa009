"""The project file: what it stores, what it refuses, and the edit log's add / undo / redo."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from timeline_app.core.edits import Edit, date_value, event_edit, merge_edit
from timeline_app.core.model import Document, Event, Mention, Precision, Problem, Sentence, Timeline
from timeline_app.core.project import (APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Project, ProjectError,
                                       is_project_file)

D = dt.date
TEXT_A = "On 19 June 2024 Putin visited Pyongyang. Talks ended on 20 June 2024."
TEXT_B = "Kim met Putin in 2000, the report said. «Quotes» and emoji 🎉 survive in 2001."


def _timeline() -> Timeline:
    a = Document("a", "/news/a.txt", TEXT_A, "Putin visits", D(2024, 6, 20), (Sentence(0, 40), Sentence(41, 69)),
                 excluded=((41, 46),))
    b = Document("b", "/news/b.html", TEXT_B, "Kim", None, (Sentence(0, 39), Sentence(40, len(TEXT_B))),
                 encoding="cp1252")
    visit = Mention("a", 3, 15, "19 June 2024", 0, 40)
    talks = Mention("a", 56, 68, "20 June 2024", 41, 69, dated=True, inferred=False)
    met = Mention("b", 17, 21, "2000", 0, 39, inferred=True)
    said = Mention("b", 34, 38, "said", 0, 39, dated=False)
    emoji = Mention("b", TEXT_B.index("2001"), TEXT_B.index("2001") + 4, "2001", 40, len(TEXT_B))
    events = (
        Event("ev-met", "Kim met Putin", D(2000, 1, 1), D(2000, 12, 31), Precision.YEAR, (met, said),
              sentence="Kim met Putin in 2000, the report said.", inferred=True, explanation="because",
              kind="meeting"),
        Event("ev-emoji", "«Quotes» 🎉", D(2001, 1, 1), D(2001, 12, 31), Precision.YEAR, (emoji,), period=True),
        Event("ev-visit", "Putin visits", D(2024, 6, 19), D(2024, 6, 19), Precision.DAY, (visit,), reported=True),
        Event("ev-talks", "Talks end", D(2024, 6, 20), D(2024, 6, 20), Precision.DAY, (talks,), note="n",
              starred=True, edited=True),
    )
    return Timeline((a, b), events, (Problem("/news/c.png", "an image", Problem.SKIPPED),
                                     Problem("/news/d.txt", "read as Windows-1252", Problem.WARNING)))


TIMELINE = _timeline()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "story.timeline.sqlite"
    Project.create(path, TIMELINE, [str(tmp_path)]).close()
    return path


def test_what_is_stored_comes_back_exactly(project_path: Path, tmp_path: Path):
    with Project.open(project_path) as project:
        assert project.results() == TIMELINE
        assert project.view().timeline == TIMELINE and project.view().hidden == ()
        assert project.sources == (str(tmp_path.resolve()),)
        assert not project.read_only and project.read_only_reason == ""
        assert project.edits() == []


def test_the_file_is_a_wal_project_with_our_id_and_version(project_path: Path):
    connection = sqlite3.connect(project_path)
    pragma = {name: connection.execute(f"PRAGMA {name}").fetchone()[0]
              for name in ("application_id", "user_version", "journal_mode")}
    connection.close()
    assert pragma == {"application_id": APPLICATION_ID, "user_version": SCHEMA_VERSION, "journal_mode": "wal"}
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))  # a step from every older version


def test_is_project_file_sniffs_the_content_not_the_name(project_path: Path, tmp_path: Path):
    renamed = tmp_path / "no-suffix"
    shutil.copy(project_path, renamed)
    plain = tmp_path / "plain.timeline.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    text = tmp_path / "notes.timeline.sqlite"
    text.write_text("SQLite format 3 is what this says, but it is text" * 3)
    empty = tmp_path / "empty.timeline.sqlite"
    empty.write_bytes(b"")
    assert is_project_file(project_path) and is_project_file(renamed)
    assert not any(is_project_file(p) for p in (plain, text, empty, tmp_path / "missing", tmp_path))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 3])


def _scribbled(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:] = bytes(len(data) - 4096)  # every page but the first zeroed
    path.write_bytes(bytes(data))


def _foreign_tables(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    connection.execute("CREATE TABLE documents (id, text)")  # untyped: any value could hide in it
    connection.close()


def _loose_types(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript("DROP TABLE problems; CREATE TABLE problems (position INTEGER PRIMARY KEY, "
                             "path TEXT NOT NULL, message TEXT NOT NULL, level TEXT NOT NULL);")
    connection.close()


def _packed_mention(document: int, start: int, end: int, sentence_start: int, sentence_end: int,
                    flags: int = 1) -> bytes:
    return struct.pack("<6i", document, start, end, sentence_start, sentence_end, flags)


def _set_mentions(packed: bytes) -> Callable[[Path], None]:
    """Replaces the visit's packed mentions (event ev-visit) with `packed`."""
    def spoil(path: Path) -> None:
        connection = sqlite3.connect(path)
        connection.execute("UPDATE events SET mentions = ? WHERE id = 'ev-visit'", (packed,))
        connection.commit()
        connection.close()
    return spoil


_bad_offsets = _set_mentions(_packed_mention(0, 3, 10000, 0, 10000))


def _bad_edit(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO edits (kind, targets, value, created) VALUES ('title', '[1, 2]', '{}', '')")
    connection.commit()
    connection.close()


def _bad_precision(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE events SET precision = 'fortnight'")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("spoil, problem", [
    (lambda p: p.unlink(), "No such file"),
    (lambda p: p.write_text("just some notes\n" * 20), "not a timeline-app project (not an SQLite database)"),
    (lambda p: (p.unlink(), sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.close()),
     "an SQLite database, but not a timeline-app project"),
    (_truncated, "damaged"),
    (_scribbled, "damaged"),
    (_foreign_tables, "table"),
    (_loose_types, "“problems” table does not enforce its column types"),
    (_bad_offsets, "do not fit its document"),
    (_set_mentions(_packed_mention(0, 15, 3, 0, 40)), "do not fit its document"),  # end before start
    (_set_mentions(_packed_mention(0, -1, 15, -1, 40)), "do not fit its document"),
    (_set_mentions(_packed_mention(7, 3, 15, 0, 40)), "do not fit its document"),  # no such document
    (_set_mentions(_packed_mention(-1, 3, 15, 0, 40)), "do not fit its document"),
    (_set_mentions(_packed_mention(0, 3, 15, 0, 40, flags=9)), "do not fit its document"),
    (_set_mentions(_packed_mention(0, 3, 15, 0, 40)[:-1]), "not whole mentions"),
    (_bad_edit, "names its passages wrongly"),
    (_bad_precision, "invalid value"),
])
def test_a_file_that_is_not_a_sound_project_raises_naming_file_and_problem(project_path: Path, spoil, problem):
    spoil(project_path)
    with pytest.raises(ProjectError) as caught:
        Project.open(project_path).close()
    assert str(project_path) in str(caught.value) and problem in str(caught.value)


def test_a_newer_file_opens_read_only_with_a_reason(project_path: Path):
    with Project.open(project_path) as project:
        project.add_edit(event_edit(TIMELINE, TIMELINE.events[0], "hide"))
    connection = sqlite3.connect(project_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.execute("ALTER TABLE events ADD COLUMN colour TEXT")  # what a newer version might add
    connection.close()
    with Project.open(project_path) as project:
        assert project.read_only and f"file format {SCHEMA_VERSION + 1}" in project.read_only_reason
        assert "read-only" in project.read_only_reason
        assert [e.id for e in project.view().hidden] == ["ev-met"]
        with pytest.raises(ProjectError, match="read-only"):
            project.add_edit(event_edit(TIMELINE, TIMELINE.events[1], "hide"))
        with pytest.raises(ProjectError, match="read-only"):
            project.remove_edit(1)
        project.set_state("zoom", 3)  # kept for the session only
        assert project.state("zoom") == 3
    with Project.open(project_path) as project:
        assert project.state("zoom") is None and len(project.edits()) == 1


def test_an_older_file_is_migrated(tmp_path: Path):
    path = tmp_path / "old.timeline.sqlite"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # version 0: nothing in it yet
    connection.close()
    with Project.open(path) as project:
        assert project.results() == Timeline() and project.edits() == []
        project.add_edit(Edit("hide", (("0" * 64, 0, 1),)))
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


FORMAT_1_FILE = Path(__file__).parent / "fixtures" / "projects" / "format1.timeline.sqlite"


def test_a_format_1_file_written_by_the_previous_code_is_upgraded_and_reads_the_same(tmp_path: Path):
    # Written by the code of file format 1 (a mentions table) from TIMELINE, with a title edit, a hide and a
    # zoom state.
    path = tmp_path / "old.timeline.sqlite"
    shutil.copyfile(FORMAT_1_FILE, path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    with Project.open(path) as project:
        assert project.results() == TIMELINE
        assert [e.kind for e in project.edits()] == ["title", "hide"] and project.state("zoom") == 3
        assert [e.title for e in project.view().timeline.events] == ["«Quotes» 🎉", "Putin in Pyongyang",
                                                                     "Talks end"]
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("SELECT name FROM sqlite_master WHERE name = 'mentions'").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    with Project.open(path) as project:  # and opens again as a current file
        assert project.results() == TIMELINE and len(project.edits()) == 2


def test_a_format_1_file_that_cannot_be_written_opens_read_only_upgraded_in_memory(tmp_path: Path, monkeypatch):
    path = tmp_path / "old.timeline.sqlite"
    shutil.copyfile(FORMAT_1_FILE, path)
    monkeypatch.setattr("timeline_app.core.project.os.access", lambda *_args: False)  # as on read-only media
    with Project.open(path) as project:
        assert project.read_only and "cannot be written" in project.read_only_reason
        assert project.results() == TIMELINE and [e.kind for e in project.edits()] == ["title", "hide"]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1  # the file is untouched


def test_a_format_1_file_with_a_stray_mention_is_refused_and_left_as_it_was(tmp_path: Path):
    path = tmp_path / "old.timeline.sqlite"
    shutil.copyfile(FORMAT_1_FILE, path)
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO mentions VALUES (NULL, 99, 0, 3, 15, 0, 40, 1, 0)")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectError, match="belong to no event"):
        Project.open(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1  # the upgrade rolled back


def test_add_remove_restore_edits_keep_their_order_across_reopening(project_path: Path):
    met, emoji, visit, talks = TIMELINE.events
    with Project.open(project_path) as project:
        title = project.add_edit(event_edit(TIMELINE, visit, "title", {"title": "Putin in Pyongyang"}))
        date = project.add_edit(event_edit(TIMELINE, met, "date", date_value(D(2000, 7, 19), D(2000, 7, 19),
                                                                            "day")))
        merge = project.add_edit(merge_edit(TIMELINE, [visit, talks]))
        assert [e.id for e in project.edits()] == [title.id, date.id, merge.id] and title.id < date.id < merge.id
        assert title == replace(event_edit(TIMELINE, visit, "title", {"title": "Putin in Pyongyang"}), id=title.id)
        project.remove_edit(merge.id)
        project.remove_edit(date.id)
        assert [e.title for e in project.view().timeline.events] == [
            "Kim met Putin", "«Quotes» 🎉", "Putin in Pyongyang", "Talks end"]
        project.restore_edit(date)
        with pytest.raises(ProjectError, match="no edit"):
            project.remove_edit(merge.id)
        with pytest.raises(ProjectError, match="already"):
            project.restore_edit(date)
        after = project.add_edit(event_edit(TIMELINE, emoji, "star", {"starred": True}))
        assert after.id > merge.id  # ids are never reused, so a redo puts an edit back in its place
        project.restore_edit(merge)
        assert [e.id for e in project.edits()] == [title.id, date.id, merge.id, after.id]
        shown = project.view()
    with Project.open(project_path) as project:
        assert project.edits() == [title, date, merge, after]
        assert project.view() == shown
        assert [e.id for e in shown.timeline.events] == ["ev-met", "ev-emoji", "ev-visit"]


def test_view_state_is_json_and_persists(project_path: Path):
    with Project.open(project_path) as project:
        assert project.state("hidden_sources", ["x"]) == ["x"]
        project.set_state("hidden_sources", ["a", "b"])
        project.set_state("zoom", {"first": "2024-01-01", "days": 30.5})
        with pytest.raises(TypeError):
            project.set_state("bad", object())
    with Project.open(project_path) as project:
        assert project.state("hidden_sources") == ["a", "b"]
        assert project.state("zoom") == {"first": "2024-01-01", "days": 30.5}


def test_save_as_copies_everything_and_the_original_stays_as_it_was(project_path: Path, tmp_path: Path):
    with Project.open(project_path) as project:
        project.add_edit(event_edit(TIMELINE, TIMELINE.events[0], "hide"))
        project.set_state("zoom", 2)
        with project.save_as(tmp_path / "copy.timeline.sqlite") as copy:
            assert copy.edits() == project.edits() and copy.state("zoom") == 2
            assert copy.results() == TIMELINE and is_project_file(copy.path)
            copy.add_edit(event_edit(TIMELINE, TIMELINE.events[1], "hide"))
        assert project.save_as(project_path) is project
        assert len(project.edits()) == 1
    with Project.open(tmp_path / "copy.timeline.sqlite") as copy:
        assert len(copy.edits()) == 2


def test_create_replaces_a_file_and_leaves_no_temporary_behind(project_path: Path, tmp_path: Path):
    with Project.open(project_path) as project:
        project.add_edit(event_edit(TIMELINE, TIMELINE.events[0], "hide"))
    smaller = replace(TIMELINE, events=TIMELINE.events[:1])
    Project.create(project_path, smaller, []).close()
    with Project.open(project_path) as project:
        assert project.results() == smaller and project.edits() == [] and project.sources == ()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.timeline.sqlite"]


def test_create_in_a_missing_folder_raises(tmp_path: Path):
    with pytest.raises(ProjectError, match="missing"):
        Project.create(tmp_path / "missing" / "x.timeline.sqlite", TIMELINE, [])


def test_a_project_moved_with_its_articles_finds_them_beside_it(tmp_path: Path):
    here = tmp_path / "here"
    (here / "articles").mkdir(parents=True)
    Project.create(here / "p.timeline.sqlite", TIMELINE, [str(here / "articles")]).close()
    there = tmp_path / "there"
    here.rename(there)
    with Project.open(there / "p.timeline.sqlite") as project:
        assert project.sources == (str((there / "articles").resolve()),)


def test_a_closed_project_refuses_writes(project_path: Path):
    project = Project.open(project_path)
    project.close()
    project.close()  # twice is fine
    with pytest.raises(ProjectError, match="closed"):
        project.add_edit(event_edit(TIMELINE, TIMELINE.events[0], "hide"))


def test_edits_are_stored_as_json_never_pickled(project_path: Path):
    with Project.open(project_path) as project:
        project.add_edit(merge_edit(TIMELINE, TIMELINE.events[2:]))
    connection = sqlite3.connect(project_path)
    kind, targets, value = connection.execute("SELECT kind, targets, value FROM edits").fetchone()
    connection.close()
    assert kind == "merge" and json.loads(value) == {"group_sizes": [1, 1]}
    assert [k[1:] for k in json.loads(targets)] == [[3, 15], [56, 68]]


def test_stored_sentences_behave_as_the_tuple_they_stand_for(project_path: Path):
    import bisect
    import pickle

    with Project.open(project_path) as project:
        stored = project.results().documents[0]
    original = TIMELINE.documents[0]
    assert stored == original and hash(stored) == hash(original)
    assert stored.sentences == original.sentences and original.sentences == stored.sentences
    assert len(stored.sentences) == 2 and stored.sentences[1] == Sentence(41, 69) and list(stored.sentences)[0] \
        == Sentence(0, 40)
    assert stored.sentences[:1] == (Sentence(0, 40),) and stored.sentence_at(50) == Sentence(41, 69)
    assert bisect.bisect_right(stored.sentences, 45, key=lambda s: s.end) == 1
    assert pickle.loads(pickle.dumps(stored)) == original


@pytest.mark.parametrize("stored, sentences", [
    ("[0, 40, 41, 69]", (Sentence(0, 40), Sentence(41, 69))),
    ("[0, 40, 41]", (Sentence(0, 40),)),  # a dangling offset
    ('[0, 40, "a", 69, 50, 45]', (Sentence(0, 40),)),  # not a number; a pair out of order
    ("{}", ()),
    ("not json", ()),
])
def test_damaged_sentence_offsets_cost_highlights_never_the_document(project_path: Path, stored, sentences):
    connection = sqlite3.connect(project_path)
    connection.execute("UPDATE documents SET sentences = ? WHERE id = 'a'", (stored,))
    connection.commit()
    connection.close()
    with Project.open(project_path) as project:
        assert project.results().documents[0].sentences == sentences


def test_replace_results_can_change_the_sources_too(project_path: Path, tmp_path: Path):
    (tmp_path / "more").mkdir()
    smaller = replace(TIMELINE, events=TIMELINE.events[2:], problems=())
    with Project.open(project_path) as project:
        project.add_edit(event_edit(TIMELINE, TIMELINE.events[0], "hide"))
        view = project.replace_results(smaller, sources=[str(tmp_path), str(tmp_path / "more")])
        [(edit, reason)] = view.unapplied
        assert edit.kind == "hide" and reason == "no event is reported by that passage any more"
        assert view.timeline == smaller
    with Project.open(project_path) as project:
        assert project.results() == smaller and len(project.edits()) == 1
        assert project.sources == (str(tmp_path.resolve()), str((tmp_path / "more").resolve()))


def test_events_read_from_a_file_are_the_frozen_dataclasses_themselves(project_path: Path):
    import dataclasses

    from timeline_app.core.project import _EVENT_FIELDS, _packed_mention_setters, _slot_setters

    with Project.open(project_path) as project:
        events = project.results().events
    assert events == TIMELINE.events and hash(events) == hash(TIMELINE.events)
    assert [type(e) for e in events] == [Event] * 4 and type(events[0].mentions[0]) is Mention
    with pytest.raises(dataclasses.FrozenInstanceError):
        events[0].title = "x"  # type: ignore[misc]
    assert repr(events[0].mentions[0]) == repr(TIMELINE.events[0].mentions[0])
    # The fast path is taken only while the fields are exactly those it sets.
    assert _packed_mention_setters() is not None and _slot_setters(Event, _EVENT_FIELDS) is not None
    assert _slot_setters(Event, _EVENT_FIELDS[:-1]) is None
    # (Mention's fields are read from its packed int: filled as its constructor would.)
    assert [m._at for e in events for m in e.mentions] == [m._at for e in TIMELINE.events for m in e.mentions]
    assert _slot_setters(Document, tuple(f.name for f in dataclasses.fields(Document))) is None  # __post_init__


def test_create_reports_progress_and_keeps_the_given_edit_ids(tmp_path):

    timeline = _progress_timeline()
    edits = [replace(event_edit(timeline, timeline.events[0], "star", {"starred": True}), id=3),
             replace(event_edit(timeline, timeline.events[1], "hide"), id=7)]
    reports = []
    path = tmp_path / "p.timeline.sqlite"
    with Project.create(path, timeline, [str(tmp_path)], edits=edits,
                        progress=lambda done, total, label: reports.append((done, total))) as project:
        assert [e.id for e in project.edits()] == [3, 7]
    assert reports and all(0 <= d <= t for d, t in reports) and reports[-1][1] == 1 + len(timeline.events)
    opened = []
    with Project.open(path, progress=lambda done, total, label: opened.append(label)) as project:
        assert [(e.id, e.kind) for e in project.edits()] == [(3, "star"), (7, "hide")]
    assert opened


def test_sync_edits_makes_a_copy_hold_the_edits_made_meanwhile(tmp_path):

    timeline = _progress_timeline()
    with Project.create(tmp_path / "a.timeline.sqlite", timeline, [str(tmp_path)]) as original:
        first = original.add_edit(event_edit(timeline, timeline.events[0], "star", {"starred": True}))
        with original.save_as(tmp_path / "b.timeline.sqlite") as copy:
            second = original.add_edit(event_edit(timeline, timeline.events[1], "hide"))  # after the copy
            original.remove_edit(first.id)
            copy.sync_edits(original.edits())
            assert copy.edits() == original.edits() == [second]
    with Project.open(tmp_path / "b.timeline.sqlite") as reopened:
        assert reopened.edits() == [second]


def _progress_timeline() -> Timeline:
    text = "On May 2, 2020, the council met. On June 3, 2021, it voted."
    doc = Document("d1", "/a/d1.txt", text, "Council", None, (Sentence(0, 32), Sentence(33, len(text))))
    events = tuple(Event(f"e{i}", f"Event {i}", dt.date(2020 + i, 5, 2), dt.date(2020 + i, 5, 2), Precision.DAY,
                         (Mention("d1", start, start + 11, text[start:start + 11], s.start, s.end),))
                   for i, (start, s) in enumerate([(3, doc.sentences[0]), (36, doc.sentences[1])]))
    return Timeline(documents=(doc,), events=events)


def test_a_mention_in_a_sentence_too_long_to_pack_comes_back_from_the_file(tmp_path: Path):
    """Offsets the packed int cannot hold (a run-on "sentence" of thousands of characters: `model.pack_mention`)
    are read back as stored, not packed column by column into a wrong int."""
    text = "x" * 3000 + " on 19 June 2024 it rained " + "y" * 3000
    start = text.index("19 June")
    doc = Document("a", "/news/a.txt", text, "Rain", D(2024, 6, 20), (Sentence(0, len(text)),))
    long_one = Mention("a", start, start + 12, "19 June 2024", 0, len(text))
    short = Mention("a", start, start + 12, "19 June 2024", start - 3, start + 20)
    timeline = Timeline((doc,), (Event("ev", "It rained", D(2024, 6, 19), D(2024, 6, 19), Precision.DAY,
                                       (long_one, short)),))
    path = tmp_path / "rain.timeline.sqlite"
    Project.create(path, timeline, [str(tmp_path)]).close()
    with Project.open(path) as project:
        (event,) = project.results().events
    assert event.mentions == (long_one, short)
    assert [(m.start, m.end, m.sentence_start, m.sentence_end) for m in event.mentions] == [
        (start, start + 12, 0, len(text)), (start, start + 12, start - 3, start + 20)]
