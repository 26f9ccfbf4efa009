"""What the judged news sets (tests/core/fixtures/heldout, fixtures/fresh) share: date spans for their rows, and
finding the one event a row names (its first and last day, words of its title)."""
from __future__ import annotations

import datetime as dt

from timeline_app.core.model import Event


def year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def month(y: int, m: int) -> tuple[dt.date, dt.date]:
    nxt = dt.date(y + m // 12, m % 12 + 1, 1)
    return dt.date(y, m, 1), nxt - dt.timedelta(days=1)


def found(events: list[Event], first: dt.date, last: dt.date, words: tuple[str, ...]) -> list[Event]:
    """The events over exactly first..last whose titles hold every one of the words (lower case)."""
    return [e for e in events if e.first == first and e.last == last and all(w in e.title.lower() for w in words)]


def assert_judged_right(events: list[Event], first: dt.date, last: dt.date, words: tuple[str, ...],
                        articles: set[str]) -> None:
    """One event is the row's, reported by exactly its articles."""
    events_found = found(events, first, last, words)
    assert len(events_found) == 1, [(e.first, e.title) for e in events if e.first == first]
    assert set(events_found[0].sources) == articles
