"""The tagger on hostile input (issue 7): it never raises, dates beyond the years 1–9999 are dropped or kept
vague, Unicode letters that fold to ASCII under IGNORECASE do not break the word lookups, one failing rule
loses only its match, and the scan's work grows linearly with the text."""
from __future__ import annotations

import datetime as dt
import re
import sys

import pytest

from timeline_app.core import temporal
from timeline_app.core.model import TimexType
from timeline_app.core.progress import Cancelled
from timeline_app.core.temporal import tag
from timeline_app.core.temporal_lexicon import holiday_date

REF = dt.date(2024, 6, 19)
LAST_DAY = dt.date(9999, 12, 31)  # a Friday
FIRST_DAY = dt.date(1, 1, 1)  # a Monday


def found(text: str, reference) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, reference)]


# Finding 1: phrases that raised (ValueError / OverflowError / KeyError / AttributeError) before.
OUT_OF_RANGE = [
    ("The city was founded 3,000 years ago.", REF, [("3,000 years ago", "PAST_REF")]),
    ("It happened 99999999999 days ago.", REF, [("99999999999 days ago", "PAST_REF")]),
    ("It ends 99999999999 days from now.", REF, [("99999999999 days from now", "FUTURE_REF")]),
    ("1" * 400 + " weeks ago", REF, [("1" * 400 + " weeks ago", "PAST_REF")]),  # float('1'*400) is inf
    ("Rome fell 20 centuries later.", dt.date(9000, 1, 1), [("20 centuries later", "FUTURE_REF")]),
    ("a millennium ago", REF, [("a millennium ago", "1024")]),  # no delta for millennia: KeyError 'ML'
    ("two millennia ago", dt.date(1500, 5, 1), [("two millennia ago", "PAST_REF")]),
    ("We met tomorrow.", LAST_DAY, []),
    ("We met yesterday.", FIRST_DAY, []),
    ("It rained last year.", dt.date(1, 3, 1), []),
    ("It rains next year.", dt.date(9999, 3, 1), []),
    ("They meet next Monday.", LAST_DAY, []),
    ("They met last Friday.", FIRST_DAY, []),
    ("They met on Tuesday.", FIRST_DAY, []),
    ("They meet this weekend.", LAST_DAY, []),
    ("It closes this week.", LAST_DAY, []),  # the week of 9999-12-27 ends in year 10000
    ("It opened last week.", dt.date(1, 1, 3), []),
    ("See you next century.", dt.date(9950, 1, 1), []),
    ("Christmas came.", LAST_DAY, [("Christmas", "9999-12-25")]),
    ("Last Christmas was cold.", dt.date(1, 6, 1), [("Christmas", "0001-12-25")]),  # "Last" dropped
    ("Next Christmas is far.", dt.date(9999, 12, 30), [("Christmas", "9999-12-25")]),
    ("in the winter", dt.date(1, 1, 15), []),
    ("the fourth quarter", dt.date(1, 2, 1), []),  # said in Q1: last year's fourth quarter
    ("the year-ago quarter", dt.date(1, 6, 1), []),
    ("year-end results", dt.date(9999, 6, 1), [("year-end", "9999")]),
    ("next year-end", dt.date(9999, 6, 1), [("year-end", "9999")]),
    ("in the decade", dt.date(5, 6, 1), []),
    ("this decade", dt.date(5, 6, 1), [("this decade", "000")]),
    ("1234567.5 weeks", REF, [("1234567.5 weeks", "P1234567.5W")]),  # was P1.23457e+06W
    ("one and a half decades", REF, [("one and a half decades", "P15Y")]),  # was P15.0Y
    # holiday spellings the rule accepts but the table lacked: holiday_date() gave None, then AttributeError
    ("On St Patrick's Day and New Years", None, [("St Patrick's Day", "XXXX-03-17"), ("New Years", "XXXX-01-01")]),
    ("Martin Luther King Jr Day", REF, [("Martin Luther King Jr Day", "2024-01-15")]),
    # words a rule accepts but its table lacked (KeyError), found by fuzzing
    ("Prices fell in the recent past.", REF, [("in the recent past", "PAST_REF")]),
    ("on March thirty-eighth", REF, [("March", "2024-03")]),  # no such day: the month alone
    ("on March thirty-first", REF, [("March thirty-first", "2024-03-31")]),
    # any whitespace: KeyError 'the\x1cpast'; "the past century" is the hundred years up to the reference
    ("the past\x1ccentury", REF, [("the past\x1ccentury", "P100Y")]),
    ("in the winter", LAST_DAY, []),  # the winter of 9999 ends in year 10000 (ValueError in period())
]


@pytest.mark.parametrize("text, reference, expected", OUT_OF_RANGE)
def test_dates_beyond_years_1_to_9999_are_dropped_or_vague_never_raised(text, reference, expected):
    assert found(text, reference) == expected


@pytest.mark.parametrize("name, year, day", [
    ("St. Patrick's Day", 2024, dt.date(2024, 3, 17)),
    ("st patrick\u2019s  day", 2024, dt.date(2024, 3, 17)),
    ("New Years", 2025, dt.date(2025, 1, 1)),
    ("new year\u2019s eve", 2025, dt.date(2025, 12, 31)),
    ("Martin Luther King Jr Day", 2024, dt.date(2024, 1, 15)),
    ("Valentines Day", 2024, dt.date(2024, 2, 14)),
])
def test_every_holiday_spelling_of_the_rule_is_in_the_table(name, year, day):
    assert holiday_date(name, year) == day


# Finding 2: re.IGNORECASE matches these letters as ASCII ones; the lookups used .lower() (KeyError 'aprıl').
UNICODE_FOLDING = [
    ("Talks began Aprıl 1.", [("Aprıl 1", "2024-04-01")]),
    ("on Aprıl 1", [("Aprıl 1", "2024-04-01")]),
    ("Friday eveningſ", [("Friday eveningſ", "XXXX-WXX-5TEV")]),  # a set: Friday evenings
    ("They met on Tueſday, June 18, 2024.", [("Tueſday, June 18, 2024", "2024-06-18")]),
    ("It opened laſt weeK.", [("laſt weeK", "2024-W24")]),  # Kelvin sign K
    ("It lasted twenty-fıve years.", [("twenty-fıve years", "P25Y")]),
    ("Gifts came at Chrıstmas.", [("Chrıstmas", "2023-12-25")]),
    ("in ſpring 2023", [("ſpring 2023", "2023-SP")]),
    ("İN JUNE 2024 PRICES ROSE", [("JUNE 2024", "2024-06")]),
    ("since the nıneties", [("the nıneties", "199")]),
    ("a ſecond time, profits for the ſecond quarter", [("the ſecond quarter", "2024-Q2")]),  # (a year's quarter: business words)
    ("this mornıng", [("this mornıng", "2024-06-19TMO")]),
    ("every Thurſday", [("every Thurſday", "XXXX-WXX-4")]),
    ("at 3 p.m. yeſterday", [("3 p.m. yeſterday", "2024-06-18T15:00")]),
    ("the week of Aprıl 1, 2024", [("the week of Aprıl 1, 2024", "2024-W14")]),
    ("ſix monthſ ago", [("ſix monthſ ago", "2023-12")]),
]


@pytest.mark.parametrize("text, expected", UNICODE_FOLDING)
def test_letters_that_fold_to_ascii_are_read_as_ascii(text, expected):
    assert found(text, REF) == expected


def test_only_the_four_folded_letters_match_ascii_letters_case_insensitively():
    """The fold table in temporal.py must cover every non-ASCII letter IGNORECASE equates with a-z."""
    everything = "".join(map(chr, range(0x80, sys.maxunicode + 1)))
    assert set(re.findall(r"[a-z]", everything, re.I)) == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(temporal._fold(c).isascii() for c in "\u0130\u0131\u017f\u212a")


# Containment: a rule that fails (a bug not found yet) loses its own match, nothing else.
def test_a_failing_rule_skips_its_match_and_reports_it(monkeypatch):
    def broken(ctx, m):
        raise RuntimeError("bug")
    monkeypatch.setitem(temporal._HANDLERS, "weekday", broken)
    text = "On Tuesday, the talks of June 19, 2024 resumed; on Friday they ended."
    errors: list[tuple[int, Exception]] = []
    out = tag(text, REF, on_error=lambda offset, exc: errors.append((offset, exc)))
    assert [t.text for t in out] == ["June 19, 2024"]
    assert [(text[o:o + 7], str(e)) for o, e in errors] == [("Tuesday", "bug"), ("Friday ", "bug")]
    assert [t.text for t in tag(text, REF)] == ["June 19, 2024"]  # no callback: skipped all the same


def test_cancelled_from_progress_stops_tag_even_inside_containment():
    text = "It happened on June 19, 2024, in the capital. " * 4000  # ~180 000 characters
    seen: list[int] = []

    def progress(offset: int) -> None:
        seen.append(offset)
        if len(seen) == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        tag(text, REF, progress=progress)
    assert len(seen) == 2 and 0 < seen[0] < seen[1] < len(text)


# Finding 4: work that grows with the text. Timings belong to benchmarks/growth.py; here the tagger's work
# is counted: characters it copies out of the text (the old `len(text[:e2].rstrip())` copied the whole
# prefix on every "N days after …") and master-regex attempts (starts tried again for every trigger).
class _CountingText(str):
    """A str that counts the characters sliced out of it."""
    copied = 0

    def __getitem__(self, key):
        piece = str.__getitem__(self, key)
        _CountingText.copied += len(piece)
        return piece


class _CountingPattern:
    def __init__(self, pattern: re.Pattern, counter: list[int]):
        self.pattern, self.counter = pattern, counter

    def match(self, *args):
        self.counter[0] += 1
        return self.pattern.match(*args)


HOSTILE_UNITS = ["two days after the vote ", "1 ", "3 p.m. ", "June 1, ", "at least the past 18 months ",
                 "the ", "2000 ", "twenty ", "1-", "Monday ", "in 2000, 2001 and ", "' ", "the first "]


def _hostile(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_the_scan_copies_a_bounded_window_per_match_not_the_text(unit):
    copied = []
    for size in (3000, 12000):
        _CountingText.copied = 0
        tag(_CountingText(_hostile(unit, size)), REF)
        copied.append(_CountingText.copied)
    assert copied[1] <= 4.4 * copied[0] + 3000  # 4x the text: about 4x the copying, not 16x
    assert copied[1] <= 60 * 12000


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_each_start_is_tried_once_not_again_for_every_later_trigger(unit, monkeypatch):
    attempts = [0]
    # Every master, compiled now (they are compiled on first use), each counting its attempts.
    monkeypatch.setattr(temporal, "_MASTER_BY_FIRST",
                        {k: _CountingPattern(temporal._master_for(k), attempts) for k in temporal._KEYS})
    monkeypatch.setattr(temporal, "_MASTER_LOW", _CountingPattern(temporal._MASTER_LOW, attempts))
    tried = []
    for size in (3000, 12000):
        attempts[0] = 0
        tag(_hostile(unit, size), REF)
        tried.append(attempts[0])
    assert tried[1] <= 4.4 * tried[0] + 10
    assert tried[1] <= 12000 // 2 + 10  # at most one attempt per two characters (one per "1 ")


def test_long_separators_and_spaces_do_not_break_offsets():
    text = "two days" + " " * 5000 + "after the vote"
    assert [(t.text, t.value, t.type) for t in tag(text, REF)] == [("two days", "P2D", TimexType.DURATION)]


# A run of number words: the spelled-number pattern repeated without bound, so each word of the run
# rescanned the rest of it ("thousand thousand …": quadratic). Numbers now span at most eight words.
@pytest.mark.parametrize("text, match", [
    ("two hundred and fifty-three thousand years", "two hundred and fifty-three thousand years"),
    ("twenty-one years", "twenty-one years"),
    ("thousand " * 8 + "years", "thousand " * 8 + "years"),
    ("thousand " * 9 + "years", None),
    ("one two three four five six seven eight nine years", None),
])
def test_a_spelled_number_spans_at_most_eight_words(text, match):
    m = temporal._RULE_RE["duration"].match(text)
    assert (m.group(0) if m else None) == match


@pytest.mark.parametrize("text", [
    "the " * 100_000,  # no trigger at all: the scan still reports
    "It happened on June 19, 2024, in the capital. " * 3000,
    "1 " * 70_000,
])
def test_progress_is_reported_about_every_64k_characters(text):
    seen: list[int] = []
    out = tag(text, REF, progress=seen.append)
    assert seen == sorted(seen) and len(seen) >= len(text) // 65536 - 1
    assert all(b - a < 2 * 65536 for a, b in zip([0, *seen], [*seen, len(text)]))
    assert out == tag(text, REF)  # reporting changes nothing
