"""A folder mixing every format opens in the window: each document's passages cite their page or part in the
detail pane, the article opens at its place, and the picture in the folder is listed in Problems (issue 11)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from timeline_app.ui.detail_pane import KIND_PROPERTY, ORIGIN
from timeline_app.ui.event_model import EventRole
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MIXED = Path(__file__).parents[1] / "core" / "fixtures" / "formats" / "mixed"


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.timelineLoaded, timeout=60000):
        w.openPaths([str(MIXED)])
    yield w
    w.loader.shutdown()


def _select(window, predicate) -> None:
    for row in range(window.proxy.rowCount()):
        event = window.proxy.index(row, 0).data(EventRole.Event)
        if predicate(event):
            window.selectEventRow(row)
            return
    raise AssertionError("no such event")


def _origins_in_pane(pane) -> list[str]:
    """The runs of the pane's text marked as a passage's place in its file."""
    found, run = [], ""
    cursor = QTextCursor(pane.document())
    for position in range(1, pane.document().characterCount()):
        cursor.setPosition(position)
        if cursor.charFormat().property(KIND_PROPERTY) == ORIGIN:
            run += pane.document().characterAt(position - 1)
        elif run:
            found.append(run.replace("\u00a0", " "))
            run = ""
    return found + ([run] if run else [])


def test_a_pdf_passage_shows_its_page_and_opens_at_it(qtbot, window):
    titles = {d.title for d in window.events.documents()}
    assert {"Harbour Bridge Reopens", "Museum Wing Opens to the Public", "Rail strike ends", "Union statement",
            "Council budget passed", "Ferry service resumes", "Probe reaches orbit", "Notes"} <= titles
    problems = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert any(p.startswith(str(MIXED / "logo.png") + " — skipped: not an article: PNG image") for p in problems)

    _select(window, lambda e: any(m.document == "bridge" and m.text == "June 12, 2025" for m in e.mentions))
    assert _origins_in_pane(window.detail) == ["p. 2"]
    number = next(i for i, p in enumerate(window.detail.passages()) if p.document_id == "bridge")
    window.detail.activatePassage(number)
    page = window.articles.currentArticle()
    assert page is not None and page.article.id == "bridge"
    assert window.articles.place.isVisibleTo(window.articles) and window.articles.place.text() == "p. 2"


def test_mail_and_feed_passages_show_their_part_and_entry(qtbot, window):
    _select(window, lambda e: any(m.document == "strike-statement" for m in e.mentions))
    assert _origins_in_pane(window.detail) == ["part 2 (attachment statement.txt)"]
    _select(window, lambda e: any(m.document == "city-2" for m in e.mentions))
    assert _origins_in_pane(window.detail) == ["entry 2"]
    _select(window, lambda e: any(m.document == "notes" for m in e.mentions))
    assert _origins_in_pane(window.detail) == []  # a plain file has no places to cite
    window.detail.activatePassage(0)
    assert not window.articles.place.isVisibleTo(window.articles)
