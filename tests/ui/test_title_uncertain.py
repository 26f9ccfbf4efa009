"""A title that names no one doing what it tells (`Event.title_uncertain`) as the window shows it: marked and in
italics in the event list and on the timeline, the reason in its tooltips (escaped) and the details; an edit of
the title clears it."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import make_sample_timeline, proxied, timeline_view_over
from tests.ui.test_editing import dialog, select, shown_window, titles
from timeline_app.core.model import Timeline
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.edit_dialogs import EventEditDialog
from timeline_app.ui.event_model import UNCERTAIN_MARK, UNCERTAIN_NOTE, Column, EventRole
from timeline_app.ui.text import escape

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MARKUP = "It hit <b>them</b> & <img src=x>"  # a title naming no one, with markup a tooltip must not render


def _timeline() -> Timeline:
    t = make_sample_timeline()
    # (flagged as merging flags the titles it makes: `Event.title_uncertain`)
    events = tuple(dataclasses.replace(e, title=MARKUP, title_uncertain=True) if e.id == "e5"
                   else dataclasses.replace(e, title_uncertain=True) if e.id == "e7" else e for e in t.events)
    return dataclasses.replace(t, events=events)


def _rows(model) -> dict[str, int]:
    return {model.index(r, 0).data(EventRole.Event).id: r for r in range(model.rowCount())}


@pytest.mark.parametrize("event_id, uncertain", [
    ("e5", True),  # "It hit ..."
    ("e7", True),  # "He flies on to Hanoi"
    ("e6", False),  # "President hosts his guest in the capital"
    ("e1", False),  # "Korean War"
])
def test_the_list_marks_the_title_in_italics_and_says_why(qtmodeltester, event_id, uncertain):
    model, _proxy, _selection = proxied(_timeline())
    qtmodeltester.check(model)
    row = _rows(model)[event_id]
    cell = model.index(row, int(Column.Title))
    event = cell.data(EventRole.Event)
    assert cell.data().startswith(UNCERTAIN_MARK) is uncertain
    font = cell.data(Qt.ItemDataRole.FontRole)
    assert (font is not None and font.italic()) is uncertain
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert (escape(UNCERTAIN_NOTE) in tip) is uncertain
    assert escape(event.title) in tip  # the title, escaped: no markup of the article's reaches Qt
    if event_id == "e5":
        assert "<b>them" not in tip and "<img" not in tip


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_timeline_marks_the_label_and_its_tooltip_says_why(qtbot):
    view, model, proxy, _selection = timeline_view_over(qtbot, _timeline(), 1200, 400)
    rows = _rows(proxy)
    tip = view.eventToolTip(rows["e5"])
    assert escape(UNCERTAIN_NOTE) in tip and escape(MARKUP) in tip and "<img" not in tip
    assert escape(UNCERTAIN_NOTE) not in view.eventToolTip(rows["e6"])
    from timeline_app.ui.timeline_view import _label_text
    from PySide6.QtGui import QFontMetricsF
    metrics = QFontMetricsF(view.font())
    assert _label_text(proxy.index(rows["e7"], 0).data(EventRole.Event), 1000, metrics).startswith(UNCERTAIN_MARK)
    assert not _label_text(proxy.index(rows["e6"], 0).data(EventRole.Event), 1000, metrics).startswith(UNCERTAIN_MARK)
    view.setModel(None)


def test_the_details_say_why(qtbot):
    model, _proxy, _selection = proxied(_timeline())
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.setEventModel(model)
    pane.setEvent(model.index(_rows(model)["e7"], 0).data(EventRole.Event))
    assert UNCERTAIN_NOTE in pane.toPlainText()
    pane.setEvent(model.index(_rows(model)["e6"], 0).data(EventRole.Event))
    assert UNCERTAIN_NOTE not in pane.toPlainText()


def test_editing_the_title_clears_the_mark(qtbot, tmp_path):
    window = shown_window(qtbot, tmp_path, _timeline())
    try:
        select(window, "He flies on to Hanoi")
        assert window.selectedEvent().title_uncertain
        window.editing.editSelected()
        d = dialog(window, EventEditDialog)
        d.title.setText("The president flies on to Hanoi")
        d.accept()
        assert window.selectedEvent().title == "The president flies on to Hanoi"
        assert not window.selectedEvent().title_uncertain
        proxy = window.list_proxy
        shown = [proxy.index(r, int(Column.Title)).data() for r in range(proxy.rowCount())]
        assert "The president flies on to Hanoi" in shown and UNCERTAIN_MARK + " He flies on to Hanoi" not in shown
        window.editing.undo_action.trigger()  # the extracted title again: marked again
        assert window.selectedEvent().title == "He flies on to Hanoi" and window.selectedEvent().title_uncertain
        assert UNCERTAIN_MARK + " He flies on to Hanoi" in [proxy.index(r, int(Column.Title)).data()
                                                            for r in range(proxy.rowCount())]
    finally:
        window.loader.shutdown()
