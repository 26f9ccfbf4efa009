"""The date phrases no calendar date can hold ("120 BC") are collected by the load's own tagging and kept with the
document's analysis (`DocumentAnalysis.dropped`), through a worker's rows and the analysis cache, and on the
loaded `Document` (`Document.dropped`), so the window never tags an article again to name them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.analysis import (analyse_document, decode_analysis, encode_analysis, pack_analyses,
                                        unpack_analyses)
from timeline_app.core.model import Document
from timeline_app.core.pipeline import build_timeline


def _document(text: str) -> Document:
    return Document(id="d", path="d.txt", text=text, title="Digs", published=dt.date(2021, 5, 5))


@pytest.mark.parametrize("text, dropped", [
    ("The wall was built in 2500 B.C.E. and rebuilt on May 4, 2021.", [("2500 B.C.E.", "BC: before year 1")]),
    ("A gate of AD 0 stood there until May 4, 2021.", [("AD 0", "year 0: outside 1–9999")]),
    ("The council met on May 4, 2021.", []),
])
def test_the_analysis_keeps_the_dropped_dates_through_rows_and_the_cache(text: str,
                                                                          dropped: list[tuple[str, str]]) -> None:
    doc = _document(text)
    analysis = analyse_document(doc)
    assert [(text[a:b], why) for a, b, why in analysis.dropped] == dropped
    assert unpack_analyses(pack_analyses([analysis]))[0].dropped == analysis.dropped
    assert decode_analysis(encode_analysis(analysis), doc).dropped == analysis.dropped


def test_a_loaded_document_holds_its_dropped_dates(tmp_path: Path) -> None:
    (tmp_path / "quay.txt").write_text("May 5, 2021\n\nHarbour works\n\nThe old quay was laid in 120 BC by traders. "
                                       "It reopened on May 4, 2021.\n", encoding="utf-8")
    (tmp_path / "town.txt").write_text("May 5, 2021\n\nQuiet town\n\nThe council met on May 4, 2021.\n",
                                       encoding="utf-8")
    docs = {d.id: d for d in build_timeline([tmp_path], cache=False).documents}
    quay = docs["quay"]
    assert [(quay.text[a:b], why) for a, b, why in quay.dropped] == [("120 BC", "BC: before year 1")]
    assert docs["town"].dropped == ()


def test_a_project_keeps_the_dropped_dates_and_reads_older_files_as_not_known(tmp_path: Path) -> None:
    import sqlite3

    from timeline_app.core.model import Timeline
    from timeline_app.core.project import Project

    quay = Document("quay", "/a/quay.txt", "Laid in 120 BC.", "Quay", None, dropped=((8, 14, "BC: before year 1"),))
    town = Document("town", "/a/town.txt", "Met on May 4.", "Town", None, dropped=())
    made = Document("made", "/a/made.txt", "By hand.", "Made", None)  # not loaded: not known
    path = tmp_path / "p.timeline.sqlite"
    Project.create(path, Timeline((quay, town, made), (), ()), [str(tmp_path)]).close()
    with Project.open(path) as project:
        assert [d.dropped for d in project.view().timeline.documents] == [quay.dropped, (), None]
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE document_dropped SET hash = 'other' WHERE id = 'quay'")  # rewritten by an older one
    with Project.open(path) as project:
        assert [d.dropped for d in project.view().timeline.documents] == [None, (), None]
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE document_dropped")
    with Project.open(path) as project:
        assert [d.dropped for d in project.view().timeline.documents] == [None, None, None]


def test_a_timeline_from_the_timeline_cache_holds_its_dropped_dates(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TIMELINE_APP_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "quay.txt").write_text("May 5, 2021\n\nHarbour works\n\nThe old quay was laid in 120 BC by traders. "
                                     "It reopened on May 4, 2021.\n", encoding="utf-8")
    first = build_timeline([folder], cache=True).documents[0].dropped
    again = build_timeline([folder], cache=True).documents[0].dropped
    assert first == again and len(again) == 1
