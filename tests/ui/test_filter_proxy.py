"""The one filter proxy: checked sources and search, over the one event model, without rebuilding it."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from timeline_app.ui.event_model import EventRole, EventTableModel
from timeline_app.ui.filter_proxy import SourceFilterProxyModel


def _proxy(timeline):
    model = EventTableModel()
    model.set_timeline(timeline)
    proxy = SourceFilterProxyModel()
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


def test_sort_role_is_the_sort_key(sample_timeline):
    _, proxy = _proxy(sample_timeline)
    assert proxy.sortRole() == EventRole.SortKey
    # Sorting is for the list's own proxy; this one keeps date order for the timeline.
    assert isinstance(proxy, QSortFilterProxyModel) and proxy.sortColumn() == -1


def test_bulk_filter_change_is_one_layout_change_and_keeps_the_selection(qtbot, monkeypatch, sample_timeline):
    from PySide6.QtCore import QItemSelectionModel

    import timeline_app.ui.filter_proxy as filter_proxy

    model, proxy = _proxy(sample_timeline)
    monkeypatch.setattr(filter_proxy, "BULK_CHANGE", 0)  # every change counts as a bulk one
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
