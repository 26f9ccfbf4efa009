"""Issue 9's rough edges a new user hit, each pinned by a test that failed before the fix."""
from __future__ import annotations

import dataclasses
import datetime as dt
from importlib.metadata import version

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from timeline_app.core.model import Event, Precision

from .conftest import make_sample_timeline, timeline_view_over

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _one_day_crowd(n: int = 7):
    base = make_sample_timeline()
    mention = base.events[5].mentions[0]
    day = dt.date(2024, 6, 19)
    events = tuple(Event(id=f"c{i}", title=f"Delegation {i} arrives", first=day, last=day,
                         precision=Precision.DAY, mentions=(mention,)) for i in range(n))
    return dataclasses.replace(base, events=events)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen popups
def test_a_cluster_zooming_cannot_open_lists_its_events(qtbot):
    view, model, proxy, selection = timeline_view_over(qtbot, _one_day_crowd(), 600, 110)
    frame = view._ensure_frame()
    assert len(frame.clusters) == 1, "seven events on one day in a short pane must cluster"
    cluster, rect = frame.clusters[0]
    assert not view.zoomOpens(cluster)
    assert "Click to list them" in view.clusterToolTip(cluster)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    menu = view._cluster_menu
    assert menu is not None and menu.isVisible()
    actions = [a for a in menu.actions() if a.isEnabled()]
    assert len(actions) == 7 and all("Delegation" in a.text() and "19 June 2024" in a.text() for a in actions)
    actions[3].trigger()
    chosen = selection.currentIndex()
    assert chosen.isValid() and chosen.row() in cluster.members
    assert proxy.index(chosen.row(), 0).data(Qt.ItemDataRole.UserRole + 1).title == actions[3].text().split(" — ")[0]
    menu.close()


def test_a_cluster_over_several_days_still_zooms(qtbot, sample_timeline):
    view, *_ = timeline_view_over(qtbot, sample_timeline, 300, 90)
    frame = view._ensure_frame()
    spread = [c for c, _ in frame.clusters if len({view._span(r)[0] for r in c.members}) > 1]
    assert spread
    assert view.zoomOpens(spread[0])
    before = view.scale().px_per_day
    view.openCluster(spread[0])
    assert view.scale().px_per_day > before and view._cluster_menu is None


def test_sources_panel_leaves_the_event_list_its_title_column_at_800_by_600(qtbot, window):
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.list_view.width() > 0)
    header = window.list_view.horizontalHeader()
    title_shown = window.list_view.viewport().width() - header.sectionViewportPosition(1)
    assert title_shown >= 100, f"the Title column gets {title_shown} px"
    assert window.sources_dock.width() <= 260


def test_only_this_is_enabled_whenever_a_source_is_current(qtbot, window):
    widget = window.source_widget
    assert widget.only_button.isEnabled(), "a source is current as soon as sources are listed"
    current = widget.view.currentIndex()
    widget.only_button.click()
    kept = window.sources.document_ids()[current.row()]
    assert window.sources.hidden() == frozenset(window.sources.document_ids()) - {kept}
    widget.view.setCurrentIndex(window.sources.index(2))
    widget.only_action.trigger()
    assert window.sources.hidden() == frozenset(window.sources.document_ids()) - {window.sources.document_ids()[2]}


def test_open_article_link_uses_the_palettes_link_colour_in_a_dark_palette(qtbot, window):
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Link, "#8ab4f8"),
                         (QPalette.ColorRole.WindowText, "#e6e6e6")):
        dark.setColor(role, QColor(colour))
    window.selectEventRow(5)  # shown first, then the palette turns dark (a theme switch): the link follows
    window.detail.setPalette(dark)
    document = window.detail.document()
    link_colours = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if "open" in fragment.text() and "article" in fragment.text():
                link_colours.add(fragment.charFormat().foreground().color().name())
            it += 1
        block = block.next()
    assert link_colours == {"#8ab4f8"}


def test_about_shows_the_version(window):
    assert version("timeline-app") in window.aboutText()


@pytest.mark.parametrize(("size", "title_em"), [((1024, 700), 9), ((640, 480), 13)])
def test_a_narrow_event_list_shortens_its_dates_before_its_titles(qtbot, window, size, title_em):
    """At 1024 px the Date column kept room for "30 September 2024" and left the titles 6 em ("His gra…"):
    the dates shorten first ("Sep – Dec 2024", the delegate shortening month names), each still whole. At 640 px
    the list, beside the details and the article sharing a slot, also takes what the slot can spare."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from timeline_app.ui.event_model import Column

    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    # An article open: the article pane has its share of the width (with none, the list and details have it).
    window.selectEventRow(5)
    window.detail.activatePassage(0)
    qtbot.waitUntil(lambda: window.articles.tabs.count() == 1)
    view = window.list_view
    header = view.horizontalHeader()
    em = view.fontMetrics().horizontalAdvance("M")
    whole = view.wholeDateWidth()
    qtbot.waitUntil(lambda: header.sectionSize(int(Column.Date)) < whole)
    assert header.sectionSize(int(Column.Title)) >= title_em * em, header.sectionSize(int(Column.Title))
    delegate = view.itemDelegateForColumn(int(Column.Date))
    for row in range(view.model().rowCount()):
        index = view.model().index(row, int(Column.Date))
        option = QStyleOptionViewItem()
        option.rect = view.visualRect(index)
        option.widget = view
        delegate.initStyleOption(option, index)
        assert QFontMetrics(option.font).horizontalAdvance(option.text) <= option.rect.width() - 4, option.text
    # Wide again: the whole dates come back; a width the user drags is theirs from then on.
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: header.sectionSize(int(Column.Date)) == whole)
    wide = view.viewport().width()
    header.resizeSection(int(Column.Date), whole + 40)
    window.resize(*size)
    # The list itself narrower (not just the window): its own resize, which fits the dates, has happened.
    qtbot.waitUntil(lambda: view.viewport().width() < wide)
    assert header.sectionSize(int(Column.Date)) == whole + 40


def test_a_second_model_leaves_the_date_width_the_lists_own(qtbot):
    """The widths a setModel sets are the list's, not the user's: after the model is taken away and another set
    (the header's sections made anew, at Qt's default width), a narrower list still shortens its dates."""
    from timeline_app.ui.event_list import EventListView
    from timeline_app.ui.event_model import Column

    from .conftest import proxied

    view = EventListView()
    qtbot.addWidget(view)
    view.setModel(proxied(make_sample_timeline())[1])
    view.resize(1600, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    whole = view.wholeDateWidth()
    view.setModel(None)
    view.setModel(proxied(make_sample_timeline())[1])
    assert header.sectionSize(int(Column.Date)) == whole
    view.resize(300, 300)
    qtbot.waitUntil(lambda: header.sectionSize(int(Column.Date)) < whole)
