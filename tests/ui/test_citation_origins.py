"""Copy as Text with Citation names the passage's page (or part) and the article's link."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline
from timeline_app.ui.citation import citation_text

TEXT = "Bridge reopens.\n\nA second crossing opens on June 12, 2025."


def test_the_citation_gives_the_page_and_the_link():
    start = TEXT.index("June 12, 2025")
    doc = Document("bridge", "/a/bridge.pdf", TEXT, "Harbour Bridge", dt.date(2024, 3, 5),
                   (Sentence(0, 15), Sentence(17, len(TEXT))), origins=((0, "p. 1"), (17, "p. 2")),
                   link="https://example.org/bridge")
    mention = Mention("bridge", start, start + 13, "June 12, 2025", 17, len(TEXT))
    event = Event("e", "A second crossing opens", dt.date(2025, 6, 12), dt.date(2025, 6, 12), Precision.DAY,
                  (mention,))
    text = citation_text(event, Timeline((doc,), (event,), ()))
    assert ("“A second crossing opens on June 12, 2025.” — Harbour Bridge, 5 March 2024, p. 2 "
            "(https://example.org/bridge; /a/bridge.pdf)") in text


UNSEEN = ("\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\ufeff", "\u00ad", "\x07", "\x1b")


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize(("path", "title", "shown_path"), [
    ("/inbox/memo\u202egpj.exe", "Port strike", "/inbox/memogpj.exe"),
    ("/inbox/bud\u200bget.txt", "Budget \u2066vote\u2069", "/inbox/budget.txt"),
    ("/inbox/ferry\x1b[31m.txt", "Ferry\u00ad service", "/inbox/ferry [31m.txt"),
    ("/inbox/plain.txt", "Council \ufeffmeets\u202d", "/inbox/plain.txt"),
])
def test_the_copied_citation_names_the_file_as_the_window_shows_it(qtbot, tmp_path, path, title, shown_path):
    """"Copy as Text with Citation" clicked in the window: the file name, the article's title and the quoted
    sentence are as every label shows them (`visible_path`, `visible_text`), never with the characters that
    reorder or hide text (the raw path was copied)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from timeline_app.ui.main_window import MainWindow

    text = "Dockers walked out\u202e on May 3, 2025.\nTalks resumed later."
    start = text.index("May 3, 2025")
    first_end = text.index("\n")
    doc = Document("d1", path, text, title, dt.date(2025, 5, 4),
                   (Sentence(0, first_end), Sentence(first_end + 1, len(text))))
    mention = Mention("d1", start, start + 11, "May 3, 2025", 0, first_end)
    event = Event("e", f"{title} begins", dt.date(2025, 5, 3), dt.date(2025, 5, 3), Precision.DAY, (mention,))
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.applyTimeline(Timeline((doc,), (event,), ()), ["/inbox"])
    window.show()
    qtbot.waitExposed(window)
    assert window._select_event_id("e")
    menu = window.editing.event_menu(window.selectedEvent())
    next(a for a in menu.actions() if a.text().replace("&", "").startswith("Copy as Text with Citation")).trigger()
    copied = QGuiApplication.clipboard().text()
    assert f"({shown_path})" in copied
    assert not any(c in copied for c in UNSEEN), repr(copied)
    assert "Dockers walked out on May 3, 2025." in copied
    window.loader.shutdown()
