"""The small things a walk of the window left: panel heights and widths, a range of days in a narrow list, em
widths after a font change. Each pinned by a test that failed before its fix."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings

from timeline_app.core.model import Problem
from timeline_app.ui.main_window import MainWindow

from .conftest import date_cell_option, make_sample_timeline

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.mark.parametrize("shown_first", [True, False])
def test_one_problem_takes_one_rows_height_at_640_by_480(qtbot, window, shown_first):
    """Qt's scroll-area minimum (70 px) kept one problem's panel 86 px tall, three rows' room taken from the
    timeline at 640 × 480; whether the window was shown before the load or after."""
    window.resize(640, 480)
    if shown_first:
        window.show()
        qtbot.waitExposed(window)
    with_problem = dataclasses.replace(make_sample_timeline(), problems=(Problem("/x/empty.txt", "is empty"),))
    window.applyTimeline(with_problem, ["/x"])
    if not shown_first:
        window.show()
        qtbot.waitExposed(window)
    problems = window.problems
    row = problems.sizeHintForRow(0)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible())
    assert problems.minimumSizeHint().height() > 2 * row, "Qt's own minimum is what this test is about"
    qtbot.waitUntil(lambda: problems.height() < 2 * row, timeout=2000)
    assert problems.height() >= row, "the one problem stays readable"


def test_the_article_pane_takes_room_only_while_an_article_is_open(qtbot, window):
    """With no article open the pane took 3/11 of the width to show a hint: the list and the details have it
    until an article opens, and again once the last one is closed."""
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert not window._reading_shared()
    splitter = window.bottom_splitter
    qtbot.waitUntil(lambda: not window.articles.isVisible())
    middle = splitter.width()
    assert window.list_view.width() + window.detail.width() >= middle - 3 * splitter.handleWidth()
    window.list_view.setFocus()
    window.list_view.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.event_() is not None)
    window.detail.activatePassage(0)
    qtbot.waitUntil(lambda: window.articles.isVisible())
    qtbot.waitUntil(lambda: window.articles.width() >= middle * 3 // 11 - 10)
    window.articles.closeAll()
    qtbot.waitUntil(lambda: not window.articles.isVisible())
    qtbot.waitUntil(lambda: window.list_view.width() + window.detail.width() >= middle - 3 * splitter.handleWidth())


def test_a_range_of_days_fits_the_narrowest_date_column_whole(qtbot, tmp_path):
    """A narrow list cut a range of days at its end ("20 May – 18 J…"): at the Date column's narrowest, it says
    "20 May–18 Jun", whole."""
    import datetime as dt

    from PySide6.QtGui import QFontMetrics
    from timeline_app.core.model import Precision
    from timeline_app.ui.event_model import Column

    base = make_sample_timeline()
    ranged = dataclasses.replace(base.events[5], id="r", first=dt.date(2024, 5, 20), last=dt.date(2024, 6, 18),
                                 precision=Precision.DAY)
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.applyTimeline(dataclasses.replace(base, events=(ranged,)), ["/articles"])
    w.resize(640, 480)
    w.show()
    qtbot.waitExposed(w)
    view = w.list_view
    header = view.horizontalHeader()
    header.resizeSection(int(Column.Date), view._short_date_width())  # the narrowest the list makes it itself
    option = date_cell_option(view, 0)
    assert option.text == "20 May–18 Jun"
    assert QFontMetrics(option.font).horizontalAdvance(option.text) <= option.rect.width() - 4


def test_widths_in_em_follow_a_font_change(qtbot, window):
    """The search box, the panes' least widths and the Sources panel kept the old font's em after the font
    grew (a user's larger font, a screen's scale): the search box too narrow for its words, the panel's titles
    a letter a line."""
    from timeline_app.ui.main_window import SEARCH_MAX_EM, SEARCH_MIN_EM, sources_panel_width

    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sources_dock.isVisible())
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)  # the panel still shown at 1400 px
    window.setFont(font)
    em = window.fontMetrics().horizontalAdvance("M")
    assert em * SEARCH_MIN_EM <= window.search.minimumWidth() <= em * SEARCH_MAX_EM
    assert window.search.maximumWidth() == em * SEARCH_MAX_EM
    assert window.detail.minimumWidth() == em * 12
    assert window.articles.minimumWidth() == em * 9
    wanted = sources_panel_width(window.width(), em)
    assert window.sources_dock.isVisible() and wanted > sources_panel_width(window.width(), em * 10 // 13)
    qtbot.waitUntil(lambda: abs(window.sources_dock.width() - wanted) <= 2)


def test_a_paint_asks_the_selection_once_not_once_per_event(qtbot, sample_timeline):
    """Each event drawn asked QItemSelectionModel.isRowSelected (every column checked, ~0.5 ms a call): 30 ms of
    a frame at 2,000 articles. A paint reads the selected rows once."""
    from PySide6.QtCore import QItemSelectionModel

    from .conftest import proxied
    from timeline_app.ui.timeline_view import TimelineView

    class CountingSelection(QItemSelectionModel):
        asked = 0

        def isRowSelected(self, *args):  # noqa: N802
            CountingSelection.asked += 1
            return super().isRowSelected(*args)

    _model, proxy, _selection = proxied(sample_timeline)
    selection = CountingSelection(proxy)
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSelectionModel(selection)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.fitAll()
    selection.setCurrentIndex(proxy.index(5, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)
    drawn = len(view._ensure_frame().placed)
    assert drawn >= 4, "enough events drawn for the count to mean something"
    CountingSelection.asked = 0
    view.grab()
    assert CountingSelection.asked <= 1


def test_an_empty_problems_panel_says_there_are_none(qtbot, window):
    """Opened from the View menu with nothing to report, the panel was a blank white box a third of the window
    tall: it says there are no problems, in a couple of lines' height."""
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.problems.count() == 0
    window.problems_dock.toggleViewAction().trigger()
    qtbot.waitUntil(window.problems_dock.isVisible)
    image = window.problems.grab().toImage()
    background = image.pixelColor(image.width() - 2, image.height() - 2)
    assert any(image.pixelColor(x, y) != background for x in range(0, min(image.width(), 300), 2)
               for y in range(0, min(image.height(), 20), 2))  # some text drawn at its top left
    qtbot.waitUntil(lambda: window.problems_dock.height() < window.height() / 6)


def test_a_problems_panel_opened_empty_grows_to_the_problems_that_come(qtbot, window):
    """Opened empty from the View menu, the panel shrinks to two lines; problems coming in later (a load) left
    it two lines tall over nine errors: it is sized to them, up to six rows, as a panel shown by a load is."""
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.problems_dock.toggleViewAction().trigger()
    qtbot.waitUntil(window.problems_dock.isVisible)
    qtbot.waitUntil(lambda: window.problems_dock.height() < window.height() / 6)
    empty_height = window.problems.height()
    problems = tuple(Problem(f"/x/broken{i}.txt", "cannot be read") for i in range(9))
    window.applyTimeline(dataclasses.replace(make_sample_timeline(), problems=problems), ["/x"])
    row = window.problems.sizeHintForRow(0)
    qtbot.waitUntil(lambda: window.problems.height() >= 5 * row, timeout=2000)
    assert window.problems.height() > empty_height
    assert window.problems_dock.height() < window.height() / 2  # six rows at most, not half the window
