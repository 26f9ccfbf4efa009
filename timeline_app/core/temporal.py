"""Rule-based temporal tagger: finds TIMEX3 expressions in English (news) text and normalises them.

    >>> from timeline_app.core.temporal import tag
    >>> [(t.text, t.value) for t in tag("Talks resumed on Tuesday, June 18, 2024.")]
    [('Tuesday, June 18, 2024', '2024-06-18')]

`tag(text, reference)` returns :class:`~timeline_app.core.model.TimeExpression` objects sorted by
start offset and non-overlapping. `reference` is the document (publication) date: relative
expressions ("yesterday", "last year", "two weeks ago", a bare "Tuesday") are resolved against it and
marked ``relative=True``. Without it they stay underspecified ("XXXX-WXX-2", first/last None).

How it works: one compiled alternation of rules (see ``_RULES``) scans the text once; the name of
the matching rule selects a handler that re-reads the match with the rule's own regex (for its
groups), checks context (is "2000" a year here? is "may" a month?) and computes the value. A little
state is carried through the document: the last fully dated expression (the anchor for "the next
day", "a year earlier") and the last fiscal quarter mentioned (for "year-ago" comparisons).

Value conventions (TimeML / TIMEX3): days "2024-06-19", months "2024-06", weeks "2024-W25",
weekends "2024-W25-WE", seasons "2024-SU", quarters "2024-Q2", halves "2024-H1", years "2024",
decades "199" (TIMEX3 keeps the year's first three digits), centuries "19", durations
"P3M"/"P24Y"/"PT2H" (vague: "PXY"), sets "P1Y" / "XXXX-WXX-1", vague references
"PAST_REF"/"PRESENT_REF"/"FUTURE_REF", times "2024-06-19T14:30" / "2024-06-19TMO".
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from sys import intern as _intern
from types import ModuleType

from timeline_app.core.model import Precision, TimeExpression, TimexType
from timeline_app.core.progress import PROGRESS_STEP, CharProgress, check_cancelled
from timeline_app.core import numeric_dates
from timeline_app.core import temporal_calendar as cal
from timeline_app.core.temporal_lexicon import (
    DAY_PARTS, DAY_WORDS, IRREGULAR_PAST, MONTHS, ORDINALS, SEASONS, UNITS, WEEKDAYS, holiday_date, number_value,
)

__all__ = ["ErrorHandler", "is_fiscal_quarter", "is_projection", "tag"]

log = logging.getLogger(__name__)

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET

# ---------------------------------------------------------------------------------------------
# Pattern pieces
# ---------------------------------------------------------------------------------------------
# A full name never takes the sentence's full stop ("… in late January."); an abbreviation keeps its own.
_MON = (r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
        r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|\b))")
_DAYN = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![:.,]?\d)"
_YR = r"(?:1\d{3}|20\d{2})(?!\d)"
_YR2 = r"(?:'\d\d)"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:morning|afternoon|evening|night)"
# A time zone's abbreviation after a clock time, as wire copy and live blogs write it ("1600 GMT", "0900 CET",
# "1430 EST:"): the one list the year guard, the converted bracket, the blog's time heading and its zone share.
# (Not the bare "ET"/"PT": after four digits they may be other words; a bracket adds them, `_CONVERTED_ZONE_THEN_DAY`.)
_ZONE = r"(?:gmt|utc|bst|ces?t|ees?t|ist|jst|kst|ae[sd]t|hkt|sgt|msk|[ecmp][sd]t)\b"  # (lower case: `_lowered`)
ZONE_PATTERN = _ZONE  # (for other stages, matched case-insensitively)
_NUMW1 = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
          r"eighty|ninety|hundred|thousand)")
# at most eight words ("two hundred and fifty-three thousand"): an unbounded repeat made every number word of a
# long run ("thousand thousand …") rescan the rest of the run, quadratic in its length
_NUMW = rf"(?:{_NUMW1}(?:[\s-](?:and\s)?{_NUMW1}){{0,7}})"
_NUM = (rf"(?:\d[\d,]*(?:\.\d+)?(?:\s+1/2)?|{_NUMW}|a\s+couple\s+of|a\s+couple|a\s+few|a\s+dozen|a\s+single|"
        rf"several|a|an|few|many|some|dozens\s+of|hundreds\s+of|thousands\s+of|a\s+half|half\s+an?)")
_UNIT = (r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|"
         r"decades?|centur(?:y|ies)|millenni(?:um|a))")
_S = r"[\s\u00a0]+"
_APPROX = (r"(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|approximately|roughly|"
           r"at\s+least|at\s+most|up\s+to|well\s+over|just\s+over|over|under|only|just|within|"
           r"barely|some|no\s+more\s+than|no\s+less\s+than|close\s+to|upwards\s+of)")
_TZ = rf"(?:\s*\(?(?:{_ZONE}|[ecmp]t\b|hrs\b|hours\b|local\s+time|eastern(?:\s+time)?)\)?)"
# A 24-hour clock time in four digits with its zone, as wire copy writes it in running text ("at 0900 CET", "by
# 1430 GMT", "from 2100 hrs", "at 1945 local time"; the zone, "hrs" too, is part of the mention, `_TZ`): `_h_time`
# takes it only after a preposition of time (not "(1400 GMT)", an equivalent in brackets, nor a live blog's
# heading, `_stamp`'s).
# Four digits and "hours", the military's clock ("at 0600 hours", "from 2200 hours"): a time after a preposition of
# time, or when a leading zero makes it no count ("0600 hours", never six hundred of them; `_h_time` then reads it as
# an equivalent or a heading, `_stamp`'s); "worked 1800 hours" stays a count.
_HOURS_PREP = "".join(rf"(?<=\b{w} )" + "|" for w in ("at", "by", "until", "from", "to", "before", "after"))[:-1]
_CLOCK24 = (rf"(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]*(?:{_ZONE}|hrs\b|local\s+time))"
            rf"|(?:{_HOURS_PREP}|(?=0))(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]+hours\b)")
# (A dotted clock time only with its "am"/"pm": "3.20am", "at 10.30pm", as British papers write it; "at 10.30" alone
# may be a figure.)
_CLOCK = (_CLOCK24 + r"|(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|\d{1,2}:\d\d(?=\s*" + _TZ[3:] +
          r"|noon|midday|midnight|\d{1,2}\s+o'clock)")

_MODS = {"early": "START", "earlier": "START", "beginning": "START", "start": "START",
         "late": "END", "later": "END", "end": "END", "mid": "MID", "middle": "MID",
         "dawn": "START", "close": "END"}


# ---------------------------------------------------------------------------------------------
# Case folding
# ---------------------------------------------------------------------------------------------
# The rules are case-insensitive Unicode regexes, under which exactly four non-ASCII letters match ASCII
# ones: "İ" and "ı" match i, "ſ" (long s) matches s, "K" (Kelvin sign) matches k. The handlers look the
# matched words up in ASCII tables ("Aprıl" would be KeyError 'aprıl'), so the rules read a copy of the
# text where these four are replaced by their ASCII letters: one character for one, so offsets hold, and
# every word a rule matches is then plain ASCII. (A test checks that no other character folds so.)
_FOLD_TABLE = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})
_FOLD_CHARS = re.compile("[\u0130\u0131\u017f\u212a]")


def _fold(text: str) -> str:
    return text.translate(_FOLD_TABLE) if _FOLD_CHARS.search(text) else text


_HEAD_MAX = 1000  # characters: a document's head (title, date, dateline lines) stands at its top
_LINE_MAX = 300  # a longer line without a full stop is a paragraph, not a title


def _head_end(text: str) -> int:
    """Where the document's head ends: the lines at its top that are not sentences (a headline, a date, a
    dateline: no full stop, "?", "!" or closing quotation mark at the end), up to the first line that is one, or
    that is long, or that goes on in the next line's lower-case word (a sentence wrapped at the margin)."""
    pos, n = 0, len(text)
    while pos < min(n, _HEAD_MAX):
        nl = text.find("\n", pos, pos + _LINE_MAX + 1)
        end = n if nl < 0 else nl
        if end - pos > _LINE_MAX:
            return pos
        line = text[pos:end].rstrip()
        if line.strip():
            if line[-1] in ".!?:;\"'\u201d\u2019":
                return pos
            following = text[end:end + 2].lstrip()[:1] if nl >= 0 else ""
            if following.islower():
                return pos
        if nl < 0:
            return n
        pos = nl + 1
    return pos


# ---------------------------------------------------------------------------------------------
# Output helpers
# ---------------------------------------------------------------------------------------------
class _Ctx:
    __slots__ = ("text", "src", "ref", "anchor", "past_day", "coming_day", "focus", "focus_written", "told_year",
                 "quarter", "quarter_pos", "quarter_fiscal", "ytd_pos",
                 "years", "out", "upper", "period_end", "period_end_pos", "low", "head_end", "ascii",
                 "told", "chronology", "stamps", "dropped", "day_first", "uncounted")

    def __init__(self, text: str, ref: dt.date | None):
        self.src = text  # the caller's text: what expressions quote
        self.text = _fold(text)  # what rules and handlers read (same length, same offsets)
        self.ref = ref
        self.anchor: dt.date | None = ref  # last fully specified day mentioned (or the reference)
        self.past_day: dt.date | None = None  # the last day named that is not after the reference ("last night")
        self.coming_day: dt.date | None = None  # the last day named that is not before the reference ("on Monday")
        # first day and precision of the last calendar date of any granularity ("in June 1998",
        # "in 1988"): what "that year", "later that year", "the following month" refer back to
        self.focus: tuple[dt.date, Precision] | None = None
        # (focus, end offset) when the focus came from a phrase that writes its year's digits ("In 2019", "in March
        # 2019"): where a narrative sets its own year, which "a year earlier" nearby counts back from
        self.focus_written: tuple[tuple[dt.date, Precision], int] | None = None
        # the year of the last date that told one (`_tells_year`: "in 2010", "March 5", "last March", "last
        # year"): what "in March of that year" and "later that year" mean; a weekday after it leaves it be
        self.told_year: int | None = None
        self.quarter: dt.date | None = None  # first day of the last fiscal quarter mentioned
        self.quarter_pos = -10**9
        self.quarter_fiscal = False  # the last quarter mentioned was a company's fiscal one (`_fiscal_quarter`)
        # end of the last "the (first) nine months" / "the six months": a results report that moves
        # on from the quarter to the year to date compares with the previous year, not a quarter
        self.ytd_pos = -10**9
        self.years: int = -1  # end offset of the last accepted bare year (for lists of years)
        # the last day read as the end of a company's period ("the six months ended Aug. 12") and where its
        # phrase ends: what "a year earlier" later in that sentence counts back from
        self.period_end: dt.date | None = None
        self.period_end_pos = -10**9
        # The expressions found and not yet handed out (`tag_stream` hands out all but the last, which the next
        # one may still replace); `told` is the last handed out that tells a date (`_last_told`).
        self.out: list[TimeExpression] = []
        self.told: TimeExpression | None = None
        self.upper = False
        self.low: str | None = None  # the text lower-cased, same offsets (tag() sets it; see `_search_low`)
        self.ascii = self.text.isascii()  # then no window of it needs `_search_low`'s check
        self.head_end = _head_end(self.text)  # the title lines at the top end here
        # where the years that head a chronology's lines start (`_chronology_headings`; found at the first one)
        self.chronology: frozenset[int] | None = None
        # where the times of day that head a live blog's lines start (`_stamp_headings`; found at the first one)
        self.stamps: frozenset[int] | None = None
        # (start, end, why) of each date phrase dropped because no calendar date can hold it, when the caller
        # asks (`dropped_dates`): the user is told of them, not only the log.
        self.dropped: list[tuple[int, int, str]] | None = None
        # the order the text writes its numeric dates in (`numeric_dates.day_first`): read at the first numeric
        # date that could be either way round ("12/03/2021"); a list of one answer once read
        self.day_first: list[bool | None] | None = None
        # where each count from the reference that had none to count from starts ("two weeks ago", "a year
        # earlier" before any full date: PAST_REF without one), when the caller asks which phrases wait for a
        # reference (`tag_stream`'s `waiting`): their vague value does not say it, as "XXXX-…" does
        self.uncounted: set[int] | None = None


def _te(ctx, s, e, typ, value, gran=None, first=None, mod="", relative=False, last=None):
    text = ctx.src
    if gran is not None and first is not None:
        value, first, last, prec = cal.period(gran, first)
    else:
        prec = None if first is None else Precision.DAY
        if first is not None and last is None:
            last = first
    # Interned: a long document repeats its phrases and values ("last year", "P2D"), and one copy of
    # each keeps the result's memory a small multiple of the text's.
    return TimeExpression(s, e, _intern(text[s:e]), typ, _intern(value), first, last, prec, mod, relative)


def _tells_date(t: TimeExpression) -> bool:
    return t.type is not DURATION and t.first is not None and t.last is not None


def _last_told(ctx: _Ctx) -> TimeExpression | None:
    """The last expression found so far that tells a date (not a duration, with its first and last day): among
    those not yet handed out, else the last handed out (`tag_stream` notes it as it hands each out)."""
    return next((t for t in reversed(ctx.out) if _tells_date(t)), ctx.told)


def _mod_of(word: str | None) -> str:
    if not word:
        return ""
    w = word.lower().strip(" -")
    for k, v in _MODS.items():
        if w.startswith(k) or w.endswith(k) or (" " + k + " ") in (" " + w + " "):
            return v
    return ""


_FUTURE_RE = re.compile(
    r"\b(?:will|would(?!\s+(?:have|not\s+have)\b)|won't|wo\s+n't|'ll|shall|is\s+to|are\s+to|plans?\s+to|expected\s+to|"
    r"scheduled|slated|set\s+to|upcoming|going\s+to|intends?\s+to|as\s+(?:soon|early)\s+as|"
    r"next(?!\s+(?:\d|to\b|few\b|several\b|two\b|three\b|four\b|five\b|six\b|ten\b))|hopes?\s+to|"
    r"plann(?:ed|ing)\s+(?:to|an?|another|their|its|his|her)\b|forecast\s+for(?=\s+(?:(?:early|late|mid)[\s-]+)?$)|(?:beginning|starting)(?=\s+$)|"
    # expectation in the present tense ("analysts expect a decision in October", "it aims to finish by May")
    r"expects?|anticipates?|predicts?|aims?\s+to|intends?|is\s+looking\s+to|are\s+looking\s+to|"
    # a possibility still to come: "the bridge might reopen on Saturday" (not a past's: "might not", "might
    # have been"). ("could" is as often a past ability, "could finally reach the market on Monday": only with a
    # present frame, `_possible_could_before`.)
    r"might(?!\s+(?:not|never|have|also\s+have)\b|n['\u2019]t))\b",
    re.I)
# An affirmative "could" with its verb (not "could not", "could have", "couldn't"): `_possible_could_before`.
_COULD = re.compile(r"\bcould(?!\s+(?:not|never|have|also\s+have)\b|n['\u2019]t)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
_ANY_WORD = re.compile(r"\b[A-Za-z]+\b")
# After the date only the present forms count: "On Friday, the government planned to pay" is past.
_FUTURE_AFTER_RE = re.compile(r"\b(?:will|won't|'ll|shall|(?:is|are)\s+(?:scheduled|set|due|expected|slated|to)|"
                              r"(?:plans?|intends?|hopes?)\s+to)\b", re.I)
_PAST_RE = re.compile(r"\b(?:was|were|had|did|ago|earlier|last|ended|began|said)\b", re.I)

# Modality and tense cues that put a date after the reference, found in the clause just before it. Each is
# present or future tense: the same words in the past ("was due in October", "did not open until October",
# "was postponed from Saturday") narrate and keep the default reading.
_PRESENT_SCHEDULE = re.compile(
    # a schedule stated in the present: "deliveries are now due in October", "results are expected in
    # October", "the vote is set for Saturday", "due to start in June"
    r"\b(?:(?:is|are|'s|'re|now|still|also|not|be|each|only)\s+(?:now\s+|still\s+|also\s+|not\s+|only\s+)?"
    r"(?:due|expected|set|slated|timed|pencilled|penciled)(?:\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those)\b)[a-z]+(?:\s+[a-z]+)?)?"
    # where, before when: "is due in court on Tuesday", "are expected back at work in May"
    r"(?:\s+(?:back\s+)?(?:in|at|before)\s+(?:the\s+)?[a-z]+)?(?:\s+(?:in|on|by|"
    r"for|around|about|before|until|till|out|back|sometime|some\s+time|as\s+early\s+as|no\s+later\s+than|"
    r"no\s+earlier\s+than|at\s+the\s+earliest))?"
    # a postponement's target: "postponed to Saturday", "pushed back until October", "delayed till May"
    r"|(?:postponed|delayed|deferred|put\s+off|pushed\s+back|moved|rescheduled|adjourned|brought\s+forward|"
    r"extended|suspended|pushed|put\s+back)\s+(?:until|till|to|for|by|through)"
    # the same with the thing moved between, and a deadline granted: "extended its deadline until Tuesday",
    # "postponed the hearing until May", "has given the relatives until 9 a.m. Tuesday" (only "until": "extended
    # its lead to 20 points" names no date)
    r"|(?:postponed|delayed|deferred|put\s+off|pushed\s+back|rescheduled|adjourned|extended|suspended|"
    r"given|give|gives|giving)(?:\s+(?!(?:was|were|had|did|said|and|but|no)\b)[a-z][a-z'-]*){1,4}?\s+(?:until|till|through)"
    # negation in the present or future up to a limit: "are not due until October", "does not take effect
    # before May", "won't reopen until Monday", "not until next week"
    r"|(?:is|are|does|do|can|will|wo|ca|need)(?:\s+not|n't)\b(?:(?!\b(?:was|were|did|had|said)\b)[^.;!?])*?"
    r"\b(?:until|till|before)"
    # a state that lasts to a limit, in the present: "the ban runs until October", "remains valid until May"
    r"|\b(?:is|are|remains?|runs?|lasts?|continues?|stays?)\b(?:(?!\b(?:was|were|did|had|said)\b)[^.;!?,])*?"
    r"\b(?:until|till|through)"
    # a cancelled or postponed happening's own date, in the present or present perfect: "has been
    # postponed from Saturday", "have called off Saturday's match", "is cancelled on Friday"
    r"|(?:has|have|'ve|is|are)\s+(?:been\s+)?(?:postponed|cancell?ed|called\s+off|delayed|scrapped|"
    r"rescheduled|put\s+off|pushed\s+back|abandoned|rained\s+out|moved)(?:\s+(?:[a-z']+\s+){0,2}?"
    r"(?:from|on|of|its|their|the|this))?)"
    r"(?:\s+(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]*)?\s+$",
    re.I)
# The same, after the date in its noun phrase: "the 15:00 GMT Saturday qualifier has been postponed",
# "Saturday's vote has been called off", "the October launch is now due".
# A grant in the past tense ("gave the defense until Monday") names a deadline still ahead only with its purpose
# after the date ("... to respond", `_TO_VERB`): "The rebels gave no sign until Monday that they would talk" is
# narrated.
_GAVE_UNTIL = re.compile(r"\b(?:gave|granted|allowed)(?:\s+(?!(?:was|were|had|did|said|and|but|no)\b)[a-z][a-z'-]*){1,4}?\s+(?:until|till)"
                         r"\s+$", re.I)
_TO_VERB = re.compile(r"[ \t]+to[ \t]+[a-z]{2,}\b(?<!\bthe)")
_AHEAD_RE = re.compile(r"\b(?:ahead\s+of|(?:run|lead|build)[\s-]up\s+to|countdown\s+to|in\s+preparation\s+for|"
                       r"in\s+the\s+days\s+before|on\s+the\s+eve\s+of)\b", re.I)
_LIMIT_WORD = re.compile(r"(?:until|till|before|through)\s+", re.I)
_PRESENT_SCHEDULE_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:\s+[a-z][a-z-]*){0,3}?\s+(?:has|have|is|are)\s+(?:now\s+|also\s+|been\s+|being\s+)*"
    r"(?:postponed|cancell?ed|called\s+off|delayed|scrapped|rescheduled|put\s+off|pushed\s+back|abandoned|"
    r"rained\s+out|off\b|due\b|expected\s+to|set\s+to|scheduled\s+to)",
    re.I)


def _clause_break(t: str, lo: int, s: int) -> int:
    """Where the last break of a clause in t[lo:s] is: a sentence's end (also "?" and "!"), a line, a semicolon,
    a turn ("but", "while", "whereas") or a closing quotation mark, -1 when there is none. (What a quotation says
    is not the tense of the words after it: '"We will defend our north," Eitan said Monday.') A single quote
    closes a quotation only after its punctuation (",'' ", ".' "): alone it is an apostrophe ("the owners' men").
    A double one closing a quoted word or phrase inside the clause (`_quoted_phrase_end`: 'would "listen" and
    return ... by Monday') breaks nothing."""
    quote = max(t.rfind('" ', lo, s), t.rfind("\u201d ", lo, s))
    while quote >= 0 and _quoted_phrase_end(t, lo, quote):
        quote = max(t.rfind('" ', lo, quote), t.rfind("\u201d ", lo, quote))
    return max(t.rfind(". ", lo, s), t.rfind("\n", lo, s), t.rfind("; ", lo, s), t.rfind(" but ", lo, s),
               t.rfind(" while ", lo, s), t.rfind(" whereas ", lo, s), t.rfind("? ", lo, s), t.rfind("! ", lo, s),
               quote, t.rfind("'' ", lo, s), t.rfind(",' ", lo, s),
               t.rfind(".' ", lo, s), t.rfind(",\u2019 ", lo, s), t.rfind(".\u2019 ", lo, s))


_QUOTED_PHRASE_REACH = 40  # characters: a word or short phrase quoted inside a clause


def _quoted_phrase_end(t: str, lo: int, quote: int) -> bool:
    """Is the closing double quote at t[quote] the end of a word or short phrase quoted inside its clause ('the
    government would "listen" and return')? Its last character a letter (a quotation that ends a clause ends in its
    punctuation: '"We will go," he said'), and its opening quote near, after a word of the same clause (not at the
    clause's start, where a whole quotation opens: '"We will go" he said')."""
    if quote <= lo or not t[quote - 1].isalnum():
        return False
    opening = max(t.rfind('"', max(lo, quote - _QUOTED_PHRASE_REACH), quote),
                  t.rfind("\u201c", max(lo, quote - _QUOTED_PHRASE_REACH), quote))
    return opening >= 2 and t[opening - 1] == " " and t[opening - 2].isalnum() and t[opening + 1:opening + 2].isalnum()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An IGNORECASE pattern of lower-case words, without the flag: for `_search_low`."""
    assert pattern.flags & re.IGNORECASE and pattern.pattern == pattern.pattern.lower()
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _search_low(ctx: _Ctx, pattern: re.Pattern[str], lowered: re.Pattern[str], lo: int, hi: int, *,
                match: bool = False) -> re.Match[str] | None:
    """`pattern.search(ctx.text, lo, hi)` (or `.match`), run as `lowered` (`_lowered(pattern)`) on the lower-cased
    text when the characters it may read are ASCII: there IGNORECASE matches exactly what lower-casing maps to
    the pattern's letters, and the offsets are the same; the search without the flag is 2-3 times faster (sre
    compares each character with every case of each word's letters otherwise). Outside ASCII (re's IGNORECASE
    matches "ſ" to "s", "K" to "k") the pattern itself reads the text. The match's text is lower-cased."""
    text = ctx.text
    if ctx.low is None or not ctx.ascii and _NON_ASCII.search(text, max(0, lo - 1), hi) is not None:  # (no copy)
        return pattern.match(text, lo, hi) if match else pattern.search(text, lo, hi)
    return lowered.match(ctx.low, lo, hi) if match else lowered.search(ctx.low, lo, hi)


def _may_hold_low(ctx: _Ctx, lo: int, hi: int, parts: tuple[str, ...]) -> bool:
    """False only when ctx.text[lo:hi] holds none of `parts` (lower-case ASCII words) in any case: an IGNORECASE
    pattern that needs one of them cannot match there. Read on the lower-cased text in place (no copy of the
    window). True outside ASCII, where re's IGNORECASE matches "ſ" to "s" and "K" to "k" (`_search_low`)."""
    low = ctx.low
    if low is None or not ctx.ascii and _NON_ASCII.search(ctx.text, max(0, lo - 1), hi) is not None:
        return True
    return any(low.find(part, lo, hi) >= 0 for part in parts)


# How `_future` reads a clause (None: not ahead). A future cue ("will", "plans to", "expected") or a stated
# schedule ("is due", "postponed until") puts its date ahead; a cue whose clause then turns to a past verb ("the
# minister, who will travel to Paris, met the president Monday") only tips a near month ahead; a present-tense
# verb alone ("the committee meets Tuesday", "the trial opens in October") is also how news tells what happened
# ("Profit falls in fourth quarter"), so it pulls a month ahead only moderately and decides nothing else.
_AHEAD, _WEAK, _PRESENT = "ahead", "weak", "present"


_COMMA_SPACE = re.compile(r",?\s")
# A determiner, a possessive or an adjective before "plan(s) to": the plan is a noun ("a plan to", "the city's new
# plans to"), not a verb of the clause ("The city plans to").
_PLAN_NOUN_OPENERS = (r"\b(?:an?|the|its|their|his|her|our|your|this|that|these|those|[\w-]+['\u2019]s"
                      r"|with|of|for|on|about|over|against|behind|under)\s+")
_NOUN_BEFORE_PLAN = re.compile(_PLAN_NOUN_OPENERS + "$", re.I)
_NOUN_AND_MODIFIER_BEFORE_PLAN = re.compile(_PLAN_NOUN_OPENERS + r"(?P<modifier>[\w-]+)\s+$", re.I)


def _plan_is_a_noun(t: str, lo: int, s: int) -> bool:
    """Is the "plan(s)" at t[s] a noun: a determiner, a possessive or a preposition right before it ("moved ahead
    with plan to"), or one and an adjective (the lexicon's JJ: "its new plan")? "The city plans to" has a noun
    there: the verb of its clause."""
    if _NOUN_BEFORE_PLAN.search(t, lo, s) is not None:
        return True
    m = _NOUN_AND_MODIFIER_BEFORE_PLAN.search(t, lo, s)
    return m is not None and _grammar().lexicon_tag(m["modifier"]) == "JJ"
# (after a coordinator that joins the clause to the one before: "And on Thursday, Mr Smith is expected to ...")
_OPENING_ON = re.compile(r"\s*(?:(?:and|but|so|yet|then)[ \t]+)?(?:On|By|From|Until|Next|This)\b", re.I)


def _future(ctx: _Ctx, s: int, e: int, *, ahead_only: bool = False) -> str | None:
    """Is the expression in a future-tense clause, and on what evidence (`_AHEAD`, `_WEAK`, `_PRESENT`, or None)?
    (cheap look at the words around it) `ahead_only`: the caller asks only whether the answer is `_AHEAD`; the
    present verb before the date (`_present_verb_before`, the dearest look) is then looked for only where it
    decides that, and a `_PRESENT` may come back as None or `_WEAK`."""
    t = ctx.text
    # the clause before the date: back to the sentence's start, a semicolon or a turn ("but", "while"), at most
    # 90 characters ("Collins will be named commander of the Space Shuttle Columbia for a mission in December")
    lo = max(0, s - 90)
    dot = _clause_break(t, lo, s)
    if dot >= 0:
        lo = dot + 1
    cue = _search_low(ctx, _FUTURE_RE, _FUTURE_LOW, lo, s)
    while cue is not None and _PAST_PERFECT_BEFORE.search(t, max(lo, cue.start() - 24), cue.start()) is not None:
        # a plan told in the past perfect was overtaken ("had been scheduled to expire at midnight Friday"):
        # the date is narrated, not ahead (each retry starts after the last cue: linear in the window)
        cue = _search_low(ctx, _FUTURE_RE, _FUTURE_LOW, cue.end(), s)
    weak = False
    if cue is not None and cue[0].lower() == "would" and (
            "," in t[cue.end():s] or t.startswith(("'s", "\u2019s"), e) or t.endswith(("'s", "\u2019s"), s, e)):
        # reported future ("said the father would be traveling Thursday") only while the date is still in
        # that verb's clause: not after a comma ("would appeal the decision, announced Wednesday"), and not a
        # possessive naming an event already past ("would get around Wednesday's ruling")
        cue = None
    if cue is not None and cue[0][:4].lower() == "plan" and (comma := t.find(",", cue.end(), s)) >= 0 \
            and _plan_is_a_noun(t, max(lo, cue.start() - 30), cue.start()):
        # a plan named as a noun ("pressed ahead with a plan to merge two schools, with the board approving the
        # merger Tuesday night"): its infinitive looks ahead only within its own phrase; after a comma the date
        # is another clause's, which takes the sentence's tense (a later cue there still counts)
        cue = _search_low(ctx, _FUTURE_RE, _FUTURE_LOW, comma + 1, s)
    if cue is not None and (apposition := _OPEN_APPOSITION.search(t, cue.end(), s)) is not None \
            and "," not in t[apposition.end():s]:
        # the date is inside an appositive noun phrase after the cue's clause, still open ("will receive $38 a
        # share, a premium of 27 per cent to the closing price on Monday"): of that noun, not of the future verb
        # (a closed one leaves the date to the verb: "will play Chelsea, the league leaders, on Saturday")
        cue = None
    if cue is not None:
        last = cue  # the clause's last cue: a past verb after it governs the date
        while (later := _search_low(ctx, _FUTURE_RE, _FUTURE_LOW, last.end(), s)) is not None:
            last = later
        if not last[0].lower().startswith("as") and _past_verb_between(ctx, last.start(), last.end(), s):
            # (not after "as soon as", whose own clause's verb a report shifts to the past: "were likely to buy
            # its stock as soon as trading opened Monday")
            # "the company, which will report next week, said sales rose in December"; a reported "would" then
            # says nothing of the date ("would appeal, and the court ruled Wednesday")
            weak = cue[0].lower() != "would"
            cue = None
    if cue is not None and _plan_overtaken_after(t, lo, cue, e):
        return None  # "was expected to visit on Thursday but cancelled": a plan told past, then undone
    if cue is not None or _search_low(ctx, _FUTURE_RE, _FUTURE_LOW, e + 1, e + 25, match=True) is not None:
        return _AHEAD
    if _possible_could_before(ctx, lo, s, e):
        return _AHEAD  # "forecasters say the storm could reach the coast on Friday"
    # a present schedule with its verb ("is due to visit the flooded towns on Friday"), also in a long clause
    # where it may stand further back ("Albright, after a 16-hour flight, is scheduled to spend only five hours on
    # the ground in Dar es Salaam, Tanzania, her first stop Tuesday morning"), while no sentence break, turn or
    # past verb comes between; "due to" only before a verb ("is due to a strike on Friday" is a cause)
    sched_lo = lo
    if dot < 0 and s > 90:
        far = max(0, s - 180)
        far_dot = _clause_break(t, far, s)
        sched_lo = far_dot + 1 if far_dot >= 0 else far
    sched = _search_low(ctx, _LONG_SCHEDULE, _LONG_SCHEDULE_LOW, sched_lo, s)
    if sched is not None and (_PAST_VERB_RE.search(t, sched.end(), s) is None if sched_lo != lo else
                              not _past_verb_between(ctx, sched.start(), sched.end(), s)) and \
            (sched[1].lower() != "due" or _verb_after_due(t, sched[2].lower(), sched.end(), s)):
        return _AHEAD
    # "with the third departing each Thursday from August 6": a schedule's first day, not yet come (unless a
    # past verb narrates it: "ran every Monday from May 3")
    # (The patterns below that need a word of their own are searched only where the clause holds one:
    # `_may_hold_low`, one look in C at the lower-cased text instead of a pattern tried at every position.)
    schedule = _SCHEDULE_FROM.search(t, lo, s) if _may_hold_low(ctx, lo, s, _SCHEDULE_FROM_PARTS) else None
    if schedule is not None and _PAST_VERB_RE.search(t, max(lo, schedule.start() - 30), s) is None:
        return _AHEAD
    # "ahead of Saturday's vote", "in the run-up to the election on Sunday": a happening still to come, while
    # the date stays in that phrase (no comma or past verb between)
    ahead = _AHEAD_RE.search(t, lo, s) if _may_hold_low(ctx, lo, s, _AHEAD_PARTS) else None
    if ahead is not None and "," not in t[ahead.end():s] and _PAST_VERB_RE.search(t, ahead.end(), s) is None:
        return _AHEAD
    # "until October" is one expression (the rule keeps the word): the cues read it as the clause's
    within = _LIMIT_WORD.match(t, s, e)
    limit = s if within is None else within.end()
    present = _search_low(ctx, _PRESENT_SCHEDULE, _PRESENT_SCHEDULE_LOW, lo, limit)
    if present is not None and not _moved_in_a_past_year(ctx, lo, present.start(), s) or \
            _PRESENT_SCHEDULE_AFTER.match(t, e, e + 60) is not None:
        return _AHEAD
    if _may_hold_low(ctx, lo, limit, _GAVE_UNTIL_PARTS) and _GAVE_UNTIL.search(t, lo, limit) is not None \
            and _TO_VERB.match(t, e) is not None:
        return _AHEAD  # a past grant names a deadline with its purpose: "gave the defense until Monday to respond"
    if (within is not None or _limit_before(t, lo, s, e)) and _limit_of_present_or_infinitive(t, lo, s) is not None:
        # (also a deadline an infinitive or a modal sets: "asked residents to leave by Sunday", "must register
        # before Monday" is the coming one)
        return _AHEAD  # "the rate cut applies until March 31", "voted to keep the bridge closed until April 4"
    if rescheduling_goal_word(t, lo, s, e) is not None and _PAST_PERFECT_BEFORE.search(t, lo, s) is None:
        return _AHEAD  # "postponed its vote on the stadium plan until October 15": the thing's new time
    if _planned_infinitive_before(ctx, lo, s):
        return _AHEAD  # "Union leaders agreed to meet the owners on Thursday": the meeting's day, still ahead
    if _may_hold_low(ctx, max(lo, s - 60), s, _SCHEDULED_DATE_PARTS) and _set_for_ahead(t, lo, s):
        return _AHEAD  # "a judge set a trial date of November 3": the date a thing is set for, still ahead
    if _irrealis_complement_before(ctx, lo, s):
        return _AHEAD  # "with the winner to be named on Thursday", "ordered that the flags be lowered on Friday"
    if s >= ctx.head_end and (_present_time_clause_before(t, lo, s) or _present_time_clause_after(t, e) and (
            weak or _infinitive_before(ctx, lo, s) is not None)):
        # "said he expected a vote before senators rise in late June" (the date inside the time clause), "were
        # preparing to fly kits in on Thursday, once the airports reopen": still ahead when told. A present clause
        # after the date speaks for the date's own clause only when that one looks ahead (an infinitive's act, with
        # no tense of its own, or a future cue): a finite past act keeps its past ("Police raided the market on
        # Friday, when traders open their stalls": a habit's clause, not a schedule)
        return _AHEAD
    possessive = t.startswith(("'s", "\u2019s"), e) or t.endswith(("'s", "\u2019s"), s, e)
    # (a possessive names a happening, perhaps past: "follows Tuesday's declaration")
    present_may = not possessive and not weak
    if present_may and not ahead_only and _present_verb_before(ctx, s):
        return _PRESENT
    # "On Thursday, the president is scheduled to …": the clause's verb comes after the date.
    if _COMMA_SPACE.match(t[e:e + 2]) and _OPENING_ON.match(t[lo:s]):
        end = t.find(". ", e, e + 80)
        window_end = e + 80 if end < 0 else end
        after = _FUTURE_AFTER_RE.search(t, e, window_end)
        if after is not None and _PAST_RE.search(t, e, after.start()) is None:
            # (asked only now when `ahead_only`: a present verb before the date says `_PRESENT` first)
            return _PRESENT if ahead_only and present_may and _present_verb_before(ctx, s) else _AHEAD
    return _WEAK if weak else None


_PAST_BE_BEFORE = re.compile(r"\b(?:was|were)[ \t]+(?:[a-z]+ly[ \t]+)?$", re.I)
_TURN_AFTER = re.compile(r",?[ \t]+but[ \t]+", re.I)
_TURN_REACH = 60  # characters after the turn read for its past verb


def _plan_overtaken_after(t: str, lo: int, cue: re.Match[str], e: int) -> bool:
    """Is the plan the future cue `cue` tells in the past tense ("was expected to", "were due to", "was set to")
    undone by a turn after its date ("... on Thursday but cancelled", "but the talks were called off")? The plan's
    day is then told as the past it was, not ahead. (A past-tense plan with no turn may be a report of one still
    ahead: "was expected to arrive on Thursday, officials said".)"""
    if _PAST_BE_BEFORE.search(t, max(lo, cue.start() - 16), cue.start()) is None:
        return False
    turn = _TURN_AFTER.match(t, e)
    if turn is None:
        return False
    return _PAST_VERB_RE.search(t, turn.end(), _sentence_end_before(t, turn.end(), turn.end() + _TURN_REACH)) is not None


def _possible_could_before(ctx: _Ctx, lo: int, s: int, e: int) -> bool:
    """Is the date at t[s:e] the time of a possibility still to come, an affirmative "could" in its clause (from
    `lo`) told in a present frame? "could" is as often a past ability ("Residents said they could finally reach the
    market on Monday", "Only 40 passengers could board the ferry on Tuesday, the operator said"), so it looks ahead
    only with a condition in its clause ("could close on Friday if the talks fail"), or a present verb (the tagger's
    lexicon: VBZ, VBP) before it in the clause ("Forecasters warn the storm could reach ...") or as the first verb
    after the date in its sentence (", officials say"), and never with a past verb before it in the clause or
    between it and the date."""
    t = ctx.text
    could = _COULD.search(t, lo, s)
    if could is None:
        return False
    while (later := _COULD.search(t, could.end(), s)) is not None:
        could = later  # (the clause's last "could" governs the date)
    if _past_verb_between(ctx, lo, lo, could.start()) or _past_verb_between(ctx, could.start(), could.end(), s):
        return False
    if _CONDITION.search(t, lo, s) is not None:
        return True
    lexicon_tag = _grammar().lexicon_tag
    previous = ""
    for word in _ANY_WORD.finditer(t, lo, could.start()):  # (a sentence's first word may be the subject)
        w = word[0].lower()
        tag_ = lexicon_tag(w)
        if tag_ in ("VBZ", "VBP") or tag_ == "VB" and (previous in _PLURAL_PRONOUNS or lexicon_tag(previous) == "NNS"):
            return True  # (a base form after a plural subject is its present: "forecasters warn")
        previous = w
    end = t.find(". ", e, e + 80)
    end = e + 80 if end < 0 else end
    if _CONDITION.search(t, e, end) is not None:
        return True  # "could close on Friday if the talks fail"
    for word in _WORD.finditer(t, e, min(end, len(t))):
        tag_ = lexicon_tag(word[0].lower())
        if tag_ in ("VBZ", "VBP"):
            return True
        if tag_ in ("VBD", "VBN"):
            return False
    return False


# A clause of something still to be done, which its date is of: a noun's passive infinitive ("with the winner to be
# named on Thursday", "results to be released Friday") and a mandative subjunctive's bare "be" after "that" and its
# subject ("ordered that the flags be lowered on Friday", "asked that he be released Monday"). (Lower case: matched
# on the lowered text.) The subject has no modal or "to" ("said that it would be ...", "that it is to be ..." are
# other cues).
_IRREALIS_COMPLEMENT = re.compile(
    r"\b(?:([a-z]+)\s+to|(that)(?:\s+(?!(?:will|would|shall|should|could|can|may|might|must|to|not|is|are|was"
    r"|were|had|has|have)\b)[a-z][\w'-]*){1,4}?)\s+be\s+([a-z]+)(?:\s+([a-z]+))?\b", re.I)
# The words that make the noun before "to be" one of a series already passed ("the first woman to be elected",
# "the last prisoner to be released", "the only candidate to be named"), with the ordinals and the lexicon's
# superlatives (JJS): the infinitive is then its past, not a plan.
_SERIES_WORDS = frozenset({"only", "last"}) | frozenset(ORDINALS)
_WORDS_BEFORE = re.compile(r"(?:([a-z']+)\s+)?([a-z]+)\s*$")
_PERFECT_AUXILIARIES = frozenset({"has", "have", "'s", "'ve"})
_IRREALIS_COMPLEMENT_LOW = _lowered(_IRREALIS_COMPLEMENT)


def _irrealis_complement_before(ctx: _Ctx, lo: int, s: int) -> bool:
    """Does the clause before the date at `s` (from `lo`) hold a thing still to be done (`_IRREALIS_COMPLEMENT`),
    with no past verb between it and the date? An infinitive's word before "to" must be a noun the lexicon knows
    ("the winner to be named"), not a verb ("wanted to be elected on Thursday" is past)."""
    if not _may_hold_low(ctx, lo, s, ("be",)):
        return False  # (every match holds "be": one look in C before the pattern)
    cue = _search_low(ctx, _IRREALIS_COMPLEMENT, _IRREALIS_COMPLEMENT_LOW, lo, s)
    if cue is None:
        return False
    lexicon_tag = _grammar().lexicon_tag
    # the verb after "be" is a participle (the lexicon's VBN, or a VBD: "be lowered" is its participle), perhaps
    # after an adverb ("be formally named")
    first, second = cue.group(3).lower(), (cue.group(4) or "").lower()
    if lexicon_tag(first) not in ("VBN", "VBD") and not (
            lexicon_tag(first) == "RB" and second and lexicon_tag(second) in ("VBN", "VBD")):
        return False
    t = ctx.text
    noun = cue.group(1)
    if noun is not None:
        if lexicon_tag(noun.lower()) not in ("NN", "NNS"):
            return False
        before = t[max(lo, cue.start() - 40):cue.start()].lower().split()[-2:]
        if any(w in _SERIES_WORDS or lexicon_tag(w) == "JJS" for w in before):
            return False  # "the first woman to be elected mayor on Tuesday": a series already passed
    elif cue.group(2) is not None:
        # a mandative's governing verb in the past narrates ("The judge ordered that the man be freed on
        # Monday": ahead of the order, not of the publication); the present perfect reports ("has ordered")
        words = _WORDS_BEFORE.search(t[max(lo, cue.start() - 40):cue.start()].lower())
        if words is not None and lexicon_tag(words[2]) in ("VBD", "VBN") and words[1] not in _PERFECT_AUXILIARIES:
            return False
    return not _past_verb_between(ctx, cue.start(), cue.end(), s)


# The conjunctions that open a time clause, for both time-clause patterns below.
_TIME_CONJUNCTIONS = ("before", "after", "when", "once", "until", "till", "as soon as")


def _time_conjunction(space: str) -> str:
    """An alternation of `_TIME_CONJUNCTIONS`, their words parted by `space` (a pattern)."""
    return "(?:" + "|".join(word.replace(" ", space) for word in _TIME_CONJUNCTIONS) + ")"


_SPACES, _LINE_SPACES = r"\s+", r"[ \t]+"
# A time clause that runs on to the date with no comma or break: what `_present_time_clause_before` reads.
_TIME_CLAUSE_BEFORE = re.compile(rf"\b{_time_conjunction(_SPACES)}\s+(?P<clause>[^,;:.!?\"\u201c\u201d]*)$")
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})
_SINGULAR_PRONOUNS = frozenset({"it", "he", "she"})


def _present_time_clause_before(t: str, lo: int, s: int) -> bool:
    """Is the date in a time clause told in the present ("before senators rise for the summer in late June",
    "once the court sits in October", "when the schools close in July")? English tells a future in such a clause
    in the present, also under a past verb that reports it ("he said he expected a vote before senators rise in
    June"): the date is still ahead at the report. The clause's subject is one to three words ending in a noun or
    a pronoun; its verb a present form by the tagger's lexicon (VBZ), or a verb's base form after a plural subject
    (a plural noun or "they"/"we"); no past verb or modal follows it (`_present_clause`)."""
    m = _TIME_CLAUSE_BEFORE.search(t, max(lo, s - 70), s)
    return m is not None and _present_time_clause(m["clause"])


# Right after the date, a time clause of its own: "on Thursday, once the airports reopen", "in June when the schools
# close". (Up to the clause's end: a comma, a break or 70 characters.)
_TIME_CLAUSE_AFTER = re.compile(rf",?[ \t]+{_time_conjunction(_LINE_SPACES)}[ \t]+"
                                r"(?P<clause>[^,;:.!?\"\u201c\u201d\n]{1,70})")


def _present_time_clause_after(t: str, e: int) -> bool:
    """Does a time clause told in the present follow the date ("fly food in on Thursday, once the airports reopen")?
    Its present tells a future, so the date's clause is still ahead, also under a past verb that reports it."""
    m = _TIME_CLAUSE_AFTER.match(t, e)
    return m is not None and _present_time_clause(m["clause"])


def _present_time_clause(clause: str) -> bool:
    """Is a time clause's body (after its conjunction) told in the present, with no modal (`_present_clause`)?"""
    return _MODAL.search(clause) is None and _present_clause(clause.split())


def _present_clause(words: list[str]) -> bool:
    """Do `words` open with a clause's subject (one to three words ending in a noun or a pronoun) and a present verb
    (by the tagger's lexicon a VBZ, or a verb's base form after a plural subject), with no past verb after it?"""
    lexicon_tag = _grammar().lexicon_tag
    for k in range(1, min(4, len(words))):
        head, verb = words[k - 1], words[k]
        head_tag = lexicon_tag(head.lower()) if head[:1].islower() else "NNP"
        if head_tag not in ("NN", "NNS", "NNP", "NNPS") and head.lower() not in _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS:
            continue
        if not verb.isalpha() or not verb.islower() or \
                any(lexicon_tag(w.lower()) in ("VBD", "VBN", "MD", "VBZ", "VBP") for w in words[:k - 1]):
            return False  # a verb among the subject's words: no subject of the clause before the date
        tag_ = lexicon_tag(verb)
        if tag_ in ("VBD", "VBN") or _PAST_VERB_RE.search(" ".join(words[k:])) is not None:
            return False
        if tag_ == "VBZ":
            return head_tag in ("NN", "NNP") or head.lower() in _SINGULAR_PRONOUNS
        if (head_tag in ("NNS", "NNPS") or head.lower() in _PLURAL_PRONOUNS) and verb in _grammar().verb_lemmas(verb):
            return True
    return False


# A word each match of these patterns holds (lower-case; `_may_hold_low`): "each"/"every" of `_SCHEDULE_FROM`;
# "ahead", the "up" of "run-up", "countdown", "preparation", "days", "eve" of `_AHEAD_RE`; the verb of
# `_GAVE_UNTIL`; and the "date" of `SCHEDULED_DATE`, which `_set_for_ahead` searches in the 40 characters
# before the date.
_SCHEDULE_FROM_PARTS = ("each", "every")
_AHEAD_PARTS = ("ahead", "up", "countdown", "preparation", "days", "eve")
_GAVE_UNTIL_PARTS = ("gave", "granted", "allowed")
_SCHEDULED_DATE_PARTS = ("date", "for")


_OBJECT_START = re.compile(r"\s+(?:the|a|an|its|his|her|their|our|this|that|these|those|some|all|both|[A-Z])")


def _verb_after_due(t: str, word: str, end: int, s: int) -> bool:
    """Is `word`, after "is due to" and ending at `end`, a verb (a schedule: "is due to arrive", "is due to visit the
    towns") rather than the noun of a cause ("is due to a strike", "is due to rain on Friday")? A base form the
    lexicon tags as a verb, or a verb's base form it takes for a noun first ("visit", "sign") when an object follows
    before the date."""
    grammar = _grammar()
    if grammar.lexicon_tag(word) in ("VB", "VBP"):
        return True
    return word in grammar.verb_lemmas(word) and _OBJECT_START.match(t, end, s) is not None


# A date that a rescheduling verb moves something to ("postponed the launch until March 2026", "launch slips to next
# year"): the thing's new time, still ahead of the moving (`_future`); extraction titles it by the thing moved
# (`extraction.rescheduled_thing`). The words of the verbs of moving in time, and the goal's preposition.
# The stems of rescheduling words (also `extraction._RESCHEDULING_PARTS`: a sentence without any is not searched).
RESCHEDULING_STEMS = ("postpon", "delay", "defer", "reschedul", "extend", "slip", "mov", "push", "put", "brought",
                      "bring")
_RESCHEDULING_WORDS = re.compile(r"\b(?:" + "|".join(RESCHEDULING_STEMS) + r")\w*\b[^.;:]*$", re.IGNORECASE)
_GOAL_BEFORE = re.compile(r"\b(?:to|until|till|into)\s+(?:(?:at\s+least|early|late|mid|the\s+(?:end|start|middle)\s+of)"
                          r"[\s-]+)?$", re.IGNORECASE)
_GOAL_WITHIN = re.compile(r"(?:until|till)\s+", re.IGNORECASE)


# A participle's present or future auxiliary ("is extended", "has been postponed", "will be delayed").
_PRESENT_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|am|has|have|'s|'ve|will|be)\s+(?:been\s+|being\s+)?$", re.I)
_RESCHEDULED_WORD = re.compile(r"\b(?:" + "|".join(RESCHEDULING_STEMS) + r")[a-z]*", re.I)
_YEAR_OR_COARSER = frozenset({Precision.YEAR, Precision.DECADE, Precision.CENTURY})


def _moved_in_a_past_year(ctx: _Ctx, lo: int, at: int, s: int) -> bool:
    """Was the thing whose new time is the date at t[s] moved (a rescheduling verb at or after `at`, in the past
    tense) in a clause (from `lo`) that an earlier year than the publication's frames ("Last year's festival was
    extended through Sunday", "In 2022 the gallery extended the show through June 30")? Then its new time was then
    too: not the coming one, the default reading."""
    told = _last_told(ctx)
    if told is None or ctx.ref is None or not lo <= told.start < s or told.precision not in _YEAR_OR_COARSER \
            or told.last is None or told.last.year >= ctx.ref.year:
        return False
    verb = _RESCHEDULED_WORD.search(ctx.text, at, s)
    return verb is not None and _PRESENT_AUXILIARY_BEFORE.search(ctx.text, max(lo, verb.start() - 24),
                                                                 verb.start()) is None


def rescheduling_goal_word(text: str, sentence_start: int, start: int, end: int) -> re.Match[str] | None:
    """The goal preposition ("until", "to") of the date at [start, end) of `text`, when a word of a rescheduling
    verb stands before it in its sentence (from `sentence_start`): `extraction.rescheduled_thing`'s cheap test, read in the
    text itself (no copy of the sentence for the many dates that fail it)."""
    lo = max(sentence_start, start - 100)
    # ("until March" is one phrase: its preposition is inside)
    goal = _GOAL_WITHIN.match(text, start, end) or _GOAL_BEFORE.search(text, lo, start)
    if goal is None or _RESCHEDULING_WORDS.search(text, lo, goal.start()) is None:
        return None
    return goal


# A date a compound names as a thing's set time ("set a trial date of November 3", "with an effective date of
# January 1", "a release date of May 5"): the thing's, still ahead when it is set, whatever verb set it (unless a
# past perfect narrates it). The compounds' first words: a closed class of things one fixes a date for (a label's
# date, "use-by", is no happening's: `extraction._LABELLED_DATE`).
SCHEDULED_DATE = re.compile(r"\b(?P<noun>trial|hearing|sentencing|court|effective|release|launch|opening|start(?:ing)?|"
                            r"closing|completion|delivery|due|target|payment|settlement|filing|election|voting|"
                            r"maturity|shipping|wedding|delivery)\s+date\s+(?:of|for|on|as)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)


# A court's happening a thing is put down "for", with its day ("listed the matter for further hearing on June 24",
# "adjourned the case for trial on Monday", "remanded him for sentencing on May 3"): the nouns of `SCHEDULED_DATE`
# that a court sets, whatever verb put the thing down for it.
_FOR_SET_HAPPENING = re.compile(r"\bfor\s+(?:(?:a|the|its|their|his|her|further|next|final|fresh|another|full|"
                                r"preliminary|formal)\s+){0,2}(?:trial|hearing|sentencing|arraignment)\s+"
                                r"(?:on|at|to|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _set_for_ahead(t: str, lo: int, s: int) -> bool:
    """Does a compound of a thing's set date (`SCHEDULED_DATE`) or a court's happening a thing is put down for
    (`_FOR_SET_HAPPENING`) stand right before the date at s, in a clause (from lo) no past perfect narrates?"""
    planned = SCHEDULED_DATE.search(t, max(lo, s - 40), s) or _FOR_SET_HAPPENING.search(t, max(lo, s - 60), s)
    return planned is not None and _HAD.search(t, lo, planned.start()) is None


# A limit word right before a date that does not hold it ("through March 15"), or a deadline's ("by Sunday",
# "before Monday": what is to be done by then, `_limit_of_present_or_infinitive`; not a possessive's, "replaced by
# Monday's winner", see `_limit_before`).
_LIMIT_BEFORE = re.compile(r"\b(?:until|till|through|by|before)\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?$", re.I)


def _limit_before(t: str, lo: int, s: int, e: int) -> bool:
    """Does a limit or deadline word (`_LIMIT_BEFORE`) stand right before the date at t[s:e], the date not a
    possessive ("was replaced by Monday's winner" names a happening, no limit)?"""
    return _LIMIT_BEFORE.search(t, max(lo, s - 30), s) is not None \
        and not (t.startswith(("'s", "\u2019s"), e) or t.endswith(("'s", "\u2019s"), s, e))


_LIMIT_WALK = 8  # words back from a limit to the verb whose state or plan it ends
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
_LIMIT_OF_PRESENT, _LIMIT_OF_PLAN = "present", "plan"


def _past_obligation(words: list[str], k: int) -> bool:
    """Does words[k], right before an infinitive's "to", make it an obligation the past had: a past auxiliary
    ("had to", "were to") or a past passive ("were asked to", "had been told to")? A deadline of it ("had to
    register by Monday") is narrated, the last such day; an active directive ("asked residents to leave by
    Sunday") is the day's news, its deadline the coming one."""
    if words[k] in _PAST_AUXILIARIES:
        return True
    return k > 0 and words[k - 1] in _PAST_PASSIVE_AUXILIARIES \
        and _grammar().lexicon_tag(words[k]) in ("VBD", "VBN")


_PAST_PASSIVE_AUXILIARIES = frozenset({"was", "were", "been"})


def _limit_of_present_or_infinitive(t: str, lo: int, s: int) -> str | None:
    """Does the limit at s ("until March 31", "through May 1") end what a present verb says lasts ("applies", "runs",
    "is valid") or what an infinitive or a modal plans ("to keep the bridge closed", "will stay shut")? Then it is
    the next such date, whatever past verb told of it before ("the bank said the cut, which took effect on Monday,
    applies until March 31"; "voted to keep the bridge closed until April 4"). Read back over at most
    `_LIMIT_WALK` words of the clause, to the first verb the tagger's lexicon knows: a present form, or a base
    form after "to" or a modal. A past form after a past auxiliary ("was closed until"), or one itself ("had
    until"), is narrated; another one may say what state ("keep the bridge closed") or be the clause's past verb
    ("the offer ran until"): the walk goes on before it, and finds the infinitive or nothing. `_LIMIT_OF_PRESENT`
    for a present verb, `_LIMIT_OF_PLAN` for an infinitive's or a modal's plan (which may be dated by its
    governing clause: `_plan_of_past_clause`), None for neither."""
    words = _WORD.findall(t, max(lo, s - 80), s)[-_LIMIT_WALK - 1:]
    deadline = bool(words) and words[-1] in ("by", "before")
    if deadline:
        # a deadline's verb stands in its own stretch of the clause: "told to stop, and by Monday the search
        # was over" is narrated
        words = _WORD.findall(t, max(lo, s - 80, t.rfind(",", lo, s) + 1), s)[-_LIMIT_WALK - 1:]
    if len(words) > 2 and words[-1] in ("least", "earliest", "latest") and "at" in words[-3:-1]:
        del words[-3 if words[-2] == "at" else -2:]  # "until at least Sunday", "by the earliest": the limit word
    if words and words[-1] in ("until", "till", "through", "by", "before"):
        words.pop()
    lexicon_tag = _grammar().lexicon_tag
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        tag_ = lexicon_tag(w)
        if tag_ == "MD":
            return _LIMIT_OF_PLAN  # "will stay shut until"
        if tag_ in ("VBZ", "VBP"):
            return _LIMIT_OF_PRESENT
        if tag_ == "NN" and k > 0 and words[k - 1] == "to" and w in _grammar().verb_lemmas(w):
            tag_ = "VB"  # a noun that is also a verb's base form, after "to": "asked banks to report by Monday"
        if tag_ == "VB":
            if deadline and k > 1 and words[k - 1] == "to" and _past_obligation(words, k - 2):
                return None  # "had to register by Monday", "were ordered to leave by Sunday": narrated
            return _LIMIT_OF_PLAN if k > 0 and (words[k - 1] == "to" or lexicon_tag(words[k - 1]) == "MD") else None
        if tag_ in ("VBD", "VBN") and (w in _PAST_AUXILIARIES or k > 0 and words[k - 1] in _PAST_AUXILIARIES):
            return None  # "had until", "was closed until": narrated
    return None  # (no verb, or only past forms: "the offer ran until June 30" is narrated)


def _plan_of_past_clause(ctx: _Ctx, s: int, e: int) -> bool:
    """Is the date at t[s:e] a goal its clause sets rather than a time of its own: a rescheduling's new time
    ("postponed its vote until October 15") or the limit of what an infinitive or a modal plans ("voted to keep
    the bridge closed until April 4"), with no future or plan of the present in the clause ("will", "plans to")?
    Such a goal is the next such date after the clause's own time (`_sentence_anchor`), not after the
    publication's."""
    t = ctx.text
    lo = max(0, s - 90)
    dot = _clause_break(t, lo, s)
    if dot >= 0:
        lo = dot + 1
    if _search_low(ctx, _FUTURE_RE, _FUTURE_LOW, lo, s) is not None:
        return False
    if rescheduling_goal_word(t, lo, s, e) is not None:
        return True
    if _planned_infinitive_before(ctx, lo, s):
        return True
    within = _LIMIT_WORD.match(t, s, e)
    return (within is not None or _limit_before(t, lo, s, e)) \
        and _limit_of_present_or_infinitive(t, lo, s) == _LIMIT_OF_PLAN


# The verbs (lemmas) whose "to"-infinitive is an act agreed, decided or planned, after them: those that set a thing's
# time (`_TIME_SETTING_LEMMAS`: "agreed to meet", "arranged to fly", "ordered them to leave") and these, of a
# decision or a commitment ("decided to", "promised to"). (Not "tried to", "managed to", "refused to": their
# infinitive's act is at the verb's own time, or never; nor "voted to": a vote's measure is done by the vote, and a
# date after it is the vote's, "Three ministers voted to support the republic Friday".)
_DECISION_LEMMAS = frozenset({"decide", "promise", "pledge", "vow", "offer", "threaten", "intend"})
# An infinitive's "to" then its verb, in the clause before a date ("agreed to meet the owners on", "decided to close
# it in"): the last one; the words before the "to" are read back for its governing verb.
_INFINITIVE = re.compile(r"\bto[ \t]+(?P<verb>[a-z]+)\b")
_GOVERNOR_WALK = 4  # words back from an infinitive's "to" to its governing verb, past its object ("ordered the
# residents of the town to")


def _infinitive_before(ctx: _Ctx, lo: int, s: int) -> re.Match[str] | None:
    """The "to"-infinitive whose clause holds the date at t[s] (its "to" and verb in the 80 characters before, no
    comma or past verb between: "preparing to fly food in on Thursday"), or None. (A past verb between governs the
    date: "agreed to buy the shares it sold on Monday"; "agreed to a deal on Monday" has no infinitive.)"""
    t = ctx.text
    last = None
    for last in _INFINITIVE.finditer(t, max(lo, s - 80), s):
        pass
    if last is None or "," in t[last.end():s] or _past_verb_between(ctx, last.end(), last.end(), s):
        return None
    grammar = _grammar()
    verb = last["verb"]
    if grammar.lexicon_tag(verb) not in ("VB", "VBP") and verb not in grammar.verb_lemmas(verb):
        return None
    return last


def _planned_infinitive_before(ctx: _Ctx, lo: int, s: int) -> bool:
    """Is the date at t[s] inside a "to"-infinitive clause (its verb before the date, no comma, turn or past verb
    between) that a verb of planning, agreeing or deciding governs (`_DECISION_LEMMAS`, `_TIME_SETTING_LEMMAS`), itself not told in
    the past perfect ("Union leaders agreed to meet the owners on Thursday", "The council decided to close the pool in
    September"; not "voted to close": `_DECISION_LEMMAS`)? The date is the infinitive's act's, set by the governing verb: after it. (A date before the "to"
    is the governing verb's own: "agreed on Thursday to meet".)"""
    t = ctx.text
    last = _infinitive_before(ctx, lo, s)
    if last is None:
        return False
    grammar = _grammar()
    if last["verb"] in grammar.STATIVE_LEMMAS:
        return False  # a state has no day it is done on ("agreed to remain in the coalition on Monday")
    before = list(_WORD.finditer(t, max(lo, last.start() - 60), last.start()))[-_GOVERNOR_WALK:]
    for match in reversed(before):
        word = match[0]
        if grammar.lexicon_tag(word) not in _VERB_TAGS:
            continue
        if _PAST_PERFECT_BEFORE.search(t, max(lo, match.start() - 24), match.start()) is not None:
            return False  # "had agreed to meet on Thursday", "had been scheduled to expire Friday": narrated
        lemmas = grammar.verb_lemmas(word)
        return not (_TIME_SETTING_LEMMAS.isdisjoint(lemmas) and _DECISION_LEMMAS.isdisjoint(lemmas))
    return False


_ANCHOR_REACH = 300  # characters back to the last date of the sentence (or paragraph) that anchors another


def _sentence_start_after(t: str, lo: int, s: int) -> int:
    """Where the sentence of offset s starts, or lo when it starts before lo (a sentence break in t[lo:s]: ". ",
    "? ", "! "): a mark of the sentence before ("began on May 28 before the storm. It ended on the 3rd") is not
    this one's."""
    end = max(t.rfind(". ", lo, s), t.rfind("? ", lo, s), t.rfind("! ", lo, s))
    return end + 2 if end >= 0 else lo


# A sentence's end: its stop before the capital or the quotation mark that opens the next, or a line break (not an
# abbreviation's stop before a lower-case word: "at 2 p.m. has been cancelled").
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-Z\"\u201c])|\n")


def _sentence_end_before(t: str, e: int, hi: int) -> int:
    """Where the sentence of offset e ends (`_SENTENCE_END`), or hi when it runs on past hi: the mirror of
    `_sentence_start_after`."""
    end = _SENTENCE_END.search(t, e, hi)
    return hi if end is None else end.start()


def _sentence_anchor(ctx: _Ctx, s: int, paragraph: bool = False) -> TimeExpression | None:
    """The last date the tagger read before offset s in the same sentence (or paragraph: no line break between),
    with a first day ("In February the council voted …", "Voting began on March 10 …"): the time a later date of
    that clause may count from. Within `_ANCHOR_REACH` characters."""
    if not ctx.out:
        return None
    last = ctx.out[-1]
    if last.first is None or last.end > s or s - last.end > _ANCHOR_REACH:
        return None
    t = ctx.text
    if t.find("\n", last.end, s) >= 0:
        return None
    if not paragraph and max(t.find(". ", last.end, s), t.find("? ", last.end, s), t.find("! ", last.end, s)) >= 0:
        return None
    return last


# The word right before the date (past an adverb in -ly, "on"/"in", "early"/"late"), and the word before that (none
# after a comma: "The bridge, closed since March, reopens on Monday").
# (Past a destination too: "the president travels to Asia in November", "the team flies to Madrid on Saturday", "the
# bridge reopens to traffic on Monday": a common noun's, `dest`, the lexicon's noun.)
# (The pieces it shares with `_HEADLINE_VERB_BEFORE_DATE`: a place's one to three capitalised words, a common noun's
# destination, the part of the date's span before it.)
_PLACE_WORDS = r"(?:[A-Z][\w.'-]*[ \t]+){1,3}"
_DEST_NOUN = r"(?P<dest>[a-z]+)[ \t]+"
_SPAN_PART_TO_DATE = r"(?:(?:early|late|mid)[ \t-]+)?$"
_VERB_BEFORE_DATE = re.compile(r"(?:^|(?P<prev>[A-Za-z']+)[ \t]+|,[ \t]+)(?P<verb>[a-z]+)[ \t]+(?:[a-z]+ly[ \t]+)?"
                               rf"(?:(?:to|for)[ \t]+(?:{_PLACE_WORDS}|{_DEST_NOUN}))?"
                               rf"(?:(?:on|in|at)[ \t]+)?{_SPAN_PART_TO_DATE}")
# A present progressive arrangement: "the two leaders are meeting Saturday", "she's flying out in May".
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|am|'s|'re|\u2019s|\u2019re)[ \t]+[a-z]+ing(?:[ \t]+(?:out|off|back|up|"
                                 r"home|in))?[ \t]+(?:(?:on|in)[ \t]+)?$", re.I)
_NOT_SUBJECT = frozenset({"to", "not", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
                          "did", "does", "do", "and", "or", "the", "a", "an", "that", "which", "who"})


def _present_verb_before(ctx: _Ctx, s: int) -> bool:
    """Is the date the time of the present-tense verb right before it? News tells a schedule in the simple
    present ("He and Arafat meet separately Monday", "The committee meets Tuesday", "the deadline is
    Tuesday", "the trial opens in October") or the present progressive ("are meeting Saturday"): the date
    is ahead. The verb is known from the tagger's lexicon: its likeliest tag a present form (VBZ, VBP), or
    the base form (VB) after its subject (a noun or pronoun, not "to" or a modal)."""
    t = ctx.text
    if s < ctx.head_end:
        # a headline's present reports what happened ("Police arrest suspects Monday", "Jobless rate falls in
        # February"), unless its verb is plainly one with no object ("Bridge reopens Monday")
        return _headline_intransitive_present_before(ctx, s)
    lo = max(0, s - 48)
    if _search_low(ctx, _PROGRESSIVE_BEFORE, _PROGRESSIVE_BEFORE_LOW, lo, s) is not None:
        return True
    m = _VERB_BEFORE_DATE.search(t, lo, s)
    if m is None or m["dest"] is not None and _grammar().lexicon_tag(m["dest"]) not in _NOUN_TAGS \
            or _present_verb_right_before(m) is False and not _plural_noun_as_the_clauses_verb(ctx, m, s):
        return _present_verb_object_before(t, lo, s)
    return True


# The lexicon's tags of the words of a subject's noun phrase before its verb ("the overnight curfew", "Kenya's
# national lockdown"): a determiner, modifiers and nouns.
_SUBJECT_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNP", "NNPS", "CD", "POS"})
_SUBJECT_REACH = 60  # characters back from the subject's last word to its clause's opening
_NO_VERB_REACH = 120  # characters after the date, up to its sentence's end, read for another verb


# A subordinate clause after a comma: its verbs are not those of the clause before ("The season ends on Sunday, when
# the final is played").
_SUBORDINATE_AFTER_COMMA = re.compile(r",[ \t]+(?:when|where|which|who|whose|after|before|while|because|as|once|if|"
                                      r"unless|until|since|although|though)\b", re.I)


def _plural_noun_as_the_clauses_verb(ctx: _Ctx, m: re.Match[str], s: int) -> bool:
    """Is the word right before the date (`_VERB_BEFORE_DATE`'s verb), whose likeliest tag in the lexicon is a
    plural noun ("ends", "talks", "attacks"), the present verb of its clause? So it is when it is a verb's present
    in -s (lemminflect), after a singular common noun that ends a subject's noun phrase opening its clause (the
    sentence's start, or after "that" or a reporting verb), and no other verb stands after the date in its sentence
    but a reporting one: "The curfew ends at 0500 hrs on Monday", "Officials said the ban lifts on Friday" have no
    verb but it. (Not a compound's plural head inside a phrase, "arrested two men over the bomb attacks on
    Monday", nor a subject's before its verb, "The trade talks on Monday ended without a deal".)"""
    verb, prev = m["verb"], m["prev"]
    if prev is None or not prev.islower():
        return False
    grammar = _grammar()
    lexicon_tag = grammar.lexicon_tag
    if lexicon_tag(verb) != "NNS" or lexicon_tag(prev) != "NN" or _not_schedule_verb(verb) or not any(
            verb in grammar.all_inflections(lemma, "VERB").get("VBZ", ())
            for lemma in grammar.all_lemmas(verb).get("VERB", ())):
        return False
    t = ctx.text
    # the subject's noun phrase opens its clause: only its words back to a break, "that" or a reporting verb
    at = m.start("prev")
    opening = _clause_break(t, max(0, at - _SUBJECT_REACH), at)
    words = list(_ANY_WORD.finditer(t, max(0, at - _SUBJECT_REACH) if opening < 0 else opening + 1, at))
    for word in reversed(words):
        w = word[0]
        if w.lower() == "that" or _reporting_verb(w.lower()):
            break
        if w in ("of", "s") and (w == "of" or t[word.start() - 1] in "'\u2019"):
            continue  # "the state of emergency", "Kenya's curfew"
        if (lexicon_tag(w) or lexicon_tag(w.lower())) not in _SUBJECT_PHRASE_TAGS:
            return False
    else:
        if opening < 0 and at > _SUBJECT_REACH:
            return False  # (no opening within reach: a long phrase, not a subject's)
    # no other verb after the date in its sentence (a reporting one aside: ", officials said"): a word whose
    # likeliest tag is a verb's, or one that may be a verb right before a determiner or a number, which no noun
    # stands before in its phrase ("The meeting minutes on Monday show the vote": "show" is likelier a noun alone)
    hi = _sentence_end_before(t, s, min(len(t), s + _NO_VERB_REACH))
    if (subordinate := _SUBORDINATE_AFTER_COMMA.search(t, s, hi)) is not None:
        hi = subordinate.start()  # the verbs of a clause set after the date are its own ("..., when the final is played")
    after = [word[0] for word in _ANY_WORD.finditer(t, s, hi)]
    for k, word in enumerate(after):
        low = word.lower()
        tag = lexicon_tag(word) or lexicon_tag(low)
        if (tag in _VERB_TAGS or tag == "MD" or k + 1 < len(after) and word.islower()
                and lexicon_tag(after[k + 1]) in _OBJECT_OPENER_TAGS and "VERB" in grammar.all_lemmas(low)) \
                and not _reporting_verb(low):
            return False
    return True


# The tags of a word that opens a noun phrase: a determiner, a possessive pronoun, a number.
_OBJECT_OPENER_TAGS = frozenset({"DT", "PRP$", "CD"})


# A headline's verb right before its date: `_VERB_BEFORE_DATE` in a headline's form. In any case ("Bridge Reopens
# Monday"), with no comma or -ly adverb before the date, past a place also after "in"/"at" ("Queen arrives in Paris on
# Monday", "Envoy travels to Lisbon Monday") or an "in"/"on" ("Museum reopens in January"), and the word before it
# (a hyphened one too: "Cease-fire begins Monday").
_HEADLINE_VERB_BEFORE_DATE = re.compile(r"(?:^|(?P<prev>[A-Za-z'-]+)[ \t]+)(?P<verb>[A-Za-z]+)[ \t]+"
                                        rf"(?:(?:to|for|in|at)[ \t]+{_PLACE_WORDS}|(?:to|for)[ \t]+{_DEST_NOUN})?"
                                        rf"(?:(?:on|in)[ \t]+)?{_SPAN_PART_TO_DATE}")


def _headline_intransitive_present_before(ctx: _Ctx, s: int) -> bool:
    """Is the date at t[s], in the document's head, the time of a present verb with no object right before it
    ("Bridge reopens Monday", "Schools reopen Monday", "The museum reopens in January")? A schedule, as in the body.
    A headline drops its articles, so a word that may be a noun may be the object of a verb before it ("Police
    arrest suspects Monday", the historical present of a past arrest): only a form that can be no noun (lemminflect)
    is known to be the verb ("reopens", "begins", "arrives"; not "falls", "ends", "suspects"). Its subject agrees:
    a present in -s after any word but a determiner or "to", a base form after a plural noun."""
    t = ctx.text
    m = _HEADLINE_VERB_BEFORE_DATE.search(t, max(0, s - 48), s)
    if m is None or m["prev"] is None:
        return False
    verb, prev = m["verb"].lower(), m["prev"]
    grammar = _grammar()
    if m["dest"] is not None and grammar.lexicon_tag(m["dest"]) not in _NOUN_TAGS:
        return False
    if prev.lower() in _NOT_SUBJECT or _PAST_VERB_RE.fullmatch(verb) is not None or _past_like_base(verb) \
            or _not_schedule_verb(verb):
        return False
    if "NOUN" in grammar.all_lemmas(verb) or "VERB" not in grammar.all_lemmas(verb):
        return False
    tag_ = grammar.lexicon_tag(verb)
    if not (tag_ == "VBZ" or tag_ in ("VB", "VBP") and (grammar.lexicon_tag(prev) in ("NNS", "NNPS") or
                                                         grammar.lexicon_tag(prev.lower()) == "NNS")):
        return False
    return not _lead_tells_it_past(ctx, grammar.verb_lemmas(verb))


_LEAD_REACH = 400  # characters of the lead sentence read after the head


def _lead_tells_it_past(ctx: _Ctx, lemmas: frozenset[str]) -> bool:
    """Does the lead, the first sentence after the document's head, tell the headline's act in the past: its verb
    of the headline verb's `lemmas` past ("Israel withdraws Monday" over "Israeli troops withdrew on Monday"), or,
    when it has none, its first verb that does not report ("… over "The army pulled out of the town")? Then the
    headline's present is the historical one. (A lead in the present or future, "The bridge reopens to traffic on
    Monday", "will reopen", or none, leaves the headline a schedule.) Read once per headline date: the lead is
    bounded (`_LEAD_REACH`)."""
    t = ctx.text
    start = ctx.head_end
    while start < len(t) and t[start].isspace():
        start += 1
    end = min(len(t), start + _LEAD_REACH)
    stops = [i for i in (t.find(". ", start, end), t.find("\n", start, end)) if i >= 0]
    lead = t[start:min(stops) + 1 if stops else end]
    if not lead.strip():
        return False
    grammar = _grammar()
    groups = [g for g in grammar.verb_groups(grammar.tag_words(lead)) if g.finite]
    same = [g for g in groups if not lemmas.isdisjoint(grammar.verb_lemmas(g.main.text))]
    told = same or [g for g in groups if not _reporting_verb(g.main.text.lower())]
    if not told:
        return False
    verbs = [w for w in told[0].words if w.pos.startswith(("VB", "MD"))]
    if verbs[0].pos == "VBD":
        return True  # ("withdrew", "had withdrawn", "was closed")
    # a present perfect tells a past act too ("has reopened"); a present or a modal does not ("is due to", "will")
    return len(verbs) > 1 and verbs[0].text.lower() in ("has", "have", "'s", "'ve") and verbs[-1].pos == "VBN"


def _present_verb_right_before(m: re.Match[str]) -> bool:
    """`_present_verb_before` for the word right before the date (`_VERB_BEFORE_DATE`'s match)."""
    verb = m["verb"]
    if _PAST_VERB_RE.fullmatch(verb) is not None:
        return False  # plainly past ("resumed", "met"): no need of the lexicon
    if _past_like_base(verb) or _not_schedule_verb(verb):
        return False  # "The workers quit Monday" may be past; "Officials confirm Monday that ..." reports
    lexicon_tag = _grammar().lexicon_tag
    tag_ = lexicon_tag(verb)
    if tag_ in ("VBZ", "VBP"):  # (also a second verb: "voting begins Saturday and ends Sunday")
        return m["prev"] is None or m["prev"].lower() not in ("the", "a", "an", "to")
    if tag_ == "VB" and m["prev"] is not None and m["prev"].lower() not in _NOT_SUBJECT:
        prev_tag = lexicon_tag(m["prev"]) or lexicon_tag(m["prev"].lower())
        return prev_tag in ("NN", "NNS", "NNP", "NNPS", "PRP") or prev_tag is None and m["prev"][:1].isupper()
    return False


# The words of a present verb and its object before a date's preposition ("Norland holds a general election in",
# "the new mayor takes office in"): what `_present_verb_object_before` reads.
_OBJECT_BEFORE_DATE = re.compile(r"(?P<words>(?:[A-Za-z'][A-Za-z'-]*[ \t]+){3,6})(?:in|on|at)[ \t]+"
                                 r"(?:(?:early|late|mid)[ \t-]+)?$")
_DETERMINERS = frozenset({"DT", "PRP$", "CD"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNS", "CD", "VBN", "VBG"})


def _present_verb_object_before(t: str, lo: int, s: int) -> bool:
    """Is the date the time of a present-tense verb with its object right before the date ("Norland holds a general
    election in September", "the new mayor takes office in January", "the museum opens its doors in March")? A
    schedule told in the present, as `_present_verb_before` reads one without an object. The object is a noun (the
    lexicon's likeliest tag) after at most a determiner and two modifiers; the verb a present form after its
    subject."""
    m = _OBJECT_BEFORE_DATE.search(t, max(lo, s - 48), s)
    if m is None:
        return False
    words = m["words"].split()
    lexicon_tag = _grammar().lexicon_tag
    k = len(words) - 1
    if lexicon_tag(words[k]) not in _NOUN_TAGS:
        return False
    k -= 1
    modifiers = 0
    while k >= 1 and modifiers < 2 and lexicon_tag(words[k]) in _MODIFIER_TAGS:
        k -= 1
        modifiers += 1
    if k >= 1 and lexicon_tag(words[k]) in _DETERMINERS:
        k -= 1
    if k < 1:
        return False
    verb, prev = words[k], words[k - 1]
    if not verb.islower() or _PAST_VERB_RE.fullmatch(verb) is not None or _past_like_base(verb) \
            or _reporting_verb(verb) or prev.lower() in _NOT_SUBJECT:
        return False
    tag_ = lexicon_tag(verb)
    if tag_ == "VBZ":
        return True
    if tag_ in ("VBP", "VB"):
        prev_tag = lexicon_tag(prev) or lexicon_tag(prev.lower())
        return prev_tag in ("NNS", "NNPS", "PRP") or prev_tag is None and prev[:1].isupper()
    return False


_GRAMMAR: ModuleType | None = None


def _grammar() -> ModuleType:
    """The grammar module (its lexicon and lemminflect's tables), imported on first use: only a date right after
    a verb that may be present, or after a future cue, needs it; a caller that only tags (the tagger's
    benchmark, `tag` on the command line) reading past news need not load it."""
    global _GRAMMAR
    if _GRAMMAR is None:
        from timeline_app.core import grammar
        _GRAMMAR = grammar
    return _GRAMMAR


@lru_cache(maxsize=4096)
def _past_like_base(word: str) -> bool:
    """Is `word` a verb whose simple past is spelled as itself ("cut", "hit", "quit", "set", "spread")?
    (lemminflect's dictionary, as grammar reads it.) Such a verb before a date may well be past."""
    grammar = _grammar()
    return any(word in grammar.all_inflections(lemma, "VERB").get("VBD", ())
               for lemma in grammar.all_lemmas(word).get("VERB", ()))


@lru_cache(maxsize=1)
def _not_schedule_lemmas() -> frozenset[str]:
    """Verbs whose present tense tells no schedule: reporting verbs ("Officials confirm Monday that two soldiers
    died") and states, as news reads them (grammar's `REPORTING_LEMMAS`, `STATIVE_LEMMAS`), but "be" ("the deadline
    is Tuesday"), and the auxiliary "do"."""
    grammar = _grammar()
    return (grammar.REPORTING_LEMMAS | grammar.STATIVE_LEMMAS | {"do"}) - {"be"}


@lru_cache(maxsize=4096)
def _reporting_verb(word: str) -> bool:
    """A reporting verb ("confirms the deaths on Monday" reports). (A state's verb with an object and a date is a
    happening held: "holds a general election in September", so only reporting verbs tell no schedule there.)"""
    lemmas = _grammar().all_lemmas(word).get("VERB", ()) or (word,)
    return not _grammar().REPORTING_LEMMAS.isdisjoint(lemmas)


@lru_cache(maxsize=4096)
def _not_schedule_verb(word: str) -> bool:
    lemmas = _grammar().all_lemmas(word).get("VERB", ()) or (word,)
    return not _not_schedule_lemmas().isdisjoint(lemmas)


_LONG_SCHEDULE = re.compile(r"\b(?:is|are)\s+(scheduled|expected|set|due|slated)\s+to\s+([a-z]+)\b", re.I)
# "had been", "had", "had previously been" right before a future cue
# A comma opening an indefinite noun phrase set beside the one before it: ", a premium of", ", an increase of"
_OPEN_APPOSITION = re.compile(r",[ \t]+(?:a|an)[ \t]+[a-z]", re.I)
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?(?:been\s+)?$", re.I)
_FUTURE_LOW, _PRESENT_SCHEDULE_LOW, _LONG_SCHEDULE_LOW, _PROGRESSIVE_BEFORE_LOW = map(
    _lowered, (_FUTURE_RE, _PRESENT_SCHEDULE, _LONG_SCHEDULE, _PROGRESSIVE_BEFORE))
_SCHEDULE_FROM = re.compile(rf"\b(?:each|every)\s+(?:{_WD}|day|week|month)(?:\s+(?:morning|afternoon|evening|night)s?)?"
                            r"\s+(?:from|starting(?:\s+on)?|beginning(?:\s+on)?)\s+$", re.I)
_P = (0, 3, 3)  # year-change, future-clause-but-past, past-clause-but-future penalties (months)
# A future clause's own time is ahead: its month is the next one, however far ("will be named commander for a
# mission in December", "is scheduled to open in January", written in March), and its day the next one unless
# just gone, some 10 weeks back at most (a stale schedule: "free travel runs until 31 May" in June) ...
_P_FUTURE, _P_FUTURE_DAY = 12, 7
# A present tense alone ("the trial opens in October") pulls a headline's month ahead only half as far: a headline's
# historical present tells the past in it too ("Unemployment falls in February", written in March). In the body the
# simple present with a month is a schedule ("The festival runs in March", written in May: next March), but for the
# month just gone, whose figures news reports in the present ("The jobless rate falls in February", written in
# March): that one keeps the moderate pull, and is read back. A present verb
# with its object ("the new mayor takes office in January", "Norland holds its election in May") tells a schedule, as
# a future does: its month is the next one (`_present_verb_object_before`).
_P_PRESENT = 6
# ... but a month that a noun is "for" or "of" names that noun's period, which may be past ("will report its
# results for February", "the figures of January will show"): the weaker penalty. (Not "set for May".)
_PERIOD_OF = re.compile(r"\b(?!(?:set|due|scheduled|slated|planned|timed|booked|pencil+ed|earmarked)\s)(?P<noun>[a-z]+)\s+"
                        r"(?:for|of)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)
# Nouns of a part of time: "the first week of", "the second half of", "the end of" name the month's own part.
_PART_OF_TIME = frozenset(UNITS) | frozenset(_MODS) | {"half", "part", "rest", "remainder"}
_P_NARRATED = 12  # a date ahead of the reference in a clause told in the past tense ("opened on Aug. 10")
_PAST_VERB_RE = re.compile(r"\b(?:" + "|".join(sorted(IRREGULAR_PAST)) + r"|[a-z]{3,}ed)\b")


# The subject (up to three words, none a modal or a present auxiliary) then a past verb, regular or not:
# "In January, American Medical brought in ...", "In February, the new owners took control".
_OPENING_PAST = re.compile(r"\s*,?\s*(?:(?!(?:will|would|shall|should|can|could|may|might|must|is|are|am|has|have|"
                           r"does|do)\b)(?:[a-z]+|[A-Z][\w'’-]*)\s+){1,3}"
                           r"(?:" + "|".join(sorted(IRREGULAR_PAST)) + r"|[a-z]{3,}ed)\b")


# A date between a determiner and a noun modifies the noun ("the Jan. 14 deadline", "its May meeting").
_PRENOMINAL_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that|next)\s+$", re.I)
_PRENOMINAL_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|for|of|by|from|when|after|before|as|with|was|were|"
                               r"is|are|had|has|have|the|a|an)\b)[a-z][a-z-]*[a-z]\b")


_VERB_RIGHT_AFTER = re.compile(r"[ \t]+")  # not after a comma: "talks due to end by May, invited ..."


# (the patterns of `_narrated_past`, compiled once)
# (a line break opens a clause too: after a headline or a dateline's line; so does a dateline's dash,
# "WASHINGTON, Oct. 10 (Reuters) - In February ...")
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:^|[.;]\s+|\n\s*|\s[-\u2013\u2014]+\s+|,?\s+and\s+|,\s+but\s+)(?:(?i:by|in|on|at)\s+)?"
    r"(?:the\s+\w+\s+of\s+)?$")
_MODAL = re.compile(r"\b(?:would|will|could|might|should|shall)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+$")
_NOT_FINITE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|am|to|would|could|might|should|will)\s+$")
_TARGET_BEFORE = re.compile(r"\b(?:to|until|till|for|through)\s+(?:(?:the\s+)?(?:early|mid|late|end\s+of)\s+)?$")
_FROM_TO = re.compile(r"\bfrom\s[^,;]*?\bto\b")
_LATER_ACT = re.compile(r"\b(?:to\s+[a-z]+|effective|until|through|payable|due|scheduled|planned|expected|set|"
                        r"is|are|has|have)\b")


# The word right before the determiner of a date's noun phrase: a past verb's object ("attended the").
_WORD_THEN_DETERMINER = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:the|its|his|her|their|our|this|that)\s+$")
# The verbs (lemmas) that set a thing's time or look ahead to it rather than do it: a thing announced, called, set,
# scheduled, cancelled or awaited ("announced the May 3 vote", "awaited the June 2 ruling") may still be ahead;
# so may one moved (`RESCHEDULING_STEMS`: "postponed the May 3 hearing").
_TIME_SETTING_LEMMAS = frozenset({
    "announce", "call", "set", "schedule", "plan", "cancel", "confirm", "approve", "agree", "order", "propose",
    "fix", "expect", "await", "prepare", "book", "arrange", "organise", "organize"})
# ... and those of a stance towards the thing, which says nothing of whether it has happened ("wanted the May 3
# vote delayed", "opposed the June 1 strike", "welcomed the May 3 talks"): the default reading.
_STANCE_LEMMAS = frozenset({
    "want", "wish", "hope", "fear", "dread", "oppose", "welcome", "back", "support", "favour", "favor", "endorse",
    "resist", "like", "love", "hate", "dislike", "prefer", "doubt", "anticipate", "urge", "demand", "seek"})


@lru_cache(maxsize=4096)
def _past_act_verb(word: str) -> bool:
    """Is `word` the simple past of a verb that does something to its object ("attended", "won", "missed"), as the
    lexicon reads it: a verb form whose likeliest tag is a past one (not "indeed"), a simple past of its lemma
    (lemminflect), none of whose lemmas sets a time, moves a thing, states a stance or reports ("settled" is
    "settle", not "set")?"""
    grammar = _grammar()
    if grammar.lexicon_tag(word) not in ("VBD", "VBN"):
        return False
    lemmas = grammar.verb_lemmas(word)
    if not lemmas or not any(word in grammar.all_inflections(lemma, "VERB").get("VBD", ()) for lemma in lemmas):
        return False
    return not any(lemma in _TIME_SETTING_LEMMAS or lemma in _STANCE_LEMMAS or lemma.startswith(RESCHEDULING_STEMS)
                   for lemma in lemmas) and not _reporting_verb(word)


def _past_act_on_the_named(ctx: _Ctx, s: int) -> bool:
    """Is the noun phrase a date at t[s] modifies ("the May 3 meeting") the object of a past act that did it, not set
    its time ("attended the May 3 meeting", not "announced the May 3 vote")? Then its time is past too."""
    m = _WORD_THEN_DETERMINER.search(ctx.text, max(0, s - 40), s)
    if m is None or _participle_before(ctx.text, max(0, m.start() - 24), m.start()):
        return False  # (none, or a participle: "is expected the" is no past act)
    return _past_act_verb(m["verb"])


def _narrated_past(ctx: _Ctx, s: int, e: int) -> bool:
    """Is the clause around the expression told in the past tense? ("Rovers opened with a win on Aug. 10",
    "by the end of October they were in the bottom four")"""
    t = ctx.text
    if _PRENOMINAL_BEFORE.search(t, max(0, s - 8), s) is not None and _PRENOMINAL_AFTER.match(t, e, e + 16):
        # "gave no reason for the Jan. 14 deadline": the date of the thing named, not of the verb; but a thing a past
        # act was done to, its object, was past then too ("attended the May 3 meeting", "won the May 3 final"),
        # unless the act set its time ("announced the May 3 vote", "postponed the May 3 hearing")
        return _past_act_on_the_named(ctx, s)
    if _CLAUSE_OPENS_BEFORE.search(t[max(0, s - 30):s]) and _OPENING_PAST.match(t, e):
        return True  # the date opens its clause, whose verb follows
    after = _VERB_RIGHT_AFTER.match(t, e)
    if after is not None and _PAST_VERB_RE.match(t, after.end()) is not None:
        return True  # "a clinic bombing in January killed a guard": the date's phrase is the past verb's subject
    start = max(0, s - 80)
    hard = max(t.rfind(". ", start, s), t.rfind("\n", start, s), t.rfind(", but ", start, s), t.rfind("; ", start, s))
    stop = max(hard, t.rfind(" and ", start, s))
    lo = stop + 1 if stop >= 0 else start
    if _MODAL.search(t[lo:s]):
        return False  # "would be paid on a still unspecified date in January"
    last = None
    for verb in _PAST_VERB_RE.finditer(t, lo, s):
        if not _DETERMINER_BEFORE.search(t[lo:verb.start()]):
            last = verb  # not an adjective ("the reduced dividend")
    if last is None and stop > hard:
        # An "and" between nouns ("who stepped down as president and chief executive in March") leaves the
        # verb before it: read the clause back to the harder break.
        lo = hard + 1 if hard >= 0 else start
        if _MODAL.search(t[lo:s]):
            return False
        for verb in _PAST_VERB_RE.finditer(t, lo, s):
            if not _DETERMINER_BEFORE.search(t[lo:verb.start()]):
                last = verb
    if last is None or _NOT_FINITE_BEFORE.search(t[lo:last.start()]) and not _implicative_passive(t, lo, last.start()):
        return False  # none, or a participle of a present passive or conditional ("would be held on April 24",
        # "when the case is heard in May")
    # "announced an agreement to acquire it in January", "effective Feb. 1": the date is the later act's.
    if _TARGET_BEFORE.search(t[last.end():s]):
        return False  # "postponed to Aug. 10", "rescheduled for May": a target date
    # "declared a dividend payable Dec. 1", "said it is calling for the redemption on Dec. 7": the date is
    # a later act's, or the clause turned to the present. (A change "from a fiscal year to a calendar year"
    # names no later act.)
    rest = _FROM_TO.sub(" ", t[last.end():s])
    if (to_verb := _TO_INFINITIVE.match(rest)) is not None and implicative(last[0]):
        rest = rest[to_verb.end():]  # "had to be reintroduced in the fall": the act the verb says was done then
    return _LATER_ACT.search(rest) is None


# "to" and a verb right after a past verb: the infinitive `implicative` reads.
_TO_INFINITIVE = re.compile(r"\s+to\s+[a-z]+\b")
# Implicative verbs: their past says the infinitive's act was done, at their own time ("had to close in March",
# "managed to finish in August", "failed to pay in May", "was forced to sell in June"), where another verb's
# infinitive may be a later act ("agreed to meet in June", "decided to sell in August"). A closed class of English
# verbs (Karttunen's implicatives and the passives of compulsion), by lemma.
_IMPLICATIVE_LEMMAS = frozenset({"have", "manage", "fail", "force", "compel", "oblige", "neglect", "happen"})


# The past verb and "to be" (or "to have been") before a participle: "had to be reintroduced".
_TO_BE_BEFORE = re.compile(r"\b([a-z]+)\s+to\s+(?:be|have\s+been)\s+$")


def _implicative_passive(t: str, lo: int, at: int) -> bool:
    """Is the participle at `at` a passive infinitive of a past implicative ("had to be reintroduced in the fall",
    "managed to be back by May")? It was done then, as the implicative says."""
    m = _TO_BE_BEFORE.search(t, lo, at)
    return m is not None and _PAST_VERB_RE.fullmatch(m[1]) is not None and implicative(m[1])


def implicative(verb: str) -> bool:
    """Is the past form `verb` an implicative's (`_IMPLICATIVE_LEMMAS`)?"""
    return not _IMPLICATIVE_LEMMAS.isdisjoint(_grammar().verb_lemmas(verb.lower()))


_DIGITS = re.compile(r"\d+")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _date(year: int, month: int, day: int) -> dt.date | None:
    """The calendar day, or None where there is none ("February 30", "13/45/2020")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A participle after a form of "be" or "have" ("will be named", "is scheduled", "has been delayed") is not a past
# tense; nor is an adjective after a determiner ("the planned merger").
_PARTICIPLE_BEFORE = re.compile(r"\b(?:is|are|am|be|been|being|was|were|has|have|had|'s|'re|the|a|an|its|their|his|"
                                r"her)\s+(?:(?P<adverb>[a-z]+ly)\s+)?$", re.I)


def _participle_before(t: str, lo: int, at: int) -> bool:
    """Does an auxiliary or a determiner right before `at` (past an adverb) make the word there a participle or
    an adjective ("was seized", "the newly elected")? The adverb is one by the tagger's lexicon, not any word in
    -ly: "the assembly said Friday" is a noun and its past verb, not "the [adverb] said"."""
    m = _PARTICIPLE_BEFORE.search(t, lo, at)
    return m is not None and (m["adverb"] is None or _grammar().lexicon_tag(m["adverb"].lower()) == "RB")


# Before a word spelled like its past ("cut"), what makes it an infinitive or a base form ("to cut", "will cut") or
# a noun ("a rate cut", "the big hit") instead. (`_PARTICIPLE_BEFORE` tells participles and adjectives.)
_BASE_BEFORE = re.compile(r"\b(?:to|will|would|shall|should|can|could|may|might|must|did|does|do|not)\s+$", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|this|that|any|no)\s+(?:[a-z][a-z-]*\s+)?$", re.I)
_WORD = re.compile(r"\b[a-z]+\b")  # (a capitalised word is a name: "the United States")


def _past_verb_between(ctx: _Ctx, floor: int, lo: int, s: int) -> bool:
    """Does a past tense stand in t[lo:s], between a future cue (from `floor`) and the date? Then that verb
    governs the date ("the company, which will report next week, said sales rose in December"; "expects sales
    that slumped in December to recover"; "which is expected to raise rates, cut them in December").
    Participles ("will be named") are not; nor is a verb spelled like its past ("cut", "hit") as a base form
    ("to cut") or a noun ("a rate cut"), or where the tagger's lexicon takes it for a noun first ("cost")."""
    t = ctx.text
    for word in _WORD.finditer(t, lo, s):
        w = word[0]
        before = max(floor, word.start() - 24)
        if _PAST_VERB_RE.fullmatch(w) is not None:
            if not _participle_before(t, before, word.start()):
                return True
        elif len(w) >= 3 and _past_like_base(w) and _grammar().lexicon_tag(w) in _VERB_TAGS and \
                not _participle_before(t, before, word.start()) and \
                _BASE_BEFORE.search(t, before, word.start()) is None and \
                _NOUN_BEFORE.search(t, before, word.start()) is None:
            return True
    return False


_VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ"})


# The word before a month and day that says which side of the reference the day is on.
_STEPPED_DAY = {"last": -1, "past": -1, "next": 1, "coming": 1}


def _stepped_month_day(ref: dt.date, month: int, day: int, step: int) -> dt.date | None:
    """The latest day `month`/`day` before `ref` (step -1) or the first after it (+1); None where no such day
    falls in the year on either side (February 29 away from leap years)."""
    for year in (ref.year, ref.year + step):
        d = _date(year, month, day)
        if d is not None and (d - ref).days * step > 0:
            return d
    return None


def _resolve_month_day(ctx: _Ctx, s: int, e: int, month: int, day: int | None) -> dt.date | None:
    """Year for a month (and day) given without one: the occurrence nearest the reference, nudged
    forward in future-tense clauses."""
    ref = ctx.ref
    if ref is None:
        return None
    d = day or 1
    best = None
    if day is not None and _set_for_ahead(ctx.text, max(0, s - 90), s):
        # "set a trial date of November 3", "with an effective date of January 1": the day the thing is set for,
        # the next such day (the nearest one may be past: a nudge toward the future is not enough)
        for y in (ref.year, ref.year + 1):
            cand = _date(y, month, d)
            if cand is not None and cand >= ref:
                return cand
    fut = _future(ctx, s, e)
    if fut == _AHEAD and (anchor := _sentence_anchor(ctx, s)) is not None and anchor.first < ref \
            and _plan_of_past_clause(ctx, s, e):
        # a goal a dated past clause set ("In February the council voted to keep the bridge closed until April
        # 4"): the next such date after that clause's time
        start = anchor.first
        for y in (start.year, start.year + 1):
            cand = _date(y, month, d if day is not None else 1)
            if cand is not None and (cand >= start if day is not None else (cand.year, cand.month) >=
                                     (start.year, start.month)):
                return cand
    told = 0 if fut else (_P_NARRATED - _P[2] if _narrated_past(ctx, s, e) else 0)
    period = _PERIOD_OF.search(ctx.text, max(0, s - 30), s) if fut else None
    if period is not None and period["noun"].lower().rstrip("s") in _PART_OF_TIME:
        period = None  # "the first week of December", "the second half of December": the month itself
    present_alone = fut == _PRESENT and day is None and not _present_verb_object_before(ctx.text, max(0, s - 48), s)
    back = (_P[1] if period is not None or fut == _WEAK else
            _P_PRESENT if present_alone and s < ctx.head_end else
            _P_FUTURE if day is None else _P_FUTURE_DAY) if fut else 0
    # the body's present alone: a schedule, but the month just gone keeps the moderate pull (`_P_PRESENT`)
    last_month_back = _P_PRESENT if present_alone and s >= ctx.head_end else back
    for y in (ref.year - 1, ref.year, ref.year + 1):
        cand = _date(y, month, min(d, 28) if day is None else d)
        if cand is None:
            continue
        if day is None:
            cand = cand.replace(day=1)
            ref_m = ref.replace(day=1)
            diff = (cand.year - ref_m.year) * 12 + cand.month - ref_m.month
            cost = abs(diff) + (_P[0] if y != ref.year else 0) + \
                ((last_month_back if diff == -1 else back) if diff < 0 else 0) + \
                (_P[2] + told if diff > 0 and not fut else 0)
        else:
            diff = (cand - ref).days
            cost = abs(diff) + 30 * ((_P[0] if y != ref.year else 0) + (back if diff < 0 else 0) +
                                     (_P[2] + told if diff > 0 and not fut else 0))
        if best is None or cost < best[0]:
            best = (cost, cand)
    return best[1] if best else None


def _weekday_date(ctx: _Ctx, s: int, e: int, wd: int, which: str = "") -> dt.date | None:
    ref = ctx.ref
    if ref is None:
        return None
    delta = wd - ref.weekday()
    which = which.lower()
    if which in ("next", "this coming", "coming", "the following", "following"):
        if which in ("the following", "following") and ctx.anchor is not None:
            base = ctx.anchor
            return cal.add_days(base, (wd - base.weekday()) % 7 or 7)
        return cal.add_days(ref, delta % 7 or 7)
    if which in ("last", "this past", "past", "the previous", "previous"):
        if which in ("the previous", "previous") and ctx.anchor is not None:
            base = ctx.anchor
            return cal.add_days(base, -((base.weekday() - wd) % 7 or 7))
        return cal.add_days(ref, -((-delta) % 7 or 7))
    if delta == 0:
        return ref
    if _DEADLINE_NOUN_AFTER.match(ctx.text, e) is not None and _deadline_in_present_frame(ctx, s, e):
        # a weekday naming a deadline ("The talks face a Friday deadline", "Monday's deadline looms"): a limit
        # still to meet, the coming one (not when told in the past: "missed a Friday deadline")
        return cal.add_days(ref, delta % 7)
    if _called_off_after(ctx, s, e):
        # "The paper scheduled to be held on Wednesday has been cancelled": a happening whose calling off is today's
        # news, just gone or still to come: the nearer of the two (the coming one on a tie)
        ahead, back = delta % 7, (-delta) % 7
        return cal.add_days(ref, ahead if ahead <= back else -back)
    if _future(ctx, s, e) in (_AHEAD, _PRESENT) and not _weekday_goal_moved_in_a_past_year(ctx, s, e):
        return cal.add_days(ref, delta % 7)
    return cal.add_days(ref, -((-delta) % 7))


# A happening's calling off told in the present perfect, the finite verb of the sentence after the weekday that dates
# the happening ("scheduled to be held on Wednesday at 2 p.m. has been cancelled", "The concert, planned for Friday,
# has been called off").
_CALLED_OFF = re.compile(r"\b(?:has|have)[ \t]+(?:now[ \t]+|also[ \t]+)?been[ \t]+(?:postponed|cancell?ed|called[ \t]+off|"
                         r"scrapped|abandoned|rained[ \t]+out|put[ \t]+off|deferred)\b", re.I)
_CALLED_OFF_REACH = 80  # characters after the weekday, within its sentence
_MODAL_OR_FINITE_FUTURE = re.compile(r"\b(?:will|would|shall|is|are|was|were|'ll)\b", re.I)


def _called_off_after(ctx: _Ctx, s: int, e: int) -> bool:
    """Is the weekday at t[s:e] the day of a happening the rest of its sentence says has been called off (`_CALLED_OFF`,
    the sentence's first finite verb after the weekday), the weekday in a phrase with no finite verb of its own before
    it ("The match, scheduled for Saturday, has been postponed"; not "The match will be played on Saturday after the
    first one has been postponed")? The perfect tells the calling off, not whether the day is ahead or gone."""
    t = ctx.text
    hi = min(len(t), e + _CALLED_OFF_REACH)
    if not _may_hold_low(ctx, e, hi, ("been",)):
        return False
    off = _CALLED_OFF.search(t, e, _sentence_end_before(t, e, hi))  # ("at 2 p.m. has been cancelled": one sentence)
    if off is None or _MODAL_OR_FINITE_FUTURE.search(t, e, off.start()) is not None:
        return False
    lo = _sentence_start_after(t, max(0, s - 90), s)
    if _MODAL_OR_FINITE_FUTURE.search(t, lo, s) is None and _PAST_VERB_RE.search(t, lo, s) is None:
        return True  # no verb before the date: "The Wednesday concert has been called off"
    plan = None
    for plan in _PLAN_PARTICIPLE.finditer(t, lo, s):
        pass  # (the last one)
    if plan is None or _MODAL_OR_FINITE_FUTURE.search(t, plan.end(), s) is not None:
        return False
    # a reduced relative: the participle right after its noun ("the paper scheduled to be held at 2 p.m. on",
    # "the concert, planned for"), with no tense of its own
    return _grammar().lexicon_tag(plan["noun"].lower()) in _NOUN_TAGS


_PLAN_PARTICIPLE = re.compile(r"\b(?P<noun>[A-Za-z]+),?[ \t]+(?:scheduled|planned|slated|timed|set|due)[ \t]+(?:to|for)\b")


# A deadline's noun right after a weekday that modifies it ("a Friday deadline", "Monday's cut-off", "a Sunday
# target date"; the possessive's "'s" may be outside the weekday's text).
_DEADLINE_NOUN_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:deadline|cut-?off|ultimatum|target\s+date|due\s+date)s?\b",
                                  re.IGNORECASE)


_PRESENT_FRAME_TAGS = frozenset({"VBZ", "VBP", "VB", "MD"})
_DEADLINE_SENTENCE_REACH = 250  # characters back to the sentence's start, for a past verb a participle hangs on


def _deadline_in_present_frame(ctx: _Ctx, s: int, e: int) -> bool:
    """Is the deadline the weekday at t[s:e] names told in a present or future frame: its clause's verb
    (`_clause_verb_tag`) a present, a modal or a base form ("face a Friday deadline", "will meet ahead of"), or a
    participle or no verb the lexicon knows ("with a Sunday cut-off approaching") in a sentence no past verb tells
    ("completed its offer, with holders tendering their shares by the Tuesday deadline" is narrated)?"""
    verb = _clause_verb(ctx, s, e)
    tag = None if verb is None else verb[1]
    if tag in _PRESENT_FRAME_TAGS:
        return True
    if tag in ("VBD", "VBN"):
        # told in the past: the coming one only when the past act is the one that set the deadline, today's news
        # ("The union set a Friday deadline", "gave rebels a Friday ultimatum"); an act on a deadline already
        # set ("missed a Friday deadline") keeps the last one
        return verb[0].end() <= s and _sets_the_deadline(ctx, verb[0], s)
    if tag is not None and tag != "VBG":
        return False  # (no verb the lexicon knows first as one, "The talks face a Friday deadline": as a participle)
    t = ctx.text
    lo = _sentence_start_after(t, max(0, s - _DEADLINE_SENTENCE_REACH), s)
    return _PAST_VERB_RE.search(t, lo, s) is None


# Between a giving verb and its direct object, the indirect object: a pronoun, or a noun phrase of up to four words
# ("gave them a", "handed the union a", "gave Hamas and its allies a"); then the deadline's determiner.
_INDIRECT_OBJECT_THEN_DETERMINER = re.compile(
    r"[ \t]+(?P<object>(?:[A-Za-z][\w'\u2019-]*[ \t]+){1,4}?)(?:a|an|the|its|their|his|her|our)[ \t]+$")
_OBJECT_HEAD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_PASSIVE_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get|gets)[ \t]+(?:[a-z]+ly[ \t]+)?$",
                                       re.I)
# The verbs (lemmas) that lay down a limit or a demand on others, besides those that set a thing's time: "issued a
# Tuesday deadline", "imposed a Monday cut-off", "delivered a Friday ultimatum" (the limit is ahead of the telling).
_LIMIT_LAYING_LEMMAS = frozenset({"issue", "impose", "establish", "declare", "deliver", "lay", "give", "send"})
_DETERMINER_RIGHT_AFTER = re.compile(r"[ \t]+(?:(?:a|an|the|its|their|his|her|our)[ \t]+)?$", re.I)  # (or none: "set Friday's")
_HAD_BEFORE = re.compile(r"\bhad[ \t]+(?:[a-z]+ly[ \t]+)?$", re.I)


def _sets_the_deadline(ctx: _Ctx, verb: re.Match[str], s: int) -> bool:
    """Does the past verb `verb`, before the weekday at t[s] that names a deadline, set or give that deadline
    rather than act on one already set? By the grammar of giving: an indirect object between the verb and the
    deadline's noun phrase ("gave rebels a Friday ultimatum", "handed the union a Monday deadline"), or a passive
    that keeps its object ("the union was given a Friday deadline", a giving verb's); or by the verb: a verb that
    sets a thing's time (`_TIME_SETTING_LEMMAS`: "set a Friday deadline", "announced a Monday cut-off"). A past
    perfect ("had set a Friday deadline") narrates: the last one."""
    t = ctx.text
    if _HAD_BEFORE.search(t, max(0, verb.start() - 16), verb.start()) is not None:
        return False
    between = t[verb.end():s]
    if _DETERMINER_RIGHT_AFTER.fullmatch(between) is not None:
        if _PASSIVE_AUXILIARY_BEFORE.search(t, max(0, verb.start() - 24), verb.start()) is not None:
            return True  # "was given a Friday deadline": a passive with an object left is a giving verb's
        return any(lemma in _TIME_SETTING_LEMMAS or lemma in _LIMIT_LAYING_LEMMAS
                   for lemma in _grammar().verb_lemmas(verb[0]))
    given = _INDIRECT_OBJECT_THEN_DETERMINER.fullmatch(between)
    if given is None:
        return False
    words = given["object"].split()
    lexicon_tag = _grammar().lexicon_tag
    # the indirect object's last word its head: a noun or a pronoun, not a verb, preposition or particle
    # ("missed, by a week, the Friday deadline" has none)
    return lexicon_tag(words[-1]) in _OBJECT_HEAD_TAGS or words[-1][:1].isupper() and \
        all(lexicon_tag(w) in _OBJECT_HEAD_TAGS or w[:1].isupper() or lexicon_tag(w) in ("DT", "CC", "JJ")
            for w in words)


def _weekday_goal_moved_in_a_past_year(ctx: _Ctx, s: int, e: int) -> bool:
    """Is the weekday at t[s:e] the goal of a rescheduling verb (`rescheduling_goal_word`) told in the past in a
    clause an earlier year frames ("Last year's festival was postponed until Sunday")? Its new time was then, not the
    coming one. (A month's day has the clause's time to count from, `_plan_of_past_clause`: "In 2019 the council
    postponed the vote until May 4" is 2019's; a weekday has none, so it takes the default, past reading.)"""
    t = ctx.text
    lo = max(0, s - 90)
    dot = _clause_break(t, lo, s)
    if dot >= 0:
        lo = dot + 1
    return rescheduling_goal_word(t, lo, s, e) is not None and _moved_in_a_past_year(ctx, lo, lo, s)


_TIME_OF_NAMED_DAY = re.compile(r",?\s+(?:at\s+)?", re.I)  # between a day and its hour: "Saturday at 8 p.m."
# how many days before the reference a past day may be and still be the one "earlier in the evening" is on after a
# day to come took the focus: a week, the reach of a bare weekday ("on Monday", "last night")
_PAST_DAY_REACH = 7
_EARLIER_IN = re.compile(r"\b(?:earlier|later)\s+(?:in|during|on)\s+$", re.I)


def _day_in_focus(ctx: _Ctx, s: int, e: int, back: bool = False) -> dt.date | None:
    """The day a time of day without its own day is on ("shortly after 2pm", "earlier in the evening"): the day in
    focus, the last one the text named, or the publication day. A day gone cannot be that of a happening still to
    come, nor a day still to come that of a past
    happening ("He will appear before a judge on Friday. The planes landed shortly after 2pm"): when the focus is
    after the publication day and the clause's own verb is a past one, not a future, the time is on the
    publication day (`_clause_verb_is_past`: a past reporting verb of another clause decides nothing)."""
    day = ctx.anchor or ctx.ref
    if day is not None and ctx.ref is not None and day < ctx.ref and _future(ctx, s, e, ahead_only=True) == _AHEAD:
        # the converse: a day gone cannot be that of a happening still to come ("A memorial service will be held
        # Monday. He died on June 3. The service will take place at 1 p.m."): the time is on the last day named
        # that is not gone, or the publication day
        return ctx.coming_day or ctx.ref
    if day is None or ctx.ref is None or day <= ctx.ref:
        return day
    if ctx.out and ctx.out[-1].first == day and _TIME_OF_NAMED_DAY.fullmatch(ctx.text, ctx.out[-1].end, s):
        return day  # the hour of the day just named ("extended through Saturday at 8 p.m."): that day's
    if _future(ctx, s, e) is None and _clause_verb_is_past(ctx, s, e):
        # `back` ("earlier in the evening": a part of a day the story already told) is on the last day named
        # that was not still to come, when recent ("approved the budget last night … will rise on April 1 … The amendment
        # was defeated earlier in the evening"), not on the publication day
        return ctx.past_day if back and ctx.past_day is not None else ctx.ref
    return day


def _clause_verb_is_past(ctx: _Ctx, s: int, e: int) -> bool:
    """Is the verb of the clause of the time at t[s:e] a past one (by the tagger's lexicon)? Its verb is the last
    one before the time in its clause ("Delegates said they expected talks to begin at 9am": "begin", not the
    reporting verb; "were released at 3am": "released"), or, when the time opens the clause ("Shortly after 2pm,
    the planes landed"), the first one after it. (At most 90 characters either way.)"""
    return _clause_verb_tag(ctx, s, e) in ("VBD", "VBN")


def _clause_verb_tag(ctx: _Ctx, s: int, e: int) -> str | None:
    """The lexicon's tag of the verb of the clause of the time at t[s:e] (`_clause_verb_is_past`), None for none."""
    verb = _clause_verb(ctx, s, e)
    return None if verb is None else verb[1]


def _clause_verb(ctx: _Ctx, s: int, e: int) -> tuple[re.Match[str], str] | None:
    """The verb of the clause of the time at t[s:e] (`_clause_verb_is_past`) and the lexicon's tag of it, None for
    none."""
    t = ctx.text
    lo = max(0, s - 90)
    dot = _clause_break(t, lo, s)
    if dot >= 0:
        lo = dot + 1
    lexicon_tag = _grammar().lexicon_tag
    last = None
    for word in _WORD.finditer(t, lo, s):
        tag = lexicon_tag(word[0])
        if tag is not None and tag in _VERB_TAGS:
            last = (word, tag)
    if last is None:
        hi = min(len(t), e + 90)
        stop = min((i for i in (t.find(". ", e, hi), t.find("; ", e, hi), t.find("\n", e, hi)) if i >= 0), default=hi)
        last = next(((word, tag) for word in _WORD.finditer(t, e, stop)
                     if (tag := lexicon_tag(word[0])) is not None and tag in _VERB_TAGS), None)
    return last


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


# ---------------------------------------------------------------------------------------------
# Handlers. Each gets (ctx, m) with m the rule's own match and returns TimeExpressions or None.
# ---------------------------------------------------------------------------------------------
def _h_iso(ctx, m):
    s, e = m.span()
    d = _date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        hh, mi = int(m["hh"]), int(m["mi"])
        if hh > 24 or mi > 59:
            return None
        ctx.anchor = d
        return [_te(ctx, s, e, TIME, f"{d.isoformat()}T{hh:02d}:{mi:02d}", first=d)]
    ctx.anchor = d
    return [_te(ctx, s, e, DATE, "", cal.DAY, d)]


def _h_slash(ctx, m):
    s, e = m.span()
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    yy = int(y)
    if len(y) == 2:
        yy += 1900 if yy > 30 else 2000
    mo, d = (a, b) if a <= 12 else (b, a)
    if numeric_dates.ambiguous(a, b):
        # "12/03/2021": the order the text shows elsewhere (another numeric date with a day above 12, its spelled
        # dates' order), else month first
        if ctx.day_first is None:
            ctx.day_first = [numeric_dates.day_first(ctx.text)]
        if ctx.day_first[0]:
            mo, d = b, a
    return _numeric_day(ctx, s, e, yy, mo, d)


def _h_dotted(ctx, m):
    """A numeric date written with dots and a four-digit year ("03.08.2023", "3.8.2023"): the day first, as every
    convention that writes dates with dots has it (`numeric_dates.dots_show_order`); month first only when the second
    number cannot be a month ("08.25.2023")."""
    a, b = int(m["a"]), int(m["b"])
    d, mo = (a, b) if b <= 12 else (b, a)
    return _numeric_day(ctx, *m.span(), int(m["y"]), mo, d)


def _numeric_day(ctx, s: int, e: int, year: int, month: int, day: int):
    """The day a numeric date names, once its order is read (`_h_slash`, `_h_dotted`); None for no such day."""
    date = _date(year, month, day)
    if date is None:
        return None
    ctx.anchor = date
    return [_te(ctx, s, e, DATE, "", cal.DAY, date)]


# A clock time's equivalent in another zone, in brackets, then a day ("2:15 a.m. (0115 GMT) Sunday", "10 p.m. EST
# (0300 GMT) on Saturday", "(0115 GMT) on March 8", "(2300 GMT) 4 May 2024"): the day is the clock time's.
_CONVERTED_ZONE_THEN_DAY = re.compile(
    rf"[^\S\n]*\(\s*\d{{1,2}}[:.]?\d\d(?:\s*[ap]\.?m\.?)?\s*(?:{_ZONE}|[ECMP]T)\s*\),?[^\S\n]+(?:on\s+)?"
    rf"(?:{_WD},?[^\S\n]+)?"
    rf"(?:(?P<dayword>today|yesterday|tomorrow|tonight)|(?P<wd>{_WD})|"
    rf"(?P<mon>{_MON})[^\S\n]*(?P<md>{_DAYN})(?:,?[^\S\n]+(?P<my>{_YR}))?|"
    rf"(?P<dm>{_DAYN})[^\S\n]+(?:of[^\S\n]+)?(?P<dmon>{_MON})(?:,?[^\S\n]+(?P<dy>{_YR}))?)\b", re.IGNORECASE)


_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:at|by|until|from|to|around|about|before|after)\s+$", re.I)


def _clock_month_day(ctx: _Ctx, s: int, e: int, mon: str, md: str, year: str | None) -> tuple[dt.date | None, bool]:
    """The day a clock time's month and day name, and whether it was worked out from the context (no year written):
    (None, False) for an impossible written date."""
    month, dd = MONTHS[mon.lower().rstrip(".")], int(_DIGITS.match(md)[0])
    if year:
        return _date(int(year), month, dd), False
    return _resolve_month_day(ctx, s, e, month, dd), True


def _h_time(ctx, m):
    s, e = m.span()
    clock = m["clock"].lower()
    hh = mi = None
    if clock.startswith("noon") or clock.startswith("midday"):
        if re.search(r"\bhigh\s+$", ctx.text[max(0, s - 6):s], re.I):
            return None  # "high noon": the idiom (or the film)
        hh, mi = 12, 0
    elif clock.startswith("midnight"):
        hh, mi = 24, 0
    elif len(clock) == 4 and clock.isdigit():
        if not _TIME_PREPOSITION_BEFORE.search(ctx.text, max(0, s - 12), s):
            # "(1400 GMT)" after another clock time: its equivalent; "0915 GMT:" a live blog's heading, `_stamp`'s
            # (this rule, tried first at the position, answers for it; no year rule takes four digits in a zone)
            return _stamp(ctx, s, s + 4)
        hh, mi = int(clock[:2]), int(clock[2:])
    else:
        cm = re.match(r"(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m|p\.?m|o'clock)?", clock)
        hh, mi = int(cm[1]), int(cm[2] or 0)
        ap = (cm[3] or "").replace(".", "")
        if hh > 24 or mi > 59:
            return None
        if not ap and not m["tz"] and not _TIME_PREPOSITION_BEFORE.search(ctx.text, max(0, s - 12), s):
            return None
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
        if ap == "am" and hh > 12:
            return None
    day = None
    rel = False
    if m["dayword"]:
        w = m["dayword"].lower()
        if ctx.ref is not None:
            rel = True
            day = cal.add_days(ctx.ref, DAY_WORDS[w])
    elif m["wd"] and (m["mon"] or m["wmon"]):
        # "2pm on Thursday 26 December", "at 9 a.m. on Friday, July 28, 2017": the date the weekday names is
        # written out, so it is that date (the weekday alone would be read as the nearest Thursday)
        mon, md = (m["mon"], m["md"]) if m["mon"] else (m["wmon"], m["wmd"])
        day, rel = _clock_month_day(ctx, s, e, mon, md, m["wy"])
        if day is None and m["wy"]:
            return None
    elif m["wd"]:
        day = _weekday_date(ctx, s, e, WEEKDAYS[m["wd"].lower()])
        rel = day is not None
    elif m["mon"]:
        day, rel = _clock_month_day(ctx, s, e, m["mon"], m["md"], m["my"])
        if day is None and m["my"]:
            return None
    elif (converted := _CONVERTED_ZONE_THEN_DAY.match(ctx.text, e)) is not None and ctx.ref is not None:
        # the time's day after its time in another zone, in brackets ("at 2:15 a.m. (0115 GMT) Sunday"): the
        # bracket parts the phrase, not the day from its time
        if converted["dayword"]:
            day = cal.add_days(ctx.ref, DAY_WORDS[converted["dayword"].lower()])
        elif converted["wd"]:
            day = _weekday_date(ctx, converted.start("wd"), converted.end("wd"), WEEKDAYS[converted["wd"].lower()])
        else:  # a month's day, its year written or the nearest one, as the date itself reads ("on March 8")
            mon, md, year = ("mon", "md", "my") if converted["mon"] else ("dmon", "dm", "dy")
            month, dd = MONTHS[converted[mon].lower().rstrip(".")], int(_DIGITS.match(converted[md])[0])
            day = _date(int(converted[year]), month, dd) if converted[year] else \
                _resolve_month_day(ctx, converted.start(mon), converted.end(), month, dd)
        rel = day is not None
    elif ctx.ref is not None:
        day = _day_in_focus(ctx, s, e)  # a bare clock time is on the day in focus
        rel = True
    mod = "APPROX" if m["approx"] else ""
    tail = f"T{hh:02d}:{mi:02d}"
    if day is None:
        return [_te(ctx, s, e, TIME, "XXXX-XX-XX" + tail, mod=mod)]
    if m["dayword"] or m["wd"] or m["mon"]:
        ctx.anchor = day  # "at 3:42 a.m. on Friday … the following day"
    return [_te(ctx, s, e, TIME, day.isoformat() + tail, first=day, mod=mod, relative=rel)]


def _h_monthday(ctx, m):
    """[weekday,] Month day[, year] | [weekday,] day Month [year] | Month [of] year | mod Month."""
    s, e = m.span()
    text = ctx.text
    mon_tok = m["mon"]
    month = MONTHS[mon_tok.lower().rstrip(".")]
    mon_word = mon_tok.rstrip(".")
    if not _is_cap(mon_word) and not ctx.upper:
        return None
    day = m["day"]
    yr = m["yr"] or m["yr2"] or m.groupdict().get("yrfar")  # (weekof hands its match too: no yrfar there)
    rel_year = m["relyear"]
    pre = (m["pre"] or "").strip()
    if not day and not yr and not rel_year:
        om = _ORD_DAY.match(text, e)  # "March eighth", "June twenty-first" (transcripts)
        if om is not None:
            day, e = str(ORDINALS[" ".join(om[1].lower().replace("-", " ").split())]), om.end()
    if day:
        dd = int(_DIGITS.match(day)[0])
        if yr:
            y = int(yr) if len(yr) == 4 else 1900 + int(yr[1:]) if int(yr[1:]) > 30 else 2000 + int(yr[1:])
            d = _date(y, month, dd)
            if d is None:
                return None
            ctx.anchor = d
            return [_te(ctx, s, e, DATE, "", cal.DAY, d, _mod_of(pre))]
        if rel_year and ctx.ref is not None:  # "on June 3 next year", "March 12 of last year"
            off = {"last": -1, "this": 0, "next": 1}[rel_year.lower().split()[0]]
            d = _date(ctx.ref.year + off, month, dd)
            if d is None:
                return None
            ctx.anchor = d
            return [_te(ctx, s, e, DATE, "", cal.DAY, d, _mod_of(pre), relative=True)]
        if m["wd"] and ctx.ref is not None:
            # a weekday fixes the year: pick the nearest year whose date falls on it
            wd = WEEKDAYS[m["wd"].lower()]
            for y in (ctx.ref.year, ctx.ref.year - 1, ctx.ref.year + 1):
                d = _date(y, month, dd)
                if d is not None and d.weekday() == wd:
                    ctx.anchor = d
                    return [_te(ctx, s, e, DATE, "", cal.DAY, d, relative=True)]
        if (step := _STEPPED_DAY.get(pre.lower().split()[-1] if pre else "")) is not None and ctx.ref is not None \
                and (d := _stepped_month_day(ctx.ref, month, dd, step)) is not None:
            # "last October 12": the latest such day before the reference, whatever the clause's tense ("who is
            # charged with planting the bomb ... last October 12"); "next March 3": the first after it
            ctx.anchor = d
            return [_te(ctx, s, e, DATE, "", cal.DAY, d, relative=True)] + _and_day(ctx, e, d)
        if pre.lower().endswith("since") and ctx.ref is not None:
            # "since April 5": a start already reached, the latest such day on or before the reference
            d = _date(ctx.ref.year, month, dd)
            if d is None or d > ctx.ref:
                d = _date(ctx.ref.year - 1, month, dd)
        else:
            told = _of_told_year(ctx, e)
            if told is not None and told[0] is None:  # "of that year" with no year told: which year is unknown
                return [_te(ctx, s, told[1], DATE, f"XXXX-{month:02d}-{dd:02d}", mod=_mod_of(pre))]
            if told is not None:  # "on Sept. 3 of that year": a day of the year the text last told
                d = _date(told[0], month, dd)
                if d is not None:
                    ctx.anchor = d
                    return [_te(ctx, s, told[1], DATE, "", cal.DAY, d, _mod_of(pre), relative=True)]
            framing = _framing_year(ctx, s, e) if not pre else None
            d = _date(framing, month, dd) if framing is not None else _resolve_month_day(ctx, s, e, month, dd)
        if d is None:
            if _date(2000, month, dd) is None:  # a leap year: "February 29" exists
                return None
            return [_te(ctx, s, e, DATE, f"XXXX-{month:02d}-{dd:02d}", mod=_mod_of(pre))]
        ctx.anchor = d
        return [_te(ctx, s, e, DATE, "", cal.DAY, d, _mod_of(pre), relative=True)] + _and_day(ctx, e, d)
    # month without a day
    mod = _mod_of(pre)
    which = pre.lower().split()[-1] if pre else ""
    if which in ("early", "late", "mid") and _SINCE_BEFORE.search(text, max(0, s - 8), s) is not None:
        which = "since"  # "Since early January, we have ...": a start already reached, as "since January" is
    if yr:
        y = int(yr) if len(yr) == 4 else (1900 + int(yr[1:]) if int(yr[1:]) > 30 else 2000 + int(yr[1:]))
        return [_te(ctx, s, e, DATE, "", cal.MONTH, cal.date(y, month, 1), mod)]
    sp = _spelled_year_after(ctx, e)
    if sp is not None:  # "January nineteen ninety-seven" (broadcast transcripts)
        return [_te(ctx, s, sp[1], DATE, "", cal.MONTH, cal.date(sp[0], month, 1), mod)]
    if rel_year and ctx.ref is not None:
        off = {"last": -1, "this": 0, "next": 1}[rel_year.lower().split()[0]]
        return [_te(ctx, s, e, DATE, "", cal.MONTH, cal.date(ctx.ref.year + off, month, 1), mod,
                    relative=True)]
    if rel_year:
        return [_te(ctx, s, e, DATE, f"XXXX-{month:02d}", mod=mod)]
    if not pre and len(mon_word) <= 4 and mon_word.lower() not in ("may", "june", "july") and \
            not mon_tok.endswith("."):
        return None  # "Jan Kavan", "Dec" without a day or year
    # bare month name: "may"/"march" are verbs too, and "May" is a name: want a date word before
    if not pre and mon_tok.lower().rstrip(".") in ("may", "march", "jan", "mar", "jun", "sept", "sep", "dec",
                                                   "aug", "jul", "apr", "oct", "nov", "feb"):
        if not re.search(r"\b(?:in|since|from|by|until|till|to|through|of|before|after|during|"
                         r"between|and|or|late|early|mid|last|next|this|that|each|every|"
                         r"for|on|the)\s+$", text[max(0, s - 12):s], re.I):
            return None
        if mon_tok.lower().startswith("may") and re.match(r"\s+(?:be|have|not|also|well|still)\b",
                                                           text[e:e + 8], re.I):
            return None
    if not pre and re.match(r"\s*(?:\d|[A-Z][a-z]+\s+[A-Z])", text[e:e + 4]):
        pass
    if not pre and s > 2 and re.search(r"[A-Z][a-z]+\s+$", text[max(0, s - 20):s]) and \
            not re.search(r"(?:^|[.!?\"\n]\s*)[A-Z][a-z]+\s+$", text[max(0, s - 20):s]) and \
            not re.search(r"\b(?:In|Since|From|By|Until|Through|During|Last|Next|This|Early|Late|Mid)\s+$",
                          text[max(0, s - 12):s]):
        return None  # "Theresa May", "Jean June"
    bound = _bound_year(text, s, e) if not pre else None
    if bound is not None:  # "that January day in 2011": the month of the year its noun phrase names
        return [_te(ctx, s, e, DATE, "", cal.MONTH, cal.date(bound, month, 1), mod)]
    told = _of_told_year(ctx, e) if not pre or which in ("in", "by", "until", "since", "late", "early", "mid") else None
    if told is not None and told[0] is None:  # "of that year" with no year told: which year is unknown
        return [_te(ctx, s, told[1], DATE, f"XXXX-{month:02d}", mod=mod)]
    if told is not None:  # "in September of that year", "in March of the following year"
        return [_te(ctx, s, told[1], DATE, "", cal.MONTH, cal.date(told[0], month, 1), mod, relative=True)]
    if which in ("", "in", "late", "early", "mid", "until", "by", "since", "from", "before", "after") and \
            (framing := _framing_year(ctx, s, e)) is not None:
        return [_te(ctx, s, e, DATE, "", cal.MONTH, cal.date(framing, month, 1), mod, relative=True)]
    if ctx.ref is None:
        return [_te(ctx, s, e, DATE, f"XXXX-{month:02d}", mod=mod)]
    if which in ("last", "past"):
        # "last <month>" is the latest such month wholly before the reference: "last February" is this
        # year's in March or December, last year's in January or February itself (the month of the
        # reference is "this February", so "last" steps a year back)
        y = ctx.ref.year if month < ctx.ref.month else ctx.ref.year - 1
    elif which == "since":  # "since April": a start already reached (this month's counts)
        y = ctx.ref.year if month <= ctx.ref.month else ctx.ref.year - 1
    elif which in ("next", "coming"):
        y = ctx.ref.year if month > ctx.ref.month else ctx.ref.year + 1
    elif which == "this":
        y = ctx.ref.year
    else:
        y = _resolve_month_day(ctx, s, e, month, None).year
    return [_te(ctx, s, e, DATE, "", cal.MONTH, cal.date(y, month, 1), mod, relative=True)]


# A month that modifies a noun ("that January day", "a cold June night", "the May riots") in a noun phrase
# that names its year right after ("… in 2011", "… of 1968") is a month of that year, not of the nearest one.
_BOUND_DET = re.compile(r"\b(?:the|that|a|an|this|those|these|one)\s+(?:[a-z][a-z-]*\s+)?$", re.I)
_BOUND_YEAR = re.compile(rf"((?:\s+(?!(?:is|was|were|are|be|been|has|had|have|did|does|do|will|would|said|says|"
                         rf"and|or|but|when|while|after|before|as|which|that|who|in|of|on|at|to|for|by)\b)"
                         rf"[a-z][a-z-]*){{1,2}})\s+(?:in|of)\s+({_YR})\b(?![-\u2013]\d)")


# A month "of that year": of the year the text last told, or the one after or before it.
_OF_TOLD_YEAR = re.compile(r"\s+of\s+(?:that(?:\s+same)?|the\s+(?P<which>same|following|next|previous|prior|preceding))"
                           r"\s+year\b(?!['\u2019]s)", re.I)  # (not "of the previous year's plan")
_TOLD_YEAR_STEP = {None: 0, "same": 0, "following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1}


# A date phrase that writes its year: a year's digits ("2010", "'98") or the word ("last year", "that year").
_WRITES_YEAR = re.compile(r"\d{4}|['\u2018\u2019]\d\d\b|\byears?\b", re.I)
_NAMES_MONTH = re.compile(rf"\b{_MON}", re.I)
_COUNTS_FROM_NOW = re.compile(r"\b(?:last|next|this|past|coming)\b", re.I)


def _tells_year(t: TimeExpression, told_year: int | None) -> bool:
    """Does the calendar date `t` tell the year an anaphor ("in June of that year", "later that year") refers
    back to? One that writes its year does ("in 2010", "last year"), and so does one counted from the
    publication ("last March", "last week"). A month or day named alone ("March 5", "In June") does when no
    year was told before it: its year is the one nearest the publication, a guess a year told earlier outranks.
    A day's deictic ("Tuesday", "yesterday", "today") tells none."""
    # The answer reads only these three: kept per key, as a text repeats its phrases ("in 2010", "Tuesday").
    key = (t.text, t.precision is Precision.DAY, told_year is None)
    known = _TELLS_YEAR.get(key)
    if known is None:
        if len(_TELLS_YEAR) >= 4096:
            _TELLS_YEAR.clear()
        known = _TELLS_YEAR[key] = _phrase_tells_year(*key)
    return known


_TELLS_YEAR: dict[tuple[str, bool, bool], bool] = {}


def release_caches() -> None:
    """Empty the memos of date phrases' answers (`_TELLS_YEAR`) and of calendar periods (`temporal_calendar.period`):
    the pipeline empties them with the sentence memos once every document has been read (merging reads neither).
    Full (4,096 entries each: their keys, values and the strings and dates only they hold) they were ~0.5 and ~1.2
    MB alive through merging: 1.7 bytes per character of 1 MB of news at the run's highest point."""
    _TELLS_YEAR.clear()
    cal.period.cache_clear()


def _phrase_tells_year(text: str, day: bool, no_year_told: bool) -> bool:
    """`_tells_year` of a date phrase `text`, `day` when its precision is a day."""
    if _WRITES_YEAR.search(text):
        return True
    names_month = _NAMES_MONTH.search(text) is not None
    if day and not names_month:
        return False
    if names_month and not _COUNTS_FROM_NOW.search(text):
        return no_year_told
    return True


# What may come before a year that opens its sentence and frames it: "In 2022 alone, …", "During 1998, …"
_FRAMING_YEAR_BEFORE = re.compile(r"(?:^|[.!?\n][\"'\u201c\u2018)\]]*\s+)[\"'\u201c\u2018]?(?:in|during|throughout)\s+$",
                                  re.I)


def _framing_year(ctx, s: int, e: int) -> int | None:
    """The year of an "In 2022, …" that opens the sentence of the month at t[s:e], with no sentence or clause break
    between ("In 2022 alone, after a dry winter and a heatwave in July, the range lost 4% of its ice"): the month
    is of that year, not of the year nearest the publication. Only a year opening its sentence frames it ("The
    plant, built in 1998, cut jobs in July" is this July), and only a clause that tells that year's past: a plan or
    a schedule told in the present ("In 2023 it shipped two million units, and it expects to ship three million by
    June", `_future`) is of the publication's time."""
    if not ctx.out:
        return None
    t = ctx.out[-1]
    if t.precision is not Precision.YEAR or t.first is None or not t.text.isdigit() or \
            _clause_break(ctx.text, t.end, s) >= 0:
        return None
    if _FRAMING_YEAR_BEFORE.search(ctx.text, max(0, t.start - 16), t.start) is None:
        return None
    if _future(ctx, s, e) in (_AHEAD, _PRESENT) and not _plan_of_past_clause(ctx, s, e) and \
            not _reported_in_past(ctx, t.end, s):
        return None
    return t.first.year


_TURN_AFTER = re.compile(r",?\s+(?:and|but)\s+|,\s+(?:which|who|while)\s+")


def _reported_in_past(ctx, lo: int, s: int) -> bool:
    """Is the clause before t[s] reported by a past reporting verb in t[lo:s] ("In 2022, the council said it expects
    to finish repairs by June")? Its present is the reporting time's: the framing year's. (A past verb that reports
    nothing, or a clause turned after it, "shipped two million units, and it expects ...", leaves the present the
    publication's.)"""
    t = ctx.text
    grammar = _grammar()
    last = None
    for verb in _PAST_VERB_RE.finditer(t, lo, s):
        last = verb
    if last is None or _TURN_AFTER.search(t, last.end(), s) is not None:
        return False
    if grammar.REPORTING_LEMMAS.intersection(grammar.all_lemmas(last[0]).get("VERB", ())):
        return True
    # Any past verb whose object is a clause of a plan or a future ("In 2023 the club announced it will move ... by
    # September", "decided that the pool would close by August"): that plan was the framing year's.
    return _plan_clause_after(t, last.end(), s)


# A clause of a plan or a future right after its verb, its subject first ("announced [that] it will", "ruled the
# merger would"): a pronoun, or a determiner or a name and at most two more words, then the future or plan's verb.
# What opens a clause of a plan or a future after its subject ("will", "would", "is to", "plans to").
_PLAN_CUE = re.compile(r"\s+(?:will|would|shall|(?:is|are)\s+(?:to|due|set|scheduled|expected)|"
                       r"(?:plans?|intends?|aims?|hopes?|expects?)\s+to)\b")
_SUBJECT_WORD = re.compile(r"\s+(?P<word>[A-Za-z][\w'-]*)")
_SUBJECT_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "VBG"})
_SUBJECT_HEAD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})


def _plan_clause_after(t: str, at: int, s: int) -> bool:
    """Does a clause of a plan or a future follow a past verb ending at `at` (before the date at `s`): its subject, a
    pronoun or a noun phrase of at most four words as the lexicon tags them ("it", "the club", "rates", "the new
    tax"), then "will", "would", "plans to" ("decided rates would rise by March")?"""
    lexicon_tag = _grammar().lexicon_tag
    pos = at
    tags: list[str | None] = []
    while len(tags) < 4:
        m = _SUBJECT_WORD.match(t, pos, s)
        if m is None:
            return False
        pos = m.end()
        word = m["word"]
        if not tags and word.lower() == "that":
            continue  # "decided that ..."
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]  # a possessive determines the head: "the firm's depot"
        tag_ = lexicon_tag(word) or lexicon_tag(word.lower()) or ("NNP" if word[:1].isupper() else None)
        tags.append(tag_)
        if _PLAN_CUE.match(t, pos, s) is not None:
            return tags == ["PRP"] or tag_ in _SUBJECT_HEAD_TAGS and all(x in _SUBJECT_TAGS for x in tags[:-1])
        if tag_ not in _SUBJECT_TAGS:
            return False
    return False


def _of_told_year(ctx, e: int) -> tuple[int | None, int] | None:
    """(year, end) of an "of that year" right after offset e, counted from the last date that wrote its year
    ("The case came to light in 2021. Investigators raided the offices in September of that year."); year None
    when the text wrote none before it (a weekday is no year told)."""
    m = _OF_TOLD_YEAR.match(ctx.text, e, e + 40)
    if m is None:
        return None
    if ctx.told_year is None:
        return None, m.end()
    which = m["which"].lower() if m["which"] else None
    return ctx.told_year + _TOLD_YEAR_STEP[which], m.end()


def _bound_year(text: str, s: int, e: int) -> int | None:
    m = _BOUND_YEAR.match(text, e, e + 48)
    if m is None or _BOUND_DET.search(text, max(0, s - 24), s) is None:
        return None
    return int(m[2])


_AND_DAY = re.compile(r"\s+(?:and|or)\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
                      r"(?=\s*(?:[,.;:!?)\]]|$)|\s+(?P<next>[a-z]+)\b)(?![.,]\d)", re.I)
# Words after "April 24 and 25" that end the date's phrase besides a preposition, a subordinator or a conjunction
# (`_AND_DAY_ENDING_TAGS`, by the tagger's lexicon): "to", what opens another date ("this", "next", "last",
# "the") and "respectively"
_AND_DAY_ENDING_WORDS = frozenset({"to", "this", "next", "last", "the", "respectively"})
_AND_DAY_ENDING_TAGS = frozenset({"IN", "WRB", "CC"})  # "in", "after", "unless", "because", "when", "but"


def _and_day(ctx, e, d):
    """'April 24 and 25': the second day number is a date in the same month (when the phrase ends there: a
    punctuation mark, or a word that opens another phrase or clause; not "and 25 people")."""
    m = _AND_DAY.match(ctx.text, e)
    if m is None:
        return []
    nxt = m["next"]
    if nxt is not None:
        nxt = nxt.lower()
        if nxt not in _AND_DAY_ENDING_WORDS and _grammar().lexicon_tag(nxt) not in _AND_DAY_ENDING_TAGS:
            return []
    d2 = _date(d.year, d.month, int(m[1]))
    if d2 is None or d2 <= d:
        return []
    ctx.anchor = d2
    return [_te(ctx, m.start(1), m.end(), DATE, "", cal.DAY, d2, relative=True)]


_ORD_DAY = re.compile(
    r"\s+(?:the\s+)?(twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[\s-]first|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b"
    r"(?=\s*(?:[,.;:!?)\]]|$)|\s+(?:in|at|on|of|and|or|to|for|with|by|when|as|this|next|last|the|that)\b)",
    re.I)
_OF_SEP = re.compile(r"\s+(?:of\s+)?(?=[a-z])", re.I)


def _spelled_year_after(ctx, e):
    """(year, end) of a spelled-out year right after offset e ("[of] nineteen ninety-four")."""
    m = _OF_SEP.match(ctx.text, e)
    if m is None:
        return None
    rm = _RULE_RE["spelledyear"].match(ctx.text, m.end())
    if rm is None:
        return None
    res = _h_spelled_dispatch(ctx, rm)
    return (res[0].first.year, res[0].end) if res else None


_AFTER_MAY_MONTH = re.compile(r"\s*(?:$|[,.;:!?)\]\"”’'–—-]|\d|(?:the|a|an|and|or|but|to|in|at|on|for|with|when|while|"
                              r"after|before|until|from|through|this|that|next|last|as|by|of|he|she|it|they|we)\b)")


def _may_is_month(text: str, e: int) -> bool:
    """"until 31 May, with …", "on 3 May the …": what follows a capitalised "May" after a day number is not the
    verb a modal "may" would take."""
    return text[e - 3:e] == "May" and _AFTER_MAY_MONTH.match(text, e) is not None


def _h_daymonth(ctx, m):
    s, e = m.span()
    mon_tok = m["mon"]
    if not _is_cap(mon_tok) and not ctx.upper:
        return None
    month = MONTHS[mon_tok.lower().rstrip(".")]
    dd = int(_DIGITS.match(m["day"])[0])
    if m["yr"]:
        d = _date(int(m["yr"]), month, dd)
        if d is None:
            return None
        ctx.anchor = d
        return [_te(ctx, s, e, DATE, "", cal.DAY, d)]
    if mon_tok.lower().startswith("may") and not m["of"] and not _may_is_month(ctx.text, e):
        return None
    d = _resolve_month_day(ctx, s, e, month, dd)
    if d is None:
        return [_te(ctx, s, e, DATE, f"XXXX-{month:02d}-{dd:02d}")]
    ctx.anchor = d
    return [_te(ctx, s, e, DATE, "", cal.DAY, d, relative=True)]


def _h_dayofrelmonth(ctx, m):
    """the 14th of last month / of this month / of next month: that day of the month counted from the publication
    day, not the whole month."""
    s, e = m.span()
    which = m["which"].lower()
    if ctx.ref is None:
        return None
    month = cal.add_months(ctx.ref.replace(day=1), {"last": -1, "this": 0, "next": 1}[which])
    d = _date(month.year, month.month, int(_DIGITS.match(m["day"])[0]))
    if d is None:
        return None
    ctx.anchor = d
    return [_te(ctx, s, e, DATE, "", cal.DAY, d, relative=True)]


# Words after "on the 12th" that make the ordinal a noun's ("on the 12th floor", "the 21st century", "the 3rd
# time"): a noun or an adjective by the tagger's lexicon, or a number ("on the 12th 100 metres")
_BARE_DAY_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD"})
_BARE_DAY_NEXT = re.compile(r"\s*(?P<word>[A-Za-z]+)?")


_DEADLINE_WORD_BEFORE = re.compile(r"\b(?:by|before)\s+$", re.I)
_FORWARD_BEFORE = re.compile(r"\b(?:until|till|to|through|by)\s+$", re.I)
# What marks a time earlier than a date named before it in the sentence: the past perfect, "before", "earlier"
# ("the count ended on May 28; ballots had gone out on the 3rd")
_EARLIER_MARK = re.compile(r"\b(?:had|before|earlier|previously)\b", re.I)


def _h_dayofmonth(ctx, m):
    """on the 12th / by the 30th / since the 3rd: a day of the month with no month, not a noun's ordinal ("on the
    12th floor"). Its month is that of a date just named in the paragraph ("began on March 10 and ended on the
    12th"; the next such day for a limit: "from June 28 until the 3rd" is July 3), when that agrees with the
    clause's tense; else the publication's month (the month before when that day is still to come in a past clause;
    the month after when it is past in a future one)."""
    s, e = m.span()
    if ctx.ref is None:
        return None
    word = _BARE_DAY_NEXT.match(ctx.text, e)["word"]
    if word is not None and (word[0].isupper() or _grammar().lexicon_tag(word.lower()) in _BARE_DAY_NOUN_TAGS):
        return None
    day = int(_DIGITS.match(m["day"])[0])
    ref = ctx.ref
    fut = _future(ctx, s, e)
    if fut == _AHEAD and _DEADLINE_WORD_BEFORE.search(ctx.text, max(0, s - 8), s) is not None \
            and _plan_of_past_clause(ctx, s, e):
        # a deadline a past clause set ("Residents were told to leave by the 15th"): a bare day is read as the
        # past clause's (a month ahead is too far a guess; a weekday's coming one is within the week)
        fut = None
    past = fut is None and (ctx.text.endswith("since ", max(0, s - 6), s) or _clause_verb_is_past(ctx, s, e))
    d = None
    anchor = _sentence_anchor(ctx, s, paragraph=True)
    if anchor is not None and anchor.precision in (Precision.DAY, Precision.MONTH):
        month = anchor.first.replace(day=1)
        if anchor.precision is Precision.DAY and day < anchor.first.day and (
                _FORWARD_BEFORE.search(ctx.text, max(0, s - 8), s) is not None or
                _EARLIER_MARK.search(ctx.text, _sentence_start_after(ctx.text, anchor.end, s), s) is None):
            # a smaller day after a day of its own sentence, or of the paragraph's sentence before, is of the next
            # month ("began on May 28 and ended on the 3rd", "began on May 28. It ended on the 3rd." is June 3),
            # unless the clause marks an earlier time (a tense that says otherwise is checked next)
            month = cal.add_months(month, 1)
        d = _date(month.year, month.month, day)
        if d is not None and (fut == _AHEAD and d < ref or fut == _PRESENT and d < ref.replace(day=1)
                              or past and d > ref):
            d = None  # (the clause's tense says otherwise: "Talks failed on August 28, and the strike begins on the
            # 3rd" is September's)
    if d is None:
        month = ref.replace(day=1)
        if fut == _AHEAD:
            if day < ref.day:
                month = cal.add_months(month, 1)
        elif past and day > ref.day:
            month = cal.add_months(month, -1)  # (a present tense is this month's: "the strike begins on the 20th")
        d = _date(month.year, month.month, day)
    if d is None:
        return None
    ctx.anchor = d
    return [_te(ctx, s, e, DATE, "", cal.DAY, d, relative=True)]


def _h_holiday(ctx, m):
    s, e = m.span()
    name = m["hol"]
    if not _is_cap(name) and not ctx.upper:
        return None
    which = (m["which"] or "").lower()
    if m["yr"]:
        d = holiday_date(name, int(m["yr"]))
        ctx.anchor = d
        return [_te(ctx, s, e, DATE, "", cal.DAY, d)]
    if ctx.ref is None:
        d = holiday_date(name, 2001)
        return [_te(ctx, s, e, DATE, f"XXXX-{d.month:02d}-{d.day:02d}")]
    ref = ctx.ref
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if cal.MIN_YEAR <= y <= cal.MAX_YEAR]
    cands = [holiday_date(name, y) for y in years]
    if which == "last":
        d = max((c for c in cands if c < ref), default=None)
    elif which == "next":
        d = min((c for c in cands if c > ref), default=None)
    elif which == "this":
        d = holiday_date(name, ref.year)
    else:
        fut = _future(ctx, s, e, ahead_only=True) == _AHEAD  # (a present tense alone tells the past too: "Sales jump at Christmas")
        d = min(cands, key=lambda c: abs((c - ref).days) + (0 if (c >= ref) == fut else 60))
    if d is None:
        raise cal.OutOfRange(name, ref)  # "last Christmas" said in year 1
    week = _HOLIDAY_WEEK.match(ctx.text, e)
    if week is not None:
        # "as Easter week began", "Thanksgiving week": the holiday's week, not its day (TimeBank: 2000-W16)
        return [_te(ctx, s, week.end(), DATE, "", cal.WEEK, cal.start_of(cal.WEEK, d), relative=True)]
    ctx.anchor = d
    return [_te(ctx, s, e, DATE, "", cal.DAY, d, relative=True)]


_HOLIDAY_WEEK = re.compile(r"\s+week\b(?!['\u2019])", re.I)


def _season_year(ref: dt.date, code: str, which: str) -> int:
    cur = cal.start_of(cal.SEASON, ref)
    this = cal.season_start(ref.year, code)
    if code == "WI" and ref.month <= 2:
        this = cal.season_start(ref.year - 1, code)
    if which in ("last", "past", "this past"):
        return this.year if this < cur else this.year - 1
    if which in ("next", "coming", "this coming"):
        return this.year if this > cur else this.year + 1
    return this.year


def _past_season_told(ctx: _Ctx, s: int, e: int) -> bool:
    """Is "this <season>" at t[s:e] the time of a past clause ("They met this winter", "This spring, he visited
    Paris"): no future cue, and its verb past (`_narrated_past`, or the clause's verb, `_clause_verb`, as a bare
    weekday's is read, told as a finite past: `_finite_past`)? Not a reporting verb's ("The company said this fall it would cut jobs": the report
    tells a plan, whose season may be the coming one)."""
    if _future(ctx, s, e) is not None:
        return False
    verb = _clause_verb(ctx, s, e)
    if verb is not None and _reporting_verb(verb[0][0].lower()):
        return False
    return _narrated_past(ctx, s, e) or (verb is not None and _finite_past(ctx.text, verb))


def _clause_verb_told_past(ctx: _Ctx, s: int, e: int) -> bool:
    """Is the verb of the clause of the season at t[s:e] (`_clause_verb`) a past one that is not a report's ("During
    the summer, prices had risen"; not "said in the summer it would", whose season may be the plan's)?"""
    verb = _clause_verb(ctx, s, e)
    return verb is not None and _finite_past(ctx.text, verb) and not _reporting_verb(verb[0][0].lower())


# The auxiliary right before a participle that makes it a past or a perfect ("was hit", "had risen", "has closed").
_PAST_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|had|has|have|been|'d)\s+$", re.I)


def _finite_past(t: str, verb: tuple[re.Match[str], str]) -> bool:
    """Is a clause's verb (`_clause_verb`) told in the past: a simple past, or a participle after a past's or a
    perfect's auxiliary ("were hit", "had risen"; not "has to be rewritten", an obligation still to meet)?"""
    word, tag = verb
    if tag == "VBD":
        return True
    return tag == "VBN" and _PAST_AUXILIARY_BEFORE.search(t, max(0, word.start() - 8), word.start()) is not None


def _h_season(ctx, m):
    s, e = m.span()
    code = SEASONS[m["season"].lower()]
    pre = (m["pre"] or "").lower()
    which = (m["which"] or "").lower().strip()
    mod = _mod_of(pre)
    if not pre and not which and not m["yr"]:
        # bare "fall"/"spring" are verbs/nouns; want "in summer", "summer 2023"
        if code in ("FA", "SP") or not re.search(r"\b(?:in|since|by|until|during|through|this|last|"
                                                 r"next|of)\s+$", ctx.text[max(0, s - 10):s], re.I):
            return None
    if which == "the" and not m["yr"] and code in ("FA", "SP") and not m["of"]:
        if re.match(r"\s+of\b", ctx.text[e:e + 4]):
            return None  # "the fall of Rome"
    if m["yr"]:
        y = int(m["yr"])
        if code == "WI" and m["yr2"]:
            pass
        return [_te(ctx, s, e, DATE, "", cal.SEASON, cal.season_start(y, code), mod)]
    sp = _spelled_year_after(ctx, e)
    if sp is not None:  # "the winter of nineteen ninety-four"
        return [_te(ctx, s, sp[1], DATE, "", cal.SEASON, cal.season_start(sp[0], code), mod)]
    if m["relyear"]:
        if ctx.ref is None:
            return [_te(ctx, s, e, DATE, f"XXXX-{code}", mod=mod)]
        off = {"last": -1, "this": 0, "next": 1}[m["relyear"].lower()]
        return [_te(ctx, s, e, DATE, "", cal.SEASON, cal.season_start(ctx.ref.year + off, code), mod,
                    relative=True)]
    which = " ".join(which.split())
    if which in ("the following", "the next", "the previous", "the preceding"):
        # "He came home in 1971, and the following spring he opened his own yard": the season after (or before)
        # the date the text last told, not the publication's
        told = _last_told(ctx)
        if told is None:
            return None
        if which in ("the following", "the next"):
            y = told.last.year - 1
            while cal.season_start(y, code) <= told.last:
                y += 1
        else:
            y = told.first.year + 1
            while cal.add_months(cal.season_start(y, code), 3) > told.first:
                y -= 1
        return [_te(ctx, s, e, DATE, "", cal.SEASON, cal.season_start(y, code), mod, relative=True)]
    if ctx.ref is None:
        return [_te(ctx, s, e, DATE, f"XXXX-{code}", mod=mod)]
    if which in ("", "the"):
        # A bare season takes its clause's tense, as a bare month does: "was delayed again in the autumn" is the
        # last autumn begun by publication, "will open in the spring" the next one not yet over.
        cur = cal.start_of(cal.SEASON, ctx.ref)
        this = cal.season_start(ctx.ref.year - 1 if code == "WI" and ctx.ref.month <= 2 else ctx.ref.year, code)
        if _future(ctx, s, e):
            y = this.year if this >= cur else this.year + 1
        elif _narrated_past(ctx, s, e) or _clause_verb_told_past(ctx, s, e):
            # (its clause's verb past, as a bare weekday's is: "During the summer, prices had risen" opens the
            # clause before its verb)
            y = this.year if this <= cur else this.year - 1
        else:
            y = this.year
        return [_te(ctx, s, e, DATE, "", cal.SEASON, cal.season_start(y, code), mod, relative=True)]
    if which == "this" and _past_season_told(ctx, s, e):
        # "They met this winter" told in April: the winter just gone, the last one begun by publication (a past
        # clause cannot tell of the one to come in December), as a past clause's bare weekday is the one gone
        this = cal.season_start(ctx.ref.year - 1 if code == "WI" and ctx.ref.month <= 2 else ctx.ref.year, code)
        y = this.year if this <= cal.start_of(cal.SEASON, ctx.ref) else this.year - 1
        return [_te(ctx, s, e, DATE, "", cal.SEASON, cal.season_start(y, code), mod, relative=True)]
    y = _season_year(ctx.ref, code, which)
    return [_te(ctx, s, e, DATE, "", cal.SEASON, cal.season_start(y, code), mod, relative=True)]


# The end of a company's period by its day: "the quarter ended Sept. 30" (the day is kept in `_Ctx.period_end`).
_ENDED_BEFORE = re.compile(r"\b(?:ended|ending)\s+$")
# A sentence's end between two phrases: a full stop before a capital or a quote, or a blank line
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]|\n\s*\n")


def _note_period_end(ctx: _Ctx, s: int, e: int, day: dt.date) -> None:
    """Keep the day at [s, e) as a period's end when "ended"/"ending" stands just before it."""
    lo = max(0, s - 8)
    if ctx.text.find("end", lo, s) >= 0 and _ENDED_BEFORE.search(ctx.text, lo, s):  # (its words hold "end")
        ctx.period_end, ctx.period_end_pos = day, e


def _ended_day_before(ctx: _Ctx, s: int) -> bool:
    """Is the last full day the tagger read (`ctx.anchor`) the end of a period ("ended Sept. 30") told earlier in
    the sentence of offset s?"""
    return ctx.period_end is not None and ctx.anchor == ctx.period_end and ctx.period_end_pos <= s \
        and _SENTENCE_BREAK.search(ctx.text, ctx.period_end_pos, s + 1) is None


_QWORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
          "final": 4}


def _quarter_expr(ctx, s, e, y, q, mod="", rel=False, fiscal=False):
    first = cal.date(y, 3 * q - 2, 1)
    future = ctx.ref is not None and cal.period(cal.QUARTER, first)[2] >= ctx.ref
    if ctx.quarter is None or (first >= ctx.quarter and not future) or e - ctx.quarter_pos > 3000:
        # the reporting quarter that "the quarter", "a year earlier" refer back to; an explicitly
        # older quarter ("the 1988 quarter") is a comparison, and one not yet over ("the third
        # quarter of 1990" in a forecast) cannot have been reported: neither is the new topic
        ctx.quarter, ctx.quarter_pos, ctx.quarter_fiscal = first, e, fiscal
    elif first == ctx.quarter and fiscal:
        ctx.quarter_fiscal = True  # the headline's "Q4" named again as "its fiscal fourth quarter"
    if fiscal:
        return [_fiscal_quarter(ctx, s, e, first, mod, rel)]
    return [_te(ctx, s, e, DATE, "", cal.QUARTER, first, mod, relative=rel)]


def _fiscal_quarter(ctx: _Ctx, s: int, e: int, first: dt.date, mod: str, rel: bool) -> TimeExpression:
    """A company's fiscal quarter ("the fiscal first quarter", "the third quarter of fiscal 2023", "the quarter"
    after one): TimeML writes it as its year's quarter (TimeBank "1989-Q1"), the value kept; but its months are the
    company's, which the text does not give (Air Products' fiscal fourth quarter is July to September), so its days
    are the fiscal year's, at the year's granularity: never a calendar quarter it may not be. (A day it ended on,
    "the fiscal first quarter ended Sept. 30", gives its months again: `extraction._period_ending_at`.)"""
    value = cal.period(cal.QUARTER, first)[0]
    _, year_first, year_last, precision = cal.period(cal.YEAR, cal.date(first.year, 1, 1))
    return TimeExpression(s, e, _intern(ctx.src[s:e]), DATE, _intern(value), year_first, year_last, precision, mod,
                          rel)


def _told_quarter(ctx: _Ctx, s: int, e: int, first: dt.date, mod: str = "") -> TimeExpression:
    """The quarter a results report told ("the same period", "a year earlier" counted from it) starting at `first`:
    a fiscal one when the told quarter was (`ctx.quarter_fiscal`), as `_fiscal_quarter` dates it."""
    if ctx.quarter_fiscal:
        return _fiscal_quarter(ctx, s, e, first, mod, True)
    return _te(ctx, s, e, DATE, "", cal.QUARTER, first, mod, relative=True)


def is_fiscal_quarter(expression: TimeExpression) -> bool:
    """Is this a company's fiscal quarter, dated at its fiscal year (`_fiscal_quarter`)?"""
    return expression.precision is Precision.YEAR and _QUARTER_VALUE.fullmatch(expression.value) is not None


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")


# A year's quarter is the default reading of an ordinal quarter with no year ("Boeing handed over 105 jets in the
# third quarter"); a game's quarter is read from the quarter's own sentence: a word of a game by its lemma (a noun
# or a verb: "scored", "trailed", "free throws", "the league") or points counted ("led by ten points"). Business or
# economic words in that sentence keep the year's ("a video game maker's sales in the fourth quarter").
_GAME_NOUNS = frozenset({"game", "race", "lap", "league", "striker", "touchdown", "quarterback", "basket", "rebound",
                         "overtime", "halftime", "foul", "referee", "throw", "buzzer", "scoreboard", "playoff"})
_GAME_VERBS = frozenset({"score", "trail", "equalise", "equalize"})
_POINTS_COUNTED = re.compile(r"(?<!percentage )(?<!basis )(?<!\bpct )\bpoints?\b", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(rf"(?:\d|\b{_NUMW1})\s+$", re.IGNORECASE)  # (the tagger's number words, `_NUMW1`)
_PERIOD_CONTEXT = re.compile(
    r"\b(?:fiscal|earnings|profits?|loss(?:es)?|income|sales|revenues?|turnover|growth|econom(?:y|ic|ies)|gdp|"
    r"inflation|results|percent|per\s+cent|rates?|shares?|dividends?|output|production|deliveries|orders|"
    r"forecasts?|estimates?|analysts?|billion|million|bln|mln|compan(?:y|ies)|banks?|markets?|prices?|"
    r"exports?|imports?|spending|demand|unemployment|jobless|consumers?|investors?|business(?:es)?|"
    r"trading|stocks?|firms?|retail(?:ers?)?|sectors?|industry|debt|budgets?|tax(?:es)?|costs?|margins?|volumes?)\b"
    r"|[$€£¥%]",
    re.IGNORECASE)
_SENTENCE_REACH = 300  # characters each side of a quarter read for its sentence


def _games_quarter(t: str, s: int, e: int) -> bool:
    """Is the ordinal quarter at t[s:e] a game's or a race's ("scored in the final quarter"), read in its own
    sentence: a game's word or counted points, and no word of business or the economy?"""
    from timeline_app.core.grammar import all_lemmas, verb_lemmas  # (only for a quarter with no year)
    lo = _sentence_start_after(t, max(0, s - _SENTENCE_REACH), s)
    hi = _sentence_end_before(t, e, min(len(t), e + _SENTENCE_REACH))
    if _PERIOD_CONTEXT.search(t, lo, hi):
        return False
    for w in _ANY_WORD.finditer(t, lo, hi):
        if lo <= w.start() < hi and (w.start() < s or w.end() > e):
            word = w.group(0)
            if (any(x.lower() in _GAME_NOUNS for x in all_lemmas(word).get("NOUN", ()))
                    or not verb_lemmas(word).isdisjoint(_GAME_VERBS)):
                return True
    points = _POINTS_COUNTED.search(t, lo, hi)
    return points is not None and _NUMBER_BEFORE.search(t, max(lo, points.start() - 12), points.start()) is not None


# A company's outlook for a quarter: the quarter is one still to come or under way when the outlook is given, never one
# already past ("For the fourth quarter, the company projects earnings of $3.04", "sees fourth-quarter revenue of",
# "its guidance for the second quarter", "fourth-quarter outlook"), whatever the month of the report. Read in the
# quarter's own clause: a present verb of forecasting before it, its object's words between ("expects adjusted
# earnings per share for the first quarter"; a past verb in the clause is the clause's: `_PAST_VERB_OF_CLAUSE`), a
# forecast's noun with its "for", a fronted "For/In the ... quarter," whose clause then forecasts ("the company
# expects", "will"), or the outlook's noun right after it. (A quarter whose results are reported or met is the past
# one: the results' verbs of `_outlook_patterns`.)
# The verbs whose present tense gives an outlook ("expects", "projects", "sees", "forecast"), and the verbs that tell
# a quarter's results as told or set against a forecast ("posted", "will report", "beat", "missed"), by lemma: their
# forms are lemminflect's (`grammar.verb_forms`), never spelled out here.
_FORECAST_VERBS = ("expect", "project", "forecast", "see", "guide", "target", "anticipate", "predict")
_RESULTS_VERBS = ("report", "release", "announce", "post", "publish", "beat", "miss", "top", "exceed", "surpass",
                  "meet", "match")
# (the forecast's object between its verb and the quarter: words of a noun phrase, figures, and its prepositions;
# no clause)
_OUTLOOK_OBJECT = r"(?:\s+(?:[a-z][\w'\u2019-]*|\$?[\d.,]+%?|\$)){0,14}?"
_OUTLOOK_FRONTED_BEFORE = re.compile(r"(?:^|[.;!?:]\s+|\n\s*)(?:and\s+)?(?:for|in)\s+$", re.I)
_OUTLOOK_AFTER = re.compile(
    r"\s+(?:(?:earnings|revenue|sales|profit|income|eps|results|per[\s-]share|margin|adjusted)\s+){0,3}"
    r"(?:outlook|guidance|view|forecasts?|projections?|targets?)\b", re.I)


def _alternation(forms: Iterable[str]) -> str:
    # longest first, so that a form is never cut short by one it begins with ("posts" before "post")
    return "|".join(map(re.escape, sorted(set(forms), key=lambda f: (-len(f), f))))


@lru_cache(maxsize=1)
def _outlook_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(`_OUTLOOK_BEFORE`, `_OUTLOOK_FRONTED_AFTER`, `_REPORTED_QUARTER`), made on the first quarter read, since
    their verbs' forms come from the grammar's morphology tables, which a caller that only tags need not load."""
    verb_forms = _grammar().verb_forms
    forecasts = _alternation(f for v in _FORECAST_VERBS for f in verb_forms(v, ("VBP", "VBZ")))
    told = _alternation(f for v in _RESULTS_VERBS for f in verb_forms(v, ("VB", "VBD", "VBN", "VBZ")))
    before = re.compile(
        # a present verb of forecasting (not after a determiner or a count: "completed three projects in", a noun),
        # then its object, or a forecast's noun with its "for"
        r"(?:(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bof )(?<!\bnew )(?<!\bsome )(?<!\d )"
        rf"\b(?P<verb>{forecasts}){_OUTLOOK_OBJECT}"
        r"|\b(?:outlook|guidance|view|forecasts?|projections?|targets?)\s+for)\s+$", re.I)
    # a fronted "For the fourth quarter," whose clause then forecasts: up to five words of its subject (no past
    # verb of a report among them), then a forecasting present, "will", or an outlook's noun telling it
    fronted_after = re.compile(
        rf",\s+(?:(?!(?:was|were|had|did|said|{told}|rose|fell)\b)[\w.&'\u2019-]+\s+){{0,5}}?"
        r"(?:now\s+|also\s+|still\s+|currently\s+)?"
        rf"(?:{forecasts}|will|"
        r"(?:guidance|outlook|forecast)\s+(?:is|calls|points|implies|sees)|"
        r"(?:is|are)\s+expected\s+to|(?:is|are)\s+(?:projecting|forecasting|guiding|targeting))\b", re.I)
    # the words that make the quarter the one just reported: its results told or set against a forecast ("will
    # report fourth-quarter results", "beat its guidance for the fourth quarter", "expects to post a loss for the
    # quarter")
    reported = re.compile(rf"\b(?:{told}|results|above|below|in\s+line\s+with|ahead\s+of)\b", re.I)
    return before, fronted_after, reported


# A past verb of the quarter's clause, not a participle before its noun ("adjusted earnings", "diluted shares"): one
# before a preposition, a determiner or an adverb ("completed three projects in", "sales that slumped in").
_PAST_VERB_OF_CLAUSE = re.compile(
    r"\b(?:" + "|".join(sorted(IRREGULAR_PAST)) + r"|[a-z]{3,}ed)\s+(?:[a-z]+ly\s+)?"
    rf"(?:in|on|at|during|for|by|to|from|over|the|a|an|its|their|this|that|last|\d|{_NUMW1})\b")
_REPORTED_QUARTER_AFTER = re.compile(r"[\s-]+(?:(?:earnings|financial|operating)\s+)?results\b", re.I)


_REPORTED = "reported"


def _quarter_outlook(ctx: _Ctx, s: int, e: int) -> bool | str:
    """Is the ordinal quarter at [s, e) the period of a forecast (an outlook, guidance, "expects": `_outlook_patterns`),
    so that it is the next such quarter at or after the report rather than the last one reported? `_REPORTED` when
    its results are what is told or to be told ("will report fourth-quarter results"): the quarter is over."""
    t = ctx.text
    lo = max(0, s - 120)
    brk = _clause_break(t, lo, s)
    if brk >= 0:
        lo = brk + 1
    if _REPORTED_QUARTER_AFTER.match(t, e) is not None:
        return _REPORTED  # "will report fourth-quarter results": the quarter ended, its results to come
    outlook_before, outlook_fronted_after, reported_quarter = _outlook_patterns()
    cue = outlook_before.search(t, lo, s)
    if cue is not None:
        # (a past verb anywhere in the clause governs the date instead: "completed three projects in", "expects
        # sales that slumped in")
        # (a forecast's noun governs its period whatever verb is done with it: "issued an outlook for the first
        # quarter")
        return reported_quarter.search(t, lo, s) is None and (
            cue["verb"] is None or _PAST_VERB_OF_CLAUSE.search(t, lo, s) is None)
    if _OUTLOOK_AFTER.match(t, e) is not None:
        return reported_quarter.search(t, lo, s) is None
    if _OUTLOOK_FRONTED_BEFORE.search(t, max(0, s - 12), s) is not None:
        end = _sentence_end_before(t, e, min(len(t), e + 90))
        return outlook_fronted_after.match(t, e, end) is not None
    # (Any other future clause is no forecast of the quarter: "plans to restructure in the wake of a third-quarter
    # loss" names the loss reported; `_h_quarter` keeps such a quarter in the reference year, as before.)
    return False


def _h_quarter(ctx, m):
    s, e = m.span()
    if ctx.text[e:e + 8].lower() == "-century" or re.match(r"-(?:to|over|on)-", ctx.text[e:e + 6], re.I):
        return None  # "a quarter-century low", "the quarter-to-quarter comparison"
    words = m["qpre"].lower().replace("-", " ").split() if m["qpre"] else []
    q = None
    for w in words:
        if w in _QWORD:
            q = _QWORD[w]
    if m["qn"]:
        q = int(m["qn"])
    rel = None
    y = None
    yr = m["qyr"] or m["qyr2"] or next((w for w in words if _FOUR_DIGITS.fullmatch(w)), None)
    if yr:
        y = int(yr) if len(yr) == 4 else 2000 + int(yr[-2:]) if int(yr[-2:]) < 50 else 1900 + int(yr[-2:])
    # (the short form "Q2" has the long form's groups empty: an empty "a year ago" is no comparison)
    ago = bool(m["qago"]) or any(w in ("year-ago", "year-earlier", "ago", "earlier", "before",
                                             "comparable", "corresponding") for w in words) or \
        (m["qpre"] and re.search(r"year[\s-](?:ago|earlier|before)", m["qpre"], re.I))
    if m["qrel"]:
        rel = m["qrel"].lower()
    if any(w in ("year's", "year\u2019s") for w in words) and any(w in ("last", "previous") for w in words):
        ago = True  # "last year's quarter": the same quarter a year before
        words = [w for w in words if w not in ("last", "previous")]
    for w in words:
        if w in ("last", "previous", "latest", "past", "recent", "this", "current", "next", "coming",
                 "same", "that"):
            rel = rel or w
    if words and words[0] == "and":
        return None
    # a company's own quarter ("the fiscal first quarter", "the third quarter of fiscal 2023"): `_fiscal_quarter`. (A
    # bare "the fourth quarter" after "fiscal 2023" is not read so: many companies' fiscal years are the calendar's,
    # whose quarters a reader dates as such.)
    fiscal = "fiscal" in m.group(0).lower()
    plural = bool(m["qs"])
    if plural or "and" in words:
        # "the second and fourth quarters [of 1989]": one expression per quarter
        ords = [om for om in re.finditer(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b", m.group(0), re.I)]
        if not ords or (len(ords) < 2 and "and" in words):
            return None
        out = []
        for i, om in enumerate(ords):
            qq = _QWORD[om.group(0).lower()]
            a, b = s + om.start(), (s + om.end() if i < len(ords) - 1 else e)
            if i == 0 and len(ords) == 1:
                a = s
            if y is not None and fiscal:
                out.append(_fiscal_quarter(ctx, a, b, cal.date(y, 3 * qq - 2, 1), "", False))
            elif y is not None:
                out.append(_te(ctx, a, b, DATE, "", cal.QUARTER, cal.date(y, 3 * qq - 2, 1)))
            else:
                out.append(_te(ctx, a, b, SET, f"XXXX-Q{qq}"))
        return out
    if q is None and not words and not m["qn"]:
        return None
    if words == ["the"] or words == ["a"] or (q is None and not rel and not ago and not y and "the" not in words):
        if words == ["a"] or not words:
            return None
    ref = ctx.ref
    if q is not None and y is None and rel is None and not ago and not m["qn"] \
            and _games_quarter(ctx.text, s, e):
        return None  # a game's or a race's quarter ("scored in the final quarter"), no part of a year
    if q is not None:
        if y is None:
            if ref is None:
                return [_te(ctx, s, e, DATE, f"XXXX-Q{q}")]
            y = ref.year
            if rel in ("next", "coming") and 3 * q - 2 <= ref.month:
                y += 1
            elif rel is None and not ago and (outlook := _quarter_outlook(ctx, s, e)) is True:
                if 3 * q < ref.month:
                    y += 1  # "expects second-quarter revenue of" said in November: next year's, never a past one
            elif rel is None and not ago and 3 * q - 2 > ref.month + 6 and (
                    outlook == _REPORTED or _future(ctx, s, e, ahead_only=True) != _AHEAD):
                y -= 1  # "profits fell in the fourth quarter" said in January: the one just ended
            if ago:
                y -= 1
            return _quarter_expr(ctx, s, e, y, q, rel=True, fiscal=fiscal)
        return _quarter_expr(ctx, s, e, y, q, fiscal=fiscal)
    # no ordinal: the quarter / this quarter / the latest quarter / year-ago quarter
    if y is not None:
        if ctx.quarter is not None and e - ctx.quarter_pos < 3000:
            return _quarter_expr(ctx, s, e, y, (ctx.quarter.month - 1) // 3 + 1, fiscal=fiscal or ctx.quarter_fiscal)
        return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(y, 1, 1))]
    if ref is None:
        return [_te(ctx, s, e, DATE, "XXXX-QX")]
    cur = cal.start_of(cal.QUARTER, ref)
    if ago:
        told = ctx.quarter is not None and e - ctx.quarter_pos < 3000
        base = ctx.quarter if told else cal.shift(cal.QUARTER, cur, -1)
        first = cal.shift(cal.YEAR, base, -1)
        if told and ctx.quarter_fiscal:
            return [_fiscal_quarter(ctx, s, e, first, "", True)]  # "the year-ago quarter" of a fiscal one
        return [_te(ctx, s, e, DATE, "", cal.QUARTER, first, relative=True)]
    if rel in ("this", "current"):
        first = cur
        if rel == "this" and ctx.text[e:e + 2] in ("'s", "\u2019s") and ctx.quarter is not None and \
                e - ctx.quarter_pos < 3000:
            first = ctx.quarter  # "this quarter's loss" in a results report: the reported quarter
    elif rel in ("next", "coming"):
        first = cal.shift(cal.QUARTER, cur, 1)
    elif rel in ("same", "that"):
        first = ctx.quarter or cal.shift(cal.QUARTER, cur, -1)
    else:  # the quarter, the latest quarter, last quarter: the last one reported
        told = ctx.quarter is not None and e - ctx.quarter_pos < 3000 and rel is None
        first = ctx.quarter if told else cal.shift(cal.QUARTER, cur, -1)
        if told and ctx.quarter_fiscal:
            ctx.quarter_pos = e
            return [_fiscal_quarter(ctx, s, e, first, "", True)]  # "the quarter" after "the fiscal third quarter"
    ctx.quarter, ctx.quarter_pos, ctx.quarter_fiscal = first, e, False
    return [_te(ctx, s, e, DATE, "", cal.QUARTER, first, relative=True)]


def _h_yearago_adj(ctx, m):
    """'year-ago', 'year-earlier' used as adjectives: the same period one year before."""
    s, e = m.span()
    if ctx.ref is None:
        return [_te(ctx, s, e, DATE, "XXXX")]
    if ctx.quarter is not None and e - ctx.quarter_pos < 2000 and not _ytd(ctx, e):
        return [_told_quarter(ctx, s, e, cal.shift(cal.YEAR, ctx.quarter, -1))]
    return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(ctx.ref.year - 1, 1, 1), relative=True)]


def _ytd(ctx, e) -> bool:
    """Is the year to date ("the nine months") discussed more recently than a quarter?"""
    return ctx.ytd_pos > ctx.quarter_pos and e - ctx.ytd_pos < 1500


def _h_half(ctx, m):
    s, e = m.span()
    h = 1 if m["hw"].lower() in ("first", "front", "early") else 2
    y = None
    if m["hyr"]:
        y = int(m["hyr"])
    elif m["hrel"]:
        if ctx.ref is None:
            return [_te(ctx, s, e, DATE, f"XXXX-H{h}")]
        y = ctx.ref.year + {"last": -1, "this": 0, "next": 1, "the": 0}[m["hrel"].lower()]
    elif m["hdec"]:
        return None
    else:
        if not re.search(r"\b(?:quarter|fiscal|earnings|profits?|sales|revenues?|growth|economy|"
                         r"year|results|percent|rate)\b",
                         ctx.text[max(0, s - 150):e + 60], re.I):
            return None
        if ctx.ref is None:
            return [_te(ctx, s, e, DATE, f"XXXX-H{h}")]
        y = ctx.ref.year
    return [_te(ctx, s, e, DATE, "", cal.HALF, cal.date(y, 1 if h == 1 else 7, 1),
                relative=not m["hyr"])]


def _h_months_of_year(ctx, m):
    """the first three months of the year / the last six months of 2024: that quarter or half of the year (not a
    duration of three months and "the year")."""
    s, e = m.span()
    n = 3 if m["n"].lower() in ("three", "3") else 6
    last = m["which"].lower() in ("last", "final")
    if m["yr"]:
        y = int(m["yr"])
    elif ctx.ref is None:
        return [_te(ctx, s, e, DATE, f"XXXX-{'Q' if n == 3 else 'H'}{(4 if last else 1) if n == 3 else (2 if last else 1)}")]
    else:
        rel = m["rel"].lower()
        # "In 2019, sales in the first three months of the year rose": the year that frames the sentence
        framing = _framing_year(ctx, s, e) if rel == "the" else None
        y = framing if framing is not None else ctx.ref.year + {"last": -1, "this": 0, "next": 1, "the": 0}[rel]
    gran = cal.QUARTER if n == 3 else cal.HALF
    start_month = (13 - n) if last else 1
    return [_te(ctx, s, e, DATE, "", gran, cal.date(y, start_month, 1), relative=not m["yr"])]


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def _h_decade(ctx, m):
    s, e = m.span()
    d = m["dec"].lower().replace("\u2019", "'")
    mod = _mod_of(m["pre"])
    if d[0].isdigit() and len(d.rstrip("'s")) >= 4:
        y = int(d[:4]) if d[3] == "0" else None
        if y is None or not (1000 <= y <= 2090):
            return None
    else:
        if d[0] == "'":
            n = int(d[1])
        elif d[0].isdigit():
            if not m["the"] and not mod:
                return None
            if re.search(r"\b(?:their|his|her|its|my|our|your|mid|low|high|upper|lower)\s+$",
                         ctx.text[max(0, s - 8):s], re.I):
                return None
            n = int(d[0])
        else:
            word = d.split()[-1].split("-")[-1]
            n = _DECADE_WORDS[word]
            if not m["the"] and not d.startswith("nineteen"):
                return None
        century = 1900
        if ctx.ref is not None and n * 10 + 1900 > ctx.ref.year + 5:
            century = 1800
        if d.startswith("nineteen"):
            century = 1900
        y = century + n * 10
    return [_te(ctx, s, e, DATE, "", cal.DECADE, cal.date(y, 1, 1), mod)]


def _h_century(ctx, m):
    s, e = m.span()
    mod = _mod_of(m["pre"])
    if m["crel"]:
        if ctx.ref is None:
            return [_te(ctx, s, e, DATE, "XX")]
        rel = " ".join(m["crel"].lower().split())
        if rel in ("past", "the past") and not m["pre"]:
            # "the significant events of the past century": the hundred years up to now, as "the past decade"
            return [_te(ctx, s, e, DURATION, "P100Y")]
        off = {"this": 0, "the": 0, "last": -1, "next": 1, "past": -1, "the past": -1}[rel]
        first = cal.shift(cal.CENTURY, cal.start_of(cal.CENTURY, ctx.ref), off)
        return [_te(ctx, s, e, DATE, "", cal.CENTURY, first, mod, relative=True)]
    n = m["cn"].lower()
    num = int(_DIGITS.match(n)[0]) if n[0].isdigit() else ORDINALS.get(n.replace("-", " "))
    if not num or num > 21:
        return None
    return [_te(ctx, s, e, DATE, "", cal.CENTURY, cal.date(max(1, (num - 1) * 100), 1, 1), mod)]


def _year_of(tok: str) -> int:
    return int(tok)


_YEAR_CTX = re.compile(
    r"(?:\b(?:until|till|through|by|since|from|in)\s+at\s+(?:least|the\s+(?:earliest|latest))\s*$|\b(?:in|since|from|by|until|till|through|thru|of|before|after|between|during|early|late|"
    r"mid|fiscal|year|circa|around|for|as\s+of|about|spring|summer|autumn|winter|"
    r"the|in\s+the\s+year|beginning|end|start|pre|post|calendar|last|next|mid-|pre-|post-|and|or|"
    r"to|than|than\s+in|on|at|that|this|its|his|her|their|our|both|due|into|is|predicting)\s*$|"
    r"[(\[]\s*$|\bc\.\s*$|\w['\u2019]s\s+$)", re.I)
_YEAR_CTX_STRONG = re.compile(
    r"(?:\b(?:in|since|from|by|until|till|through|thru|before|after|between|during|early|late|"
    r"mid|fiscal|year|circa|as\s+of|spring|summer|autumn|winter|in\s+the\s+year|"
    r"beginning|pre|post|calendar|mid-|pre-|post-)\s*$|[(\[]\s*$|\bc\.\s*$)", re.I)
_YEAR_NOUN = re.compile(
    r"\s*(?:[-\u2013]\s*)?(?:elections?|budget|census|season|olympics|world\s+cup|campaign|report|"
    r"agreement|accord|treaty|law|act|crisis|war|summit|referendum|games|championships?|"
    r"fiscal|model|edition|survey|levels?|figures|estimates?|presidential|general|parliamentary|"
    r"midterm|primary|primaries|vote|deal|plan|filing|annual|results|earnings|revenues?|sales|"
    r"profits?|loss|income|period|quarter|first|second|third|fourth|and\s+beyond|or\s+later|"
    r"or\s+earlier|onwards?|uprising|revolution|invasion|attack|attacks|coup|massacre|"
    r"constitution|law|amendment|ruling|decision|order|budget|program|programme|standards?|"
    r"version|review|strategy|target|goal|forecast|projections?|contract|protocol|"
    r"convention|conference|meeting|talks|visit|trip|tour|award|prize|film|movie|album|book|"
    r"novel|study|data|statistics|compared|levels?|peak|high|low|baseline|deadline|through)\b"
    r"|\s*(?:[,.;:!?)\]]|$)", re.I)
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|men|women|children|soldiers|troops|police|"
    r"officers|workers|employees|jobs|cases|units|tons|tonnes|acres|hectares|miles|kilometers|"
    r"kilometres|km|feet|ft|meters|metres|m\b|kg|pounds|lbs|dollars|euros|yuan|yen|rupees|"
    r"shares|barrels|votes|points|copies|students|residents|homes|houses|cars|vehicles|deaths|"
    r"dead|killed|refugees|members|delegates|seats|hours|minutes|days|weeks|months|years|"
    r"times|calories|words|pages|rooms|beds|patients|visitors|tourists|fans|spectators|users|"
    r"customers|subscribers|companies|firms|flights|planes|aircraft|ships|boats|guns|rifles|"
    r"missiles|tanks|bombs|rockets|sq|square|cubic|mw|gw|kw|mph|km/h|[a-z]+ers\b|[a-z]+ies\b"
    # a clock time in its zone, as wire copy writes it ("(1600 GMT)", "at 1445 local time", "2000 hrs"), its day
    # word between them too ("(2000 yesterday UTC)", "at 1830 Friday GMT")
    rf"|(?:(?:yesterday|today|tomorrow|tonight|{_WD})[ \t]+)?(?:{_ZONE}|hrs\b|local\s+time))",
    re.I)


# A body's capitalised head noun right after a number: the number is part of the body's name ("the 1922 Committee
# of backbench MPs", "the 1900 Club", "Generation 2030 Group"), as a street number is of an address. Case-sensitive:
# "the 2010 committee" may be that year's committee. (Not a treaty's or a law's noun, "the 1971 Convention", "the 1994
# Act": those are dated by the year, `_YEAR_NOUN`.)
_ORGANISATION_AFTER = re.compile(
    r"[ \t\u00a0]+(?:Committee|Club|Society|Group|Foundation|Movement|Party|Association|Trust|Institute|Council|"
    r"Commission|Coalition|Alliance|Network|Caucus|Brigade|Collective|Federation|League|Forum|Fellowship|"
    r"Guild|Lodge|Academy|Orchestra|Ensemble|Band|Gang|Crew|Squad|Corps|Battalion|Regiment)s?\b"
    r"(?![ \t\u00a0]+[A-Z])")  # (the name's head is a later word: "the 2012 Party Congress", a congress of 2012)


# "In 2008 volunteers kept the library open": a sentence's opening "In" and the year, before the subject and its
# verb. Were "2008 volunteers" a count, "In 2008 volunteers" would leave the verb no subject.
_OPENING_IN = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)In\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _opening_year_before_subject(text: str, s: int, noun_end: int) -> bool:
    """Does the year at `s` follow a sentence's opening "In", and the word after it (ending at `noun_end`) a
    word that may be a finite verb (a past or present form in lemminflect's dictionary: "rebuilt", "live")?
    Then the word is the subject, not what the number counts."""
    # (searched within the text, not a slice: "^" is then the text's start only)
    if not text[noun_end - 1:noun_end].isalpha() or _OPENING_IN.search(text, max(0, s - 8), s) is None:
        return False
    m = _NEXT_WORD.match(text, noun_end, noun_end + 24)
    if m is None:
        return False
    verb = m[1]
    grammar = _grammar()
    return any(verb in grammar.verb_forms(lemma, _FINITE_TAGS) for lemma in grammar.verb_lemmas(verb))


# "An earthquake in 2015 killed 9,000 people": a noun, "in" and the year, then the counted word is the noun
# phrase's own finite verb. A count after "in" follows a verb ("resulted in 2000 killed"), not a noun.
_NOUN_IN_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t\u00a0]+in[ \t\u00a0]+$")
_COUNT_WORD = re.compile(r"\s*([a-z]+)\b")
_NOUN_TAGS = frozenset({"NN", "NNS"})
_PAST_FINITE_TAGS = frozenset({"VBD"})


def _year_of_subject_before_its_verb(text: str, s: int, e: int) -> bool:
    """Does the year at text[s:e] close "NOUN in YEAR" and the word right after it (which `_NOT_YEAR_AFTER`
    takes for what a number counts: "2015 killed") read as that noun phrase's past verb? Then the year dates the
    noun ("A 7.8 magnitude earthquake in 2015 killed some 9,000 people"), and no number counts the verb."""
    before = _NOUN_IN_BEFORE.search(text, max(0, s - 40), s)
    word = _COUNT_WORD.match(text, e, e + 24)
    if before is None or word is None:
        return False
    grammar = _grammar()
    if grammar.lexicon_tag(before[1].lower()) not in _NOUN_TAGS:
        return False  # ("resulted in 2000 killed", "left in 1500 dead": a verb's count)
    verb = word[1]
    return any(verb in grammar.verb_forms(lemma, _PAST_FINITE_TAGS) for lemma in grammar.verb_lemmas(verb))


# between two years of a list ("1998, 2001 and 2005", "1998 to 2001")
_YEAR_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|to|through|until|and\s+again\s+in|-|\u2013|/)?\s*")
_NUMBER_GOES_ON = re.compile(r"\s*[,.]\s*\d")
_PHRASE_ENDS = re.compile(r"\s*[,.;:!?)\]]|\s*$")


# A chronology's entry: the year opens its line (after any list marker) and a colon or a dash sets it off from
# the entry's words ("1996: X joins Newcastle", "2001 — X joins Madrid", "• 1989 - The wall falls").
_ENTRY_AFTER_YEAR = re.compile(r"[ \t]*(?::|[ \t][-\u2013\u2014]|[\u2013\u2014])[ \t]*[A-Z\u00c0-\u00de\"'\u201c\u2018]")


# A line headed so, with the heading's year in group "y" (one scan of the text finds them all); a heading may be a
# month's or a day's too ("July 2009: X moves", "1 September 2025 – X joins"), one line of the same run.
_ENTRY_LINE = re.compile(r"^[ \t*\u2022\u00b7\u25aa\u2013\u2014-]{0,8}"
                         r"(?P<month>(?:\d{1,2}[ \t]+)?(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                         + r")\.?[ \t]+(?:\d{1,2},?[ \t]+)?)?"
                         r"(?P<y>\d{4})(?=[ \t]*(?::|[ \t][-\u2013\u2014]|[\u2013\u2014])"
                         r"[ \t]*[A-Z\u00c0-\u00de\"'\u201c\u2018])", re.M)
_BLANK_LINES = re.compile(r"[ \t]*(?:\r?\n[ \t]*)*")
_ANY_YEAR = re.compile(r"(?<![\d,.])(?:1[0-9]|20)\d\d(?![\d,.]\d)")
# how far back a heading that also reads as a time of day may go from the publication year and still be read
# as a year: a chronology of recent decades, not a live blog's "1430:" (14:30) or "1502 -" (15:02)
_CLOCK_YEAR_SPAN = 30


def _reads_as_clock(year: str) -> bool:
    return int(year[:2]) <= 23 and int(year[2:]) <= 59


def _heading_runs(text: str) -> list[list[re.Match]]:
    """The text's lines headed by a year or a time (`_ENTRY_LINE`), in runs of lines with only blank lines
    between them: what a chronology's and a live blog's headings are read from. One scan: linear."""
    runs: list[list[re.Match]] = []
    last_end = -1
    for m in _ENTRY_LINE.finditer(text):
        line_end = text.find("\n", m.end())
        if runs and _BLANK_LINES.fullmatch(text, last_end, m.start()) is not None:
            runs[-1].append(m)
        else:
            runs.append([m])
        last_end = len(text) if line_end < 0 else line_end
    return runs


def _chronology_headings(ctx) -> frozenset[int]:
    """Where the years heading a chronology's lines start. A chronology is a run of at least two such lines
    (blank lines between them allowed): one line alone is as often a count set off by a dash ("2000 - The
    number of fans who..."). A live blog heads its lines with times of day ("1430: Police say...", "1502 - The
    agency has issued..."): a run whose every heading also reads as a 24-hour time is read as years only when
    each is plausible as one (`_plausible_years`: within the years the document names elsewhere, or recent
    decades before its publication). One scan of the text and one of its years: linear."""
    runs = [run for run in _heading_runs(ctx.text) if len(run) >= 2]
    if not runs:
        return frozenset()
    heads = {m.start("y") for run in runs for m in run}
    span: tuple[int, int] | None = None  # the years a clock-like heading may be (computed when one needs it)
    out: set[int] = set()
    for run in runs:
        years = [int(m["y"]) for m in run if m["month"] is None and _reads_as_clock(m["y"])]
        if len(years) == len(run):  # (a month's or a day's heading is no clock's)
            if span is None:
                span = _plausible_years(ctx, heads)
            if not all(span[0] <= y <= span[1] for y in years):
                continue
        out.update(m.start("y") for m in run if m["month"] is None)
    return frozenset(out)


def _stamp_headings(ctx) -> frozenset[int]:
    """Where the times of day that head a live blog's lines start ("1430: Police say...", "0915 - The agency has
    issued..."): a run of at least two headings (`_ENTRY_LINE`, as a chronology's) that all read as 24-hour times
    and not all as plausible years (`_plausible_years`; `_chronology_headings` reads the other runs as years). One
    scan of the text and one of its years: linear."""
    runs = [run for run in _heading_runs(ctx.text)
            if len(run) >= 2 and all(m["month"] is None and _reads_as_clock(m["y"]) for m in run)]
    if not runs:
        return frozenset()
    span = _plausible_years(ctx, {m.start("y") for run in runs for m in run})
    return frozenset(m.start("y") for run in runs if not all(span[0] <= int(m["y"]) <= span[1] for m in run)
                     for m in run)


_ZONE_AFTER = re.compile(rf"[ \t]*{_ZONE}", re.I)
_LINE_OPENING = re.compile(r"[ \t*\u2022\u00b7\u25aa\u2013\u2014-]*")  # what may stand before a line's heading


def _stamp(ctx, s: int, e: int) -> list[TimeExpression] | None:
    """The time of day that heads a live blog's line at text[s:e] ("14:30:", "1430 -", "0915 GMT:"), on the day in
    focus, or None: at a line's start, "HH:MM" or four digits with a zone whatever follows, four digits alone only in
    a run of such headings that are no years (`_stamp_headings`: a chronology's "2015: ..." lines are years, and
    "2000 - The number of fans who came" alone a count)."""
    text = ctx.text
    line = text.rfind("\n", 0, s) + 1
    if _LINE_OPENING.fullmatch(text, line, s) is None:
        return None
    digits = text[s:e].replace(":", "")
    if len(digits) != 4 or not digits.isdigit():
        return None
    hh, mi = int(digits[:2]), int(digits[2:])
    if hh > 23 or mi > 59:
        return None
    if ":" not in text[s:e] and _ZONE_AFTER.match(text, e) is None:  # ("0915 GMT:" is a time wherever it stands)
        if ctx.stamps is None:
            ctx.stamps = _stamp_headings(ctx)
        if s not in ctx.stamps:
            return None
    if not _told_as_news(ctx, e):
        return None
    day = _day_in_focus(ctx, s, e) if ctx.ref is not None else None
    tail = f"T{hh:02d}:{mi:02d}"
    if day is None:
        return [_te(ctx, s, e, TIME, "XXXX-XX-XX" + tail)]
    return [_te(ctx, s, e, TIME, day.isoformat() + tail, first=day, relative=True)]


_CLOSING_MARKS = "\"'\u201d\u2019)] \t\r"  # what may close a sentence after its full stop


def _told_as_news(ctx, e: int) -> bool:
    """Does the line a time heads (from t[e] to the line's end) tell news, as a live blog's entry does, rather than
    name a timetable's item ("10:00 - Gates open", "15:00 - Leeds v Hull")? An entry is a sentence: it ends with a
    sentence's mark ("14:30 - Crews arrive at the sea wall."), or it tells a past act ("1512 - First ferry
    cancelled"), which no programme does."""
    text = ctx.text
    end = text.find("\n", e)
    line = text[e:len(text) if end < 0 else end].rstrip(_CLOSING_MARKS)
    if line.endswith((".", "!", "?")):
        return True
    lexicon_tag = _grammar().lexicon_tag
    return any(lexicon_tag(word.lower()) in ("VBD", "VBN") for word in _WORD.findall(line))


def _h_stamp(ctx, m):
    return _stamp(ctx, *m.span())


def _plausible_years(ctx, heads: set[int]) -> tuple[int, int]:
    """The years a heading that also reads as a time may be: from the earliest year the document names outside
    the headings (or `_CLOCK_YEAR_SPAN` years before the publication) to the latest (or the publication year)."""
    named = [int(x[0]) for x in _ANY_YEAR.finditer(ctx.text) if x.start() not in heads]
    if ctx.ref is not None:
        named += [ctx.ref.year - _CLOCK_YEAR_SPAN, ctx.ref.year]
    return (min(named), max(named)) if named else (1, 0)


def _chronology_entry_year(ctx, s: int, e: int) -> bool:
    """Whether the year at text[s:e] heads a line of a chronology, as `_chronology_headings` reads it."""
    text = ctx.text
    if _ENTRY_AFTER_YEAR.match(text, e, e + 8) is None:
        return False
    if ctx.chronology is None:
        ctx.chronology = _chronology_headings(ctx)
    return s in ctx.chronology


def _accept_year(ctx, s, e, strong_prefix: bool) -> bool:
    text = ctx.text
    if text[e:e + 1] in ("%", "-") and not text[e:e + 2].startswith("-") or text[e:e + 2] in (",0", ".0"):
        return False
    if s > 0 and text[s - 1] in "$£€#/:":
        return False
    after = text[e:e + 24]
    # In an all-ASCII text the word lists are read in the lower-cased text without IGNORECASE, as `_search_low`
    # does (the same matches, offsets and lower-cased words; sre skips a word by its first letter only so).
    low = ctx.low if ctx.ascii else None
    low_after = low[e:e + 24] if low is not None else None
    counted = _NOT_YEAR_AFTER.match(after) if low is None else _NOT_YEAR_AFTER_LOW.match(low_after)
    if counted and not _opening_year_before_subject(text, s, e + counted.end()) \
            and not _year_of_subject_before_its_verb(text, s, e):
        return False
    if _ORGANISATION_AFTER.match(text, e, e + 24) is not None:
        return False  # "the 1922 Committee", "the 1900 Club": a body's name, no date of anything told
    if strong_prefix or _chronology_entry_year(ctx, s, e):
        return True
    if 0 <= ctx.years and s - ctx.years <= 8 and _YEAR_LIST_GAP.fullmatch(text[ctx.years:s]):
        return True
    bm = _YEAR_CTX.search(text[max(0, s - 22):s]) if low is None else _YEAR_CTX_LOW.search(low[max(0, s - 22):s])
    if bm:
        w = bm.group(0).strip().lower()
        if w in ("and", "or", "to", "than", "on", "at", "for", "of", "the", "about", "around"):
            if w in ("and", "or", "to", "than", "on", "at"):
                noun = _YEAR_NOUN.match(after) if low is None else _YEAR_NOUN_LOW.match(low_after)
                # (not a bare year that ends a headline after "to": "Mission delays launch to 2030" names the
                # launch's goal, and the delay is the day's news, not 2030's; "Death toll rises to 2028" is a count)
                return bool(noun) and not _NUMBER_GOES_ON.match(after)
        return True
    noun = _YEAR_NOUN.match(after) if low is None else _YEAR_NOUN_LOW.match(low_after)
    if noun and not _PHRASE_ENDS.match(after):
        return True
    return False


def counts_things(after: str) -> bool:
    """Does `after`, the text right after a four-digit number, say what the number counts ("1500 people", "2000
    tonnes", "(1600 GMT)"), so that the tagger reads no year there (`_NOT_YEAR_AFTER`)?"""
    return _NOT_YEAR_AFTER.match(after, 0, 20) is not None


_NOT_YEAR_AFTER_LOW, _YEAR_CTX_LOW, _YEAR_NOUN_LOW = map(_lowered, (_NOT_YEAR_AFTER, _YEAR_CTX, _YEAR_NOUN))


def _h_year(ctx, m):
    s, e = m.span()
    y = int(m["y4"])
    if not 1000 <= y <= 2099:
        return None
    pre = m["pre"]
    mod = _mod_of(pre)
    if pre is None:
        if not _accept_year(ctx, s, e, False):
            return _stamp(ctx, s, e)  # a live blog's "1430:" heads its line as a time of day, when not a year
    elif not _accept_year(ctx, s, e, True):
        return None
    ctx.years = e
    if pre and re.search(r"\bpre\b", pre, re.I):
        mod = "BEFORE"
    elif pre and re.search(r"\bpost\b", pre, re.I):
        mod = "AFTER"
    return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(y, 1, 1), mod)]


def _h_erayear(ctx, m):
    """A year marked with its era. An AD/CE year is that year (1-9999); a BC/BCE year lies before what a date
    can hold (year 1): dropped, and said, rather than read as the AD year of the same number."""
    s, e = m.span()
    text = ctx.text
    if m["py"] is not None:
        y = int(m["py"])
        if not text[max(0, s - 5):s].rstrip("\u00a0 ").endswith(("AD", "A.D.")):
            return _year_without_era(ctx, s)  # "ad 2010" in lower case: an advertisement, not the era
        s = s - 5 if text[max(0, s - 5):s] == "A.D. " else s - 3
    else:
        era = m["era"]
        if era != era.upper():
            return _year_without_era(ctx, s)  # "in 2010 ad spending": the year, then a word
        y = int(m["sy"])
        if era.startswith("B"):
            log.info("time expression %r at %d dropped: a year before year 1 (BC) is outside the dates the "
                     "timeline holds", m[0], s)
            if ctx.dropped is not None:
                ctx.dropped.append((s, e, "BC: before year 1"))
            return None
    if not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
        if ctx.dropped is not None:
            ctx.dropped.append((s, e, f"year {y}: outside {cal.MIN_YEAR}–{cal.MAX_YEAR}"))
        return None
    ctx.years = e
    return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(y, 1, 1))]


def _year_without_era(ctx, s: int):
    """The plain year rule at `s`, for a number the era rule took but whose era word is not one ("ad", "ce")."""
    ym = _RULE_RE["year"].match(ctx.text, s)
    return _h_year(ctx, ym) if ym is not None else None


def _h_yrange(ctx, m):
    s, e = m.span()
    y1 = int(m["ya"])
    b = m["yb"]
    y2 = int(b) if len(b) == 4 else (y1 // 100) * 100 + int(b)
    if not 1000 <= y1 < y2 <= 2099 or y2 - y1 > 100:
        return None
    if s > 0 and ctx.text[s - 1] in "$£€#/:-":
        return None
    if _NOT_YEAR_AFTER.match(ctx.text[e:e + 20]):
        return None
    value, first, _, prec = cal.period(cal.YEAR, cal.date(y1, 1, 1))
    ctx.years = e
    return [TimeExpression(s, e, _intern(ctx.src[s:e]), DATE, value, first, cal.date(y2, 12, 31), prec)]


def _h_spelled_year(ctx, m):
    s, e = m.span()
    w = m.group(0).lower()
    w = re.sub(r"^(?:in\s+)?the\s+year\s+", "", w)
    parts = w.replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        y = 2000 + (number_value(" ".join(rest)) or 0 if rest else 0)
        if not rest and not m["ty"]:
            return None
    else:
        hi = number_value(parts[0])
        lo = number_value(" ".join(parts[1:]))
        if hi is None or lo is None or lo >= 100:
            return None
        y = hi * 100 + lo
    if not 1000 <= y <= 2099:
        return None
    return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(y, 1, 1))]


_COUNTED_FROM_EVENT = re.compile(r"\s+(?:following|after|before|preceding)\s", re.IGNORECASE)
# A noun and "of" before the word: "the people of tomorrow" (not "the agenda of tomorrow's meeting").
_GENERIC_OF = re.compile(r"\b(?:the|our|their|your)\s+[a-z]+\s+of\s+$", re.IGNORECASE)


# A day word inside a clock time's equivalent in another zone, in brackets after the time told ("at 4:00am today
# local time (2000 yesterday UTC)"): the other zone's day of the same moment, no day of its own to tag (TimeML tags
# no such equivalent, `_h_time`; its "yesterday" alone made the moment a second event a day early).
# (The zone before the day word or after it: "(2000 yesterday UTC)", "(1900 GMT yesterday)".)
_EQUIVALENT_OPENS = re.compile(r"\(\s*\d{1,2}[:.]?\d\d(?:\s*[ap]\.?m\.?)?[^\S\n]+$", re.IGNORECASE)
_EQUIVALENT_CLOSES = re.compile(rf"[^\S\n]+(?:{_ZONE}|[ECMP]T\b)\s*\)", re.IGNORECASE)
_EQUIVALENT_ZONE_OPENS = re.compile(rf"\(\s*\d{{1,2}}[:.]?\d\d(?:\s*[ap]\.?m\.?)?\s*(?:{_ZONE}|[ECMP]T\b)[^\S\n]+$",
                                    re.IGNORECASE)
_EQUIVALENT_ENDS = re.compile(r"\s*\)")


def _h_dayword(ctx, m):
    s, e = m.span()
    text = ctx.text
    if _EQUIVALENT_CLOSES.match(text, e, e + 12) is not None \
            and _EQUIVALENT_OPENS.search(text, max(0, s - 14), s) is not None \
            or _EQUIVALENT_ENDS.match(text, e, e + 4) is not None \
            and _EQUIVALENT_ZONE_OPENS.search(text, max(0, s - 20), s) is not None:
        return None
    w = m["dw"].lower()
    part = (m["part"] or "").lower()
    pre = (m["pre"] or "").lower()
    mod = _mod_of(pre)
    if w == "tonight":
        part = "night"
    if w == "tomorrow" and not part and not pre and _GENERIC_OF.search(ctx.text, max(0, s - 30), s) \
            and not ctx.text.startswith(("'s", "\u2019s"), e):
        return None  # "the people of tomorrow", "the cities of tomorrow": the future in general, no day
    if w == "today" and re.match(r"(?:'s|\u2019s)?\s+(?:show|program|programme|newspaper|paper|"
                                   r"edition)\b", ctx.text[e:e + 12]):
        pass
    if ctx.ref is None:
        val = "XXXX-XX-XX"
        if part:
            return [_te(ctx, s, e, TIME, val + "T" + DAY_PARTS[part], mod=mod)]
        return [_te(ctx, s, e, DATE, val, mod=mod)]
    d = cal.add_days(ctx.ref, DAY_WORDS[w])
    ctx.anchor = d
    if part and w != "tonight":
        return [_te(ctx, s, e, TIME, d.isoformat() + "T" + DAY_PARTS[part], first=d, mod=mod,
                    relative=True)]
    return [_te(ctx, s, e, DATE, "", cal.DAY, d, mod, relative=True)]


def _h_partofday(ctx, m):
    """this morning / last night / overnight / the morning / mid-afternoon [yesterday]."""
    s, e = m.span()
    which = (m["which"] or "").lower()
    part = m["part"].lower()
    off = 0
    if which == "last" and part in ("night", "evening"):
        off = -1
    elif which == "last":
        return None
    if m["dw"]:
        off = DAY_WORDS[m["dw"].lower()]
    if which == "the" and _OF_DAY.match(ctx.text, e):
        return None  # "the night of Friday, Oct. 23": the day that follows carries the date
    if part == "overnight" and not m["dw"] and _INTO_DAY.match(ctx.text, e):
        return None  # "overnight into Sunday", "overnight on Saturday": so does the day named after it
    if which in ("the", "") and part != "overnight" and not m["mid"] and not m["dw"]:
        if which == "" or not re.search(r"\b(?:in|during|on|by|until|this|that)\s+$",
                                        ctx.text[max(0, s - 10):s], re.I):
            return None
    code = DAY_PARTS[part]
    mod = "MID" if m["mid"] else _mod_of(m["pre"])
    if ctx.ref is None:
        return [_te(ctx, s, e, TIME, "XXXX-XX-XXT" + code, mod=mod)]
    d = cal.add_days(ctx.ref, off)
    if which == "the" and ctx.anchor is not None:
        d = _day_in_focus(ctx, s, e, back=_EARLIER_IN.search(ctx.text, max(0, s - 20), s) is not None)
    elif which == "last" or m["dw"]:
        ctx.anchor = d  # a named day, as "yesterday" is: "approved the budget last night … shortly before 10pm"
    return [_te(ctx, s, e, TIME, d.isoformat() + "T" + code, first=d, mod=mod, relative=True)]


# (the day may come first: "the morning of 2 October 1628", "the night of the 14th of April")
_OF_DAY = re.compile(rf"\s+of\s+(?:{_WD}|{_MON}|today|yesterday|tomorrow"
                     rf"|(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON})", re.I)


_INTO_DAY = re.compile(rf"\s+(?:(?:into|to|on|until)\s+)?(?:{_WD}|(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+{_MON}"
                       rf"|{_MON}\.?\s+(?:3[01]|[12]\d|0?[1-9])\b)", re.I)


_SHARED_PARTS = re.compile(rf"\s*(?:,|,?\s+(?:and|or))\s+{_WD}\s+(?P<part>mornings|afternoons|evenings|nights)\b",
                           re.I)


# "a"/"an"/"any" right before a weekday: no particular day ("was last held on a Tuesday", "on any Sunday"); not an
# appositive after a comma, which tells the weekday of the day just named ("agreed on the 12th, a Sunday,")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'\u2019,-])(?<!,\s)(?:a|an|any)\s+\Z", re.I)
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def _indefinite_weekday(text: str, s: int, e: int) -> bool:
    """Whether the weekday at text[s:e] follows an indefinite determiner and heads its noun phrase ("held on a
    Tuesday", "on a Tuesday morning", "any Sunday in May"): some Tuesday, not the nearest. Before a noun the weekday
    tells which day a thing is on and the determiner is the thing's: "faces a Friday deadline" is this Friday's.
    After a comma it is an appositive naming the weekday of the day just told ("on the 12th, a Sunday,")."""
    if _INDEFINITE_BEFORE.search(text, max(0, s - 5), s) is None:
        return False
    nxt = _WORD_AFTER.match(text, e, e + 40)
    return nxt is None or "NOUN" not in _grammar().all_lemmas(nxt[1])


# A weekday in brackets with a clock time in a zone and nothing else ("4:15 a.m. local time (Friday 2245 UTC)"):
# the moment told before it, given again in another zone, whose day may be the one before or after; no day of a
# happening of its own.
_CONVERTED_WEEKDAY_BEFORE = re.compile(r"\([^\S\n]*$")
_CONVERTED_WEEKDAY_AFTER = re.compile(
    rf",?[^\S\n]+(?:at[^\S\n]+)?\d{{1,2}}[:.]?\d\d(?:[^\S\n]*[ap]\.?m\.?)?[^\S\n]*(?:{_ZONE}|[ECMP]T\b)[^\S\n]*\)",
    re.IGNORECASE)


def _h_weekday(ctx, m):
    s, e = m.span()
    wd_tok = m["wd"]
    if not _is_cap(wd_tok) and not ctx.upper:
        return None
    if _CONVERTED_WEEKDAY_AFTER.match(ctx.text, e) and _CONVERTED_WEEKDAY_BEFORE.search(ctx.text, max(0, s - 4), s):
        return None  # "(Friday 2245 UTC)": another zone's reading of a time told before it
    wd = WEEKDAYS[wd_tok.lower().rstrip("s")] if wd_tok.lower().endswith("days") else WEEKDAYS[wd_tok.lower()]
    which = " ".join((m["which"] or "").lower().split())
    pre = (m["pre"] or "").lower()
    part = (m["part"] or "").lower()
    if wd_tok.lower().endswith("days") or part.endswith("s"):  # "on Mondays" → a set
        val = f"XXXX-WXX-{wd + 1}" + ("T" + DAY_PARTS[part.rstrip("s")] if part else "")
        return [_te(ctx, s, e, SET, val)]
    shared = _SHARED_PARTS.match(ctx.text, e) if not part and not which else None
    if shared is not None:
        # "on Monday and Tuesday nights": the plural part of day after the second weekday makes both a set
        # (TimeBank: XXXX-WXX-1TNI, XXXX-WXX-2TNI)
        return [_te(ctx, s, e, SET, f"XXXX-WXX-{wd + 1}T" + DAY_PARTS[shared["part"].lower().rstrip("s")])]
    if not which and not pre and not m["ofweek"] and _indefinite_weekday(ctx.text, s, e):
        return None
    mod = _mod_of(pre)
    if ctx.ref is None:
        val = f"XXXX-WXX-{wd + 1}"
        if part:
            return [_te(ctx, s, e, TIME, val + "T" + DAY_PARTS[part], mod=mod)]
        return [_te(ctx, s, e, DATE, val, mod=mod)]
    ofweek = m["ofweek"]
    if ofweek and not which:
        # "Wednesday of last week", "Friday of next week": that week's day, whatever the tense says
        monday = cal.add_days(ctx.ref, -ctx.ref.weekday() + 7 * _REL_OFF[ofweek.lower()])
        d = cal.add_days(monday, wd)
    else:
        d = _weekday_date(ctx, s, e, wd, which)
        if pre.strip() == "early" and not which and d == cal.add_days(ctx.ref, -6):
            # "Officials said early Saturday" on a page dated Friday: the small hours of the day after the page's
            # date are still that date in the zones behind the story's (a wire story from Asia dated in New
            # York), while a Saturday six days gone would be told with "last"
            d = cal.add_days(ctx.ref, 1)
    ctx.anchor = d
    if part:
        return [_te(ctx, s, e, TIME, d.isoformat() + "T" + DAY_PARTS[part], first=d, mod=mod,
                    relative=True)]
    return [_te(ctx, s, e, DATE, "", cal.DAY, d, mod, relative=True)]


_REL_GRAN = {"week": cal.WEEK, "weekend": cal.WEEKEND, "month": cal.MONTH, "year": cal.YEAR,
             "quarter": cal.QUARTER, "decade": cal.DECADE, "century": cal.CENTURY,
             "season": cal.SEASON, "fiscal year": cal.YEAR, "day": cal.DAY, "half": cal.HALF}
_REL_OFF = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0,
            "next": 1, "coming": 1, "following": 1, "same": 0, "that": 0, "the": 0, "latest": -1,
            "this past": -1, "this coming": 1, "present": 0,
            "full": 0, "entire": 0, "whole": 0}


# "the week ended Friday" / "the week ending Nov. 14": a week named by its last day.
_WEEK_ENDED_BY = re.compile(r"\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?", re.I)


def _glossed_deictic(deictic: TimeExpression, text: str, day: TimeExpression) -> bool:
    """Is `deictic` ("yesterday") glossed by the weekday `day` in brackets right after it ("yesterday (Monday)")?"""
    return deictic.text.lower() in DAY_WORDS and day.text.lower() in WEEKDAYS \
        and text[deictic.end:day.start].strip() == "(" and text[day.end:day.end + 1] == ")"


def _glossed_day(ref: dt.date, deictic: str, weekday: str) -> dt.date:
    """The day a glossed deictic means: the weekday named nearest to the deictic's own day (counted from the
    publication day `ref`), either side of it. A weekday that does not fit the deictic ("tomorrow (Friday)" in an
    article dated Friday) says the publication date is off by a day or so, not that a week passed."""
    shift = DAY_WORDS[deictic.lower()]
    own = ref + dt.timedelta(days=shift)
    ahead = (WEEKDAYS[weekday.lower()] - own.weekday()) % 7  # 0..6 days on; the same weekday back is 7 - ahead
    day = own + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
    if shift < 0 and day > ref + dt.timedelta(days=1):
        # a past deictic's gloss is at most a day after the publication's (a page's date may run a day before the
        # news day in the publisher's time zone, as `documents._dateline_day` allows for a wire dateline:
        # "yesterday (Saturday)" in a Friday article is the next day); further on, it is a past day:
        # "yesterday (Sunday)" in a Friday article is the last Sunday, not one to come
        day -= dt.timedelta(days=7)
    return day


# A speaker's own day words inside a quotation: counted from the day the words were spoken.
_SPEAKER_DAY_WORDS = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|"
                                r"last\s+night)\b", re.I)
_OPEN_QUOTES = "\"\u201c"
# After a quotation that holds the day word, its close and the speaker's verb before the day the words were spoken
# ('," the mayor said on Monday', '," she told reporters Monday', '," the foundation said in a statement on Monday'):
# the rest of the quotation (no quote mark, no line), the close, the speaker and the verb, a few more words. No
# full stop among them but a name's title ("Mr."): the day of '," he said. The club was fined on Monday' is the
# next sentence's.
_QUOTE_THEN_SPEAKER = re.compile(r"[^\"\u201c\u201d\n]{0,200}?[\"\u201d]"
                                 r"(?P<words>(?:[ \t]+(?:[A-Za-z'\u2019-]+|[A-Z][a-z]{0,3}\.)){1,9}?)"
                                 r"[ \t]+(?:on[ \t]+)?")
# Before a quotation: the speaker's verb, its day, then the quotation opening up to the day word ('The mayor said on
# Monday: "Early this morning ...'), no quote mark between; or the day opening the sentence, then the speaker and
# the verb ('On Monday, the coach said: "Yesterday we lost').
_SPEAKER_THEN_QUOTE = re.compile(r"(?:,(?P<words>(?:[ \t]+[A-Za-z.'\u2019-]+){1,6}))?[ \t]*[:,]?[ \t]*[\"\u201c]"
                                 r"[^\"\u201c\u201d\n]{0,200}")
_SPEAKER_WORD = re.compile(r"[a-z]+")
_VERB_BEFORE_SPEECH_DAY = re.compile(r"\b(?P<verb>[a-z]+)[ \t]+(?:on[ \t]+)?$")


def _speaker_day_word(t: TimeExpression, ref: dt.date) -> bool:
    """Is `t` a speaker's day word ("yesterday", "early this morning"): one day, within a day of `ref`?"""
    return t.relative and t.precision is Precision.DAY and t.first is not None \
        and abs((t.first - ref).days) <= 1 and _SPEAKER_DAY_WORDS.search(t.text) is not None


def _quoted_deictic_of_dated_speech(ctx: _Ctx, before: TimeExpression, after: TimeExpression) -> int | None:
    """Of two expressions in a row, is one a speaker's day word inside a quotation ("yesterday", "this morning")
    and the other the day the sentence says the quotation was spoken, a day before the publication's, told by a
    reporting verb right before it ('"We lost yesterday," the coach said on Sunday', 'The mayor said on Monday:
    "Early this morning the river broke its banks."')? Then the day word counts from that day. 0: `before` is the
    quoted day word, 1: `after` is; None: neither."""
    ref, t = ctx.ref, ctx.text
    if ref is None:
        return None
    if _speaker_day_word(before, ref) and after.precision is Precision.DAY and after.first is not None \
            and after.first < ref and not _speaker_day_word(after, ref):
        m = _QUOTE_THEN_SPEAKER.fullmatch(t, before.end, after.start)
        if m is not None and _speaker_verb_dated(m["words"]) and _inside_quotation(t, before.start):
            return 0
    if _speaker_day_word(after, ref) and before.precision is Precision.DAY and before.first is not None \
            and before.first < ref and not _speaker_day_word(before, ref):
        m = _SPEAKER_THEN_QUOTE.fullmatch(t, before.end, after.start)
        if m is None:
            return None
        if m["words"] is not None:
            return 1 if _reporting_verb_among(m["words"]) else None  # "On Monday, the coach said: ..."
        verb = _VERB_BEFORE_SPEECH_DAY.search(t, max(0, before.start - 30), before.start)
        if verb is not None and _reporting_verb(verb["verb"]):
            return 1
    return None


def _speaker_verb_dated(words: str) -> bool:
    """Is the date right after `words` (the few words after a quotation's close) the day of their reporting verb:
    the verb is the last one before the date, followed at most by its audience or its setting ("she told
    reporters", "he said in a statement"), not by another verb's participle ('she said in an interview broadcast
    on Monday': the broadcast's day), and a full stop only ends a name's title ("Mr.")?"""
    grammar = _grammar()
    split = words.split()
    if any(w.endswith(".") and w[:-1] not in grammar._NAME_TITLES for w in split):
        return False
    verb = next((i for i in range(len(split) - 1, -1, -1) if _reporting_verb(split[i].lower())), None)
    return verb is not None and not any(grammar._may_be_participle(w) for w in split[verb + 1:])


def _reporting_verb_among(words: str) -> bool:
    """Does `words` (a speaker's few words: "the mayor said", "she told reporters") hold a reporting verb?"""
    return any(_reporting_verb(w) for w in _SPEAKER_WORD.findall(words))


def _inside_quotation(t: str, at: int) -> bool:
    """Is t[at] inside a quotation: an opening mark before it in its paragraph, with no closing one after that?"""
    line = t.rfind("\n", 0, at) + 1
    marks = [i for i in range(max(line, at - 400), at) if t[i] in _OPEN_QUOTES or t[i] == "\u201d"]
    if not marks:
        return False
    last = t[marks[-1]]
    if last == "\u201c":
        return True
    if last == "\u201d":
        return False
    return sum(1 for i in marks if t[i] == '"') % 2 == 1


def _shifted(t: TimeExpression, by: dt.timedelta) -> TimeExpression:
    """`t` moved by `by` days, its value's date with it ("2019-03-06TMO" -> "2019-03-04TMO")."""
    first, last = t.first + by, t.last + by
    value = t.value.replace(t.first.isoformat(), first.isoformat(), 1)
    return dataclasses.replace(t, value=value, first=first, last=last)


def _is_week_ended_by(week: TimeExpression, text: str, day_start: int) -> bool:
    """Is `week` "the week" followed by "ended"/"ending" and then the day that starts at `day_start`?"""
    return week.text.lower() == "the week" and week.type is DATE \
        and _WEEK_ENDED_BY.fullmatch(text, week.end, day_start) is not None


# "for the week," opening a clause: the summary frame of a periodic report, wherever the clause stands ("For the
# week, the index fell", "Meanwhile, for the week, ...", "and for the week, ..."): the "for" after a clause's
# start (a sentence's, a quotation's, after a comma or "and"/"but") ...
_WEEK_SUMMARY = re.compile(r"(?:^|[.!?:;,][\"'\u201d\u2019)]*\s+|\n\s*|\b(?:and|but)\s+)[\"'\u201c\u2018(]?for\s+$",
                           re.I)
# ... and after "the week" a comma closing the phrase, or the week named by its end ("For the week ended Friday,
# the index fell": a Monday's wrap-up of last week, which the report's own week would misplace). Not a comma
# after a verb's object ("drew record crowds for the week, officials said"): the report's week.
_WEEK_SUMMARY_AFTER = re.compile(r"\s*,|\s+(?:ended|ending)\b", re.I)


# "the year before." / "the month before, when ...": a unit counted back, standing alone (not "the week
# before the election", whose happening the unit is counted from); so too "the year before that," and one that opens
# a clause told in the past perfect ("; the year before it had made a profit": an adverb, the time of that clause,
# where a conjunction's "the week before he was elected" counts from his election)
_UNIT_BEFORE = re.compile(r"\s+before(?:(?P<last>\s+last)|\s+that)?(?=\s*(?:[,.;:!?)]|$))"
                          r"|\s+before(?=\s+(?:it|he|she|they|we|i|you)\s+had\b)", re.I)
_YEAR_OF_THING = re.compile(r"\s+of\s+(?:the|a|an|his|her|its|their|our)\s+[a-z]", re.I)
_AWARD_OF = re.compile(r"\b(?:team|player|goal|coach|manager|person|man|woman|song|album|record|book|car|word|"
                       r"athlete|rookie|driver|employee|game|newcomer|comeback|signing|moment|photo|picture|"
                       r"film|movie|artist|entrepreneur|teacher|story|executive|sportsman|sportswoman)s?\s+of\s+$",
                       re.I)


def _h_relunit(ctx, m):
    """last week / this year / next month / the following day / earlier this year / late last year."""
    s, e = m.span()
    pre = " ".join((m["pre"] or "").lower().split())
    which = " ".join(m["which"].lower().split())
    unit = " ".join(m["unit"].lower().split())
    gran = _REL_GRAN[unit]
    mod = _mod_of(pre) if pre else ""
    if pre.startswith("later") or pre.startswith("earlier"):
        mod = "START" if pre.startswith("earlier") else "END"
    w = which.replace("the ", "").strip() if which not in ("the",) else "the"
    anchored = w in ("following", "previous", "same", "that", "prior") or (w == "next" and which.startswith("the"))
    if unit == "day" and not anchored:
        return None
    if w in ("past", "last") and which.startswith("the") and unit in ("decade", "century"):
        n = {"decade": "P10Y", "century": "P100Y"}[unit]
        return [_te(ctx, s, e, DURATION, n)]
    if w == "the" and unit not in ("week", "weekend", "fiscal year", "year", "month"):
        return None
    if w == "the" and unit in ("year", "month", "week") and not pre and ctx.ref is not None:
        before = _UNIT_BEFORE.match(ctx.text, e)
        if before is not None:
            # "dropped to $300 million last year, down from $450 million the year before": the unit before
            # the one the text last told (or the publication's), not the current one
            # ("the year before last": two back from the publication's)
            base = ctx.focus[0] if ctx.focus is not None and not before["last"] else ctx.ref
            first = cal.shift(gran, cal.start_of(gran, base), -2 if before["last"] else -1)
            return [_te(ctx, s, before.end(), DATE, "", gran, first, mod, relative=True)]
    if w == "the" and unit in ("week", "month") and not pre and ctx.ref is not None \
            and _COUNTED_FROM_EVENT.match(ctx.text, e):
        # "double the level of the week following last month's credit squeeze": a week of that happening's, which
        # no calendar says (TimeBank: 1989-WXX)
        return [_te(ctx, s, e, DATE, f"{ctx.ref.year}-{'WXX' if unit == 'week' else 'XX'}")]
    if w == "the" and unit == "week" and not pre and ctx.ref is not None and (
            _WEEK_SUMMARY.search(ctx.text, max(0, s - 24), s) and _WEEK_SUMMARY_AFTER.match(ctx.text, e)
            or ctx.text.startswith(("'s", "\u2019s"), e)):
        # A periodic report's summary of its period: "For the week, the index dropped 3.8%" opening a
        # clause, "the week's most active session". The week is the one the story covers, which a Monday's
        # wrap-up of last week does not place on the calendar (TimeBank: 1989-WXX). Any other "the week"
        # ("prices rose during the week") is the week of the report, counted below.
        return [_te(ctx, s, e, DATE, f"{ctx.ref.year}-WXX")]
    if w == "the" and unit in ("week", "month"):
        # "the week" / "the month" alone: only as a point ("earlier in the week", "the end of the month")
        if not pre and not re.search(r"\b(?:in|during|of|for|over|through|throughout|that)\s+$",
                                     ctx.text[max(0, s - 12):s], re.I):
            return None
    if w == "the" and unit == "year" and _AWARD_OF.search(ctx.text, max(0, s - 20), s):
        return None  # "team of the year", "player of the year": an award, not a time
    if w == "the" and unit == "year" and not pre and _YEAR_OF_THING.match(ctx.text, e):
        return None  # "2007 was the year of the iPhone": a description of some year, not this one
    if w == "the" and unit in ("year", "fiscal year") and not pre:
        # "the year ended Sept. 30" / "over the year" measure a span (P1Y); "for the year" and
        # "a high for the year" name the current (fiscal) year
        if re.match(r"\s+(?:that\s+)?(?:ended|ending|ends|to\s+date)\b", ctx.text[e:e + 16], re.I) or \
                re.search(r"\b(?:during|over|throughout|through)\s+$", ctx.text[max(0, s - 12):s], re.I):
            return [_te(ctx, s, e, DURATION, "P1Y")]
    base = ctx.anchor if anchored and ctx.anchor is not None else ctx.ref
    if anchored and gran != cal.DAY and ctx.focus is not None and \
            ctx.focus[1].rank <= cal.precision_of(gran).rank:
        base = ctx.focus[0]
    if anchored and gran == cal.YEAR and ctx.told_year is not None:
        # "later that year" is the year "in June of that year" would be (`_tells_year`): a weekday since
        # ("On Tuesday, ...") names none
        base = cal.date(ctx.told_year, 1, 1)
    if base is None:
        unit_code = {cal.WEEK: "XXXX-WXX", cal.WEEKEND: "XXXX-WXX-WE", cal.MONTH: "XXXX-XX",
                     cal.YEAR: "XXXX", cal.QUARTER: "XXXX-QX", cal.DECADE: "XXX", cal.CENTURY: "XX",
                     cal.SEASON: "XXXX-XX", cal.DAY: "XXXX-XX-XX", cal.HALF: "XXXX-HX"}[gran]
        return [_te(ctx, s, e, DATE, unit_code, mod=mod)]
    off = _REL_OFF.get(w, 0)
    if w == "next" and which.startswith("the"):
        off = 1
    if w == "latest" and gran != cal.QUARTER:
        # "the latest fiscal year" is the last one reported, which has ended (TimeBank: 1988 in 1989)
        off = 0 if gran == cal.YEAR and "fiscal" not in unit else -1
    if w == "the" and gran == cal.WEEKEND:
        if base.weekday() == 6 or (base.weekday() == 0):
            off = -1 if base.weekday() == 0 else 0
        elif base.weekday() < 5 and _SINCE_BEFORE.search(ctx.text, max(0, s - 8), s):
            off = -1  # "have been evacuated since the weekend": a weekend already reached, the last one
        elif base.weekday() < 5 and _weekend_told_past(ctx, s, e):
            off = -1  # "its deputy mayor died over the weekend" on a Wednesday: the weekend gone, as a weekday's
    if gran == cal.DAY and ctx.focus is not None and ctx.focus[1] in (Precision.MONTH, Precision.YEAR) \
            and w in ("same", "that", "that same"):
        coarse = cal.MONTH if ctx.focus[1] == Precision.MONTH else cal.YEAR
        _, lo, hi, _ = cal.period(coarse, ctx.focus[0])
        if base is None or not (lo <= base <= hi):
            # "... killed last October. His name was crossed out that same day": a day of the month (or
            # year) last told, which the text does not give; not the last day it gave
            return [_te(ctx, s, e, DATE, "", coarse, ctx.focus[0], mod, relative=True)]
    first = cal.shift(gran, cal.start_of(gran, base), off)
    if off > 0 and anchored and ctx.ref is not None and base != ctx.ref \
            and cal.shift(gran, first, 1) <= ctx.ref and _future(ctx, s, e, ahead_only=True) == _AHEAD:
        # "Cleargate, which is expected to start marketing its shares the following week": a schedule still to
        # come counts from publication, not from a day the text named long gone (whose following unit is past)
        first = cal.shift(gran, cal.start_of(gran, ctx.ref), off)
    if gran == cal.DAY:
        ctx.anchor = first
    if gran == cal.QUARTER:
        ctx.quarter, ctx.quarter_pos, ctx.quarter_fiscal = first, e, False
    return [_te(ctx, s, e, DATE, "", gran, first, mod, relative=True)]


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)


def _weekend_told_past(ctx: _Ctx, s: int, e: int) -> bool:
    """Is "the weekend" at t[s:e] told in a past clause ("its deputy mayor died over the weekend", "Over the weekend,
    lawyers raised ...") and not one looking ahead? On a weekday it is then the weekend gone, as a bare weekday of a
    past clause is the one gone (`_weekday_date`); with no past verb it stays the coming one ("rain is forecast for
    the weekend", "the festival runs over the weekend")."""
    return _future(ctx, s, e, ahead_only=True) != _AHEAD and _clause_verb_is_past(ctx, s, e)


def _h_yearend(ctx, m):
    s, e = m.span()
    if ctx.ref is None:
        return [_te(ctx, s, e, DATE, "XXXX", mod="END")]
    which = (m["which"] or "").lower()
    y = ctx.ref.year + {"last": -1, "next": 1}.get(which, 0)
    if not which and re.search(r"\bsince\s+$", ctx.text[max(0, s - 8):s], re.I):
        y -= 1  # "the percentage change is since year-end": the year-end already reached, last year's
    return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(y, 1, 1), "END", relative=True)]


_DUR_UNIT = {"S": ("T", "S"), "MIN": ("T", "M"), "H": ("T", "H"), "D": ("", "D"), "W": ("", "W"),
             "FN": ("", "W"), "M": ("", "M"), "Q": ("", "Q"), "Y": ("", "Y"), "DE": ("", "DE"),
             "CE": ("", "CE"), "ML": ("", "ML"), "WE": ("", "WE")}
_DUR_GRAN = {"D": cal.DAY, "W": cal.WEEK, "FN": cal.WEEK, "M": cal.MONTH, "Q": cal.QUARTER,
             "Y": cal.YEAR, "DE": cal.YEAR, "CE": cal.YEAR, "ML": cal.YEAR}
_DUR_DELTA = {"D": (1, "days"), "W": (7, "days"), "FN": (14, "days"), "M": (1, "months"),
              "Q": (3, "months"), "Y": (12, "months"), "DE": (120, "months"), "CE": (1200, "months"),
              "ML": (12000, "months")}
_APPROX_MOD = {"more than": "MORE_THAN", "over": "MORE_THAN", "well over": "MORE_THAN",
               "just over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
               "under": "LESS_THAN", "nearly": "APPROX", "almost": "LESS_THAN", "about": "APPROX",
               "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
               "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
               "within": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "some": "APPROX",
               "close to": "APPROX", "no less than": "EQUAL_OR_MORE", "upwards of": "MORE_THAN"}


def _num(x: int | float) -> str:
    """A duration's number as TIMEX3 writes it: 3, 1.5 (never 3.0 or 1.23e+06)."""
    if isinstance(x, float):
        return str(int(x)) if x == int(x) else format(x, "f").rstrip("0").rstrip(".")
    return str(x)


def _dur_value(n, code: str) -> str:
    t, u = _DUR_UNIT[code]
    if code == "DE":
        return f"P{_num(n * 10)}Y" if n is not None else "PXDE"
    if code == "CE":
        return f"P{_num(n * 100)}Y" if n is not None else "PXCE"
    if code == "FN":
        return f"P{_num(n * 2)}W" if n is not None else "PXW"
    if code == "WE":
        return f"P{_num(n * 2)}D" if n is not None else "PXD"
    if n is None:
        return f"P{t}X{u}"
    if isinstance(n, float):
        if n == int(n):
            n = int(n)
        else:
            # 1.5 years → P18M, 2.5 hours → PT2H30M, 1.5 days → PT36H
            if code == "Y":
                months = round((n - int(n)) * 12)
                return f"P{int(n)}Y{months}M" if int(n) else f"P{months}M"
            if code == "H":
                return f"PT{int(n)}H{round((n - int(n)) * 60)}M"
            if code == "MIN":
                return f"PT{int(n)}M{round((n - int(n)) * 60)}S" if int(n) else f"PT{round(n * 60)}S"
            if code == "D":
                return f"PT{round(n * 24)}H"
            return f"P{t}{_num(n)}{u}"
    return f"P{t}{n}{u}"


def _h_duration(ctx, m):
    s, e = m.span()
    text = ctx.text
    numtok = m["num"]
    unit_tok = m["unit"].lower()
    base = unit_tok
    if base.endswith("ies"):
        base = base[:-3] + "y"
    elif base.endswith("s") and base not in ("millennia",):
        base = base[:-1]
    code = UNITS.get(base)
    if code is None:
        return None
    plural = unit_tok.endswith("s") or unit_tok in ("centuries", "millennia")
    approx = " ".join((m["approx"] or "").lower().split())
    det = " ".join((m["det"] or "").lower().split())
    tail = " ".join((m["tail"] or "").lower().split())
    if tail.startswith("or so "):
        tail = tail[len("or so "):]  # "a week or so ago": about a week ago
        approx = approx or "about"
    if tail == "from today":
        tail = "from now"  # "two weeks from today": one date counted from the reference, as "from now"
    half = m["half"] or (m["half2"] if numtok else None)  # "two and a half years", "a minute and a half"
    n = None
    vague = False
    if numtok:
        nt = " ".join(numtok.lower().split())
        if nt in ("a few", "few", "several", "many", "some", "a couple", "dozens of", "hundreds of",
                  "thousands of"):
            vague = True
            if nt == "a couple":
                n, vague = 2, False
        elif nt in ("a half", "half a", "half an"):
            n = 0.5
        else:
            try:
                half = half or nt.endswith(" 1/2")
                nt = nt.replace(" 1/2", "")
                digits = nt.replace(",", "")
                # whole numbers stay exact ints ("99999999999 days"); int() refuses > 4300 digits
                n = (int(digits) if digits.isdigit() else float(digits)) if _DIGITS.match(nt) \
                    else number_value(nt)
            except ValueError:
                return None
            if n is None or isinstance(n, float) and not math.isfinite(n):
                return None  # "1e400"-sized decimals: no duration anyone means
            if isinstance(n, float) and n == int(n):
                n = int(n)
            if half:
                n = n + 0.5
        if _DIGITS.match(nt):
            # digits: reject "$24 years"?, "F-16 hours"; and unlikely sizes
            if s > 0 and text[s - 1] in "$£€#-/.":
                return None
            if code == "Y" and n is not None and n >= 1000 and not plural:
                return None
    else:
        # no number: "years", "the past weeks", "recent months"
        if not plural:
            return None
        vague = True
    if code == "Q" and re.match(r"\s+of\b", text[e:e + 4]) and (
            not numtok or numtok.lower() in ("a", "an", "one", "two", "three", "1", "2", "3")):
        return None  # "three quarters of the vote"
    if code == "WE" and not plural:
        return None
    if det in ("the early", "the first") and code in ("H", "D") and _OF_DAY.match(text, e):
        return None  # "in the early hours of Thursday morning": the day carries the date
    if code == "Y" and re.match(r"-(?:ago|earlier|before)\b", text[e:e + 9]):
        return None  # "a year-earlier loss": the adjective "year-earlier", not "a year"
    if code == "S" and numtok and numtok.lower() in ("a", "an"):
        return None  # "a second" (ordinal / "a second time")
    if not numtok and not det and not approx:
        # bare plural unit: only in clear temporal frames ("for years", "within days")
        if not re.search(r"\b(?:for|in|within|over|after|take|takes|took|taking|lasting|lasted|"
                         r"last|of|than|few|several|recent|coming|next|past|ago|nearly|almost|"
                         r"about|two|three|by|those|these|the|many)\s+$",
                         text[max(0, s - 14):s], re.I):
            return None
        if re.match(r"\s+(?:old|of\s+(?:age|the|his|her|their|its|my|our))\b", text[e:e + 12]):
            return None
    # "a day", "an hour": ambiguous but commonly durations; "a day after" fine. sets: "$5 a year"
    if numtok and numtok.lower() in ("a", "an") and not det and not approx and not tail:
        if re.search(r"(?:\$\s?[\d.,]+\s*(?:million|billion|trillion|thousand|[mbk]n?)?|\d[\d,.]*\s*"
                     r"(?:million|billion|thousand|percent|%)?(?:\s+[a-z]+){0,3}|\btimes|\btwice|\bonce|"
                     r"\bthrice)\s+$", text[max(0, s - 40):s], re.I):
            if code in ("D", "W", "M", "Y", "H", "MIN", "Q"):
                if re.search(r"(?:\$|\d|times|twice|once|thrice|percent|%|million|billion)\S*\s+(?:[a-z]+\s+){0,3}$",
                             text[max(0, s - 40):s], re.I):
                    return [_te(ctx, s, e, SET, _dur_value(1, code))]
    if tail in ("ago", "earlier", "later", "from now", "hence", "before", "after"):
        if tail in ("earlier", "later") and code in ("D", "W", "H", "MIN", "S") or \
                tail == "later" and (s < ctx.head_end or _opens_a_title_line(text, s)):
            # "three days later": TimeML tags the duration, the anchor is an event. A headline's "One Year Later"
            # counts from the story's happening, which it has not told yet: the time since it, not a date
            tail = "after"
        if tail in ("before", "after"):
            if not re.match(r"\s*[,.;:!?]", text[e:e + 2]) or m["tail"].lower() in ("earlier", "later"):
                # "two days after the election": the span is a duration
                e2 = m.start("tail")
                while text[e2 - 1].isspace():  # back over the space before the tail (never past the unit)
                    e2 -= 1
                return [_te(ctx, s, e2, DURATION, _dur_value(n if not vague else None, code),
                            mod=_APPROX_MOD.get(approx, ""))]
        return _ago(ctx, s, e, n, vague, code, tail, approx)
    if m["adj"] and m["adj"].lower().endswith("old") or _AGE_AFTER.match(text, e, e + 12):
        return None  # ages ("a 24-year-old man", "52 years old", "40 years of age") are not time expressions
    value = _dur_value(None if vague else n, code)
    mod = _APPROX_MOD.get(approx, "")
    if det in ("recent", "the recent") and code == "Y":
        return [_te(ctx, s, e, DATE, "PAST_REF")]
    if det in ("coming", "the coming", "future") and not numtok:
        return [_te(ctx, s, e, DATE, "FUTURE_REF")]
    if tail in ("or so",):
        mod = "APPROX"
    return [_te(ctx, s, e, DURATION, value, mod=mod)]


def _opens_a_title_line(text: str, s: int) -> bool:
    """Does the phrase at text[s] open a line that is no sentence: a headline's, anywhere on a page (a site's header
    lines may come first): short, and no full stop, "?", "!", colon or closing quotation mark at its end?"""
    start = text.rfind("\n", max(0, s - _LINE_MAX), s) + 1
    if text[start:s].strip() or start == 0 and s > _LINE_MAX:
        return False
    end = text.find("\n", s, start + _LINE_MAX + 1)
    if end < 0:
        end = len(text)
        if end - start > _LINE_MAX:
            return False
    line = text[start:end].rstrip()
    return bool(line) and line[-1] not in ".!?:;\"'\u201d\u2019"


_AGE_AFTER = re.compile(r"\s+(?:old\b|of\s+age\b)", re.I)


# "six months earlier than it forecast", "two years later than planned": a comparison of two timings, no date
_THAN_AFTER = re.compile(r"\s+than\b", re.I)


# A year's digits in a date phrase ("2019", "March 5, 2019", "summer 2019"; not "last year").
_WRITES_YEAR_DIGITS = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)")
# A participle's phrase about a noun that the year dates ("The company, founded in 1985, said ...", "Born in 1950,
# he ..."): the thing's own time, not the time the narrative is at.
_PARTICIPLE_PHRASE_BEFORE = re.compile(r"(?:^|[,(]|[.!?]\s)\s*(?:[A-Za-z]+ed|[Bb]orn|[Bb]uilt|[Bb]egun|[Mm]ade|[Ss]et\s+up)"
                                       r"\s+(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?$")
_WRITTEN_YEAR_REACH = 400  # characters back from the phrase: its own sentence and the one before


def _year_written_nearby(ctx: _Ctx, s: int) -> dt.date | None:
    """The first day of the date in focus when the phrase that set it wrote its year's digits and stands in the
    sentence of offset s or the one before ("In 2019 the firm lost money. A year earlier it had ..."): the time an
    anaphoric "a year earlier" counts from. None otherwise (the count keeps its own base)."""
    written = ctx.focus_written
    if written is None or written[0] is not ctx.focus:
        return None  # (a later date without written digits moved the focus on)
    end = written[1]
    if end > s or s - end > _WRITTEN_YEAR_REACH:
        return None
    breaks = 0
    for _ in _SENTENCE_END.finditer(ctx.text, end, s + 1):  # (+1: the break's look at the capital of s)
        breaks += 1
        if breaks > 1:
            return None
    return written[0][0]


def _ago(ctx, s, e, n, vague, code, tail, approx):
    mod = _APPROX_MOD.get(approx, "")
    if tail in ("earlier", "later") and n is not None and not vague and _THAN_AFTER.match(ctx.text, e):
        return [_te(ctx, s, e, DURATION, f"P{n}{code}", mod=mod)]
    sign = -1 if tail in ("ago", "earlier", "before") else 1
    if vague or n is None or code in ("S", "MIN", "H", "WE"):
        if code in ("S", "MIN", "H") and not vague and n is not None:
            if ctx.ref is not None:
                return [_te(ctx, s, e, DATE, ctx.ref.isoformat(), first=ctx.ref, relative=True)]
            if ctx.uncounted is not None:
                ctx.uncounted.add(s)  # "three hours ago": the reference's own day, once there is one
        if vague and code in ("Y", "DE", "CE") and ctx.ref is not None and tail == "ago" and code == "Y":
            return [_te(ctx, s, e, DATE, "PAST_REF")]
        return [_te(ctx, s, e, DATE, "PAST_REF" if sign < 0 else "FUTURE_REF")]
    base = ctx.ref if tail in ("ago", "from now", "hence") else (ctx.anchor or ctx.ref)
    if tail in ("earlier", "before") and code == "Y" and (told := _year_written_nearby(ctx, s)) is not None:
        # "In 2019 the firm lost money. A year earlier it had made a profit": a year the sentence (or the one
        # before) wrote is the time the narrative is at, and the count goes back from it, not from publication
        base = told
    elif ctx.focus is not None and code in ("Y", "DE", "CE") and (tail == "later" or tail == "earlier" and code != "Y"):
        # "She married in 1958. A decade later …": from the year the narrative is at, not from the last
        # full date (a birth date paragraphs before) or the publication date. ("A year earlier" in business
        # news compares with the year before the report's, so it keeps counting from the reference.)
        base = ctx.focus[0]
    elif ctx.focus is not None and code == "M" and tail == "later" and ctx.focus[1] is Precision.MONTH:
        # "opened an inquiry in April 2016 and reported twelve months later": from the month the narrative is
        # at (a full day in focus is the anchor already)
        base = ctx.focus[0]
    if base is None:
        if ctx.uncounted is not None:
            ctx.uncounted.add(s)  # (base is None only without a reference: a reference would have counted it)
        return [_te(ctx, s, e, DATE, "PAST_REF" if sign < 0 else "FUTURE_REF")]
    if tail in ("earlier", "before") and code == "Y" and n == 1 and ctx.anchor is not None \
            and _ended_day_before(ctx, s):
        # "For the six months ended Aug. 12, Provigo posted …, compared with C$18.1 million a year earlier":
        # the same period's end, a year back (TimeBank: 1988-08-12)
        day = cal.add_months(ctx.anchor, -12)
        return [_te(ctx, s, e, DATE, "", cal.DAY, day, mod, relative=True)]
    if tail in ("earlier", "before", "ago") and code == "Y" and n == 1 and _ytd(ctx, e):
        return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(base.year - 1, 1, 1), mod, relative=True)]
    if tail in ("earlier", "before") and code == "Y" and n == 1 and ctx.quarter is not None \
            and e - ctx.quarter_pos < 2000:
        return [_told_quarter(ctx, s, e, cal.shift(cal.YEAR, ctx.quarter, -1), mod)]
    if tail == "ago" and code == "Y" and n == 1 and ctx.quarter is not None and e - ctx.quarter_pos < 1500:
        return [_told_quarter(ctx, s, e, cal.shift(cal.YEAR, ctx.quarter, -1), mod)]
    k, what = _DUR_DELTA[code]
    nn = n * k
    if isinstance(nn, float):
        if what == "months" and nn != int(nn):
            nn, what = round(nn * 30), "days"
        nn = int(round(nn))
    gran = _DUR_GRAN[code]
    if code == "DE" and n == 1:
        gran = cal.YEAR
    try:
        if nn > _MAX_SHIFT[what]:
            raise cal.OutOfRange(n, code)  # no calendar date is that far away: skip the huge delta
        target = cal.add_days(base, sign * nn) if what == "days" else cal.add_months(base, sign * nn)
        expr = _te(ctx, s, e, DATE, "", gran, cal.start_of(gran, target), mod, relative=True)
    except cal.OutOfRange:
        # "The city was founded 3,000 years ago": before year 1 (or after 9999). The phrase is still a
        # time expression; its value stays vague, with no interval.
        return [_te(ctx, s, e, DATE, "PAST_REF" if sign < 0 else "FUTURE_REF")]
    if gran == cal.DAY:
        ctx.anchor = target
    if mod == "LESS_THAN" and tail == "ago" and code in ("D", "W", "FN", "M"):
        # "less than two weeks ago": any day from two weeks back to the reference, not the week two weeks
        # back. The TIMEX3 value stays the standard one (with its mod); only the interval widens.
        return [TimeExpression(expr.start, expr.end, expr.text, expr.type, expr.value, target, base,
                               Precision.DAY, expr.mod, True)]
    return [expr]


# Larger shifts than these cannot land between years 1 and 9999, whatever the base date.
_MAX_SHIFT = {"days": 3_652_059, "months": 119_988}


_VAGUE = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "the present": "PRESENT_REF", "at the moment": "PRESENT_REF", "at this time": "PRESENT_REF",
    "this time": "PRESENT_REF", "the moment": "PRESENT_REF", "today's": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF",
    "the recent past": "PAST_REF", "in the recent past": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF",
    "more recently": "PAST_REF", "until recently": "PAST_REF", "past": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF", "a later date": "FUTURE_REF",
    "later": "FUTURE_REF", "shortly": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "eventually": "FUTURE_REF", "one day": "FUTURE_REF",
    "someday": "FUTURE_REF", "some day": "FUTURE_REF",
}


def _h_vague(ctx, m):
    s, e = m.span()
    w = " ".join(m.group(0).lower().replace("\u2019", "'").split())
    text = ctx.text
    if w == "current":
        if re.match(r"\s+(?:account|accounts|affairs|events|status|density|flow|flows|sea|"
                     r"of\s+|through|from|that|which|in\b)", text[e:e + 10], re.I) or \
                re.search(r"\b(?:electric|ocean|the|a|strong)\s+$", text[max(0, s - 10):s], re.I) and \
                not re.match(r"\s+[a-z]", text[e:e + 3]):
            return None
    if w == "future":
        return None
    if w == "the future" and re.match(r"\s+of\b", text[e:e + 4]):
        return None  # "the future of our peoples": a fate, not a time
    if w == "past":
        if not re.match(r"\s+[a-z]", text[e:e + 3], re.I):
            return None
        if w == "past" and re.match(r"\s+(?:the|a|an|his|her|their|its|that|this|those|these)\b", text[e:e + 8], re.I):
            return None
        if w == "past":
            return None
    if w in ("once", "previously", "soon", "recent", "formerly"):
        return None
    if w == "later" or w == "earlier" or w == "eventually" or w == "shortly":
        return None
    if w == "one day":
        if not re.search(r"(?:^|[.,;]\s*|\b(?:will|would|could|might|may|hope|hopes|that)\s+)$",
                         text[max(0, s - 12):s]):
            return None
    if w == "the moment" and not re.search(r"\b(?:at|for)\s+$", text[max(0, s - 5):s], re.I):
        return None
    if w == "this time":
        return None
    if w == "today's":
        return None
    if w == "now" and (text[e:e + 1] == "," and re.search(r"(?:^|[.!?\"\n]\s*)$", text[max(0, s - 3):s])
                       or re.match(r"\s+that\b", text[e:e + 6])):
        return None  # discourse "Now, ..." and the conjunction "now that"
    if w in ("the past", "in the past"):
        if re.match(r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|"
                     r"month|year|decade|day|century)", text[e:e + 10], re.I):
            return None
    return [_te(ctx, s, e, DATE, _VAGUE[w])]


_SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
            "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
            "bi-weekly": "P2W", "semiannually": "P6M", "semi-annually": "P6M",
            "biannually": "P6M", "fortnightly": "P2W", "weekdays": "XXXX-WXX-WD",
            "weeknights": "XXXX-WXX-WDTNI"}


def _h_setadv(ctx, m):
    s, e = m.span()
    w = m.group(0).lower()
    if w in ("daily", "weekly", "monthly", "quarterly") and _is_cap(m.group(0)):
        # "the Daily Telegraph", "Weekly Standard": names, unless sentence-initial
        if not re.search(r"(?:^|[.!?\"\n]\s*)$", ctx.text[max(0, s - 4):s]):
            return None
    if re.search(r"\baverage\s+$", ctx.text[max(0, s - 12):s], re.I):
        return None  # "average daily volume", "the Communist Party daily Granma"
    if w in ("quarterly", "monthly", "weekly", "daily") and re.match(
            r"\s+(?:report|reports|results|earnings|dividend|dividends|newspaper|paper|magazine|"
            r"publication|meeting|meetings|review|loss|profit|sales|payment|payments|"
            r"figures|data|statement|survey|basis|bulletin|digest|show|news|average|"
            r"rate|allowance|limit|routine|life|lives|needs|use|dose|chart)\b",
            ctx.text[e:e + 14], re.I) and w != "daily":
        return None
    if w == "weekdays" or w == "weeknights":
        return [_te(ctx, s, e, SET, _SET_ADV[w])]
    return [_te(ctx, s, e, SET, _SET_ADV[w.replace("-", "-")] if w in _SET_ADV else "P1D")]


def _h_every(ctx, m):
    s, e = m.span()
    what = " ".join(m["what"].lower().split())
    other = m["other"] is not None
    num = m["enum"]
    n = (number_value(num) if num else 1) or 1
    if other:
        n *= 2
    if what.rstrip("s") in WEEKDAYS:
        return [_te(ctx, s, e, SET, f"XXXX-WXX-{WEEKDAYS[what.rstrip('s')] + 1}")]
    mname = what.rstrip(".")
    if mname in MONTHS:
        return [_te(ctx, s, e, SET, f"XXXX-{MONTHS[mname]:02d}")]
    if what in DAY_PARTS:
        return [_te(ctx, s, e, SET, f"TXX{DAY_PARTS[what]}" if False else f"XXXX-XX-XXT{DAY_PARTS[what]}")]
    if what in SEASONS:
        return [_te(ctx, s, e, SET, f"XXXX-{SEASONS[what]}")]
    base = what[:-1] if what.endswith("s") and what not in ("centuries",) else what
    if base == "centurie":
        base = "century"
    code = UNITS.get(base)
    if code is None:
        return None
    if code == "WE":
        return [_te(ctx, s, e, SET, "XXXX-WXX-WE")]
    return [_te(ctx, s, e, SET, _dur_value(n, code))]


def _h_tperiod(ctx, m):
    """'the 1988 period', 'the latest period', 'year-ago period': fiscal periods."""
    s, e = m.span()
    w = m["pw"].lower()
    if re.fullmatch(r"\d{4}", w):
        y = int(w)
        if ctx.quarter is not None and e - ctx.quarter_pos < 3000 and not _ytd(ctx, e):
            return _quarter_expr(ctx, s, e, y, (ctx.quarter.month - 1) // 3 + 1, fiscal=ctx.quarter_fiscal)
        return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(y, 1, 1))]
    if ctx.ref is None:
        return [_te(ctx, s, e, DATE, "XXXX-QX")]
    if ctx.quarter is None or e - ctx.quarter_pos > 3000 or _ytd(ctx, e):
        if w in ("latest", "same", "comparable"):
            return None
        return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(ctx.ref.year - 1, 1, 1), relative=True)]
    # "the same period": the quarter reported; "the same period last year" / "a year ago": that quarter a year before
    if w in ("latest", "same") and not re.search(r"(?:ago|earlier|year)$", m.group(0), re.I):
        return [_told_quarter(ctx, s, e, ctx.quarter)]
    return [_told_quarter(ctx, s, e, cal.shift(cal.YEAR, ctx.quarter, -1))]


def _h_weekof(ctx, m):
    s, e = m.span()
    sub = _h_monthday(ctx, m)
    if not sub:
        return None
    t = sub[0]
    if t.first is None or t.precision != Precision.DAY:
        return None
    return [_te(ctx, s, e, DATE, "", cal.WEEK, cal.start_of(cal.WEEK, t.first), relative=t.relative)]


def _h_fy(ctx, m):
    s, e = m.span()
    y = m["fy"]
    yy = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    return [_te(ctx, s, e, DATE, "", cal.YEAR, cal.date(yy, 1, 1))]


# ---------------------------------------------------------------------------------------------
# Rules, in priority order (the first alternative that matches at a position wins)
# ---------------------------------------------------------------------------------------------
_PRE_MOD = r"(?:early|late|mid|the\s+(?:beginning|start|end|middle|close)\s+of|by\s+the\s+end\s+of)"
# "December 31, 2999": a year past 2099 only after the day's comma and only where the phrase ends with it
# (punctuation or the line's end): "May 4, 2500 people" goes on with the thing counted, a count, not a year.
_FAR_YEAR = r",[ \t]*(?P<yrfar>(?:2[1-9]|[3-9]\d)\d\d)(?![\d,.]\d)(?=[ \t]*(?:[.,;:!?)\]\"'\u201d\u2019\n]|$))"
# A year with its era written out: "AD 1066", "A.D. 79", "1066 AD", "1066 CE", "44 BC", "300 BCE" (any year 1-9999;
# the era is checked to be in capitals by the handler, the scan reads the text lowered).
_ERA_YEAR = (r"(?:(?<=\bAD )|(?<=\bA\.D\. )|(?<=\bAD\u00a0))(?P<py>\d{1,4})(?![\d,.]\d)|"
             r"(?P<sy>\d{1,4})[ \u00a0]?(?P<era>A\.D\.|AD|C\.E\.|CE|B\.C\.E\.|B\.C\.|BCE|BC)(?!\w)")
_RULES = [
    ("erayear", _ERA_YEAR, _h_erayear),
    ("iso", r"(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?",
     _h_iso),
    ("slash", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![/\d])", _h_slash),
    ("dotted", r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})(?![\d]|\.\d)", _h_dotted),
    ("time", rf"(?P<approx>(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after)|"
             rf"roughly)\s+)?(?P<clock>{_CLOCK})(?P<tz>{_TZ})?(?:,?\s+(?:on\s+)?(?:(?P<dayword>today|"
             rf"yesterday|tomorrow|tonight)|(?P<wd>{_WD})(?:,?\s+(?:(?P<mon>{_MON})\s*(?P<md>{_DAYN})|"
             rf"(?P<wmd>{_DAYN})\s+(?:of\s+)?(?P<wmon>{_MON}))(?:,?\s+(?P<wy>{_YR}))?)?|"
             rf"(?P<mon2>{_MON})\s*(?P<md2>{_DAYN})(?:,?\s+(?P<my>{_YR}))?))?", None),
    ("weekof", rf"the\s+week\s+of\s+(?P<pre>)(?P<wd>)(?P<mon>{_MON})\s*(?P<day>{_DAYN})(?:,?\s+(?P<yr>{_YR}))?"
               rf"(?P<yr2>)(?P<relyear>)", _h_weekof),
    ("holiday", rf"(?:(?P<which>last|next|this)\s+)?(?P<hol>christmas(?:\s+eve|\s+day)?|new\s+year['\u2019]?s(?:\s+eve|\s+day)?|"
                r"thanksgiving(?:\s+day)?|easter(?:\s+sunday|\s+monday)?|good\s+friday|"
                r"independence\s+day|fourth\s+of\s+july|july\s+fourth|labou?r\s+day|memorial\s+day|"
                r"halloween|valentine['\u2019]?s\s+day|veterans['\u2019]?\s+day|boxing\s+day|"
                r"mother['\u2019]s\s+day|father['\u2019]s\s+day|election\s+day|"
                r"martin\s+luther\s+king(?:\s+jr\.?)?\s+day|presidents['\u2019]?\s+day|"
                rf"st\.?\s+patrick['\u2019]s\s+day|groundhog\s+day)(?:,?\s+(?P<yr>{_YR}))?",
     _h_holiday),
    ("monthday", rf"(?:(?P<pre>{_PRE_MOD}|(?:early|late|mid)?[\s-]*(?:last|next|this|this\s+past|this\s+coming|"
                 rf"since|until|before|after|past|coming))[\s-]+)?(?:(?P<wd>{_WD})(?:,\s+|[^\S\r\n]+))?(?P<mon>{_MON})"
                 rf"(?:[^\S\r\n]*(?P<day>{_DAYN})(?!\s*(?:%|percent|million|billion|people|years?)\b))?"
                 rf"(?:(?:,|\s+of)?\s*(?P<yr>{_YR})|{_FAR_YEAR}|\s+(?P<yr2>{_YR2})|(?:\s+of)?\s+(?P<relyear>(?:last|this|next)\s+year)(?!['\u2019]s))?",
     _h_monthday),
    ("dayofrelmonth", r"(?:the\s+)?(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\s+of\s+"
                      r"(?P<which>last|this|next)\s+month\b", _h_dayofrelmonth),
    ("daymonth", rf"(?:{_WD}(?:,\s+|[^\S\r\n]+))?(?:the\s+)?(?P<day>{_DAYN})\s+(?P<of>of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<yr>{_YR}))?",
     _h_daymonth),
    # after a preposition only ("the 12th" alone is as often a rank: "the 12th seed"), and not "the 12th of …"
    ("dayofmonth", r"(?:(?<=\bon )|(?<=\bby )|(?<=\bsince )|(?<=\buntil )|(?<=\bfrom )|(?<=\bbefore )"
                   r"|(?<=\bafter ))the\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b(?!\s+of\b|[-\u2013])",
     _h_dayofmonth),
    ("yrange", rf"(?P<ya>{_YR})\s*[-\u2013\u2014]\s*(?P<yb>\d{{4}}|\d\d)(?![\d-])", _h_yrange),
    ("decade", r"(?P<the>the\s+)?(?P<pre>(?:early|late|mid|middle|end\s+of\s+the)[\s-]+)?(?P<dec>\d{3}0['\u2019]?s|"
               r"['\u2019]\d0s|\d0['\u2019]?s|(?:nineteen[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|"
               r"eighties|nineties))", _h_decade),
    ("century", r"(?:the\s+)?(?P<pre>(?:early|late|mid|turn\s+of\s+the)[\s-]+)?(?:(?P<crel>this|last|next|the\s+past|past)|"
                r"(?:the\s+)?(?P<cn>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
                r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                r"eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-]+century", _h_century),
    ("season", rf"(?P<pre>(?:early|late|mid|the\s+(?:beginning|start|end|middle)\s+of)[\s-]+)?"
               rf"(?:(?P<which>last|next|this\s+past|this\s+coming|this|the\s+early|the\s+late|"
               rf"the\s+(?:following|next|previous|preceding)|the|coming|past)\s+)?"
               rf"(?P<season>spring|summer|fall|autumn|winter)(?:(?P<of>\s+of)?,?\s+(?:(?P<yr>{_YR})(?P<yr2>)|"
               r"(?P<relyear>last|this|next)\s+year))?", _h_season),
    ("quarter", rf"(?P<qpre>(?:(?:the|a|its|their|this|last|next|{_YR}|fiscal|latest|current|same|comparable|"
                r"year[\s-]ago|year[\s-]earlier|year[\s-]before|previous|corresponding|first|second|third|"
                r"fourth|1st|2nd|3rd|4th|final|flat|recent|past|calendar|year['\u2019]s|that|and)[\s-]+){1,5})"
                r"(?:(?:(?<=first[\s-])|(?<=second[\s-])|(?<=third[\s-])|(?<=fourth[\s-])|(?<=1st[\s-])|"
                r"(?<=2nd[\s-])|(?<=3rd[\s-])|(?<=4th[\s-]))(?P<qs>quarters)\b|quarter(?!s))"
                rf"(?:\s+(?:of\s+(?:fiscal\s+)?(?P<qyr>{_YR})|(?P<qrel>)(?P<qago>a\s+year\s+"
                r"(?:ago|earlier)|last\s+year)))?(?P<qn>)(?P<qyr2>)", _h_quarter),
    ("qshort", rf"(?P<qpre>)(?P<qs>)Q(?P<qn>[1-4])(?:\s*(?P<qyr2>{_YR}|['\u2019]\d\d))?(?P<qyr>)(?P<qrel>)(?P<qago>)",
     _h_quarter),
    ("tperiod", rf"(?:the\s+)?(?P<pw>{_YR}|latest|year[\s-]ago|year[\s-]earlier|comparable|same|corresponding)"
                r"\s+period(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?", _h_tperiod),
    ("yearagoadj", r"year[\s-](?:ago|earlier)(?=\s+[a-z])", _h_yearago_adj),
    ("half", rf"(?:the\s+)?(?P<hw>first|second|last|latter|back|front)[\s-]+half(?:\s+of\s+(?:(?:fiscal\s+)?(?P<hyr>{_YR})|"
             r"(?P<hrel>this|last|next|the)\s+year|(?P<hdec>the\s+\S+)))?", _h_half),
    ("monthsofyear", rf"(?:the\s+)?(?P<which>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+"
                     rf"(?:(?P<yr>{_YR})|(?P<rel>this|last|next|the)\s+year)\b", _h_months_of_year),
    ("fy", r"FY\s?['\u2019]?(?P<fy>\d{4}|\d\d)(?!\d)", _h_fy),
    ("year", rf"(?P<pre>(?:{_PRE_MOD}|(?:the\s+)?(?:fiscal|calendar|financial|model)(?:\s+year)?|"
             rf"(?:the\s+)?(?:early|late|mid|pre|post)|(?:in\s+)?the\s+year|year)[\s-]+)?(?P<y4>{_YR})(?!['\u2019]?s\b|,\d)",
     _h_year),
    # a live blog's time heading its line ("14:30:", "0915 -", "2240 GMT:"; `_stamp`); after "year", whose handler
    # reads the four digits a year may be first
    ("stamp", rf"(?:[01]\d|2[0-3]):?[0-5]\d(?=[ \t]*(?:{_ZONE})?[ \t]*(?::|[ \t][-\u2013\u2014]|[\u2013\u2014]))", _h_stamp),
    ("spelledyear", r"(?P<ty>(?:in\s+)?the\s+year\s+)?(?:nineteen|eighteen|seventeen|twenty)[\s-](?:ten|eleven|twelve|thirteen|"
                    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|"
                    r"seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
                    r"o[\s-](?:one|two|three|four|five|six|seven|eight|nine))|(?P<ty2>(?:in\s+)?the\s+year\s+)?two\s+thousand"
                    r"(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?", None),
    ("relunit", r"(?P<pre>(?:(?:early|late|earlier|later|mid|the\s+(?:beginning|start|end|middle|close)\s+of|"
                r"by\s+the\s+end\s+of)[\s-]+(?:in\s+|of\s+)?))?"
                r"(?P<which>last|this\s+past|this\s+coming|this|next|the\s+(?:past|previous|prior|coming|following|"
                r"current|latest|next|last|same|present|full|entire|whole)|the|that|same|current|past|coming|previous|following)\s+"
                r"(?P<unit>week(?:end)?|month|year|quarter(?!s)|decade|century|fiscal\s+year|season|day)\b"
                r"(?![\s-]+(?:old|long)\b|-(?:ago|earlier|before|end|to-|over-|on-))",
     _h_relunit),
    ("yearend", r"(?:(?P<which>last|next|this)\s+)?(?:year[\s-]end|year['\u2019]s\s+end)", _h_yearend),
    ("dayword", rf"(?P<pre>(?:early|late|earlier|later|mid)[\s-]+)?(?P<dw>today|yesterday|tomorrow|tonight)"
                rf"(?:\s+(?P<part>{_PART}))?", _h_dayword),
    ("partofday", r"(?P<pre>(?:early|late|earlier|later)\s+)?(?:(?P<which>this|last|the)\s+|(?P<mid>mid[\s-]+))?"
                  r"(?P<part>morning|afternoon|evening|night|overnight)(?:\s+(?P<dw>yesterday|today|tomorrow))?",
     _h_partofday),
    ("weekday", rf"(?P<pre>(?:early|late|earlier|later)\s+)?(?:(?P<which>last|next|this\s+past|this\s+coming|this|"
                rf"the\s+previous|the\s+following|coming|past)\s+)?(?P<wd>{_WD}s?)(?:['\u2019]s)?(?:\s+(?P<part>{_PART}s?))?"
                r"(?:\s+of\s+(?P<ofweek>last|next|this)\s+week\b)?",
     _h_weekday),
    ("every", rf"(?:every|each|per)\s+(?P<other>other\s+)?(?:(?P<enum>two|three|four|five|six|ten|\d+)\s+)?"
              rf"(?P<what>{_WD}|{_MON}|day|week|month|year|quarter|hour|minute|decade|century|morning|afternoon|"
              r"evening|night|weekend|spring|summer|fall|autumn|winter|days|weeks|months|years|hours)\b", None),
    ("setadv", r"daily|weekly|monthly|yearly|hourly|nightly|bi-?weekly|semi-?annually|"
               r"biannually|fortnightly|weekdays|weeknights", _h_setadv),
    ("duration", rf"(?P<approx>{_APPROX}\s+)?(?P<det>(?:the|these|those|its|their|his|her|another|an\s+additional|"
                 r"the\s+(?:past|last|next|first|final|previous|coming|following|latest|remaining|full|entire|whole|"
                 r"recent|early|initial|ensuing|intervening)|(?:the\s+)?(?:recent|coming|past|last|next|few|"
                 r"previous|following|first))\s+)?"
                 rf"(?:(?P<num>{_NUM})(?P<half>\s+and\s+a\s+half)?(?:[\s-]+(?:more|additional|full|straight|consecutive|"
                 r"long|extra|separate|whole|trading|business|working))?[\s-]+)?"
                 rf"(?P<unit>{_UNIT})(?P<half2>\s+and\s+a\s+half)?(?P<adj>[\s-](?:long|old)\b)?"
                 r"(?:\s+(?P<tail>(?:or\s+so\s+)?(?:ago|earlier|later|before|after|from\s+(?:now|today)|hence)|or\s+so))?",
     _h_duration),
    ("vague", r"right\s+now|just\s+now|now|currently|current|nowadays|these\s+days|at\s+present|presently|"
              r"(?:in\s+)?the\s+(?:recent\s+)?past|recently|more\s+recently|until\s+recently|recent|lately|"
              r"previously|formerly|soon|the\s+(?:near|distant|foreseeable)\s+future|the\s+future|future|"
              r"the\s+(?:near|short|long|longer|medium)\s+term|a\s+later\s+date|as\s+soon\s+as\s+possible|"
              r"one\s+day|someday|some\s+day|at\s+the\s+moment|the\s+moment|past",
     _h_vague),
]


def _strip_names(p: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", p)


_RIGHT = r"(?![\w@%\u00b0]|[.,]\d|-\d)"
_LEFT = r"(?<![\w$\u00a3\u20ac#@./\\-])"


def _h_time_dispatch(ctx, m):
    if m["mon2"]:
        # normalise to the same group names as the weekday+date form
        class _M:
            def __init__(self, mm):
                self.mm = mm

            def __getitem__(self, k):
                if k == "mon":
                    return self.mm["mon2"]
                if k == "md":
                    return self.mm["md2"]
                return self.mm[k]

            def span(self):
                return self.mm.span()
        return _h_time(ctx, _M(m))
    return _h_time(ctx, _MWrap(m))


class _MWrap:
    def __init__(self, mm):
        self.mm = mm

    def __getitem__(self, k):
        if k == "my":
            return None
        return self.mm[k]

    def span(self):
        return self.mm.span()


def _h_spelled_dispatch(ctx, m):
    class _M2:
        def __init__(self, mm):
            self.mm = mm

        def __getitem__(self, k):
            if k == "ty":
                return self.mm["ty"] or self.mm["ty2"]
            return self.mm[k]

        def group(self, i):
            return self.mm.group(i)

        def span(self):
            return self.mm.span()
    return _h_spelled_year(ctx, _M2(m))


_HANDLERS = {name: h for name, _, h in _RULES}
_HANDLERS["time"] = _h_time_dispatch
_HANDLERS["spelledyear"] = _h_spelled_dispatch
_HANDLERS["every"] = _h_every
_RULE_RE = {name: re.compile(_LEFT + "(?:" + p + ")" + _RIGHT, re.I) for name, p, _ in _RULES}


# ---------------------------------------------------------------------------------------------
# Fast master matching. The master regex is tried at every candidate start, so it is run in two cheaper
# forms that give the same match: (1) on the lowercased text with a lowercased pattern and no IGNORECASE
# (sre checks plain literals far faster than case-folded ones); (2) per first character: only the rules
# that can begin with that character are in the alternation (a digit cannot start "last week"). Rule order
# is kept, so the first rule that matches is the same one.
# ---------------------------------------------------------------------------------------------
_ESCAPE_OR_UPPER = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[A-Z]")


def _lowercase_pattern(p: str) -> str:
    """The pattern's letters in lower case, escapes (\\S, \\u2019) and group names untouched."""
    return _ESCAPE_OR_UPPER.sub(lambda m: m.group(0).lower() if len(m.group(0)) == 1 else m.group(0), p)


_ANY = None  # "any character may come first"
_KEYS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters (of a-z, 0-9) a match of `pattern` can begin with, "~" standing for any other; None
    when anything can. Read off the parsed pattern; a superset is always safe."""
    try:
        from re import _constants as C, _parser as P  # CPython's own regex parser (3.11+)
    except ImportError:  # pragma: no cover - another interpreter: no dispatch, one master for all
        return _ANY

    def seq(items) -> tuple[set[str] | None, bool]:
        acc: set[str] = set()
        for op, av in items:
            f, nullable = item(op, av)
            if f is None:
                return None, False
            acc |= f
            if not nullable:
                return acc, False
        return acc, True

    def char(c: int) -> set[str]:
        ch = chr(c)
        return {ch} if ch in _KEYS else {"~"}

    def item(op, av) -> tuple[set[str] | None, bool]:
        if op is C.LITERAL:
            return char(av), False
        if op is C.IN:
            acc: set[str] = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    acc |= char(iav)
                elif iop is C.RANGE:
                    acc |= {k for k in _KEYS if iav[0] <= ord(k) <= iav[1]} | {"~"}
                elif iop is C.CATEGORY and iav is C.CATEGORY_DIGIT:
                    acc |= set("0123456789~")
                elif iop is C.CATEGORY and iav is C.CATEGORY_SPACE:
                    acc.add("~")
                elif iop is C.CATEGORY and iav is C.CATEGORY_WORD:
                    acc |= _KEYS | {"~"}
                else:
                    return None, False
            return acc, False
        if op is C.BRANCH:
            acc, nullable = set(), False
            for alt in av[1]:
                f, n = seq(alt)
                if f is None:
                    return None, False
                acc |= f
                nullable = nullable or n
            return acc, nullable
        if op is C.SUBPATTERN:
            return seq(av[3])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            f, n = seq(av[2])
            return f, n or av[0] == 0
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return set(), True  # zero-width: the next item supplies the first character
        return None, False

    try:
        f, _ = seq(P.parse(pattern, 0))
    except Exception:  # pragma: no cover - an unexpected parse tree: no dispatch
        return _ANY
    return _ANY if f is None else frozenset(f)


@lru_cache(maxsize=1)
def _master_plan() -> tuple[dict[str, tuple[str, ...]], dict[str, str], dict[str, str]]:
    """(first character → the names of the rules that can start with it, rule name → lower-cased pattern,
    rule name → a lookahead for the characters it can start with, "" when any)."""
    rules = {n: _strip_names(_lowercase_pattern(p)) for n, p, _ in _RULES}
    firsts = {n: _first_chars(p) for n, p in rules.items()}
    names = {k: tuple(n for n in rules if firsts[n] is _ANY or k in firsts[n]) for k in sorted(_KEYS)}
    return names, rules, {n: _first_char_guard(f) for n, f in firsts.items()}


def _first_char_guard(firsts: frozenset[str] | None) -> str:
    """A lookahead that lets through the characters of `firsts` (`_first_chars`: "~" for any outside a-z, 0-9)."""
    if firsts is _ANY:
        return ""
    if "~" in firsts:
        others = "".join(k for k in sorted(_KEYS) if k not in firsts)
        return f"(?=[^{others}])" if others else ""
    return "(?=[" + "".join(sorted(firsts)) + "])" if firsts else ""


def _master(names: Sequence[str], guarded: bool = False) -> re.Pattern:
    """The rules `names` in one alternation, in their order; `guarded`: each behind the lookahead of the characters
    it can start with (`_first_char_guard`), so that sre passes a rule that cannot match at a start after one check
    of the character instead of trying it (about an eighth less time per match, for the master over every rule)."""
    _, rules, guards = _master_plan()
    if not names:
        return re.compile(r"(?!)")
    # Each rule's group is an empty one at the end of its branch, not one around it: `lastgroup` names the same
    # rule, and sre does not carry the group's mark through the rule's repeats (it saves the marks set so far at
    # each repeat's step): about a quarter less time per match.
    return re.compile(_LEFT + "(?:" + "|".join(f"{guards[n] if guarded else ''}(?:{rules[n]})(?P<{n}>)"
                                               for n in names) + ")" + _RIGHT)


_MASTERS_BY_NAMES: dict[tuple[str, ...], re.Pattern] = {}


def _master_for(first: str) -> re.Pattern:
    """The master regex for a start at character `first`, compiled the first time a text needs it and kept
    in `_MASTER_BY_FIRST` (the 26 masters take a few tenths of a second to compile; the seeds need 14 of
    them, and a window that has not loaded any text yet none). A character no rule starts with gets
    `_MASTER_LOW`, the master over every rule."""
    names = _master_plan()[0].get(first)
    if names is None:
        pattern = _MASTER_LOW
    else:
        pattern = _MASTERS_BY_NAMES.get(names)
        if pattern is None:
            # Each compile is one call of ~10-40 ms, and a text's first 64K characters past the switch
            # (`_first_char_masters`) need most of the 26 at once (~0.5 s of CPU on a loaded host, between two
            # progress reports): Cancel is heard between two of them.
            check_cancelled()
            pattern = _MASTERS_BY_NAMES[names] = _master(names)
    _MASTER_BY_FIRST[first] = pattern
    return pattern


# first character → master regex over the rules that can start with it: filled by `_master_for`.
_MASTER_BY_FIRST: dict[str, re.Pattern] = {}
_MASTER_LOW = _master([n for n, _, _ in _RULES], guarded=True)
# `_MASTER_LOW` (compiled on import) gives the same matches as the master for a start's first character: a
# rule left out of that one cannot match there. It tries more rules per start (about 10% slower on news),
# but compiling the 26 others costs about 0.25 s of CPU per process (each worker's too), what matching 5-10 MB
# of news with it instead loses: so a process tags its first `_FIRST_CHAR_MASTERS_AFTER` characters with it.
_FIRST_CHAR_MASTERS_AFTER = 4_000_000
_tagged_chars = 0


def _first_char_masters(n: int) -> dict[str, re.Pattern] | None:
    """`_MASTER_BY_FIRST` once this process has tagged enough text to be worth compiling them (counting
    these `n` characters), else None: `_MASTER_LOW` for every start."""
    global _tagged_chars
    _tagged_chars += n
    return _MASTER_BY_FIRST if _tagged_chars > _FIRST_CHAR_MASTERS_AFTER else None



# ---------------------------------------------------------------------------------------------
# Prefilter. Every rule's match holds a "trigger" token (a digit, a month or weekday, a unit, a
# time word...). One case-insensitive trie regex finds the triggers; for each, the master regex is
# tried only at the trigger and at the starts of the run of modifier words just before it ("at
# least the past 18 months"), instead of at every word of the text.
# ---------------------------------------------------------------------------------------------
_TRIGGER_WORDS = """
january february march april may june july august september october november december jan feb mar
apr jun jul aug sept sep oct nov dec monday tuesday wednesday thursday friday saturday sunday
mondays tuesdays wednesdays thursdays fridays saturdays sundays today yesterday tomorrow tonight
now currently current nowadays present presently past recently recent lately future term possible
moment someday date second seconds minute minutes hour hours day days week weeks weekend weekends
fortnight fortnights month months quarter quarters year years decade decades century centuries
millennium millennia period half spring summer fall autumn winter morning afternoon evening night
nights overnight noon midday midnight christmas easter thanksgiving halloween independence labor labour
memorial valentine valentines veterans boxing mother father election king presidents patrick
groundhog nineteen eighteen seventeen twenty thousand twenties thirties forties fifties sixties
seventies eighties nineties daily weekly monthly yearly hourly nightly biweekly bi every each per
weekdays weeknights semiannually semi biannually fortnightly
""".split()
_PREFIX_WORDS = set("""
the a an its their his her these those this that last next past coming previous prior following
current latest same early late earlier later mid middle beginning start end close of by in more less
fewer than nearly almost about around approximately roughly at least most up to well over just
under only within barely some no close upwards another additional first second third fourth final
full entire whole remaining recent initial ensuing intervening few several many couple dozen dozens
hundreds thousands half and fiscal calendar financial model pre post year comparable corresponding
flat right until as since before after turn shortly new good martin luther st saint fourth
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
monday tuesday wednesday thursday friday saturday sunday q foreseeable near short long longer
medium distant soon trading business working
""".split())

# words that continue a run of modifiers but never begin a match: no need to try the rules there
_NON_START = {"of", "and", "to", "than", "least", "most", "end", "beginning", "start", "couple",
              "dozen", "entire", "whole", "remaining", "initial", "ensuing", "intervening",
              "additional", "foreseeable", "near", "short", "long", "longer", "medium", "distant",
              "luther", "q", "soon", "middle", "turn", "trading", "business", "working"}
_START_WORDS = _PREFIX_WORDS - _NON_START


def _trie(words) -> str:
    trie: dict = {}
    for w in words:
        d = trie
        for c in w:
            d = d.setdefault(c, {})
        d[""] = {}

    def emit(d):
        alts = [re.escape(c) + emit(d[c]) for c in sorted(d) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in d else body
    return emit(trie)


_TRIGGER_BODY = r"(\d|q[1-4]|fy|(?:" + _trie(_TRIGGER_WORDS) + r")(?![a-z]))"
_TRIGGER = re.compile(r"(?<![\w$.,])" + _TRIGGER_BODY)
# `_TRIGGER` past the text's first character, its trigger in group 1: the same matches, found about a third faster.
# A trigger follows a character that is not [\w$.,]; led by that character, the pattern starts with a set of
# characters that sre skips through by a bitmap (no word character, ASCII or not, passes both it and the check
# after it), instead of trying the lookbehind at every position. The character before a trigger is never the last
# one of the previous trigger (a word character), so consuming it loses no match.
_TRIGGER_AFTER = re.compile(r"[^0-9A-Za-z_$.,](?<!\w)" + _TRIGGER_BODY)
_PREV_WORD = re.compile(r"([a-z]+|\d+)(?:['\u2019]s)?[\s.,\u2019'-]*$")  # what _prev_word() finds
_WORD_SEP = frozenset(".,\u2019'-")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _prev_word(low: str, lo: int, q: int) -> tuple[int, str] | None:
    """(start, word) of the last word (a-z run or digit run, "'s" allowed after it) before the separators
    that end at q, looking no further back than lo: `_PREV_WORD.search(low, lo, q)`, read backwards in
    a few steps instead of trying the pattern at every position of the window."""
    j = q
    while j > lo and (low[j - 1] in _WORD_SEP or low[j - 1].isspace()):
        j -= 1
    if j <= lo:
        return None
    c = low[j - 1]
    if c == "s" and j - 2 > lo and low[j - 2] in "'\u2019" and \
            (low[j - 3] in _LETTERS or low[j - 3].isdecimal()):
        j -= 2  # "Monday's", "1990's": the word is before the possessive
        c = low[j - 1]
    k = j
    if c in _LETTERS:
        while k > lo and low[k - 1] in _LETTERS:
            k -= 1
    elif c.isdecimal():
        while k > lo and low[k - 1].isdecimal():
            k -= 1
    else:
        return None
    return k, low[k:j]


_SPACE = re.compile(r"\s")


def _trigger_chunks(low: str, progress: CharProgress | None) -> Iterator[Iterator[re.Match[str]]]:
    """The trigger matches of the whole text (the trigger in group 1), a chunk of about PROGRESS_STEP characters at a time so that
    `progress` hears of the scan even where no trigger occurs for megabytes ("the the the …"). Chunks end at a
    whitespace character, where no trigger can continue, so the matches are those of one scan. (Chunks rather
    than one stream of matches: the caller loops over each finditer itself, not through a generator's step.)"""
    n = len(low)
    pos = 0
    while pos < n:
        end = n
        if n - pos > PROGRESS_STEP:
            space = _SPACE.search(low, pos + PROGRESS_STEP)
            if space is not None:
                end = space.start()
        if pos == 0:
            first = _TRIGGER.match(low, 0, end)  # a trigger at the start, after no character
            if first is not None:
                yield iter((first,))
        yield _TRIGGER_AFTER.finditer(low, pos, end)
        pos = end
        if progress is not None and pos < n:
            progress(pos)


def _as_date(reference) -> dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    raise TypeError("reference must be a date, a datetime or None")


# (offset where the failed rule was tried, the exception); see tag()
ErrorHandler = Callable[[int, Exception], None]

_PROJECTION = re.compile(r"\b(?:from\s+(?:now|today)|hence)$", re.I)


def expected_in_clause(text: str, sentence_start: int, start: int) -> bool:
    """Does a future or an expectation of the present ("expects", "will", "plans to") stand in the clause before
    the date at `start` (back to a clause break, at most 90 characters, within its sentence), not told in the past
    perfect ("had expected")? Then a deadline there ("expects the bridge to open by June") is still ahead of
    the clause's own time, whatever the publication's."""
    lo = max(sentence_start, start - 90)
    dot = _clause_break(text, lo, start)
    if dot >= 0:
        lo = dot + 1
    cue = _FUTURE_RE.search(text, lo, start)
    while cue is not None and _PAST_PERFECT_BEFORE.search(text, max(lo, cue.start() - 24), cue.start()) is not None:
        cue = _FUTURE_RE.search(text, cue.end(), start)  # (each retry starts after the last cue: linear)
    return cue is not None


def may_hold_time(text: str) -> bool:
    """Does `text` hold a word or digit that starts a time expression (`tag`'s triggers)? `tag` finds none in a
    text without one, so a caller checking many short phrases can skip those at the cost of one search."""
    return _TRIGGER.search(text.lower()) is not None


# A day of a month, named by its number and the month's name either way round ("9 March", "the 3rd of June",
# "Sept. 21"), as a date printed without its year is (`names_day_of_month`).
_DAY_OF_MONTH = re.compile(rf"\b{_DAYN}\s+(?:of\s+)?{_MON}|\b{_MON}\s+{_DAYN}", re.IGNORECASE)


def told_ahead(sentence: str, at: int) -> bool:
    """Whether the clause of `sentence` before offset `at` (a date phrase's start) looks ahead: a future cue ("will
    resign ... on June 7", "is scheduled to open on 9 March") in the 90 characters before it, after its clause's
    last break (`_future`'s cheap look, without its context)."""
    lo = max(0, at - 90)
    dot = _clause_break(sentence, lo, at)
    if dot >= 0:
        lo = dot + 1
    return _FUTURE_RE.search(sentence, lo, at) is not None


def names_day_of_month(phrase: str) -> bool:
    """Whether a date phrase names a day of a month ("9 March", "March 9th", "on the 9th of March"), as a date
    printed without its year does, rather than counting from a day ("Friday", "yesterday", "two days later")."""
    return _DAY_OF_MONTH.search(phrase) is not None


def is_projection(expression: TimeExpression) -> bool:
    """Is this a date counted forward from the reference by an amount ("eight years from now", "two weeks
    from today", "three months hence")? TimeML gives it its calendar value, as it does "two years ago"
    (TimeBank: DATE 1996), but it is a projection ("He is 40; eight years from now he will be 48"), not the
    date of a happening the article reports: the extractor should not make an event of it."""
    return expression.type is TimexType.DATE and _PROJECTION.search(expression.text) is not None


# "the day before last Tuesday's hearing": a day counted from the day the phrase names (TimeBank: one DATE).
_DAY_NEXT_TO = re.compile(r"\bday\s+(?P<side>before|after)\s+$", re.IGNORECASE)
_SIDE_IN_PHRASE = re.compile(r"(?P<side>before|after)\s", re.IGNORECASE)
_DAY_BEFORE_SIDE = re.compile(r"\bday\s+$", re.IGNORECASE)


def _day_next_to(ctx: _Ctx, t: TimeExpression, floor: int) -> TimeExpression:
    """t widened to "day before/after" t and moved a day, when those words stand just before a day t names."""
    if t.type is not DATE or t.precision is not Precision.DAY or t.first is None:
        return t
    lo = max(floor, t.start - 16)
    if ctx.low is not None and ctx.low.find("day", lo, t.start) < 0:
        return t  # both patterns read "day" there (the lower-cased text has the same offsets; re.I folds no other
        # character to "d", "a" or "y")
    inside = _SIDE_IN_PHRASE.match(t.text)  # the rule kept the word: "after March 3"
    pattern = _DAY_NEXT_TO if inside is None else _DAY_BEFORE_SIDE
    m = pattern.search(ctx.text, lo, t.start)
    if m is None:
        return t
    side = (inside or m)["side"].lower()
    day = cal.add_days(t.first, -1 if side == "before" else 1)
    ctx.anchor = day
    return _te(ctx, m.start(), t.end, DATE, "", cal.DAY, day, t.mod, relative=True)


def tag(text: str, reference: dt.date | dt.datetime | None = None, *,
        progress: CharProgress | None = None, on_error: ErrorHandler | None = None,
        day_first: bool | None = None, furniture: Sequence[tuple[int, int]] = ()) -> list[TimeExpression]:
    """Find and normalise the time expressions in `text`: `tag_stream`'s, as one list."""
    return list(tag_stream(text, reference, progress=progress, on_error=on_error, day_first=day_first,
                           furniture=furniture))


def dropped_dates(text: str, reference: dt.date | dt.datetime | None = None, *,
                  day_first: bool | None = None) -> list[tuple[int, int, str]]:
    """(start, end, why) of each date phrase of `text` that the tagger drops because no calendar date can hold
    it ("300 BC", "AD 0"): the timeline cannot show them, so the article's reader is told. One scan, as `tag`."""
    dropped: list[tuple[int, int, str]] = []
    for _ in tag_stream(text, reference, dropped=dropped, day_first=day_first):
        pass
    return dropped


def waits_for_reference(t: TimeExpression, uncounted: set[int] | frozenset[int] = frozenset()) -> bool:
    """Is `t`, tagged with no reference, a date phrase that a reference would resolve: its year unknown ("XXXX-WXX-4"
    for "on Thursday", "XXXX-XX-XX" for "yesterday", "XXXX-07-28" for a year-less "July 28", "XX" for "this
    century"), or a count from the reference that had none to count from (its start in `uncounted`: "two weeks
    ago")? Every rule that reads the reference writes such a value without one, so the test reads the value, not
    the phrase. (A vague "recently", a weekly "every Monday", a duration: no reference makes them a date.)"""
    return (t.type is DATE or t.type is TIME) and t.first is None and (t.value.startswith("XX") or t.start in uncounted)


def _start_story(ctx: _Ctx, day: dt.date) -> None:
    """A later story of the page starts (`tag_stream`'s `stories`): its day is the reference from here, and what
    the story before told (its focus, its last days named, its quarter) is no part of this one's. (The reading of
    the text itself, its numeric dates' order, its chronology's headings, stays the page's.)"""
    ctx.ref = ctx.anchor = day
    ctx.past_day = ctx.coming_day = None
    ctx.focus = ctx.focus_written = None
    ctx.told_year = None
    ctx.told = None  # (what "the next day" counts from: a day of this story's, once it names one)
    ctx.quarter, ctx.quarter_pos, ctx.quarter_fiscal = None, -10**9, False
    ctx.ytd_pos = -10**9
    ctx.period_end, ctx.period_end_pos = None, -10**9


def tag_stream(text: str, reference: dt.date | dt.datetime | None = None, *,
               progress: CharProgress | None = None, on_error: ErrorHandler | None = None,
               dropped: list[tuple[int, int, str]] | None = None,
               day_first: bool | None = None,
               furniture: Sequence[tuple[int, int]] = (),
               stories: Sequence[tuple[int, dt.date]] = (),
               waiting: list[tuple[int, int]] | None = None) -> Iterator[TimeExpression]:
    """Find and normalise the time expressions in `text`, handed out as the scan goes.

    `reference` is the document's publication date, used for relative expressions ("yesterday",
    "last year", "Tuesday", "two weeks ago"); without it those come back underspecified
    ("XXXX-XX-XX", first/last None). Yields TimeExpressions sorted by start, non-overlapping,
    with ``text == text[start:end]``. `progress(offset)` is called about every PROGRESS_STEP characters as the
    scan advances (see core.progress).

    Each expression is handed out once the scan has found the next one (which may still replace it: "the week
    ended Nov. 14"), or at the end, so a reader taking them as they come (core/analysis.py) never holds a whole
    document's: the scan itself keeps only the last one and the last that told a date (what later phrases count
    from), and the result is the same as `tag`'s.

    Never raises on any text (only `Cancelled` from `progress` passes through). A date that would fall
    outside the years 1–9999 is not produced: the phrase is kept with a vague value ("3,000 years ago"
    → PAST_REF) or dropped. Should a rule's handler fail anyway (a bug), that one match is skipped, the
    scan goes on, and `on_error(offset, exception)` is called if given, so a caller can count or log them.
    A phrase dropped because no date can hold it is added to `dropped` (start, end, why) when given.
    `day_first` is the order the document writes numeric dates in (`Document.day_first`, read by the loader with
    the page's language); None: the text's own, read at its first numeric date that could be either way round.
    `furniture`: the page's spans that are no part of its story (`Document.excluded`, sorted and disjoint): no phrase
    starting in one is read, so a masthead's or a sidebar's date is never what the story's "a year earlier" or "the
    next day" counts from (nor an expression: the readers of the stream skip those spans anyway).
    `stories`: on a page of several stories (`Document.story_days`), where each later story starts and its own day:
    from there on that day is the reference, and nothing read in the story before is carried into it (its "that
    year", its last day named): "On November 13" under "Monday, October 30, 2006" is in 2006, whatever the page's
    first story's date.
    `waiting`: when given, (start, end) of each expression handed out that waits for a reference
    (`waits_for_reference`) is added to it as it is handed out: what an article with no publication date would
    date once given one. Tagged with a reference, few or none do (a story's "Thursday" before the page's first
    date line).
    """
    ctx = _Ctx(text, _as_date(reference))
    next_story = 0  # the next of `stories` not yet started (triggers come in order)
    skip_at = 0  # the first furniture span not ended before the current trigger (triggers come in order)
    ctx.dropped = dropped
    uncounted = ctx.uncounted = set() if waiting is not None else None
    if day_first is not None:
        ctx.day_first = [day_first]
    text = ctx.text  # folded: rules and handlers read this copy
    ctx.upper = text[:3000].isupper()
    low = text.lower()
    if len(low) != len(text):  # a few Unicode letters change length when lowered
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    ctx.low = low
    out = ctx.out
    by_first = _first_char_masters(len(text))
    prefix = _PREFIX_WORDS
    start_words = _START_WORDS
    last_end = 0
    # Starts tried for the previous trigger, where no rule gave an expression. The run of modifier words
    # before a trigger is mostly the one before the previous trigger too ("1 1 1 1 …", "at least the
    # past 18 months"): walking it and trying its starts again would give the same nothing (the walk
    # from a start onwards does not depend on the trigger), at up to 8 times the cost.
    tried: set[int] = set()
    for tm in itertools.chain.from_iterable(_trigger_chunks(low, progress)):
        p = tm.start(1)
        if p < last_end:
            continue
        while next_story < len(stories) and stories[next_story][0] <= p:
            _start_story(ctx, stories[next_story][1])
            next_story += 1
        if furniture:
            while skip_at < len(furniture) and furniture[skip_at][1] <= p:
                skip_at += 1
            if skip_at < len(furniture) and furniture[skip_at][0] <= p:
                continue
        starts = [p]
        if p > 0 and low[p - 1] in "'\u2019":
            starts.append(p - 1)
        q = p
        for _ in range(7):
            w = _prev_word(low, max(last_end, q - 30), q)
            if w is None:
                break
            q, word = w
            if q in tried:
                break  # this start and the rest of the walk were tried for the previous trigger
            if not (word in prefix or word[0].isdigit()):
                break
            if word in start_words or word[0].isdigit():
                starts.append(q)
        for st in reversed(starts):
            if st in tried:
                continue
            if by_first is None:
                mm = _MASTER_LOW
            else:
                mm = by_first.get(low[st])
                if mm is None:
                    mm = _master_for(low[st])
            m = mm.match(low, st)
            if m is None or m.end() <= p:
                continue
            name = m.lastgroup
            rm = _RULE_RE[name].match(text, st)
            try:
                res = _HANDLERS[name](ctx, rm) if rm is not None else None
            except cal.OutOfRange:
                res = None  # a date before year 1 or after 9999: no such expression
                if dropped is not None:
                    dropped.append((rm.start(), rm.end(), f"outside the years {cal.MIN_YEAR}–{cal.MAX_YEAR}"))
            except Exception as exc:  # a bug in one rule must not lose the document; Cancelled passes
                if on_error is not None:
                    on_error(st, exc)
                res = None
            if not res:
                continue
            for t in res:
                if out and t.start < out[-1].end:
                    continue
                t = _day_next_to(ctx, t, out[-1].end if out else 0)
                out.append(t)
                if t.first is not None and t.precision is not None and t.type is not DURATION:
                    ctx.focus = (t.first, t.precision)
                    if _WRITES_YEAR_DIGITS.search(t.text) is not None and \
                            _PARTICIPLE_PHRASE_BEFORE.search(text, max(0, t.start - 30), t.start) is None:
                        ctx.focus_written = (ctx.focus, t.end)
                    if t.precision is Precision.DAY and ctx.ref is not None and t.first <= ctx.ref:
                        # only a recent day can be the evening a story's "earlier in the evening" goes back to; an
                        # old one ("born on May 3, 1960", "ended on June 6, 1944") in focus before the day to come
                        # leaves that part of a day on the publication day
                        ctx.past_day = t.first if (ctx.ref - t.first).days <= _PAST_DAY_REACH else None
                    if t.precision is Precision.DAY and ctx.ref is not None and t.first >= ctx.ref:
                        ctx.coming_day = t.first
                    if _tells_year(t, ctx.told_year):
                        ctx.told_year = t.first.year
                    if t.precision is Precision.DAY:
                        _note_period_end(ctx, t.start, t.end, t.first)
                        if len(out) > 1 and ctx.ref is not None and _glossed_deictic(out[-2], text, t):
                            # "ambushed yesterday (Monday)": the writer's gloss names the day the deictic means (in
                            # a quotation spoken the day before, not the publication's yesterday): that weekday,
                            # found in the deictic's direction, for both
                            day, named = out[-2], _glossed_day(ctx.ref, out[-2].text, t.text)
                            out[-2] = _te(ctx, day.start, day.end, DATE, "", cal.DAY, named, day.mod, relative=True)
                            out[-1] = t = _te(ctx, t.start, t.end, DATE, "", cal.DAY, named, t.mod, relative=True)
                            ctx.focus = (t.first, t.precision)
                        if len(out) > 1 and ctx.ref is not None:
                            spoken = _quoted_deictic_of_dated_speech(ctx, out[-2], t)
                            if spoken is not None:
                                # '"We lost yesterday," the coach said on Sunday': the speaker's yesterday, counted
                                # from the day the sentence says the words were spoken, not the page's
                                out[spoken - 2] = _shifted(out[spoken - 2], (t.first if spoken == 0 else
                                                                             out[-2].first) - ctx.ref)
                                if spoken == 1:
                                    t = out[-1]
                                    ctx.focus = (t.first, t.precision)
                        if len(out) > 1 and _is_week_ended_by(out[-2], text, t.start):
                            # "jobless claims fell in the week ended Nov. 14": that day's week, not the report's
                            week = out[-2]
                            out[-2] = _te(ctx, week.start, week.end, DATE, "", cal.WEEK,
                                          cal.start_of(cal.WEEK, t.first), week.mod, relative=week.relative)
                elif t.type is DURATION and t.value in ("P9M", "P6M") and t.text[:4].lower() == "the ":
                    ctx.ytd_pos = t.end
            last_end = max(m.end(), res[-1].end)
            break
        else:
            tried = set(starts)
            continue
        tried = set()
        # All but the last are final now (only the one before a new expression is ever replaced, above).
        while len(out) > 1:
            t = out.pop(0)
            if _tells_date(t):
                ctx.told = t
            if waiting is not None and waits_for_reference(t, uncounted):
                waiting.append((t.start, t.end))
            yield t
    for t in out:
        if waiting is not None and waits_for_reference(t, uncounted):
            waiting.append((t.start, t.end))
        yield t
    out.clear()
