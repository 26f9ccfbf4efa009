"""Dates as a person types them into an edit field: "1961", "June 2024", "2024-06-19", "19 June 2024",
"1950–1953", "the 1990s". Pure; every error is a sentence the user can act on.

Unlike the tagger (which finds dates inside prose and may guess), this parser takes the whole field and
is strict: anything it cannot read exactly is refused with a hint, never half-read. Everything
`human_date` writes parses back to the same interval, so a field pre-filled with an event's date is valid.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline_app.core.model import Precision

EXAMPLES = "1961, June 2024, 2024-06-19, 19 June 2024 or 1950–1953"

_MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name[1:], start=1):
    _MONTHS[_name.lower()] = _number
    _MONTHS[_name[:3].lower()] = _number
_MONTHS["sept"] = 9

# Range separators: dashes, "to", "until", "through". A bare hyphen separates only where it cannot be an
# ISO date's ("1950-1953", "June 2024 - May 2025", but not "2024-06").
_RANGE = re.compile(r"\s*(?:–|—|−|\.\.|\s-\s|\bto\b|\buntil\b|\bthrough\b|\bthru\b)\s*", re.IGNORECASE)
_YEAR_HYPHEN_YEAR = re.compile(r"^(\d{3,4})-(\d{3,4})$")

_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH_WORD = r"([a-z]+)\.?"
_YEAR = r"(\d{1,4})"
_DAY_MONTH_YEAR = re.compile(rf"^{_ORDINAL}\s+(?:of\s+)?{_MONTH_WORD},?\s+{_YEAR}$")
_MONTH_DAY_YEAR = re.compile(rf"^{_MONTH_WORD}\s+{_ORDINAL},?\s+{_YEAR}$")
_MONTH_YEAR = re.compile(rf"^{_MONTH_WORD},?\s+{_YEAR}$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR_ONLY = re.compile(r"^(?:(?:ad|ce)\s+)?(\d{1,4})(?:\s+(?:ad|ce))?$")
_DECADE = re.compile(r"^(?:the\s+)?(\d{3}0)'?s$")
_CENTURY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century$")
_QUARTER = re.compile(r"^q([1-4])\s+(\d{1,4})$")
_WEEK_OF = re.compile(r"^(?:the\s+)?week\s+of\s+(.+)$")
_NUMERIC_SLASHES = re.compile(r"^\d{1,4}[/.]\d{1,2}(?:[/.]\d{1,4})?$")
_DAY_MONTH_NO_YEAR = re.compile(rf"^(?:{_ORDINAL}\s+{_MONTH_WORD}|{_MONTH_WORD}\s+{_ORDINAL})$")

_Interval = tuple[dt.date, dt.date, Precision]


def parse_user_date(text: str) -> _Interval:
    """(first day, last day, precision) of the date or range in `text`.

    Raises ValueError with a message meant for the person typing: what is wrong and what would work.
    """
    typed = " ".join(str(text).replace("\u00a0", " ").split()).strip(" ,;")
    cleaned = typed.lower()
    if not cleaned:
        raise ValueError(f"Type a date, for example {EXAMPLES}.")
    try:
        return _parse_cleaned(cleaned)
    except ValueError as exc:
        raise ValueError(_as_typed(str(exc), cleaned, typed)) from None


def _as_typed(message: str, cleaned: str, typed: str) -> str:
    """`message` with each text it quotes from `cleaned` (lowered) as the person typed it: “28 Jun 2010x”, not
    “28 jun 2010x” (their own words quoted back changed read as though the field had misread them)."""
    # origin[i]: the position in `typed` of the character `cleaned[i]` was lowered from, character by character
    # (a letter may lower to two, "İ" to "i̇": the rest of the quote still maps back).
    origin = [at for at, char in enumerate(typed) for _ in char.lower()]
    if len(origin) != len(cleaned):  # lowering in context changed a length: quoted as it was
        return message

    def back(match: re.Match) -> str:
        quoted = match.group(1)
        at = cleaned.find(quoted)
        if at < 0:
            return match.group(0)
        return f"“{typed[origin[at]:origin[at + len(quoted) - 1] + 1]}”"

    return re.sub(r"“([^”]+)”", back, message)


def _parse_cleaned(cleaned: str) -> _Interval:
    parts = _split_range(cleaned)
    if len(parts) == 1:
        return _parse_single(parts[0])
    left_text, right_text = parts
    if not left_text or not right_text:
        raise ValueError("A range needs a date on each side of the dash, for example 1950–1953.")
    short = re.fullmatch(r"(\d{4})", left_text) and re.fullmatch(r"(\d{2})", right_text)
    if short:
        # "1950–53": the end year shares the start's century (or the next one: "1998–03" is 1998–2003).
        start = int(left_text)
        end = start - start % 100 + int(right_text)
        right_text = str(end if end >= start else end + 100)
    right = _parse_single(right_text)
    left = _parse_left_of_range(left_text, right)
    if right[1] < left[0]:
        raise ValueError(f"The range ends ({_describe(right)}) before it starts ({_describe(left)}).")
    # The range is as precise as its coarser end: "June 2024 – 3 July 2024" is known to the month.
    precision = max(left[2], right[2], key=lambda p: p.rank)
    return left[0], right[1], precision


def _split_range(text: str) -> list[str]:
    match = _YEAR_HYPHEN_YEAR.match(text)
    if match:
        return [match.group(1), match.group(2)]
    parts = _RANGE.split(text)
    if len(parts) > 2:
        raise ValueError("Give one date, or one range with a single dash, for example 1950–1953.")
    return [p.strip(" ,") for p in parts]


def _parse_left_of_range(text: str, right: _Interval) -> _Interval:
    """The start of a range, which may borrow from its end: "1950–53", "June–August 2024", "3–5 June 2024"."""
    try:
        return _parse_single(text)
    except ValueError:
        pass
    if re.fullmatch(_ORDINAL, text) and right[2] == Precision.DAY:
        return _day(right[0].year, right[0].month, int(re.match(_ORDINAL, text).group(1)))
    if text in _MONTHS and right[2] in (Precision.DAY, Precision.MONTH):
        return _month(right[0].year, _MONTHS[text])
    match = _DAY_MONTH_NO_YEAR.match(text)
    if match and right[2] == Precision.DAY:
        day, month = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        return _day(right[0].year, _month_number(month), int(day))
    return _parse_single(text)  # raises the single date's own message


def _parse_single(text: str) -> _Interval:
    match = _ISO_DAY.match(text)
    if match:
        return _day(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _ISO_MONTH.match(text)
    if match:
        return _month(int(match.group(1)), int(match.group(2)))
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        return _day(_year(match.group(3)), _month_number(match.group(2)), int(match.group(1)))
    match = _MONTH_DAY_YEAR.match(text)
    if match:
        return _day(_year(match.group(3)), _month_number(match.group(1)), int(match.group(2)))
    match = _MONTH_YEAR.match(text)
    if match and match.group(1) not in ("q1", "q2", "q3", "q4", "the", "ad", "ce"):
        return _month(_year(match.group(2)), _month_number(match.group(1)))
    match = _YEAR_ONLY.match(text)
    if match:
        year = _year(match.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR
    match = _DECADE.match(text)
    if match:
        start = int(match.group(1))
        if start < 1:
            raise ValueError("Years start at 1.")
        return dt.date(start, 1, 1), dt.date(start + 9, 12, 31), Precision.DECADE
    match = _CENTURY.match(text)
    if match:
        n = int(match.group(1))
        if not 1 <= n <= 100:
            raise ValueError("Centuries go from the 1st to the 100th.")
        # As human_date writes them: the 19th century is 1800–1899.
        return dt.date(max(1, (n - 1) * 100), 1, 1), dt.date((n - 1) * 100 + 99, 12, 31), Precision.CENTURY
    match = _QUARTER.match(text)
    if match:
        year, quarter = _year(match.group(2)), int(match.group(1))
        first = dt.date(year, 3 * quarter - 2, 1)
        last_month = 3 * quarter
        return first, dt.date(year, last_month, calendar.monthrange(year, last_month)[1]), Precision.QUARTER
    match = _WEEK_OF.match(text)
    if match:
        first, _last, precision = _parse_single(match.group(1))
        if precision != Precision.DAY:
            raise ValueError("“Week of” needs a day, for example week of 17 June 2024.")
        if first > dt.date.max - dt.timedelta(days=6):
            raise ValueError("That week runs past the year 9999.")
        return first, first + dt.timedelta(days=6), Precision.WEEK
    if _NUMERIC_SLASHES.match(text):
        raise ValueError("Numbers with slashes or dots are ambiguous (is 06/07 June or July?): "
                         "write 2024-06-19 or 19 June 2024.")
    if _DAY_MONTH_NO_YEAR.match(text) and _is_month_word(text):
        raise ValueError("Add the year, for example 19 June 2024.")
    if text in _MONTHS:
        raise ValueError(f"Add the year, for example {text.capitalize()} 2024.")
    raise ValueError(f"“{text}” is not a date this field understands; try {EXAMPLES}.")


def _is_month_word(text: str) -> bool:
    return any(word.strip(".,") in _MONTHS for word in text.split())


def _year(digits: str) -> int:
    if len(digits) < 3:
        raise ValueError(f"Write the year in full ({digits} could be 19{digits.zfill(2)} or "
                         f"20{digits.zfill(2)}).")
    year = int(digits)
    if year < 1:
        raise ValueError("Years start at 1.")
    return year


def _month_number(word: str) -> int:
    number = _MONTHS.get(word.strip(".").lower())
    if number is None:
        raise ValueError(f"“{word}” is not a month; write it as a word (June, Jun) or use 2024-06-19.")
    return number


def _month(year: int, month: int) -> _Interval:
    if not 1 <= month <= 12:
        raise ValueError(f"There is no month {month}: months go from 1 to 12.")
    if year < 1:
        raise ValueError("Years start at 1.")
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), Precision.MONTH


def _day(year: int, month: int, day: int) -> _Interval:
    _month(year, month)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValueError(f"{calendar.month_name[month]} {year} has no day {day} (it has {days} days).")
    date = dt.date(year, month, day)
    return date, date, Precision.DAY


def _describe(interval: _Interval) -> str:
    from timeline_app.core.model import human_date

    return human_date(*interval)
