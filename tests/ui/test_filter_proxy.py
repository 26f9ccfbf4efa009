"""The one filter: checked sources and search, over the one event model, without rebuilding it."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from timeline_app.ui.event_model import EventRole, EventTableModel
from timeline_app.ui.filter_proxy import FilteredEventModel


def _proxy(timeline):
    model = EventTableModel()
    model.set_timeline(timeline)
    proxy = FilteredEventModel()
    proxy.setSourceModel(model)
    return model, proxy


def _ids(proxy) -> list[str]:
    return [proxy.index(r, 0).data(EventRole.Event).id for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, sample_timeline):
    model, proxy = _proxy(sample_timeline)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.setHiddenSources({"gamma"})
    proxy.setSearchText("visit")
    qtmodeltester.check(proxy)


def test_unchecked_source_hides_only_events_no_checked_source_reports(sample_timeline):
    _, proxy = _proxy(sample_timeline)
    assert _ids(proxy) == ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]
    proxy.setHiddenSources({"alpha"})
    # e1 is alpha's alone; e3 and e6 are also reported by beta, which is still checked.
    assert _ids(proxy) == ["e2", "e3", "e4", "e5", "e6", "e7"]
    proxy.setHiddenSources({"alpha", "beta"})
    assert _ids(proxy) == ["e5", "e7"]
    proxy.setHiddenSources(())
    assert len(_ids(proxy)) == 7


def test_search_is_case_insensitive_and_counts_matches(qtbot, sample_timeline):
    _, proxy = _proxy(sample_timeline)
    with qtbot.waitSignal(proxy.filterChanged) as blocker:
        proxy.setSearchText("HANOI")
    assert blocker.args == [1, 7]
    assert _ids(proxy) == ["e7"]
    # Passage text counts too, not only titles: "crowds" is only in beta's sentence about the visit.
    proxy.setSearchText("crowds")
    assert _ids(proxy) == ["e3"]
    # Every word must match, anywhere.
    proxy.setSearchText("hosts  CAPITAL")
    assert _ids(proxy) == ["e6"]
    proxy.setSearchText("")
    assert proxy.rowCount() == proxy.totalCount() == 7


def test_search_and_sources_combine(sample_timeline):
    _, proxy = _proxy(sample_timeline)
    proxy.setSearchText("june")  # the G7 and Hanoi events, and every event beta's June sentence reports
    assert _ids(proxy) == ["e2", "e4", "e5", "e6", "e7"]
    proxy.setHiddenSources({"gamma"})
    assert _ids(proxy) == ["e2", "e4", "e6"]


def test_changing_the_filter_never_resets_the_event_model(qtbot, sample_timeline):
    model, proxy = _proxy(sample_timeline)
    resets: list[int] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(1))
    proxy.setHiddenSources({"beta"})
    proxy.setSearchText("war")
    proxy.setHiddenSources(())
    assert resets == []


def test_cache_follows_a_new_timeline(sample_timeline):
    model, proxy = _proxy(sample_timeline)
    proxy.setSearchText("hanoi")
    assert proxy.rowCount() == 1
    smaller = type(sample_timeline)(documents=sample_timeline.documents, events=sample_timeline.events[:3])
    model.set_timeline(smaller)
    assert proxy.rowCount() == 0
    proxy.setSearchText("")
    assert proxy.rowCount() == 3


def test_rows_stay_in_the_event_models_date_order(sample_timeline):
    model, proxy = _proxy(sample_timeline)
    # Sorting is for the list's own proxy; the filter is an index array over the event model, in its order.
    assert not isinstance(proxy, QSortFilterProxyModel)
    proxy.setHiddenSources({"alpha"})
    rows = proxy.acceptedSourceRows()
    assert rows == sorted(rows) and len(rows) == proxy.rowCount() == 6
    for r, source_row in enumerate(rows):
        assert proxy.mapToSource(proxy.index(r, 1)) == model.index(source_row, 1)
        assert proxy.mapFromSource(model.index(source_row, 2)) == proxy.index(r, 2)
        assert proxy.index(r, 0).data(EventRole.SortKey) == source_row
    assert not proxy.mapFromSource(model.index(0, 0)).isValid()  # e1: alpha's alone, filtered out


def test_filter_change_is_one_layout_change_and_keeps_the_selection(qtbot, sample_timeline):
    from PySide6.QtCore import QItemSelectionModel

    model, proxy = _proxy(sample_timeline)
    selection = QItemSelectionModel(proxy)
    proxy.rowCount()
    selection.setCurrentIndex(proxy.index(_ids(proxy).index("e7"), 0),
                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
    removed: list[int] = []
    proxy.rowsRemoved.connect(lambda *args: removed.append(1))
    with qtbot.waitSignal(proxy.layoutChanged):
        proxy.setHiddenSources({"alpha", "beta"})
    assert removed == []
    assert _ids(proxy) == ["e5", "e7"]
    assert [i.data(EventRole.Event).id for i in selection.selectedIndexes()] == ["e7"]
    assert proxy.rowEvents() == [model.event_at(4), model.event_at(6)]
    proxy.setSearchText("hanoi")
    assert _ids(proxy) == ["e7"]
    proxy.setHiddenSources(())
    proxy.setSearchText("")
    assert proxy.rowCount() == 7


def test_search_runner_debounces_and_applies_only_the_latest_text(qtbot, sample_timeline):
    from timeline_app.ui.filter_proxy import SearchRunner

    _, proxy = _proxy(sample_timeline)
    runner = SearchRunner(proxy)
    counts: list[tuple[int, int]] = []
    proxy.filterChanged.connect(lambda shown, total: counts.append((shown, total)))
    # A burst of keystrokes: only the last text is searched (on the thread pool) and shown.
    with qtbot.waitSignal(runner.settled, timeout=5000) as blocker:
        for text in ("h", "ha", "han", "hano", "HANOI"):
            runner.setText(text)
        assert proxy.searchText() == ""  # nothing applied on the GUI thread while typing
    assert blocker.args == ["hanoi"]
    assert runner.isSettled() and _ids(proxy) == ["e7"]
    assert counts == [(1, 7)]
    # Refining searches within the matches so far; clearing is immediate.
    with qtbot.waitSignal(runner.settled, timeout=5000):
        runner.setText("june")
    assert _ids(proxy) == ["e2", "e4", "e5", "e6", "e7"]
    with qtbot.waitSignal(runner.settled, timeout=5000):
        runner.setText("visit  CROWDS")  # both words, anywhere in one event: the title and beta's passage
    assert _ids(proxy) == ["e3"]
    assert "visit" in _search_text(proxy, "e3") and "crowds" in _search_text(proxy, "e3")
    runner.setText("")
    assert proxy.rowCount() == 7 and runner.isSettled()


def test_search_runner_drops_a_result_for_a_replaced_timeline(qtbot, sample_timeline):
    from timeline_app.ui.filter_proxy import SearchRunner

    model, proxy = _proxy(sample_timeline)
    runner = SearchRunner(proxy)
    runner.setText("hanoi")
    smaller = type(sample_timeline)(documents=sample_timeline.documents, events=sample_timeline.events[:3])
    model.set_timeline(smaller)  # before the search has run: it is searched again over the new timeline
    qtbot.waitUntil(runner.isSettled, timeout=5000)
    assert proxy.searchText() == "hanoi" and proxy.rowCount() == 0 and proxy.totalCount() == 3


def _search_text(proxy, event_id: str) -> str:
    model = proxy.sourceModel()
    return model.search_text(model.row_of(event_id))


def test_search_runner_prepares_each_store_off_the_gui_thread(qtbot, sample_timeline):
    from timeline_app.ui.filter_proxy import SearchRunner

    model, proxy = _proxy(sample_timeline)
    runner = SearchRunner(proxy)
    first = proxy.store()
    qtbot.waitUntil(lambda: first.letter_bits is not None, timeout=5000)
    model.set_timeline(type(sample_timeline)(documents=sample_timeline.documents, events=sample_timeline.events[:3]))
    second = proxy.store()
    assert second is not first
    qtbot.waitUntil(lambda: second.letter_bits is not None, timeout=5000)
    runner.shutdown()


def test_cells_read_by_row_give_what_the_event_model_gives_for_the_mapped_row(qtmodeltester, sample_timeline):
    """The filter and the list's sort read cells by row and column (no index made per model): each cell, in
    each role, is the event model's cell of the row it maps to, and out-of-range cells are empty."""
    from PySide6.QtCore import QModelIndex, Qt

    from timeline_app.ui.event_list import EventSortProxyModel
    from timeline_app.ui.event_model import Column

    model, proxy = _proxy(sample_timeline)
    listed = EventSortProxyModel()
    listed.setSourceModel(proxy)
    proxy.setHiddenSources({"alpha"})
    listed.sort(int(Column.Title), Qt.SortOrder.DescendingOrder)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, EventRole.Event, EventRole.Sources,
             EventRole.SortKey, EventRole.Starred)
    assert listed.rowCount() == proxy.rowCount() == 6
    for row in range(listed.rowCount()):
        for column in range(listed.columnCount()):
            cell = listed.index(row, column)
            source = model.index(proxy.visibleRows()[listed.mapToSource(cell).row()], column)
            for role in roles:
                assert cell.data(role) == source.data(role), (row, column, role)
    for bad in ((6, 0), (0, len(Column)), (-1, 0)):
        assert not listed.index(*bad).isValid() and not proxy.index(*bad).isValid()
    assert not proxy.index(0, 0, proxy.index(0, 0)).isValid()  # a table: no children
    assert proxy.data_at(99, 0) is None and model.data_at(0, 99) is None
    assert listed.data(QModelIndex()) is None
    qtmodeltester.check(listed)


def test_each_event_table_checks_its_own_bounds(sample_timeline):
    # The three tables share one index(): rows within each one's own count, the three columns, no children.
    from timeline_app.ui.event_list import EventSortProxyModel
    from timeline_app.ui.event_model import Column

    unsourced = EventSortProxyModel()
    assert unsourced.rowCount() == 0 and not unsourced.index(0, 0).isValid()
    model, proxy = _proxy(sample_timeline)
    listed = EventSortProxyModel()
    listed.setSourceModel(proxy)
    proxy.setHiddenSources({"alpha"})
    for table, rows in ((model, len(sample_timeline.events)), (proxy, 6), (listed, 6)):
        assert table.rowCount() == rows and table.columnCount() == len(Column)
        assert table.index(rows - 1, len(Column) - 1).isValid()
        for bad in ((rows, 0), (0, len(Column)), (-1, 0), (0, -1)):
            assert not table.index(*bad).isValid(), (type(table).__name__, bad)
        assert not table.index(0, 0, table.index(0, 0)).isValid()
