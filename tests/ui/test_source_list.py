"""The source list: colours, dates, counts, check states; only-this / all actions."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from timeline_app.ui.event_model import source_color
from timeline_app.ui.source_list import SourceListModel, SourceListWidget, SourceRole


def test_model_passes_the_model_tester(qtmodeltester, sample_timeline):
    model = SourceListModel()
    model.set_timeline(sample_timeline, hidden={"beta"})
    qtmodeltester.check(model)


def test_rows_show_colour_title_date_and_count(sample_timeline):
    model = SourceListModel()
    model.set_timeline(sample_timeline)
    assert model.rowCount() == 3
    alpha = model.index(0)
    text = alpha.data(Qt.ItemDataRole.DisplayRole)
    assert text.startswith("Leaders meet in the capital\n")
    assert "20 June 2024" in text and "3 events" in text  # e1, e3, e6
    assert "date unknown" in model.index(1).data()
    assert isinstance(alpha.data(Qt.ItemDataRole.DecorationRole), QColor)
    assert alpha.data(Qt.ItemDataRole.DecorationRole) == source_color(0)
    assert alpha.data(SourceRole.EventCount) == 3
    assert alpha.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert alpha.data(Qt.ItemDataRole.ToolTipRole)


def test_a_long_title_shows_its_first_words_in_the_list_and_whole_in_the_tooltip(sample_timeline):
    # An article with no headline is titled by its first sentence: one source must not fill the panel.
    from dataclasses import replace

    sentence = ("While an important step, the government's decision to return the boy to his father does not "
                "guarantee that he will be repatriated soon, the leadership warned on Thursday.")
    docs = (replace(sample_timeline.documents[0], title=sentence),) + sample_timeline.documents[1:]
    model = SourceListModel()
    model.set_timeline(replace(sample_timeline, documents=docs))
    shown = model.index(0).data(Qt.ItemDataRole.DisplayRole).split("\n")[0]
    assert shown.endswith("…") and len(shown) <= 91 and sentence.startswith(shown[:-1])
    assert not shown[:-1].endswith(" ") and sentence[len(shown) - 1] == " "  # whole words
    assert "will be repatriated soon" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1).data(Qt.ItemDataRole.DisplayRole).split("\n")[0] == docs[1].title  # short: whole


@pytest.mark.parametrize("title, headline", [
    ("LISBON, Portugal (AP) — The council approved the tram line on Monday.",
     "The council approved the tram line on Monday."),
    ("Council approves the tram line | Reuters", "Council approves the tram line"),
])
def test_a_source_is_listed_by_its_headline_without_dateline_or_site_name(sample_timeline, title, headline):
    from dataclasses import replace

    docs = (replace(sample_timeline.documents[0], title=title),) + sample_timeline.documents[1:]
    model = SourceListModel()
    model.set_timeline(replace(sample_timeline, documents=docs))
    assert model.index(0).data(Qt.ItemDataRole.DisplayRole).split("\n")[0] == headline
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole).startswith(headline + "\n")


def test_unchecking_emits_the_hidden_set(qtbot, sample_timeline):
    model = SourceListModel()
    model.set_timeline(sample_timeline)
    with qtbot.waitSignal(model.hiddenChanged) as blocker:
        assert model.setData(model.index(2), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args == [frozenset({"gamma"})]
    assert model.index(2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    # Views may pass the state as a plain int.
    model.setData(model.index(2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.hidden() == frozenset()


def test_only_this_and_all_sources(qtbot, sample_timeline):
    model = SourceListModel()
    model.set_timeline(sample_timeline)
    widget = SourceListWidget(model)
    qtbot.addWidget(widget)
    assert widget.only_button.isEnabled() and widget.view.currentIndex().row() == 0  # usable at once
    widget.view.setCurrentIndex(model.index(1))
    assert widget.only_button.isEnabled()
    qtbot.mouseClick(widget.only_button, Qt.MouseButton.LeftButton)
    assert model.hidden() == {"alpha", "gamma"}
    qtbot.mouseClick(widget.all_button, Qt.MouseButton.LeftButton)
    assert model.hidden() == frozenset()
    for control in (widget.view, widget.only_button, widget.all_button):
        assert control.toolTip() and control.accessibleName()


def test_restoring_hidden_ignores_unknown_sources(sample_timeline):
    model = SourceListModel()
    model.set_timeline(sample_timeline, hidden={"beta", "not-loaded"})
    assert model.hidden() == {"beta"}


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_thousands_of_sources_are_not_measured_one_by_one(qtbot, monkeypatch):
    import datetime as dt

    from timeline_app.core.model import Document, Timeline
    from timeline_app.ui import source_list

    docs = tuple(Document(id=f"d{i}", path=f"/d{i}.txt", text="x", title=f"Source number {i} " + "word " * (i % 9),
                          published=dt.date(2024, 1, 1 + i % 28)) for i in range(source_list.MANY_SOURCES + 1))
    model = SourceListModel()
    widget = SourceListWidget(model)
    qtbot.addWidget(widget)
    widget.resize(200, 400)
    widget.show()
    qtbot.waitExposed(widget)
    measured: list[int] = []
    original = source_list._WrappedRowDelegate.sizeHint
    monkeypatch.setattr(source_list._WrappedRowDelegate, "sizeHint",
                        lambda self, option, index: (measured.append(index.row()), original(self, option, index))[1])
    model.set_timeline(Timeline(documents=docs))
    widget.view.scrollTo(model.index(len(docs) - 1))
    assert widget.view.uniformItemSizes()
    assert len(measured) < 20  # one row's size stands for all (each row measured: twice the number of rows)
    # Three lines each: a long title's first lines and, elided, the rest.
    assert widget.view.visualRect(model.index(1)).height() >= 3 * widget.fontMetrics().lineSpacing()
    # A few sources are measured row by row again, each as tall as its wrapped title.
    model.set_timeline(Timeline(documents=docs[:3]))
    assert not widget.view.uniformItemSizes()


def _many_sources(n_docs: int, n_events: int):
    """A timeline whose events quote one to three of `n_docs` documents (some none)."""
    import datetime as dt
    import random

    from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline

    rng = random.Random(5)
    docs = tuple(Document(id=f"d{i:04d}", path=f"/d{i}.txt", text="A sentence.", title=f"Source {i}",
                          sentences=(Sentence(0, 11),)) for i in range(n_docs))
    events = tuple(Event(f"e{k}", f"Event {k}", dt.date(2000, 1, 1) + dt.timedelta(days=k),
                         dt.date(2000, 1, 1) + dt.timedelta(days=k), Precision.DAY,
                         tuple(Mention(d.id, 2, 10, "sentence", 0, 11) for d in rng.sample(docs, rng.randint(0, 3))))
                   for k in range(n_events))
    return Timeline(documents=docs, events=events)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_only_this_among_thousands_of_sources_hides_exactly_the_others(qtbot, tmp_path):
    import json

    from PySide6.QtCore import QSettings

    from timeline_app.ui.main_window import MAX_HIDDEN_SOURCES, MainWindow

    timeline = _many_sources(2_000, 3_000)
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.applyTimeline(timeline, [str(tmp_path)])
    model, panel = window.sources, window.source_widget
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, roles: changes.append((top.row(), bottom.row())))

    def shown_ids() -> list[str]:
        return [window.proxy.event_at(r).id for r in range(window.proxy.rowCount())]

    def expected(checked: set[str]) -> list[str]:
        return [e.id for e in timeline.events if not e.sources or set(e.sources) & checked]

    panel.view.setCurrentIndex(model.index(1234))
    qtbot.mouseClick(panel.only_button, Qt.MouseButton.LeftButton)
    assert model.hidden() == {d.id for d in timeline.documents} - {"d1234"}
    assert changes == [(0, 1999)]  # one range for every row's check box, not a signal per row
    assert model.index(1234).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1233).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert shown_ids() == expected({"d1234"})
    assert window.match_label.text() == f"{len(expected({'d1234'}))} of 3000 events"
    # Checking one more source back shows its events too; unchecking the first leaves the second's.
    model.setData(model.index(7), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert shown_ids() == expected({"d1234", "d0007"})
    model.setData(model.index(1234), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert shown_ids() == expected({"d0007"})
    # The latest MAX_HIDDEN_SOURCES hidden ids, sorted, are what is saved.
    window.saveSettings()
    hidden = sorted(model.hidden())
    assert json.loads(window.settings.value("sources/hidden")) == hidden[-MAX_HIDDEN_SOURCES:]
    qtbot.mouseClick(panel.all_button, Qt.MouseButton.LeftButton)
    assert model.hidden() == frozenset() and window.proxy.rowCount() == 3000
    # Unchecking one source from all checked hides only the events no other source reports.
    model.setData(model.index(7), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert shown_ids() == expected({d.id for d in timeline.documents} - {"d0007"})
    window.loader.shutdown()


@pytest.mark.parametrize("listed_before_the_widget", [True, False])
def test_no_source_looks_chosen_before_the_user_chooses_one(qtbot, sample_timeline, listed_before_the_widget):
    # The first row is current (so "Only this" works at once) but not selected: drawn highlighted, it read as
    # a source the user had picked.
    model = SourceListModel()
    if listed_before_the_widget:
        model.set_timeline(sample_timeline)
    widget = SourceListWidget(model)
    qtbot.addWidget(widget)
    if not listed_before_the_widget:
        model.set_timeline(sample_timeline)
    assert widget.view.currentIndex().row() == 0 and widget.only_button.isEnabled()
    assert not widget.view.selectionModel().hasSelection()
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=widget.view.visualRect(model.index(1)).center())
    assert [i.row() for i in widget.view.selectionModel().selectedRows()] == [1]



@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_swapping_thousands_of_sources_in_calls_into_the_model_a_few_times_not_per_row(qtbot, qtmodeltester):
    from timeline_app.core.model import Document, Timeline
    from timeline_app.ui import source_list

    class CountingModel(SourceListModel):
        calls = 0

        def rowCount(self, parent=None):  # noqa: N802
            CountingModel.calls += 1
            return super().rowCount() if parent is None else super().rowCount(parent)

    docs = tuple(Document(id=f"d{i}", path=f"/d{i}.txt", text="x", title=f"Source {i}")
                 for i in range(4 * source_list.MANY_SOURCES))
    model = CountingModel()
    widget = SourceListWidget(model)
    qtbot.addWidget(widget)
    widget.resize(200, 400)
    widget.show()
    qtbot.waitExposed(widget)
    CountingModel.calls = 0
    model.set_timeline(Timeline(documents=docs))
    # The first source is current at once (for "Only this"); the rows are laid out when the list is next painted,
    # not in the middle of the swap (it asked for the row count four times per row: 8,000 calls).
    assert CountingModel.calls < 20
    assert widget.view.currentIndex().row() == 0 and widget.only_button.isEnabled()
    assert not widget.view.selectionModel().hasSelection()
    last = model.index(len(docs) - 1)
    widget.view.scrollTo(last)
    assert widget.view.visualRect(last).intersects(widget.view.viewport().rect())
    for row in (0, 11, 12, len(docs) - 1):  # the named hues, then generated ones, made as they are asked for
        assert model.index(row).data(Qt.ItemDataRole.DecorationRole) == source_color(row)
        assert model.index(row).data(SourceRole.Color) == source_color(row)
    qtmodeltester.check(model)
