"""Calendar periods for the temporal tagger: a period is (granularity, first day), and this module
turns one into a TIMEX3 value with its first/last day and precision, and shifts it by whole units."""
from __future__ import annotations

import datetime as dt
from calendar import monthrange
from functools import lru_cache

from timeline_app.core.model import Precision

# granularity codes
DAY, WEEK, WEEKEND, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY = (
    "D", "W", "WE", "M", "S", "Q", "H", "Y", "DE", "CE")

_SEASON_CODE = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
MIN_YEAR, MAX_YEAR = dt.MINYEAR, dt.MAXYEAR  # 1 and 9999: what datetime.date can hold


class OutOfRange(Exception):
    """A computed date falls before year 1 or after 9999 ("3,000 years ago", "tomorrow" on 9999-12-31).

    Not a ValueError on purpose: handlers catch ValueError for malformed numbers, and this must reach
    the tagger's loop, which drops the expression (or the handler keeps it underspecified)."""


def date(year: int, month: int, day: int) -> dt.date:
    """datetime.date for a valid month and day, raising OutOfRange for a year outside 1–9999."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise OutOfRange(year)
    return dt.date(year, month, day)


def add_days(day: dt.date, n: int) -> dt.date:
    try:
        return day + dt.timedelta(days=n)
    except OverflowError:
        raise OutOfRange(day, n) from None


_PRECISION = {DAY: Precision.DAY, WEEK: Precision.WEEK, WEEKEND: Precision.WEEK,
              MONTH: Precision.MONTH, SEASON: Precision.SEASON, QUARTER: Precision.QUARTER,
              HALF: Precision.HALF, YEAR: Precision.YEAR, DECADE: Precision.DECADE,
              CENTURY: Precision.CENTURY}


def start_of(gran: str, day: dt.date) -> dt.date:
    """The first day of the period of granularity `gran` that holds `day`."""
    if gran == DAY:
        return day
    if gran == WEEK:
        return day - dt.timedelta(days=day.weekday())
    if gran == WEEKEND:
        return add_days(day, 5 - day.weekday())
    if gran == MONTH:
        return day.replace(day=1)
    if gran == QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if gran == HALF:
        return dt.date(day.year, 1 if day.month <= 6 else 7, 1)
    if gran == SEASON:
        if day.month <= 2:
            return date(day.year - 1, 12, 1)
        return dt.date(day.year, 3 * (day.month // 3), 1)
    if gran == YEAR:
        return dt.date(day.year, 1, 1)
    if gran == DECADE:
        return dt.date(max(1, day.year - day.year % 10), 1, 1)  # years 1–9: decade 000
    if gran == CENTURY:
        return dt.date(max(1, day.year - day.year % 100), 1, 1)
    raise ValueError(gran)


# one step of each granularity: (days, months); seasons move by whole years
_STEP = {DAY: (1, 0), WEEK: (7, 0), WEEKEND: (7, 0), MONTH: (0, 1), SEASON: (0, 12), QUARTER: (0, 3),
         HALF: (0, 6), YEAR: (0, 12), DECADE: (0, 120), CENTURY: (0, 1200)}


def add_months(day: dt.date, n: int) -> dt.date:
    """`day + relativedelta(months=n)`: the same day n months on, clamped to the month's end (Jan 31 + 1
    month = Feb 28/29), without building a relativedelta (this is on the tagger's hot path)."""
    years, month0 = divmod(day.month - 1 + n, 12)
    year = day.year + years
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise OutOfRange(day, n)
    month = month0 + 1
    return dt.date(year, month, min(day.day, monthrange(year, month)[1]))


def _month_end(first: dt.date, months: int) -> dt.date:
    """The last day of the month `months` after first's (the winter of 9999 would end in 10000: OutOfRange)."""
    day = add_months(first.replace(day=1), months)
    return day.replace(day=monthrange(day.year, day.month)[1])


def shift(gran: str, first: dt.date, n: int) -> dt.date:
    """Move a period's first day by n periods (seasons move by whole years)."""
    if n == 0:
        return first
    days, months = _STEP[gran]
    return add_days(first, days * n) if days else add_months(first, months * n)


@lru_cache(maxsize=4096)
def period(gran: str, first: dt.date) -> tuple[str, dt.date, dt.date, Precision]:
    """(TIMEX3 value, first day, last day, precision) of the period starting on `first`."""
    y = first.year
    if gran == DAY:
        return first.isoformat(), first, first, Precision.DAY
    if gran == WEEK:
        iy, iw, _ = first.isocalendar()
        return f"{iy:04d}-W{iw:02d}", first, add_days(first, 6), Precision.WEEK
    if gran == WEEKEND:
        iy, iw, _ = first.isocalendar()
        return f"{iy:04d}-W{iw:02d}-WE", first, add_days(first, 1), Precision.WEEK
    if gran == MONTH:
        return f"{y:04d}-{first.month:02d}", first, _month_end(first, 0), Precision.MONTH
    if gran == QUARTER:
        q = (first.month - 1) // 3 + 1
        return f"{y:04d}-Q{q}", first, _month_end(first, 2), Precision.QUARTER
    if gran == HALF:
        h = 1 if first.month <= 6 else 2
        return f"{y:04d}-H{h}", first, _month_end(first, 5), Precision.HALF
    if gran == SEASON:
        return f"{y:04d}-{_SEASON_CODE[first.month]}", first, _month_end(first, 2), Precision.SEASON
    if gran == YEAR:
        return f"{y:04d}", first, dt.date(y, 12, 31), Precision.YEAR
    if gran == DECADE:
        return f"{y // 10:03d}", first, dt.date(y - y % 10 + 9, 12, 31), Precision.DECADE
    if gran == CENTURY:
        return f"{y // 100:02d}", first, dt.date(y - y % 100 + 99, 12, 31), Precision.CENTURY
    raise ValueError(gran)


def season_start(year: int, code: str) -> dt.date:
    return date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code], 1)


def precision_of(gran: str) -> Precision:
    return _PRECISION[gran]
