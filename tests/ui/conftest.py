"""Shared UI fixtures: a small hand-built Timeline, independent of extraction quality."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline


def _doc(doc_id: str, title: str, text: str, published: dt.date | None) -> Document:
    sentences = []
    pos = 0
    for part in text.split("\n"):
        if part.strip():
            sentences.append(Sentence(pos, pos + len(part)))
        pos += len(part) + 1
    return Document(id=doc_id, path=f"/articles/{doc_id}.txt", text=text, title=title,
                    published=published, sentences=tuple(sentences))


def _mention(doc: Document, phrase: str) -> Mention:
    start = doc.text.index(phrase)
    sentence = doc.sentence_at(start)
    assert sentence is not None
    return Mention(doc.id, start, start + len(phrase), phrase, sentence.start, sentence.end)


def make_sample_timeline() -> Timeline:
    a = _doc("alpha", "Leaders meet in the capital",
             "Leaders meet in the capital\n"
             "On June 19, 2024, the president hosted his guest in the capital.\n"
             "It was his first visit since 2000, when he came for talks.\n"
             "The Korean War of 1950-53 still shapes the region.",
             dt.date(2024, 6, 20))
    b = _doc("beta", "A pact <b>replaces</b> old deals &amp; more",
             "A pact <b>replaces</b> old deals &amp; more\n"
             "The pact signed on June 19, 2024 replaces deals from 1961 and 2000.\n"
             "The visit, the first in 24 years, drew crowds.",
             None)
    c = _doc("gamma", "Summit season",
             "Summit season\n"
             "The G7 summit met on June 13, 2024 before the trip.\n"
             "Later, on June 20, 2024, he flew on to Hanoi.",
             dt.date(2024, 6, 21))

    def ev(eid, title, first, last, prec, mentions, **kw):
        return Event(id=eid, title=title, first=first, last=last, precision=prec,
                     mentions=tuple(mentions), sentence=title, **kw)

    d = dt.date
    events = (
        ev("e1", "Korean War", d(1950, 1, 1), d(1953, 12, 31), Precision.YEAR,
           [_mention(a, "1950-53")], kind="period", period=True),
        ev("e2", "Treaty of 1961", d(1961, 1, 1), d(1961, 12, 31), Precision.YEAR, [_mention(b, "1961")]),
        ev("e3", "Earlier visit", d(2000, 1, 1), d(2000, 12, 31), Precision.YEAR,
           [_mention(a, "2000"), _mention(b, "24 years")], inferred=True,
           explanation="24 years before the visit of 2024-06-19, reported in alpha"),
        ev("e4", "Treaty of 2000", d(2000, 1, 1), d(2000, 12, 31), Precision.YEAR,
           [_mention(b, "2000")]),
        ev("e5", "G7 summit", d(2024, 6, 13), d(2024, 6, 13), Precision.DAY, [_mention(c, "June 13, 2024")]),
        ev("e6", "President hosts his guest in the capital", d(2024, 6, 19), d(2024, 6, 19), Precision.DAY,
           [_mention(a, "June 19, 2024"), _mention(b, "June 19, 2024")]),
        ev("e7", "He flies on to Hanoi", d(2024, 6, 20), d(2024, 6, 20), Precision.DAY,
           [_mention(c, "June 20, 2024")]),
    )
    return Timeline(documents=(a, b, c), events=events, problems=())


@pytest.fixture
def sample_timeline() -> Timeline:
    return make_sample_timeline()


def proxied(timeline: Timeline, proxy_class=None):
    """The event model over `timeline`, a filter proxy over it (a plain QSortFilterProxyModel unless told)
    and a selection model on the proxy: (model, proxy, selection)."""
    from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel

    from timeline_app.ui.event_model import EventTableModel

    model = EventTableModel()
    model.set_timeline(timeline)
    proxy = (proxy_class or QSortFilterProxyModel)()
    proxy.setSourceModel(model)
    return model, proxy, QItemSelectionModel(proxy)


def timeline_view_over(qtbot, timeline: Timeline, width: int, height: int):
    """A shown TimelineView over `timeline` (see `proxied`), fitted to everything: (view, model, proxy,
    selection)."""
    from timeline_app.ui.timeline_view import TimelineView

    model, proxy, selection = proxied(timeline)
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSelectionModel(selection)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.fitAll()
    return view, model, proxy, selection


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Anything that builds a default QSettings writes under tmp_path, never the user's configuration."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch):
    """A modal dialog nobody answers waits forever: a test that opens one fails instead of hanging the suite
    (e.g. the unsaved-edits question when pytest-qt closes, at teardown, a window left with edits). Tests answer
    a dialog by replacing what asks (`editing.ask_unsaved`) or the dialog class's own `exec`."""
    from PySide6.QtWidgets import QDialog

    def unanswered(dialog, *args) -> int:
        raise AssertionError(f"a modal dialog no test answers was opened: {dialog.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", unanswered)


@pytest.fixture
def window(qtbot, tmp_path):
    """A main window showing the sample timeline (a test module may define its own `window` instead)."""
    from PySide6.QtCore import QSettings

    from timeline_app.ui.main_window import MainWindow

    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.applyTimeline(make_sample_timeline(), ["/articles"])
    yield w
    w.loader.shutdown()


def date_cell_option(view, row: int):
    """The style option the event list's date delegate paints row's date cell with (its text, font, rect)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from timeline_app.ui.event_model import Column

    index = view.model().index(row, int(Column.Date))
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.widget = view
    view.itemDelegateForColumn(int(Column.Date)).initStyleOption(option, index)
    return option
