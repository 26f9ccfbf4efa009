"""What the judged news sets (tests/core/fixtures/heldout, fixtures/fresh) share: date spans for their rows, and
finding the one event a row names (its first and last day, words of its title), the strict xfails of known errors
and extra events, and the articles' publication dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from typing import TYPE_CHECKING, Callable

import pytest

from timeline_app.core.documents import load_document
from timeline_app.core.model import Event

if TYPE_CHECKING:  # what pytest.param returns
    from _pytest.mark.structures import ParameterSet


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


def row_ids(rows: list[tuple]) -> list[str]:
    """Test ids for judged rows (first day, last day, words, ...): the title's words and the first day."""
    return [" ".join(row[2]) + f" {row[0]}" for row in rows]


def known_wrong(first: dt.date, last: dt.date, words: tuple[str, ...], articles: set[str],
                reason: str) -> ParameterSet:
    """A row the timeline gets wrong today (why: `reason`): a strict xfail until a general rule fixes it."""
    return pytest.param(first, last, words, articles, marks=pytest.mark.xfail(reason=reason, strict=True),
                        id=" ".join(words) + f" {first}")


def assert_still_wrong(events: list[Event], first: dt.date, last: dt.date, words: tuple[str, ...],
                       articles: set[str]) -> None:
    """What a known-wrong row asserts (so its strict xfail fails once fixed): one event is the row's, by its
    articles."""
    events_found = found(events, first, last, words)
    assert len(events_found) == 1 and set(events_found[0].sources) == articles


def known_extras(rows: list[tuple[str, dt.date | None, str]]) -> list[ParameterSet]:
    """Extra events still on the timeline (words of the title, first day, why): strict xfails, id'd by words."""
    return [pytest.param(words, first, marks=pytest.mark.xfail(reason=reason, strict=True), id=words)
            for words, first, reason in rows]


def extra_titles(events: list[Event], words: str, first: dt.date | None) -> list[str]:
    """Titles holding `words` (lower case) of the events from `first` (any day where None): none once removed."""
    return [e.title for e in events if (first is None or e.first == first) and words in e.title.lower()]


def publication_dates(folder: Path) -> dict[str, dt.date | None]:
    """Each file of `folder` by name: the publication date the loader reads."""
    return {p.name: load_document(p).published for p in sorted(folder.iterdir())}


# The tests every judged set runs on its rows; a set's module binds them to its own names (test_...) and gives the
# `events` fixture of its folder.
def judged_right_test(rows: list[tuple]) -> Callable[..., None]:
    """A test per judged-right row: the row's event stays right."""
    @pytest.mark.parametrize("first, last, words, articles", rows, ids=row_ids(rows))
    def test(events: list[Event], first: dt.date, last: dt.date, words: tuple[str, ...], articles: set[str]) -> None:
        assert_judged_right(events, first, last, words, articles)
    return test


def known_wrong_test(rows: list[ParameterSet]) -> Callable[..., None]:
    """A test per known-wrong row (`known_wrong`): a strict xfail until fixed."""
    @pytest.mark.parametrize("first, last, words, articles", rows)
    def test(events: list[Event], first: dt.date, last: dt.date, words: tuple[str, ...], articles: set[str]) -> None:
        assert_still_wrong(events, first, last, words, articles)
    return test


def known_extra_test(rows: list[ParameterSet]) -> Callable[..., None]:
    """A test per extra event (words of the title, first day or None): none is on the timeline."""
    @pytest.mark.parametrize("words, first", rows)
    def test(events: list[Event], words: str, first: dt.date | None) -> None:
        assert not extra_titles(events, words, first)
    return test
