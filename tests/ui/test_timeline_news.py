"""The first view frames the news (layout.news_range); Fit All shows every event; the events off screen are
counted at the timeline's edges, and a click on a count brings them into view."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from timeline_app.core.pipeline import build_timeline, seeds_dir
from timeline_app.ui.main_window import MainWindow

FIXTURES = Path(__file__).parent / "fixtures"
# The offscreen platform warns when a main window is shown; nothing here depends on it.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture(scope="module")
def seeds_timeline():
    return build_timeline([seeds_dir()], workers=1, cache=False)


@pytest.fixture(scope="module")
def old_event_timeline():
    return build_timeline([FIXTURES / "news_with_old_event"], workers=1, cache=False)


def _shown_window(qtbot, tmp_path, timeline) -> MainWindow:
    window = MainWindow(settings=QSettings(str(tmp_path / "news.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.applyTimeline(timeline, ["/articles"])
    with qtbot.waitExposed(window):
        window.show()
    return window


def _counts(view) -> dict[int, int]:
    """side -> how many events the indicator at that edge counts."""
    return {edge.side: edge.count for edge, _ in view.edgeIndicators()}


def _wholly_before(timeline, day: dt.date, shown=None) -> int:
    return sum(1 for e in timeline.events if e.last < day and (shown is None or set(e.sources) & shown))


def _wholly_after(timeline, day: dt.date) -> int:
    return sum(1 for e in timeline.events if e.first > day)


def test_opening_the_seeds_frames_june_2024_and_counts_the_background(qtbot, tmp_path, seeds_timeline):
    window = _shown_window(qtbot, tmp_path, seeds_timeline)
    view = window.timeline
    first, last = view.visibleRange()
    assert (last - first).days < 120  # weeks of news, not the decades since 1939
    assert first <= dt.date(2024, 6, 19) <= last
    # The background dates are not lost: counted at the left edge, and nothing is later than the view.
    earlier = _wholly_before(seeds_timeline, first)
    assert earlier >= 5  # World War II, the Cold War, 1961, 2000...
    assert _counts(view) == {-1: earlier}
    edge, rect = view.edgeIndicators()[0]
    assert re.fullmatch(r"◀ [\d,]+ earlier", edge.text)  # counts only: no article text reaches it
    assert rect.left() >= 0 and rect.bottom() <= view.viewport().height()
    window.loader.shutdown()


def test_fit_all_shows_every_event_and_clears_the_counts(qtbot, tmp_path, seeds_timeline):
    window = _shown_window(qtbot, tmp_path, seeds_timeline)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    first, last = window.timeline.visibleRange()
    assert first <= min(e.first for e in seeds_timeline.events)
    assert last >= max(e.last for e in seeds_timeline.events)
    assert window.timeline.edgeIndicators() == []
    # A resize keeps the frame chosen (everything), as it keeps the news before Fit All.
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.timeline.viewport().width() < 1100)
    assert window.timeline.visibleRange()[0] <= min(e.first for e in seeds_timeline.events)
    # Fit the News (Ctrl+9) goes back to it.
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    first, last = window.timeline.visibleRange()
    assert (last - first).days < 120 and first <= dt.date(2024, 6, 19) <= last
    window.timeline.fitAll()
    # A folder opened next starts on its news again.
    window.applyTimeline(seeds_timeline, ["/other-articles"])
    first, last = window.timeline.visibleRange()
    assert (last - first).days < 120 and _counts(window.timeline)[-1] >= 5
    window.loader.shutdown()


def test_clicking_the_count_brings_the_earlier_events_into_view(qtbot, tmp_path, seeds_timeline):
    window = _shown_window(qtbot, tmp_path, seeds_timeline)
    view = window.timeline
    before_last = view.visibleRange()[1]
    (edge, rect), = view.edgeIndicators()
    assert edge.side == -1
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    first, last = view.visibleRange()
    assert first <= min(e.first for e in seeds_timeline.events)
    assert last >= before_last  # the news stays on screen: the view widened to the left
    assert _counts(view) == {}
    window.loader.shutdown()


def test_one_old_event_among_recent_news_stays_off_screen_and_counted(qtbot, tmp_path, old_event_timeline):
    window = _shown_window(qtbot, tmp_path, old_event_timeline)
    view = window.timeline
    first, last = view.visibleRange()
    oldest = min(e.first for e in old_event_timeline.events)
    assert oldest.year < 1950  # the fixture's one background date (1924)
    assert first > oldest and (last - first).days < 120
    newest = max(e.last for e in old_event_timeline.events)
    assert first <= newest <= last  # the latest news is framed
    assert _counts(view) == {-1: _wholly_before(old_event_timeline, first)}
    window.loader.shutdown()


def test_the_counts_follow_zooming_and_panning(qtbot, tmp_path, sample_timeline):
    window = _shown_window(qtbot, tmp_path, sample_timeline)
    view = window.timeline
    first, last = view.visibleRange()
    assert last.year == 2024 and first.year == 2024  # the sample's June 2024 news
    assert _counts(view) == {-1: 4}  # the Korean War, 1961, the two of 2000
    view.setVisibleRange(dt.date(1990, 1, 1), dt.date(2024, 12, 31))  # zoomed out: only the 1950s and 1961 are off
    assert _counts(view) == {-1: 2}
    view.setVisibleRange(dt.date(2024, 6, 10), dt.date(2024, 6, 16))  # on the G7 summit alone
    assert _counts(view) == {-1: 4, 1: 2}
    scale = view.scale()
    view._pan(-scale.width * 2)  # three widths earlier: nothing left on screen, all seven counted
    first, last = view.visibleRange()
    assert last < dt.date(2024, 6, 13)
    assert _counts(view) == {-1: _wholly_before(sample_timeline, first), 1: _wholly_after(sample_timeline, last)}
    window.loader.shutdown()


def test_the_counts_follow_the_source_filter(qtbot, tmp_path, sample_timeline):
    window = _shown_window(qtbot, tmp_path, sample_timeline)
    view = window.timeline
    view.setVisibleRange(dt.date(2024, 6, 10), dt.date(2024, 6, 25))  # the user's own view: filtering keeps it
    assert _counts(view) == {-1: 4}
    window.sources.set_hidden({"beta"})  # 1961 and the treaty of 2000 are beta's alone
    assert view.visibleRange()[0] <= dt.date(2024, 6, 10)
    assert _counts(view) == {-1: 2}
    window.sources.set_hidden(set())
    assert _counts(view) == {-1: 4}
    window.loader.shutdown()


def test_the_news_is_worked_out_once_per_timeline_not_per_filter_change(qtbot, tmp_path, seeds_timeline,
                                                                       monkeypatch):
    # At a million events sorting every date again on each source toggle or search keystroke cost 260 ms
    # (benchmarks/timeline_speed.py): the news of the folder is worked out once per event store.
    from timeline_app.ui import timeline_view

    calls: list[int] = []
    real = timeline_view.news_range

    def counted(starts, ends, weights):
        calls.append(len(starts))
        return real(starts, ends, weights)

    monkeypatch.setattr(timeline_view, "news_range", counted)
    window = _shown_window(qtbot, tmp_path, seeds_timeline)
    view = window.timeline
    framed = view.visibleRange()
    assert calls == [len(seeds_timeline.events)]
    shown = sorted({s for e in seeds_timeline.events for s in e.sources})
    window.sources.set_hidden({shown[0]})
    window.sources.set_hidden(set())
    view.frameNews()
    assert calls == [len(seeds_timeline.events)]
    assert view.visibleRange() == framed
    window.loader.shutdown()
