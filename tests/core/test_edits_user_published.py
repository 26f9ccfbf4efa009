"""The user's publication dates as edits (`edits.publication_edit`): kept in the edit log with the other
corrections (and so in the project file, whose format needs no new step), read back per text by
`user_publication_dates` (the last for a text counts, a cleared one leaves none), never applied to events."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from timeline_app.core.edits import (Edit, apply_edits, describe_edit, document_hash, follow_changed_documents,
                                     publication_edit, user_publication_dates)
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.core.project import Project

D = dt.date
TEXT = "Divers inspected the pier yesterday."


def _timeline(text: str = TEXT) -> Timeline:
    doc = Document("a", "/news/a.txt", text, "Pier", None, (Sentence(0, len(text)),))
    at = text.index("yesterday")
    event = Event("e1", "Divers inspect the pier", D(2025, 3, 13), D(2025, 3, 13), Precision.DAY,
                  (Mention("a", at, at + 9, "yesterday", 0, len(text)),))
    return Timeline((doc,), (event,))


H1, H2 = "1" * 64, "2" * 64


@pytest.mark.parametrize("edits, expected", [
    ([], {}),
    ([publication_edit(H1, D(2025, 3, 14))], {H1: D(2025, 3, 14)}),
    ([publication_edit(H1, D(2025, 3, 14)), publication_edit(H1, D(2025, 3, 15))], {H1: D(2025, 3, 15)}),
    ([publication_edit(H1, D(2025, 3, 14)), publication_edit(H1, None)], {}),
    ([publication_edit(H1, D(2025, 3, 14)), publication_edit(H2, D(2024, 1, 2))],
     {H1: D(2025, 3, 14), H2: D(2024, 1, 2)}),
    ([Edit("published", ((H1, 0, 0),), {"date": "14 March"})], {}),  # a value that is no date: none
    ([Edit("published", ((H1, 0, 0),), {})], {}),
    ([Edit("title", ((H1, 3, 9),), {"title": "x"})], {}),
])
def test_user_publication_dates(edits: list[Edit], expected: dict[str, dt.date]) -> None:
    assert user_publication_dates(edits) == expected


@pytest.mark.parametrize("edit, text", [
    (publication_edit(H1, D(2025, 3, 14)), "Set publication date to 2025-03-14"),
    (publication_edit(H1, None), "Clear publication date"),
])
def test_describe_publication_edit(edit: Edit, text: str) -> None:
    assert describe_edit(edit) == text


def test_a_publication_date_changes_no_event_and_is_never_unapplied() -> None:
    timeline = _timeline()
    edited = apply_edits(timeline, [publication_edit(document_hash(timeline.documents[0]), D(2025, 3, 14)),
                                    publication_edit(H2, None)])
    assert edited.timeline == timeline and edited.unapplied == () and edited.hidden == ()


def test_a_publication_date_follows_its_article_when_the_text_changes() -> None:
    old, new = _timeline(), _timeline("Update: " + TEXT)
    edit = publication_edit(document_hash(old.documents[0]), D(2025, 3, 14))
    [followed] = follow_changed_documents([edit], old.documents, new.documents)
    assert user_publication_dates([followed]) == {document_hash(new.documents[0]): D(2025, 3, 14)}


def test_a_project_keeps_the_users_publication_dates(tmp_path: Path) -> None:
    path = tmp_path / "story.timeline.sqlite"
    timeline = _timeline()
    key = document_hash(timeline.documents[0])
    with Project.create(path, timeline, [str(tmp_path)]) as project:
        project.add_edit(publication_edit(key, D(2025, 3, 14)))
    with Project.open(path) as project:
        assert user_publication_dates(project.edits()) == {key: D(2025, 3, 14)}
        assert project.view().unapplied == ()


FORMAT_2_FILE = Path(__file__).parent / "fixtures" / "projects" / "format2.timeline.sqlite"


def test_an_older_project_file_opens_with_no_publication_dates(tmp_path: Path) -> None:
    path = tmp_path / "old.timeline.sqlite"
    shutil.copyfile(FORMAT_2_FILE, path)
    with Project.open(path) as project:
        assert user_publication_dates(project.edits()) == {}
        project.add_edit(publication_edit(H1, D(2025, 3, 14)))  # and takes one once upgraded
    with Project.open(path) as project:
        assert user_publication_dates(project.edits()) == {H1: D(2025, 3, 14)}
