"""Which order a document writes its numeric dates in ("12/03/2021": 12 March or December 3?), read from the document
itself: another numeric date whose first or second number is above 12 shows it; else the order of its spelled dates
("12 March 2021" day first, "March 12, 2021" month first); else the language of the page, when its markup states one
(its locale's date patterns, `day_first_by_language`). Never from a list of outlets' names. None when nothing shows it: the caller keeps its own rule (month first)."""
from __future__ import annotations

import functools
import re

# A numeric date with its year: day and month in either order ("12/03/2021", "3.12.21").
NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A spelled date's order: the day before its month ("12 March", "3rd of May") or after it ("March 12", "May 3rd"),
# a year after either (what makes it a date, not "3 May be" or "May 3 people").
_DAY_MONTH = re.compile(rf"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{4}}\b", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\.?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+\d{{4}}\b", re.I)


def day_first_by_language(lang: str) -> bool | None:
    """Does a page in language `lang` (an HTML lang or locale: "en-GB", "en_US", "fr") write the day first? As the
    locale's own date patterns in the Unicode CLDR say (Babel's copy: already installed, as trafilatura's
    dependency, and read only for a page that states a language): its short numeric pattern ("dd/MM/y" day first,
    "M/d/yy" month first), or, when that starts with the year ("y-MM-dd": en-CA, sv), its spelled one ("MMM d, y",
    "d MMM y"), else None (ja, hu). Plain "en" says nothing: English pages of every country state only that, and
    CLDR's "en" is American English. None for a language CLDR does not know."""
    code = lang.strip().replace("_", "-")
    if not code or len(code) > 35:
        return None
    language, _, rest = code.partition("-")
    if language.lower() == "en" and not rest:
        return None
    return _locale_day_first(code)


@functools.lru_cache(maxsize=256)
def _locale_day_first(code: str) -> bool | None:
    try:
        from babel import Locale  # (about 10 ms the first time; trafilatura has imported it for a web page already)

        locale = Locale.parse(code, sep="-")
        patterns = (locale.date_formats["short"].pattern, locale.date_formats["medium"].pattern)
    except Exception:  # noqa: BLE001 - the page's markup is untrusted: any tag Babel cannot read says nothing
        return None
    for pattern in patterns:
        fields = [c for c in re.sub(r"'[^']*'", "", pattern) if c in "dMLy"]
        if not fields or fields[0] == "y":
            continue
        return fields.index("d") < next(k for k, c in enumerate(fields) if c in "ML") if "d" in fields and (
            "M" in fields or "L" in fields) else None
    return None


def numbers_show_order(text: str) -> bool | None:
    """Does a numeric date of `text` show the day first (True: "25/03/2021") or the month first (False:
    "03/25/2021")? The first one that shows it decides; None when none does."""
    for m in NUMERIC_DATE.finditer(text):
        a, b = int(m[1]), int(m[3])
        if 12 < a <= 31 and 1 <= b <= 12:
            return True
        if 12 < b <= 31 and 1 <= a <= 12:
            return False
    return None


def spelled_dates_show_order(text: str) -> bool | None:
    """Do the spelled dates of `text` write the day first ("12 March 2021") more often than the month first
    ("March 12, 2021")? None on a tie (or none)."""
    day_first, month_first = len(_DAY_MONTH.findall(text)), len(_MONTH_DAY.findall(text))
    return None if day_first == month_first else day_first > month_first


# A time of day on the 24-hour clock, no 12-hour reading possible: an hour written with its leading zero or past 12,
# then the minutes, no "a.m."/"pm" after it and no seconds after it and no hours before it ("07:35", "23:10").
_DAY_CLOCK_TIME = re.compile(r"(?<![\d:.])(?:0\d|1[3-9]|2[0-3]):[0-5]\d(?!\d|:\d)(?!\s*[AaPp]\.?[Mm]\b)")
_DAY_CLOCK_TIMES = 2  # (one could be a duration or a score: two show a habit)


def clock_shows_order(text: str) -> bool | None:
    """Does `text` write its times on the 24-hour clock (True), as the countries that write the day first do? The
    month-first convention goes with the 12-hour clock, so a page keeping 24-hour times keeps the day-first dates.
    None when it shows no such times (a 12-hour time shows nothing: pages of either order write "8.30pm")."""
    found = 0
    for _ in _DAY_CLOCK_TIME.finditer(text):
        found += 1
        if found >= _DAY_CLOCK_TIMES:
            return True
    return None


def dots_show_order(text: str) -> bool | None:
    """Does `text` write a numeric date with dots and a four-digit year ("03.08.2023")? True (day first: the day-first
    countries' form, German, Nordic, Slavic, Turkish; month-first writers use slashes), None when it writes none."""
    return True if any(m[2] == "." and len(m[4]) == 4 and 1 <= min(int(m[1]), int(m[3])) <= 12
                       for m in NUMERIC_DATE.finditer(text)) else None


def day_first(text: str, lang: str = "") -> bool | None:
    """Does the document `text` (its page's language `lang`, if stated) write its numeric dates day first? By its
    numeric dates, then its spelled dates, then its language, then dotted dates (`dots_show_order`), then its clock
    (`clock_shows_order`); None when nothing shows it. (Each a scan of the text.)"""
    for shown in (numbers_show_order(text), spelled_dates_show_order(text)):
        if shown is not None:
            return shown
    by_language = day_first_by_language(lang)
    if by_language is not None:
        return by_language
    dotted = dots_show_order(text)
    return dotted if dotted is not None else clock_shows_order(text)


def ambiguous(a: int, b: int) -> bool:
    """Are day and month of a numeric date a/b both possible either way (both 1..12, not equal)?"""
    return 1 <= a <= 12 and 1 <= b <= 12 and a != b
