"""The day a page that prints no date gives itself through its own story.

A journalist dates an undated clipping from what it tells: when its lead reports a happening "on Thursday" and the
same story writes the day out with its weekday ("scheduled to launch on Thursday, Sept. 8", "on Saturday (July
16)"), that Thursday is the lead's day, and the page, which reports it as done, is of that day. So it is when the
story writes out, for the same happening (the lead's verb), a day that falls on the lead's weekday ("struck the
islands on Tuesday" and a caption's "after the quake struck the region on Oct. 15, 2013", a Tuesday). Nothing here
guesses: the weekday the lead names must be the weekday of exactly one such day, the day's year must be written
(or, for a day written with its weekday, fixed by it among the years the story writes), and the lead must tell its
happening as done (a past tense or a present perfect); a lead about what is still to come ("will launch on
Thursday") is written before its day, on a day the page does not give. Anything else leaves the page undated.

`documents._build` calls `page_day_from_story(text, skip, captions, sentences)` only for a page that prints no
date: a printed date is not checked against this day, as a file photo's caption can write out an older day that
falls on the lead's weekday (seen on a held-out page), which would move a rightly dated page a year back.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from timeline_app.core.model import Sentence, merge_spans

if TYPE_CHECKING:
    from timeline_app.core.grammar import VerbGroup

__all__ = ["page_day_from_story", "page_day_from_written_weekdays", "yearless_weekday_days"]

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WD = "(?:" + "|".join(_WEEKDAY_NAMES) + ")"
_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTHS = {name: k + 1 for k, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_YR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
# A day written out with its weekday: "Thursday, Sept. 8", "Wednesday, Sept. 7, 2016", "Tuesday 12 November 2024",
# "Saturday (July 16)", "Friday [January 7]" (an editor's brackets), "Wednesday evening, Jan. 30, 2013". (Full weekday
# names only: "Sun" and "Sat" are words too.)
@lru_cache(maxsize=1)
def _weekday_date() -> re.Pattern[str]:
    # (compiled at first use: the lexicon's module is not imported by a warm start, which loads no new page)
    from timeline_app.core.temporal_lexicon import DAY_PARTS
    part = "(?:" + "|".join(k for k in DAY_PARTS if k not in ("overnight", "tonight")) + ")"
    return re.compile(
        rf"\b(?P<wd>{_WD})(?:\s+{part})?(?:,\s*|\s+|\s*[(\[]\s*)"
        rf"(?:(?P<mon>{_MON})\s+(?P<day>{_DAYNUM})|(?P<day2>{_DAYNUM})\s+(?:of\s+)?(?P<mon2>{_MON}))\b"
        rf"(?:,?\s+(?P<yr>{_YR}))?")
# Any day written out with its year (the years a year-less weekday date may be of).
_FULL_DATE = re.compile(rf"\b(?:(?P<mon>{_MON})\s+(?P<day>{_DAYNUM}),?\s+(?P<yr>{_YR})"
                        rf"|(?P<day2>{_DAYNUM})\s+(?:of\s+)?(?P<mon2>{_MON}),?\s+(?P<yr2>{_YR}))")
# A weekday on its own ("on Thursday evening", "Thursday's launch"), not a plural ("on Thursdays").
_BARE_WEEKDAY = re.compile(rf"\b(?P<wd>{_WD})\b(?!s\b)")
# Words before a weekday that move it off the nearest one or make it any such day ("last Thursday", "every
# Friday", "on a Monday"): such a weekday is not the lead's day.
# A weekday that bounds a span ("since Monday", "by Friday") is not the happening's day either.
_MOVED = re.compile(r"(?:\b(?:last|next|this|coming|past|following|previous|every|each|a|an|same|that"
                    r"|since|until|till|by|before|after)\s+)$", re.IGNORECASE)
# A weekday's possessive and the words after it, the happening it names ("Tuesday's earthquake", "Friday's deadly
# blast"): a summary of a happening of that day.
_POSSESSIVE = re.compile(r"['’]s\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")
_WORD = re.compile(r"[A-Za-z-]+")
_LEAD_SENTENCES = 5  # the headline, a standfirst or teaser, and the lead's first sentences
# How far after the lead's start a second telling of its happening is looked for (`_same_happening_day`): the
# story's first screens, where its captions and its retelling of the lead are; a long text's later days are of other
# stories (and each such day costs a sentence's analysis).
_SAME_STORY_REACH = 6000
_PAST_TAGS = frozenset({"VBD"})
_HAVE = frozenset({"has", "have", "had", "'s", "'ve"})


def _inside(spans: Sequence[tuple[int, int]], starts: list[int], at: int) -> bool:
    k = bisect_right(starts, at) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _written_days(text: str, skip: Sequence[tuple[int, int]], starts: list[int],
                  latest_done_year: Callable[[], int | None] = lambda: None) -> tuple[
        dict[int, set[dt.date]], list[tuple[int, int]], list[tuple[int, dt.date]]]:
    """The days the story writes out with their weekday, by weekday (0 = Monday), the spans of those phrases, and
    the other days it writes out with their year, as (offset, day). A year-less weekday phrase takes the year, among
    those around the years the story writes with a day, that puts it on its weekday, when exactly one does; when
    none does, among the latest year the story tells as done (`latest_done_year`, asked only then: "A first march
    was held in 2024" under "On Saturday, June 14": 2025) and the next, as `page_day_from_written_weekdays` reads a
    lead's day (`_fits_from`). A phrase whose weekday does not fit its written date is a misprint and gives nothing."""
    years: set[int] = set()
    full: list[tuple[int, dt.date]] = []
    for m in _FULL_DATE.finditer(text):
        if not _inside(skip, starts, m.start()):
            years.add(int(m["yr"] or m["yr2"]))
            d = _date(int(m["yr"] or m["yr2"]), _MONTHS[(m["mon"] or m["mon2"])[:3].lower()],
                      int(re.match(r"\d+", m["day"] or m["day2"])[0]))
            if d is not None:
                full.append((m.start(), d))
    days: dict[int, set[dt.date]] = {}
    spans: list[tuple[int, int]] = []
    for m in _weekday_date().finditer(text):
        if _inside(skip, starts, m.start()):
            continue
        spans.append(m.span())
        wd = _WEEKDAY_NAMES.index(m["wd"])
        month = _MONTHS[(m["mon"] or m["mon2"])[:3].lower()]
        day = int(re.match(r"\d+", m["day"] or m["day2"])[0])
        if m["yr"]:
            fits = {d for d in (_date(int(m["yr"]), month, day),) if d is not None and d.weekday() == wd}
        else:
            fits = {d for y in years for d in (_date(y + k, month, day) for k in (-1, 0, 1))
                    if d is not None and d.weekday() == wd}
            if not fits:
                fits = set(_fits_from(latest_done_year(), month, day, wd))
        if len(fits) == 1:
            days.setdefault(wd, set()).update(fits)
    starts_of_phrases = [a for a, _ in spans]
    plain = [(at, d) for at, d in full if not _inside(spans, starts_of_phrases, at)]
    return days, spans, plain


def _verb_at(sentence: str, at: int) -> VerbGroup | None:
    """The finite verb group that tells the happening a date at `sentence[at:]` dates: the nearest before it, or the
    first after it when none comes before."""
    from timeline_app.core.grammar import analyse_sentence
    groups = [g for g in analyse_sentence(sentence).groups if g.finite]
    before = [g for g in groups if g.start < at]
    return before[-1] if before else next(iter(groups), None)


def _told_as_done(group: VerbGroup) -> bool:
    """Is a verb group a past tense or a present perfect, with no modal ("will", "could")?"""
    first = group.words[0]
    if first.pos == "MD":
        return False
    if len(group.words) == 1:
        return first.pos in _PAST_TAGS
    return first.pos in _PAST_TAGS or (first.text.lower() in _HAVE and group.main.pos == "VBN")


# The primary auxiliaries: as a clause's only verb they tell a state or stand in for another verb ("were among
# Friday's offerings"), no happening of their own to tell twice.
_AUXILIARY_LEMMAS = frozenset({"be", "have", "do"})


def _lemmas(group: VerbGroup) -> frozenset[str]:
    """The lemmas of the happening a verb group tells (none for a primary auxiliary)."""
    from timeline_app.core.grammar import verb_lemmas
    lemmas = verb_lemmas(group.main.text.lower())
    return frozenset() if lemmas & _AUXILIARY_LEMMAS else lemmas


def _same_happening_day(text: str, sentences: Sequence[Sentence], plain: list[tuple[int, dt.date]], weekday: int,
                        lemmas: frozenset[str], lead: int) -> dt.date | None:
    """The one day the story writes out with its year (no weekday written), in another sentence than the lead's
    (`lead`, its start), that falls on the lead's weekday and is told as done by the lead's verb ("struck the
    southern islands on Tuesday" and "after the quake struck the region on Oct. 15, 2013"): the same happening told
    twice, on the same day; or None."""
    fitting = [(at, d) for at, d in plain if d.weekday() == weekday and at < lead + _SAME_STORY_REACH]
    if not fitting or not lemmas:
        return None
    firsts = [s.start for s in sentences]
    same: set[dt.date] = set()
    for at, d in fitting:
        k = bisect_right(firsts, at) - 1
        if k < 0 or at >= sentences[k].end or sentences[k].start == lead:
            continue
        group = _verb_at(text[sentences[k].start:sentences[k].end], at - sentences[k].start)
        if group is not None and _told_as_done(group) and lemmas & _lemmas(group):
            same.add(d)
    return next(iter(same)) if len(same) == 1 else None


def page_day_from_story(text: str, skip: Sequence[tuple[int, int]], captions: Sequence[tuple[int, int]],
                        sentences: Sequence[Sentence]) -> dt.date | None:
    """The day a page's story gives itself (see the module's doc), or None.

    `skip` are the page's furniture spans (lists of other stories, menus: their dates are not the story's),
    in any order; `captions` the pictures' captions (their dates are the story's, their weekdays are no
    lead); `sentences` the page's sentences in order. The lead is read first (its first sentences, one analysed);
    only a lead with a weekday told as done has the text searched for the days it writes out (two patterns, one
    pass each)."""
    skip = merge_spans(list(skip))
    starts = [a for a, _ in skip]
    not_lead = merge_spans([*skip, *captions])
    not_lead_starts = [a for a, _ in not_lead]
    seen = 0
    before: list[Sentence] = []  # the lead's sentences read before this one
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        if _inside(not_lead, not_lead_starts, start):
            continue
        seen += 1
        if seen > _LEAD_SENTENCES:
            return None
        for m in _BARE_WEEKDAY.finditer(text, start, end):
            if _weekday_date().match(text, m.start()) is not None \
                    or _MOVED.search(text, max(start, m.start() - 12), m.start()):
                continue  # (a day written out with its weekday, or a weekday moved off the nearest one)
            if _summary_of_another_happening(text, before, m.end()):
                continue
            # The lead's first weekday, for a happening told as done: the one day the story writes out with that
            # weekday, or else the one it writes for the same happening (by its verb) that falls on that weekday.
            group = _verb_at(text[start:end], m.start() - start)
            if group is None or not _told_as_done(group):
                return None
            found: list[int | None] = []

            def latest_done_year() -> int | None:  # (read once, only for a year-less day no written year fixes)
                if not found:
                    found.append(_latest_done_year(text, sentences, not_lead, not_lead_starts, start))
                return found[0]
            days, _phrases, plain = _written_days(text, skip, starts, latest_done_year)
            weekday = _WEEKDAY_NAMES.index(m["wd"])
            tied = days.get(weekday)
            if tied:
                return next(iter(tied)) if len(tied) == 1 else None
            return _same_happening_day(text, sentences, plain, weekday, _lemmas(group), start)
        before.append(sentence)
    return None


def _summary_of_another_happening(text: str, before: Sequence[Sentence], at: int) -> bool:
    """Is the weekday ending at `at` a possessive that names a happening of its day ("Tuesday's earthquake killed 40
    people") after the lead's sentences (the headline's too) that already tell a happening as done, and name none of
    its words ("Rescuers pulled 14 survivors from collapsed buildings")? The lead reports its own news, of its own
    day; the possessive sums up an earlier one, whose weekday is not the page's. (When the lead names the same
    happening, "An earthquake struck eastern Turkey", its day is the lead's.)"""
    owned = _POSSESSIVE.match(text, at)
    if owned is None or not before:
        return False
    named = {w.lower() for w in owned.groups() if w}
    told = [text[sentence.start:sentence.end] for sentence in before]
    return all(named.isdisjoint(w.lower() for w in _WORD.findall(t)) for t in told) \
        and any(_told_as_done(g) for t in told for g in _finite_groups(t))


def _finite_groups(sentence: str) -> list[VerbGroup]:
    from timeline_app.core.grammar import analyse_sentence
    return [g for g in analyse_sentence(sentence).groups if g.finite]


# A year written on its own ("in 2013", "2013's"): the years the story speaks of.
_ANY_YEAR = re.compile(r"(?<![\d.,/-])(?:1[89]\d\d|20\d\d)(?![\d.,/-]\d)")
_QUOTES = "\"“”«»"
_YEARS_READ = 12  # the latest years a story writes, tried in turn for one told as done (each costs an analysis)


def _sentence_at(sentences: Sequence[Sentence], firsts: list[int], at: int) -> Sentence | None:
    k = bisect_right(firsts, at) - 1
    return sentences[k] if k >= 0 and at < sentences[k].end else None


def _quoted(text: str, start: int, at: int) -> bool:
    """Does `at` lie inside a quotation opened in its sentence (from `start`)? (A quote's old day is its speaker's.)"""
    return sum(text.count(q, start, at) for q in _QUOTES) % 2 == 1


def _done_at(text: str, sentence: Sentence, at: int) -> bool:
    """Is the happening a date at `at` dates told as done (a past tense or a present perfect)?"""
    group = _verb_at(text[sentence.start:sentence.end], at - sentence.start)
    return group is not None and _told_as_done(group)


def _latest_done_year(text: str, sentences: Sequence[Sentence], not_lead: Sequence[tuple[int, int]],
                      starts: list[int], lead_start: int) -> int | None:
    """The latest year the story (its first screens from `lead_start`, no caption, furniture or quotation) writes
    for a happening told as done, or None. (The latest `_YEARS_READ` years are tried, each costing an analysis.)"""
    firsts = [x.start for x in sentences]
    reach = min(len(text), lead_start + _SAME_STORY_REACH)
    years = sorted({(int(m.group(0)), m.start()) for m in _ANY_YEAR.finditer(text, 0, reach)
                    if not _inside(not_lead, starts, m.start())}, reverse=True)
    for year, at in years[:_YEARS_READ]:
        sentence = _sentence_at(sentences, firsts, at)
        if sentence is not None and not _quoted(text, sentence.start, at) and _done_at(text, sentence, at):
            return year
    return None


def _fits_from(latest_year: int | None, month: int, day: int, weekday: int) -> list[dt.date]:
    """The days of a year-less weekday date (`month`, `day`, on `weekday`) in the latest year a story tells as done
    or the next (a page reports its news in the year of its latest past happening or just after: "Thursday, July 25"
    in a story of 2018 is of 2019). A wider reach would guess: the calendar repeats every 5, 6 or 11 years, and an
    obituary's latest year is its subject's career, years before the death (held-out pages: a manager's "In 1985"
    beside "Friday 10 July" of 2020 would give 1987)."""
    if latest_year is None:
        return []
    return [d for y in (latest_year, latest_year + 1) for d in (_date(y, month, day),)
            if d is not None and d.weekday() == weekday]


def page_day_from_written_weekdays(text: str, skip: Sequence[tuple[int, int]], captions: Sequence[tuple[int, int]],
                                   sentences: Sequence[Sentence]) -> dt.date | None:
    """The day of a page that prints no date, from the days its lead writes out with their weekday and tells as
    done ("passed away on Sunday, July 24", "during the early hours of Saturday, September 15 2018, have charged"):
    the latest of them, as a page reports what has happened by its day. A reporter writes a day's weekday out for
    the days of the news, so such a day in the lead is the page's or one just before it.

    The lead is the story's first sentences (`_LEAD_SENTENCES`, no caption or furniture); a lead that also names a
    weekday alone ("voted on Friday", "last Friday") is `page_day_from_story`'s to tie, and when that found no one
    day this finds none either (the lead's days are then not all known: a retrospective's "on Thursday" after its
    old day, a "last Friday" a week on). The day's year is the one written with it (its weekday must fit it: else a
    misprint, left); a day written without one takes the year, among the latest year the story tells as done and
    the next, that puts it on its weekday, when exactly one does ("Thursday, July 25" in a story of 2018: 2019). A
    story telling no year of a done happening fixes no year-less day. Never from a caption, the page's furniture,
    a quotation or a day told as ahead ("will be sentenced on Monday, 4 March"). None when no such day is found."""
    not_lead = merge_spans([*skip, *captions])
    starts = [a for a, _ in not_lead]
    lead = [x for x in sentences if not _inside(not_lead, starts, x.start)][:_LEAD_SENTENCES]
    phrases: list[tuple[Sentence, re.Match[str]]] = []
    for sentence in lead:
        found = list(_weekday_date().finditer(text, sentence.start, sentence.end))
        written = [m.start() for m in found]
        if any(m.start() not in written for m in _BARE_WEEKDAY.finditer(text, sentence.start, sentence.end)):
            return None  # (a weekday alone in the lead)
        phrases.extend((sentence, m) for m in found if not _quoted(text, sentence.start, m.start()))
    if not phrases:
        return None
    latest_year = _latest_done_year(text, sentences, not_lead, starts, lead[0].start)
    days: list[dt.date] = []
    for sentence, m in phrases:
        wd = _WEEKDAY_NAMES.index(m["wd"])
        month = _MONTHS[(m["mon"] or m["mon2"])[:3].lower()]
        day = int(re.match(r"\d+", m["day"] or m["day2"])[0])
        if m["yr"]:
            fits = [d for d in (_date(int(m["yr"]), month, day),) if d is not None and d.weekday() == wd]
        else:
            fits = _fits_from(latest_year, month, day, wd)
        if len(fits) == 1 and _done_at(text, sentence, m.start()):
            days.append(fits[0])
    return max(days, default=None)


def yearless_weekday_days(text: str) -> frozenset[tuple[int, int, int]]:
    """The days `text` writes out with a weekday and no year ("this morning, Friday, May 24", "Saturday (July
    16)"), as (month, day, weekday: 0 = Monday); a day no month has ("Friday, Feb. 30") is none. What a page that
    prints no year tells of its own days: the year is for another article of the story to give (`merging`'s lend),
    and the weekday says which years may be."""
    found: set[tuple[int, int, int]] = set()
    for m in _weekday_date().finditer(text):
        if m["yr"]:
            continue
        month = _MONTHS[(m["mon"] or m["mon2"])[:3].lower()]
        day = int(re.match(r"\d+", m["day"] or m["day2"])[0])
        if _date(2000, month, day) is not None:  # (a leap year: any day a month may have)
            found.add((month, day, _WEEKDAY_NAMES.index(m["wd"])))
    return frozenset(found)
