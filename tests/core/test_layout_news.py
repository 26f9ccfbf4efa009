"""The first view's range (layout.news_range) and the counts of events off screen, without Qt."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.layout import (NEWS_MIN_PAD, SortedSpans, date_of, day_of, edge_indicators, news_range,
                                      offscreen_counts)


def _span(text: str) -> tuple[float, float]:
    """"2024-06-19", "2024-05-20..2024-06-18", "1961" (the whole year) -> [first day, last day + 1)."""
    first, _, last = text.partition("..")
    last = last or first

    def bounds(part: str) -> tuple[dt.date, dt.date]:
        if len(part) == 4:
            return dt.date(int(part), 1, 1), dt.date(int(part), 12, 31)
        day = dt.date.fromisoformat(part)
        return day, day

    return day_of(bounds(first)[0]), day_of(bounds(last)[1]) + 1.0


def _range(events: list[tuple[str, int]]):
    spans = [_span(text) for text, _ in events]
    return news_range([s for s, _ in spans], [e for _, e in spans], [w for _, w in events])


SEEDS_LIKE = [("1939..1945", 1), ("1947..1991", 3), ("1950..1953", 1), ("1961", 1), ("1991-12-26", 1),
              ("2000", 1), ("2000", 3), ("2001", 1), ("2024-05-20..2024-06-18", 1), ("2024-06-19", 6),
              ("2024-06-19", 9), ("2024-06-20..2024-07-11", 1)]
OLD_AMONG_RECENT = [("1924", 1), ("2025-02-22", 1), ("2025-03-08", 2), ("2025-03-08", 1), ("2025-03-09", 1),
                    ("2025-03-10", 2), ("2025-03-11", 2), ("2025-03-12", 2), ("2025-03-15", 1), ("2025-03-20", 1)]
# Background dates recalled by two articles each still weigh less than the week of news.
RECALLED_BACKGROUND = [("1950..1953", 1), ("1961", 1), ("2000", 2), ("2000", 1), ("2024-06-13", 1),
                       ("2024-06-19", 2), ("2024-06-20", 1)]
# Weekly hearings over four months: each within a month of the next, so the whole trial is the news.
TRIAL = [("1990", 1)] + [((dt.date(2024, 1, 8) + dt.timedelta(weeks=k)).isoformat(), 1) for k in range(17)]
# A war running for years up to the news is a long period: it is drawn where it overlaps, not framed whole.
LONG_PERIOD = [("2014-02-20..2025-03-01", 3), ("2025-03-03", 2), ("2025-03-04", 1), ("2025-03-05", 2),
               ("2025-03-07", 1), ("1991", 1)]
TWO_EQUAL_STORIES = [(f"2010-05-{day:02d}", 1) for day in (3, 4, 5, 6, 7)] \
    + [(f"2024-05-{day:02d}", 1) for day in (3, 4, 5, 6, 7)] + [("1980", 1)]


@pytest.mark.parametrize("events, inside, outside, max_days", [
    (SEEDS_LIKE, ["2024-05-20", "2024-06-19", "2024-07-11"], ["2001-12-31", "1991-12-26"], 120),
    (OLD_AMONG_RECENT, ["2025-02-22", "2025-03-08", "2025-03-20"], ["1924-12-31", "2024-12-31"], 60),
    (RECALLED_BACKGROUND, ["2024-06-13", "2024-06-20"], ["2000-12-31", "1961-12-31"], 30),
    (TRIAL, ["2024-01-08", "2024-04-29"], ["1990-12-31"], 140),
    (LONG_PERIOD, ["2025-03-03", "2025-03-07"], ["2014-02-20", "2024-06-01", "1991-12-31"], 30),
    (TWO_EQUAL_STORIES, ["2024-05-03", "2024-05-07"], ["2010-05-07"], 30),  # equally busy: the latest
])
def test_the_first_view_frames_the_news(events, inside, outside, max_days) -> None:
    found = _range(events)
    assert found is not None and not found.everything
    for day in inside:
        assert found.lo <= day_of(dt.date.fromisoformat(day)) < found.hi, day
    for day in outside:
        assert not found.lo <= day_of(dt.date.fromisoformat(day)) < found.hi, day
    assert found.hi - found.lo <= max_days


@pytest.mark.parametrize("events", [
    [(str(year), 1) for year in range(2010, 2022)],  # one event a year: nothing stands apart
    [(f"2024-{month:02d}-15", 1) for month in range(1, 13)],  # one a month, each a reach apart
    [("1924", 1), ("2025-03-08", 3), ("2025-03-09", 1)],  # too few to tell news from background
    # The busiest stretch (1970, the latest of two equally busy years) holds too little of what is said.
    [("1924", 3), ("1970", 3), ("2025-03-08", 1), ("2025-03-09", 1)],
    [("2024-06-01", 1), ("2024-06-02", 1), ("2024-06-20", 1), ("2024-06-30", 1)],  # one close-knit story
])
def test_events_without_news_apart_are_all_framed(events) -> None:
    spans = [_span(text) for text, _ in events]
    found = _range(events)
    assert found is not None and found.everything
    assert (found.lo, found.hi) == (min(s for s, _ in spans), max(e for _, e in spans))


def test_the_busiest_years_are_the_news_when_the_articles_say_most_about_them() -> None:
    found = _range([("1924-05-01", 5), ("1924-05-20", 5), ("2025-03-08", 1), ("2025-03-09", 1)])
    assert found is not None and not found.everything
    assert dt.date(1924, 4, 1) < date_of(found.lo) <= dt.date(1924, 5, 1)
    assert dt.date(1924, 5, 20) < date_of(found.hi) < dt.date(1924, 7, 1)


def test_no_events_no_range() -> None:
    assert news_range([], [], []) is None


def test_a_single_day_of_news_is_padded_never_empty() -> None:
    found = _range([("1950", 1), ("1960", 1), ("1970", 1)] + [("2024-06-19", 2)] * 4)
    assert found is not None and not found.everything
    assert found.hi - found.lo >= 1.0 + 2 * NEWS_MIN_PAD
    assert date_of(found.lo) < dt.date(2024, 6, 19) < date_of(found.hi)


def test_weights_all_zero_count_every_event_alike() -> None:
    zero = _range([(text, 0) for text, _ in OLD_AMONG_RECENT])
    ones = _range([(text, 1) for text, _ in OLD_AMONG_RECENT])
    assert zero == ones and not zero.everything


# --- counts off screen -------------------------------------------------------------------------------------
SPANS = [("2000", 0), ("2010", 0), ("2024-06-01", 0), ("2024-06-19", 0), ("2024-06-20..2024-07-11", 0),
         ("2026", 0)]


@pytest.mark.parametrize("lo, hi, expected", [
    ("2024-05-01", "2024-06-30", (2, 1)),  # the band running past the right edge is on screen
    ("2024-06-19", "2024-06-20", (3, 2)),  # the day shown is [lo, hi): the 20th starts at the edge, off it
    ("1999-01-01", "2027-01-01", (0, 0)),
    ("2030-01-01", "2031-01-01", (6, 0)),
    ("1900-01-01", "1901-01-01", (0, 6)),
])
@pytest.mark.parametrize("as_numpy", [False, True])
def test_offscreen_counts(lo, hi, expected, as_numpy) -> None:
    spans = [_span(text) for text, _ in SPANS]
    if as_numpy:
        sorted_spans = SortedSpans.from_arrays([s for s, _ in spans], [e for _, e in spans])
    else:
        sorted_spans = SortedSpans.build((k, s, e) for k, (s, e) in enumerate(spans))
    assert offscreen_counts(sorted_spans, day_of(dt.date.fromisoformat(lo)),
                            day_of(dt.date.fromisoformat(hi))) == expected


def test_offscreen_counts_of_nothing() -> None:
    assert offscreen_counts(SortedSpans(), 0.0, 10.0) == (0, 0)


@pytest.mark.parametrize("earlier, later, texts", [
    (5, 3, ["◀ 5 earlier", "3 later ▶"]),
    (0, 1200, ["1,200 later ▶"]),
    (1, 0, ["◀ 1 earlier"]),
    (0, 0, []),
])
def test_edge_indicators_say_counts_at_their_edges(earlier, later, texts) -> None:
    width = 800.0
    boxes = edge_indicators(earlier, later, width, lambda text: 7.0 * len(text), inset=4.0, pad=6.0)
    assert [box.text for box in boxes] == texts
    for box in boxes:
        assert box.width == 7.0 * len(box.text) + 12.0
        assert box.count == (earlier if box.side < 0 else later)
        if box.side < 0:
            assert box.x == 4.0
        else:
            assert box.x + box.width == width - 4.0
