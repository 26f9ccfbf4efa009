"""The editing widgets on their own: the date field, the dialogs' OK buttons, the Hidden list's model, the star
filter, and the in-memory edit store."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from timeline_app.core.edits import Edit, event_edit
from timeline_app.core.model import Precision
from timeline_app.ui.edit_commands import EditSession, MemoryEdits
from timeline_app.ui.edit_dialogs import DateField, EventEditDialog, NewEventDialog
from timeline_app.ui.filter_proxy import FilteredEventModel
from timeline_app.ui.hidden_list import HiddenListWidget
from tests.ui.conftest import proxied


def test_date_field_reads_as_you_type(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    assert field.interval() is None and "Type a date" in field.feedback.text()
    with qtbot.waitSignal(field.validityChanged) as valid:
        qtbot.keyClicks(field.edit, "1961")
    assert valid.args == [True]
    assert field.interval() == (dt.date(1961, 1, 1), dt.date(1961, 12, 31), Precision.YEAR)
    assert field.feedback.text() == "Reads as 1961 (year)"
    assert field.feedback.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(field.validityChanged) as valid:
        qtbot.keyClicks(field.edit, "/3")
    assert valid.args == [False] and field.interval() is None and field.error() == field.feedback.text()


def test_edit_dialog_reports_only_what_changed(qtbot, sample_timeline):
    event = sample_timeline.events[4]
    dialog = EventEditDialog(event)
    qtbot.addWidget(dialog)
    assert dialog.date.text() == "13 June 2024" and not dialog.changes()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.title.setText("   ")
    assert not ok.isEnabled()  # a title is required
    dialog.title.setText("")
    assert not ok.isEnabled()
    dialog.title.setText("  G7   summit ")  # the same title, spaced differently: no change
    assert ok.isEnabled() and not dialog.changes()
    dialog.date.setText("June 2024")
    dialog.starred.setChecked(True)
    changes = dialog.changes()
    assert changes.title is None and changes.note is None and changes.starred is True
    assert changes.interval == (dt.date(2024, 6, 1), dt.date(2024, 6, 30), Precision.MONTH)


@pytest.mark.parametrize("selected, expected", [
    ("June 19, 2024", (dt.date(2024, 6, 19), dt.date(2024, 6, 19), Precision.DAY)),  # the selection is a date
    ("the president hosted his guest", (dt.date(2024, 6, 20), dt.date(2024, 6, 20), Precision.DAY)),
])
def test_new_event_dialog_offers_a_date(qtbot, selected, expected):
    dialog = NewEventDialog(selected, "<b>Source</b>", default_interval=(dt.date(2024, 6, 20),) * 2 + (
        Precision.DAY,))
    qtbot.addWidget(dialog)
    assert dialog.date.interval() == expected
    assert dialog.label.textFormat() == Qt.TextFormat.PlainText and "<b>Source</b>" in dialog.label.text()


def test_hidden_list_model_and_restore(qtbot, qtmodeltester, sample_timeline):
    widget = HiddenListWidget()
    qtbot.addWidget(widget)
    events = sample_timeline.events
    widget.set_events([events[5], events[1]])
    qtmodeltester.check(widget.model)
    assert [widget.model.index(r).data() for r in range(2)] == ["1961 — Treaty of 1961",
                                                                 "19 June 2024 — President hosts his guest in the capital"]
    assert not widget.restore_button.isEnabled()
    widget.view.selectAll()
    with qtbot.waitSignals([widget.restoreRequested, widget.restoreRequested]):
        widget.restore_button.click()
    widget.setEditable(False)  # a read-only project
    assert not widget.restore_button.isEnabled()
    widget.set_events([])
    assert widget.view.isHidden() and not widget.empty.isHidden()


def test_only_starred_filter(qtbot, qtmodeltester, sample_timeline):
    from dataclasses import replace

    starred = replace(sample_timeline, events=tuple(replace(e, starred=e.id in ("e2", "e6"))
                                                    for e in sample_timeline.events))
    model, proxy, _selection = proxied(starred, FilteredEventModel)
    qtmodeltester.check(proxy)
    with qtbot.waitSignal(proxy.filterChanged) as counts:
        proxy.setStarredOnly(True)
    assert counts.args == [2, 7]
    proxy.setHiddenSources(["beta"])
    assert proxy.rowCount() == 1  # "e2" is beta's alone; "e6" is also alpha's
    proxy.setHiddenSources([])
    proxy.setSearchText("treaty")
    assert proxy.rowCount() == 1  # of the two treaties, only 1961 is starred
    proxy.setStarredOnly(False)
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy)


def test_memory_edits_move_into_a_store_in_order(sample_timeline):
    memory = MemoryEdits(sample_timeline)
    session = EditSession(memory)
    title = event_edit(sample_timeline, sample_timeline.events[0], "title", {"title": "War"})
    hide = event_edit(sample_timeline, sample_timeline.events[1], "hide")
    h1, h2 = session.new_handle(), session.new_handle()
    assert session.apply(h1, title) and session.apply(h2, hide)
    assert session.revert(h2) and [e.kind for e in memory.edits()] == ["title"]
    assert session.unsaved()
    target = MemoryEdits(sample_timeline)
    target.add_edit(Edit("star", title.targets, {"starred": True}))  # already in the store: kept first
    session.switch_store(target, carry=True)
    assert [e.kind for e in target.edits()] == ["star", "title"]
    assert session.revert(h1) and [e.kind for e in target.edits()] == ["star"]
    assert session.apply(h1, title) and session.apply(h2, hide)  # the undone hide is added afresh
    assert [e.kind for e in target.edits()] == ["star", "title", "hide"]
    assert [e.title for e in target.view().hidden] == ["Treaty of 1961"]


def _event_titled(timeline, title: str):
    from dataclasses import replace
    return replace(timeline.events[4], title=title)


# A headline's length (invented): real titles run to 80-100 characters.
LONG_TITLE = "Harbour workers in the northern port vote to end a strike that closed the docks for a month"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_edit_dialog_shows_a_long_title_whole(qtbot, sample_timeline):
    dialog = EventEditDialog(_event_titled(sample_timeline, LONG_TITLE))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.title
    # The whole title fits in the field (it was cut to its last words: a title edited blind).
    assert field.width() >= field.fontMetrics().horizontalAdvance(LONG_TITLE) + 2 * field.textMargins().left()
    em = dialog.fontMetrics().horizontalAdvance("M")
    assert dialog.width() <= 70 * em  # and no wider than a sensible cap


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("kind", ["edit", "new"])
def test_a_long_title_is_shown_from_its_start(qtbot, sample_timeline, kind):
    """The title is selected whole for typing over, with the cursor at its start: `selectAll` left it at the end,
    and a title longer than the field showed only its last words ("…end a months-long strike")."""
    long_title = " ".join([LONG_TITLE] * 3)  # wider than the dialog's cap
    dialog = (EventEditDialog(_event_titled(sample_timeline, long_title)) if kind == "edit"
              else NewEventDialog(long_title, "Source"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.title
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width(), "the title is wider than its field"
    assert field.selectedText() == field.text() and field.hasSelectedText()
    assert field.cursorPosition() == 0
    assert field.cursorRect().left() < field.width() // 4  # the start is what the field shows


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("kind", ["edit", "new"])
@pytest.mark.parametrize("typed, refused", [
    ("", True),
    ("   ", True),  # OK greyed out, and the placeholder that said why does not show over spaces
    ("\t \u00a0", True),
    (" G7 summit ", False),
])
def test_a_blank_title_says_why_ok_is_greyed_out(qtbot, sample_timeline, kind, typed, refused):
    dialog = (EventEditDialog(sample_timeline.events[4]) if kind == "edit"
              else NewEventDialog("the president hosted his guest", "Source",
                                  default_interval=(dt.date(2024, 6, 20),) * 2 + (Precision.DAY,)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.title_reason.isVisible()
    dialog.title.setText(typed)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() is not refused
    assert dialog.title_reason.isVisible() is refused
    if refused:
        assert "title" in dialog.title_reason.text() and dialog.title_reason.textFormat() == Qt.TextFormat.PlainText
        reason_top = dialog.title_reason.mapTo(dialog, dialog.title_reason.rect().topLeft()).y()
        title_bottom = dialog.title.mapTo(dialog, dialog.title.rect().bottomLeft()).y()
        assert reason_top > title_bottom  # under the field, not over it
    dialog.title.setText("Summit")
    assert not dialog.title_reason.isVisible() and ok.isEnabled()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_edit_dialog_shrinks_back_when_the_date_reads_again(qtbot, sample_timeline):
    """Grown to show why a date does not read, the dialog kept that height once the date read again: a blank
    gap under the date."""
    dialog = EventEditDialog(sample_timeline.events[4])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    usual = dialog.height()
    dialog.date.setText("the week after the long holiday weekend in the spring, probably, or the one after it")
    qtbot.waitUntil(lambda: dialog.height() > usual)
    dialog.date.setText("June 2024")
    qtbot.waitUntil(lambda: dialog.height() == usual)
    # Resized by the user, it is left as they made it.
    dialog.date.setText("the week after the long holiday weekend in the spring, probably, or the one after it")
    qtbot.waitUntil(lambda: dialog.height() > usual)
    dialog.resize(dialog.width(), dialog.height() + 40)
    tall = dialog.height()
    dialog.date.setText("June 2024")
    assert dialog.height() == tall


def test_edit_dialog_short_title_keeps_its_usual_width(qtbot, sample_timeline):
    dialog = EventEditDialog(_event_titled(sample_timeline, "Summit"))
    qtbot.addWidget(dialog)
    em = dialog.fontMetrics().horizontalAdvance("M")
    assert dialog.width() <= max(dialog.sizeHint().width(), 36 * em)  # no wider than before for a short one


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_edit_dialog_makes_room_for_why_a_date_does_not_read(qtbot, sample_timeline):
    dialog = EventEditDialog(sample_timeline.events[4])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date.setText("the week after the long holiday weekend in the spring, probably")
    feedback = dialog.date.feedback
    assert feedback.text() and dialog.date.interval() is None
    qtbot.waitUntil(lambda: feedback.height() >= feedback.heightForWidth(feedback.width()))
    # The message is not cut off or drawn over the Note field below it.
    bottom = feedback.mapTo(dialog, feedback.rect().bottomLeft()).y()
    assert bottom < dialog.note.mapTo(dialog, dialog.note.rect().topLeft()).y()
