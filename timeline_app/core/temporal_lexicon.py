"""Word lists and small calendar helpers for the temporal tagger (no Qt, no I/O)."""
from __future__ import annotations

import datetime as dt

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, TU, SU, relativedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Simple past forms of irregular verbs, for the tagger's reading of a clause's tense ("KKR bought RJR in
# February" narrates). Forms that are also the present or a common noun or adjective ("put", "set", "cut",
# "read", "left" as a side, "rose" as a flower are kept out, except where news uses them mostly as verbs).
IRREGULAR_PAST = frozenset("""
    was were had did said began ended won lost met took came went saw beat drew held made fell rose left
    bought sold paid told gave got kept led fled sent spent built found ran struck stood sought taught thought
    brought caught wrote spoke broke chose became drove flew grew knew threw withdrew overtook shook forgot
    hid swore tore wore sank sang rang shot slid meant heard felt dealt fought sat slept swept wept lent bent
    understood undertook overcame forbade arose awoke froze stole rode rose shone strove strode wove
    """.split())

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
# The words that name a day by its distance from the reference date.
DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# first month and length (months) of each season; winter starts in December of its year
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
             "tonight": "NI"}

UNITS = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W", "fortnight": "FN",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
    "millennium": "ML", "millennia": "ML", "weekend": "WE",
}

_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {**_ONES, **_TENS, "a": 1, "an": 1, "a single": 1, "single": 1, "hundred": 100,
                "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
                "a couple of": 2, "a couple": 2, "couple of": 2, "a thousand": 1000,
                "two thousand": 2000}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
            "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            "twenty-first": 21, "twenty first": 21, "twenty second": 22, "twenty third": 23,
            "twenty fourth": 24, "twenty fifth": 25, "twenty sixth": 26, "twenty seventh": 27,
            "twenty eighth": 28, "twenty ninth": 29, "thirtieth": 30, "thirty first": 31, "last": 4, "final": 4, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4}


def number_value(words: str) -> int | None:
    """'24' → 24, 'twenty-four' → 24, 'a' → 1, 'a dozen' → 12; None when vague or unknown."""
    w = " ".join(words.lower().replace("-", " ").split())
    if not w:
        return None
    if w.replace(",", "").isdigit():
        return int(w.replace(",", ""))
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    total = 0
    for part in w.split():
        if part in ("and",):
            continue
        if part in _ONES:
            total += _ONES[part]
        elif part in _TENS:
            total += _TENS[part]
        elif part == "hundred":
            total = max(total, 1) * 100
        elif part == "thousand":
            total = max(total, 1) * 1000
        else:
            return None
    return total


def nth_weekday(year: int, month: int, weekday, n: int) -> dt.date:
    """n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        return dt.date(year, month, 1) + relativedelta(weekday=weekday(n))
    return dt.date(year, month, 1) + relativedelta(day=31, weekday=weekday(-1))


def _holiday_table():
    return {
        "christmas": lambda y: dt.date(y, 12, 25),
        "christmas day": lambda y: dt.date(y, 12, 25),
        "christmas eve": lambda y: dt.date(y, 12, 24),
        "new year's day": lambda y: dt.date(y, 1, 1),
        "new years day": lambda y: dt.date(y, 1, 1),
        "new year's": lambda y: dt.date(y, 1, 1),
        "new year's eve": lambda y: dt.date(y, 12, 31),
        "new years eve": lambda y: dt.date(y, 12, 31),
        "thanksgiving": lambda y: nth_weekday(y, 11, TH, 4),
        "thanksgiving day": lambda y: nth_weekday(y, 11, TH, 4),
        "easter": easter,
        "easter sunday": easter,
        "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
        "good friday": lambda y: easter(y) - dt.timedelta(days=2),
        "independence day": lambda y: dt.date(y, 7, 4),
        "fourth of july": lambda y: dt.date(y, 7, 4),
        "july fourth": lambda y: dt.date(y, 7, 4),
        "labor day": lambda y: nth_weekday(y, 9, MO, 1),
        "labour day": lambda y: nth_weekday(y, 9, MO, 1),
        "memorial day": lambda y: nth_weekday(y, 5, MO, -1),
        "halloween": lambda y: dt.date(y, 10, 31),
        "valentine's day": lambda y: dt.date(y, 2, 14),
        "valentines day": lambda y: dt.date(y, 2, 14),
        "veterans day": lambda y: dt.date(y, 11, 11),
        "veterans' day": lambda y: dt.date(y, 11, 11),
        "boxing day": lambda y: dt.date(y, 12, 26),
        "mother's day": lambda y: nth_weekday(y, 5, SU, 2),
        "father's day": lambda y: nth_weekday(y, 6, SU, 3),
        "election day": lambda y: nth_weekday(y, 11, MO, 1) + dt.timedelta(days=1),
        "martin luther king day": lambda y: nth_weekday(y, 1, MO, 3),
        "martin luther king jr. day": lambda y: nth_weekday(y, 1, MO, 3),
        "presidents day": lambda y: nth_weekday(y, 2, MO, 3),
        "presidents' day": lambda y: nth_weekday(y, 2, MO, 3),
        "st. patrick's day": lambda y: dt.date(y, 3, 17),
        "saint patrick's day": lambda y: dt.date(y, 3, 17),
        "groundhog day": lambda y: dt.date(y, 2, 2),
        "tuesday after": lambda y: nth_weekday(y, 11, TU, 1),
    }


def _holiday_key(name: str) -> str:
    """'St. Patrick’s  Day' → 'st patricks day': the spellings the tagger's rule allows (with or without
    the full stop and the apostrophe, straight or curly) all find the same entry."""
    return " ".join(name.lower().replace(".", "").replace("'", "").replace("\u2019", "").split())


HOLIDAYS = {_holiday_key(name): f for name, f in _holiday_table().items()}


def holiday_date(name: str, year: int) -> dt.date | None:
    f = HOLIDAYS.get(_holiday_key(name))
    return f(year) if f else None
