"""An article that prints no publication date tells its news by "on Thursday", "yesterday", "last week": phrases
counted from the date it lacks. The load's own tagging notes them (`temporal.tag_stream`'s `waiting`,
`DocumentAnalysis.waiting`), carried through a worker's rows, the analysis cache, the loaded `Document.waiting`,
the project file / timeline cache and `extract`'s JSON ("waiting_dates"), so the window can say what setting the
date brings."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline_app.core.analysis import (analyse_document, decode_analysis, encode_analysis, pack_analyses,
                                        unpack_analyses)
from timeline_app.core.model import Document
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.temporal import tag_stream


def _waiting(text: str, published: dt.date | None) -> list[str]:
    analysis = analyse_document(Document(id="d", path="d.txt", text=text, title="Bridge", published=published))
    return [text[a:b] for a, b in analysis.waiting]


@pytest.mark.parametrize("text, waiting", [
    ("The council voted on Thursday to close the bridge.", ["Thursday"]),
    ("Yesterday the mayor said repairs would take months.", ["Yesterday"]),
    ("Last week the river rose above its banks.", ["Last week"]),
    ("This morning crews arrived at the bridge.", ["This morning"]),
    ("The first cracks were seen on July 28, officials said.", ["July 28"]),  # a year-less day
    ("The bridge was last inspected two weeks ago.", ["two weeks ago"]),  # a count from the date (PAST_REF)
    ("Three hours ago the bridge was closed.", ["Three hours ago"]),
    ("Sales fell last year, and next month the plant closes.", ["last year", "next month"]),
])
def test_relative_dates_of_an_undated_article_wait_for_its_date(text: str, waiting: list[str]) -> None:
    assert _waiting(text, None) == waiting


@pytest.mark.parametrize("text", [
    "The bridge opened on May 4, 1921.",  # a full date: dated without the publication date
    "The bridge was built in 1921 and widened in the 1990s.",
    "The bridge opened on May 4, 1921. Two days later it was closed.",  # counted from the printed day
    "Recently the bridge has been busy.",  # vague: no publication date would date it
    "The ferry runs every Monday, for three weeks.",  # a set and a duration
    "The mayor spoke for an hour.",
])
def test_dates_that_need_no_publication_date_do_not_wait(text: str) -> None:
    assert _waiting(text, None) == []


@pytest.mark.parametrize("text", [
    "The council voted on Thursday to close the bridge.",
    "Yesterday the mayor spoke; last week the river rose; on July 28 cracks were seen.",
])
def test_nothing_waits_in_an_article_with_a_date(text: str) -> None:
    assert _waiting(text, dt.date(2021, 8, 5)) == []


def test_the_tagger_notes_them_only_when_asked_and_its_expressions_are_the_same() -> None:
    text = "Yesterday the mayor said the bridge, opened on May 4, 1921, would close on Thursday."
    waiting: list[tuple[int, int]] = []
    asked = list(tag_stream(text, None, waiting=waiting))
    assert asked == list(tag_stream(text, None))
    assert [text[a:b] for a, b in waiting] == ["Yesterday", "Thursday"]


def test_the_waiting_dates_pass_through_rows_and_the_cache() -> None:
    text = "The council voted on Thursday to close the bridge, built on May 4, 1921."
    doc = Document(id="d", path="d.txt", text=text, title="Bridge")
    analysis = analyse_document(doc)
    assert [text[a:b] for a, b in analysis.waiting] == ["Thursday"]
    assert unpack_analyses(pack_analyses([analysis]))[0].waiting == analysis.waiting
    assert decode_analysis(encode_analysis(analysis), doc).waiting == analysis.waiting


_UNDATED = "Bridge closed\n\nThe council voted on Thursday to close the old bridge. Yesterday the mayor spoke.\n"
_DATED = "May 5, 2021\n\nQuiet town\n\nThe council met on Thursday.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bridge.txt").write_text(_UNDATED, encoding="utf-8")
    (folder / "town.txt").write_text(_DATED, encoding="utf-8")
    return folder


def test_a_loaded_document_holds_its_waiting_dates_and_extract_counts_them(tmp_path: Path) -> None:
    from timeline_app.core.export import timeline_dict

    timeline = build_timeline([_folder(tmp_path)], cache=False)
    docs = {d.id: d for d in timeline.documents}
    bridge = docs["bridge"]
    assert bridge.published is None
    assert [bridge.text[a:b] for a, b in bridge.waiting] == ["Thursday", "Yesterday"]
    assert docs["town"].waiting == ()  # dated: nothing waits
    out = {d["id"]: d for d in json.loads(json.dumps(timeline_dict(timeline)))["documents"]}
    assert out["bridge"]["waiting_dates"] == 2 and "waiting_dates" not in out["town"]  # (as it always was)


def test_a_publication_date_the_user_gives_leaves_nothing_waiting(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    day = {str(folder / "bridge.txt"): dt.date(2021, 8, 5)}  # (the pipeline's `published`, by path)
    bridge = {d.id: d for d in build_timeline([folder], cache=False, published=day).documents}["bridge"]
    assert bridge.published == dt.date(2021, 8, 5) and bridge.waiting == ()


def test_the_timeline_cache_and_a_project_keep_them_and_older_files_read_as_not_known(tmp_path: Path,
                                                                                         monkeypatch) -> None:
    import sqlite3

    from timeline_app.core.project import Project

    monkeypatch.setenv("TIMELINE_APP_CACHE", str(tmp_path / "cache"))
    folder = _folder(tmp_path)
    first = {d.id: d.waiting for d in build_timeline([folder], cache=True).documents}
    again = {d.id: d.waiting for d in build_timeline([folder], cache=True).documents}  # the timeline cache's
    assert again == first and len(first["bridge"]) == 2 and first["town"] == ()
    timeline = build_timeline([folder], cache=False)
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, timeline, [str(folder)]).close()
    with Project.open(path) as project:
        assert {d.id: d.waiting for d in project.view().timeline.documents} == first
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE document_waiting SET hash = 'other' WHERE id = 'bridge'")  # other text
    with Project.open(path) as project:
        assert {d.id: d.waiting for d in project.view().timeline.documents} == {"bridge": None, "town": ()}
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE document_waiting")  # an older version's file
    with Project.open(path) as project:
        assert {d.id: d.waiting for d in project.view().timeline.documents} == {"bridge": None, "town": None}
