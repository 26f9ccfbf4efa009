"""A small, documented table of well-known named historical periods and turning points.

News often dates a happening only by naming a period ("the firmest bond since the Cold War",
"ties that date back to post-World War II"). Each entry gives the dates historians commonly use; an
event dated from this table is marked `period=True` so the user can tell it from a date the article
states. Keep the table small and uncontroversial: only periods whose bounds are widely agreed.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline_app.core.model import Precision
from timeline_app.core.progress import check_cancelled, check_every


@dataclass(frozen=True)
class NamedPeriod:
    name: str  # the canonical title shown on the timeline
    first: dt.date
    last: dt.date
    precision: Precision
    pattern: str  # a regular expression for the ways news text names it (case-insensitive)
    note: str = ""  # where the bounds come from, shown in the explanation


def _y(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


_ARTICLE = r"(?:the\s+)?"

PERIODS: tuple[NamedPeriod, ...] = (
    NamedPeriod("World War I", *_y(1914, 1918), Precision.YEAR,
                r"(?:World\s+War\s+(?:I|One|1)(?![\w-])|First\s+World\s+War|Great\s+War|WWI(?!I)|WW1)",
                "28 July 1914 – 11 November 1918"),
    NamedPeriod("Russian Revolution", *_y(1917, 1917), Precision.YEAR, r"(?:Russian|Bolshevik|October)\s+Revolution"),
    NamedPeriod("Great Depression", *_y(1929, 1939), Precision.YEAR, r"Great\s+Depression"),
    NamedPeriod("World War II", *_y(1939, 1945), Precision.YEAR,
                r"(?:World\s+War\s+(?:II|Two|2)(?![\w-])|Second\s+World\s+War|WWII|WW2)",
                "1 September 1939 – 2 September 1945"),
    NamedPeriod("Cold War", *_y(1947, 1991), Precision.YEAR, r"Cold\s+War",
                "from the Truman Doctrine (1947) to the dissolution of the Soviet Union (1991)"),
    NamedPeriod("Korean War", *_y(1950, 1953), Precision.YEAR, r"Korean\s+War",
                "25 June 1950 – 27 July 1953 armistice"),
    NamedPeriod("Vietnam War", *_y(1955, 1975), Precision.YEAR, r"Vietnam\s+War", "1 November 1955 – 30 April 1975"),
    NamedPeriod("Cuban Missile Crisis", dt.date(1962, 10, 16), dt.date(1962, 10, 28), Precision.DAY,
                r"Cuban\s+Missile\s+Crisis"),
    NamedPeriod("Cultural Revolution", *_y(1966, 1976), Precision.YEAR, r"Cultural\s+Revolution"),
    NamedPeriod("Fall of the Berlin Wall", dt.date(1989, 11, 9), dt.date(1989, 11, 9), Precision.DAY,
                r"(?:fall|collapse)\s+of\s+the\s+Berlin\s+Wall"),
    NamedPeriod("Collapse of the Soviet Union", dt.date(1991, 12, 26), dt.date(1991, 12, 26), Precision.DAY,
                r"(?:collapse|dissolution|fall|breakup|break-up|end)\s+of\s+the\s+Soviet\s+Union|Soviet\s+collapse",
                "the Soviet Union was dissolved on 26 December 1991"),
    NamedPeriod("Gulf War", *_y(1990, 1991), Precision.YEAR, r"(?:first\s+)?(?:Persian\s+)?Gulf\s+War"),
    NamedPeriod("September 11 attacks", dt.date(2001, 9, 11), dt.date(2001, 9, 11), Precision.DAY,
                r"(?:September\s+11(?:th)?|9/11)\s+attacks?"),
    NamedPeriod("Iraq War", *_y(2003, 2011), Precision.YEAR, r"Iraq\s+War"),
    NamedPeriod("Global financial crisis", *_y(2007, 2009), Precision.YEAR,
                r"(?:global\s+financial\s+crisis|Great\s+Recession|2008\s+financial\s+crisis)"),
    NamedPeriod("Arab Spring", *_y(2010, 2012), Precision.YEAR, r"Arab\s+Spring"),
    NamedPeriod("COVID-19 pandemic", *_y(2020, 2023), Precision.YEAR,
                r"(?:COVID(?:-19)?|coronavirus)\s+pandemic", "WHO emergency from January 2020 to May 2023"),
)

# One alternation, one named group per period, scanned once per document.
_PERIODS_PATTERN = "|".join(rf"(?P<p{i}>\b{p.pattern}\b)" for i, p in enumerate(PERIODS))


def _first_characters(pattern: str, flags: int) -> tuple[set[str], set[str]] | None:
    """The characters a match of `pattern` can begin with: those it reaches after a word boundary (\\b)
    and those it reaches without one; None when the pattern opens with anything else than literals,
    literal sets, groups, alternations, repeats and zero-width assertions (then no prefilter is built)."""
    from re import _constants as c, _parser  # the re module's own parser (Python 3.11+)

    def walk(items, bounded: bool) -> tuple[set[str], set[str], bool]:  # (after \b, without, can be empty)
        after, without = set(), set()
        for op, av in items:
            if op is c.AT:
                bounded = bounded or av is c.AT_BOUNDARY
                continue
            if op in (c.ASSERT, c.ASSERT_NOT):
                continue  # zero width: the next item still opens the match
            into = after if bounded else without
            if op is c.LITERAL:
                into.add(chr(av))
                return after, without, False
            if op is c.IN and all(o is c.LITERAL for o, _ in av):
                into.update(chr(a) for _, a in av)
                return after, without, False
            if op is c.SUBPATTERN:
                parts = [av[3]]
            elif op is c.BRANCH:
                parts = av[1]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                parts = [av[2]]
            else:
                raise ValueError(op)
            empty = False
            for part in parts:
                a, w, e = walk(part, bounded)
                after |= a
                without |= w
                empty = empty or e
            if not empty and not (op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0):
                return after, without, False
        return after, without, True

    try:
        after, without, empty = walk(_parser.parse(pattern, flags), False)
    except (ImportError, AttributeError, ValueError, TypeError):
        return None
    return None if empty else (after, without)


def _prefiltered(pattern: str, flags: int) -> re.Pattern[str]:
    """`pattern` behind a lookahead on the characters its matches begin with (after a word boundary where
    they need one): the same matches, but a position that starts none (most: inside words, or at other
    letters) costs one look instead of a try of every period's alternative (half the scan's time)."""
    first = _first_characters(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    after, without = ("".join(re.escape(ch) for ch in sorted(chars)) for chars in first)
    look = "|".join(([rf"\b[{after}]"] if after else []) + ([f"[{without}]"] if without else []))
    return re.compile(f"(?={look})(?:{pattern})", flags)


_PERIOD_RE = _prefiltered(_PERIODS_PATTERN, re.IGNORECASE)


@dataclass(frozen=True)
class PeriodMatch:
    period: NamedPeriod
    start: int
    end: int


# Every pattern above contains one of these words: find them first, then try the patterns only around them.
# (The lookahead on their first letters lets the scan skip most positions without trying every word.)
_HINT_RE = re.compile(r"(?=[wrdsbcap])(?:war\b|WWI|WW[12]|revolution|depression|soviet|berlin|crisis|attacks?\b|"
                      r"recession|spring|pandemic)", re.IGNORECASE)
_WINDOW = 60
# The same hints in a lower-cased copy of the text, case-sensitively: every alternative then opens with a
# plain letter, so the re module skips to the positions where one of their first letters stands (a scan
# in C) instead of trying the pattern at every position (about 3 times faster). Exact where lowering the
# text keeps every offset and no letter folds otherwise under IGNORECASE: "ſ" matches "s" and "ı" matches
# "i" there, but lower() leaves them as they are (_HINT_RE reads such a text).
_HINT_LOW = re.compile(r"war\b|wwi|ww[12]|revolution|depression|soviet|berlin|crisis|attacks?\b|recession|spring|"
                       r"pandemic")
_OTHER_FOLDS = ("ſ", "ı")


_COMPOUND_LEFT = re.compile(r"([^\W\d_]+)-$")


def _other_compound(text: str, start: int) -> bool:
    """Whether the name at `start` ends a capitalised hyphen compound ("Iran-Iraq War", "Sino-Soviet
    split"): that names another entity. A lower-case prefix ("post-Cold War", "pre-World War II") still
    refers to the period itself."""
    m = _COMPOUND_LEFT.search(text, max(0, start - 30), start)
    return m is not None and m.group(1)[0].isupper()


# The hints are looked for a chunk of text at a time (`_hints`): one scan of a 10 MB text with few of them was a
# single call of ~0.2 s that Cancel could not stop. Each chunk is lowered on its own: a lower-cased copy of the
# whole text was one byte or more per character alive at the walk's end (+1 byte per character of 1 MB of news,
# at the run's highest point), a chunk's copy is 64 KB.
_HINT_CHUNK = 1 << 16
# How far past a chunk's end a hint starting in it may read: its longest word ("revolution") and the character
# after it, which its `\b` reads.
_HINT_REACH = 16


def _hints(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of `_HINT_RE.finditer(text, start, end)`, the same, scanned a chunk at a time with a check for
    Cancel before each: a chunk's scan reads up to `_HINT_REACH` characters past its end and keeps the matches that
    start in it; the next resumes where the scan as a whole would, at the chunk's end or after a match that crosses
    it. A chunk is read lower-cased with `_HINT_LOW` where that is exact (lowering keeps its every offset: no
    character of it lowers to two, and the text holds no letter that folds otherwise), else with `_HINT_RE`."""
    other_folds = any(fold in text for fold in _OTHER_FOLDS)
    at = start
    while at < end:
        check_cancelled()
        stop = min(end, at + _HINT_CHUNK)
        reach = min(end, stop + _HINT_REACH)
        low = None if other_folds else text[at:reach].lower()
        if low is not None and len(low) == reach - at:
            spans: Iterator[tuple[int, int]] = ((at + m.start(), at + m.end()) for m in _HINT_LOW.finditer(low))
        else:
            spans = (m.span() for m in _HINT_RE.finditer(text, at, reach))
        resume = stop
        for hint_start, hint_end in spans:
            if hint_start >= stop:
                break
            resume = max(stop, hint_end)
            yield hint_start, hint_end
        at = resume


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[PeriodMatch]:
    """Every named period mentioned in text[start:end], with its character span."""
    end = len(text) if end is None else end
    out: list[PeriodMatch] = []
    scanned_to = start
    # (Cancel is checked between hints: the scan of a whole 10 MB text was one unchecked stretch of ~0.2 s.)
    for hint_start, hint_end in check_every(_hints(text, start, end), 256):
        lo = max(scanned_to, hint_start - _WINDOW)
        hi = min(end, hint_end + _WINDOW)
        if lo >= hi:
            continue
        for m in _PERIOD_RE.finditer(text, lo, hi):
            if _other_compound(text, m.start()):
                continue
            index = int(m.lastgroup[1:])  # type: ignore[index]
            out.append(PeriodMatch(PERIODS[index], m.start(), m.end()))
            scanned_to = max(scanned_to, m.end())
        scanned_to = max(scanned_to, hint_end)
    return out
