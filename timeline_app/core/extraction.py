"""Time expressions + sentences → candidate mentions of dated happenings.

For each sentence outside boilerplate, every calendar date the tagger finds becomes a candidate event,
anchored to what happened at it (its *kind*: a visit, an agreement, a war...) and given a short
headline-style title built from the sentence. Two constructions imply an earlier happening rather than
state one, and are turned into inferred candidates:

* "his first trip to North Korea since 2000"  → a previous trip in 2000;
* "the first visit in 24 years"               → a previous visit 24 years before the visit described,
  whose date may come from the same article, another article, or the publication date (see merging).

Named periods ("since the Cold War") are dated from `periods.PERIODS`. Candidates are merged across
documents by `merging.merge`.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import logging
import operator
import re
import sys
from array import array
from collections import deque
from dataclasses import dataclass
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple
from functools import lru_cache, partial
from itertools import compress, repeat

from dateutil.relativedelta import relativedelta

from timeline_app.core import coref, grammar
from timeline_app.core.documents import MONTH_PATTERN
from timeline_app.core.elide import elide
from timeline_app.core.model import (MENTION_LEAD_MASK, MENTION_LEAD_SHIFT, MENTION_LENGTH_MASK, MENTION_LENGTH_SHIFT,
                                     MENTION_START_SHIFT, MENTION_TAIL_MASK, MENTION_TAIL_SHIFT, Document, Mention,
                                     Precision, Sentence,
                                     TimeExpression, TimexType, human_date)
from timeline_app.core.periods import find_periods
from timeline_app.core.progress import PROGRESS_STEP, CharProgress, check_every
from timeline_app.core.temporal import (SCHEDULED_DATE, counts_things, expected_in_clause, is_fiscal_quarter,
                                       is_projection, may_hold_time, RESCHEDULING_STEMS, rescheduling_goal_word)
from timeline_app.core.temporal import tag as temporal_tag
from timeline_app.core.temporal_lexicon import DAY_PARTS, MONTHS, UNITS, WEEKDAYS, number_value


class _Rare(NamedTuple):
    """The fields of a candidate that few have set (an implied offset, a relation, a period, news' reported
    happenings), with its explanation and its `inferred` when it is not its mention's: held together, so the
    rest pay one slot for them (see `Candidate`)."""

    period: bool = False
    offset: relativedelta | None = None
    anchor_kind: str = ""
    relation: str = ""
    referent: tuple[int, int] | None = None
    reported: bool = False
    explanation: str = ""
    inferred: bool | None = None  # None: the mention's flag (`mention_inferred`), as extraction makes them


_RARE_FIELDS = _Rare._fields[:6]  # (the six rare fields a caller names)
_UNSET: Any = object()  # a rare field not given to the constructor


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Candidate:
    """One mention of a possible event, before merging. `first` is None while the date is unresolved.

    Its fields are `CANDIDATE_FIELDS` (constructed, compared, hashed and shown as a dataclass of those fields
    would be; `dataclasses.replace` works with them). Slots, and the six rarely set ones (`period`, `offset`,
    `anchor_kind`, `relation`, `referent`, `reported`), its `explanation` and its `inferred` held in one
    (`_rare`): None when all are at their defaults (no explanation, `inferred` the mention's flag, as every
    candidate extraction makes has it), the explanation string when only that is set, else a `_Rare` of them.
    Ten slots are a 112-byte object, fourteen were 144 (`first`, `last` and `precision` are one, `_days`): a
    document yields a candidate per date, and they live until merging is done. `sentence` is
    held as given (a string) until `hold_sentences` finds it is its document's text between its mention's
    sentence bounds; then the slot (`_sentence`) holds the document and the sentence is sliced when read
    (dense news' sentence copies were 1.3 bytes per character of it, alive until merging was done).

    * `offset`: for "the first visit in 24 years", the date is `offset` before the happening of
      `anchor_kind` that the sentence describes, resolved during merging.
    * `relation`: for "the visit follows the recent G7 summit", "before" or "after" the anchor happening.
    * `referent`: the phrase naming the happening that an offset counts from ("The visit"), if any.
    * `reported`: dated only by its article (its publication date, or the day its lead gives): on or
      shortly before that day, with no date phrase of its own (core/news.py).

    The mention is folded into the candidate: its document id (`doc_id`), its phrase (`phrase`) and the int
    its Mention packs its four offsets and two flags in (`_at`, `model.pack_mention`), read as `start`, `end`,
    `sentence_start`, `sentence_end`, `dated` and `mention_inferred`; `mention` makes the Mention when asked,
    of the same objects. A Mention object and the int objects of its offsets were 196 of a candidate's 324
    bytes (a dense article yields a candidate per ~50 characters, all alive until merging is done); the int is
    32 (`model.pack_mention`), and the candidate 16 bytes larger. A mention whose values do not pack (a malformed one) is held as
    given in `_at`, and read from there.
    """

    doc_id: str  # the mention's document (a slot: merging reads it most of the mention's fields)
    _at: int | Mention  # the mention's offsets and flags as its Mention packs them; or the mention as given
    _phrase: str  # the mention's text (None when `_at` holds the mention)
    _days: dt.date | tuple  # `first`, `last` and `precision`: see `_held_days`
    kind: str
    title: str
    _sentence: str | Document  # the sentence, or the document holding it (see `sentence`)
    actors: frozenset[str]
    _rare: _Rare | str | None  # `explanation`, `inferred` and the rare fields: see above
    # Merging's memo of its happening words (`merging.happening_words`), None outside a merge: a slot, where
    # a dict by the candidate's id took an entry and an id int (0.9 bytes per character of dense news at
    # merging's peak). The tenth slot of the object's 112-byte block. Not a value.
    _words: frozenset[str] | None = dataclasses.field(init=False, repr=False, compare=False)

    def __init__(self, mention: Mention = _UNSET, first: dt.date | None = _UNSET, last: dt.date | None = _UNSET,
                 precision: Precision = _UNSET, kind: str = _UNSET, title: str = _UNSET, sentence: str = _UNSET,
                 actors: frozenset[str] = frozenset(), inferred: bool = _UNSET, explanation: str = _UNSET,
                 period: bool = _UNSET, offset: relativedelta | None = _UNSET, anchor_kind: str = _UNSET,
                 relation: str = _UNSET, referent: tuple[int, int] | None = _UNSET, reported: bool = _UNSET,
                 _rare: _Rare | str | None = None, _sentence: str | Document = _UNSET, doc_id: str = _UNSET,
                 _at: int | Mention = _UNSET, _phrase: str = _UNSET, _days: dt.date | tuple = _UNSET) -> None:
        # (Defaults only so that `dataclasses.replace`, which passes the slots `doc_id`, `_at`, `_phrase` and
        # `_days`, and `mention`, `first`, `last` and `precision` only when it changes them, may leave those out;
        # the rest are required as before.)
        if _days is not _UNSET:
            held_first, held_last, held_precision = _read_days(_days)
            if first is _UNSET:
                first = held_first
            if last is _UNSET:
                last = held_last
            if precision is _UNSET:
                precision = held_precision
        if first is _UNSET or last is _UNSET or precision is _UNSET or kind is _UNSET or title is _UNSET:
            raise TypeError("Candidate() needs its mention, first, last, precision, kind and title")
        setter = object.__setattr__
        # `_rare` as stored (given by `dataclasses.replace`, a worker's row, a pickle): what the fields not
        # given are. (Its `inferred` None reads the flag of the mention it was stored with: `_at` before a new
        # mention replaces it.)
        if _rare is None:
            base, kept_explanation = _NO_RARE, ""
        elif _rare.__class__ is str:
            base, kept_explanation = _NO_RARE, _rare
        else:
            base, kept_explanation = _rare, _rare.explanation
        if inferred is _UNSET:
            inferred = base.inferred
            if inferred is None:
                inferred = False if _at is _UNSET else _mention_flag(_at)  # (the old mention's, when replaced)
        if explanation is _UNSET:
            explanation = kept_explanation
        if mention is not _UNSET:
            doc_id, _at, _phrase = _fold_mention(mention)
        elif _at is _UNSET:
            raise TypeError("Candidate() needs its mention")
        if doc_id is not _UNSET:  # (unset only for a malformed mention without a document: read, it raises)
            setter(self, "doc_id", doc_id)
        setter(self, "_at", _at)
        setter(self, "_phrase", _phrase)
        setter(self, "_days", _held_days(first, last, precision))
        setter(self, "kind", kind)
        setter(self, "title", title)
        # (`dataclasses.replace` passes the slot `_sentence`, and `sentence` too when it changes it.)
        if sentence is _UNSET:
            if _sentence is _UNSET:
                raise TypeError("Candidate() needs its sentence")
            sentence = _sentence
        setter(self, "_sentence", sentence)
        setter(self, "actors", actors)
        # (Its own `inferred` kept only when it is not its mention's flag: `is`, so a malformed flag (not a
        # bool) is kept as given.)
        # (`_mention_flag` inlined for the packed int: a Python call per candidate made.)
        own_inferred = None if inferred is ((_at & 2 == 2) if _at.__class__ is int else _mention_flag(_at)) \
            else inferred
        if period is _UNSET and offset is _UNSET and anchor_kind is _UNSET and relation is _UNSET \
                and referent is _UNSET and reported is _UNSET and base is _NO_RARE:
            rare = None  # (the common case: no rare field, none kept)
        else:
            rare = _Rare(base.period if period is _UNSET else period, base.offset if offset is _UNSET else offset,
                         base.anchor_kind if anchor_kind is _UNSET else anchor_kind,
                         base.relation if relation is _UNSET else relation,
                         base.referent if referent is _UNSET else _packed_span(referent),
                         base.reported if reported is _UNSET else reported)
            # (Offset first: a relativedelta compares in Python.)
            if rare.offset is None and rare == _NO_RARE:
                rare = None
        if rare is None and own_inferred is None and explanation.__class__ is str:
            setter(self, "_rare", explanation or None)
        else:
            setter(self, "_rare", (_NO_RARE if rare is None else rare)._replace(explanation=explanation,
                                                                               inferred=own_inferred))
        setter(self, "_words", None)

    @property
    def first(self) -> dt.date | None:
        days = self._days
        return days if days.__class__ is dt.date else days[0]

    @property
    def last(self) -> dt.date | None:
        days = self._days
        return days if days.__class__ is dt.date else days[1]

    @property
    def precision(self) -> Precision:
        days = self._days
        return _DAY if days.__class__ is dt.date else days[2]

    def days(self) -> tuple[dt.date | None, dt.date | None, Precision]:
        """`first`, `last` and `precision` in one call, for readers of several (a property is a Python call
        each)."""
        days = self._days
        return (days, days, _DAY) if days.__class__ is dt.date else days

    @property
    def mention(self) -> Mention:
        """The mention, made when asked (readers of one of its fields read the candidate's own: `start`...)."""
        at = self._at
        if at.__class__ is not int:
            return at
        return Mention.packed(self.doc_id, at, self._phrase)  # (its int object the candidate's)

    def mention_parts(self) -> tuple[str | None, int | Mention, str | None]:
        """What `mention` is made of, for making it later without the candidate (`mention_of_parts`): its
        document id, its packed int and its phrase (the candidate's own objects); or (None, the mention as
        given, None) for one that does not pack."""
        at = self._at
        if at.__class__ is not int:
            return None, at, None
        return self.doc_id, at, self._phrase

    # The mention's fields, read from the candidate (no Mention made).
    @property
    def start(self) -> int:
        at = self._at
        return at >> _START_SHIFT if at.__class__ is int else at.start

    @property
    def end(self) -> int:
        at = self._at
        return (at >> _START_SHIFT) + (at >> _LENGTH_SHIFT & _LENGTH_MASK) if at.__class__ is int else at.end

    @property
    def sentence_start(self) -> int:
        at = self._at
        return (at >> _START_SHIFT) - (at >> _LEAD_SHIFT & _LEAD_MASK) if at.__class__ is int else at.sentence_start

    @property
    def sentence_end(self) -> int:
        at = self._at
        if at.__class__ is not int:
            return at.sentence_end
        return (at >> _START_SHIFT) + (at >> _LENGTH_SHIFT & _LENGTH_MASK) + (at >> _TAIL_SHIFT & _TAIL_MASK)

    def offsets(self) -> tuple[int, int, int, int]:
        """The mention's start, end, sentence start and sentence end in one call, for readers of several (a
        property is a Python call each)."""
        at = self._at
        if at.__class__ is int:
            start = at >> _START_SHIFT
            end = start + (at >> _LENGTH_SHIFT & _LENGTH_MASK)
            return start, end, start - (at >> _LEAD_SHIFT & _LEAD_MASK), end + (at >> _TAIL_SHIFT & _TAIL_MASK)
        return at.start, at.end, at.sentence_start, at.sentence_end

    @property
    def dated(self) -> bool:
        at = self._at
        return at & 1 == 1 if at.__class__ is int else at.dated

    @property
    def mention_inferred(self) -> bool:
        at = self._at
        return at & 2 == 2 if at.__class__ is int else at.inferred

    @property
    def inferred(self) -> bool:
        """Whether the date is implied rather than stated: its mention's flag unless it was given another."""
        rare = self._rare
        if rare.__class__ is _Rare and rare.inferred is not None:
            return rare.inferred
        at = self._at
        return at & 2 == 2 if at.__class__ is int else at.inferred

    @property
    def explanation(self) -> str:
        rare = self._rare
        if rare is None:
            return ""
        return rare if rare.__class__ is str else rare.explanation

    @property
    def phrase(self) -> str:
        """The mention's text."""
        at = self._at
        return self._phrase if at.__class__ is int else at.text

    @property
    def sentence(self) -> str:
        held = self._sentence
        if held.__class__ is str:
            return held
        at = self._at
        if at.__class__ is int:
            start, end = _sentence_bounds(at)
            return held.text[start:end]
        return held.text[at.sentence_start:at.sentence_end]

    @property
    def sentence_length(self) -> int:
        """len(sentence), without copying it out of its document."""
        held = self._sentence
        if held.__class__ is str:
            return len(held)
        at = self._at
        if at.__class__ is int:
            return (at >> _LEAD_SHIFT & _LEAD_MASK) + (at >> _LENGTH_SHIFT & _LENGTH_MASK) \
                + (at >> _TAIL_SHIFT & _TAIL_MASK)
        return at.sentence_end - at.sentence_start

    def sentence_part(self, lo: int, hi: int) -> str:
        """The sentence's characters [lo, hi) (clipped to it), without copying the whole sentence: a run-on
        "sentence" of a pasted schedule may be 100 KB long and hold thousands of dates."""
        held = self._sentence
        if held.__class__ is str:
            return held[lo:hi]
        at = self._at
        if at.__class__ is int:
            sentence_start, sentence_end = _sentence_bounds(at)
        else:
            sentence_start, sentence_end = at.sentence_start, at.sentence_end
        return held.text[sentence_start + max(0, lo):min(sentence_end, sentence_start + max(0, hi))]

    @property
    def period(self) -> bool:
        rare = self._rare
        return rare.period if rare.__class__ is _Rare else False

    @property
    def offset(self) -> relativedelta | None:
        rare = self._rare
        return rare.offset if rare.__class__ is _Rare else None

    @property
    def anchor_kind(self) -> str:
        rare = self._rare
        return rare.anchor_kind if rare.__class__ is _Rare else ""

    @property
    def relation(self) -> str:
        rare = self._rare
        return rare.relation if rare.__class__ is _Rare else ""

    @property
    def referent(self) -> tuple[int, int] | None:
        rare = self._rare
        if rare.__class__ is not _Rare:
            return None
        referent = rare.referent
        if referent.__class__ is _Span:
            return referent >> _SPAN_SHIFT, referent & _SPAN_MASK
        return referent

    @property
    def reported(self) -> bool:
        rare = self._rare
        return rare.reported if rare.__class__ is _Rare else False

    def _key(self) -> tuple:
        # (`_rare` is stored one way for given values of its fields and the mention: equal keys are equal fields.)
        return (self.mention, self.first, self.last, self.precision, self.kind, self.title, self.sentence,
                self.actors, self.inferred, self.explanation, self._rare)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Candidate({', '.join(f'{name}={getattr(self, name)!r}' for name in CANDIDATE_FIELDS)})"

    def __reduce__(self):
        # Pickled and copied with its sentence as a string, never with the document it may hold.
        return _candidate_of, (self.mention, self.first, self.last, self.precision, self.kind, self.title,
                               self.sentence, self.actors, self.inferred, self.explanation, self._rare)


# (`Mention`'s packing of its offsets and flags, which a candidate holds as its own: `_fold_mention`.)
_START_SHIFT = MENTION_START_SHIFT
_LENGTH_SHIFT, _LENGTH_MASK = MENTION_LENGTH_SHIFT, MENTION_LENGTH_MASK
_LEAD_SHIFT, _LEAD_MASK = MENTION_LEAD_SHIFT, MENTION_LEAD_MASK
_TAIL_SHIFT, _TAIL_MASK = MENTION_TAIL_SHIFT, MENTION_TAIL_MASK


def _sentence_bounds(at: int) -> tuple[int, int]:
    """The sentence start and end a packed mention int holds."""
    start = at >> _START_SHIFT
    return start - (at >> _LEAD_SHIFT & _LEAD_MASK), \
        start + (at >> _LENGTH_SHIFT & _LENGTH_MASK) + (at >> _TAIL_SHIFT & _TAIL_MASK)


def mention_of_parts(doc_id: str | None, at: int | Mention, phrase: str | None) -> Mention:
    """The mention `Candidate.mention_parts` gave these of: `Candidate.mention`'s value."""
    if at.__class__ is not int:
        return at  # type: ignore[return-value]
    return Mention.packed(doc_id, at, phrase)  # type: ignore[arg-type]


def _fold_mention(m: Mention) -> tuple[str, int | Mention, str | None]:
    """`Candidate`'s slots for mention `m`: its document id, its packed offsets and flags (the same int object),
    its text; or its document id, m and None, holding `m` as it is, when it is not a Mention with its values
    packed (a malformed one, from a damaged cache or a test, which merging rejects)."""
    if m.__class__ is Mention:
        at = m._at
        if at.__class__ is int:
            return m.document, at, m.text
    return getattr(m, "document", _UNSET), m, None


def _candidate_of(mention: Mention, first: dt.date | None, last: dt.date | None, precision: Precision, kind: str,
                  title: str, sentence: str, actors: frozenset[str], inferred: bool, explanation: str,
                  rare: _Rare | None) -> Candidate:
    """A candidate from `Candidate.__reduce__`'s values."""
    return Candidate(mention, first, last, precision, kind, title, sentence, actors, inferred, explanation,
                     _rare=rare)


_NO_RARE = _Rare()
_DAY = Precision.DAY

# `first`, `last` and `precision` in one slot (`_days`): the day itself for a day's date (`first` is `last`, a
# `datetime.date`, precision DAY: 42% of the candidates of dense news), else the tuple of the three, one object
# for equal ones (`_DAYS`: 9,414 ranges of 1 MB of dense news were 110 distinct). Two slots fewer: a candidate is
# 112 bytes, was 128.
_DAYS: dict[tuple, tuple] = {}
_DAYS_KEPT = 4096  # ranges remembered for sharing (then forgotten all at once: equal values stay equal)


def _held_days(first: Any, last: Any, precision: Any) -> dt.date | tuple:
    if first is last and precision is _DAY and first.__class__ is dt.date:
        return first
    days = (first, last, precision)
    # (Shared only among dates and None, which are equal only to their like: another value equal to a date's,
    # or True to 1, would read back as the other's object.)
    if first.__class__ in _SHARED_DAY_CLASSES and last.__class__ in _SHARED_DAY_CLASSES \
            and precision.__class__ is Precision:
        shared = _DAYS.get(days)
        if shared is None:
            if len(_DAYS) >= _DAYS_KEPT:
                _DAYS.clear()
            shared = _DAYS[days] = days
        return shared
    return days


_SHARED_DAY_CLASSES = (dt.date, type(None))


def _read_days(days: dt.date | tuple) -> tuple:
    return (days, days, _DAY) if days.__class__ is dt.date else days


class _Span(int):
    """A `referent` (start, end) as `_Rare` holds it: one int of 60 bits, start above end (32 bytes, where the
    tuple and its two int objects took 120: an implied candidate has one, 0.14 bytes per character of dense
    news). Its own class, so that no other value (a malformed referent given as an int) reads as a span."""

    __slots__ = ()


_SPAN_SHIFT = 30
_SPAN_MASK = (1 << _SPAN_SHIFT) - 1


def _packed_span(referent: Any) -> Any:
    """`referent` as `_Rare` holds it: a `_Span` for a (start, end) of non-negative ints below 2**30, else as
    given (None, or a malformed value, read back as it was)."""
    if referent.__class__ is tuple and len(referent) == 2:
        start, end = referent
        if start.__class__ is int and end.__class__ is int and 0 <= start <= _SPAN_MASK and 0 <= end <= _SPAN_MASK:
            return _Span(start << _SPAN_SHIFT | end)
    return referent


def _mention_flag(at: int | Mention) -> Any:
    """The `inferred` flag of the mention a candidate holds as `_at` (a malformed one's as given, or _UNSET)."""
    return at & 2 == 2 if at.__class__ is int else getattr(at, "inferred", _UNSET)
# A candidate's fields, in its constructor's order (what the analysis cache and the worker rows carry).
CANDIDATE_FIELDS = ("mention", "first", "last", "precision", "kind", "title", "sentence", "actors", "inferred",
                    "explanation") + _RARE_FIELDS


def hold_sentences(doc: Document, candidates: Iterable[Candidate]) -> None:
    """Each of `candidates` whose sentence is `doc`'s text between its mention's sentence bounds (what
    extraction, news and references make) holds `doc` in its place, and reads the sentence from it when asked:
    the copy goes, the value does not change. A candidate of another document, or whose sentence is some other
    text, keeps its string. (Called as candidates are made and as they arrive from a worker or the cache.)"""
    text, doc_id, n = doc.text, doc.id, len(doc.text)
    setter = object.__setattr__
    checked: str | None = None  # the last sentence found to be the document's text at `checked_at`
    checked_at = -1
    for c in check_every(candidates, 1024):
        held = c._sentence
        if held.__class__ is not str:
            continue  # held already
        at = c._at
        if at.__class__ is int:
            if c.doc_id != doc_id:
                continue
            start, end = _sentence_bounds(at)
        else:
            if at.__class__ is not Mention or at.document != doc_id:
                continue
            start, end = at.sentence_start, at.sentence_end
        if held is checked and start == checked_at and end - start == len(held):
            # the sentence's other dates share its string: compared once (bounds that hold more are no match)
            setter(c, "_sentence", doc)
        elif type(start) is int and type(end) is int and 0 <= start <= end <= n and len(held) == end - start \
                and text.startswith(held, start):
            setter(c, "_sentence", doc)
            checked, checked_at = held, start


def share_strings(candidates: Iterable[Candidate], seen: dict | None = None,
                  fields: Sequence[str] = ("title", "sentence", "explanation", "actors"), phrases: bool = True) -> None:
    """Make equal titles, sentences, explanations, sets of names and date phrases one object each across
    `candidates` (one document's, from every stage): each stage builds its own, the analysis cache decodes
    a copy per candidate, and a dense article repeats them (a sentence's dates share its title and sentence).
    The values are unchanged, so replacing them in place keeps every candidate equal to what it was.
    `seen` (value → its shared object) carries the sharing over calls, for candidates given in batches;
    `fields` are the candidate's fields shared, and `phrases` says whether the mentions' texts are too."""
    if seen is None:
        seen = {}
    keep, setter = seen.setdefault, object.__setattr__
    # (A sentence is shared in its slot, where a candidate holding its document has nothing to share; an
    # explanation in `_rare`, which holds it alone as the string, or in a `_Rare` shared whole when equal.)
    fields = tuple({"sentence": "_sentence", "explanation": "_rare"}.get(name, name) for name in fields)

    def share(obj: object, name: str) -> None:
        value = getattr(obj, name)
        try:
            shared = keep(value, value)
        except TypeError:  # an unhashable value (a malformed candidate) is merging's to reject
            return
        if shared is not value and type(shared) is type(value):
            setter(obj, name, shared)  # frozen: the same value, one object fewer

    for c in check_every(candidates, 1024):
        # (`share` inlined for the candidate's fields, no call per field: a dense document shares several
        # fields of thousands of candidates)
        for name in fields:
            value = getattr(c, name)
            if value.__class__ is Document:
                continue
            try:
                shared = keep(value, value)
            except TypeError:
                continue
            if shared is not value and type(shared) is type(value):
                setter(c, name, shared)
        if phrases:
            if c._at.__class__ is int:
                share(c, "_phrase")
            elif isinstance(c._at, Mention):
                share(c._at, "text")


# --- kinds of happening ----------------------------------------------------------------------------
# Word stems that say what kind of thing happened; the stem nearest the date phrase wins. A stem's open ending
# (`\w*`, `\w+`) stands for the word's own forms and derivations only (`_word_forms`): "elected", "electoral",
# "investors", "hosting", not "electricity", "investigate" or "hostage", other words that open alike.
_KIND_STEMS: tuple[tuple[str, str], ...] = (
    ("visit", r"visit\w*|trips?|travel\w*|tour(?:s|ed|ing)?|arriv\w+|host\w*|welcom\w+|flew|flies|fly|land(?:ed|s)"),
    ("meeting", r"summit\w*|ceremon(?:y|ies)|meet(?:s|ing|ings)?|met|talks|conference\w*|negotiat\w+|gathering"),
    ("agreement", r"agreements?|deals?|treat(?:y|ies)|pacts?|accords?|sign(?:s|ed|ing|ings)?|signator\w+|contracts?|memorand\w+|"
                  r"partnerships?|alliances?|cease-?fires?|truces?|armistices?"),
    ("conflict", r"wars?|invasion|invad\w+|attack\w*|battle\w*|bomb\w*|blasts?|coups?|strikes?|struck|clash\w*|fight\w*|"
                 r"fought|shell\w*|offensive|raid\w*|shot|shoots|shooting|missiles?|ambush\w*|bombard\w*"),
    ("election", r"elect\w*|votes?|voted|voting|ballots?|polls?|referend\w+|re-elect\w*|inaugurat\w+"),
    ("death", r"died|dies|death|dead|killed|kill\w*|assassinat\w+|execut(?:ed|es)|murder\w*|slay\w*|slain|"
              r"homicides?|massacre\w*"),
    ("birth", r"born|birth"),
    ("founding", r"found(?:ed|ing|s)|establish\w*|creat\w+|launch\w*|open(?:ed|s)|form(?:ed|s)"),
    ("disaster", r"earthquakes?|flood\w*|hurricanes?|storms?|(?:wild)?fires?|crash\w*|explo[ds]\w+|tsunamis?|quakes?|"
                 r"droughts?|landslides?|eruptions?|erupt(?:ed|s)|derail\w*|collaps\w+|aftershocks?|tremors?"),
    ("legal", r"arrest\w*|detain\w*|detention|charg\w+|convict\w*|sentenc\w+|trials?|court|indict\w*|ruling|rul(?:ed|es)|sue[ds]|lawsuit"),
    ("sanctions", r"sanction\w*|embargo\w*|tariffs?|ban(?:s|ned)?"),
    ("economy", r"invest\w*|trade|traded|sales|profits?|revenue|earnings|econom\w+|market\w*|prices?|shares?"),
    ("announcement", r"announc\w+|declar\w+|unveil\w+|said|says|stated|reported|released"),
    ("resignation", r"resign\w*|retir\w+|step(?:p?ed|s)?\s+down|quits?|fired|oust(?:ed|s)|appoint\w+|named|names|bec(?:a|o)mes?|t(?:ook|akes?)\s+office"),
)
_KIND_GROUPS = frozenset(k for k, _ in _KIND_STEMS)
# The endings English puts on a word to inflect it or derive another word of the same meaning from it (a
# stem takes up to three: "elect-or-al", "econom-ic-al-ly", "retir-e-ment"). Not the parts other words share
# with a stem ("elect-ricity", "invest-igate", "host-age", "creat-ure").
_FORM_ENDING = (r"(?:e?s|e|e?d|ings?|(?:at)?ions?|ments?|e[rd]s?|ors?|ees?|als?|ates?|ives?|y|ies|ics?|ists?|ums?|a"
                r"|ary|ory|ories|ant|ance|ous|ly)")


def _word_forms(pattern: str) -> str:
    r"""`pattern` with each stem's open ending (`\w*`: the stem is a word; `\w+`: it is not) read as the endings
    of the stem's own forms (`_FORM_ENDING`), after a doubled last consonant ("travel-led", "ship-ped")."""
    def forms(m: re.Match[str]) -> str:
        last, ending = m.group(1), rf"(?:{m.group(1)}?{_FORM_ENDING}{{1,3}})"
        return last + ending + ("" if m.group(2) == "+" else "?")
    return re.sub(r"([a-z])\\w([*+])", forms, pattern)


_KIND_RE = re.compile("|".join(rf"(?P<{k}>\b(?:{_word_forms(p)})\b)" for k, p in _KIND_STEMS), re.IGNORECASE)
_KIND_NOUNS = {"visit": "visit", "trip": "visit", "tour": "visit", "travel": "visit", "summit": "meeting",
               "meeting": "meeting", "talks": "meeting", "conference": "meeting", "agreement": "agreement",
               "deal": "agreement", "treaty": "agreement", "pact": "agreement", "accord": "agreement",
               "contract": "agreement", "partnership": "agreement", "alliance": "agreement", "war": "conflict",
               "invasion": "conflict", "attack": "conflict", "election": "election", "vote": "election",
               # the documents an act keeps to or breaks: rules, as `_AUTHORITY_KINDS` reads them
               "law": "legal", "statute": "legal", "policy": "legal", "act": "legal", "code": "legal",
               "directive": "legal", "regulation": "legal"}

# Kinds that name an occasion; on the same day and with the same people, other kinds fold into them.
OCCASION_KINDS = frozenset({"visit", "meeting"})


# A word, a hyphenated compound taken whole ("water-bombing", "re-elected"): its parts are no words of their own
# (`_compound_kind`).
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_MATCH_TEXT = re.Match.group  # (unbound: group 0 of each match in a map)
# The kinds two words name together and neither alone: "stepped down", "took office" (a leaving, a taking up of
# an office), "passed away" (a death: the phrasal verb obituaries and families' statements tell it with).
_KIND_MULTIWORD = re.compile(r"\b(?:(?P<resignation>step(?:p?ed|s)?\s+down|t(?:ook|akes?)\s+office)"
                             r"|(?P<death>pass(?:e[sd]|ing)?\s+away))\b", re.IGNORECASE)
# The words a `_KIND_MULTIWORD` match opens with, as `_WORD_RE` finds them (a \b before, a space after: a
# whole run of letters), lower-cased: a window holding none of them holds no match, so it is not scanned for
# one (the scan tries the pattern at every position). Except where a letter outside a-z that IGNORECASE
# reads as one of theirs stands in the window ("ſ" is an "s", the Kelvin sign a "k"): that window is scanned.
_MULTIWORD_OPENERS = frozenset({"step", "steped", "stepped", "steps", "took", "take", "takes",
                                "pass", "passes", "passed", "passing"})


@lru_cache(maxsize=65536)
def _kind_of_word(word: str) -> str | None:
    """The kind a single word names, if any (cached: news reuses a small vocabulary)."""
    m = _KIND_RE.fullmatch(word)
    return m.lastgroup if m else None


# The tags the tagger's lexicon gives a common noun: a compound standing before one modifies it ("water-bombing
# planes"). Not a name's (the word is read lower-cased, and the few names the lexicon lists lower-cased, "april",
# "chicago", would take the compound from a date or a place after it: "a car-bombing April 3").
_LEXICON_NOUN_TAGS = frozenset({"NN", "NNS"})
# The tags of a noun, common or proper, in a tagged sentence.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# The tags of a compound's first part that make it a word of its own, a noun or an adjective ("water-", "self-",
# "fixed-"), not a prefix of the last part's verb ("re-establishing embassy operations" is establishing them).
_MODIFIER_PART_TAGS = frozenset({"NN", "NNS", "JJ", "VBN"})
_LONGEST_PREFIX = 2  # "re-", "co-", "ex-": the lexicon lists "re" as a noun


@lru_cache(maxsize=65536)
def _compound_kind(compound: str, following: str | None) -> str | None:
    """The kind a lower-case hyphenated compound names, as its head says: the compound whole ("re-elected"), else
    its last part ("car-bombing"); its earlier parts only modify the last ("bomb-sniffing", "strike-hit",
    "flood-prone", "crash-test": no bomb, strike, flood or crash), unless the first is a verb whose object the last
    is ("cease-fire": no fire; the lexicon's likeliest tag of the first part a verb's base form). None when it stands right before a noun
    (`following`, the next word when only spaces part them): then it modifies that noun, whose own word says what
    happened ("water-bombing planes landed", "fire-fighting crews": no bombing, no fight). Unless its first part is
    a prefix rather than a word (`_MODIFIER_PART_TAGS`) and its last part a verb: "re-establishing embassy
    operations" establishes them."""
    if following is not None and grammar.lexicon_tag(following) in _LEXICON_NOUN_TAGS:
        first, _, last = compound.rpartition("-")
        first = first.partition("-")[0]
        if len(first) > _LONGEST_PREFIX and grammar.lexicon_tag(first) in _MODIFIER_PART_TAGS \
                or not (grammar.lexicon_tag(last) or "").startswith("VB"):
            return None  # (a prefix before a noun modifies too: "pre-strike schedule", "post-election violence")
    first = compound.partition("-")[0]
    if grammar.lexicon_tag(first) == "VB":
        # a verb and its object ("cease-fire", "cross-fire"): the compound is no kind of thing its last part names
        return _kind_of_word(compound)
    return _kind_of_word(compound) or _kind_of_word(compound.rpartition("-")[2])


def _kinds_of_words(words: list[str], following: Callable[[int], str | None]) -> list[str | None]:
    """The kind each lower-case word of `words` names (`_kind_of_word`; a compound's by `_compound_kind`, given
    the word after it by `following`)."""
    kinds = list(map(_kind_of_word, words))
    for k in compress(range(len(words)), map(operator.contains, words, repeat("-"))):
        kinds[k] = _compound_kind(words[k], following(k))
    return kinds


def kind_of_word(word: str) -> str | None:
    """The kind of happening a lower-case word names ("bombing" → "conflict"), if any."""
    return _kind_of_word(word)


# Characters either side of a date phrase that `kind_near` reads: words further than this lose to nearer ones
# anyway, and scanning less keeps long sentences cheap (merging reads the same reach).
KIND_NEAR_REACH = 160


def kind_near(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The kind of happening whose word stands nearest to text[start:end] within text[lo:hi]."""
    best, best_distance = "event", None
    lo, hi = max(lo, start - KIND_NEAR_REACH), min(hi, end + KIND_NEAR_REACH)
    # Only the words that name a kind are kept (most do not): their offsets are read for those alone, and
    # every word's kind is looked up by C-level maps (no Python step per word).
    words = list(_WORD_RE.finditer(text, lo, hi))
    lowered = list(map(str.lower, map(_MATCH_TEXT, words)))
    if text.find("-", lo, hi) >= 0:
        kinds = _kinds_of_words(lowered, lambda k: lowered[k + 1] if k + 1 < len(words)
                                and text[words[k].end():words[k + 1].start()].isspace() else None)
        parts: Iterable[str] = "-".join(lowered).split("-")  # (a two-word kind may open on a compound's last part)
    else:
        kinds = list(map(_kind_of_word, lowered))
        parts = lowered
    hits = [(words[k].start(), words[k].end(), kinds[k]) for k in compress(range(len(kinds)), kinds)]
    if text.find(" off", lo, hi) >= 0:
        hits = [hit for hit in hits if not (text.startswith(" off", hit[1]) and _particle_off(text, hit[1]))]
    if not _OBJECT_SENSE_VERBS.isdisjoint(lowered):  # (a verb whose object tells its sense: `_object_sense`)
        sensed = [(hit[0], hit[1], _object_sense(text, text[hit[0]:hit[1]].lower(), hit[0], hit[1], hit[2])
                   if text[hit[0]:hit[1]].lower() in _OBJECT_SENSE_VERBS else hit[2]) for hit in hits]
        hits = [hit for hit in sensed if hit[2] is not None]
    if not _MULTIWORD_OPENERS.isdisjoint(parts) or text.find("\u017f", lo, hi) >= 0 \
            or text.find("\u212a", lo, hi) >= 0:
        hits.extend((m.start(), m.end(), m.lastgroup) for m in _KIND_MULTIWORD.finditer(text, lo, hi))
    for m_start, m_end, kind in sorted(hits):
        distance = start - m_end if m_end <= start else (m_start - end if m_start >= end else 0)
        # A word after the date phrase ("In 2000, Putin visited") weighs as much as one before it,
        # but a later clause should not beat the clause the date sits in: penalise crossing commas.
        between = text[min(m_end, end):max(m_start, start)]
        distance += 40 * (between.count(",") + between.count(";"))
        if best_distance is None or distance < best_distance:
            best, best_distance = kind, distance
    return best


# --- a verb's sense by its object ---------------------------------------------------------------------------
# Verbs whose kind their object tells: "fired the coach" is a dismissal, "fired missiles" an attack and "fired a
# 4-under 66" a round of golf; "shot a man" is an attack, "shot a 70" a score; "struck a pedestrian" is a blow,
# "struck a deal" an agreement. Their kind alone (`_KIND_STEMS`) is kept unless `_object_sense` reads the object.
_OBJECT_SENSE_VERBS = frozenset({"fire", "fires", "fired", "firing", "shoot", "shoots", "shot", "shooting",
                                 "strike", "strikes", "struck", "striking"})
_STRIKE_VERBS = frozenset({"strike", "strikes", "struck", "striking"})
_FIRE_VERBS = frozenset({"fire", "fires", "fired", "firing"})
# The objects of a dismissal besides a role (`_PERSON_HEAD`): a pronoun, the people a firm employs.
_PERSON_PRONOUNS = frozenset({"him", "her", "them"})
_WORKER_NOUNS = frozenset({"staff", "employee", "worker", "executive", "manager", "boss", "ceo", "player"})
# What a weapon sends off, and the weapons: the object of a shooting at someone ("fired two rockets", "fired
# warning shots", "shot tear gas"): an attack, whatever the verb alone would name.
_FIRED_NOUNS = frozenset("""missile missiles rocket rockets shell shells bullet bullets round rounds shot shots
salvo salvos salvoes volley volleys mortar mortars grenade grenades torpedo torpedoes projectile projectiles
artillery gun guns gunfire weapon weapons cannon cannons arrow arrows flare flares gas pellets barrage
barrages""".split())
# The words that open a noun phrase before its head: articles, possessives, demonstratives and the number words.
_OBJECT_DETERMINERS = frozenset("""a an the his her its their our my your this that these those another some
several two three four five six seven eight nine ten dozens hundreds""".split())
# An object's words (letters, digits, a hyphen, a percent sign), each after spaces only (no comma or stop).
_OBJECT_WORD = re.compile(r"[ ]+([A-Za-z0-9][A-Za-z0-9%'-]*)")
# A number as a score or a share is written: "66", "2-0", "54%", "6-under" is no number of its own (a modifier).
_SCORE = re.compile(r"\d+(?:[-\u2013]\d+)?%?")
# The mark a shortened title ends with where its words were cut (`_shorten`).
_CUT = "\u2026"
# The words that open an object noun phrase and no noun's modifiers ("fires his caddie", not "fires this week").
_OBJECT_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})
# The tags of a word that may modify the noun after it ("warning shots", "chief executive", "closing round").
_NOUN_MODIFIER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VBG"})
# The word right before a verb (its subject's last, or a determiner that makes the "verb" a noun: "the fires the
# crews fought"), read within a few characters.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ ]+$")
_WORD_BEFORE_REACH = 24
# Nothing but spaces to the end of the text (read from a point: no copy of a page's text).
_TEXT_END = re.compile(r"\s*\Z")
_OBJECT_REACH = 4  # the words of an object phrase read: determiner, quantity or modifiers, head


def _object_sense(text: str, verb: str, start: int, end: int, kind: str) -> str | None:
    """The kind the verb `verb` (lower-cased, one of `_OBJECT_SENSE_VERBS`, text[start:end]) names given
    its object, read from the words right after it: a score (a number that counts no noun after it: "fired a 4-under
    66 to finish", "shot a 70 in the rain") names no happening (None); a weapon or what one sends off ("fired two
    rockets", "shot warning shots") an attack; a deal ("struck a deal") the agreement. Otherwise `kind`, what the
    verb alone names ("fired the coach", "shot a man", "struck a pedestrian")."""
    if text.startswith(_CUT, end):
        return None  # (a title cut right after the verb tells no object: the sentence whole is read for the kind)
    at, words = end, []
    while len(words) < _OBJECT_REACH and (m := _OBJECT_WORD.match(text, at)) is not None:
        words.append(m.group(1))
        at = m.end()
    if verb in _FIRE_VERBS and words and words[0].lower() in _OBJECT_OPENERS \
            and (before := _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)) is not None \
            and before.group(1).lower() not in _OBJECT_OPENERS:
        # "fires" (a title's present, "Holm fires his caddie") or "fire" with an object is the verb, not the
        # blaze the noun names: a letting go, unless its object tells another sense below
        kind = _kind_of_word("fired") or kind
    k = 0
    while k < len(words) and words[k].lower() in _OBJECT_DETERMINERS:
        k += 1
    for j in range(k, len(words)):
        word = words[j].lower()
        if _SCORE.fullmatch(word):
            after = words[j + 1].lower() if j + 1 < len(words) else None
            if after is not None and grammar.lexicon_tag(after) in _NOUN_TAGS:
                continue  # (a number that counts the noun after it: "fired 20 rockets", "shot 3 people")
            if j > 0 or word.endswith("%") or after is None and _TEXT_END.match(text, at) \
                    or after == "to" and j + 2 < len(words) and grammar.lexicon_tag(words[j + 2].lower()) == "VB":
                # A score or a share: one number after an article or a modifier ("a 66", "a 4-under 66", "a
                # 2-0 lead"), a percentage, or a bare number a headline ends on or gives a purpose ("fires 66 to
                # win"). A bare number before anything else may count people ("shot 12 before fleeing").
                return None
            return kind
        if word in _FIRED_NOUNS:
            return "conflict"
        if verb in _STRIKE_VERBS and _KIND_NOUNS.get(_singular(word)) == "agreement":
            return "agreement"
        if any(c.isdigit() for c in word) or "-" in word:
            continue  # (a modifier: "4-under", "career-best", "final-round")
        tag = grammar.lexicon_tag(word)
        if j + 1 < len(words) and tag in _NOUN_MODIFIER_TAGS \
                and (grammar.lexicon_tag(following := words[j + 1].lower()) in _NOUN_TAGS
                     or _PERSON_HEAD.fullmatch(following)):
            continue  # (a modifier of the noun after it: "warning shots", "police chief")
        if verb in _FIRE_VERBS and (word in _PERSON_PRONOUNS or _PERSON_HEAD.fullmatch(_singular(word))
                                    or _singular(word) in _WORKER_NOUNS):
            return "resignation"  # (a person, or people, let go: "fires police chief", "fired 200 workers")
        if tag in _NOUN_TAGS or tag is None or j > k:
            return kind  # (the head of another object: "the coach", "a man", "a pedestrian")
    return kind


# "off" right after a word, and what follows it: no noun phrase of its own when that is a preposition, an adverb,
# a stop or the end ("blasted off on Wednesday", "signed off from the ministry", "lifted off."), not "off the
# coast", "off Florida".
_OFF_AFTER = re.compile(r"[ ]off\b(?:[ ]*(?P<next>[A-Za-z]+)|[ ]*[^A-Za-z0-9 ]|[ ]*$)")


def _particle_off(text: str, end: int) -> bool:
    """Does the word ending at `end` take the particle "off" ("blasted off on Wednesday", "signed off from"),
    making a verb of its own ("blast off": a launch, "sign off": a leaving) whose kind the word alone does not
    tell? Not "off" opening a phrase of its own ("struck off the coast")."""
    m = _OFF_AFTER.match(text, end)
    if m is None:
        return False
    following = m.group("next")
    return following is None or grammar.lexicon_tag(following.lower()) in ("IN", "RB", "TO")


def title_kind(title: str) -> str:
    """The kind of happening a title names: `kind_near(title, 0, 0, 0, len(title))`, read from its start. There
    a word's distance is its offset plus 40 for each comma or semicolon before it, which grows along the title:
    the first word that names a kind is the nearest, and no offsets need be read. A title in ASCII whose words
    open no two-word kind ("stepped down"; most) is read so, its words lower-cased at once and looked up by C-level
    maps; any other is left to `kind_near`.

    A reporting frame's verb ("The governor says at least 11 people were killed") names the saying, not the
    happening: the kind of what was said comes first, when it names one and the frame's subject does not. Not an
    occasion's kind: a visit or summit spoken of is most often one still ahead ("says Sytenko is expected to
    visit Baghdad"), which is no happening of the day the saying is dated."""
    frame = _SAYS_IN_TITLE.search(title, 0, 160)
    if frame is not None:
        told = _title_kind(title[frame.end():])
        if told != "event" and told not in OCCASION_KINDS and _title_kind(title[:frame.start()]) == "event":
            return told
    return _title_kind(title)


# The reporting verb of a title's frame, as `title_kind` reads the title's words ("says", "said" are kind words).
_SAYS_IN_TITLE = re.compile(r"\b(?:says|said)\b")


def first_kind(title: str) -> str:
    """The kind of happening the first word of `title` that names one names (a reporting frame's verb too: no
    look past it, as `title_kind` does); "event" when none does."""
    return _title_kind(title)


def _title_kind(title: str) -> str:
    if not title.isascii():  # (lower-casing may then change the words: the Kelvin sign becomes a "k")
        return kind_near(title, 0, 0, 0, len(title))
    words = _WORD_RE.findall(title.lower(), 0, 160)  # (kind_near's reach from the phrase [0, 0))
    if not _MULTIWORD_OPENERS.isdisjoint(words):
        return kind_near(title, 0, 0, 0, len(title))
    if "-" in title:  # (a compound's kind reads the word after it: `kind_near`)
        return kind_near(title, 0, 0, 0, len(title))
    if not _OBJECT_SENSE_VERBS.isdisjoint(words):  # (the verb's object tells its kind: `_object_sense`)
        return kind_near(title, 0, 0, 0, len(title))
    if " off" in title:  # (a verb with the particle "off" names no kind: `_particle_off`)
        return next((kind for m in _WORD_RE.finditer(title, 0, 160)
                     if (kind := _kind_of_word(m.group().lower())) and not _particle_off(title, m.end())), "event")
    return next(filter(None, map(_kind_of_word, words)), "event")


# --- people and places ----------------------------------------------------------------------------
# Capitalised words, acronyms, initials, and brand names written in camel case ("iTunes", "eBay").
_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:[-’'][A-Za-z]+)*\b|\b[A-Z]{2,}\b|\b(?:[A-Z]\.){2,}|\b[a-z]{1,2}[A-Z][A-Za-z]+\b")
# Capitalised words that name no one, besides the words that open a sentence (`grammar.opens_sentence`), the
# month and weekday names, the number words, the legal forms and the titles before a name (all in `_not_names`):
# ranks, roles, auxiliaries, nationalities and a few others.
_OTHER_NOT_NAMES = frozenset("""
AP According American Are Be Been British Can Chairman Chief Chinese Click
Could Council Critics Did Do Does Earlier Eastern European First Follow Former General
Government Had Has Have Historic Image Is Key King Korean Last Leader Leave Let Looking Many
Might Minister More Most Much Must New Next Northern Official Officials Old Other Overall PLC
Please President Prime Prince Queen Read Report Reports Russian Said Says Second Secretary Several Share
Should Southern Soviet State States Such Third Union Was Were Western Will Would
""".split())


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """The number words the tagger's lexicon knows (tagged CD: "eleven", "seventeen", "forty", "thousand"), in
    lower case. A sentence opening "Seventeen people were indicted" names no one called Seventeen."""
    return frozenset(w for w in grammar._brill().lexicon.words_tagged(("CD",)) if w.isalpha() and w.islower())


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """The capitalised words `_actors_in` takes for no name. (Made on first use: the opening words read the
    tagger's lexicon, and so do the number words.)"""
    calendar = {word.capitalize() for word in grammar._CALENDAR_WORDS}
    numbers = {word.capitalize() for word in _number_words()}
    return (_OTHER_NOT_NAMES | grammar.opening_words() | calendar | numbers | grammar._LEGAL_FORMS
            | frozenset(grammar._NAME_TITLES))


_COMMON_START = re.compile(r"^\W*(?P<word>[A-Z][a-z]+(?:s|ing|ed|ly))\b(?!\s+[A-Z])")


# A market's name: where shares trade ("in New York Stock Exchange composite trading") or what measures them ("the
# Nasdaq Composite Index", "the Dow Jones Industrial Average", "the Standard & Poor's 500 Index"), not who did
# something: every company's close in a market that day is not one happening. Its words go whole, so "Wall
# Street" and "Downing Street" keep theirs.
_MARKET = re.compile(r"\b(?:[A-Z][\w.&'’-]*\s+|&\s+|\d+(?:-\w+)?\s+){0,5}(?:(?:(?:Stock|Mercantile|Futures|Commodity|"
                     r"Commodities|Options)\s+Exchange|Board\s+of\s+Trade)\b|(?:Composite|Index|Average)\b)")
_MARKET_WORD = re.compile(r"Exchange|Board of|Composite|Index|Average")


def actors_in(text: str) -> frozenset[str]:
    """Proper-name words in a sentence: the people, places and bodies it is about. (A sentence's are kept:
    extraction reads a dated sentence's names, news and references the same sentence's again; a run-on
    "sentence" of a page is not kept alive by the cache.)"""
    return _sentence_actors(text) if len(text) <= _WHOLE_SENTENCE else _actors_in(text)


@lru_cache(maxsize=1024)
def _sentence_actors(text: str) -> frozenset[str]:
    return _actors_in(text)


def _actors_in(text: str) -> frozenset[str]:
    if _MARKET_WORD.search(text):
        text = _MARKET.sub(lambda m: " " * len(m.group(0)), text)
    # Interned: news repeats a few names thousands of times, and every candidate keeps its set.
    # The possessive comes off before the check: "Monday's" is no more a name than "Monday".
    not_names = _not_names()
    names = {sys.intern(w) for w in (w[:-2] if w.endswith(("’s", "'s")) else w for w in _NAME_RE.findall(text))
             if w not in not_names and not ("-" in w and number_value(w) is not None)}  # ("Twenty-one soldiers")
    # "Sales rose", "Shares of Acme fell": a capital that only starts the sentence names nobody. A word the
    # lexicon knows as a name ("Boeing"), or one no dictionary lists that is the subject of the verb after it
    # ("Norling raised its forecast"), is a company's or a person's name wherever it stands ("Oops." is none).
    start = _COMMON_START.match(text)
    if start and text.count(start.group("word")) == 1 and _common_opening(start.group("word"), text, start.end()):
        names.discard(start.group("word"))
    if _MONTH_NAME.search(text):
        names.update(_months_as_names(text, names))
    return frozenset(names)


_VERB_AFTER = re.compile(r"[ \t]+(?P<verb>[a-z]+)\b")


def _common_opening(word: str, text: str, end: int) -> bool:
    """Whether a capitalised word opening a sentence (`text`, the word ending at `end`) is a common word ("Sales",
    "Trading", "Oops"), not a name: a word of the dictionary ("Jobs", "Banks": a name or not, the sentence alone
    does not say), or one the tagger's lexicon does not know as a name ("Boeing", "Paribas") that no verb in the
    past or the present (a participle too) follows ("Norling raised" is a company's name)."""
    if grammar.all_lemmas(word.lower()):
        return True
    if grammar.lexicon_tag(word) == "NNP":
        return False
    after = _VERB_AFTER.match(text, end)
    return after is None or grammar.lexicon_tag(after.group("verb")) not in ("VBD", "VBN", "VBZ")


# A month's name that is also a family name ("Theresa May", "Mrs May", "Tearful May announces resignation"): the
# full month names only (the abbreviations are no one's name).
_MONTH_NAME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December)\b")
# The titles written before a family name (besides `grammar._NAME_TITLES`, with or without their full stop).
_FAMILY_TITLES = frozenset(grammar._NAME_TITLES) | frozenset(
    "Minister President Premier Chancellor Secretary Senator Governor Mayor Judge Justice Sir Dame Lady Lord".split())
_TITLE_OR_NAME_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)\.?[ \t]+$")
_MONTH_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[\w’']+)")
# The verbs in the present a month is the subject of too ("May is the wettest month", "May has been", "May sees
# a rise", "May marks the anniversary"): before them a month stays a month.
_MONTH_VERBS = frozenset({"is", "has", "does", "sees", "marks", "brings", "begins", "ends", "starts"})
# The words before a month that make it a date ("in May", "since May", "last May", "early May").
_MONTH_BEFORE = frozenset({"in", "of", "on", "since", "until", "till", "by", "from", "through", "during", "before",
                           "after", "last", "next", "this", "that", "early", "late", "mid", "each", "every", "to",
                           "between", "and", "or", "the", "throughout"})


def _months_as_names(text: str, names: set[str]) -> set[str]:
    """The month names of `text` that stand for a person (their family name): after a title ("Mrs May", "Prime
    Minister May") or after a name ("Theresa May"), unless a figure or a word that is only a noun follows
    ("GM May sales"); or as a subject before a verb in the present that a person does ("Tearful May announces
    resignation"). A month before a day or a year ("May 24", "May 2019"), or after a preposition, stays a month
    ("in May announces" is no one's news either)."""
    found: set[str] = set()
    for m in _MONTH_NAME.finditer(text):
        month = m.group()
        if month in found:
            continue
        after = _MONTH_WORD_AFTER.match(text, m.end())
        following = after.group("word") if after else ""
        if following[:1].isdigit():
            continue
        before = _TITLE_OR_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        previous = before.group("word") if before else ""
        if previous in _FAMILY_TITLES or previous in names:
            lemmas = grammar.all_lemmas(following.lower()) if following.islower() else {}
            if not (lemmas and set(lemmas) == {"NOUN"}):
                found.add(month)
            continue
        if following.islower() and following not in _MONTH_VERBS and grammar.lexicon_tag(following) == "VBZ":
            word_before = re.search(r"(\w+)\W*$", text[max(0, m.start() - 40):m.start()])
            if word_before is None or word_before.group(1).lower() not in _MONTH_BEFORE:
                found.add(month)
    return found


# --- titles -------------------------------------------------------------------------------------------
# Who did what, in the source's own words. `grammar.headline_clause` finds the date's clause, its verb group
# (tagged, never guessed from suffixes) and its subject, and puts the verb in headline present tense only
# where the morphology dictionary is certain. What stays here is what grammar does not know about news:
# datelines, roles before names, participle phrases about a named subject, reporting frames and length.
_LEADING_NOISE = re.compile(
    r"^(?:(?:however|meanwhile|moreover|furthermore|also|then|and|but|so|historically|overall|"
    r"in\s+addition|as\s+a\s+result|in\s+fact|indeed|notably|earlier|later|finally|ultimately)\b[\s,]*)+",
    re.IGNORECASE)
_DATE_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|since|by|from|until|till|during|at|before|after|as\s+of|around|about|early|late|mid|for|over|"
    r"as\s+(?:late|early|recently|long\s+ago|far\s+back)\s+as|"
    r"back\s+in|starting|beginning|through|throughout|of)\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r",\s+(?:which|who|where|while|marking|making|signaling|signalling|underscoring|highlighting|"
    r"indicating|according|as|after|before|when|amid|although|though|but|and\s+(?:the|a|an|this|that|it)\b)"
    r"|;|:|\s[–—-]\s|\(", re.IGNORECASE)
MAX_TITLE = 80
# How far past MAX_TITLE a title with no phrase boundary to end at stays whole rather than lose its last words to
# "…" ("… since shortly after the Oct. 23 slaying", 82): the length the day's news titles have (`news.MAX_TITLE`).
_OVERFLOW = 10

# "CANBERRA, Australia (AP) _ ..." and "WASHINGTON — ...": the wire dateline is not part of the news. Its day may
# come without the year, as agencies print it ("NAIROBI, Aug 14 (Reuters) - "). Asian portals print it with a
# colon ("SINGAPORE: ...", "REUTERS: ..."), straight after the capitals or the agency's bracket.
# (the months as the documents' wire dateline reads them: not any capitalised word, "NATO, Article 5 - ")
_DATELINE_PREFIX = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
                              rf"(?:,?\s+(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
                              rf"|\d{{1,2}}\s+{MONTH_PATTERN}(?:\s+\d{{4}})?))?"
                              r"\s*(?:\([^)]{1,30}\))?\s*(?:[_—–]+|--|-|(?<=[A-Z)]):)\s+")
# A leading adverbial clause or phrase ("In early trading in Tokyo, ...", "When X arrived, ...").
_LEADING_ADVERBIAL = re.compile(
    r"^(?:In|At|On|When|While|As|Although|Though|Despite|During|Since|With|For|Under|Amid|After|Before|"
    r"Following|According\s+to|At\s+the\s+same\s+time)\b[^,]{0,80},\s+")
_LEADING_ADVERBIAL_WORD = re.compile(
    r"^(?:In|At|On|When|While|As|Although|Though|Despite|During|Since|With|For|Under|Amid|After|Before|"
    r"Following|According|If|Until|By|From|Through|Throughout)\b")
_RANGE_BEFORE = re.compile(r"(?:\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s*"
                           r"(?:\s(?:to|and|until|till|through)\s+|[–-]\s*)$")
_DATEISH = r"(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:mid|early|late)\b)"
_RANGE_AFTER = re.compile(rf"^\s*(?:and|to|through|until|till|[–-])\s*{_DATEISH}")
# Adverbs that measure the word after them and never end a clause ("just | after 0400", "nearly | 5%").
_DEGREE_ADVERBS = frozenset({"just", "nearly", "almost", "roughly"})
# A title never ends in a word that needs another after it: a preposition, determiner, conjunction,
# relative word or auxiliary ("... the company has", "... whether"), or an adverb that modifies the word after it
# ("It hit the region just | after 0400", "… fell nearly | 5%"): a degree needs what it measures.
_DANGLING = re.compile(r"(?:\s+(?:or\s+so|for|by|in|on|at|of|to|from|and|or|but|nor|the|a|an|this|these|those|its|his|"
                       r"her|their|our|my|your|with|without|since|until|as|than|between|during|before|after|"
                       r"about|around|into|onto|over|under|against|through|via|per|that|which|who|whom|whose|"
                       r"whether|if|because|while|although|is|are|was|were|be|been|being|am|has|have|had|having|"
                       r"do|does|did|will|would|shall|should|can|could|may|might|must|not|n['’]t|['’]s|"
                       + "|".join(sorted(_DEGREE_ADVERBS)) + ")"
                       r"(?=\W*$))+\W*$", re.IGNORECASE)


# The last run of word characters of every text `_DANGLING` can cut: its words, "so" ("or so"), "t" ("n't"),
# "s" ("'s"). A text whose last word is another (in ASCII) has nothing to cut, and is not scanned: the pattern,
# anchored at the end, is otherwise tried after every space of the title.
_DANGLING_LAST = frozenset(re.findall(r"\b[a-z]+\b", _DANGLING.pattern.split("(?=")[0])) | {"so", "t", "s"}
_LAST_WORD_REVERSED = re.compile(r"\W*(\w+)")


def _undangled(text: str, whole: bool = False) -> str:
    """The text without the words at its end that need another after them ("… rising to a high for"). `whole`:
    the grammar ended the text where its clause does (no cut), so a verb's particle there is no dangling
    preposition ("The talks fall through"); a name's capital is no modal ("… to conclude by May")."""
    while True:
        last = _LAST_WORD_REVERSED.match(text[::-1])
        word = last.group(1)[::-1] if last is not None else ""
        if word.isascii() and word.lower() not in _DANGLING_LAST \
                or whole and word.lower() not in _DEGREE_ADVERBS and (_ends_in_particle(text, word) or word[:1].isupper() and " " in text.strip()
                              and text.rstrip(" ,;:.!?").endswith(" " + word)):
            shorter = _end_stripped(text)  # what the substitution below leaves of it
        else:  # (a word with other letters may match one of those case-insensitively: "ſ" is an "s")
            shorter = _end_stripped(_DANGLING.sub("", " " + text))
        if shorter == text or not shorter:
            return shorter or text
        text = shorter


def _ends_in_particle(text: str, word: str) -> bool:
    """Does `text` end with its verb's particle ("The talks fall through", "Rebels take over"), a word that needs
    nothing after it? (Tagged only for a last word `_DANGLING` could cut that is also an adverb.)"""
    if not word.isalpha() or "ADV" not in grammar.all_lemmas(word.lower()):
        return False
    tokens = grammar.tag_words(text.rstrip(" ,;:.!?"))
    return bool(tokens) and tokens[-1].text == word and grammar.is_particle(tokens, len(tokens) - 1)


def _end_stripped(text: str) -> str:
    """The text without punctuation at its end, except a straight quote that closes a quotation inside it."""
    text = text.strip()
    shorter = text.rstrip(" ,;:–—-\"“‘(")
    if text[len(shorter):].startswith('"') and shorter.count('"') % 2 == 1:
        return shorter + '"'
    return shorter


# An abbreviation's own full stop ("the U.S.", "Apple Inc.") is no sentence end to strip.
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.)$")
_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("``", "''"))
_QUOTE_MARKS = ('"', "“", "”", "``", "''")  # (substring tests: faster than one regex of them on a short title)


def _unclosed(text: str, opening: str, closing: str) -> int:
    """How many more quotations `text` opens than it closes (-1: one more closed than opened)."""
    if opening == closing:
        return text.count(opening) % 2
    return text.count(opening) - text.count(closing)


def _shorten(title: str, limit: int = MAX_TITLE, *, whole: bool = False) -> str:
    """`title` in one line, without words that dangle at its end, within about `limit` characters. `whole`: the
    grammar ended it where its clause ends, so a preposition there is a verb's particle ("The talks fall through")."""
    title = " ".join(title.split())  # (as re.sub(r"\s+", " ", title).strip(): both read str.isspace's whitespace)
    if " ," in title:
        title = title.replace(" ,", ",")  # (words left out before a comma leave no space before it: "arrest , nine")
    title = grammar.without_wire_slug(title)  # ("UPDATE 3-RIM results beat ...": the wire's slug is no words of it)
    # (The pattern ends at a full stop and the title's end: a title ending otherwise, most, is not scanned.)
    abbreviation = title.endswith(".") and _ABBREVIATION_END.search(title) is not None
    body = title.strip(" ,;:.–—-\"“”‘’'`")
    # A quotation that opens or closes the title keeps its mark when its partner is in the title: "calls the
    # entry "a historic event"", not "... "a historic event".
    if any(map(title.__contains__, _QUOTE_MARKS)):  # (most titles hold no quotation)
        end = title.rstrip(" ,;:.!?")
        for opening, closing in _QUOTE_PAIRS:
            unclosed = _unclosed(body, opening, closing)
            if unclosed > 0 and end.endswith(closing) and not body.endswith(closing):
                body += closing
            elif unclosed and title.startswith(opening) and not body.startswith(opening):
                body = opening + body
    if abbreviation and body.endswith(title[-2]):
        body += "."
    title = _undangled(body, whole=whole)
    if len(title) <= limit:
        return title
    title = _REPORTED_DESCRIPTOR.sub(_descriptor_gone, title, count=1)
    if len(title) <= limit:
        return title
    phrase_end = _phrase_end(title, limit)
    if phrase_end is None:
        # No phrase ends within the limit: one a few characters over it ends whole, as a whole title that much
        # over is kept ("… says that Ibrahim Mohamed Solih had won the election", not "… had won…").
        phrase_end = _phrase_end(title, limit + _OVERFLOW, opening_past=True)
    if phrase_end is not None:
        return phrase_end
    if len(title) <= limit + _OVERFLOW:
        return title  # a few characters over, whole, rather than cut a word or two before its end
    return _undangled(title[:limit].rsplit(" ", 1)[0]) + "…"


# Where a long title may end whole: before a lower-case word that opens a phrase of its own
# (a preposition, a relative or subordinating word), when the word before ends a noun phrase (`_verb_only`: not
# "calls for", "met in", "available on"). Not before "of", "and", "or", "to", "than", "as", "about", "around":
# what follows them finishes the words before ("$15 million worth of shares", "$19 and one-eighth", "trying to
# locate", "more than", "save about $4 million").
_PHRASE_OPENING_WORDS = frozenset("""
in on at for from by with without into onto after before during since until against over under through
amid among across near toward towards despite including via which who whom whose where when while
because although though
""".split())
_LONGEST_OPENING_WORD = max(map(len, _PHRASE_OPENING_WORDS))
_WORD_AFTER_SPACE = re.compile(r"(?<![,;:])[ ]([a-z]+)\b")
# A reported clause cut after its subject: "Officials say the death toll" says nothing yet.
_REPORTED_SUBJECT_END = re.compile(r"\b(?:says?|said|tells?|told|reports?|reported|announces?|announced)\s+"
                                   r"(?:that\s+)?(?:\S+\s+){0,3}\S+$")
_PHRASE_END_MIN = 0.55  # of the limit: a title cut shorter than this says too little, "…" then


# A reported clause's subject that opens with lower-case nouns describing a name ("says that opposition candidate
# Ibrahim Mohamed Solih had won", "said spokesman John Doe"): in a title too long, the name says who without them.
_REPORTED_DESCRIPTOR = re.compile(r"(?P<frame>\b(?:says?|said|tells?|told|reports?|reported|announces?|announced)"
                                  r"\s+(?:that\s+)?)(?P<words>(?:[a-z][a-z-]+\s+){1,2})(?=[A-Z][\w'’-]+\s+[A-Z])")


def _descriptor_gone(m: re.Match[str]) -> str:
    """`_REPORTED_DESCRIPTOR`'s match without its words, when they are nouns alone (no determiner, verb or
    preposition: "that the", "that police" stay as they are unless nouns only)."""
    words = m.group("words").split()
    if any(grammar.lexicon_tag(w) not in ("NN", "NNS") for w in words):
        return m.group(0)
    return m.group("frame")


def _phrase_end(title: str, limit: int, *, opening_past: bool = False) -> str | None:
    """The longest start of `title` within `limit` characters that ends at a phrase boundary
    (`_PHRASE_OPENING_WORDS`; not after a comma, which may end a subject's aside) and keeps most of it: "The
    council calls for the removal of the old diesel buses in the city centre", not "… with electric…". None when
    there is none, or when the words left out name what happened."""
    # The last boundary wins: walk them from the right and ask `_verb_only` only until one passes.
    # (`opening_past`: the opening word may run on past the limit, the kept words end within it)
    reach = limit + 1 + (_LONGEST_OPENING_WORD if opening_past else 0)
    openings = [m.start() for m in _WORD_AFTER_SPACE.finditer(title, int(limit * _PHRASE_END_MIN), reach)
                if m.group(1) in _PHRASE_OPENING_WORDS and m.start() <= limit]
    best = next((at for at in reversed(openings) if not _verb_only(title, at)), None)
    if best is None:
        return None
    kept = _undangled(title[:best])
    if len(kept) < limit * _PHRASE_END_MIN or _unclosed_quote(kept) or _REPORTED_SUBJECT_END.search(kept):
        return None
    if _kinds_named(title[best:limit]):
        return None  # the words it leaves out name what happened ("… candles for the seven people killed"): keep them
    return kept


def _kinds_named(text: str) -> bool:
    """Does `text` hold a word that names a kind of happening (`kind_of_word`: "killed", "talks", "merger")?"""
    words = list(map(str.lower, _WORD_RE.findall(text)))
    return any(_kinds_of_words(words, lambda _k: None))


_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def _verb_only(text: str, end: int) -> bool:
    """Does the word that ends at `end` want what follows it: a word the dictionary knows, but not as a noun ("met",
    "based", "available", "soon"), or an "-ing" form the lexicon takes for a verb ("working", not "hearing")? A
    noun, a name, a number ends a phrase."""
    m = _LAST_WORD.search(text, max(0, end - 30), end)
    if m is None:
        return False
    word = m.group(1).lower()
    lemmas = grammar.all_lemmas(word)
    if word == "ago":  # ("four decades ago"): ends its phrase
        return False
    return bool(lemmas) and "NOUN" not in lemmas or word.endswith("ing") and grammar.lexicon_tag(word) == "VBG"


def _unclosed_quote(text: str) -> bool:
    """Does `text` open a quotation it does not close (a cut inside one reads as if the speaker stopped)?"""
    return any(_unclosed(text, opening, closing) > 0 for opening, closing in _QUOTE_PAIRS) \
        or text.count("(") > text.count(")")


# "Russian President Vladimir Putin" → "Vladimir Putin": titles name people, the sentence gives the roles. The
# role's own modifiers go with it: a country ("U.S.", "North Korean") and the capitalised nouns of a compound
# role ("Surgeon General", "Deputy Prime Minister"), else "U.S. Madeleine Albright" is left.
_ROLE = (r"President|Prime\s+Minister|[Ll]eader|Chancellor|Premier|Foreign\s+Minister|Defen[cs]e\s+(?:Minister|Secretary)|"
         r"Secretary\s+of\s+State|Secretary-General|Secretary\s+General|Minister|Ambassador|Senator|Governor|Mayor|"
         r"General|Gen\.|Sen\.|Gov\.|Rep\.|[Ss]pokes(?:man|woman|person)")
# A people's adjective, perhaps after a compass word ("North Korean", "Russian"), told by its ending only (before a
# name alone, `_demonym_gone` asks the lexicon too). Two letters at least before the ending: "Juan" is none.
_DEMONYM = r"(?:(?:North|South|East|West)\s+)?(?P<demonym>[A-Z][a-z]{2,}(?:an|ese|ish|ian|i))"
_ROLE_BEFORE_NAME = re.compile(
    rf"(?:\b[Tt]he\s+)?(?<![\w.])(?:(?:(?:[A-Z]\.){{2,}}|{_DEMONYM})\s+)?"
    rf"(?P<extra>(?:[A-Z][a-z]+\s+){{0,2}}?)(?P<role>{_ROLE})\s+(?=[A-Z][\w.-]+\s+[A-Z])")
# A part of each of _ROLE's words ("Prime Minister": "Minister"; "General", "Gen.": "Gen"), so of every match of
# _ROLE_BEFORE_NAME: a title with none of them (most) cannot match, which a few substring searches say faster
# than the pattern, whose optional country and name words are tried at every position first.
_ROLE_PARTS = ("President", "eader", "Chancellor", "Premier", "Secretary", "Minister", "Ambassador", "Senator",
               "Governor", "Mayor", "Gen", "Sen.", "Gov.", "Rep.", "pokes")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
# One word of a company's name after a role word ("Electric", "Co.", "AT&T"), and the space before the next one.
_NAME_WORD_AND_SPACE = re.compile(r"([A-Z][\w&-]*)(\.?)[ \t]+(?=[A-Z])|([A-Z][\w&-]*)")


def _adjective_role(role: str) -> bool:
    """A role word that is an adjective too ("General", "Premier"), so that it may open a company's name."""
    low = role.lower()
    return "ADJ" in grammar.all_lemmas(low) or grammar.lexicon_tag(low) == "JJ"


def _ends_in_legal_form(text: str, at: int) -> bool:
    """Whether the capitalised words from `at` on (one space apart, a full stop after one allowed) end in a
    company's legal form ("Electric Co.", "Oil Plc", "Public Utilities Corp."): a company's name, no person's.
    An all-capitals form ("PLC", "INC") counts as the form."""
    for _ in range(6):  # a company's name before its legal form is a few words
        m = _NAME_WORD_AND_SPACE.match(text, at)
        if m is None:
            return False
        word = m.group(1) or m.group(3)
        if word.capitalize() in grammar._LEGAL_FORMS:
            return True
        if m.group(3) is not None:  # the last capitalised word, and no legal form
            return False
        at = m.end()
    return False


def _role_gone(m: re.Match[str]) -> str:
    """A role before a name goes. A word taken for part of a compound role that is no noun or adjective
    lemminflect knows, or that opens a clause (`grammar.opens_sentence`), stays with what stands before it
    ("When President Bill Clinton" → "When Bill Clinton")."""
    name = _CAPITALISED_WORD.match(m.string, m.end())
    if name is not None and grammar.lexicon_tag(name.group().lower()) == "NNS" and _adjective_role(m.group("role")):
        # An adjective before a plural noun opens a company's name: "General Motors", "General Mills", "Premier
        # Foods". A role that is only a noun keeps its given name, plural noun or not ("Gov. Miles Standish").
        return m.group()
    if _adjective_role(m.group("role")) and _ends_in_legal_form(m.string, m.end()):
        # So does one before words that end in a legal form: "General Electric Co.", "Premier Oil Plc".
        return m.group()
    kept = m.start("extra")
    for word in re.finditer(r"\S+", m.group("extra")):
        if grammar.opens_sentence(word.group()) or not {"NOUN", "ADJ"} & set(grammar.all_lemmas(word.group())):
            kept = m.start("extra") + word.end() + 1
    return m.string[m.start():kept] if kept > m.start("extra") else ""


# "North Korean Kim Jong Un", "Russian Vladimir Putin": a demonym right before a person's name of two words or
# more (the words capitalised, none a word the dictionary knows: "American Express", "Korean Air Lines",
# "Indian Ocean" are names of their own), which then ends. A given name ("Juan Miguel Gonzalez") is no demonym.
_DEMONYM_BEFORE_NAME = re.compile(
    rf"(?<![\w.’'-]){_DEMONYM}\s+"
    r"(?=(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+)(?![\w.’'-]|[ \t]+[A-Z]))")


def _is_demonym(word: str) -> bool:
    """A people's adjective, as the tagger's lexicon knows it: an adjective ("Korean", "Chinese") or a name
    whose plural is a name too ("Russian", "Russians"). Given names ("Juan", "Brian", "Julian") are neither."""
    lexicon = grammar._brill().lexicon
    return lexicon.tag_of(word) == "JJ" or lexicon.tag_of(word + "s") == "NNPS"


def _demonym_gone(m: re.Match[str]) -> str:
    if not _is_demonym(m.group("demonym")) \
            or any(grammar.all_lemmas(low) or grammar.lexicon_tag(low) not in (None, "FW", "NNP", "NNPS")
                   for low in m.group("name").lower().split()):  # (a foreign word is a name's: "Un" of "Kim Jong Un")
        return m.group()
    return ""


def _without_roles(text: str) -> str:
    if any(map(text.__contains__, _ROLE_PARTS)):  # (no role word: no match, the substitution gives it back)
        text = _ROLE_BEFORE_NAME.sub(_role_gone, text)
    text = _DEMONYM_BEFORE_NAME.sub(_demonym_gone, text)
    return text


_POSSESSIVE = re.compile(r"^[’']s?\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our|whose)\s+$", re.IGNORECASE)


_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|Rep|Lt|Col|St)\.\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# (A determiner's noun may follow names: "The Ostrava dam", "its Paris office".)
_SUBJECT = (rf"(?:{_NAME}|(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Z][\w'’-]*\s+){{0,2}}"
            rf"[a-z0-9][\w-]*(?:\s+[a-z][\w-]*){{0,2}})")
# A phrase up to its closing comma; a comma inside a date ("on February 24, 1955") does not close it, nor one
# that sets off the participle's own date ("The club, founded, in 1921, won ..."). (Written as runs between such
# commas, `(?:[^,;]|,\s*(?=\d{4}\b))*` unrolled: the same matches, tried in the same order, where the
# alternation was one step per character.)
_PHRASE = r"[^,;]*(?:,\s*(?=(?:(?:in|on|during|since|around|about)\s+)?\d{4}\b)[^,;]*)*"
# "Born in Seville in 1936, Ms. Lopez moved ..." → "Ms. Lopez born in Seville"; "Founded in 1990, the company
# announced ..." → "The company founded" (the participle checked by tag: `_leading_participle`).
# The subject after a leading participle phrase may be a pronoun ("Born in 1950, she moved ...") or two names
# ("Appointed in 2015, Smith and Jones ran ..."): the phrase is theirs as much as a name's.
_LEADING_SUBJECT = rf"(?:{_NAME}(?:\s+and\s+{_NAME})?|{_SUBJECT}|(?:he|she|they|we|it|I)\b)"
_LEADING_PARTICIPLE = re.compile(rf"^(?P<part>[A-Z][a-z]+\b{_PHRASE}),\s+(?P<subj>{_LEADING_SUBJECT})")
# "The company, founded in 1952, has been led ..." → "The company founded" (the participle checked by tag).
_APPOSITIVE_PARTICIPLE = re.compile(rf"^(?P<subj>{_SUBJECT}),\s+(?P<part>(?P<verb>[a-z]+)\b{_PHRASE}),")
# "Maria Lopez, a mechanical engineer whose ..., died on Saturday" → "Maria Lopez died on Saturday".
_APPOSITIVE = re.compile(rf"^(?P<subj>{_NAME}),\s+(?:a|an|the|who|whose|which)\b")


def _is_participle(sentence: str, start: int) -> bool:
    """Is the word at `start` of `sentence` tagged a past participle (or a past form used as one), or an adverb
    right before one ("first reported by the Herald on May 2", "widely expected in March")?"""
    tokens = grammar.tag_words(sentence)
    i = bisect.bisect_left([t.start for t in tokens], start)
    if i >= len(tokens) or tokens[i].start != start:
        return False  # (`start` inside a word: no word starts there)
    if tokens[i].pos in ("VBN", "VBD"):
        return True
    # (an adjective too: the tagger reads "first" so)
    return tokens[i].pos in ("RB", "JJ") and tokens[i].text.islower() and i + 1 < len(tokens) \
        and tokens[i + 1].pos in ("VBN", "VBD")


def _leading_participle(sentence: str) -> re.Match[str] | None:
    """A past participle's phrase opening the sentence, before its subject ("Founded in 1990, the company ...")."""
    m = _LEADING_PARTICIPLE.match(sentence)
    if m is None:
        return None
    tokens = grammar.tag_words(sentence)
    if tokens[0].pos == "VBN":
        return m
    if _PERFECT_PARTICIPLE.match(sentence) and len(tokens) > 1 and grammar.past_participle_form(tokens[1].text) \
            and (tokens[1].text != "been" or len(tokens) > 2 and grammar.past_participle_form(tokens[2].text)):
        return m  # ("Having won the title in 1990, he retired in 1995": 1990 is the winning's)
    # An adverb before the participle ("First elected in 1973, Dennis was ...", "Originally built in 1890, the
    # bridge ..."): still the phrase's act, dated by it. (The tagger reads a capitalised "First" as a name.)
    # (A participle's form: "Then came another storm, ..." is an inverted clause, no phrase; an adverb of manner
    # ends in "-ly".)
    adverb = tokens[0].text.lower()
    if len(tokens) > 1 and tokens[1].pos in ("VBN", "VBD") and tokens[1].text.islower() \
            and grammar.past_participle_form(tokens[1].text) \
            and (adverb in _FRONTED_ADVERBS or adverb.endswith("ly") and (grammar.lexicon_tag(adverb) or "") == "RB"):
        return m
    return None


# The adverbs of order and time that may open a participle phrase and that the tagger, capitalised, may read
# otherwise ("First elected", "Later renamed", "Once hailed"): a closed class.
_FRONTED_ADVERBS = frozenset({"first", "later", "once", "twice", "last", "originally", "initially", "previously",
                              "formerly", "recently", "newly", "subsequently"})


class _Asides(NamedTuple):
    """A sentence's leading participle phrase and its appositive participle phrase (`_leading_participle`,
    `_APPOSITIVE_PARTICIPLE`), matched once for both `_participle_focus` and `_without_aside`."""
    leading: re.Match[str] | None
    appositive: re.Match[str] | None


def _asides(sentence: str) -> _Asides:
    return _Asides(_leading_participle(sentence), _APPOSITIVE_PARTICIPLE.match(sentence))


def _participle_focus(sentence: str, start: int, end: int, news_day: bool = False,
                      asides: _Asides | None = None) -> tuple[str, int, int] | None:
    """The subject and the participle phrase that holds the date, when one does: the date belongs to the
    phrase ("founded in 1952"), which no finite verb governs. But a day of the article's news (`news_day`) in
    a phrase before a reporting verb is when the saying was: "Asked about the recall on Tuesday, Doe said the
    chargers were safe" tells what Doe said that day, not that Doe was asked. `asides`: the sentence's
    `_asides`, when the caller has them."""
    if asides is None:
        asides = _asides(sentence)
    m = asides.leading
    if m and end <= m.end("part"):
        subject = _leading_subject(sentence, m, news_day)
        if subject is None:
            return None
        part = m.group("part")
        told = _part_told(part, subject)
        joined = f"{subject[:1].upper()}{subject[1:]} {told}"
        # (the part's words after its first ones stand as they were: the date moves by the change at its start)
        shift = len(subject) + 1 + len(told) - len(part) - m.start("part")
        return joined, start + shift, end + shift
    m = asides.appositive
    if m and m.start("part") <= start and end <= m.end("part") and _is_participle(sentence, m.start("verb")):
        joined = f"{m.group('subj')} {m.group('part')}"
        shift = len(m.group("subj")) + 1 - m.start("part")
        return joined, start + shift, end + shift
    apposed = grammar.dated_apposition(sentence, start, end)
    if apposed is not None:
        # "Coulson, editor of the paper from 2003-2007, was convicted last week": the years are the editorship's,
        # told by the subject and its apposition ("Coulson, editor of the paper"), not the conviction's
        return sentence[:apposed[2]], start, end  # (up to the apposition's closing comma)
    return None


def _leading_subject(sentence: str, m: re.Match[str], news_day: bool = False) -> str | None:
    """The subject after the leading participle phrase `m` (`_leading_participle`), up to its verb or an adverb
    before it ("the company (also) announced ..." → "the company": `_SUBJECT` may run on). None when the phrase
    tells when a saying was (`_participle_focus`'s `news_day`)."""
    tokens = grammar.tag_words(sentence)
    k = next((k for k, t in enumerate(tokens) if t.start > m.start("subj")
              and t.pos.startswith(("VB", "MD", "RB"))), None)
    main = tokens[k] if k is not None else None
    while k is not None and k < len(tokens) and tokens[k].pos.startswith("RB"):
        k += 1  # the verb after its adverbs ("the mayor flatly denied")
    if news_day and k is not None and k < len(tokens) and _is_reporting(tokens[k].text):
        return None
    verb = main.start if main is not None else m.end("subj")
    return sentence[m.start("subj"):min(verb, m.end("subj"))].rstrip(" ,")


# Subjects that take "were": plural pronouns, and two names joined by "and".
_PLURAL_SUBJECT = re.compile(r"^(?:they|we|you)$|\band\b", re.IGNORECASE)


def _leading_participle_clause(sentence: str, start: int, end: int, news_day: bool = False) -> str | None:
    """The clause a leading participle phrase holding the date at [start, end) tells, in the sentence's words,
    the date kept ("Elected in 1973, Dennis was a founder member ..." → "Dennis was elected in 1973"): the
    phrase's act is the date's, not the main clause's (which may be of another time: the council he founded in
    1974). None when the date is not in such a phrase."""
    m = _leading_participle(sentence)
    if m is None or end > m.end("part"):
        return None
    subject = _leading_subject(sentence, m, news_day)
    if not subject:
        return None
    part = m.group("part")
    told = _part_told(part, subject)
    if told[:1].islower() and not _PERFECT_PARTICIPLE.match(part):
        told = f"{_be_past(subject)} {told}"  # ("Dennis was elected in 1973"; "He won the title in 1990" as it is)
    return f"{subject[:1].upper()}{subject[1:]} {told}"


def _be_past(subject: str) -> str:
    """"was" or "were", as the subject takes it."""
    tokens = grammar.tag_words(subject)
    plural = _PLURAL_SUBJECT.search(subject) is not None or bool(tokens and tokens[-1].pos in ("NNS", "NNPS"))
    return "were" if plural else "was"


# A perfect participle phrase ("Having won the title in 1990", "Having been elected in 1973"): its verb's act is
# told by the past ("won", "was elected").
_PERFECT_PARTICIPLE = re.compile(r"Having\s+(?:(?P<been>been)\s+)?(?P<verb>[a-z]+)\b")


def _part_told(part: str, subject: str) -> str:
    """A leading participle phrase as the predicate of its subject, after it: its first letter lower-cased
    ("First elected in 1973" → "first elected in 1973"); a perfect one in the past ("Having won the title" →
    "won the title", "Having been elected" → "was elected")."""
    perfect = _PERFECT_PARTICIPLE.match(part)
    if perfect is None:
        return f"{part[:1].lower()}{part[1:]}"
    verb = perfect.group("verb")
    if perfect.group("been"):
        return f"{_be_past(subject)} {verb}{part[perfect.end():]}"
    pasts = sorted(form for lemma in grammar.verb_lemmas(verb) for form in grammar.verb_forms(lemma, ("VBD",)))
    return f"{pasts[0] if len(pasts) == 1 else verb}{part[perfect.end():]}"


# A story dated this long before its publication is background by the time the article appears (news
# uses it too).
STORY_FRESH = dt.timedelta(days=7)


def is_news_day(doc: Document, e: TimeExpression) -> bool:
    """Is `e` a day of the article's news: a day within `STORY_FRESH` before publication?"""
    return doc.published is not None and e.precision == Precision.DAY and e.first is not None \
        and dt.timedelta(0) <= doc.published - e.first <= STORY_FRESH


# A verb right before a date, maybe past "on" and a part of the day ("said Tuesday", "announced late on Friday").
_STATEMENT_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:(?:early|late)\s+)?(?:on\s+)?$")


def _is_reporting(word: str) -> bool:
    """Is `word` a form of a reporting verb ("said", "denied", `grammar.REPORTING_LEMMAS`)?"""
    return not grammar.REPORTING_LEMMAS.isdisjoint(grammar.verb_lemmas(word))


def _without_aside(sentence: str, start: int, end: int, asides: _Asides | None = None) -> tuple[str, int, int]:
    """The sentence without an appositive or participle phrase between its subject and verb, or a leading
    participle phrase, that lies before the date and does not hold it: the subject then meets its verb
    ("Maria Lopez, the engineer whose designs won awards, died on Sunday" → "Maria Lopez died"). `asides`:
    the sentence's `_asides`, when the caller has them."""
    cut = False  # whether a phrase went: `asides` then no longer matches the sentence
    if asides is None:
        asides = _asides(sentence)
    frame = _mid_frame(sentence, start)
    if frame is not None:
        # "Mr. Antar, the SEC said, made millions" → "Mr. Antar made millions": the frame tells who says so, the
        # clause around it what happened (the tagger, reading it in place, may take "made" for a participle)
        sentence, start, end = _cut(sentence, start, end, *frame)
        cut = True
    m = asides.appositive
    if m and m.end() <= start and _is_participle(sentence, m.start("verb")):
        sentence, start, end = _cut(sentence, start, end, m.end("subj"), m.end())
        cut = True
    m = _APPOSITIVE.match(sentence)
    if m and m.end() <= start:
        # The appositive ends at the comma before the first verb group that follows one: its verb.
        a = grammar.analyse_sentence(sentence)  # (the sentence's one analysis: its groups are read, not found again)
        tokens = a.tokens
        for g in a.groups:
            if g.start >= start:
                break
            if g.start > m.end() and g.first > 0 and tokens[g.first - 1].text == ",":
                sentence, start, end = _cut(sentence, start, end, m.end("subj"), tokens[g.first - 1].end)
                cut = True
                break
    m = _leading_participle(sentence) if cut else asides.leading
    if m and m.end("part") < start:
        sentence, start, end = _cut(sentence, start, end, 0, m.start("subj"))
    return sentence, start, end


# The words of a noun phrase: a reporting frame's subject between commas ("the SEC", "he", "Britain's foreign
# minister"), and the sentence's subject before it ("Mr. Antar").
_FRAME_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "CD"})


def _mid_frame(sentence: str, start: int) -> tuple[int, int] | None:
    """A reporting frame between commas after the sentence's subject and before the date at `start` ("Mr. Antar,
    the SEC said, made millions in 1987"): the span from its first comma to the end of its second, or None. Only
    where the sentence opens with a noun phrase up to the frame (its subject, whose verb comes after the frame; not
    an adverbial, "For the moment, the sources said, he ...", which would run into the subject), and the frame is
    a noun phrase or a pronoun and a reporting verb (`_is_reporting`) with nothing after it."""
    first = sentence.find(",", 0, start)
    if first < 0 or sentence.find(",", first + 1, start) < 0:
        return None  # (the cheap test first: two commas before the date)
    tokens = grammar.tag_words(sentence)
    k = next((k for k, t in enumerate(tokens) if t.pos not in _FRAME_SUBJECT_TAGS), len(tokens))
    if k == 0 or k >= len(tokens) or tokens[k].text != ",":
        return None
    j = k + 1
    while j < len(tokens) and tokens[j].pos in _FRAME_SUBJECT_TAGS:
        j += 1
    if j == k + 1 or j + 1 >= len(tokens) or tokens[j].pos not in ("VBD", "VBZ", "VBP") \
            or not _is_reporting(tokens[j].text) or tokens[j + 1].text != "," or tokens[j + 1].end > start:
        return None
    return tokens[k].start, tokens[j + 1].end


def _cut(sentence: str, start: int, end: int, lo: int, hi: int) -> tuple[str, int, int]:
    """Remove sentence[lo:hi] (which lies before the date phrase) and shift the phrase's offsets."""
    return sentence[:lo] + sentence[hi:], start - (hi - lo), end - (hi - lo)


@lru_cache(maxsize=256)
def _undatelined(sentence: str) -> tuple[str, int]:
    """The sentence without its wire dateline, and how many characters went. Cached, so every date of a
    sentence gets the same string object and grammar's analysis of it is reused."""
    m = _DATELINE_PREFIX.match(sentence)
    if m is None:
        return sentence, 0
    return sentence[m.end():], m.end()


def _cut_clause(sentence: str, start: int, end: int) -> str:
    """The date's stretch of the sentence by punctuation alone, in the source's words and tense: for a
    sentence whose verb or subject the tagger does not find, or a participle phrase."""
    before, after = sentence[:start], sentence[end:]
    # (the date's own text may end in its possessive: "from Sunday’s poll")
    if _POSSESSIVE.match(after) or sentence.endswith(("'s", "\u2019s"), start, end) and after[:1] == " " \
            or _DETERMINER_BEFORE.search(before) or _RANGE_AFTER.match(after) \
            or _RANGE_BEFORE.search(before) or _in_fronted_adverbial(before, after):
        # part of a noun phrase ("last week's talks", "the 2000 treaty"), a range, or of the adverbial an
        # inversion opens with ("Never before 2019 had the choir ...": no "Never had the choir ...")
        text = sentence
    else:
        before = _DATE_PREPOSITION.sub("", before).rstrip(" ,")
        if before.strip() and len(before.split()) >= 3 and re.match(r"^\s*,", after) \
                and not _LEADING_ADVERBIAL_WORD.match(before.strip()):
            text = before  # "Berg arrived in Oslo on March 3, 2025, for talks": the clause before the date
        else:
            # (no space before the punctuation the date stood before: "will be around?", not "around ?")
            text = (before + ("" if after[:1] in "?!;:)" else " ") + re.sub(r"^\s*,\s*", " ", after)).strip()
    text = _LEADING_NOISE.sub("", text.strip()).strip()
    lead = _LEADING_ADVERBIAL.match(text)
    if lead and len(text[lead.end():].split()) >= 4:
        text = text[lead.end():]
    text = re.sub(r"^that\s+", "", text)
    m = _CLAUSE_BREAK.search(text, 20 if len(text) > 20 else 0)
    if m and m.start() >= 15:
        text = text[:m.start()]
    return text.rstrip(".!?")


_AND = re.compile(r",?\s+and\s+(?=[A-Za-z])")


def _in_fronted_adverbial(before: str, after: str) -> bool:
    """Does the date stand in a short adverbial that opens the sentence with an adverb and is followed by an
    auxiliary before its subject ("Never before 2019 had the choir toured", "Only in 2019 did Apple ...")? Its
    words then say how the clause holds (never, only), which the title keeps. Not "so" ("so did the council")."""
    lead = before.split()
    if not lead or len(lead) > 4 or lead[0].lower() == "so" or "," in before \
            or not (grammar.lexicon_tag(lead[0].lower()) or "").startswith("RB"):
        return False
    follow = after.split(maxsplit=2)
    if len(follow) < 2 or not grammar.is_auxiliary(follow[0]):
        return False
    subject = follow[1]
    return subject[:1].isupper() or grammar.lexicon_tag(subject.lower()) in ("DT", "PRP", "PRP$", "EX")


_CLAUSE_OPENER = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                            "our", "my", "it", "he", "she", "they", "we", "i", "you", "there"})
_MODAL_OR_TO = re.compile(r"\b(?:to|will|would|could|should|may|might|must|can|shall)\s+(?=[a-z])")
_DATE_PREPOSITIONS = frozenset({"of", "for", "in", "on", "at", "from", "with", "to", "by", "about", "over", "under",
                                "during", "until", "since"})


def _adverb_before_date(second: str, at: int) -> bool:
    """Does the conjunct `second` open with one adverb (the lexicon's tag) and then the date's preposition,
    the date at `at`: "… in 1996 and again in 2008", "… on Monday and later on Friday"? The dates then share
    one predicate, as with no adverb."""
    words = second[:at].split()
    return (len(words) == 2 and words[1].lower() in _DATE_PREPOSITIONS
            and (grammar.lexicon_tag(words[0]) or "").startswith("RB"))


# A conjunct that opens with "as of"/"as at" a time: a state counted at that time, a clause of its own ("… were
# received the following day and as of today there are 10 cases"), never a second date of the first predicate.
_STATE_AS_OF = re.compile(r"as\s+(?:of|at)\s", re.IGNORECASE)
# The tags of a short subject before its finite verb ("two were discharged", "there are", "five more died").
_SHORT_SUBJECT_TAGS = frozenset({"CD", "DT", "EX", "JJ", "JJR", "NN", "NNS", "PRP", "PRP$", "RBR"})
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SHORT_SUBJECT = 4  # words


def _clause_opens_with_subject(text: str) -> bool:
    """Does `text` open with a short subject and its finite verb ("two were discharged", "three died"): a
    clause of its own, not the rest of the predicate before the date?"""
    tokens = grammar.tag_words(text[:120])
    for k, t in enumerate(tokens[:_SHORT_SUBJECT + 1]):
        if t.pos in _FINITE_VERB_TAGS:
            return k > 0
        if t.pos not in _SHORT_SUBJECT_TAGS:
            return False
    return False


def _conjunct(sentence: str, start: int, end: int,
              others: Sequence[tuple[int, int]]) -> tuple[str, int, int]:
    """The conjunct of "… in 1990 and closed in 2005" that holds the date at [start, end), after another
    date, with the subject and auxiliaries it shares: "The plant closed in 2005"."""
    before = [o for o in others if o[1] <= start]
    if not before:
        return sentence, start, end
    other = max(before, key=lambda o: o[1])
    ands = [found for found in _AND.finditer(sentence, other[1]) if found.start() < start]
    if not ands:
        return sentence, start, end
    m = ands[-1]
    second = sentence[m.end():]
    first_word = second.split(None, 1)[0].strip(",").lower() if second.strip() else ""
    if m.end() == start or first_word in _DATE_PREPOSITIONS or _adverb_before_date(second, start - m.end()) \
            or _STATE_AS_OF.match(second):
        rest = sentence[end:].lstrip(" ,)")  # (a glossed date's closing parenthesis: "as of today (8 May) there")
        after = rest.split(None, 1)  # (empty when only a line break or spaces follow the date)
        next_word = after[0].lower() if after else ""
        if grammar.is_gapped(sentence, start, end):
            return sentence, start, end  # "…, and in 2017 an experienced goalkeeper": the verb is before "and"
        if next_word in _CLAUSE_OPENER or rest[:1].isupper() or _clause_opens_with_subject(rest):
            # "… and in 2020 it fell to 2%", "… received on Sunday and on Tuesday two were discharged"
            return second, start - m.end(), end - m.end()
        # Dates coordinated under one predicate ("met on Monday and Tuesday", "in 2019 and in 2020").
        prefix = re.sub(r"\b(?:in|on|at|by|from|during|for)\s*$", "", sentence[:other[0]]).rstrip() + " "
        shift = len(prefix) - m.end()
        return prefix + second, start + shift, end + shift
    # (the cheap test first: a bare noun phrase and a preposition are a few words; only then is the sentence read)
    object_start = _dated_object_start(grammar.analyse_sentence(sentence), m.start(), m.end(), start, other[0]) \
        if len(sentence[m.end():start].split()) <= _OBJECT_WORDS else None
    if object_start is not None:
        # The verb's second object, with a date of its own ("… as high sheriff from 1968 to 1969 and mayor from
        # 1969 to 1970"): it takes the verb and what stands before the first object ("… served as mayor").
        prefix = sentence[:object_start]
        shift = len(prefix) - m.end()
        return prefix + second, start + shift, end + shift
    if first_word in _CLAUSE_OPENER or second[:1].isupper():
        # A clause of its own ("… and the plant closed in 2005"), when a verb of its own comes before the date
        # ("… followed by Manuel and Lazaro in 1984": a list of names, no clause).
        # (The word count first: the sentence's groups are read only for a clause long enough to be one.)
        a = grammar.analyse_sentence(sentence) if len(second.split()) >= 3 else None
        verb = next((g for g in a.groups if m.end() <= g.start < start), None) if a is not None else None
        if verb is not None:
            subject = a.subject_of(verb)
            if subject is not None and a.tokens[subject[0]].start < m.start():
                # The "and" joins the verb's doers, not clauses: "The senator, who was elected in 2010, and his
                # aide resigned on Monday" (the grammar's subject reaches back past it: both resigned).
                return sentence, start, end
            return second, start - m.end(), end - m.end()
        return sentence, start, end
    # A predicate sharing the first one's subject: the second takes what stands before the first's verb,
    # with its auxiliaries when the second verb is a bare form ("will cut … and close").
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    at = bisect.bisect_left(a.token_starts, m.end())
    if at >= len(tokens):
        return sentence, start, end
    first = sentence[:m.start()]
    prefix_end = None
    if tokens[at].pos in ("VBD", "VBN", "VBZ", "VBP"):
        # (in a relative clause, its own verb: "the mine, which opened in 1887 and closed in 1979" is the mine's)
        prefix_end = grammar.relative_predicate_start(sentence, m.start()) \
            or next((g.start for g in a.groups if 0 < g.start < m.start()), None)
        passive = next((g for g in a.groups if g.start == prefix_end), None) \
            if tokens[at].pos == "VBN" or tokens[at].pos == "VBD" and grammar.past_participle_form(tokens[at].text) \
            else None
        if passive is not None and len(passive.words) > 1 and passive.words[-1].pos == "VBN" \
                and passive.words[-2].text.lower() in grammar._BE \
                and not any(passive.start < g.start < m.start() for g in a.groups) \
                and _CLAUSE_WORD.search(sentence, passive.start, m.start()) is None:
            # a second participle shares the passive's auxiliary, the last verb before the "and": "was built in
            # 1950 and sold in 1972" → "The ship was sold", "who were arrested in 2021 and sentenced in 2023" →
            # "… were sentenced" (not "should be mentioned that X tripled in 2004 and increased in 2006")
            prefix_end = passive.words[-1].start
    elif tokens[at].pos in ("VB", "VBP") or tokens[at].text.lower() in grammar.verb_lemmas(tokens[at].text):
        # (a bare verb only, as the tagger or the word's own forms say: "are expected to rise in 2010 and fall";
        # "its banks and financial system last March" coordinates nouns, and "is expected to" before them would
        # take the second noun phrase for its verb: "is expected to financial system")
        modals = list(_MODAL_OR_TO.finditer(first))
        if modals:
            prefix_end = modals[-1].end()
    if prefix_end is None or not first[:prefix_end].strip() or grammar.is_fronted_inversion(sentence, prefix_end):
        # (nor what stands before an inverted clause's verb: "Among the works is X, painted … and bought in 1978"
        # has no subject there; the grammar reads the whole sentence)
        return sentence, start, end
    prefix = first[:prefix_end].rstrip() + " "
    shift = len(prefix) - m.end()
    return prefix + second, start + shift, end + shift


_OBJECT_WORDS = 6  # words of a dated object after "and", its preposition included ("the court's president from")
# The tags of the words of a bare noun phrase ("high sheriff", "a nurse", "the court's president").
_BARE_NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "POS"})


def _dated_object_start(a: grammar.SentenceAnalysis, and_start: int, and_end: int, start: int,
                        other_start: int) -> int | None:
    """Where the first of two coordinated objects of one verb starts when each has a date of its own after one
    preposition ("served as high sheriff from 1968 to 1969 and mayor from 1969 to 1970", "worked as a teacher in
    1980 and a nurse in 1985"): the second object's title takes the verb with what stands before that start
    ("… served as mayor from 1969 to 1970"), not the first object and its date. None when either conjunct is
    more than a bare noun phrase and its date's preposition (a verb of its own, a clause)."""
    tokens = a.tokens

    def noun_phrase_then_preposition(lo: int, hi: int, *, ends: bool = True) -> bool:
        # (a noun phrase of one word or more, then the date's one preposition, ending at `hi` when `ends`: the
        # first conjunct's date may be a range whose last year is the other date, "from 1968 to 1969")
        k = lo
        while k < len(tokens) and tokens[k].start < hi and tokens[k].pos in _BARE_NOUN_PHRASE_TAGS:
            k += 1
        return lo < k < len(tokens) and tokens[k].pos == "IN" and tokens[k].end <= hi \
            and (not ends or k + 1 == len(tokens) or tokens[k + 1].start >= hi)

    second = bisect.bisect_left(a.token_starts, and_end)
    if not noun_phrase_then_preposition(second, start):
        return None
    verb = next((g for g in reversed(a.groups) if g.start < and_start), None)
    if verb is None:
        return None
    k = verb.last + 1
    if k < len(tokens) and tokens[k].pos == "IN" and tokens[k].text.lower() not in _DATE_PREPOSITIONS:
        k += 1  # ("served as", "worked as": the verb's own preposition)
    if k >= len(tokens) or not noun_phrase_then_preposition(k, other_start, ends=False) \
            or any(t.pos.startswith(("VB", "MD")) for t in tokens[k:second]):
        return None
    return tokens[k].start


# a word that opens another clause after a verb ("should be noted that sales tripled in 2004 and increased …")
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whether|if|when|as)\b", re.I)


# Clauses joined to the one before with a subject of their own: "… and led it until she retired in 2004".
_COORDINATION = re.compile(r"(?:,?\s+(?:and|but|until|before|after|when|while|then)\s+(?=(?:she|he|they|it|we|I)\b))"
                           r"|;\s+")


# A quotation by its marks (typographic, TeX-style or straight), for its character span.
_QUOTATION = re.compile(r"“[^“”]*”?|``(?:(?!'')[^\n])*(?:'')?|\"[^\"]*\"?")


def _own_clause(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """The joined clause that holds the date, when a conjunction and a subject pronoun start it; not at one inside
    a quotation the date is outside ("“The water comes so fast, and we had no time,” she said on Monday": the
    date is the saying's)."""
    lo = 0
    quotes = [q.span() for q in _QUOTATION.finditer(sentence)] if any(
        map(sentence.__contains__, ('"', "“", "``"))) else []
    for c in _COORDINATION.finditer(sentence):
        if any(a < c.start() < b and not a <= start < b for a, b in quotes):
            continue
        if c.start() >= start:
            hi = c.start()
            break
        lo = c.end()
    else:
        hi = len(sentence)
    if (lo, hi) != (0, len(sentence)) and lo <= start and end <= hi and len(sentence[lo:hi].split()) >= 3:
        return sentence[lo:hi], start - lo, end - lo
    return sentence, start, end


_OF_DATE = re.compile(r"\s*(?:of\s+)?")
# A noun phrase and the infinitive that plans it, right before the date: "another special event to be held on".
_PLANNED_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>(?:an?|another|the|its|their|his|her)\s+(?:(?!to\b)[a-z][\w-]*\s+){0,3}"
                             r"(?!to\b)[a-z][\w-]*\s+)(?P<inf>to\s+be\s+[a-z]+)\s+(?:on|in|at|for)?\s*$")
_TO_BE = re.compile(r"to\s+be\s+[a-z]")  # (the part of _PLANNED_BEFORE's "inf" every match has)
# "in March and June", "in 2004, 2005 or 2006": dates listed together leave the title together.
_DATE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)")


def _opens_own_clause(sentence: str, gap_start: int, later_start: int, later_end: int) -> bool:
    """Does the later of two dates that ", and" joins open a clause of its own, its subject right after it ("He
    came home in 1971, and the following spring he opened his own yard")? Then the dates are no list."""
    if _STATE_AS_OF.match(sentence, later_start):
        return True  # ("… received the following day and as of today there are 10": a count's time, no list item)
    if "," not in sentence[gap_start:later_start] and _GLOSSED_AT.match(sentence, later_start) is None:
        return False  # (with no comma, only a time word glossed by a date, "and today (Tuesday) he flew", may)
    after = _NEXT_WORD.match(sentence, later_end)  # (read in place: the rest of a run-on sentence is not copied)
    return after is not None and (after[1].lower() in _CLAUSE_OPENER or after[1][:1].isupper()  # (or "Lind")
                                  or _clause_opens_with_subject(sentence[after.start(1):after.start(1) + 120]))


_NEXT_WORD = re.compile(r"\s*(\S+)")
_REPEATED = re.compile(r"\b(\w+)(?:[\W_]+\1\b)+", re.IGNORECASE)


# A time of the date's day or span before its preposition ("late on Sunday", "early in 2020"): the date's own.
_TIME_OF_DATE = re.compile(r"\b(?:early|late|earlier|later)\s+(?:on|in|during)\s+$", re.IGNORECASE)
# A time word the date after it glosses in parentheses ("today (Monday)", "as of to-day (8th January 2019)"), with
# the preposition before it; and the gloss's closing parenthesis.
_GLOSSED_TIME_WORD = re.compile(r"(?:\b(?:as\s+(?:of|at)|on|by|until|since|from)\s+)?"
                                r"\b(?:to-?day|yesterday|to-?morrow|to-?night|now)\s*\(\s*$", re.IGNORECASE)
_GLOSS_CLOSE = re.compile(r"\s*\)")
# `_GLOSSED_TIME_WORD` read forward: a phrase that opens with it.
_GLOSSED_AT = re.compile(r"(?:(?:as\s+(?:of|at)|on|by|until|since|from)\s+)?(?:to-?day|yesterday|to-?morrow|to-?night|now)"
                         r"\s*\(", re.IGNORECASE)


_SINGLE_QUOTE = re.compile(r"['‘’]")
_BEFORE_OPENING = frozenset(" \t\n\r([{—–-")
_AFTER_CLOSING = frozenset(" \t\n\r,.;:!?)]}—–-")


def single_quotes_as_double(text: str) -> str:
    """`text` with its single quotation marks as typographic double ones, offsets unchanged ("'The water comes
    up so fast,' she said" → "“The water comes up so fast,” she said"), so the readers of quotations (frames,
    speakers, a clause's end) read British and wire style alike. Told from an apostrophe by position: an opening
    mark after a space, before a letter; a closing one before a space or punctuation, after the sentence's
    punctuation (",' .' ?'"), or after a word once a quotation of two words or more is open ("called it 'a
    disaster' on Monday"). An elision's marks ("rock 'n' roll", "Tell 'em") hold one word, and a plural's
    possessive before a lower-case noun or adjective ("the players' union") closes nothing; "the boys' parents",
    "Apple's" and "'90s" stay. The text itself when it has none."""
    if "'" not in text and "‘" not in text and "’" not in text:
        return text
    chars: list[str] | None = None
    pending: int | None = None  # the open quotation's mark
    n = len(text)
    for m in _SINGLE_QUOTE.finditer(text):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if m.group() != "’" and before in _BEFORE_OPENING and after.isalpha():
            pending = i
        elif m.group() != "‘" and after in _AFTER_CLOSING and (
                before in ",.!?" or pending is not None and before.isalnum() and _closes_quotation(text, pending, i)):
            chars = chars or list(text)
            if pending is not None:
                chars[pending] = "“"
                pending = None
            chars[i] = "”"
    if pending is not None and text[pending + 1:pending + 2].isupper():
        chars = chars or list(text)
        chars[pending] = "“"  # a quotation going on in the next sentence ("'The water came so fast. We ...")
    return text if chars is None else "".join(chars)


_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)")
# The lexicon's tags of a word that can follow a possessive: a noun or an adjective of its noun phrase.
_POSSESSED_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS"})


def _closes_quotation(text: str, opening: int, i: int) -> bool:
    """Does the mark at i, after a word, close the quotation opened at `opening`? It holds two words or more
    ("'n'" and "'em" are elisions), and "s'" before a lower-case noun or adjective is a plural's possessive
    ("the players' union"), unless the sentence's punctuation follows the mark ("'the players', he said"); before
    any other word ("'fake news' on Monday", "'sanctuary cities' in 2017") it closes the quotation."""
    j = i - 1
    while j > opening and not text[j].isspace():  # (back over the last word only: each word is walked once)
        j -= 1
    if j <= opening:
        return False
    follower = _LOWER_WORD_AFTER.match(text, i + 1) if text[i - 1] in "sS" else None
    return follower is None or not _can_be_possessed(follower.group(1))


def _can_be_possessed(word: str) -> bool:
    """Can `word` follow a possessive, as a noun or an adjective ("union", "own", "new"; not "on", "and",
    "said")? The lexicon's tag of a known word (all_lemmas calls "who" a noun and "after" an adjective); the
    lemmatizer's word classes of an unknown one."""
    tag = grammar.lexicon_tag(word)
    if tag is not None:
        return tag in _POSSESSED_TAGS
    return not {"NOUN", "ADJ"}.isdisjoint(grammar.all_lemmas(word))


def title_from_sentence(sentence: str, phrase_start: int, phrase_end: int,
                        others: Sequence[tuple[int, int]] = (), *, names: frozenset[str] = frozenset(),
                        news_day: bool = False) -> str:
    """A short readable title from `sentence` for the date phrase at [phrase_start, phrase_end): who did
    what in the clause that governs the date, without the date phrase (`grammar.headline_clause`).

    The phrase goes when it is an adverbial ("On June 19, 2024, ...", "... in 2000"); it stays when it is
    part of a noun phrase ("last week's negotiations", "the 2000 treaty"). Each date of "opened in 1990
    and closed in 2005" gets its own predicate from the grammar's clauses; `others` (the spans of the
    sentence's other dates) end this date's predicate at an "and" before the next date. `names` are the
    document's mid-sentence capitalised words (`grammar.document_names`), for the verb's number. `news_day`:
    the date is a day of the article's news (`is_news_day`).

    The sentence's single quotation marks are read as double ones (`single_quotes_as_double`) here, once per
    title; a caller that reads the sentence's quotations too (`_Reading.title`: the pronoun's and the speaker's
    readers) converts the sentence itself and calls `_title_of_read_sentence`.
    """
    return _title_of_read_sentence(single_quotes_as_double(sentence), phrase_start, phrase_end, others,
                                   names=names, news_day=news_day)


# The prepositions by which a clause's act takes place within a dated thing ("in the 1993 film", "at the 2012
# Games", "during last year's campaign"): a closed class.
_WITHIN_PREPOSITIONS = frozenset({"in", "at", "during"})


def dated_clause_title(sentence: str, phrase_start: int, phrase_end: int, *,
                       names: frozenset[str] = frozenset()) -> str | None:
    """The title of the clause the date at [phrase_start, phrase_end) belongs to, as the grammar reads it
    (`grammar.headline_clause`): that clause's subject, its finite verb and what the verb needs, without the date.
    None when the grammar finds no such clause (no finite verb in it, or no subject), or when the date stands in an
    apposition (`grammar.date_in_apposition`), whose predication is the date's, not the clause's. For a title built
    otherwise that tells no act ("The 1993 film" of "his best known performance was as ... in the 1993 film ..."):
    the event's who and what are the dated clause's (`merging`'s choice of a group's title)."""
    read = single_quotes_as_double(sentence)
    if grammar.date_in_apposition(read, phrase_start, phrase_end):
        return None  # ("Stephens, the 2017 U.S. Open champion": 2017 is not the year of the clause's act)
    modified = grammar.noun_phrase_of_date(read, phrase_start, phrase_end)
    if modified is not None:
        # A date that modifies a noun is its thing's time ("below the 1987 level", "overrule a 1971 convention"),
        # not the clause's act's, unless the act took place within that thing: "was the father in the 1993 film".
        # A possessive date names its noun's day ("Saturday night's debate", "last week's talks"): a happening
        # of that day, told by the noun phrase itself; only a year that dates a thing ("the 1993 film") is read.
        tokens = grammar.analyse_sentence(read).tokens
        opener = tokens[modified[0] - 1].text.lower() if modified[0] > 0 else ""
        if opener not in _WITHIN_PREPOSITIONS or any(t.pos == "POS" for t in tokens[modified[0]:modified[1]]):
            return None
    text = grammar.headline_clause(read, phrase_start, _possessed_noun_end(read, phrase_start, phrase_end), names=names,
                                   heads=True)
    if not text:
        return None
    text = _without_roles(text).strip()
    return _shorten(grammar.capitalised(text), whole=True) if text else None


# The tags of the words a gerund's doer is named by when it stands right before the gerund ("watched Germany
# winning the 2014 World Cup"): a name.
_GERUND_DOER_TAGS = frozenset({"NNP", "NNPS"})
# The verbs by which a doer takes part in a dated occasion, the act being the occasion's own and of its date ("won
# the 2014 World Cup", "will host the 2014 Winter Olympics", "led the 1992 protests"): a closed class. Any other verb
# acts on the occasion at another time ("remembers the 1956 uprising", "considered the 2017 tournament a success").
_TAKING_PART_LEMMAS = frozenset({"win", "lose", "host", "stage", "hold", "organise", "organize", "play", "lead",
                                 "attend", "contest", "boycott", "enter", "fight", "wage"})


# The nouns that name a written rule or pact beside `_authority_noun`'s ("the 1971 Convention", "the 1998 Charter"):
# a named document whose year is its making, an act of that year (`thing_title_by_its_verb` keeps its title).
_DOCUMENT_NOUNS = frozenset({"convention", "protocol", "charter", "declaration", "constitution", "resolution", "bill",
                             "statute", "directive", "decree", "ordinance", "code"})
# The words that join a name's capitalised words ("Freedom of Access to Clinic Entrances Act", "Food and Drug").
_DOCUMENT_NAME_JOINERS = frozenset({"of", "to", "for", "and", "&", "on"})


def _names_a_document(tokens: Sequence[grammar.Token], head: int) -> bool:
    """Does the name whose word `head` is (read on through its joiners' capitalised words: "Freedom of Access to
    Clinic Entrances Act") end in, or hold, a noun of a written rule or pact (`_authority_noun`, `_DOCUMENT_NOUNS`)?"""
    k = head
    while True:
        word = tokens[k].text.lower()
        if word in _DOCUMENT_NOUNS or _authority_noun(word):
            return True
        if k + 1 < len(tokens) and tokens[k + 1].pos in _NOUN_TAGS and tokens[k + 1].text[:1].isupper():
            k += 1
        elif k + 2 < len(tokens) and tokens[k + 1].text in _DOCUMENT_NAME_JOINERS and tokens[k + 2].text[:1].isupper():
            k += 2
        else:
            return False


def thing_title_by_its_verb(sentence: str, phrase_start: int, phrase_end: int, title: str, *,
                            names: frozenset[str] = frozenset()) -> str | None:
    """For a title that is the dated noun phrase alone and tells no act ("The 2014 World Cup", "Last year's French
    Open"): who did what in that dated thing, when a verb of taking part (`_TAKING_PART_LEMMAS`) takes it as its object
    with a doer ("where Russia will host the 2014 Winter Olympics" → "Russia will host the 2014 Winter Olympics";
    "watched Germany winning the 2014 World Cup" → "Germany wins the 2014 World Cup"). None when the phrase names
    a thing by its proper name ("the 2003 Buick Open", "last year's French Open") and no such verb takes it (a
    preposition's object, "since the 2003 Buick Open", or another verb's, "considered the 2017 FIFA/FAM
    tournament"): the sentence tells no act of that date, and a name alone lets no reader tell who did what, so the
    date makes no event. `title` unchanged otherwise: a title that tells an act, a date that modifies no noun in it,
    or a common noun's phrase ("last month's credit squeeze", "the 1987 level"), which may name the happening itself."""
    if not _tells_no_act(title):
        return title
    found = grammar.noun_phrase_of_date(sentence, phrase_start, phrase_end)
    if found is None or sentence[phrase_start:phrase_end].lower() not in title.lower():
        return title
    tokens = grammar.analyse_sentence(sentence).tokens
    opener = found[0]
    if tokens[opener].start != phrase_start and tokens[opener].pos not in ("DT", "PRP$"):
        return title  # (a possessor's name before the date, "Kopp's 1987 Chevrolet": not the phrase alone)
    if opener == 0:
        return title  # the phrase opens the sentence: a label or a heading, not a verb's object
    head = found[1]
    while head + 1 < len(tokens) and tokens[head + 1].pos in _NOUN_TAGS:
        head += 1  # the phrase's last noun, its head ("the 2014 World Cup", "last month's Campeau Corp. credit squeeze")
    named = tokens[head].pos in ("NNP", "NNPS") and tokens[head].text[:1].isupper() \
        and not _names_a_document(tokens, head)
    verb = tokens[opener - 1]
    taking_part = verb.pos.startswith("VB") \
        and not grammar.verb_lemmas(verb.text.lower()).isdisjoint(_TAKING_PART_LEMMAS)
    if taking_part and verb.pos == "VBG" and opener >= 2 and tokens[opener - 2].pos in _GERUND_DOER_TAGS:
        # A gerund with its doer named right before it: "Germany winning the 2014 World Cup" (a name only: an
        # object pronoun or a noun there may be the verb's own object, "saw them playing")
        first = opener - 2
        while first > 0 and tokens[first - 1].pos in _GERUND_DOER_TAGS:
            first -= 1
        doer = tokens[first:opener - 1]
        lemmas = grammar.verb_lemmas(verb.text.lower())
        plural = grammar._plural_phrase(doer, names)
        if len(lemmas) == 1 and plural is not None:
            (lemma,) = lemmas
            present = lemma if plural else next(iter(grammar.verb_forms(lemma, ("VBZ",))), None)
            if present is not None:
                rest = title[:1].lower() + title[1:] if tokens[opener].pos in ("DT", "PRP$") else title
                return _shorten(f"{' '.join(t.text for t in doer)} {present} {rest}")
    elif taking_part and verb.pos != "VBG":
        told = grammar.headline_clause(sentence, phrase_start, phrase_end, names=names, heads=True)
        if told and sentence[phrase_start:phrase_end].lower() in told.lower():
            told = _without_roles(told).strip()
            if told and not _tells_no_act(told):
                return _shorten(grammar.capitalised(told), whole=True)
    return None if named else title


def _title_of_read_sentence(sentence: str, phrase_start: int, phrase_end: int,
                            others: Sequence[tuple[int, int]] = (), *, names: frozenset[str] = frozenset(),
                            news_day: bool = False) -> str:
    """`title_from_sentence` for a sentence whose single quotation marks are already double ones."""
    cut = grammar.cut_word_end(sentence)
    if cut is not None and phrase_end <= cut:
        # The page cut the sentence mid-word ("... after a limp d"): the cut word's phrase is no part of any title,
        # nor are the dates in it.
        sentence = sentence[:cut].rstrip()
        others = [(a, b) for a, b in others if b <= len(sentence)]
    reopened = _continued_quotation_mark(sentence)
    if reopened:
        # The sentence goes on with a quotation an earlier one opened (the splitter cut inside it: `We lost
        # it all," Jones said on Monday.`): its words up to the closing mark are the speaker's, not a clause
        # of their own whose subject is the title's. Read with the opening mark put back, they are the quoted
        # object of the speaker's verb, as in a sentence that holds the whole quotation.
        shift = len(reopened)
        sentence = reopened + sentence
        phrase_start, phrase_end = phrase_start + shift, phrase_end + shift
        others = [(a + shift, b + shift) for a, b in others]
    uninverted = _uninverted_frame(sentence, phrase_start, phrase_end, others)
    if uninverted is not None:
        sentence = uninverted  # (the same length: no offset moves)
    return _read_sentence_title(sentence, phrase_start, phrase_end, tuple(others), names, news_day)


# A quotation's closing mark and a lower-case word after it: an inverted reporting frame's verb, maybe ("…," said).
_AFTER_QUOTATION_WORD = re.compile(r'[,!?]["\u201d]\s+([a-z]+)\s')
# The tags of an inverted frame's speaker after its verb ("said Smith", "said the minister", "says a spokesman").
_SPEAKER_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD"})
_SPEAKER_HEADS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# A relative clause opening after the speaker: the speaker is its antecedent.
_SPEAKER_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|where)\b", re.IGNORECASE)


def _uninverted_frame(sentence: str, date_start: int, date_end: int,
                      others: Sequence[tuple[int, int]] = ()) -> str | None:
    """The sentence with an inverted reporting frame after a quotation put in the subject's order, in place
    (""It is over," said Smith on Tuesday" → ""It is over," Smith said on Tuesday"), so the grammar finds the
    frame's subject and titles it as any frame ("Smith says it is over"). Only a reporting verb right after the
    quotation's closing mark and a noun phrase after it (a name, "the minister"; not a weekday or month, nor the
    date, which never moves: the swap keeps the sentence's length; nor any of the sentence's `others` dates). None
    when the sentence has no such frame."""
    m = _AFTER_QUOTATION_WORD.search(sentence)
    if m is None or not _is_reporting(m.group(1)):
        return None
    tokens = grammar.tag_words(sentence)
    k = bisect.bisect_left([t.start for t in tokens], m.start(1))
    if k >= len(tokens) or tokens[k].start != m.start(1) or tokens[k].pos not in ("VBD", "VBZ"):
        return None
    end = k + 1
    while end < len(tokens) and tokens[end].pos in _SPEAKER_TAGS and tokens[end].start < date_start \
            and not _MONTH_OR_DAY.fullmatch(tokens[end].text) or end < len(tokens) and tokens[end].text in _PERSON_TITLES:
        end += 1
    if end == k + 1 or tokens[end - 1].pos not in _SPEAKER_HEADS \
            or any(tokens[k].start < b and a < tokens[end - 1].end for a, b in ((date_start, date_end), *others)):
        return None  # (a date in the words that move: "said the 2019 winner")
    if _SPEAKER_RELATIVE.search(sentence, tokens[end - 1].end, date_start) is not None:
        return None  # ("said Ridley, 33, who made his debut in 2010": the date is the relative clause's, its
        # antecedent the speaker, which must stay beside it)
    verb, speaker = tokens[k], sentence[tokens[k + 1].start:tokens[end - 1].end]
    gap = sentence[verb.end:tokens[k + 1].start]
    return sentence[:verb.start] + speaker + gap + verb.text + sentence[tokens[end - 1].end:]


# A quotation's closing mark: a curly one, or a straight one right after the quotation's last mark (`,"`, `."`,
# `?"`, `!"`) with a space or the end after it (an opening straight mark follows a space and precedes a word).
_CLOSING_QUOTE = re.compile(r'\u201d|(?<=[,.!?])"(?=\s|$)')


def _continued_quotation_mark(sentence: str) -> str:
    """The opening mark of the quotation `sentence` goes on with when its first quotation mark closes one (an
    earlier sentence opened it), else "". The first mark decides: a sentence that opens its own quotation
    first closes what it opened."""
    if '"' not in sentence and "\u201d" not in sentence:
        return ""
    first = min((i for i in (sentence.find('"'), sentence.find("\u201c"), sentence.find("\u201d"), sentence.find("``"))
                 if i >= 0), default=-1)
    if first < 0:
        return ""
    closing = _CLOSING_QUOTE.match(sentence, first)
    if closing is None:
        return ""
    return "\u201c" if closing.group() == "\u201d" else '"'


def release_caches() -> None:
    """Empty the memo of sentences' titles (`_read_sentence_title`) with the sentence analyses it read: the
    pipeline releases them once every document has been read, as merging never reads them."""
    _read_sentence_title.cache_clear()
    _inner_commas_blanked.cache_clear()


# A title is a function of these values alone (the sentence's analysis is cached on its text, the lexicon is
# fixed): a sentence an article or a folder repeats (a wire story's boilerplate, a correction) is titled
# once per date phrase. Bounded as `grammar.analyse_sentence` (1,024 kept 0.2 MB more at the 1 MB news text's peak,
# for 7% more hits); emptied with the sentence analyses (`release_caches`).
# A schedule's or a link list's entry: the day, then a few capitalised words with no sentence's end ("Apr 9 Nominations
# open", "Mar 4 Ministry statement"): the day is the entry's date, not a modifier of its noun, and leaves the title.
_DAY_ENTRY_REST = re.compile(r"[ \t]+(?P<rest>[A-Z][^\s.!?;:,]*(?:[ \t]+[^\s.!?;:,]+){0,5})[ \t]*")


# A place's state, province or country between commas inside a noun phrase ("its Lorain, Ohio, assembly plant", "a
# Fresno, California, warehouse"): the aside, read from its first comma; `_place_asides_blanked` checks the words
# either side.
_PLACE_ASIDE = re.compile(r",[ \t]+(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.),[ \t]+"
                          r"(?P<next>[a-z][a-z-]*)\b")
# Before it, the place's name after a determiner or a possessive: "its Lorain", "the Windsor", "Acme's Dayton".
_PLACE_BEFORE_ASIDE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|The|A|An|Its|Their)|['\u2019]s)"
                                 r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}$")


def _place_asides_blanked(sentence: str) -> str:
    """The sentence with each place's aside inside a noun phrase (", Ohio," of "its Lorain, Ohio, assembly plant")
    turned to spaces, so that its commas end no clause or phrase of a title ("Harlan would close its Lorain assembly
    plant", not "... its Lorain"): the offsets stay. Only where a noun follows the aside (by the tagger's lexicon:
    "in Dayton, Ohio, officials said" keeps its commas' clause; not an adjective, "the Senate, Republicans, angry
    at ...", whose commas set off a clause's subject and its aside), the aside is a proper name (no word of the
    lexicon's common words: not "Navy", "Republicans"), its noun phrase ends no list (no comma, "and", "or" after
    it: "the Red Cross, Oxfam, aid groups and churches" are several) and a determiner or a possessive opens the
    place's name."""
    if ", " not in sentence:
        return sentence
    out = None
    for m in _PLACE_ASIDE.finditer(sentence):
        if not _noun_or_compound(m["next"]) or _aside_has_common_word(m) or _noun_run_ends_list(sentence, m.end()) \
                or _PLACE_BEFORE_ASIDE.search(sentence, max(0, m.start() - 60), m.start()) is None:
            continue
        out = list(sentence) if out is None else out
        out[m.start():m.start("next")] = " " * (m.start("next") - m.start())
    return sentence if out is None else "".join(out)


def _aside_has_common_word(m: re.Match[str]) -> bool:
    """Is the aside `_PLACE_ASIDE` matched headed by a common word of the tagger's lexicon in lower case ("Navy",
    "Senate"), not a place's proper name ("Ohio", "New York", "Calif.")?"""
    head = m.string[m.start() + 1:m.start("next")].strip(" \t,").split()[-1]
    return not head.endswith(".") and grammar.lexicon_tag(head.lower()) not in (None, "NNP", "NNPS")


def _noun_or_compound(word: str) -> bool:
    """Is `word` a noun by the tagger's lexicon, or a hyphened compound that modifies one ("auto-parts",
    "steel-making"), not an adjective alone ("angry", "local")?"""
    tag = grammar.lexicon_tag(word)
    return tag in ("NN", "NNS") or "-" in word and (tag is None or tag == "JJ")


# A word, or a comma (not one before a relative clause: "company, which ..."), after a noun of the noun phrase that
# goes on after a place's aside.
_WORD_OR_COMMA_AT = re.compile(r"[ \t]+(?P<word>[a-z][a-z-]*)\b|[ \t]*(?P<mark>,)(?![ \t]+(?:which|who|whose|where)\b)")

_WORD_AT = re.compile(r"[ \t]+([A-Za-z][a-z-]*)")


def _noun_run_ends_list(sentence: str, end: int) -> bool:
    """Does the noun phrase that goes on after a place's aside (its first noun ends at `end`) end in a list's
    comma or conjunction ("Unicef, aid groups and churches"), reading on over the lexicon's nouns only? (A comma
    before a relative clause, or anything else, ends the phrase: no list.)"""
    k = end
    while True:
        m = _WORD_OR_COMMA_AT.match(sentence, k)
        if m is None:
            return False  # (the phrase ends: a relative's comma, a full stop, a capitalised word)
        if m["mark"] is not None:
            return True
        if m["word"] in ("and", "or"):
            # another item ("and churches", "or the police"), not another clause or predicate ("and that it
            # planned ...", "and it said", "and said")
            item = _WORD_AT.match(sentence, m.end())
            return item is not None and item[1].lower() not in ("that", "which", "who", "whose") \
                and (grammar.lexicon_tag(item[1].lower()) or "NN")[:2] not in ("VB", "PR", "MD", "RB", "TO")
        if grammar.lexicon_tag(m["word"]) not in ("NN", "NNS"):
            return False
        k = m.end()


# Two adjectives joined by a comma before their noun ("in clear, cool weather", "a long, bitter dispute"): from the
# comma on (a literal-led pattern: cheap on every sentence), then the two words before it.
_ADJECTIVE_COMMA = re.compile(r",[ \t]+(?P<second>[a-z]+)[ \t]+(?P<noun>[a-z]+)\b")
_TWO_WORDS_BEFORE = re.compile(r"(?P<before>[A-Za-z]+)[ \t]+(?P<first>[a-z]+)$")


def _adjective_commas_blanked(sentence: str) -> str:
    """The sentence with the comma between two coordinated adjectives before their noun turned to a space ("in
    clear, cool weather": the title keeps "in clear cool weather", not "in clear"), by the tagger's lexicon (an
    adjective after a determiner, a preposition or a number, an adjective, a noun: not a predicate's adjective
    before another clause, "prices were high, new orders fell"). Not after a preposition's short phrase opening the
    sentence or a clause, which the comma ends ("On the whole, new orders fell", "In the past, local residents
    protested": the lexicon reads "whole" and "past" as adjectives; such a phrase is no title's anyway). The offsets
    stay."""
    if ", " not in sentence:
        return sentence
    out = None
    lexicon_tag = grammar.lexicon_tag
    for m in _ADJECTIVE_COMMA.finditer(sentence):
        if lexicon_tag(m["second"]) != "JJ" or lexicon_tag(m["noun"]) not in ("NN", "NNS") \
                or _opening_prepositional_phrase(sentence, m.start()):
            continue
        words = _TWO_WORDS_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        if words is not None and lexicon_tag(words["first"]) == "JJ" \
                and lexicon_tag(words["before"].lower()) in ("DT", "IN", "CD", "PRP$"):
            out = list(sentence) if out is None else out
            out[m.start()] = " "
    return sentence if out is None else "".join(out)


def _opening_prepositional_phrase(sentence: str, comma: int) -> bool:
    """Is the text before the comma at `comma`, from the sentence's start or the clause mark before it, a short
    phrase a preposition opens ("On the whole", "In the past", "For its part")?"""
    start = max(sentence.rfind(mark, 0, comma) for mark in ",;:") + 1
    words = sentence[start:comma].split()
    return 0 < len(words) <= 3 and grammar.lexicon_tag(words[0].lower().lstrip("\"'\u201c")) == "IN"


@lru_cache(maxsize=64)
def _inner_commas_blanked(sentence: str) -> str:
    """`_place_asides_blanked` and `_adjective_commas_blanked`: once per sentence, however many dates it titles."""
    return _adjective_commas_blanked(_place_asides_blanked(sentence))


@lru_cache(maxsize=512)
def _read_sentence_title(sentence: str, phrase_start: int, phrase_end: int, others: tuple[tuple[int, int], ...],
                         names: frozenset[str], news_day: bool) -> str:
    trailing = _trailing_participle_title(sentence, phrase_start, phrase_end, others, names)
    if trailing is not None:
        return trailing
    title = _made_sentence_title(sentence, phrase_start, phrase_end, others, names, news_day)
    no_act = _tells_no_act(title)
    cut = not no_act and _cut_before_its_verb(title)
    if not cut and not no_act:
        return title
    # A title that tells no act (a noun phrase of a thing the date modifies, "The 1993 film", or a subject left
    # without its verb, "The team from Pretoria"): who did what is the dated clause's, when the grammar finds
    # one with a subject and a finite verb. Else the title stays (there is nothing better in the sentence).
    told = dated_clause_title(sentence, phrase_start, phrase_end, names=names)
    if told is None or _tells_no_act(told) or any(sentence[a:b] in told for a, b in others) \
            or cut and (_cut_before_its_verb(told) or told.split()[:2] != title.split()[:2]):
        # (the clause's title would carry another of the sentence's dates: not this date's alone; a title cut
        # before its verb is made again only for the same doer, its subject shortened: the tagger may have read
        # a verb as a noun, "Congo sentences/NNS two ...", and the clause found be another's)
        return title
    return told


# The "-ing" words that open a phrase as a preposition does ("including", "following ... in 2010"), not an act.
_PREPOSITION_PARTICIPLES = frozenset({"including", "according", "following", "regarding", "concerning", "excluding",
                                      "starting", "beginning", "ending", "ranging", "totaling", "totalling", "barring",
                                      "pending", "during", "notwithstanding", "compared", "dating", "going"})
_TRAILING_REACH = 8  # words between a trailing participle and its date
# The verbs by which a participle tells how one figure or thing stands to another ("representing a 24% premium",
# "reflecting the acquisition"): no act of its own.
# ("bringing the total to 17", "lifting the index to a record"; `grammar.STATIVE_LEMMAS` holds "represent", "reflect")
_RELATION_LEMMAS = frozenset({"mark", "bring", "exceed", "equal", "top", "surpass", "match", "mean", "push", "lift"})


def _trailing_participle_title(sentence: str, phrase_start: int, phrase_end: int,
                               others: Sequence[tuple[int, int]] = (), names: frozenset[str] = frozenset()
                               ) -> str | None:
    """The title of a date inside a present participle's phrase that trails its clause after a comma ("Eades
    served 24 years as mayor, retiring on Dec. 31, 2015", "Berg left the club in 2010, joining Orlen Rovers in
    2011"): the date is the participle's act's, done by the clause's subject, not the main verb's; the title is
    that subject and the participle made its finite present, with its words up to the date ("Eades retires",
    "Berg joins Orlen Rovers"). None for any other shape: a participle that works as a preposition ("including",
    "following": `_PREPOSITION_PARTICIPLES`), another verb or a comma between it and the date, a date before it,
    no finite clause with a subject before it, a verb whose present the dictionary does not give, another of the
    sentence's dates (`others`) in the participle's phrase ("beating Northport in 1994 and Westbrook in 1998": a
    list's dates, titled each by its own part as before). `names`: the document's mid-sentence capitalised words
    (`grammar.document_names`), for the verb's number ("Rovers beats", a name's)."""
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    d = bisect.bisect_right(a.token_ends, phrase_start)
    if d < 4 or d >= len(tokens):
        return None
    k = d - 1
    if tokens[k].pos in ("IN", "TO"):
        k -= 1  # (the date's preposition: "retiring on")
    v = next((i for i in range(k, max(0, d - _TRAILING_REACH) - 1, -1) if tokens[i].pos == "VBG"), None)
    if v is None or v < 3 or tokens[v - 1].text != "," or tokens[v].text.lower() in _PREPOSITION_PARTICIPLES \
            or not tokens[v].text.islower():
        return None
    if any(t.pos.startswith(("VB", "MD")) or t.text in (",", ";", ":", "(") or t.pos in ("WDT", "WP", "WRB")
           for t in tokens[v + 1:d]):
        return None
    clause = next((g for g in reversed(a.groups) if g.last < v - 1 and g.finite), None)
    subject = a.subject_of(clause) if clause is not None else None
    if subject is None or subject[1] > clause.first or any(t.pos in ("WDT", "WP") for t in tokens[subject[1]:v]):
        return None
    if subject[0] > 0 and tokens[subject[0] - 1].pos == "IN" \
            or any(t.text[:1].isdigit() for t in tokens[subject[0]:subject[1]]):
        return None  # (a subject read into an opening phrase or holding a date: "In the late 1980's Apple ...")
    if any(tokens[v].end <= lo < phrase_end and (lo, hi) != (phrase_start, phrase_end) for lo, hi in others):
        return None
    lemmas = grammar.verb_lemmas(tokens[v].text.lower())
    if len(lemmas) != 1 or lemmas & (grammar.REPORTING_LEMMAS | grammar.STATIVE_LEMMAS | _RELATION_LEMMAS):
        return None  # (a saying's is titled with what it says; a state or a relation is no act: "representing")
    if sentence[phrase_end:phrase_end + 2] in ("'s", "\u2019s"):
        return None  # (a possessive date names its noun's day: "over Thursday's closing price")
    # (a plural common noun's or several doers' number; a name's is singular, a team's "Rovers" too)
    doers = tokens[subject[0]:subject[1]]
    last = doers[-1]
    plural = last.pos == "NNS" and last.text not in names \
        and (last.text.islower() or grammar.lexicon_tag(last.text.lower()) == "NNS") \
        or any(t.text == "and" for t in doers)
    present = grammar.all_inflections(next(iter(lemmas)), "VERB").get("VBP" if plural else "VBZ", ())
    if not present:
        return None
    doer = sentence[tokens[subject[0]].start:tokens[subject[1] - 1].end]
    rest = sentence[tokens[v].end:tokens[k].end if k > v else tokens[v].end]
    return _shorten(grammar.capitalised(f"{doer} {present[0]}{rest}".strip()))


# The tags of a finite verb: a title that holds none has no clause of its own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _cut_before_its_verb(title: str) -> bool:
    """Is the title cut for length ("…") with no finite verb in what is left ("The former chief executive of the
    failed regional lender Atlantic Mutual…", its "failed" a participle): a subject too long for the title, its
    act cut off? The date's clause, its subject down to each doer's head, is titled again then."""
    return title.endswith("…") and not any(t.pos in _FINITE_TAGS for t in grammar.tag_words(title))


def _tells_no_act(title: str) -> bool:
    """Whether a title holds no verb nor a noun naming a happening (`merging._verbless_title`, the test by which
    a merged event's members give way to one that tells an act)."""
    from timeline_app.core.merging import _verbless_title  # (merging reads extraction: imported when first asked)
    return _verbless_title(title)


def _made_sentence_title(sentence: str, phrase_start: int, phrase_end: int, others: tuple[tuple[int, int], ...],
                         names: frozenset[str], news_day: bool) -> str:
    """`_read_sentence_title` before a title that tells no act is made again from the date's clause."""
    if not others and phrase_end - phrase_start <= 20 and not sentence[:phrase_start].strip() \
            and (entry := _DAY_ENTRY_REST.fullmatch(sentence, phrase_end)) is not None \
            and any(ch.isdigit() for ch in sentence[phrase_start:phrase_end]):
        return _shorten(entry.group("rest"))
    lead = _verbless_lead(sentence)
    if lead:
        # A lead with no verb before a colon or a dash ("Cairo, (UrduPoint / Pakistan Point News - 29th Mar,
        # 2021 ) :The Ever Given was refloated Monday ..."): a dateline, a label or a kicker, no clause of any
        # date. A date after it is titled in the sentence that follows it; the lead's own date (the report's) by
        # that sentence whole, never by the lead's words.
        rest = sentence[lead:]
        if phrase_start < lead:
            return _shorten(grammar.capitalised(_cut_clause(rest, len(rest), len(rest))))
        phrase_start, phrase_end = phrase_start - lead, phrase_end - lead
        others = tuple((a - lead, b - lead) for a, b in others if a >= lead)
        sentence = rest
    if (ordinal := _ordinal_time_title(sentence, phrase_start, phrase_end)) is not None:
        return ordinal
    sentence = _inner_commas_blanked(sentence)
    other_dates = [sentence[a:b].lower() for a, b in others]
    lo = max(0, phrase_start - 80)
    # (Every match holds "to be" and a word: a literal-led pattern finds that fast, where the whole pattern is
    # tried at every position of the 80 characters.)
    planned = _PLANNED_BEFORE.search(sentence, lo, phrase_start) \
        if _TO_BE.search(sentence, lo, phrase_start) is not None else None
    if planned is not None:
        # "announced another special event to be held on October 12": the date is the planned event's
        return _shorten(grammar.capitalised(planned.group("np") + planned.group("inf")))
    time_of = _TIME_OF_DATE.search(sentence, max(0, phrase_start - 20), phrase_start)
    if time_of is not None:
        phrase_start = time_of.start()  # "conceded defeat late on Sunday": "late" goes with the date it places
    glossed = _GLOSSED_TIME_WORD.search(sentence, max(0, phrase_start - 30), phrase_start)
    closing = _GLOSS_CLOSE.match(sentence, phrase_end) if glossed is not None else None
    if closing is not None:
        # "as of to-day (8th January 2019)": the date glosses the time word before it, and the phrase is theirs
        # together (its preposition too): no "()" nor a bare "as of to-day" is left in the title
        phrase_start, phrase_end = glossed.start(), closing.end()
    if (participle_title := _object_participle_title(sentence, phrase_start, others)) is not None:
        return participle_title
    if (participle_title := _subject_participle_title(sentence, phrase_start, phrase_end)) is not None:
        return participle_title
    undated, cut = _undatelined(sentence)
    if others and phrase_start >= cut:
        # "…, adding Greece in 1952, West Germany in 1955 and Spain in 1982": 1982 is Spain's, added by the verb
        # the list ends ("The alliance adds Spain"), not a clause "Spain in 1982" of its own. (A list of dated
        # items needs another date: "adding offices in London and Paris in 2004" is no such list.)
        item = grammar.listed_item(undated, phrase_start - cut, phrase_end - cut, names=names)
        if item is not None:
            return _shorten(_without_roles(item).strip())
    if others and (item_title := _later_item_title(sentence, phrase_start, phrase_end, others, names, news_day)):
        return item_title
    if (item_title := _later_gerund_item_title(sentence, phrase_start)) is not None:
        return item_title
    for o_start, o_end in sorted(others):
        if o_start >= phrase_end and _OF_DATE.fullmatch(sentence, phrase_end, o_start):
            phrase_end = o_end  # "since January of this year": one date phrase for the title's purpose
        elif o_end <= phrase_start and _OF_DATE.fullmatch(sentence, o_end, phrase_start):
            phrase_start = min(phrase_start, o_start)
    for o_start, o_end in sorted(others):
        if o_start >= phrase_end and _DATE_LIST_GAP.fullmatch(sentence, phrase_end, o_start) \
                and not _opens_own_clause(sentence, phrase_end, o_start, o_end):
            phrase_end = o_end  # "an appearance in March and June to unveil ...": the list goes as one
    for o_start, o_end in sorted(others, reverse=True):
        if o_end <= phrase_start and _DATE_LIST_GAP.fullmatch(sentence, o_end, phrase_start) \
                and not _opens_own_clause(sentence, o_end, phrase_start, phrase_end):
            phrase_start = o_start
    others = [o for o in others if not (phrase_start <= o[0] and o[1] <= phrase_end)]
    later = [o[0] for o in others if o[0] >= phrase_end]
    if later:
        # "… in 2031 and close two plants in 2032": the predicate after "and" has its own date.
        m = _AND.search(sentence, phrase_end, min(later))
        if m is not None:
            sentence = sentence[:m.start()]
    if others:
        gerund = _gerund_adverbial_title(sentence, phrase_start, others, names)
        if gerund is not None:
            return gerund
        told = _dated_object_title(sentence, phrase_start, phrase_end, others)
        if told is not None:
            return told
        last = max(others)
        if last[0] >= phrase_end and _dated_object_title(sentence, *last, ((phrase_start, phrase_end),)) is not None:
            # "Her victory this evening follows a heavy defeat last week": the object's date is no part of the
            # subject's title ("Her victory follows a heavy defeat")
            sentence = sentence[:last[0]].rstrip()
            if sentence.endswith((" in", " on", " at")):
                sentence = sentence.rsplit(" ", 1)[0]
        sentence, phrase_start, phrase_end = _conjunct(sentence, phrase_start, phrase_end, others)
    sentence, phrase_start, phrase_end = _own_clause(sentence, phrase_start, phrase_end)
    undated, cut = _undatelined(sentence)
    if phrase_start >= cut:
        sentence, phrase_start, phrase_end = undated, phrase_start - cut, phrase_end - cut
    told = _when_clause_told(sentence, phrase_start, phrase_end)
    if told is not None:
        sentence, phrase_start, phrase_end = told
    title = _clause_title(sentence, phrase_start, phrase_end, other_dates, names, news_day)
    if len(title.split()) < 3 and not (_noun_subject_and_verb(title)
                                       and _ENDS_SENTENCE.fullmatch(sentence, phrase_end) is not None
                                       and _verb_reaches_date(sentence[:phrase_start], title.split()[-1])):
        fronted = _leading_participle_clause(sentence, phrase_start, phrase_end, news_day)
        if fronted is not None:
            # ("Elected in 1973, Dennis was a founder member of ..." → "Dennis was elected in 1973": the
            # participle's clause, date and all; the sentence whole would carry the main clause's act too)
            return _shorten(fronted)
        leading = _leading_participle(sentence)
        if leading is not None and leading.end("part") < phrase_start:
            # ("Having won the title in 1990, he retired in 1995" → "He retired in 1995": the phrase before is
            # another act, of another date)
            cut_at = leading.start("subj")
            sentence, phrase_start, phrase_end = sentence[cut_at:], phrase_start - cut_at, phrase_end - cut_at
        # Too little left once the date went ("She retired"): the sentence, date and all, in its words; but
        # only up to an "and" the title stopped before ("Smith resigned on Tuesday and Jones Corp. named a
        # successor": the rest is another clause, not this date's).
        m = _CLAUSE_AND.search(sentence, phrase_end)
        if m is not None and _clause_opens(sentence, m.end()) and _clause_title(
                sentence[:m.start()], phrase_start, phrase_end, other_dates, names, news_day) == title:
            sentence = sentence[:m.start()]
        # And from the "and"/"but" before the date that opens the date's clause, its subject first ("..., but
        # Smith resigned on Thursday"): the clause before it is another's, not this date's.
        for c in reversed(list(_CLAUSE_AND.finditer(sentence, 0, phrase_start))):
            if _clause_opens(sentence, c.end()):
                sentence = sentence[c.end():]
                phrase_start -= c.end()
                break
        aside = _relative_aside_before_verb(sentence, phrase_start, title.split()[-1]) if title else None
        if aside is not None:
            # "Smith, who joined the firm on May 4, 2019, resigned on Monday": the relative clause tells another
            # act (with its own date); the sentence in its words is the subject's and its verb's ("Smith resigned
            # on Monday")
            sentence = sentence[:aside[0]] + sentence[aside[1]:]
        elif (relative := _relative_aside_holding(sentence, phrase_start, phrase_end)) is not None:
            # "Smith, who resigned in 2019, returned on Monday": 2019 is the relative clause's act, told by its
            # antecedent and its predicate ("Smith resigned in 2019"), not the main clause's
            sentence = relative
        whole = _cut_clause(sentence, len(sentence), len(sentence))
        whole = _shorten(grammar.capitalised(whole))
        if len(whole.split()) > len(title.split()):
            title = whole
    return title


# The break that may end a sentence's lead: a colon (not a clock time's "10:30") or a spaced dash; `_LEAD_REACH`
# characters are searched for it.
_LEAD_BREAK = re.compile(r"(?:\s*:(?!\d)|\s[-\u2013\u2014]+(?=\s))\s*")
_LEAD_REACH = 120


# The words between a list's dated items: a comma or "and", the next item (a short noun phrase), its date's
# preposition ("Nelson Street on Tuesday, March 5, | Woodcock Road on | Tuesday, March 12").
_ITEM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?P<item>[^,;:!?()\"“”]{1,60}?)\s+(?P<prep>on|in|at|during)\s+")
# The tags of a listed item's words: a noun phrase with no verb ("Woodcock Road", "7%", "the Paris office").
_ITEM_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD", "DT", "POS", "PRP$", "SYM"})
_ITEM_WORDS = 6


def _nominal_item(tokens: Sequence[grammar.Token]) -> bool:
    """Are the tokens a short noun phrase, the words of one listed item (no verb, no clause)?"""
    return 0 < len(tokens) <= _ITEM_WORDS and all(t.pos in _ITEM_TAGS or t.text == "%" for t in tokens)


def _later_item_title(sentence: str, phrase_start: int, phrase_end: int, others: Sequence[tuple[int, int]],
                      names: frozenset[str], news_day: bool) -> str | None:
    """The title of a later item of a list of dated items that share one verb ("He was accused of robbing shops in
    Nelson Street on Tuesday, March 5, Woodcock Road on Tuesday, March 12 and Waterloo Road on Thursday, March 14"):
    the first item's title with its item's words put in place of the first's ("He was accused of robbing shops in
    Woodcock Road"), not the first item's title given to every date. Each item is a short noun phrase before its
    date's preposition, the same preposition in each; the first item's words are the noun phrase before the first
    date's, after a preposition or a verb. The earlier items are read back in the words (a title is given the
    nearest dates only). None when the date is no later item of such a list, or the first title does not hold its
    item's words once."""
    spans = sorted({(phrase_start, phrase_end), *others})
    k = spans.index((phrase_start, phrase_end))
    if k == 0:
        return None
    gap = _ITEM_GAP.fullmatch(sentence, spans[k - 1][1], phrase_start)
    if gap is None:
        return None
    preposition, item = gap.group("prep").lower(), gap.span("item")
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    if not _nominal_item([t for t in tokens if item[0] <= t.start and t.end <= item[1]]):
        return None  # ("opened in 1990, closed in 2005": a predicate of its own, read by `_conjunct`)
    date = spans[k - 1]
    t = bisect.bisect_right(a.token_ends, date[0]) - 1  # the date's preposition: the token before it
    for _ in range(_ITEMS_READ_BACK):
        if t < 1 or tokens[t].text.lower() != preposition:
            return None
        q = t
        while q > 0 and t - q < _ITEM_WORDS and (tokens[q - 1].pos in _ITEM_TAGS or tokens[q - 1].text == "%"):
            q -= 1
        if q == t or q == 0:
            return None
        before = tokens[q - 1]
        if before.pos == "IN" or before.pos.startswith("VB"):
            break  # the first item, the object of the list's verb or preposition
        if before.text != "," and before.text.lower() != "and":
            return None  # (no item before the date: "the talks began on Monday")
        # An earlier item: its date ends before the separator; its preposition is the nearest one back.
        e = q - 1
        if tokens[e].text.lower() == "and" and e > 0 and tokens[e - 1].text == ",":
            e -= 1
        t = next((x for x in range(e - 1, max(e - _DATE_WORDS, 0), -1) if tokens[x].text.lower() == preposition), -1)
        if t < 0 or t + 1 >= e:
            return None
        date = (tokens[t + 1].start, tokens[e - 1].end)
    else:
        return None
    first_words = sentence[tokens[q].start:tokens[t - 1].end]
    first_title = _made_sentence_title(sentence, date[0], date[1], tuple(o for o in spans if o != date),
                                       names, news_day)
    found = list(re.finditer(rf"(?<!\w){re.escape(first_words)}(?!\w)", first_title))
    if len(found) != 1:
        return None
    return first_title[:found[0].start()] + sentence[item[0]:item[1]] + first_title[found[0].end():]


_ITEMS_READ_BACK = 8  # the earlier items a list's later one is read back over, to its first
_DATE_WORDS = 8  # the most tokens of an earlier item's date ("Tuesday , March 5")


# A participle phrase's opener in a list of them after a verb's preposition ("accused of carrying a knife,
# breaching bail conditions"): the word before it.
_GERUND_ITEM_BEFORE = frozenset({",", "and", "or"})
# The prepositions by which the list is the verb's own content ("accused of", "charged with", "arrested for"); not
# one of time ("arrested after robbing a bank, stealing a car and fleeing on Friday": the arrest is not the fleeing).
_GERUND_LIST_PREPOSITIONS = frozenset({"of", "with", "for"})
_GERUND_ITEM_REACH = 40  # tokens walked back from the date to its item's "-ing" word, and from it to the list's verb


def _later_gerund_item_title(sentence: str, phrase_start: int) -> str | None:
    """The title of a date inside a later item of a list of "-ing" phrases after one verb and its preposition
    ("Farrugia was accused of detaining employees ..., carrying a knife ..., breaching three sets of bail
    conditions, handed to him in April 2016, ..."): the verb's subject, the verb and its preposition, and the
    item up to its first comma ("Farrugia was accused of breaching three sets of bail conditions"), its own object,
    not another item's words made a subject ("A knife ... hands to him"). None when the date is in no later item of
    such a list (the first item's date is titled by the clause as it reads)."""
    if "ing " not in sentence:
        return None
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    d = bisect.bisect_right(a.token_ends, phrase_start)
    if d >= len(tokens):
        return None
    # The item's "-ing" word: the nearest one back from the date that opens an item (after a comma or "and").
    k = d - 1
    while k > 0 and d - k < _GERUND_ITEM_REACH and not (_ing_form(tokens[k])
                                                          and tokens[k - 1].text.lower() in _GERUND_ITEM_BEFORE):
        if tokens[k].text in (";", ":", "(", ")"):
            return None
        k -= 1
    if k <= 0 or not _ing_form(tokens[k]) or tokens[k - 1].text.lower() not in _GERUND_ITEM_BEFORE:
        return None
    # Back over the earlier items (each opened by an "-ing" word after a comma or "and") to the first, after the
    # verb's preposition ("accused of | detaining").
    j, items = k - 1, 1
    while j > 0 and k - j < _GERUND_ITEM_REACH:
        t = tokens[j]
        if _ing_form(t) and tokens[j - 1].text.lower() in _GERUND_LIST_PREPOSITIONS and j >= 2 \
                and tokens[j - 2].pos.startswith(("VB", "JJ")):
            break
        if _ing_form(t) and tokens[j - 1].text.lower() in _GERUND_ITEM_BEFORE:
            items += 1
        if t.text in (";", ":", "(", ")") or t.pos in ("VBD", "VBZ", "VBP", "MD") and not _ing_form(t) \
                and tokens[j - 1].pos not in ("DT", "PRP$"):
            return None  # (a finite verb of a clause of its own; after a determiner it is a noun: "their will")
        j -= 1
    if not (j > 1 and _ing_form(tokens[j]) and tokens[j - 1].text.lower() in _GERUND_LIST_PREPOSITIONS):
        return None
    g = bisect.bisect_right(a.group_firsts, j - 2) - 1
    if g < 0 or not a.groups[g].first <= j - 2 <= a.groups[g].last:
        return None
    group = a.groups[g]
    subject = a.subject_of(group)
    if subject is None:
        return None
    end = k
    while end + 1 < d and tokens[end + 1].text not in (",", ";") and not (tokens[end + 1].pos == "IN"
                                                                          and end + 2 == d):
        end += 1
    words = f"{grammar._join(tokens[subject[0]:subject[1]])} {sentence[group.start:tokens[j - 1].end]} " \
            f"{sentence[tokens[k].start:tokens[end].end]}"
    return _shorten(grammar.capitalised(words))


# The prepositions that put a participle's act at a date ("handed to him in April 2016").
_PARTICIPLE_DATE_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
# How far back from the date a participle set off after an object is looked for, and how long its noun phrase is.
_PARTICIPLE_REACH = 8
_PARTICIPLE_NOUN_REACH = 10
# Words after a past form the tagger may read as a past tense that make it a passive participle ("handed to him",
# "imposed by the court"), not a predicate of a list of the subject's ("closed the plant, moved to Paris").
_PASSIVE_AFTER = frozenset({"to", "by"})


def _object_participle_title(sentence: str, phrase_start: int, others: Sequence[tuple[int, int]]) -> str | None:
    """The title of a date inside a past participle's phrase set off by a comma after an object ("was accused of
    breaching three sets of bail conditions, handed to him in April 2016, November 2019 and May 2022"): the date is
    the participle's act's (the conditions were handed over then), not the main verb's; the title is the object's
    noun phrase and the participle's words ("Three sets of bail conditions handed to Farrugia"), an object pronoun
    of a man or a woman made the sentence's subject when that is a name. None for any other shape."""
    if ", " not in sentence:
        return None
    start = phrase_start
    for o_start, o_end in sorted(others, reverse=True):
        if o_end <= start and _DATE_LIST_GAP.fullmatch(sentence, o_end, start):
            start = o_start  # a later date of a list: the list's first date ("in April 2016, November 2019 and ...")
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    d = bisect.bisect_right(a.token_ends, start)
    j = d - 1
    while j > 0 and d - j < _PARTICIPLE_REACH and tokens[j].text.lower() not in _PARTICIPLE_DATE_PREPOSITIONS \
            and (tokens[j].text == "," or tokens[j].text.lower() in ("and", "or") or tokens[j].pos == "CD"
                 or tokens[j].text.lower() in MONTHS):
        j -= 1  # back over a list's earlier dates the tagger gave apart ("in April 2016, November 2019 and")
    d = j + 1
    if d < 4 or d >= len(tokens) or tokens[d - 1].text.lower() not in _PARTICIPLE_DATE_PREPOSITIONS:
        return None
    v = d - 2
    while v > d - 2 - _PARTICIPLE_REACH and v > 2 and tokens[v].pos in _PARTICIPLE_PHRASE_TAGS:
        v -= 1
    verb = tokens[v]
    if tokens[v - 1].text != "," or tokens[v - 2].pos not in ("NN", "NNS") or v + 1 >= d - 1:
        return None
    if verb.pos != "VBN" and not (verb.pos == "VBD" and tokens[v + 1].text.lower() in _PASSIVE_AFTER):
        return None
    later = bisect.bisect_right(a.group_firsts, v)
    if any(a.groups[h].first > 0 and tokens[a.groups[h].first - 1].text.lower() in ("and", "or")
           for h in range(later, min(later + 3, len(a.groups)))):
        return None  # (a list of predicates: "closed the plant, moved to Paris in 2015 and cut jobs")
    n = v - 2
    while n > 0 and v - 2 - n < _PARTICIPLE_NOUN_REACH and (
            tokens[n - 1].pos in grammar.NOUN_PHRASE_TAGS and tokens[n - 1].pos != "PRP"
            or tokens[n - 1].text.lower() == "of" and n > 1 and tokens[n - 2].pos in ("NN", "NNS")
            or tokens[n - 1].pos == "VB" and n > 1 and tokens[n - 2].pos in ("VBG", "VBN", "DT", "JJ", "CD")):
        n -= 1  # (a base form after a gerund or a determiner is a noun the tagger slipped on: "breaching bail/VB")
    if n < 2 or not (tokens[n - 1].pos.startswith("VB") or tokens[n - 1].pos == "IN"):
        return None  # the noun phrase must be an object (a verb's or a preposition's), not the subject
    phrase = sentence[tokens[v].start:tokens[d - 2].end]
    pronoun = tokens[d - 2] if tokens[d - 2].text.lower() in ("him", "her") else None
    if pronoun is not None and a.groups and a.groups[0].first < n:
        subject = a.subject_of(a.groups[0])
        if subject is not None and all(t.pos in ("NNP", "NNPS") for t in tokens[subject[0]:subject[1]]):
            # the sentence's named doer is whom the object's pronoun stands for ("Farrugia was accused of breaching
            # conditions handed to him"): the title names them
            phrase = sentence[tokens[v].start:pronoun.start] + grammar._join(tokens[subject[0]:subject[1]])
    return _shorten(grammar.capitalised(f"{sentence[tokens[n].start:tokens[v - 2].end]} {phrase}"))


# The words that end a participle's phrase before the main verb: a break, or a word that opens a clause of its own.
_PARTICIPLE_PHRASE_ENDS = frozenset({",", ";", ":", "(", ")", "--", "that", "which", "who", "whom", "whose", "and",
                                     "or", "but"})


def _subject_participle_title(sentence: str, phrase_start: int, phrase_end: int) -> str | None:
    """The title of a date inside a past participle's phrase right after the subject it modifies, before the main
    verb, with words of the phrase before the date ("A boy rushed to hospital on Sunday has died", "The man shot by
    police on Friday has died"): the date is the participle's act's, not the main verb's; the title is the subject
    and the participle's words up to the date ("A boy rushed to hospital"), never the participle read as the
    clause's verb ("A boy rushes to hospital"). A date right after the participle keeps its own rule
    (`grammar.reduced_relative_date`); with none, the subject and the participle ("A man arrested on Friday with
    stolen goods was charged" → "A man arrested"). The subject is the grammar's for the first verb group after the
    date (`grammar._modified_noun` ends it before the participle). None for any other shape: a date that names a
    noun's time ("after its 1990 invasion"), a main verb that tells what the subject holds ("A report released by
    the agency on Thursday found that …": the finding's, as `reduced_relative_date` titles it)."""
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    d = bisect.bisect_right(a.token_ends, phrase_start)
    e = bisect.bisect_left(a.token_ends, phrase_end)  # the date's last token
    h = bisect.bisect_right(a.group_firsts, e)
    if d < 2 or h >= len(a.groups) or not a.groups[h].finite:
        return None
    main = a.groups[h]
    subject = a.subject_of(main)
    if subject is not None and subject[1] > d and (agent := grammar.agent_participle(tokens, (subject[0], d))):
        # "The man shot/NN by police on Friday has died": the tagger read the participle as a compound's noun, and
        # the subject runs over it and the date; the participle's phrase modifies "the man"
        subject = (subject[0], agent)
    if subject is None or subject[1] >= d:
        return None
    p = subject[1]
    participle = tokens[p]
    if participle.pos not in ("VBN", "VBD", "NN") or not participle.text.islower() \
            or not grammar.past_participle_form(participle.text) or tokens[p - 1].pos not in ("NN", "NNS") \
            or participle.pos == "NN" and tokens[p + 1].text != "by":
        return None
    if "end" in grammar.verb_lemmas(participle.text):
        return None  # ("net income for the six months ended Oct. 1 slipped": the period's bound, no happening)
    if h > 0 and (a.groups[h - 1].first > p or a.groups[h - 1].first < p <= a.groups[h - 1].last):
        return None  # (another verb group between: the participle's phrase holds a clause, or is no phrase)
    if any(t.text.lower() in _PARTICIPLE_PHRASE_ENDS for t in tokens[p + 1:main.first]):
        return None
    if not grammar.verb_lemmas(main.main.text).isdisjoint(_CONTENT_LEMMAS):
        return None
    if grammar.noun_phrase_of_date(sentence, phrase_start, phrase_end) is not None \
            or grammar.reduced_relative_date(sentence, phrase_start, phrase_end) is not None:
        return None
    before = _DATE_PREPOSITION.search(sentence, 0, phrase_start)
    cut = before.start() if before is not None else phrase_start
    return _shorten(grammar.capitalised(sentence[tokens[subject[0]].start:cut].rstrip()))


# The verbs by which a document says what it holds ("A report released … found that …"): its finding is the title.
_CONTENT_LEMMAS = frozenset({"find", "show", "conclude", "estimate", "reveal", "suggest", "indicate"}) - \
    grammar.REPORTING_LEMMAS


# The tags of a participle's phrase's words between the participle and its date ("handed to him in", "imposed by
# the court on").
_PARTICIPLE_PHRASE_TAGS = frozenset({"IN", "TO", "PRP", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$"})


def _ing_form(token: grammar.Token) -> bool:
    """An "-ing" verb form, whatever finite tag the tagger slipped to ("damaging/VBD a police car")."""
    return token.pos == "VBG" or token.pos.startswith("VB") and token.text.lower().endswith("ing")


def _verbless_lead(sentence: str) -> int:
    """Where the sentence's text after a verbless lead starts (0 when there is none): the words before the first
    colon or spaced dash in its first `_LEAD_REACH` characters, when the tagger reads no verb among them and a
    clause with a finite verb follows ("Cairo, (UrduPoint / Pakistan Point News - 29th Mar, 2021 ) :The Ever Given
    was refloated Monday"). Not a clause before the break ("Police said: the man fled on Monday"), nor a lead
    with no word. A lead of several pieces (a place, an outlet, a date, each before its break) goes whole; a
    subject's aside between dashes is no lead ("A first group of 262 Nigerians - most of them women - landed ...":
    no clause opens after either dash)."""
    end = 0
    while (m := _LEAD_BREAK.search(sentence, end, _LEAD_REACH)) is not None:
        if not any(ch.isalpha() for ch in sentence[:m.start()]) \
                or any(t.pos.startswith("VB") or t.pos == "MD" for t in grammar.tag_words(sentence[:m.start()])):
            return 0
        dash = m.group(0).strip()
        if dash != ":" and f" {dash} " in sentence[m.end():]:
            return 0  # a dash that another closes sets off an aside ("Sunday's service -- a ceremony that ... --")
        end = m.end()
        # (only the words up to the clause's verb are read: a run-on page's sentence is not analysed whole here)
        if _opens_clause_with_subject(sentence[end:end + 2 * _LEAD_REACH]):
            return end
    return 0


# "the first time", "the second time", "the last time": an ordinal time that a clause of the sentence fills.
_ORDINAL_TIME = r"the\s+(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+time"
# The date as the predicate of "The first time CLAUSE was (in) DATE": all the words before the date.
_ORDINAL_TIME_SUBJECT = re.compile(r"\s*" + _ORDINAL_TIME + r"\s+(?:(?:that|when)\s+)?(?P<clause>.+?)\s+"
                                   r"(?:was|is|came|comes)\s+(?:(?:in|on|at|during)\s+)?", re.IGNORECASE)
# The date as the subject or an adverbial of "DATE (it) was the first time (MODIFIER that) CLAUSE": the words
# after the date, up to the sentence's end.
_ORDINAL_TIME_PREDICATE = re.compile(
    r"\s*,?\s*(?:(?:it|this|that)\s+)?(?:was|is|marked|marks|became)\s+" + _ORDINAL_TIME
    + r"(?:(?P<modifier>\s+(?:in|since)\s+[^,;:]+?)\s+that|\s+that|)\s+(?P<clause>[^;:]+?)[\s.!?\"\u201d]*",
    re.IGNORECASE)
# What may stand before a date that opens "DATE (it) was the first time …": nothing, or its preposition.
_DATE_OPENING = re.compile(r"\s*(?:(?:in|on|at|during|by)\s+)?", re.IGNORECASE)


def _ordinal_time_title(sentence: str, phrase_start: int, phrase_end: int) -> str | None:
    """The title of a date that a sentence places "the first time" something happened ("The first time the club won
    the cup was in 1985", "On Sunday it was the first time in a decade that the club had won the cup", "Last year
    was the first time the firm made a profit"): the clause that says what happened, in the source's words, "for the
    first time" after it ("The club won the cup for the first time", "… for the first time in a decade"), not the
    phrase "The first time" that names no act. None for any other sentence, or when the words after "time" open no
    clause with its own subject and finite verb."""
    if "time" not in sentence:
        return None  # (the cheap test first)
    m = _ORDINAL_TIME_SUBJECT.fullmatch(sentence, 0, phrase_start)
    modifier = ""
    if m is None or _ENDS_SENTENCE.fullmatch(sentence, phrase_end) is None:
        if _DATE_OPENING.fullmatch(sentence, 0, phrase_start) is None:
            return None
        m = _ORDINAL_TIME_PREDICATE.fullmatch(sentence, phrase_end)
        if m is None:
            return None
        modifier = m.group("modifier") or ""
    clause = m.group("clause").strip()
    if not _opens_clause_with_subject(clause):
        return None
    ordinal = m.group("ordinal").lower()
    if ordinal == "last":
        # (the latest time, not the final one: "The last time the two sides met was in 2019" → "The two sides met")
        return _shorten(grammar.capitalised(clause))
    return _shorten(grammar.capitalised(f"{clause} for the {ordinal} time{modifier}"))


def _opens_clause_with_subject(text: str) -> bool:
    """Does `text` open with a clause: words before its first finite verb group (its subject) and no break (a
    dash, a colon, a bracket) among them? Not a predicate alone ("landed at ..."), nor an aside that a dash ends
    before the verb."""
    a = grammar.analyse_sentence(text)
    first = next((g for g in a.groups if g.finite), None)
    return first is not None and first.first > 0 and not any(
        t.pos in (":", "(", ")", "WDT", "WP") or t.text in ("-", "\u2013", "\u2014") for t in a.tokens[:first.first]) \
        and a.tokens[first.first - 1].text.lower() != "that"  # (a relative clause's verb: "a ceremony that marks")


def _dated_object_title(sentence: str, phrase_start: int, phrase_end: int,
                        others: Sequence[tuple[int, int]]) -> str | None:
    """The title of a date that ends the noun phrase after a verb whose subject has a date of its own ("Her
    victory this evening follows a heavy defeat last week", "The win on Saturday came after a loss in 2019"): the
    verb ties two happenings, each dated by its own noun phrase, and the later date is the object's: "Heavy defeat"
    (its article goes), not the subject's clause. None when no other date stands between the verb's subject and
    the verb, or anything but a noun phrase (and a preposition) stands between the verb and this date, or the
    clause goes on after the date."""
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    d0 = bisect.bisect_left(a.token_starts, phrase_start)
    if d0 >= len(tokens) or d0 < 3:
        return None
    d1 = bisect.bisect_left(a.token_starts, phrase_end)
    if d1 < len(tokens) and tokens[d1].text not in (".", "!", ";") and tokens[d1].text.isalnum():
        return None  # (the clause goes on after the date)
    g = bisect.bisect_right(a.group_lasts, d0 - 1) - 1
    if g < 0:
        return None
    group = a.groups[g]
    subject = a.subject_of(group)
    if subject is None:
        return None
    subject_start, verb_start = tokens[subject[0]].start, tokens[group.first].start
    if not any(subject_start < o_start and o_end <= verb_start for o_start, o_end in others):
        return None
    if any(t.text in (",", ";", ":", "(", "-", "--", "\u2013", "\u2014") for t in tokens[subject[0]:group.first]) \
            or bisect.bisect_left(a.group_firsts, subject[0]) != g:
        return None  # the date is an aside's or another predicate's ("X, founded in 1952, grew ... and listed ...")
    # (what may stand in the object's noun phrase: `_OBJECT_PHRASE_TAGS`, an object's words, with the preposition
    # that opens it, "came after a heavy loss")
    words = list(tokens[group.last + 1:d0])
    if words and words[0].pos == "IN":
        words = words[1:]  # ("came after | a heavy loss")
    while words and words[-1].pos in ("IN", "TO"):
        words.pop()  # the date's preposition ("a loss | in 2019")
    # (a participle before its noun modifies it: "a failed attempt")
    if not words or any(t.pos not in _OBJECT_PHRASE_TAGS and not (t.pos in ("VBN", "VBG") and k + 1 < len(words)
                                                                  and words[k + 1].pos in ("NN", "NNS", "JJ"))
                        for k, t in enumerate(words)) \
            or not any(t.pos in ("NN", "NNS") for t in words) \
            or words[0].pos not in ("DT", "PRP$", "JJ", "JJS") or any(t.pos == "CD" for t in words):
        return None  # (a noun phrase of a thing, not a measure: "rose 12% from a year earlier")
    if words[0].text.lower() in ("a", "an"):
        words = words[1:]
    return _shorten(grammar.capitalised(sentence[words[0].start:words[-1].end]))


# A "when" clause right after the date, which tells what happened then ("came in 1868, when a meteorite landed").
_WHEN_AFTER_DATE = re.compile(r",?[ \t]+when[ \t]+(?=[A-Za-z])")
# The verbs that say only that something happened ("The turning point came in 1990", "Tragedy struck on Monday"):
# what happened is told by a "when" clause after the date.
_OCCURRENCE_LEMMAS = frozenset({"come", "happen", "occur", "strike", "follow"})


def _when_clause_told(sentence: str, phrase_start: int, phrase_end: int) -> tuple[str, int, int] | None:
    """The date and its "when" clause, as a sentence of their own with the date's span in it, when the clause that
    the date ends says no more than that its subject happened: a verb of occurrence (`_OCCURRENCE_LEMMAS`) with
    nothing between it and the date but the date's preposition, whose subject is a singular common noun or "it"
    ("The town's fame came in 1868, when a meteorite landed in its square": "In 1868, a meteorite landed in its
    square", titled "A meteorite lands in its square"; "The turning point came in 1990 when ..."). None otherwise:
    a clause that tells its own happening keeps it ("The war ended in 1945, when Japan surrendered"; a subject
    that names a happening, "The earthquake struck in 1999, when ..."), and so does one whose "when" clause tells a
    state, not a happening ("..., when most residents were asleep")."""
    when = _WHEN_AFTER_DATE.match(sentence, phrase_end)
    if when is None:
        return None
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    d0 = bisect.bisect_left(a.token_starts, phrase_start)
    if d0 >= len(tokens):
        return None
    start = d0
    if start > 0 and tokens[start - 1].pos == "IN" and tokens[start - 1].text.islower():
        start -= 1  # (the date's preposition, when the phrase left it out)
    g = bisect.bisect_right(a.group_lasts, start - 1) - 1
    if g < 0 or a.groups[g].last != start - 1:
        return None
    group = a.groups[g]
    if grammar.verb_lemmas(group.main.text.lower()).isdisjoint(_OCCURRENCE_LEMMAS):
        return None
    subject = a.subject_of(group)
    if subject is None:
        return None
    head = tokens[subject[1] - 1]
    if not (head.pos == "NN" or head.pos == "PRP" and head.text.lower() == "it"):
        return None
    if _kind_of_word(head.text) is not None:
        return None  # "The earthquake struck in 1999, when ...": the subject names the happening itself
    clause = grammar.analyse_sentence(sentence[when.end():]).groups
    if clause and (clause[0].main.pos == "VBG" or "be" in grammar.verb_lemmas(clause[0].main.text.lower())):
        return None  # "..., when most residents were asleep", "when the city was celebrating": a state, no happening
    opening = sentence[tokens[start].start:phrase_end]
    told = f"{opening[:1].upper()}{opening[1:]}, {sentence[when.end():]}"
    return told, phrase_start - tokens[start].start, phrase_end - tokens[start].start


_CLAUSE_AND = re.compile(r",?\s+(?:and|but)\s+(?=[A-Za-z])")
# A subjectless adverbial clause of an "-ing" verb after the main clause: ", after growing 0.1% in …", "before
# selling it in …"; what it says before the date (no clause break in between), and the preposition the date
# phrase opens with.
_GERUND_ADVERBIAL = re.compile(r"\b(?:after|before|while|since|despite)\s+(?P<verb>[a-z]+ing)\b(?P<rest>[^,;:()\"“”]*?)"
                               r"\s*(?:\b(?:in|on|at|during|over|by|from|until|through)\s+)?$")


# Reading a preposition's "-ing" complement back from a date (`_Reading.gerund_complement_title`): how far, what
# breaks it, a noun phrase set off by commas inside it ("another ferry, the Baltic Star,"), the subordinators whose
# "-ing" clause `_gerund_adverbial_title` reads, the tags of a main verb's object (one noun phrase), how long a doer
# may be, the forms of "be" (a passive), a preposition of the date at the end.
_GERUND_REACH = 16
_COMPLEMENT_BREAKS = frozenset({";", ":", "(", ")", '"', "\u201c", "\u201d", "--", "\u2013", "\u2014"})
_APPOSED_NAME_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "JJ"})
_GERUND_ADVERBIAL_OPENERS = frozenset({"after", "before", "while", "since", "despite", "by", "without", "upon", "on"})
_OBJECT_TAGS = frozenset({"DT", "PRP$", "NNP", "NNPS", "NN", "NNS", "PRP", "CD", "JJ", "POS"})
_DOER_WORDS = 6
_ADJUNCT_NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "POS"})
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "be", "being", "'s", "'re"})
_DATE_PREPOSITION_END = re.compile(r"[\s,]*(?:\b(?:in|on|at|during|over|by|from|until|through|since|of)\s*)?$")


def _gerund_adverbial_title(sentence: str, phrase_start: int, others: Sequence[tuple[int, int]],
                            names: frozenset[str]) -> str | None:
    """The title of a date inside an "after/before/while … -ing" clause after a main clause with its own date
    ("The firm cut 200 jobs in May after posting a loss in March"): the main clause's subject and the "-ing"
    verb as its own finite one ("The firm posts a loss"), not the main clause, which its own date titles. None
    when the date is elsewhere, or no other date comes before that clause, or the subject is not found."""
    m = _GERUND_ADVERBIAL.search(sentence, max(0, phrase_start - 90), phrase_start)
    if m is None or not any(b <= m.start() for _a, b in others):
        return None
    lemmas = grammar.verb_lemmas(m["verb"])
    if len(lemmas) != 1:
        return None
    a = grammar.analyse_sentence(sentence)
    main = next((g for g in a.groups if g.finite and a.tokens[g.first].start < m.start()), None)
    if main is None:
        return None
    subject = a.subject_of(main)
    if subject is None:
        return None
    plural = a.subject_is_plural(main, names)
    if plural is None:
        return None
    tokens = a.tokens
    who = sentence[tokens[subject[0]].start:tokens[subject[1] - 1].end]
    if subject[1] - subject[0] == 1 and tokens[subject[0]].pos == "PRP":
        return None  # a pronoun says no more than the main clause's title
    (lemma,) = lemmas
    verb = lemma if plural else grammar.verb_form(lemma, "VBZ")
    if verb is None:
        return None
    return _shorten(grammar.capitalised(_without_roles(f"{who} {verb}{m['rest']}").strip()))


# An absolute phrase "with <noun phrase> <-ing verb> ..." up to a date ("including the last nine, with her last final
# loss coming in 2016 to Petra Kvitova"): what it says before the date, and the date's preposition.
_WITH_ABSOLUTE = re.compile(r"\bwith\s+(?P<np>(?:[\w'’-]+\s+){1,5}?)(?P<verb>[a-z]+ing)\b(?P<rest>[^,;:()\"“”]*?)"
                            r"\s*(?:\b(?:in|on|at|during|over|by|from|until|through|since)\s+)?$")
_ABSOLUTE_SUBJECT_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS"})


def _with_absolute_title(sentence: str, phrase_start: int, phrase_end: int) -> str | None:
    """The title of a date inside an absolute phrase "with <noun phrase> <-ing verb> ...": the noun phrase is the
    "-ing" verb's subject and the date that verb's ("She has won 13 of 15 finals, with her last final loss coming in
    2016" → "Her last final loss comes", not the finals won), told as a finite clause. None when the date is in no
    such phrase (by the tags: a noun phrase ending in a noun, then a verb's "-ing" form)."""
    lo = max(0, phrase_start - 100)
    if sentence.find("with", lo, phrase_start) < 0:
        return None  # (most dates: no search)
    m = _WITH_ABSOLUTE.search(sentence, lo, phrase_start)
    if m is None:
        return None
    tokens = grammar.tag_words(sentence)
    np = [t for t in tokens if m.start("np") <= t.start < m.end("np")]
    verb = next((t for t in tokens if t.start == m.start("verb")), None)
    if not np or verb is None or verb.pos != "VBG" or any(t.pos not in _ABSOLUTE_SUBJECT_TAGS for t in np) \
            or np[-1].pos not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    lemmas = grammar.verb_lemmas(m["verb"])
    if len(lemmas) != 1:
        return None
    (lemma,) = lemmas
    finite = lemma if np[-1].pos in ("NNS", "NNPS") else grammar.verb_form(lemma, "VBZ")
    if finite is None:
        return None
    head = f"{m['np'].strip()} {finite}{m['rest']}"
    # (the words after the date up to the clause's end go with it: "... coming in 2016 to Petra Kvitova")
    clause = head + " " + sentence[m.end():]
    start = len(head) + 1 + (phrase_start - m.end())
    return _cut_clause(clause, start, start + (phrase_end - phrase_start)).strip() or None


# Nothing after a date but the sentence's closing marks: its clause ends with the date ("residents fled on Monday.").
_ENDS_SENTENCE = re.compile(r"[\s.!?\"'”’)\]]*")


def _noun_subject_and_verb(title: str) -> bool:
    """Is a two-word title a noun with no determiner and its verb ("Residents flee", "Prices rise")? When the
    date ends the clause, that says who did what, as a longer title does; a pronoun's ("She retires") does not,
    nor one whose verb's object went (`Jobs announced today that …`)."""
    words = title.split()
    return len(words) == 2 and grammar.lexicon_tag(words[0].lower()) in ("NNS", "NN") \
        and bool(grammar.verb_lemmas(words[1]))


_LAST_TWO_WORDS = re.compile(r"(?:([A-Za-z]+)\s+)?([A-Za-z]+)\s*$")


def _verb_reaches_date(before_date: str, verb: str) -> bool:
    """Is the title's verb the word just before the date, or before one preposition before it ("fled on
    Monday", "broke Saturday")? Else the headline clause left out what stood between ("negotiations broke off at
    noon": "Negotiations break" says the opposite), and two words are too few."""
    m = _LAST_TWO_WORDS.search(before_date)
    if m is None:
        return False
    before, last = m.groups()
    lemmas = set(grammar.verb_lemmas(verb))
    if lemmas & set(grammar.verb_lemmas(last)):
        return True
    return before is not None and grammar.lexicon_tag(last.lower()) == "IN" \
        and bool(lemmas & set(grammar.verb_lemmas(before)))


# A non-restrictive relative clause's opening: its comma and relative pronoun ("Smith, who joined ...").
_RELATIVE_ASIDE_OPENING = re.compile(r",\s+(?:who|which|whose|whom)\b")
# The comma that may close it, and the word after ("…, 2019, resigned"): the main clause's verb when it is one.
_COMMA_WORD = re.compile(r",\s+([A-Za-z]+)")


def _relative_aside_before_verb(sentence: str, before: int, verb: str) -> tuple[int, int] | None:
    """The span of a non-restrictive relative clause between the subject and the main verb `verb` (a form of the
    title's verb), before `before` (the date): from its opening comma to the comma right before a form of the verb
    ("Smith, who joined the firm on May 4, 2019, | resigned"), so the commas inside it (a date's) do not end it.
    None when there is none, or no such comma closes it before the date."""
    opening = _RELATIVE_ASIDE_OPENING.search(sentence, 0, before)
    if opening is None:
        return None
    lemmas = grammar.verb_lemmas(verb)
    if not lemmas:
        return None
    closing = None
    for m in _COMMA_WORD.finditer(sentence, opening.end(), before):
        if not lemmas.isdisjoint(grammar.verb_lemmas(m.group(1))):
            closing = m.start(1)
    return None if closing is None else (opening.start(), closing - 1)


def _relative_aside_holding(sentence: str, start: int, end: int) -> str | None:
    """The antecedent and the predicate of a non-restrictive subject relative clause that holds the date at
    [start, end) ("Smith, who resigned in 2019, returned on Monday" → "Smith resigned in 2019"): its "who"/"which"
    right before a verb, its end the first comma after the date before a finite verb (the main clause's), so a
    date's own comma does not end it. None when the sentence has no such clause around the date."""
    opening = _RELATIVE_ASIDE_OPENING.search(sentence, 0, start)
    if opening is None or "," in sentence[:opening.start()] or _RELATIVE_ASIDE_OPENING.search(
            sentence, opening.end(), start) is not None:
        return None  # (the subject's own clause only: no comma before it, no second relative)
    first = sentence[opening.end():].split(maxsplit=1)
    if not first or not (grammar.lexicon_tag(first[0].strip(",")) or "").startswith(("VB", "MD")):
        return None  # (a subject relative: its verb right after "who"; not "whose plan", "which she founded")
    for m in _COMMA_WORD.finditer(sentence, end):
        if grammar.lexicon_tag(m.group(1)) in _FINITE_TAGS:
            relative = sentence[opening.end():m.start()].strip()
            return f"{sentence[:opening.start()]} {relative}"
    return None


def _clause_opens(sentence: str, at: int) -> bool:
    """Does a clause of its own, its subject first, start at offset `at` of `sentence` ("and Jones Corp. named
    a successor"; not "and AT&T", another object, nor "and named a successor", another predicate)?"""
    a = grammar.analyse_sentence(sentence)
    k = bisect.bisect_left(a.token_starts, at)
    g = bisect.bisect_right(a.group_firsts, k)
    if k >= len(a.tokens) or g >= len(a.groups):
        return False
    subject = a.subject_of(a.groups[g])
    # (not a relative clause's antecedent: "and other firms that had sold it faulty valves")
    return subject is not None and subject[0] == k and not (
        subject[1] < len(a.tokens) and a.tokens[subject[1]].text.lower() in ("who", "which", "that", "whom", "whose"))


# What goes on from a date phrase inside its word: a possessive ("year's", "Monday’s") or more letters.
_WORD_GOES_ON = re.compile(r"['’\w]")


# The nouns a possessive date modifies, after its "'s" (which the date's text may hold or not): "Sunday's poll",
# "Friday's general election".
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+$")
_LETTERS = re.compile(r"[A-Za-z]+")
_POSSESSED_NOUNS = re.compile(r"(?:['\u2019]s)?((?:[ \t]+[a-z][a-z-]*){1,3})")


# The prepositions that place a happening in time ("after Friday's attack", "ahead of Sunday's vote"): their phrase is
# an adverbial of time even right after a verb. Those that open a clause of time too are grammar's ("once" is no
# preposition by the lexicon: the test below never meets it).
_TIME_PREPOSITIONS = grammar.SUBORDINATING_PREPOSITIONS | {"during", "ahead", "following", "throughout", "amid"}


def _possessed_noun_end(sentence: str, start: int, end: int) -> int:
    """Where the noun phrase a possessive date at [start, end) after a preposition modifies ends ("in Sunday's
    poll"), by the tagger's lexicon (adjectives then nouns, the last a noun); `end` when the date is no possessive,
    has no preposition (the lexicon's IN) before it or no noun after it."""
    if not (sentence.endswith(("'s", "\u2019s"), start, end) or _POSSESSIVE.match(sentence, end)):
        return end
    before = _WORD_BEFORE.search(sentence, max(0, start - 20), start)
    if before is None or grammar.lexicon_tag(before[1].lower()) != "IN":
        return end  # (only a preposition's phrase goes whole: "won Sunday's election" keeps its object)
    verb = _WORD_BEFORE.search(sentence, max(0, before.start() - 30), before.start())
    if verb is not None and (grammar.lexicon_tag(verb[1].lower()) or "").startswith("VB") \
            and before[1].lower() not in _TIME_PREPOSITIONS:
        return end  # (a verb's own preposition before its object: "get around Wednesday's ruling", "voted
        # against Friday's bill" keep it; a time's goes: "struck after Friday's attack")
    clause_start = max(sentence.rfind(",", 0, before.start()), sentence.rfind(";", 0, before.start())) + 1
    if not any((grammar.lexicon_tag(w.lower()) or "").startswith("VB")
               for w in _LETTERS.findall(sentence, clause_start, before.start())):
        return end  # (after a verb only: in the subject, "The location for Friday's ceremony was chosen", the
        # phrase is the subject's)
    m = _POSSESSED_NOUNS.match(sentence, end)
    if m is None:
        return end
    last = end
    at = m.start(1)
    for word in m[1].split():
        at = sentence.index(word, at) + len(word)
        tag = grammar.lexicon_tag(word)
        if tag in ("NN", "NNS"):
            last = at
        elif tag != "JJ":
            break
    return last


def _clause_title(sentence: str, phrase_start: int, phrase_end: int, other_dates: Sequence[str],
                  names: frozenset[str], news_day: bool) -> str:
    """`title_from_sentence`'s title of the date's own clause, before a title too short falls back."""
    asides = _asides(sentence)
    focused = _participle_focus(sentence, phrase_start, phrase_end, news_day, asides)
    whole = False  # the title's end is its clause's, as the grammar read it
    if focused is not None:
        text = _cut_clause(*focused)
    else:
        own, start, end = _without_aside(sentence, phrase_start, phrase_end, asides)
        # "apologised for the deaths in a 2010 raid": the date is the raid's, so is the title.
        text = grammar.dated_noun_phrase(own, start, end) \
            or _with_absolute_title(own, start, end) \
            or grammar.participle_agent_clause(own, start, end, names=names) \
            or grammar.reduced_relative_date(own, start, end, names=names)
        if not text:
            # a possessive date modifies the noun after it ("in Sunday's poll"): the grammar leaves out the date
            # and its preposition, so the noun goes with them, not left behind ("their verdict poll")
            text = grammar.headline_clause(own, start, _possessed_noun_end(own, start, end), names=names)
            # (the grammar saw what followed a preposition ending it: a verb's particle, "talks fall through")
            whole = bool(text)
            text = text or _cut_clause(own, start, end)
    text = _without_roles(text).strip()
    # Leaving out the date can bring a word next to itself ("stated unambiguously this morning _
    # unambiguously", "volume is 1989 is"): say it once, unless the sentence itself repeats it.
    text = _REPEATED.sub(lambda m: m.group(0) if m.group(0) in sentence else m.group(1), text)
    for date in other_dates:
        if text.lower().startswith(date) and len(text) > len(date) + 12 \
                and not _WORD_GOES_ON.match(text, len(date)):
            # Another date opening the sentence with no comma ("In the late 1980's Apple Computer added ...,
            # prompting a suit in 1989"): no part of this date's title. (Not a date the word goes on from, a
            # possessive's above all: "Last year's festival", "Monday's vote" is the subject, not a date before it.)
            text = text[len(date):].lstrip(" ,")
            break
    return _frame_filled(_shorten(grammar.capitalised(text), whole=whole), sentence)


# --- constructions that imply an earlier happening --------------------------------------------------------
# "the worst flood since 1998" implies a flood (at least as bad) in 1998, as "first" implies a previous one.
_SUPERLATIVES = (r"first|maiden|worst|best|biggest|largest|highest|lowest|strongest|weakest|deadliest|heaviest|"
                 r"longest|greatest|warmest|hottest|coldest|wettest|driest|sharpest|steepest|smallest|most\s+[a-z]+")
_SUPERLATIVE_RE = re.compile(rf"\b(?:{_SUPERLATIVES})\b")
_SUPERLATIVE_PARTS = ("first", "maiden", "worst", "est", "most")  # one in each of _SUPERLATIVES ("-est": "best", ...)
# Each of _SUPERLATIVES as the letters it must be written with ("most" of "most\s+[a-z]+"): a sentence that holds
# none of them (the pattern is case-sensitive) holds no superlative in any window (`_Reading.may_imply`). One
# pattern of them all (no word boundaries: a letter test), searched once per sentence.
_SUPERLATIVE_WORDS = tuple(word.split("\\")[0] for word in _SUPERLATIVES.split("|"))
_SUPERLATIVE_LETTERS = re.compile("|".join(_SUPERLATIVE_WORDS))
_FIRST_SINCE = re.compile(
    r"(?P<owner>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+|\bthe\s+[a-z]+[’']s\s+|\b(?:his|her|their|its|the|a)\s+)?"
    rf"(?P<sup>{_SUPERLATIVES})\s+(?P<noun>[a-z]+(?:-[a-z]+)*)?(?P<rest>[^.;:]{{0,60}}?)\s*(?:for\s+the\s+first\s+time\s+)?"
    r"since\s+$")
_FIRST_TIME_SINCE = re.compile(r"\bfor\s+the\s+first\s+time\s+since\s+$", re.IGNORECASE)
_FIRST_IN = re.compile(
    r"(?P<owner>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+|\b(?:his|her|their|its|the|a)\s+)?"
    rf"(?P<sup>{_SUPERLATIVES})\s+(?P<noun>[a-z]+(?:-[a-z]+)*)?(?P<rest>(?:(?!\bsince\b|\band\b)[^.;:&]){{0,60}}?)\s*"
    r"(?:in|for)\s+"
    r"(?:(?:the\s+)?(?:past|last)\s+|"
    r"more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+)?$")
_APPOSITIVE_HEAD = re.compile(r"\b(?:the|this|that|his|her|their)\s+(?P<noun>[a-z]+)\s*,\s*[^,]*$", re.IGNORECASE)
_NOUN_STOP = frozenset({"to", "in", "of", "at", "on", "for", "with", "by", "from", "time", "since", "ever", "such",
                        "official", "state", "foreign", "such", "major", "formal"})


# "the highest in a municipal election": a superlative with no noun of its own, ranked among the noun phrase
_RANKED_AMONG = re.compile(r"\s*(?:in|of)\s+(?:(?:a|an|the|any)\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*$")


def _implied_title(owner: str, noun: str, rest: str, superlative: str = "") -> str:
    """"[owner's] previous [superlative] noun rest": the earlier happening a superlative implies. A ranking
    superlative stays ("the river's previous highest level": the 1998 level was the record, "previous level"
    says nothing); "first" and "maiden" go ("Putin's previous visit")."""
    owner = (owner or "").strip()
    if owner.lower() in ("the", "a", "his", "her", "their", "its"):
        owner = ""
    rest = re.split(r"\s+(?:since|in|for)\s*$", rest.strip())[0]
    rest = re.sub(r"^(?:ever|official|state|foreign)\s+", "", rest.strip())
    ranking = "" if superlative.lower() in ("", "first", "maiden") else re.sub(r"\s+", " ", superlative.lower())
    words = [w for w in [owner, "previous", ranking, noun, rest.strip()] if w]
    title = " ".join(words)
    return _shorten(grammar.capitalised(title))


@dataclass(frozen=True)
class _Implied:
    title: str
    kind: str
    # "The visit" in "The visit, Putin's first in 24 years": the phrase that names the happening described.
    referent: tuple[int, int] | None = None
    # Is the noun the superlative's own ("the club's first title since 1994"), not one taken from elsewhere in the
    # sentence ("The pact is the first between the two ports since 2015": "pact" is the subject's)?
    own_noun: bool = True


def _kind_noun(text: str, sent: Sentence, end: int) -> re.Match[str] | None:
    """The sentence's first word of a kind before `end` that the tagger reads as a noun: "The mayor said the storm
    was the worst" names a storm; "said" is the mayor's act, no happening's noun."""
    tokens = None
    for kind_word in _KIND_RE.finditer(text, sent.start, end):
        if text[kind_word.start() - 1:kind_word.start()] == "-" or text[kind_word.end():kind_word.end() + 1] == "-":
            continue  # a part of a compound ("water-bombing planes", "bomb-sniffing dogs"): no happening's noun
        if tokens is None:
            tokens = grammar.tag_words(text[sent.start:sent.end])
            starts = [t.start for t in tokens]
        k = bisect.bisect_left(starts, kind_word.start() - sent.start)
        if k >= len(tokens) or not tokens[k].pos.startswith(("VB", "MD")):
            return kind_word
    return None


_RELATIVE_WORDS = frozenset({"who", "that", "which", "whose", "whom"})


def _verb_between(text: str, sent: Sentence, start: int, end: int) -> bool:
    """Is there a finite verb of the main clause in text[start:end], between a superlative and its "since"? Then the
    date is that verb's time ("the first fissure had declined since Wednesday"), not the far end of a comparison. (A
    relative clause's verb belongs to the superlative's noun phrase: "the first leader who has come since 2000".)"""
    offset = sent.start
    for token in grammar.tag_words(text[sent.start:sent.end]):
        at = offset + token.start
        if at < start:
            continue
        if at >= end:
            break
        if token.text.lower() in _RELATIVE_WORDS:
            return False
        if token.pos in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def _counts_since(text: str, sent: Sentence, expr_start: int) -> bool:
    """Do the words before a date say "[the] first … since", a superlative counting from it, whether or not they
    name the earlier happening ("The exchange is the first between the two countries since 2019")? Not with a
    finite verb between ("the first fissure had declined since Wednesday")."""
    lo = max(sent.start, expr_start - 120)
    before = text[lo:expr_start]
    if not any(map(before.__contains__, _SUPERLATIVE_PARTS)):
        return False
    m = _FIRST_SINCE.search(before)
    return m is not None and not _verb_between(text, sent, lo + m.end("sup"), lo + m.end("rest"))


def _implied_happening(text: str, sent: Sentence, expr_start: int, pattern: re.Pattern[str]) -> _Implied | None:
    """If the words before a date say "first X since"/"first X in", the previous X and its kind."""
    lo = max(sent.start, expr_start - 120)
    before = text[lo:expr_start]
    if not any(map(before.__contains__, _SUPERLATIVE_PARTS)) or not _SUPERLATIVE_RE.search(before):
        return None  # cheap test first: the patterns below backtrack
    m = pattern.search(before)
    if not m:
        if pattern is _FIRST_SINCE and _FIRST_TIME_SINCE.search(before):
            kind = kind_near(text, expr_start, expr_start, sent.start, expr_start)
            clause = text[sent.start:expr_start]
            clause = re.sub(r"\s*for\s+the\s+first\s+time\s+since\s*$", "", clause, flags=re.IGNORECASE)
            return _Implied(_shorten("Previously: " + clause.strip()), kind)
        return None
    if _verb_between(text, sent, lo + m.end("sup"), lo + m.end("rest")):
        return None  # "activity at the first fissure had declined sharply since Wednesday": the verb's time
    noun = m.group("noun") or ""
    rest = m.group("rest") or ""
    referent: tuple[int, int] | None = None
    if noun == "such":  # "the first such visit by …": the noun follows
        following = re.match(r"\s+([a-z][\w-]*)(.*)", rest, re.S)
        if following and following.group(1) not in _NOUN_STOP:
            noun, rest = following.group(1), following.group(2)
    if noun in _NOUN_STOP or grammar.lexicon_tag(noun) in ("IN", "TO"):
        # no noun of its own ("the first between the two countries since 2019"): the phrase is the rest's
        rest = f"{noun}{rest}" if not rest.startswith(" ") else f"{noun}{rest}"
        noun = ""
    own_noun = bool(noun)
    if not noun:
        # "The visit, Putin's first to Pyongyang in 24 years": the noun stands before the appositive.
        window_start = max(sent.start, lo - 80)
        head = _APPOSITIVE_HEAD.search(text[window_start:lo + m.start() + 1] + " ")
        head_noun = head.group("noun").lower() if head else ""
        if head:
            referent = (window_start + head.start(), window_start + head.end("noun"))
        if not head_noun:
            kind_word = _kind_noun(text, sent, expr_start)
            head_noun = kind_word.group(0).lower() if kind_word else ""
            within = _RANKED_AMONG.match(rest)
            if kind_word is not None and within is not None and kind_word.start() >= lo + m.start("rest"):
                # "Turnout was 61 percent, the highest in a municipal election since 2005": the happening is
                # the one the phrase names ("Previous municipal election"), not "election in a … election".
                return _Implied(_shorten(grammar.capitalised("previous " + within.group("np").strip())),
                                _KIND_NOUNS.get(head_noun.rstrip("s"), head_noun), own_noun=False)
        noun = head_noun
    if not noun:
        return None
    kind = _KIND_NOUNS.get(noun.rstrip("s"), _KIND_NOUNS.get(noun, ""))
    if not kind:
        probe = _KIND_RE.fullmatch(noun)
        kind = probe.lastgroup if probe and probe.lastgroup else noun
    owner = m.group("owner") or ""
    if owner.strip().lower() in ("his", "her", "its", "their"):
        # "the river rose to its highest level since 1998": the river's previous highest level
        found = possessor_within(text[sent.start:expr_start], lo + m.start("owner") - sent.start, owner.strip())
        if found is not None:
            owner = found + ("'" if found.endswith("s") else "'s") + " "
    return _Implied(_implied_title(owner, noun, rest, m.group("sup")), kind, referent, own_noun)


# --- lists and ranges of years ------------------------------------------------------------------------
# "older deals from 1961, 2000, and 2001": up to two modifiers (not verbs such as "replaces") and a noun.
_LIST_HEAD = re.compile(
    r"(?P<np>(?:\b(?!(?:the|a|an|and|or|of|to|in|from|with|by|for|on|at)\b)[a-z][\w-]*(?<!es)(?<![^s]s)\s+){0,2}?"
    r"(?P<noun>[a-z][\w-]*))\s+(?:from|of|in|dating\s+(?:back\s+)?to)\s+$", re.IGNORECASE)
def _singular(word: str) -> str:
    """"deals" → "deal", from the morphology dictionary (the word unchanged when it is not sure)."""
    return grammar.singular_noun(word)


_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|thru|into|and|[-–—])\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?P<word>from|between)\s+$", re.IGNORECASE)
_BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?", re.IGNORECASE)  # the tagger's second day of "April 24 and 25"


def _range_end(exprs: list[TimeExpression], i: int, text: str, sent: Sentence) -> int | None:
    """The index of the expression that closes a range opened by exprs[i], if it is "from X to Y"."""
    if i + 1 >= len(exprs) or not _is_calendar(exprs[i]) or not _is_calendar(exprs[i + 1]):
        return None
    e, f = exprs[i], exprs[i + 1]
    gap = _RANGE_GAP.fullmatch(text, e.end, f.start)
    if gap is None or f.last < e.first:  # type: ignore[operator]
        return None
    opener = _RANGE_OPEN.search(text, max(sent.start, e.start - 10), e.start)
    joiner = gap.group(0).strip().lower()
    if joiner == "and":
        if opener and opener.group("word").lower() == "between":
            return i + 1
        # "strike on March 3 and 4": a day number after a day, the next day, is one happening over both days
        # (a two-day strike, summit or festival); days apart ("March 3 and 10") are two happenings.
        return i + 1 if _BARE_DAY.fullmatch(f.text) and e.precision == f.precision == Precision.DAY \
            and e.last is not None and f.first == e.last + dt.timedelta(days=1) else None
    if joiner == "into":
        # "burned Wednesday night into early Thursday", "prices rose through 2022 into 2023": one happening that
        # runs on into the next time; only when the second starts where the first ends ("moved the vote from
        # May 3 into June" names a new time, not a span: not joined)
        return i + 1 if e.last is not None and f.first is not None and f.first >= e.first \
            and f.first <= e.last + dt.timedelta(days=1) else None  # type: ignore[operator]
    return i + 1 if opener or joiner in ("through", "thru", "until", "till") else None


# A quarter or half of a fiscal year that no year number names: which months it covers is the company's secret.
_OF_FISCAL_YEAR = re.compile(r"\s+of\s+(?:the|its|their|this|that|the\s+current|the\s+new)\s+(?:fiscal|financial)\s+year\b",
                             re.IGNORECASE)
# "a third-quarter net loss", "net income for the fiscal second quarter": the period that a company's figures
# cover. Its report is the happening, on the day the article tells it (core/news.py), not a happening of the quarter.
_FIGURES_PERIOD_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)
# Verbs that tell a period's figures ("posted a 38% jump in pretax profit for the first half", "reported
# earnings", "expects a loss"): the telling is an act of its day, whatever period the figures cover. Shared
# with news (`_FIGURES_REPORT_LEMMAS` there reads the main verb's lemma).
FIGURES_REPORT_LEMMAS = frozenset({"post", "report", "record", "book", "expect"})


@lru_cache(maxsize=1)
def _reported_figures() -> re.Pattern[str]:
    """The act of telling figures, before them, in any form of `FIGURES_REPORT_LEMMAS` (built on first use:
    the forms come from lemminflect's tables), with no verb of what the figures did after it."""
    # (finite forms and the participle: "reporting" is no report told)
    forms = sorted(set().union(*(grammar.verb_forms(lemma, ("VB", "VBP", "VBZ", "VBD", "VBN"))
                                 for lemma in FIGURES_REPORT_LEMMAS)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b(?![^,;]*\b(?:rose|fell|climbed|dropped|jumped|declined|"
                      r"increased|decreased|were|was)\b)", re.IGNORECASE)
_PERIOD_ADJECTIVE = re.compile(r"-(?:quarter|half)\Z", re.IGNORECASE)
# A short quarter with no year ("Q1", "fiscal Q3"), which a noun right after it (maybe after an adjective) makes a
# modifier ("Q1 profit", "Q2 net profit").
_SHORT_QUARTER = re.compile(r"(?:fiscal\s+)?Q[1-4]\Z", re.IGNORECASE)
# An ordinal quarter or half with no year, written apart ("its second quarter net profit"): before its noun, the
# modifier "second-quarter" is, unhyphenated.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|during|for|over|through|since|by|from|until|to|of|at|on)\s+$", re.IGNORECASE)
_ORDINAL_PERIOD = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[ \t]+(?:quarter|half)\Z", re.IGNORECASE)
_WORDS_AFTER = re.compile(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")


def _noun_after(text: str, end: int) -> bool:
    """Does a noun follow offset `end`, maybe after one adjective ("Q1 profit", "Q2 net profit"), by the lexicon?"""
    words = _WORDS_AFTER.match(text, end)
    if words is None:
        return False
    first = grammar.lexicon_tag(words[1].lower())
    return first in _LEXICON_NOUN_TAGS or first == "JJ" and words[2] is not None \
        and grammar.lexicon_tag(words[2].lower()) in _LEXICON_NOUN_TAGS


def is_figures_period(text: str, e: TimeExpression, lo: int = 0) -> bool:
    """Is e a quarter or half year that only says which period some figures cover: a hyphenated modifier
    ("its third-quarter earnings", "a fourth-quarter charge"), a short quarter before its noun ("Q1 profit misses
    estimates"), or "for" the period the article has in mind after a report of the figures ("posted a 38% jump in
    pretax profit for the first half")? What the figures
    did in it is its own happening ("its profit for the third quarter rose 12%"), and so is a period named
    in full ("Revenue for Q3 2024 rose"). `lo`: where e's sentence starts."""
    if e.precision not in (Precision.QUARTER, Precision.HALF) and not is_fiscal_quarter(e):
        return False
    if _PERIOD_ADJECTIVE.search(e.text) is not None:
        return True
    if (_SHORT_QUARTER.match(e.text) is not None or _ORDINAL_PERIOD.search(e.text) is not None) \
            and _noun_after(text, e.end) and (_PREPOSITION_BEFORE.search(text, max(lo, e.start - 12), e.start) is None
                                              or _ORDINAL_PERIOD.match(e.text) is not None):
        # (not after a preposition, an adverbial: "In the second quarter profit rose"; but a bare ordinal one, with no
        # determiner of its own, still modifies its noun there: "posted an 80 percent drop in first quarter profits")
        return True  # "Q1 profit misses estimates": the period of the figures, as "first-quarter profit" is
    return e.relative and _FIGURES_PERIOD_FOR.search(text, max(lo, e.start - 6), e.start) is not None \
        and _reported_figures().search(text, max(lo, e.start - 100), e.start) is not None


# A capitalised name and then years, with nothing between but a space or an opening bracket.
_NAME_BEFORE = re.compile(r"(?:^|[\s\"“(])(?:[A-Z][\w.'’-]*\s+)*(?P<last>[A-Z][\w'’-]*)\s*\(?$")


def _is_name_label(text: str, sent: Sentence, e: TimeExpression, f: TimeExpression) -> bool:
    """Is the span of years e..f (one expression or a range of two) a label after a name, a lifespan or a term
    ("Steve Jobs 1955-2011", "Pope John Paul II (1978–2005)")? Not after a happening's name ("the Korean War
    1950-1953"), and not a single year ("Apple 2010")."""
    if e.precision != Precision.YEAR or f.last is None or e.first is None or f.last.year <= e.first.year:
        return False
    m = _NAME_BEFORE.search(text, max(sent.start, e.start - 60), e.start)
    return m is not None and _kind_of_word(m.group("last").lower()) is None


def _year_list(exprs: list[TimeExpression], i: int, text: str) -> tuple[int, int] | None:
    """The index range [a, b) of a comma/and list of years that exprs[i] belongs to, when there are 2+."""
    def joined(left: TimeExpression, right: TimeExpression) -> bool:
        gap = text[left.end:right.start]
        return re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\s*", gap) is not None

    def is_year(e: TimeExpression) -> bool:
        return e.precision == Precision.YEAR and e.type == TimexType.DATE and re.fullmatch(r"\d{4}", e.value) is not None

    if not is_year(exprs[i]):
        return None
    a = i
    while a > 0 and is_year(exprs[a - 1]) and joined(exprs[a - 1], exprs[a]):
        a -= 1
    b = i + 1
    while b < len(exprs) and is_year(exprs[b]) and joined(exprs[b - 1], exprs[b]):
        b += 1
    return (a, b) if b - a >= 2 else None


# --- the extractor ------------------------------------------------------------------------------------------
_NEXT_WORDS = re.compile(r"[ \t]+([a-z][a-z-]*)(?:[ \t]+([a-z][a-z-]*))?")


# An era written as a compound adjective: "17th-century", "mid-20th-century", "1990s-era", "1960s-style".
_HYPHENATED_ERA_END = re.compile(r"-(?:century|centuries|millennium)$", re.IGNORECASE)
_ERA_COMPOUND_TAIL = re.compile(r"-(?:era|style|vintage|built|made)\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \t]+[A-Za-z]")
# "a"/"an" before the era: the era opens a noun phrase ("an 18th century French map"), not a preposition's
# object ("In the 17th century Dutch traders sailed to Japan").
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?[ \t]+$")
_NEXT_CAPITALISED_WORDS = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)(?:[ \t]+([a-z][a-z-]*))?")
# The tags of a word that goes on a noun phrase a compound adjective opens ("17th-century Dutch paintings",
# "19th-century carved altarpieces").
_NOUN_PHRASE_OPENING_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBG", "VBN"})


def _era_modifier(text: str, end: int, start: int | None = None) -> bool:
    """Does the era named just before `end` modify a noun ("Cold War military ties", "a 20th century
    democrat")? The next word (or the one after an adjective) is tagged a noun. An "-era"/"-style" compound
    ("a 1990s-era tank") always is. A hyphenated century ("17th-century Dutch paintings") is a compound adjective
    when the next word is tagged an adjective or a noun; before a preposition, a conjunction or a verb it is a
    preposition's object ("was built in the mid-19th-century and restored", "added in the 18th-century by
    monks")."""
    if start is not None:
        if _ERA_COMPOUND_TAIL.match(text, end, end + 9):
            return True
        if _HYPHENATED_ERA_END.search(text, start, end) and _WORD_AFTER.match(text, end, end + 3):
            m = _NEXT_CAPITALISED_WORDS.match(text, end, end + 60)
            tokens = grammar.tag_words(m.group(0).strip()) if m is not None else []
            if tokens and tokens[0].pos in _NOUN_PHRASE_OPENING_TAGS:
                return True
        if _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
            # After "a"/"an" a capitalised adjective may follow too ("an 18th century French map").
            m = _NEXT_CAPITALISED_WORDS.match(text, end, end + 60)
            tokens = grammar.tag_words(m.group(0).strip()) if m is not None else []
            if tokens and tokens[0].pos == "JJ" and len(tokens) > 1 and tokens[1].pos in ("NN", "NNS"):
                return True
    m = _NEXT_WORDS.match(text, end, end + 60)
    if m is None:
        return False
    tokens = grammar.tag_words(m.group(0).strip())
    if not tokens:
        return False
    if tokens[0].pos in ("NN", "NNS"):
        return True
    return tokens[0].pos == "JJ" and len(tokens) > 1 and tokens[1].pos in ("NN", "NNS")


# A model year: a year just before a vehicle ("a 1965 convertible", "his 2004 Toyota pickup") says which model,
# not that anything happened that year. A year before a proper-named thing without a vehicle noun ("Kopp's 1987
# Chevrolet Cavalier") is read from the tagger's analysis instead: see `_Reading.year_names_a_thing`.
_VEHICLE = r"(?:cars?|trucks?|sedans?|pickups?|(?:mini)?vans?|coupes?|convertibles?|hatchbacks?|station\s+wagons?|" \
           r"wagons?|SUVs?|motorcycles?|limousines?|jeeps?)\b"
_MODEL_YEAR = re.compile(rf"[ \t]+(?:[A-Z][\w-]*[ \t]+){{0,2}}{_VEHICLE}")


# A forecast's horizon: a limit ("through", "until") after someone's present-tense expectation ("analysts
# expect the trend to continue ... through at least the first two quarters of 1990", "he thinks several
# steelmakers will report losses through the third quarter of 1990"). What is forecast is the article's news;
# nothing is said to happen at the horizon. A limit alone stays (TimeBank anchors a state told to last "through
# 1990" to that year), and so does "into" ("we expect that to continue into 1990": it happens in 1990).
_LIMIT_BEFORE = re.compile(r"\b(?:through|until|till)\s+(?:at\s+least\s+)?"
                           r"(?:the\s+(?:end|middle|start|beginning|first|last)\b[^,;.]{0,30}?\s+of\s+)?$", re.IGNORECASE)
_EXPECTATION = re.compile(r"\b(?:expects?|predicts?|forecasts?|projects?|thinks?|believes?|anticipates?|sees?)\b"
                          r"(?![^,;]*\b(?:said|was|were|had)\b)", re.IGNORECASE)


# `_EXPECTATION` in parts: its word, and what after it (before a comma or semicolon) makes it a past account.
_EXPECTATION_WORD = re.compile(_EXPECTATION.pattern.split("(?!")[0], re.IGNORECASE)
_PAST_ACCOUNT = re.compile(r"\b(?:said|was|were|had)\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,;]")


class _Expectations:
    """Answers "does `_EXPECTATION.search(text, start, limit)` find a match?" for any limit in one sentence
    [start, end), in logarithmic time: a sentence with many horizons ("... through 2030 and ... through
    2031 and ...") searched from its start for each was quadratic in its length.

    An expectation word ending at q matches before `limit` when q < limit and no past-account word starts in
    [q, min(the next comma or semicolon, limit)): the search cannot look past `limit`, and no word ends at a
    limit (a limit word starts at a word boundary). So with d(q) the first past-account word at or after q,
    it matches exactly when d(q) >= that stop or d(q) >= limit."""

    __slots__ = ("ends", "reach")

    def __init__(self, text: str, start: int, end: int) -> None:
        past = [m.start() for m in _PAST_ACCOUNT.finditer(text, start, end)]
        stops = [m.start() for m in _CLAUSE_STOP.finditer(text, start, end)]
        self.ends: list[int] = []  # the expectation words' ends, in order
        self.reach: list[float] = []  # reach[k]: the largest limit before which word 0..k matches (a prefix max)
        best = -1.0
        for m in _EXPECTATION_WORD.finditer(text, start, end):
            q = m.end()
            i = bisect.bisect_left(past, q)
            d = past[i] if i < len(past) else float("inf")
            j = bisect.bisect_left(stops, q)
            stop = stops[j] if j < len(stops) else float("inf")
            best = max(best, float("inf") if d >= stop else d)
            self.ends.append(q)
            self.reach.append(best)

    def before(self, limit: int) -> bool:
        k = bisect.bisect_left(self.ends, limit) - 1  # the words ending before the limit
        return k >= 0 and self.reach[k] >= limit


def _forecast_limit(text: str, sent: Sentence, e: TimeExpression, published: dt.date | None,
                    expectations: Callable[[], _Expectations]) -> bool:
    """Is e the horizon of a present-tense forecast, a date after publication that a limit word opens?
    `expectations`: the sentence's `_Expectations`, built once for all its dates."""
    if published is None or e.first is None or e.last is None or e.last <= published:
        return False
    limit = _LIMIT_BEFORE.search(text, max(sent.start, e.start - 60), e.start)
    if limit is None:
        return False
    return expectations().before(limit.start())


def _model_year(text: str, e: TimeExpression) -> bool:
    """Is the bare year e a model year ("a 1987 Chevrolet Cavalier")?"""
    return e.precision == Precision.YEAR and re.fullmatch(r"\d{4}", e.text) is not None \
        and _MODEL_YEAR.match(text, e.end) is not None


# The authority an act is done "under" is a document or a regime, named with its year before or after its name
# ("charged under the 2006 Fraud Act", "under the Data Protection Act 1998", "under a 2015 agreement"): the year
# is the name's, when the law or the deal was made, not when the clause's act (a charge, a prosecution) was done.
_UNDER_BEFORE_YEAR = re.compile(r"\b[Uu]nder\s+(?:the|a|an|its|their|his|her|this|that)\s+"
                                r"(?:[A-Z][\w'’-]*\s+){0,6}$")
# The kinds (`_kind_of_word`) of a lower-case noun an act is done under: a deal, a ruling or rules, a ban.
_AUTHORITY_KINDS = frozenset({"agreement", "legal", "sanctions"})
# A complex preposition of keeping to or breaking a rule ("in breach of the 1998 Act", "in violation of a 2015 law",
# "contrary to the 2004 treaty", "pursuant to a 2019 order"): what follows is a rule, whatever its noun; its year
# says which rule, not when the clause's act was done.
_RULE_KEPT_OR_BROKEN_BEFORE_YEAR = re.compile(
    r"\b(?i:in\s+(?:breach|violation|contravention|defiance|compliance|accordance)\s+(?:of|with)|contrary\s+to|"
    r"pursuant\s+to)\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:[A-Z][\w'’-]*\s+){0,6}$")
_NOUN_AFTER_YEAR = re.compile(r"[ \t]+(?P<noun>[A-Za-z][a-z]*)")


def _authority_year(text: str, sent: Sentence, e: TimeExpression) -> bool:
    """Is the bare year e part of the name of what a clause's act is done "under" (`_UNDER_BEFORE_YEAR`): a year
    modifying the name after it ("under the 2006 Fraud Act") or closing a capitalised name ("under the Fraud Act
    2006"), or the year of the rule a clause keeps to or breaks (`_RULE_KEPT_OR_BROKEN_BEFORE_YEAR`: "in breach
    of the 1998 Act")? A common noun after "under" is `_Reading.year_names_a_rule_kept_to`'s to read: a deal, a
    ruling or a ban names a rule ("under a 2015 deal"), any other noun a period or a happening that dates the
    clause ("Under the 2020 lockdown, schools closed")."""
    if e.precision != Precision.YEAR or not (len(e.text) == 4 and e.text.isdigit()):
        return False
    if _RULE_KEPT_OR_BROKEN_BEFORE_YEAR.search(text, max(sent.start, e.start - 80), e.start) is not None:
        return _NOUN_AFTER_YEAR.match(text, e.end) is not None  # "in breach of the 1998 Act": the rule's year
    m = _UNDER_BEFORE_YEAR.search(text, max(sent.start, e.start - 80), e.start)
    if m is None:
        return False
    named = text[m.start():e.start].split()[2:]  # the capitalised words of a name before the year
    if named:
        return True
    # (a common noun after the year, "under a 2015 deal", is `_Reading.year_names_a_rule_kept_to`'s: one rule for
    # a rule's noun after any of `_RULE_PREPOSITIONS`)
    after = _NOUN_AFTER_YEAR.match(text, e.end)
    return after is not None and after["noun"][0].isupper()


def _authority_noun(noun: str) -> bool:
    """Does the common noun name what an act keeps to, breaks or changes: a deal, a ruling or rules, a ban, a law
    or a policy (`_AUTHORITY_KINDS`, by the kind table or the nouns' kinds)? Not a happening ("the 2008 crisis",
    "the 1994 genocide"), though it is nothing but a noun."""
    word = noun.lower()
    return (_KIND_NOUNS.get(_singular(word)) or _kind_of_word(word)) in _AUTHORITY_KINDS


# A value set off after a noun, with its date and no verb between (", worth $2 million in October,", "(valued at
# 40 euros a share in 2019)"): the value's as-of date ("The fund was worth $2 billion in 2007" is the clause's own).
# And a label's noun "date" before its value ("expiry dates up to July 15", "a sell-by date of June 3"): the date a thing
# is labelled with. Neither dates the clause's happening (the value held then is a state of its own: `_valued_then`).
# (Read in the 60 characters before the date, in its sentence.)
_AS_OF_VALUE = re.compile(r"[,(]\s*(?:(?:then|once|now)\s+)?(?P<value>(?:worth|valued\s+at|priced\s+at)\s+"
                          r"[^,;:()\[\]]{1,40}?)\s+"
                          r"(?:in|on|as\s+of|at\s+the\s+(?:end|start)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# A labelled date is a label compound's ("use-by", "sell-by", "best-before", "expiry", "expiration"): a date of
# anything else is a happening's ("set a trial date of November 3", "with an effective date of January 1": the
# trial's, the rules'), and the compound before it makes "date(s)" its noun, never the verb ("The church dates from
# 1850"). (A closed set: the labels a product's date is printed under.)
_LABELLED_DATE = re.compile(r"\b(?:(?:use|sell|best)[\s-]+(?:by|before)|expiry|expiration)\s+dates?\s+"
                            r"(?:of|up\s+to|until|till|through|between|from|ranging\s+from|no\s+later\s+than)"
                            r"\s+(?:the\s+)?$", re.IGNORECASE)


def _valued_then(r: "_Reading", e: TimeExpression) -> str | None:
    """The title of the value an as-of date dates (`_AS_OF_VALUE`): "<the noun phrase before the aside> was/were
    worth <the value>", or None (a labelled date, or no noun phrase to say what was worth it)."""
    text, sent = r.text, r.sent
    m = _AS_OF_VALUE.search(text, max(sent.start, e.start - 60), e.start)
    if m is None:
        return None
    # (the date's view, as the other rules read one: a run-on "sentence" is not analysed whole once per date)
    view, a, _, _ = r._analysed_at(e)
    k = bisect.bisect_left(a.token_ends, m.start() - view.start + 1) - 1  # the last token before the mark
    end = k
    while k >= 0 and a.tokens[k].pos in ("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$"):
        k -= 1
    if end < 0 or k == end or a.tokens[end].pos not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    phrase = text[view.start + a.tokens[k + 1].start:view.start + a.tokens[end].end]
    verb = "were" if grammar.is_plural_noun(a.tokens[end]) else "was"
    # (its possessive named as any title's: "Its assets, valued at …" are the firm's of the sentence before)
    return r.resolved(_shorten(grammar.capitalised(f"{phrase} {verb} {m.group('value')}")), e.start, e.end)


# A date that a rescheduling verb moves something to ("postponed the launch until March 2026", "launch slips to next
# year", "extended its offer to Nov. 20"): the new time of the thing moved, not of the moving, which is the day's
# news. The verbs of moving in time and their particles (a closed class of meanings, not of grammar).
_RESCHEDULING = frozenset({"postpone", "delay", "defer", "reschedule", "extend", "slip", "move", "push", "put", "bring"})
_RESCHEDULING_PARTICLES = {"push": ("back",), "put": ("off", "back"), "bring": ("forward",), "move": ()}
_THING_PREPOSITIONS = frozenset({"of", "on", "for", "in", "at", "with", "over", "about"})  # "the vote on the budget"
_THING_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "VBN", "VBG", "$"})


class Rescheduled(NamedTuple):
    """What `rescheduled_thing` finds: the thing moved, the moving verb as written (with its particle: "put off",
    "slips", "postponed"), the goal phrase as written ("until October 15", "to March 2021"), and whether that verb
    is the sentence's first verb group (its main clause's, as the news stage reads it) or the first of what the
    first reports ("Officials said the council postponed the vote until October 15")."""
    thing: str
    verb: str
    first_verb: bool
    goal: str = ""


def rescheduled_thing(sentence: str, start: int, end: int) -> Rescheduled | None:
    """The thing and its verb, when the date at [start, end) of `sentence` is the goal of a rescheduling verb
    (`_RESCHEDULING`) told as done (a past, a participle or a present: not "would extend"): its object
    ("postponed the launch of the lander until March"; after the date, "extended to Nov. 20 its offer"), or its
    subject when it has none ("The launch slips to next year", "The vote was delayed until May"). Else None."""
    goal = rescheduling_goal_word(sentence, 0, start, end)
    if goal is None:
        return None  # (the cheap test first: most dates have no goal preposition before them)
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    p = bisect.bisect_left(a.token_ends, goal.start() + 1)  # the goal preposition
    d = bisect.bisect_left(a.token_ends, end)  # the date's last token
    g = bisect.bisect_right(a.group_firsts, p) - 1
    if g < 0 or p >= len(tokens):
        return None
    group = a.groups[g]
    lemma = next((m for m in grammar.verb_lemmas(group.main.text) if m in _RESCHEDULING), None)
    clause = a.clause_at(p)
    if lemma is None or group.last >= p or clause is None or not clause[0] <= group.last < clause[1] \
            or group.main.pos not in ("VBD", "VBN", "VBZ"):
        return None
    between = tokens[group.last + 1:p]
    verb = group.main.text
    goal_phrase = sentence[goal.start():end]
    particles = _RESCHEDULING_PARTICLES.get(lemma)
    if particles:  # "pushed back", "put off the vote": the particle says it is a move in time
        particle = next((t for t in between if t.text.lower() in particles), None)
        if particle is None:
            return None
        verb = f"{verb} {particle.text}"
        between = [t for t in between if t is not particle]
    # The thing up to an apposition after it or a phrase that says more of the move ("from Saturday", "by a week").
    cut = next((k for k, t in enumerate(between) if t.text in (",", "(")
                or t.pos == "IN" and t.text.lower() not in _THING_PREPOSITIONS), len(between))
    between = between[:cut]
    passive = any(w.text.lower() in ("be", "is", "are", "was", "were", "been", "being") for w in group.auxiliaries)
    if between and all(t.pos in _THING_TAGS or t.text.lower() in _THING_PREPOSITIONS for t in between) \
            and any(t.pos.startswith("NN") for t in between):
        thing = _owner_named(a, group, sentence, between[0], between[-1].end)
    elif not between and not passive and lemma not in ("slip", "move") and d + 1 < len(tokens) \
            and tokens[d + 1].pos in _THING_TAGS:
        k = d + 1
        while k < len(tokens) and (tokens[k].pos in _THING_TAGS or tokens[k].text.lower() == "of"):
            k += 1
        if not any(t.pos.startswith("NN") for t in tokens[d + 1:k]):
            return None
        thing = _owner_named(a, group, sentence, tokens[d + 1], tokens[k - 1].end)
    elif not between and (passive or lemma in ("slip", "move")):
        subject = a.subject_of(group)
        if subject is None:
            return None
        thing = sentence[tokens[subject[0]].start:tokens[subject[1] - 1].end]
    else:
        return None
    # (the main clause's, or the first clause that a first saying verb reports: the news stage reads the saying's
    # complement as its news)
    main = g == 0 or g == 1 and not grammar.verb_lemmas(a.groups[0].main.text).isdisjoint(grammar.REPORTING_LEMMAS) \
        and a.groups[0].last < group.first
    return Rescheduled(thing, verb, main, goal_phrase)


def _owner_named(a: grammar.SentenceAnalysis, group: grammar.VerbGroup, sentence: str, first: grammar.Token,
                 end: int) -> str:
    """The thing moved from `first` to `end` of `sentence`, its opening its/their named by the moving verb's
    subject when that is a noun phrase ("The city council postponed its vote" -> "The city council's vote"): the
    title stands away from its sentence. A pronoun subject leaves it as written."""
    thing = sentence[first.start:end]
    if first.pos != "PRP$" or first.text.lower() not in ("its", "their"):
        return thing
    subject = a.subject_of(group)
    if subject is None:
        return thing
    tokens = a.tokens
    # (its noun phrase up to a phrase after it: "The city council on Wednesday", not "the Bank of England")
    last = next((k for k in range(subject[0] + 1, subject[1]) if tokens[k].pos in (",", "RB", "VBG", "VBN")
                 or tokens[k].pos == "IN" and not (tokens[k].text == "of" and k + 1 < subject[1]
                                                   and tokens[k + 1].pos in ("NNP", "NNPS"))), subject[1])
    if tokens[last - 1].pos not in ("NN", "NNS", "NNP", "NNPS") or last - subject[0] > 6:
        return thing
    owner = sentence[tokens[subject[0]].start:tokens[last - 1].end]
    mark = "'" if owner.endswith("s") and tokens[last - 1].pos in ("NNS", "NNPS") else "'s"
    return f"{owner}{mark}{sentence[first.end:end]}"


# A plan's participle set off after its noun ("Its meeting, originally planned for March 1, was moved …"): the date
# of a plan given up. The participles that say a thing was planned for a time, the adverbs that say the plan is an
# old one, and the verbs that give a plan up (a move in time, `_RESCHEDULING`, or a calling off).
_PLAN_PARTICIPLES = frozenset({"plan", "schedule", "set", "slate", "due", "expect", "intend"})
_OLD_PLAN_ADVERBS = frozenset({"originally", "initially", "previously", "first", "once", "earlier"})
_CALLING_OFF = frozenset({"cancel", "scrap", "scrub", "abandon", "drop", "shelve", "suspend", "postpone", "delay"})
_OLD_PLAN_BEFORE = re.compile(r",\s*(?:\w+\s+)?\w+\s+(?:for|on|in|at|to)\s+(?:the\s+)?$")


def _superseded_plan(r: "_Reading", e: TimeExpression) -> bool:
    """Is e the time a thing was once planned for, in an aside after its noun, when the plan was given up ("Its
    meeting, originally planned for March 1, was moved to March 15"; "Their concert, planned for November 20,
    was cancelled")? That date dates nothing: the thing did not happen then, and the moving is another date's
    (or the day's news). An old-plan adverb says so on its own; a bare "planned for" only when the clause's verb
    after the aside moves or calls the thing off."""
    if _OLD_PLAN_BEFORE.search(r.text, max(r.sent.start, e.start - 40), e.start) is None:
        return False  # (the cheap test first)
    view, a, _, d = r._analysed_at(e)
    tokens = a.tokens
    k = d - 1
    while k > 0 and tokens[k].pos in ("IN", "TO", "DT"):
        k -= 1
    if k < 2 or tokens[k].pos not in ("VBN", "JJ") \
            or grammar.verb_lemmas(tokens[k].text).isdisjoint(_PLAN_PARTICIPLES) and tokens[k].text.lower() != "due":
        return False
    old = tokens[k - 1].pos == "RB" and tokens[k - 1].text.lower() in _OLD_PLAN_ADVERBS
    comma = k - 2 if old else k - 1
    if tokens[comma].text != "," or tokens[comma - 1].pos not in ("NN", "NNS", "NNP", "NNPS"):
        return False  # not an aside after a noun: "was planned for March 1" is the clause's own plan
    if any(g.first <= k <= g.last for g in a.groups):
        return False
    if old:
        return True
    after = next((g for g in a.groups if g.first > d), None)
    return after is not None and any(m in _RESCHEDULING or m in _CALLING_OFF
                                     for m in grammar.verb_lemmas(after.main.text))


def _rescheduled_title(moved: Rescheduled) -> str:
    """"The launch of the lander postponed until March 2026", "Brix Corp.'s offer extended to Nov. 30", "Launch
    slips to next year": the thing a rescheduling moved and where to, in the source's words (without its goal
    the title reads as if the moving happened on that date)."""
    return _shorten(grammar.capitalised(f"{moved.thing} {moved.verb} {moved.goal}".strip()))


# A word of every match of `_LABELLED_DATE` ("date") or `_AS_OF_VALUE` ("worth", "valued", "priced"), of
# `temporal.SCHEDULED_DATE` ("date"), and the stem of every rescheduling word `rescheduled_thing` needs before its
# goal (`temporal._RESCHEDULING_WORDS`): the sentence-wide tests of `_Reading.holds`.
_LABEL_PARTS = ("date", "worth", "valued", "priced")
_DATE_PART = ("date",)
_RESCHEDULING_PARTS = RESCHEDULING_STEMS


def as_of_or_labelled(text: str, sentence_start: int, e: TimeExpression) -> bool:
    """Is e a value's as-of date or a labelled date (`_AS_OF_VALUE`, `_LABELLED_DATE`)? Then it dates no clause's
    happening, for extraction as for the news stage."""
    lo = max(sentence_start, e.start - 60)
    return _LABELLED_DATE.search(text, lo, e.start) is not None or _AS_OF_VALUE.search(text, lo, e.start) is not None


# "the fourth quarter ended Sept. 30", "the six months ending June 30": a company's own period, not the calendar's.
_PERIOD_ENDED = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:ended|ending|ends)\s+")
_BOUND_BEFORE = re.compile(r"\b(?:before|prior\s+to|after|by)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$",
                           re.IGNORECASE)


def _ended_on_a_day(text: str, exprs: list[TimeExpression], i: int) -> bool:
    """Is exprs[i] a period that a day after "ended" dates, directly ("its fourth quarter ended Sept. 30") or
    through appositives naming the same period ("the year-ago quarter, the second quarter ended Oct. 31")?"""
    e = exprs[i]
    j = i
    while j + 1 < len(exprs) and exprs[j + 1].precision == e.precision and e.precision is not None \
            and _APPOSITIVE_GAP.fullmatch(text, exprs[j].end, exprs[j + 1].start):
        j += 1
    return j + 1 < len(exprs) and _is_calendar(exprs[j + 1]) \
        and _PERIOD_ENDED.fullmatch(text, exprs[j].end, exprs[j + 1].start) is not None


# Between a period and an appositive naming it again: a comma, and the appositive's determiner or possessor
# when the tagger left it out of the phrase (", the company's third quarter")
_APPOSITIVE_GAP = re.compile(r"\s*,\s*(?:(?:the|its|their)\s+)?(?:[\w.&-]+(?:\s+[\w.&-]+)?['’]s\s+)?")


# A period and the word that says it runs up to the date after it, British ("the six months to 30 September") or
# not ("the quarter ended June 30", "the year through Dec. 31"): "to"/"through" only after the period's determiner
# ("extended by six months to 30 September" moves a date, it names no period).
_PERIOD_TO = re.compile(r"\s+(?:to|through)\s+", re.IGNORECASE)
_DEFINITE_PERIOD = re.compile(r"(?:the|its|their|his|her|our|this|that)\s", re.IGNORECASE)
_UNIT_MONTHS = {"M": 1, "Y": 12, "Q": 3}
_PRECISION_MONTHS = {Precision.QUARTER: 3, Precision.HALF: 6, Precision.YEAR: 12}


def _period_ending_at(text: str, period: TimeExpression, e: TimeExpression) -> TimeExpression | None:
    """The date e as the whole period that ends at it, when e closes a period phrase right before it ("the quarter
    ended June 30" → April 1 to June 30; "the six months to 30 September" → April 1 to September 30; "the year ended
    March 31, 2012" → April 1, 2011 to March 31, 2012; "the 13 weeks ended July 2"): a figure "for" it is the
    period's, not its last day's (a company's own period need not be the calendar's: its days are counted back from
    the day it ended). None otherwise. (The period's own candidate is left out, `_ended_on_a_day`.)"""
    if e.precision not in (Precision.DAY, Precision.MONTH) or e.first is None or e.last is None:
        return None
    gap_ended = _PERIOD_ENDED.fullmatch(text, period.end, e.start) is not None
    if not gap_ended and (_PERIOD_TO.fullmatch(text, period.end, e.start) is None
                          or _DEFINITE_PERIOD.match(period.text) is None):
        return None
    months = weeks = 0
    if period.type == TimexType.DURATION:
        m = re.fullmatch(r"P(\d+)([MYQW])", period.value)
        if m is None:
            return None
        n = int(m[1])
        if m[2] == "W":
            weeks = n
        else:
            months = n * _UNIT_MONTHS[m[2]]
    elif period.type == TimexType.DATE and is_fiscal_quarter(period):
        months = 3  # "the fiscal first quarter ended Sept. 30": the day gives the company's months
    elif period.type == TimexType.DATE and period.precision in _PRECISION_MONTHS:
        months = _PRECISION_MONTHS[period.precision]
    if not 0 < months <= 24 and not 0 < weeks <= 104:
        return None
    last = e.last
    if weeks:
        first = last - dt.timedelta(weeks=weeks) + dt.timedelta(days=1)
    elif (last + dt.timedelta(days=1)).day == 1:  # (a month's last day: the period is whole months)
        first = last.replace(day=1) - relativedelta(months=months - 1)
    else:
        first = last - relativedelta(months=months) + dt.timedelta(days=1)
    return dataclasses.replace(e, first=first)


_YEAR_BEFORE = re.compile(r"(?:the\s+)?(?:a\s+year\s+(?:earlier|ago|before)|year[\s-](?:ago|earlier))\b", re.IGNORECASE)


def _year_before_period(text: str, exprs: list[TimeExpression], i: int) -> TimeExpression | None:
    """exprs[i], "a year earlier" counted from the end day of a period named just before it in the sentence ("the
    quarter ended June 30 was C$400 million, compared with C$410 million a year earlier"), as that period a year
    before (April 1 to June 30 of the year before), as `_period_ending_at` reads the period; None otherwise. (Only
    the nearest few expressions before it are looked at: linear.)"""
    e = exprs[i]
    if not e.relative or e.precision != Precision.DAY or e.first is None or _YEAR_BEFORE.fullmatch(e.text) is None:
        return None
    for j in range(i - 1, max(0, i - 4), -1):
        period = _period_ending_at(text, exprs[j - 1], exprs[j])
        if period is not None and period.last is not None and period.first is not None \
                and e.last == period.last - relativedelta(years=1):
            return dataclasses.replace(e, first=period.first - relativedelta(years=1))
    return None


def _is_calendar(e: TimeExpression) -> bool:
    return e.type in (TimexType.DATE, TimexType.TIME) and e.first is not None and e.last is not None \
        and e.precision is not None


def _mention(doc: Document, start: int, end: int, sent: Sentence, *, dated: bool = True,
             inferred: bool = False) -> Mention:
    # Interned: a document repeats its date phrases ("Tuesday", "last week"), one string serves each.
    return Mention(doc.id, start, end, sys.intern(doc.text[start:end]), sent.start, sent.end, dated=dated,
                   inferred=inferred)


# A failed expression, sentence, period or phrase: `on_error(start, end, exc)` with the span it covered.
ErrorCallback = Callable[[int, int, Exception], None]

_log = logging.getLogger(__name__)


class SpanIndex:
    """Spans [start, end), merged and sorted once, so "does [a, b) overlap one?" is a bisection
    (`Document.is_excluded` scans every span, which is quadratic over a page of boilerplate lines)."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted(spans):
            if self.ends and s < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], e)
            else:
                self.starts.append(s)
                self.ends.append(e)

    def overlaps(self, start: int, end: int) -> bool:
        """The same answer as `Document.is_excluded(start, end)` for these spans."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


class _Lines:
    """The line around an offset that no sentence holds. Offsets must come in increasing order: each
    search starts where the last line ended, so a long line is scanned once, not once per offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start, self.end = 0, -1

    def around(self, offset: int) -> tuple[int, int]:
        if not self.start <= offset <= self.end:
            text = self.text
            self.start = text.rfind("\n", max(0, self.end), offset) + 1 if offset > self.end >= 0 \
                else text.rfind("\n", 0, offset) + 1
            end = text.find("\n", offset)
            self.end = len(text) if end < 0 else end
        return self.start, self.end


_SLICES_KEPT = 64  # sentence texts `_Layout.text_of` keeps for its next callers


def layout_blocks(doc: Document) -> tuple[array, array]:
    """The starts and ends of the document's blocks (`_Layout`): its sentences sorted, overlapping ones merged.
    (Core/split.py makes them once per document for all the pieces a worker walks: ~0.7 s at 10 MB.)"""
    n = len(doc.text)
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    for s, e in sorted((s.start, s.end) for s in check_every(doc.sentences, 1024) if 0 <= s.start <= s.end <= n):
        if ends and s < ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


class _Layout:
    """Where each mention's sentence lies. The document's sentences, sorted and made disjoint ("blocks");
    sentences that an expression runs across are joined into one, so a mention never leaves its sentence
    whatever the splitter did ("The vote—Dec. 31, 2024—passed" split after "Dec.")."""

    def __init__(self, doc: Document, blocks: tuple[array, array] | None = None) -> None:
        """`blocks`: `layout_blocks(doc)` made before (copied here: a walk's layout is its own)."""
        self.text = doc.text
        # (Arrays: an int object per sentence bound was a list's 36 bytes a bound, 1 byte per character of dense
        # news alive through the walk; the candidates hold their bounds packed, not as these objects.)
        starts, ends = blocks if blocks is not None else layout_blocks(doc)
        self.starts: array[int] = array("q", starts) if blocks is not None else starts
        self.ends: array[int] = array("q", ends) if blocks is not None else ends
        self.joined = bytearray(len(self.starts) + 1)  # joined[k]: block k runs on into block k + 1
        self._slices: dict[tuple[int, int], str] = {}
        self._actor_sets: dict[frozenset[str], frozenset[str]] = {}

    def touched(self, start: int, end: int) -> tuple[int, int]:
        """Indices [i, j] of the blocks that [start, end) overlaps (j < i: none)."""
        return bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, max(end, start + 1)) - 1

    def join(self, start: int, end: int) -> None:
        i, j = self.touched(start, end)
        for k in range(i, j):
            self.joined[k] = 1

    def run(self, i: int) -> tuple[int, int]:
        """The first and last block joined to block i."""
        a = b = i
        while a > 0 and self.joined[a - 1]:
            a -= 1
        while self.joined[b]:
            b += 1
        return a, b

    def previous(self, start: int) -> Sentence | None:
        """The block before a sentence starting at `start`, unless it overlaps it."""
        i = bisect.bisect_left(self.starts, start)
        if i == 0 or self.ends[i - 1] > start:
            return None
        return Sentence(self.starts[i - 1], self.ends[i - 1])

    def following(self, end: int) -> Sentence | None:
        """The block after a sentence ending at `end`, if there is one."""
        i = bisect.bisect_left(self.starts, end)
        return Sentence(self.starts[i], self.ends[i]) if i < len(self.starts) else None

    def same(self, actors: frozenset[str]) -> frozenset[str]:
        """One object for equal sets of names across the document's sentences (they repeat)."""
        return self._actor_sets.setdefault(actors, actors)

    def text_of(self, sent: Sentence) -> str:
        """The text of a sentence, sliced once however many mentions it has."""
        key = (sent.start, sent.end)
        slices = self._slices
        got = slices.get(key)
        if got is None:
            if len(slices) >= _SLICES_KEPT:  # the sentences are read in order: only the last few are asked again
                slices.clear()
            got = slices[key] = self.text[sent.start:sent.end]
        return got

    def span_for(self, start: int, end: int, lines: _Lines) -> Sentence:
        """The sentence of a phrase at [start, end): the blocks it touches, or its line."""
        i, j = self.touched(start, end)
        if j < i:
            lo, hi = lines.around(start)
        else:
            lo, hi = self.starts[i], self.ends[j]
        return Sentence(min(lo, start), max(hi, end))

    def groups(self, exprs: deque[TimeExpression],
               more: Callable[[], bool] | None = None) -> Iterator[tuple[Sentence, list[TimeExpression]]]:
        """`exprs` (sorted by start) grouped by sentence, in document order, each group with its sentence:
        the run of joined blocks it lies in (or its line), stretched to hold every expression. The
        expressions are taken off `exprs` as they are grouped, and a group is handed out as soon as no later
        expression can join it (so only the groups still open are held, never the whole document's).

        With `more`, `exprs` is filled as the grouping goes: `more()` appends the next expression by start to
        it, joined (`join`), and says False once there are none. The grouping is the same as with all of them
        given up front: an expression is grouped once every expression starting before its run's end is joined,
        as only those can run on from a block of that run (one starting at or past it touches later blocks
        only), and the run reaches no further back than the expressions before it (by start) have joined."""
        if more is None:
            for e in exprs:
                self.join(e.start, e.end)
        elif not exprs and not more():
            return
        lines = _Lines(self.text)
        joined, ends = self.joined, self.ends
        # Open groups in order of their first expression, keyed by the run's first block (>= 0) or by
        # -1 - the line's start: [start, end, the first offset no later expression of the group can start
        # at, the expressions].
        open_groups: dict[int, list] = {}
        run = (-1, -1)
        while exprs:
            e = exprs.popleft()
            if more is not None and not exprs and not more():
                more = None  # every expression is in
            while open_groups:  # (the expressions come by start: those before e's that cannot grow leave)
                key = next(iter(open_groups))
                group = open_groups[key]
                if group[2] > e.start:
                    break
                del open_groups[key]
                yield Sentence(group[0], group[1]), group[3]
            i, j = self.touched(e.start, e.end)
            if j < i:
                lo, hi = lines.around(e.start)
                key, closed = -1 - lo, hi + 1  # an expression starting past the line's end is on another
            else:
                if i > run[1]:
                    run = self.run(i)
                    # (Streamed: the run's end is known once the next expression by start begins at or past it.)
                    while more is not None and exprs[-1].start < ends[run[1]]:
                        if not more():
                            more = None
                        b = run[1]
                        while joined[b]:
                            b += 1
                        run = (run[0], b)
                key = run[0]
                lo, hi = self.starts[run[0]], self.ends[run[1]]
                closed = hi  # one starting at or past the run's end touches none of its blocks
            group = open_groups.get(key)
            if group is None:
                open_groups[key] = [min(lo, e.start), max(hi, e.end), closed, [e]]
            else:
                group[0], group[1] = min(group[0], e.start), max(group[1], e.end)
                group[3].append(e)
        for group in open_groups.values():
            yield Sentence(group[0], group[1]), group[3]
        open_groups.clear()


class _Ticker:
    """Calls `progress` with the offset reached, about every PROGRESS_STEP characters of a pass."""

    __slots__ = ("progress", "next")

    def __init__(self, progress: CharProgress | None) -> None:
        self.progress = progress
        self.next = PROGRESS_STEP

    def __call__(self, offset: int) -> None:
        if self.progress is not None and offset >= self.next:
            self.progress(offset)
            self.next = offset + PROGRESS_STEP


# Titles, kinds and names come from the words around a date. A real sentence is read whole; in a huge
# "sentence" (a page without full stops, a line of clock times) only _CONTEXT characters either side of
# the date are, so a date costs the same however long its sentence is (a title is at most MAX_TITLE).
_WHOLE_SENTENCE = 2000
# How many sentences back a he/she follows its chain of pronouns to the one person named (`_person_along_chain`):
# far enough for "Jobs ... He X. He Y.", near enough that the article has not moved on to someone else.
_EARLIER_SENTENCES = 3
_CONTEXT = 100


# A date that modifies a noun: possessive ("this year's conference") or before a capitalised name ("the
# company's 2010 Worldwide Developers Conference").
_NOUN_MODIFIER = re.compile(r"['’]s\s+[A-Za-z]")
_DEICTIC = re.compile(r"(?:this|next|last)\s+(?:year|month|week)$", re.IGNORECASE)
# The words of a noun phrase after its modifying year, up to its head ("1987 Chevrolet Cavalier", "1996 blue
# Toyota pickup", and the inner possessive of a name, "Worldwide Developer's Conference")
_THING_WORD_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "POS"})
# The prepositions that locate nothing in time or place: their object is what an act keeps to, opposes or changes
# ("under a 2015 law", "against the 2019 policy", "changes to a 1998 statute", "despite a 2012 treaty"), not when
# or where it happens ("in", "at", "during", "since", "over" ... a season, a championship).
_RULE_PREPOSITIONS = frozenset({"under", "against", "to", "about", "despite"})
# The words of prepositional phrases between a participle and its date ("banned in the region since June 1").
_PHRASE_TAGS = frozenset({"IN", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "TO", "VBG"})
# The words of a noun phrase before its head noun ("a 54-year-old man", "the city's new law").
_NOUN_PHRASE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "VBN", "VBG"})
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+$")
# The prepositions of a happening noun's own phrase after it (`_Reading.happening_noun_phrase`), and the tags of
# that phrase's noun phrase.
# (the determiners and possessives `happening_noun_phrase`'s token test takes: all but the demonstratives, "each"
# and "every")
_DETERMINER_RIGHT_BEFORE = re.compile(r"\b(?:the|an?|its|his|her|their|our|my|your|another|any|no|some|both|all)\s+$",
                                      re.IGNORECASE)
_HEAD_PREPOSITIONS = frozenset({"of", "at", "in", "on", "against"})
_PHRASE_NOUN_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$"})
# After a bare year, a word of a noun phrase the year opens ("2019 tax violations", "2024 fraud charges"): the
# year is that noun's, not the period of the noun before its "for".
_YEAR_MODIFIES_TAGS = frozenset({"NN", "NNS", "JJ", "VBG"})
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_SINCE_NOUN_CUE = re.compile(r"\bsince\s+[^,;:.]*$", re.IGNORECASE)
_PERFECT_HAVE = frozenset({"has", "have", "had", "'ve", "’ve", "'d", "’d"})


def _verb_of(a: grammar.SentenceAnalysis, k: int) -> int:
    """The verb group that token k belongs to: the last one before it (of an object, a prepositional phrase),
    or the first one after it when none is before (of a subject, a leading phrase); -1 when there is none."""
    firsts = a.group_firsts  # (the analysis keeps them: no list per call)
    g = bisect.bisect_right(firsts, k) - 1
    return g if g >= 0 else (0 if firsts else -1)


class _HappeningNoun(NamedTuple):
    """A happening's noun phrase with a date inside (`_Reading.happening_noun_phrase`)."""

    determiner: int  # where its determiner starts
    after: int  # where the words after the date start
    end: int  # where the phrase ends
    head_ends: bool  # nothing after the head ("the Nov. 3 election"): the date is what tells it from others
    verb: grammar.VerbGroup  # the clause's verb group


class _Reading:
    """One sentence and its expressions, read around each date."""

    def __init__(self, doc: Document, layout: _Layout, sent: Sentence, exprs: list[TimeExpression]) -> None:
        self.doc, self.text, self.layout, self.sent, self.exprs = doc, doc.text, layout, sent, exprs
        self.sentence_text = layout.text_of(sent)
        self.whole = sent.end - sent.start <= _WHOLE_SENTENCE
        # The sentence's names, read on its first candidate: a quarter of TBAQ's dated sentences give none.
        self._actors: frozenset[str] | None = None
        self.calendar = list(map(_is_calendar, exprs))  # (asked once per expression: most rules apply to these only)
        # The sentence's calendar dates, for the nearest one before and after a date (by bisection).
        calendar = [(x.start, x.end) for x in compress(exprs, self.calendar)]
        self._starts = sorted(calendar)
        self._by_end = sorted(calendar, key=lambda s: (s[1], s[0]))
        self._start_keys = [s[0] for s in self._starts]
        self._end_keys = [s[1] for s in self._by_end]
        self._by_span: dict[tuple[int, int], TimeExpression] | None = None  # (made when first asked)
        self._expectations: _Expectations | None = None
        self._analysis: grammar.SentenceAnalysis | None = None  # (`analysis`, asked for when first needed)
        self._may_imply: bool | None = None  # (`may_imply`, asked on the first calendar date or duration)
        self._holds: dict[tuple[str, ...], bool] = {}  # (`holds`: per tuple of parts, asked on the first date)
        self._lowered: str | None = None  # (`holds`: the sentence lower-cased, "" when it is not ASCII)
        self._read: str | None = None  # (`_read_text`: the sentence's quotation marks read, on its first title)
        self._refuses_or_reports: bool | None = None  # (`may_refuse_or_report`, asked on the first date)

    def may_refuse_or_report(self) -> bool:
        """`news.may_refuse_or_report` of the sentence: `_non_answer`'s two tests say no to a group whose verb
        neither refuses nor reports, so a sentence with none (most dated sentences) is not read date by date.
        Once per sentence."""
        if self._refuses_or_reports is None:
            from timeline_app.core.news import may_refuse_or_report
            self._refuses_or_reports = may_refuse_or_report(self.analysis())
        return self._refuses_or_reports

    def holds(self, parts: tuple[str, ...]) -> bool:
        """`grammar.may_hold` over the whole sentence, once per sentence and tuple of parts: False only when no
        window of it holds any of `parts`, so that a rule whose pattern needs one of them in a window before a
        date (`_LABEL_PARTS`, `_DATE_PART`, `_RESCHEDULING_PARTS`) is not searched date by date in a sentence
        without any (most sentences)."""
        found = self._holds.get(parts)
        if found is None:
            low = self._lowered
            if low is None:
                sentence = self.sentence_text
                # (may_hold's test, once for the sentence: True for a sentence that is not ASCII throughout)
                low = self._lowered = sentence.lower() if sentence.isascii() else ""
            found = self._holds[parts] = not low or any(part in low for part in parts)
        return found

    def may_imply(self) -> bool:
        """Does the sentence hold a superlative's letters anywhere (`_SUPERLATIVE_WORDS`)? Without them no window
        of it before a date holds a superlative, and `_implied_happening` finds nothing there: one test per
        sentence rather than a slice and a search per date ("est" of `_SUPERLATIVE_PARTS` is in most sentences)."""
        if self._may_imply is None:
            sentence = self.sentence_text
            # (the parts first: each word holds one, and a sentence without any is the common case)
            self._may_imply = any(map(sentence.__contains__, _SUPERLATIVE_PARTS)) \
                and _SUPERLATIVE_LETTERS.search(sentence) is not None
        return self._may_imply

    def analysis(self) -> grammar.SentenceAnalysis:
        """The whole sentence's analysis, looked up in grammar's memo once for all its dates' rules (each asked
        for it again per date: a lock and a memo look-up each time)."""
        if self._analysis is None:
            self._analysis = grammar.analyse_sentence(self.sentence_text)
        return self._analysis

    def expectations(self) -> _Expectations:
        """The sentence's forecast words, found on the first date that needs them (see `_forecast_limit`)."""
        if self._expectations is None:
            self._expectations = _Expectations(self.text, self.sent.start, self.sent.end)
        return self._expectations

    def view(self, lo: int, hi: int) -> Sentence:
        """The part of the sentence read for the phrase at [lo, hi): all of it, or a window cut at spaces."""
        sent = self.sent
        if self.whole:
            return sent
        start, end = max(sent.start, lo - _CONTEXT), min(sent.end, hi + _CONTEXT)
        if start > sent.start:
            space = self.text.find(" ", start, lo)
            start = space + 1 if space >= 0 else start
        if end < sent.end:
            space = self.text.rfind(" ", hi, end)
            end = space if space >= 0 else end
        return Sentence(start, end)

    def actors(self, lo: int, hi: int) -> frozenset[str]:
        if self.whole:
            if self._actors is None:
                self._actors = self.layout.same(actors_in(self.sentence_text))
            return self._actors
        view = self.view(lo, hi)
        return actors_in(self.text[view.start:view.end])

    def others(self, e: TimeExpression) -> list[tuple[int, int]]:
        """The other calendar dates that matter to e's title: the nearest before it and the nearest after."""
        out = []
        i = bisect.bisect_right(self._end_keys, e.start) - 1
        while i >= 0 and self._by_end[i] == (e.start, e.end):
            i -= 1
        if i >= 0:
            out.append(self._by_end[i])
        j = bisect.bisect_left(self._start_keys, e.end)
        while j < len(self._starts) and self._starts[j] == (e.start, e.end):
            j += 1
        if j < len(self._starts):
            out.append(self._starts[j])
        return out

    def title(self, lo: int, hi: int, others: Sequence[tuple[int, int]] = (), *, resolve: bool = False,
              news_day: bool = False) -> str:
        """The title for the date phrase at [lo, hi) (document offsets); `others` and `news_day` as for
        `title_from_sentence`."""
        view = self.view(lo, hi)
        own = self._read_text(view)
        base = view.start
        phrase = (lo - base, hi - base)
        rel = [(a - base, b - base) for a, b in others if view.start <= a and b <= view.end]
        names = grammar.document_names(self.text)  # cached per document
        # (own's quotation marks are read once, above, for the title and for the pronoun's and speaker's readers)
        title = _title_of_read_sentence(own, phrase[0], phrase[1], rel, names=names, news_day=news_day)
        return self._resolved(title, view, own, phrase, rel) if resolve else title

    def resolved(self, title: str, lo: int, hi: int) -> str:
        """A title made by another rule for the date phrase at [lo, hi) (document offsets), its pronoun or
        possessive resolved as `title` resolves its own ("Its assets were valued at …" → "The firm's assets …")."""
        view = self.view(lo, hi)
        own = self._read_text(view)
        return self._resolved(title, view, own, (lo - view.start, hi - view.start), [])

    def _read_text(self, view: Sentence) -> str:
        """The text a title reads at `view` (`view`), its single quotation marks as double ones
        (`single_quotes_as_double`): a whole sentence's converted once for all its dates, so that its titles' memo
        (`_read_sentence_title`) is asked with one string, hashed once."""
        if not self.whole:
            return single_quotes_as_double(self.text[view.start:view.end])
        if self._read is None:
            self._read = single_quotes_as_double(self.sentence_text)
        return self._read

    def _resolved(self, title: str, view: Sentence, own: str, phrase: tuple[int, int],
                  rel: list[tuple[int, int]]) -> str:
        at_start = view.start == self.sent.start
        title = _resolve_pronoun(title, own, phrase, rel, self._earlier_texts if at_start else None,
                                 grammar.document_names(self.text), partial(grammar.person_surnames, self.text),
                                 self.doc.title or "", self.text, offset=view.start)
        title = _framed_pronoun_title(title, own, phrase)
        title = _name_the_company(title, own, self.text, view.start, self.doc.excluded)
        if _OWNERLESS_MEASURE_TITLE.match(title) is not None:
            title = _owner_of_measure(title, own, self.text, self.doc.excluded)
        if _OBJECT_PRONOUN_IN_TITLE.search(title) is not None:
            title = _resolve_object_pronoun(title, own, self._earlier_texts if at_start else None,
                                            self.text)
        if _BARE_MEASURE_TITLE.match(title) is not None and at_start:
            title = _measure_of_counted(title, self._earlier_texts)
        if at_start and _OWNERLESS_RITE_TITLE.match(title) is not None:
            title = _rite_of_the_dead(title, self._earlier_texts)
        if at_start and (title.startswith(("He ", "She ")) and _AGE_ALONE_TITLE.match(own.lstrip()) is not None
                         and not _CAPITALISED_INSIDE.search(own.lstrip(), 1)):
            # "The sixty-three-year-old came to power in 2006, and two years later he ended feudal rule": the
            # sentence's he/she is its opening age, its one person (no name in it), as the age is named below.
            aged = "The " + own.lstrip().split(" ", 2)[1] + title[title.index(" "):]
            named = _age_named(aged, self._earlier_texts, self.text, verb_known=True)
            title = title if named == aged else named  # (no one named before: the pronoun, as it was)
        elif at_start and _AGE_ALONE_TITLE.match(title) is not None:
            title = _age_named(title, self._earlier_texts, self.text)
        return _speaker_framed(title, own, phrase, self.text, view.start,
                               previous=self._earlier_texts if at_start else None)

    def is_comparison(self, e: TimeExpression) -> bool:
        """Does e close a comparison ("the lowest since October 9, 2002")? See `grammar.is_comparison_since`."""
        if not self.holds(grammar.COMPARISON_PARTS):
            return False  # (no word that either test needs anywhere in the sentence: none at this date's window)
        view = self.view(e.start, e.end)
        own = self.sentence_text if self.whole else self.text[view.start:view.end]
        return grammar.is_comparison_since(own, e.start - view.start, e.end - view.start) \
            or grammar.is_comparison_baseline(own, e.start - view.start, e.end - view.start)

    def compared_side(self, e: TimeExpression) -> grammar.ComparedSide | None:
        """The comparison's far side that e closes, if any. See `grammar.comparison_far_side`."""
        if not self.holds(grammar.FAR_SIDE_PARTS):
            return None  # (no marker nor year-ago adjective anywhere in the sentence)
        view = self.view(e.start, e.end)
        own = self.sentence_text if self.whole else self.text[view.start:view.end]
        return grammar.comparison_far_side(own, e.start - view.start, e.end - view.start)

    def year_names_a_thing(self, e: TimeExpression) -> bool:
        """Is the bare year e the modifier of a proper-named thing that names no happening ("Kopp's 1987 Chevrolet
        Cavalier was discovered last month"), in a clause another date phrase dates? Then the year only says
        which thing (a model, an edition) and the other date dates what happened. By the tagger's analysis: a
        determiner or possessive before the year, then adjectives and nouns with a proper noun among them.
        A happening's word among them, or a head noun that is also a verb ("campaign", "protests"), keeps the
        year its own ("the company's 2010 Developers Conference two weeks ago", "the 1996 Olympic bombing"),
        and so does a clause with no other date."""
        if e.precision != Precision.YEAR or not e.text.isdigit() or len(self._starts) < 2:
            return False
        view, a, starts, d = self._analysed_at(e)
        tokens = a.tokens
        if d == 0 or d >= len(tokens) or tokens[d].end != e.end - view.start \
                or tokens[d - 1].pos not in ("DT", "PRP$", "POS"):
            return False
        j, proper = d + 1, False
        while j < len(tokens) and tokens[j].pos in _THING_WORD_TAGS:
            if _kind_of_word(tokens[j].text.lower()) is not None:
                return False  # "the 1996 Olympic bombing": a happening the year dates
            proper = proper or tokens[j].pos in ("NNP", "NNPS")
            j += 1
        head = tokens[j - 1]
        if head.pos not in _NOUN_TAGS or not proper and (
                j != d + 2 or grammar.all_lemmas(head.text).keys() != {"NOUN"}
                or d < 2 or tokens[d - 2].pos != "IN" or tokens[d - 2].text.lower() == "by"):
            # a common noun right after the year names a thing too when it is nothing but a noun and its phrase a
            # preposition's object ("charged under a 2015 law on Thursday"); a word that is also a verb may be a
            # doing ("the 2010 census"); a subject or an agent acts at its year ("A 1996 law strengthened the
            # 1959 embargo")
            return False
        if head.pos in ("NN", "NNS") and "VERB" in grammar.all_lemmas(head.text):
            return False  # "the 1976 Ford campaign", "the 1992 Nike protests": a noun of doing, a happening
        thing = (view.start + tokens[d + 1].start, view.start + tokens[j - 1].end)
        clause = a.clause_at(d)
        for start, end in self._starts:
            if (start, end) == (e.start, e.end):
                continue
            if start < thing[1] and thing[0] < end:
                return False  # a date inside the name ("the 1987 October crash"): not another date
            if clause is not None and view.start <= start < view.end:
                k = bisect.bisect_left(starts, start - view.start)
                # the same clause and the same verb: one happening's date ("officials filed objections in 1995,
                # claiming the resolutions overruled a 1971 Convention" keeps 1971)
                if clause[0] <= k < clause[1] and _verb_of(a, k) == _verb_of(a, d):
                    return True
        return False

    def year_names_a_rule_kept_to(self, e: TimeExpression) -> bool:
        """Is the bare year e the modifier of a common noun that names a rule (`_authority_noun`), in a
        phrase a preposition of no time or place opens (`_RULE_PREPOSITIONS`: "charged under a 2015 law",
        "protested against the 2019 policy", "changes to a 1998 statute")? Then the year says which document
        (a law, a treaty, a policy) the clause's act keeps to, breaks or changes, not when anything in the clause
        was done, even with no other date in the sentence: no event of its year. A time's or a place's preposition
        keeps the year ("in the 2016 season", "at the 2012 championship"); so does any other noun ("a 2010
        census", "against the 2003 war", "about the 2008 crisis")."""
        if e.precision != Precision.YEAR or len(e.text) != 4 or not e.text.isdigit() \
                or not self._RULE_PREPOSITION_BEFORE.search(self.text, max(self.sent.start, e.start - 40), e.start):
            return False
        view, a, starts, d = self._analysed_at(e)
        tokens = a.tokens
        if d < 2 or d + 1 >= len(tokens) or tokens[d].end != e.end - view.start \
                or tokens[d - 1].pos not in ("DT", "PRP$", "POS") \
                or tokens[d - 2].text.lower() not in _RULE_PREPOSITIONS:
            return False
        head = tokens[d + 1]
        if head.pos not in ("NN", "NNS") or d + 2 < len(tokens) and tokens[d + 2].pos in _NOUN_TAGS:
            return False  # (a compound's first noun: "under a 2015 trade deal" is the head's, read by its kind)
        return _authority_noun(head.text)

    # A preposition then a determiner right before the year: where `year_names_a_rule_kept_to` looks further.
    _RULE_PREPOSITION_BEFORE = re.compile(rf"\b(?i:{'|'.join(sorted(_RULE_PREPOSITIONS))})\s+[A-Za-z'’]+\s+$")

    def _analysed_at(self, e: TimeExpression) -> tuple[Sentence, grammar.SentenceAnalysis, list[int], int]:
        """The view of e's sentence, its analysis, its tokens' starts (bisected again for the sentence's other
        dates) and the index of the token at e's start."""
        view = self.view(e.start, e.end)
        a = self.analysis() if self.whole else grammar.analyse_sentence(self.text[view.start:view.end])
        starts = a.token_starts  # (read only: the analysis keeps it)
        return view, a, starts, bisect.bisect_left(starts, e.start - view.start)

    # A noun, then "for" right before the date: what `year_says_what_a_noun_is_for` reads.
    _NOUN_FOR = re.compile(r"[A-Za-z]\s+for\s+$")

    def _year_for_a_noun(self, e: TimeExpression) \
            -> tuple[Sentence, grammar.SentenceAnalysis, list[int], int, tuple[int, int]] | None:
        """What `year_says_what_a_noun_is_for` and `period_of_an_acts_object` both read: is the year e the object
        of a noun's "for" (a common noun that names no happening, no possessive after the year: "the plan for
        next year's budget" is another noun's time, nor a noun phrase the year opens: "a fine for 2019 tax
        violations"), inside a clause? Then e's view, its analysis, its tokens'
        starts, the year's token and the clause's token span; None otherwise."""
        if e.precision != Precision.YEAR or is_fiscal_quarter(e) \
                or not self._NOUN_FOR.search(self.text, max(self.sent.start, e.start - 40), e.start):
            return None  # (a fiscal quarter dated at its year names the figures' period, `is_figures_period`)
        view, a, starts, d = self._analysed_at(e)
        tokens = a.tokens
        if d < 2 or d >= len(tokens) or tokens[d].start != e.start - view.start \
                or tokens[d - 1].text.lower() != "for" or tokens[d - 2].pos not in ("NN", "NNS") \
                or _kind_of_word(tokens[d - 2].text.lower()) is not None:
            return None  # (a happening's noun, "the elections for next year": a happening the period dates)
        nxt = bisect.bisect_left(a.token_ends, e.end - view.start) + 1  # the token after e
        if nxt < len(tokens) and (tokens[nxt].pos == "POS" or e.text.isdigit()
                                  and tokens[nxt].pos in _YEAR_MODIFIES_TAGS
                                  and not self._another_date_in_tokens(e, view, starts, nxt, nxt + 1)):
            # a bare year that modifies the next noun: "a fine for 2019 tax violations" is no fine's period ("her
            # budget for next year next week": a phrase, and another date after it)
            return None
        clause = a.clause_at(d)
        return None if clause is None else (view, a, starts, d, clause)

    def _another_date_in_tokens(self, e: TimeExpression, view: Sentence, starts: list[int], lo: int, hi: int) -> bool:
        """Is a calendar date other than e in tokens lo..hi-1 of e's view (a date belongs to the first token at or
        after its start)? By bisecting the sentence's dates, not by a loop over them: a run-on sentence of
        thousands of "forecast for 2001" would otherwise read every date for each."""
        if lo >= hi:
            return False
        low = view.start + starts[lo - 1] + 1 if lo > 0 else view.start  # after the token before lo starts
        high = min(view.start + starts[hi - 1], view.end - 1)  # at or before token hi-1's start
        keys = self._start_keys
        found = bisect.bisect_right(keys, high) - bisect.bisect_left(keys, low)
        if low <= e.start <= high:  # e itself (and a duplicate of its span) is no other date
            span = (e.start, e.end)
            found -= bisect.bisect_right(self._starts, span) - bisect.bisect_left(self._starts, span)
        return found > 0

    def year_says_what_a_noun_is_for(self, e: TimeExpression) -> bool:
        """Is the year e the object of a noun's "for" after the clause's verb ("will vote next month on the
        budget for 2026", "set targets for 2030 on Tuesday", "will present its budget for next year on October
        7")? Then it says what the budget or the targets are for, not when anything happens: another date of
        the clause's verb dates it. A verb's "for" ("scheduled for 2026") keeps the year: it is when the thing is
        due; so does a happening's noun ("the elections for next year"), and a subject's ("Profit for the year
        rose"), whose figures the year dates."""
        read = self._year_for_a_noun(e)
        if read is None:
            return False
        view, a, starts, d, clause = read
        # Only beside another date of the same verb, which then dates it: alone ("raised its forecast for 2026"),
        # the year is all the sentence gives, and dropping it would leave the raising undated.
        verb = _verb_of(a, d)
        if not 0 <= verb < len(a.groups) or a.groups[verb].first > d:
            return False  # "Profit for the year rose …": the subject's figures, which the year dates
        # the tokens `_verb_of` gives this verb: from its first word to the next group's (from 0 for the first)
        firsts = a.group_firsts
        lo = 0 if verb == 0 else firsts[verb]
        hi = firsts[verb + 1] if verb + 1 < len(firsts) else len(a.tokens)
        if verb > 0 and lo > 0 and a.tokens[lo - 1].text.lower() == "and" and firsts[verb - 1] >= clause[0]:
            # a verb joined to the one before it shares its adverbials: "on Thursday issued an outlook and raised its
            # forecast for fiscal 2023" (Thursday dates the raising too)
            lo = 0 if verb - 1 == 0 else firsts[verb - 1]
        return self._another_date_in_tokens(e, view, starts, max(lo, clause[0]), min(hi, clause[1]))

    def period_of_an_acts_object(self, e: TimeExpression) -> tuple[int, grammar.VerbGroup] | None:
        """Is the year e, alone in its clause, the period a noun is for, that noun the object of a done act ("raised
        its forecast for 2026", "has cut its budget for next year", "is trimming his estimate for 1990")? Then the
        year is the noun's period (the forecast's), not the act's date: the act was done when the article tells
        it. The document offset of the noun phrase's first word and the act's verb group; None otherwise (another
        date of the clause's verb dates it: `year_says_what_a_noun_is_for`; a plan or a future, "will set a
        target for 2030", is no act done; a copula's or "have"'s noun, "has plans in place for 2011", is a state;
        a negated act, "has not met expectations for 1989", was not done)."""
        read = self._year_for_a_noun(e)
        if read is None:
            return None
        view, a, starts, d, clause = read
        tokens = a.tokens
        g = bisect.bisect_right(a.group_firsts, d) - 1
        if g < 0 or not clause[0] <= a.groups[g].first < clause[1]:
            return None
        group = a.groups[g]
        # the noun phrase right after the verb group is its object: determiners, adjectives, nouns only
        first = group.last + 1
        if first >= d - 1 or any(t.pos not in _NOUN_PHRASE_TAGS or t.pos in ("VBN", "VBG")
                                 for t in tokens[first:d - 1]):
            return None
        main, auxiliaries = group.main, [w.text.lower() for w in group.auxiliaries]
        done = main.pos in ("VBD", "VBN") and not auxiliaries and group.finite \
            or main.pos == "VBN" and bool(auxiliaries) and auxiliaries[-1] in ("has", "have") \
            or main.pos == "VBG" and bool(auxiliaries) and auxiliaries[-1] in ("is", "are")
        if not done or any(w.text.lower() in ("not", "n't", "never") for w in group.words) \
                or grammar.verb_lemmas(main.text.lower()) & {"be", "have"}:
            return None
        if self._another_date_in_tokens(e, view, starts, clause[0], clause[1]) and self.statement_day(e) is None:
            return None  # another date in the clause: `year_says_what_a_noun_is_for` reads it (a statement's day,
            # "raised its forecast for 2026, it said on Tuesday", dates the telling, not the forecast)
        return view.start + tokens[first].start, group

    def statement_day(self, e: TimeExpression) -> TimeExpression | None:
        """The day of a statement in e's sentence that tells the act e is of ("cut its estimate for next year, it said
        on Tuesday", "said on Tuesday that it lowered its target for 2026"): another date of the sentence, a day of the
        article's news (`is_news_day`) right after a reporting verb ("said Tuesday", "said late on Tuesday").
        The statement's event, on that day, is then the act's one event: the act gives no other."""
        text = self.text
        for other in self.exprs:
            if other is e or not is_news_day(self.doc, other):
                continue
            before = _STATEMENT_VERB_BEFORE.search(text, max(self.sent.start, other.start - 40), other.start)
            if before is not None and _is_reporting(before["verb"].lower()):
                return other
        return None

    def free_adjunct_date(self, e: TimeExpression) -> str | None:
        """What a date inside a trailing "-ing" adjunct dates ("won on Sunday, bringing its second award this
        year", "were named best actors on Sunday, cementing their roles as frontrunners at the Oscars next
        month"), when the main clause before it has a date of its own: the adjunct tells what the main act
        brought about, at the main act's time, so the date modifies a noun of the adjunct, neither verb. None when
        the rule does not apply (the date not in such an adjunct, a perfect participle's, one of several dates of
        the adjunct, or a past date of its own: "battered the coast on Saturday, sinking three boats on Sunday").
        Else, for a stretch holding the main clause's date ("this year": it says nothing more) or a date to come
        after a past main clause: the title of the phrase of the happening noun the date follows ("the national
        elections next month": "The national elections"), and "" for no candidate when there is none ("the
        Oscars next month", "its second award this year")."""
        if not self.whole or e.first is None or e.last is None:
            return None
        a = self.analysis()
        tokens = a.tokens
        base = self.sent.start
        d0 = bisect.bisect_right(a.token_ends, e.start - base)
        if d0 >= len(tokens) or tokens[d0].start != e.start - base:
            return None

        def after_comma(k: int) -> int | None:
            """The comma right before token `k`, or before the closing quotation mark right before it (a title's
            comma inside its quotes: "in “The Morning Show,” bringing")."""
            if tokens[k - 1].text == ",":
                return k - 1
            if k > 1 and tokens[k - 1].text in _CLOSING_QUOTES and tokens[k - 2].text == ",":
                return k - 2
            return None

        v = d0 - 1  # back to the adjunct's "-ing" verb after a comma, within its clause
        while v > 1 and not (tokens[v].pos == "VBG" and after_comma(v) is not None):
            t = tokens[v]
            if t.pos in ("VBD", "VBZ", "VBP", "MD") or t.pos.startswith("W") or t.text in _COMPLEMENT_BREAKS:
                return None
            v -= 1
        at = after_comma(v) if v > 1 and tokens[v].pos == "VBG" else None
        if at is None or tokens[v].text.lower() == "having":
            return None  # (a perfect participle, "having been burned this year", tells an earlier act of its own)
        comma = base + tokens[at].start
        if not any(g.finite and g.last < at for g in a.groups):
            return None  # (no main clause before it: "Speaking on Monday, ..." is no trailing adjunct)
        if any(x is not e and comma < x.start < e.start for x in self.exprs):
            return None  # (a trend's own times: "rising from 35 percent several years ago to 51 percent this year")
        own = [x for x, calendar in zip(self.exprs, self.calendar)
               if calendar and x is not e and x.end <= comma and x.first is not None and x.last is not None]
        if not own:
            # (An undated main clause is the day's news, or undated: the adjunct's date may be the act's as well,
            # "acquired Emery, completing the deal earlier this year".)
            return None
        main_date = own[-1]
        if not (e.first <= main_date.first and main_date.last <= e.last):  # ("this year" around Sunday's win)
            published = self.doc.published
            if published is None or e.first <= published or main_date.last > published:
                return None  # (not a date to come after a past main clause either)
        # The happening noun the date follows, past its own phrases ("the national elections of the republic next
        # month"): its noun phrase.
        head = next((k for k in range(d0 - 1, v, -1) if tokens[k].pos in ("NN", "NNS") and (
            _kind_of_word(tokens[k].text.lower()) or _noun_names_a_happening(tokens[k].text.lower()))), None)
        if head is None:
            return ""  # ("the second award this year", "at the Oscars next month")
        first = head
        while first > v + 1 and tokens[first - 1].pos in _ADJUNCT_NOUN_PHRASE_TAGS:
            first -= 1
        last = d0 - 1
        while last > head and tokens[last].pos in ("IN", "TO", "RB", "RBR", ","):
            last -= 1  # the date's own preposition or adverb ("by", "earlier")
        sentence = self.sentence_text
        return _shorten(grammar.capitalised(sentence[tokens[first].start:tokens[last].end]))

    def gerund_complement_title(self, e: TimeExpression) -> str | None:
        """The title of a date that ends a preposition's "-ing" complement of the main verb ("accused Fortenberry
        of lying to investigators during two interviews in 2019", "were arrested for allegedly killing a driver on
        September 12"), when the date is older than the article's story days: the date modifies the nearest
        verb, the "-ing" one, whose act (the lying, the killing) came before the main verb's (the accusation, the
        arrest). Titled by who does it (the main verb's object, or its subject when it has none or is passive)
        and the "-ing" verb as a finite one ("Fortenberry lies to investigators during two interviews"). None
        for a date of the story's days or to come ("was charged with killing Ms Hanson on Thursday night": the
        charge's day, as news writes it), or when the complement is not of one piece (a comma, a clause, another
        verb between), or its doer is a pronoun or is not found."""
        published = self.doc.published
        if published is None or e.first is None or e.last is None \
                or e.last >= published - STORY_FRESH:
            return None
        a = self.analysis()
        tokens = a.tokens
        sentence = self.sentence_text
        d0 = bisect.bisect_right(a.token_ends, e.start - self.sent.start)  # the date's first token
        if d0 >= len(tokens) or tokens[d0].start != e.start - self.sent.start:
            return None
        # Back from the date to the "-ing" verb: the words of its complement, one piece (an apposition of names
        # between commas, "another driver, Oluwaseyi Fowler,", is a piece of it).
        g = d0 - 1
        while g >= 0 and d0 - g <= _GERUND_REACH and tokens[g].pos != "VBG":
            t = tokens[g]
            if t.pos.startswith(("VB", "MD", "W")) or t.text in _COMPLEMENT_BREAKS:
                return None
            if t.text == ",":
                j = g - 1
                while j >= 0 and tokens[j].pos in _APPOSED_NAME_TAGS:
                    j -= 1
                if j == g - 1 or j < 0 or tokens[j].text != ",":
                    if d0 - g > 1:  # (a comma right before the date is the date's own: "..., on September 12")
                        return None
                else:
                    g = j
            g -= 1
        if g < 1 or tokens[g].pos != "VBG":
            return None
        p = g - 1
        while p >= 0 and tokens[p].pos == "RB":
            p -= 1  # "for allegedly killing"
        if p < 1 or tokens[p].pos not in ("IN", "TO") or tokens[p].text.lower() in _GERUND_ADVERBIAL_OPENERS:
            return None  # ("after posting a loss in March": `_gerund_adverbial_title`'s)
        k = bisect.bisect_right(a.group_firsts, p) - 1
        if k < 0:
            return None
        main = a.groups[k]
        if not main.finite or main.last >= p:
            return None
        between = tokens[main.last + 1:p]  # the main verb's object, if any: one noun phrase
        if any(t.pos not in _OBJECT_TAGS for t in between):
            return None
        passive = main.main.pos == "VBN" and any(w.text.lower() in _BE_FORMS for w in main.words[:-1])
        names = grammar.document_names(self.text)
        if between and not passive:
            doer = (main.last + 1, p)
            plural = grammar._plural_phrase(between, names)
        elif not between:
            doer = a.subject_of(main)
            plural = a.subject_is_plural(main, names)
        else:
            return None
        if doer is None or plural is None or doer[1] - doer[0] > _DOER_WORDS \
                or any(t.pos == "PRP" for t in tokens[doer[0]:doer[1]]):
            return None  # (a pronoun says no more than the main clause's title)
        lemmas = grammar.verb_lemmas(tokens[g].text)
        if len(lemmas) != 1:
            return None
        (lemma,) = lemmas
        verb = lemma if plural else grammar.verb_form(lemma, "VBZ")
        if verb is None:
            return None
        who = sentence[tokens[doer[0]].start:tokens[doer[1] - 1].end]
        how = sentence[tokens[p + 1].start:tokens[g].start]  # its adverbs ("allegedly ")
        rest = _DATE_PREPOSITION_END.sub("", sentence[tokens[g].end:tokens[d0].start])
        return _shorten(grammar.capitalised(_without_roles(f"{who} {how}{verb}{rest}").strip()))

    def happening_noun_phrase(self, e: TimeExpression) -> _HappeningNoun | None:
        """Is e a day or a month inside a noun phrase, between its determiner and a noun that names a happening
        (`_kind_of_word`: "the Dec. 21, 1988, bombing of a jet", "his Oct. 23 slaying", "the Feb. 23 accord")? Then
        the date is that happening's, an event of its own, not the clause verb's ("charged in the … bombing").
        Document offsets: the determiner's start, where the words after the date start, and the phrase's end
        (its head, then an "of" phrase or a participle's "by" phrase: "the bombing of Pan Am Flight 103",
        "the accord signed by Annan"); whether the head ends it; the clause's verb group. A possessive after the
        date ("Monday's attack") is another rule's."""
        if e.precision not in (Precision.DAY, Precision.MONTH) \
                or _DETERMINER_RIGHT_BEFORE.search(self.text, max(self.sent.start, e.start - 8), e.start) is None:
            return None  # (the cheap test first: most dates follow a preposition)
        view, a, starts, d = self._analysed_at(e)
        tokens = a.tokens
        if d < 1 or d >= len(tokens) or tokens[d].start != e.start - view.start \
                or tokens[d - 1].pos not in ("DT", "PRP$") or tokens[d - 1].text.lower() in ("that", "this", "those",
                                                                                          "these", "each", "every"):
            return None
        j = bisect.bisect_left(a.token_ends, e.end - view.start) + 1  # the token after e
        if j < len(tokens) and tokens[j].text == "," and tokens[j - 1].pos == "CD" and e.text[-1:].isdigit() \
                and len(e.text) > 4 and e.text[-5:-4] == " ":
            j += 1  # "the Dec. 21, 1988, bombing": the comma closes the year
        first = j
        while j < len(tokens) and tokens[j].pos in ("JJ", "NN", "NNS", "VBG", "NNP") and tokens[j].text[:1].isalpha():
            j += 1
        kind = _kind_of_word(tokens[j - 1].text.lower()) if j > first else None
        # (a verb's "-ing" noun names a happening as a kind word does: "the Christmas Eve stabbings")
        if kind is None and j > first and _noun_names_a_happening(tokens[j - 1].text.lower()) \
                and tokens[j - 1].pos in ("NN", "NNS"):
            kind = "event"
        if kind is None or kind == "meeting" or tokens[j - 1].pos not in ("NN", "NNS", "VBG") \
                or j < len(tokens) and tokens[j].pos == "POS":
            # (a gathering is where the clause's act took place, on its day: "In a July 16 press conference, Jobs
            # said …" dates the saying)
            return None
        g = bisect.bisect_right(a.group_firsts, d) - 1
        clause = a.clause_at(d)
        if g < 0 or clause is None or not clause[0] <= a.groups[g].first < clause[1]:
            return None  # the clause's subject ("The Aug. 7 bombings killed 224 people"): its verb tells of it
        # the head's own phrases: up to two prepositional ones ("of Pan Am Flight 103", "at American embassies in
        # Kenya and Tanzania") or a participle's "by" phrase ("signed by Annan"); one the sentence goes on past a
        # comma ("of a Birmingham, Ala., abortion clinic") is left out whole
        # (a phrase after the head left out, "the Oct. 23 killing of the doctor, Barnett Slepian", leaves the title
        # no barer than the article's other names of the happening: the date is not put back in)
        cut = j < len(tokens) and (tokens[j].text.lower() in _HEAD_PREPOSITIONS or tokens[j].pos == "VBN")
        k = j
        for _ in range(2):
            p = k + 2 if k + 1 < len(tokens) and tokens[k].pos == "VBN" and tokens[k + 1].text.lower() == "by" \
                else k + 1 if k < len(tokens) and tokens[k].text.lower() in _HEAD_PREPOSITIONS else k
            if p == k:
                break
            q = p
            while q < len(tokens) and (tokens[q].pos in _PHRASE_NOUN_TAGS or tokens[q].pos == "CC" and q > p
                                       and tokens[q - 1].pos in ("NNP", "NNPS") and q + 1 < len(tokens)
                                       and tokens[q + 1].pos in ("NNP", "NNPS")):
                q += 1
            if q == p or tokens[q - 1].pos not in _NOUN_TAGS and tokens[q - 1].pos != "CD" \
                    or q < len(tokens) and tokens[q].text == "," \
                    and q + 1 < len(tokens) and tokens[q + 1].pos in ("NNP", "NNPS"):
                break
            k = q
        return _HappeningNoun(view.start + tokens[d - 1].start, view.start + tokens[first].start,
                              view.start + tokens[k - 1].end, k == j and not cut, a.groups[g])

    def noun_participle_phrase(self, e: TimeExpression) -> tuple[int, int] | None:
        """The noun phrase and the past participle that modifies it, up to e, when the participle is the last verb
        before e ("…, a practice banned in the region since June 1", "cars built in March were recalled", "troops
        killed in fighting on Monday"): document offsets from the noun phrase's first word to the end of the
        words before e. The date is the participle's (the ban, the building), not the clause verb's. Only
        prepositional phrases between the participle and e; a participle that a verb group holds ("was banned")
        is the clause's own verb."""
        if e.precision.rank > Precision.YEAR.rank:  # type: ignore[union-attr]
            return None  # (a decade's or century's era is another rule's: `_era_modifier`)
        view, a, starts, d = self._analysed_at(e)
        tokens = a.tokens
        if d >= len(tokens) or tokens[d].start != e.start - view.start:
            return None
        k = d - 1
        while k > 0 and tokens[k].pos in _PHRASE_TAGS:
            k -= 1
        if k < 1 or k == d - 1 or tokens[k].pos != "VBN" or tokens[k - 1].pos not in ("NN", "NNS") \
                or tokens[k + 1].pos != "IN":
            return None
        g = bisect.bisect_right(a.group_firsts, k) - 1
        if g >= 0 and a.groups[g].first <= k <= a.groups[g].last:
            return None  # "had been banned since June 1": the clause's own verb
        nxt = bisect.bisect_left(a.token_ends, e.end - view.start) + 1  # the token after e
        if tokens[d - 1].pos in ("DT", "PRP$", "POS", "JJ") or (nxt < len(tokens) and tokens[nxt].pos == "POS"):
            return None  # "after its 1990 invasion", "in Saturday night's debate": the date names the noun's time
        first = k - 1
        while first > 0 and tokens[first - 1].pos in _NOUN_PHRASE_TAGS:
            first -= 1
        # Only where the date cannot be the clause verb's: the participle's noun phrase set off by a comma ("…,
        # a practice banned … since June 1") or the subject before the clause's verb ("Cars built in March were
        # recalled"). After the verb, "announced at a conference held on Friday" may well date the announcing.
        clause = a.clause_at(k)
        if clause is None:
            return None
        before = [g for g in a.groups if clause[0] <= g.first < k]
        after = [g for g in a.groups if d < g.first < clause[1]]
        set_off = first > 0 and tokens[first - 1].text == "," and a.groups and all(g.first < first for g in a.groups)
        if not set_off and not (not before and after):
            return None
        if after and (after[0].last + 1 < len(tokens) and tokens[after[0].last + 1].text.lower() == "that"
                      or not grammar.verb_lemmas(after[0].main.text).isdisjoint(grammar.REPORTING_LEMMAS)):
            return None  # "a survey published on Thursday found that …": the telling is the publishing's news
        while set_off and first < k - 1 and tokens[first].pos in ("DT", "PRP$", "CD"):
            first += 1  # the title names the thing ("Practice banned"), not which one
        # (a subject keeps its determiner: "A man arrested on Friday ... was charged" is "A man arrested", one man)
        return view.start + tokens[first].start, view.start + tokens[d - 1].end

    def noun_of_or_from_date(self, e: TimeExpression) -> NounDate | None:
        """`noun_of_or_from_date` of e in this reading's sentence (only a whole sentence's reading)."""
        if not self.whole:
            return None
        view, a, _starts, d = self._analysed_at(e)
        return noun_of_or_from_date(self.text, view.start, a, d, e, self.doc.published)

    def since_noun_phrase(self, e: TimeExpression) -> tuple[int, int] | None:
        """The noun phrase of a "since" whose object e follows (`grammar.since_object_before`: "the first vote
        since independence more than 40 years ago", "since the war in 1945"): document offsets of its words.
        The date is that noun's happening's, not the clause verb's."""
        if e.precision is None or not _SINCE_NOUN_CUE.search(self.text, max(self.sent.start, e.start - 60), e.start):
            return None  # (the cheap test first: a "since" in the 60 characters before the date)
        view, a, starts, d = self._analysed_at(e)
        tokens = a.tokens
        if d < 2 or d >= len(tokens) or tokens[d].start != e.start - view.start:
            return None
        k = grammar.since_object_before(tokens, d)
        if k is None:
            return None
        last = d - 1 - (tokens[d - 1].text.lower() in ("in", "on", "of"))
        return view.start + tokens[k + 1].start, view.start + tokens[last].end

    def perfect_since_measure(self, e: TimeExpression) -> grammar.VerbGroup | None:
        """The perfect verb group whose change "since e" measures up to its time ("the river had fallen by almost a
        metre since Thursday night", "has risen 5 percent since Monday", "have killed 19 people since Thursday"),
        if e is such a start. The amount is reached at the verb's time (the report's), not at e. A
        perfect with no measure before "since" keeps e: it tells when a state began ("has lived in the village
        since 1990")."""
        # (the tagger's phrase may hold the "since": "since March 2011", "since January 5")
        opening = e.text[:6].lower() == "since "
        if not opening and not _SINCE_BEFORE.search(self.text, max(self.sent.start, e.start - 8), e.start):
            return None
        view, a, starts, d = self._analysed_at(e)
        tokens = a.tokens
        d += opening  # (the date's own first token, after its "since")
        if d < 2 or d >= len(tokens) or tokens[d - 1].text.lower() != "since":
            return None
        g = bisect.bisect_right(a.group_firsts, d) - 1
        if g < 0:
            return None
        group = a.groups[g]
        clause = a.clause_at(d)
        if clause is None or not clause[0] <= group.first < clause[1] or len(group.words) < 2 \
                or group.words[0].text.lower() not in _PERFECT_HAVE or group.main.pos != "VBN":
            return None
        between = tokens[group.last + 1:d - 1]
        if any(t.pos in ("VBD", "VBZ", "VBP", "MD") for t in between):
            return None  # another finite verb between: "since" is not this group's
        if any(t.text == "," for t in between):
            return None  # an aside's between: "had detained a man ..., a practice banned since June 1" is the aside's
        # An amount: a number, or "by" (not a passive's agent: "has been ruled by London since 1972").
        passive = any(w.text.lower() in ("been", "be", "being") for w in group.auxiliaries)
        if not any(t.pos == "CD" or (t.text.lower() == "by" and not passive) for t in between):
            return None
        return group

    def names_a_thing_dated_finer(self, e: TimeExpression) -> bool:
        """Is e a noun's modifier ("this year's conference", "the company's 2010 conference") in a sentence whose
        nearest other date is finer and lies within e ("Yesterday, at this year's conference, Jobs unveiled
        ...")? The finer date dates the happening; e only says which conference."""
        if not _NOUN_MODIFIER.match(self.text, e.end, min(e.end + 40, self.sent.end)) \
                and not _POSSESSIVE_BEFORE.search(self.text, max(self.sent.start, e.start - 8), e.start) \
                and not self._after_nouns_of(e):
            return False
        if self._by_span is None:
            self._by_span = {(x.start, x.end): x for x in compress(self.exprs, self.calendar)}
        for a, b in self.others(e):
            o = self._by_span.get((a, b))
            if o is not None and o.first is not None and o.last is not None and e.first is not None \
                    and e.last is not None and e.first <= o.first and o.last <= e.last \
                    and (o.last - o.first) < (e.last - e.first):
                return True
        return False

    def _after_nouns_of(self, e: TimeExpression) -> bool:
        """Is e a bare deictic phrase ("this year", "next month") right after the noun of an "of" phrase ("its offer
        of a 3.5% pay rise this year")? Then, with a finer date in the sentence, it says which rise."""
        if not _DEICTIC.match(e.text):
            return False
        view, a, starts, d = self._analysed_at(e)
        tokens = a.tokens
        if d < 2 or d >= len(tokens) or tokens[d].start != e.start - view.start or tokens[d - 1].pos not in ("NN", "NNS"):
            return False
        k = d - 1
        while k > 0 and tokens[k].pos in ("NN", "NNS", "JJ", "CD", "DT", "PRP$", "POS", "NNP"):
            k -= 1
        return tokens[k].text.lower() == "of"

    def _earlier_texts(self) -> list[str]:
        """The sentences before this one, nearest first, up to `_EARLIER_SENTENCES` (a he/she follows its chain
        of pronouns back that far, `_person_along_chain`); none when the sentence opens the document."""
        out: list[str] = []
        start = self.sent.start
        while len(out) < _EARLIER_SENTENCES:
            previous = self.layout.previous(start)
            if previous is None:
                break
            # Only its opening part is read; a huge sentence is not copied per date.
            out.append(self.layout.text_of(Sentence(previous.start,
                                                    min(previous.end, previous.start + _WHOLE_SENTENCE))))
            start = previous.start
        return out


def extract_mentions(doc: Document, expressions: list[TimeExpression] | None = None, *,
                     progress: CharProgress | None = None,
                     on_error: ErrorCallback | None = None) -> list[Candidate]:
    """Candidate events in one document: one per date (or per year of a list), named period or implied date.

    `progress(offset)` is called as the work advances through the text (see core.progress); when the
    expressions are not given, the tagger's scan reports through it too.

    Failures are contained: when reading one expression (or one sentence, named period or relational
    phrase) raises an `Exception`, that item is dropped and `on_error(start, end, exc)` is called with the
    span it covered (without `on_error`, the drop is logged at DEBUG level); the rest of the document is
    still extracted. The number of `on_error` calls is the number of items dropped. Nothing raises out of
    here but `Cancelled` (a BaseException, from `progress`) and what `on_error` itself raises.

    Every candidate's mention lies within its sentence (`sentence_start..sentence_end`), and its
    `sentence` is exactly that text, whatever sentences the document gives.
    """
    text = doc.text
    if expressions is None:
        try:
            from timeline_app.core.temporal import tag

            expressions = tag(text, reference=doc.published, progress=progress)
        except Exception as exc:  # a failure outside the per-item guards: nothing found
            _failer(doc, on_error)(0, len(text), exc)
            return []
    walk = MentionWalk(doc, expressions, progress=progress, on_error=on_error)
    for _ in walk.steps():
        pass
    return walk.finish()


def _failer(doc: Document, on_error: ErrorCallback | None) -> ErrorCallback:
    def fail(start: int, end: int, exc: Exception) -> None:
        if on_error is not None:
            on_error(start, end, exc)
        else:
            _log.debug("%s: dropped [%s, %s): %r", doc.id, start, end, exc)
    return fail


class MentionWalk:
    """`extract_mentions` in steps, so that another reader of the document's dates (news, `core/analysis.py`)
    can walk it alongside: `steps()` reads the dated sentences in document order, one group at a time, and
    yields the offset reached; `finish()` then runs the passes over the whole text (relations, named periods)
    and returns every candidate, sorted. The expressions are taken off the walk's queue as their sentence is
    read, so once the caller lets go of its own list, an expression lives only until every reader is past it.
    Failures are contained as `extract_mentions` says (a failure outside the per-item guards ends the walk,
    keeping what was found)."""

    # What the walk's attributes are to a walk in pieces (core/split.py; the roles as `news.NewsWalk.PIECE_ROLES`
    # says): a dated sentence's candidates depend on the document, the layout and the sentence's expressions
    # alone, so no attribute is state carried from one sentence to the next. The layout's joins are the piece's
    # own expressions', which are the whole walk's for the piece's sentences: core/split.py cuts only where no
    # expression runs across. A new attribute is carried state (compared at each cut) unless it is named here.
    PIECE_ROLES = {
        "out": "output",
        "doc": "fixed", "_fail": "fixed", "_progress": "fixed", "_excluded": "fixed", "_layout": "fixed",
        "_usable": "input", "_source": "input", "_stories": "memo",
    }

    def __init__(self, doc: Document, expressions: Iterable[TimeExpression], *,
                 progress: CharProgress | None = None, on_error: ErrorCallback | None = None,
                 streamed: bool = False, blocks: tuple[array, array] | None = None) -> None:
        """`streamed`: `expressions` come sorted by start (`temporal.tag_stream`'s) and are read as the walk
        goes, a sentence's worth ahead, not all up front (the answers are the same). `blocks`: the document's
        `layout_blocks`, if made already."""
        self.doc = doc
        self.out: list[Candidate] = []  # found so far (in the order found; `finish` sorts them)
        self._fail = _failer(doc, on_error)
        self._progress = progress
        self._layout: _Layout | None = None
        self._excluded: SpanIndex | None = None
        self._usable: deque[TimeExpression] = deque()
        self._source: Iterator[TimeExpression] | None = None  # streamed: the expressions not yet read
        # A page of several stories (`Document.story_days`): the document as each later story reads it, made when
        # its first dated sentence is read.
        self._stories: dict[int, Document] = {}
        try:
            self._prepare(expressions, streamed, blocks)
        except Exception as exc:  # a failure outside the per-item guards: nothing found
            self._fail(0, len(doc.text), exc)
            self._stop()

    def _prepare(self, expressions: Iterable[TimeExpression], streamed: bool,
                 blocks: tuple[array, array] | None) -> None:
        self._excluded = SpanIndex(self.doc.excluded)
        if streamed:
            self._source = iter(expressions)
        else:
            usable = [e for e in expressions if self._usable_expression(e)]
            usable.sort(key=lambda e: e.start)
            self._usable = deque(usable)
        self._layout = _Layout(self.doc, blocks)

    def _usable_expression(self, e: TimeExpression) -> bool:
        """Is `e` one the walk reads? (One outside the text is a failure, reported.)"""
        if not (isinstance(e.start, int) and isinstance(e.end, int) and 0 <= e.start <= e.end <= len(self.doc.text)):
            self._fail(e.start if isinstance(e.start, int) else 0, e.end if isinstance(e.end, int) else 0,
                       ValueError(f"expression {e.text!r} lies outside the text"))
            return False
        # "eight years from now" is a projection, not the date of a reported happening
        return not self._excluded.overlaps(e.start, e.end) and not is_projection(e)  # type: ignore[union-attr]

    def _more(self) -> bool:
        """Streamed: the next usable expression onto the queue, joined into the layout; False when none is left."""
        source, layout = self._source, self._layout
        if source is not None and layout is not None:
            for e in source:
                if self._usable_expression(e):
                    self._usable.append(e)
                    layout.join(e.start, e.end)
                    return True
        self._source = None
        return False

    def _stop(self) -> None:
        """Ends the walk (a failure outside the per-item guards): nothing more is read, nor held."""
        self._layout = None
        self._usable.clear()
        self._source = None

    def steps(self) -> Iterator[int]:
        """Reads the dated sentences, yielding after each (the offset its expressions reached)."""
        layout = self._layout
        if layout is None:
            return
        doc, out, fail = self.doc, self.out, self._fail
        ticker = _Ticker(self._progress)
        try:
            for sent, exprs in layout.groups(self._usable, None if self._source is None else self._more):
                try:
                    if _dated_section_heading(doc.text, layout, sent):
                        yield exprs[-1].start
                        continue  # "June 2024 Store Closures": it dates the section below, no happening itself
                    reading = _Reading(self._story_document(sent.start), layout, sent, exprs)
                except Exception as exc:
                    fail(sent.start, sent.end, exc)
                    continue
                consumed: set[int] = set()
                for i, e in enumerate(exprs):
                    ticker(e.start)
                    if i in consumed:
                        continue
                    try:
                        _expression_candidates(reading, i, consumed, out)
                    except Exception as exc:
                        fail(e.start, e.end, exc)
                yield exprs[-1].start
        except Exception as exc:  # a failure outside the per-item guards: keep what was found so far
            fail(0, len(doc.text), exc)
            self._stop()

    def _story_document(self, offset: int) -> Document:
        """The document as the story holding `offset` reads it: on a page of several stories, a later story's
        sentences count from its own date line's day (`Document.as_story_at`), not the page's first."""
        doc = self.doc
        k = doc.story_index_at(offset)
        if k < 0:
            return doc
        story = self._stories.get(k)
        if story is None:
            story = self._stories[k] = doc.as_story_at(k)
        return story

    def read_elsewhere(self, e: TimeExpression) -> None:
        """For a walk made with no expressions whose dated sentences are read by other walks (core/split.py: a
        document in pieces): `e` joined into the layout, as reading it does (a failure reported, an expression
        the walk would not read left out), and not kept. Its `out` is then set to what they found, and `finish`
        called."""
        layout = self._layout
        if layout is not None and self._usable_expression(e):
            layout.join(e.start, e.end)

    def joined_across(self, offset: int) -> bool:
        """Does an expression join the blocks on either side of `offset` (a block's start) into one sentence?"""
        layout = self._layout
        if layout is None:
            return False
        k = bisect.bisect_left(layout.starts, offset)
        return k > 0 and bool(layout.joined[k - 1])

    def finish(self) -> list[Candidate]:
        """The passes over the whole text after the dated sentences, then every candidate, sorted by start."""
        layout, excluded, doc, out, fail = self._layout, self._excluded, self.doc, self.out, self._fail
        if layout is not None and excluded is not None:
            try:
                _whole_text_candidates(doc, layout, excluded, out, self._progress, fail)
            except Exception as exc:  # a failure outside the per-item guards: keep what was found so far
                fail(0, len(doc.text), exc)
        _sort_by_start(out)
        return out


_START = operator.attrgetter("start")


def _sort_by_start(out: list[Candidate]) -> None:
    """Sorts `out` by start in place, stably (as `out.sort(key=start)` would). The walk reads the dated sentences
    in document order, so its candidates most often come sorted already, and only the passes over the whole text
    (relations, named periods) add some out of order: the run already in order is kept as it is, the rest is
    sorted and put into it (after the run's candidates of the same start). Sorting every candidate's position by
    its start took a start int, a position int and three lists of pointers per candidate (~100 bytes: +1.6 bytes
    per character of dense news at 1 MB, the run's highest point); now a candidate costs nothing when all are in
    order and a pointer (the list put together) when some are not. The starts are read checking for Cancel: each
    is a property's call, ~0.4 s for the candidates of 10 MB of news."""
    run = 0
    last = 0
    for c in check_every(out, 4096):
        start = c.start
        if run and start < last:
            break
        last = start
        run += 1
    if run == len(out):
        return
    rest = out[run:]
    starts = [c.start for c in check_every(rest, 4096)]
    rest = [rest[k] for k in sorted(range(len(rest)), key=starts.__getitem__)]
    del starts
    merged: list[Candidate] = []
    taken = 0  # how much of the sorted run is in `merged`
    for c in rest:
        # (after the run's candidates of its start: they came first)
        cut = bisect.bisect_right(out, c.start, taken, run, key=_START)
        merged.extend(out[taken:cut])
        merged.append(c)
        taken = cut
    merged.extend(out[taken:run])
    out[:] = merged


_HEADING_WORDS = (2, 8)
_HEADING_ENDS = frozenset(".!?…:;,\"”’)]")
_SENTENCE_ENDS = frozenset(".!?…")
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _dated_section_heading(text: str, layout: _Layout, sent: Sentence) -> bool:
    """Is the dated sentence `sent` a heading that dates the section under it ("June 2024 Store Closures", "2014
    Results"): a line of its own after a blank line, a few words with no end stop, no verb of any form, a plural
    noun (what the section lists), and running text under it (a sentence that ends as one)? It is no happening
    itself: what happened is told below it (news reads its date for the section). The cheap tests first: most
    dated sentences end with a stop."""
    line = text[sent.start:sent.end].rstrip()
    if not line or line[-1] in _HEADING_ENDS or len(line) > 100 \
            or not _HEADING_WORDS[0] <= len(line.split(None, _HEADING_WORDS[1])) <= _HEADING_WORDS[1]:
        return False
    before = layout.previous(sent.start)
    if before is not None and text.count("\n", before.end, sent.start) < 2:
        return False
    after = layout.following(sent.end)
    if after is None or "\n" not in text[sent.end:after.start]:
        return False
    below = text[max(after.start, after.end - 4):after.end].rstrip("\"'”’)] \t\n")
    if not below or below[-1] not in _SENTENCE_ENDS:
        return False
    tokens = grammar.tag_words(line)
    if any(t.pos[:2] == "VB" or t.pos == "MD" for t in tokens):
        return False
    # (the plural as the lexicon knows the word, or the tagger's reading of a word it does not know: a name may be
    # guessed a plural, "Arroyo in 2009", a caption)
    return any(_plural_noun(t) for t in tokens)


def _plural_noun(token: grammar.Token) -> bool:
    """A plural noun as the lexicon knows the word; a word it does not know, as the tagger read it (a plural ending
    in "s": a capitalised one may be a name)."""
    if token.pos not in _PLURAL_TAGS and token.pos != "NNP":
        return False
    known = grammar.lexicon_tag(token.text.lower())
    return known == "NNS" if known is not None else token.pos in _PLURAL_TAGS and token.text[-1:] == "s"


def _whole_text_candidates(doc: Document, layout: _Layout, excluded: SpanIndex, out: list[Candidate],
                           progress: CharProgress | None, fail: ErrorCallback) -> None:
    text = doc.text
    _relational_candidates(doc, layout, excluded, out, _Ticker(progress), fail)

    ticker = _Ticker(progress)
    lines = _Lines(text)
    for p in find_periods(text):
        ticker(p.start)
        try:
            if excluded.overlaps(p.start, p.end):
                continue
            if doc.published is not None and p.period.first > doc.published:
                continue  # not yet begun when the article appeared: another thing of that name ("the Iran-Iraq war")
            if _era_modifier(text, p.end):
                continue  # "their Cold War military ties": a thing of that era, not the era told of
            sent = layout.span_for(p.start, p.end, lines)
            if _period_only_bounds(text, sent, p.start):
                continue
            out.append(Candidate(
                _mention(doc, p.start, p.end, sent), p.period.first, p.period.last, p.period.precision, "period",
                p.period.name, layout.text_of(sent), frozenset(), period=True,
                explanation=f"dated from the table of named periods: {p.period.name}"
                            + (f", {p.period.note}" if p.period.note else "")))
        except Exception as exc:
            fail(p.start, p.end, exc)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _period_only_bounds(text: str, sent: Sentence, start: int) -> bool:
    """Does the named period at [start, end) only bound a happening, as a date can ("the domination that began
    after World War II"), or tell where a thing comes from ("the remains of the Unknown from the Vietnam War")?
    Then nothing is said to happen in it. (The far end of a comparison, "the firmest bond since the Cold War",
    stays: the era is what the reader is pointed to.)"""
    if _BOUND_BEFORE.search(text, max(sent.start, start - 30), start):
        return True
    if sent.end - sent.start > _WHOLE_SENTENCE:
        return False
    sentence = text[sent.start:sent.end]
    origin = _FROM_BEFORE.search(text, max(sent.start, start - 10), start)
    if origin is None:
        return False
    tokens = grammar.tag_words(sentence)
    i = bisect.bisect_left([t.start for t in tokens], origin.start() - sent.start)
    return 0 < i < len(tokens) and tokens[i - 1].pos.startswith("NN")


# A date that bounds the main clause ("since 2019", "until March 2021") and a "when" clause right after it.
_SINCE_UNTIL_BEFORE = re.compile(r"\b(since|until|till)\s+$", re.IGNORECASE)
_SINCE_UNTIL_OPENING = re.compile(r"(since|until|till)\s", re.IGNORECASE)  # the tagger's "until June 2019"
_WHEN_AFTER = re.compile(r"\s*,\s*when\s+", re.IGNORECASE)
_WHEN_CLAUSE_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _names_its_noun(implied_title: str) -> bool:
    """Does a superlative's implied happening name its noun ("The club's previous title", "Previous longest
    strike"), not only a phrase after the superlative ("Previous between the two countries", "Previous most
    personal and emotional of many held")? Such a title says what happened at the date better than a when-clause
    that tells a detail of it ("the club's first title since 1994, when a young Dana Reed scored the goal")."""
    tokens = grammar.tag_words(implied_title)
    k = next((i for i, t in enumerate(tokens) if t.text.lower() == "previous"), None)
    if k is None:
        return False
    k += 1
    while k < len(tokens) and tokens[k].pos in ("JJ", "JJR", "JJS", "RB", "RBS"):
        k += 1
    # (a noun before "and" may be an adjective the tagger misread: "most personal/NN and emotional")
    return k < len(tokens) and tokens[k].pos in ("NN", "NNS") and (k + 1 == len(tokens) or tokens[k + 1].pos != "CC")


def _bounding_when_clause(text: str, sent: Sentence, e: TimeExpression) -> tuple[str, int] | None:
    """A "when" clause right after a date that "since"/"until" puts before ("the first since 2019, when a retired
    Marine was swapped", "quiet until June 2019, when a fire destroyed the mill"): what happened at the date, as the
    main clause (a count from it, a state up to it) does not say. "since" or "until" (for "till" too) and where
    the "when" starts. None when the clause has no subject and finite verb of its own ("until 2016, when asked
    to")."""
    bound = _SINCE_UNTIL_BEFORE.search(text, max(sent.start, e.start - 8), e.start) \
        or _SINCE_UNTIL_OPENING.match(e.text)
    if bound is None:
        return None
    when = _WHEN_AFTER.match(text, e.end, sent.end)
    if when is None:
        return None
    tokens = grammar.tag_words(text[when.end():sent.end])
    if len(tokens) < 2 or tokens[0].pos.startswith(("VB", "MD", "IN", "TO")) \
            or not any(t.pos in _WHEN_CLAUSE_FINITE for t in tokens[1:]):
        return None
    return ("since" if bound.group(1).lower() == "since" else "until"), when.end() - 5


def _expression_candidates(r: _Reading, i: int, consumed: set[int], out: list[Candidate]) -> None:
    """The candidates that exprs[i] of a sentence gives, appended to `out`."""
    doc, text, sent, exprs = r.doc, r.text, r.sent, r.exprs
    e = exprs[i]
    calendar = r.calendar[i]  # (most rules below apply to calendar dates only)
    if calendar and i > 0:
        # "net income for the quarter ended June 30 was …": the figure is the whole quarter's, not its last day's
        e = _period_ending_at(text, exprs[i - 1], e) or _year_before_period(text, exprs, i) or e
    view = r.view(e.start, e.end)
    implied_since = _implied_happening(text, view, e.start, _FIRST_SINCE) if calendar and r.may_imply() else None
    bound = _bounding_when_clause(text, view, e) if calendar else None
    if bound is not None and (bound[0] == "until" or implied_since is not None and not (
            implied_since.own_noun and _names_its_noun(implied_since.title)) or implied_since is None and (
            r.is_comparison(e) or r.may_imply() and _counts_since(text, view, e.start))):
        # "the first … since 2019, when a Marine was swapped", "dormant until March 2021, when an eruption began":
        # the main clause counts from the date or holds up to it; the act at the date is the when-clause's. (Not a
        # state that starts at it: "has struggled since 2015, when it lost a contract" keeps its main clause.)
        # A pronoun of the when-clause takes the main clause's subject ("has run the bakery since 2008, when she
        # bought it" → "Brenna Holt bought it"); the kind a superlative names stays ("the worst floods since 1953,
        # when 200 people died": a flood, as another article's "the floods of 1953" is).
        # (The clause from its "when" is titled as a sentence whose date phrase is the "when".)
        then = text[bound[1]:sent.end]
        names = grammar.document_names(text)
        title = _resolve_pronoun(
            title_from_sentence(then, 0, 4, names=names), then, (0, 4), [], lambda: [text[sent.start:e.start]],
            names, partial(grammar.person_surnames, text), doc.title or "", text)
        # (The happening a superlative implies stays an inferred one, as without the when-clause: the article's
        # own telling of it elsewhere titles a merged event first.)
        inferred = e.relative or implied_since is not None
        out.append(Candidate(
            _mention(doc, e.start, e.end, sent, inferred=inferred), e.first, e.last, e.precision,  # type: ignore[arg-type]
            implied_since.kind if implied_since is not None else title_kind(title), title, r.sentence_text,
            r.actors(e.start, e.end), inferred=inferred,
            explanation=f"what happened at “{_quote(text, sent, e)}”, told by the clause of its “when”"))
        return
    if implied_since is not None:
        out.append(Candidate(
            _mention(doc, e.start, e.end, sent, inferred=True), e.first, e.last, e.precision,  # type: ignore[arg-type]
            implied_since.kind, implied_since.title, r.sentence_text, r.actors(e.start, e.end), inferred=True,
            explanation=f"implied by “{_quote(text, sent, e)}” in {quoted_title(doc)}"))
        return
    if calendar and r.names_a_thing_dated_finer(e):
        return  # "Yesterday, at this year's conference, ...": "Yesterday" dates what happened there
    if calendar and r.is_comparison(e):
        return  # "the index's best since 1993": a yardstick, not a happening of 1993
    measured = r.perfect_since_measure(e) if calendar else None
    if measured is not None:
        if is_news_day(doc, e):
            if doc.published is not None:
                out.append(_measured_up_to_report(r, e, measured))
            return  # "had fallen by almost a metre since Thursday night": the fall is reached now, not Thursday
        if doc.published is not None and e.first is not None and e.first <= doc.published:
            # "has launched more than 100 drone strikes since 2002": a count gathered over the stretch from a start
            # long gone up to the report, not a happening of its first year; with no publication date the stretch
            # has no end the text gives, and no event
            out.append(_measured_over_the_stretch(r, e))
        return
    # (A range's first date is no yardstick: "took payments from two firms between 2016 and 2019" is not the far
    # side of a comparison opened by "from two firms".)
    j = _range_end(exprs, i, text, sent) if calendar else None  # (asked once: the range rule below reads it too)
    compared = r.compared_side(e) if j is None and calendar else None
    if compared is not None:
        # "posted a net loss, versus net income of $5.3 million a year earlier": the date is the compared
        # figure's, never the main clause's; a bare yardstick ("fell 8.4% from a year ago") dates nothing.
        if compared.figure is not None or compared.then is not None:
            out.append(_compared_candidate(r, e, compared))
        return
    if calendar and e.precision in (Precision.DECADE, Precision.CENTURY) and _era_modifier(text, e.end, e.start):
        return  # "a 20th century democrat", "1960s music": a thing's era, not a happening in it
    if calendar and _forecast_limit(text, sent, e, doc.published, r.expectations):
        return  # "analysts expect the trend to continue into the fourth quarter": a forecast's horizon
    if calendar and (_model_year(text, e) or r.year_names_a_thing(e) or _authority_year(text, sent, e)
                     or r.year_names_a_rule_kept_to(e)):
        return  # "Kopp's 1987 Chevrolet Cavalier was discovered last month": which model, not a happening
    if calendar and is_bare_year(e) and year_modifies_an_object(*r._analysed_at(e)[1::2], e):
        return  # "also forecast 2008 profit", "starred in 1981 film The French Lieutenant's Woman": which profit
    acted_on = r.period_of_an_acts_object(e) if calendar and doc.published is not None else None
    if acted_on is not None:
        # "raised its forecast for 2026": the forecast is for 2026 (a happening of its own there, titled by its
        # noun), the raising was done when the article tells it: on the day of the statement that tells it, whose
        # event is then the act's one ("..., it said on Tuesday": no second one on the publication day)
        period, act = _period_of_an_acts_object(r, e, *acted_on)
        out.append(period)
        if r.statement_day(e) is None:
            out.append(act)
        return
    if calendar and r.year_says_what_a_noun_is_for(e):
        return  # "will vote next month on the budget for 2026": what the budget is for, not when they vote
    if calendar and r.holds(_LABEL_PARTS) and as_of_or_labelled(text, sent.start, e):
        # "properties, worth $2 million in October, were sold", "best-before dates up to July 15": a value's as-of
        # date or the date a thing is labelled with, not when the clause's happening was. The value held then: a
        # state of its own at that date ("Her properties were worth $2 million").
        valued = _valued_then(r, e)
        if valued is not None:
            out.append(Candidate(
                _mention(doc, e.start, e.end, sent, inferred=e.relative), e.first, e.last, e.precision,  # type: ignore[arg-type]
                "event", valued, r.sentence_text, r.actors(e.start, e.end), inferred=e.relative,
                explanation=_relative_explanation(e, doc) if e.relative and doc.published else ""))
        return
    if calendar and _ended_on_a_day(text, exprs, i):
        return  # "its fourth quarter ended Sept. 30": a company's own period, which the day it ended dates
    if e.type == TimexType.DURATION:
        cand = _first_in_years(r, e)
        if cand is not None:
            out.append(cand)
        return
    if not calendar:
        return
    attribution = _ATTRIBUTION.search(text, max(sent.start, e.start - 60), e.start) \
        if in_attribution(text, sent.start, e.start) else None
    if attribution is not None:
        # "..., according to a study published on Monday": the date is the source's, not the finding's; the
        # source's coming out is a happening of its own ("A study published"), the finding stays undated.
        source = _attribution_source(text, attribution.start("source"), e, sent.end)
        if source:
            # (its title as its one name: the sentence's names are the finding's, and an unnamed candidate
            # takes its article's, either joining the source's coming out to another happening of that day,
            # "the ministry said on Monday it would study the report", or to a coarser date of the finding)
            out.append(_date_candidate(r, e, title_kind(source), source, frozenset((source,))))
        return
    if (e.precision in (Precision.QUARTER, Precision.HALF) or is_fiscal_quarter(e)) \
            and _OF_FISCAL_YEAR.match(text, e.end, sent.end):
        return  # "the first quarter of the financial year": its calendar months are the company's own
    if is_figures_period(text, e, sent.start):
        return  # "posted a third-quarter net loss": the report is the news, the quarter says which figures
    if _is_name_label(text, sent, e, exprs[j] if j is not None else e):
        consumed.update(range(i, (j if j is not None else i) + 1))
        return  # "Steve Jobs 1955-2011": a lifespan or a term of office labels a name, it is no happening
    if j is not None:
        # "from 1999 to 2012", "between May 3 and May 9": one happening over the whole range.
        consumed.update(range(i, j + 1))
        f = exprs[j]
        precision = max(e.precision, f.precision, key=lambda p: p.rank)  # type: ignore[arg-type]
        view = r.view(e.start, f.end)
        # (the sentence's dates outside the range end its title as they end a date's: "served as high sheriff
        # from 1968 to 1969 and mayor from 1969 to 1970" holds two terms, each its own title)
        outside = [o for o in (*r.others(e), *r.others(f)) if o[1] <= e.start or o[0] >= f.end]
        out.append(Candidate(
            _mention(doc, e.start, f.end, sent), e.first, f.last, precision,  # type: ignore[arg-type]
            kind_near(text, e.start, f.end, view.start, view.end), r.title(e.start, f.end, outside, resolve=True),
            r.sentence_text, r.actors(e.start, f.end), inferred=e.relative and f.relative and doc.published is not None,
            explanation=_relative_explanation(e, doc) if e.relative and doc.published else ""))
        return
    span = _year_list(exprs, i, text)
    if span is not None:
        a, b = span
        consumed.update(range(a, b))
        out.extend(_list_candidates(r, exprs[a:b]))
        return
    set_for = _scheduled_date_title(text, sent, e) if r.holds(_DATE_PART) else None
    if set_for is not None:
        # "A judge set a trial date of November 3 for …": the date is the trial's, not the setting's (the day's
        # news), and the title names no other date of the sentence ("take effect on July 1, with an effective date
        # of January 1": January's was "The new rules take effect on July 1")
        out.append(_date_candidate(r, e, title_kind(set_for), set_for))
        return
    hearing = _next_hearing_title(r, e)
    if hearing is not None:
        # "was remanded in custody until Wednesday 27 November", "was remanded to appear at the Crown Court on May 3":
        # the date is the next hearing's, a later happening of its own; the remand was done at the hearing that
        # ordered it (the sentence's other date, "when he appeared in court yesterday", or the day's news)
        out.append(_date_candidate(r, e, title_kind(hearing), hearing))
        return
    deadline = _deadline_of_request(r, e) if _DEADLINE_OPENING.match(e.text) or _DEADLINE_BEFORE.search(
        text, max(sent.start, e.start - 24), e.start) is not None else None
    if deadline is not None:
        # "had asked the firm to reply by the end of next week": the deadline of what was asked, not the asking
        out.append(_date_candidate(r, e, title_kind(deadline), deadline))
        return
    bound = _BOUND_BEFORE.search(text, max(sent.start, e.start - 12), e.start) \
        if e.precision.rank >= Precision.MONTH.rank else None  # type: ignore[union-attr]
    if bound is not None and not (bound.group(0).lower().startswith("by") and doc.published is not None and (
            e.first >= doc.published  # type: ignore[operator]
            or e.last < doc.published and expected_in_clause(text, sent.start, e.start))):  # type: ignore[operator]
        # "put up before 1980" says when it had happened by, not when it happened; but "to finish by
        # 2027", still ahead when written, is a deadline: when the thing is due; so is one an expectation sets,
        # all before the publication only as its clause's time is ("In 2022, the council said it expects the
        # bridge to open by June": June 2022, `temporal._framing_year`)
        return
    if doc.published is not None and r.whole and e.first > doc.published and _reported_detail(  # type: ignore[operator]
            r.sentence_text, e, sent.start, doc.published):
        return  # "said holders of its bonds, due March 15, 2007, have sold them": a term of what the saying reports
    if e.type is TimexType.TIME and _TIMESTAMP_LINE.fullmatch(text, sent.start, sent.end) is not None:
        # A live page's heading line "09:10 GMT": the time of the entry after it, which tells the happening; the
        # line is none of its own
        return
    if r.whole and _non_answer(r, e):
        return  # "The company declined to comment on Tuesday": a non-answer, nothing happened that day
    if r.whole and "," in r.sentence_text and _superseded_plan(r, e):  # (its aside opens with a comma)
        return  # "Its meeting, originally planned for March 1, was moved …": a plan given up dates nothing
    e = _tense_shifted(r, e)
    named = r.happening_noun_phrase(e) if r.whole else None
    if named is not None:
        # "charged in the Dec. 21, 1988, bombing of a jet": the bombing's date, an event of its own (the charging
        # is undated by it)
        determiner = text[named.determiner:e.start].rstrip()
        if determiner.lower() in ("a", "an"):
            determiner = "the"  # "an Aug. 10 agreement" is the agreement of that day
        # (the date stays in a title of the bare noun: "The Nov. 3 election", not "The election")
        rest = text[e.start if named.head_ends else named.after:named.end]
        title = _shorten(grammar.capitalised(determiner + " " + rest))
        out.append(_date_candidate(r, e, title_kind(title), title))
        if doc.published is not None and grammar.verb_lemmas(named.verb.main.text.lower()) & _MOVING_OR_CALLING_OFF:
            # "Officials postponed the Nov. 20 vote on the budget": the vote's date; the postponing is the day's
            # news, which the date in its object would otherwise take from the news stage
            out.append(_reported_act(r, e, named.verb, "is the date of what was moved or called off, not of "
                                                       "the moving"))
        return
    of_noun = r.noun_of_or_from_date(e)
    if of_noun is not None:
        # "extended the deadline of June 30 to November 30", "a complaint about a post from 2012": the date says
        # which deadline or post, not when the extending or the complaining was done (that is left to the
        # sentence's other dates or the day's news); a noun that names a happening ("the flood of 2010") is a
        # happening of that date, an event of its own titled by its noun phrase
        if _noun_names_a_happening(of_noun.noun) and not _FROM_RIGHT_BEFORE.search(text, e.start - 6, e.start):
            # (a "from" names where a thing comes from, "a painting from 1890": no happening of that date)
            title = _shorten(grammar.capitalised(text[of_noun.start:of_noun.end]))
            if title.lower().startswith(("a ", "an ")):
                title = "The " + title.split(" ", 1)[1]
            out.append(_date_candidate(r, e, title_kind(title), title))
        # (the act is left to the day's news, which reads the date as the noun's too: `news._names_a_nouns_time`)
        return
    adjunct = r.free_adjunct_date(e)
    if adjunct is not None:
        # "were named best actors on Sunday, cementing their roles as frontrunners at the Oscars next month": no
        # date of either verb's
        if adjunct:
            out.append(_date_candidate(r, e, title_kind(adjunct), adjunct))
        return
    participle = r.noun_participle_phrase(e)
    moved = rescheduled_thing(r.sentence_text, e.start - sent.start, e.end - sent.start) \
        if r.whole and r.holds(_RESCHEDULING_PARTS) else None
    if moved is not None and moved.first_verb:
        # "postponed the launch until March 2026": March is the launch's new time; the postponing is the day's news
        # (the news stage's, which reads the sentence's first verb group as its main one: a later clause's moving,
        # "…, and INS extended its deadline until Tuesday", keeps the date, its only one)
        title = _rescheduled_title(moved)
    elif participle is not None:
        # "…, a practice banned in the region since June 1": the ban's date, not the detention's
        title = _shorten(_end_stripped(text[participle[0]:participle[1]]))
        title = title[:1].upper() + title[1:]
    elif (since_noun := r.since_noun_phrase(e)) is not None:
        # "the first vote since independence more than 40 years ago": independence's date, not the vote's
        title = _shorten(grammar.capitalised(text[since_noun[0]:since_noun[1]]))
        if _POSSESSIVE_TITLE.match(title) is not None:
            # "since its founding in 1949": whose, from the sentence or the one before; not found, or found as an
            # owner that is itself owned ("NATO's mission's founding"), the sentence's own title says who
            owned = r.resolved(title, e.start, e.end)
            title = owned if _POSSESSIVE_TITLE.match(owned) is None and len(_OWNED_TWICE.findall(owned)) < 2 \
                else r.title(e.start, e.end, r.others(e), resolve=True, news_day=is_news_day(doc, e))
    elif (gerund := r.gerund_complement_title(e)) is not None:
        # "accused Fortenberry of lying to investigators during two interviews in 2019": the lying's year
        title = gerund
    else:
        title = r.title(e.start, e.end, r.others(e), resolve=True, news_day=is_news_day(doc, e))
        if r.whole:
            # "since the 2003 Buick Open": a dated thing's noun phrase alone tells no act; its verb's clause does,
            # or the date makes no event
            by_verb = thing_title_by_its_verb(single_quotes_as_double(r.sentence_text), e.start - sent.start,
                                              e.end - sent.start, title, names=grammar.document_names(text))
            if by_verb is None:
                return
            title = by_verb
    # The happening is the one the title names (the clause that governs the date), not a word of another
    # clause ("The plant, which opened in 1990, closed on Friday": Friday's is no founding).
    doers = doers_apart(title)
    if doers is not None:
        # "Author Kurt Vonnegut or mime Marcel Marceau died": two doers joined by "or" are two happenings (two
        # deaths), not one act of both; each is its own candidate of the date, titled and named by its doer.
        sentence_actors = r.actors(e.start, e.end)
        for one in doers:
            kind = title_kind(one)
            if kind == "event":
                kind = kind_near(text, e.start, e.end, view.start, view.end)
            # (the sentence's names this doer's title holds: the other doer is no actor of it)
            own_actors = frozenset(name for name in sentence_actors if name in one)
            out.append(_date_candidate(r, e, kind, one, own_actors or None))
        return
    kind = title_kind(title)
    if kind == "event":
        kind = kind_near(text, e.start, e.end, view.start, view.end)
    out.append(_date_candidate(r, e, kind, title))


# A sentence of no word but a time of day and its zone, alone on its line with at most a colon or a dash: a live
# page's time stamp ("09:10 GMT", "2:30 p.m. ET:").
_TIMESTAMP_LINE = re.compile(r"\s*[0-9][0-9:.]*\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,4}(?:[+-][0-9]{1,2})?\)?)?\s*[:\-–—]?\s*",
                             re.IGNORECASE)


# A title's tail that counts the doers together (", both at 84", ", each aged 90"): no part of one doer's title.
_DOERS_TOGETHER_TAIL = re.compile(r",\s+(?:both|each|all|neither)\b.*$", re.IGNORECASE)
# The finite verbs and modals that end a title's subject.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def doers_apart(title: str) -> list[str] | None:
    """The title once per doer when its subject is two named doers joined by "or" ("Author Kurt Vonnegut or mime
    Marcel Marceau died, both at 84" → "Author Kurt Vonnegut died", "Mime Marcel Marceau died"): "or" joins
    alternatives, each its own happening, never one act done together, as "and" may ("Smith and Jones signed the
    deal" stays one). None when the subject is no such pair (each side must hold a name, the tagger's NNP)."""
    if " or " not in title:
        return None
    tokens = grammar.tag_words(title)
    verb = next((k for k, t in enumerate(tokens) if t.pos in _FINITE_TAGS), None)
    if verb is None or verb == 0:
        return None
    ors = [k for k in range(verb) if tokens[k].text.lower() == "or"]
    if len(ors) != 1 or any(t.pos in (",", ":", "CC") and t.text.lower() != "or" for t in tokens[:verb]):
        return None  # (one "or" between two names, no list nor other conjunction in the subject)
    k = ors[0]
    first, second = tokens[:k], tokens[k + 1:verb]
    if first and first[0].text.lower() == "either":
        return None  # ("Either Smith or Jones will be named": one act, its doer one of the two)
    if not first or not second or not any(t.pos == "NNP" for t in first) or not any(t.pos == "NNP" for t in second):
        return None
    rest = _DOERS_TOGETHER_TAIL.sub("", title[tokens[verb].start:]).rstrip(" ,")
    return [grammar.capitalised(f"{title[side[0].start:side[-1].end]} {rest}") for side in (first, second)]


def _date_candidate(r: _Reading, e: TimeExpression, kind: str, title: str,
                    actors: frozenset[str] | None = None) -> Candidate:
    """The candidate of the date e alone (its own span) with this kind and title, its actors the sentence's near it
    unless given: a relative date is inferred from the publication day, and its explanation says how."""
    doc = r.doc
    inferred = e.relative and doc.published is not None
    return Candidate(
        _mention(doc, e.start, e.end, r.sent, inferred=inferred), e.first, e.last, e.precision,  # type: ignore[arg-type]
        kind, title, r.sentence_text, r.actors(e.start, e.end) if actors is None else actors, inferred=inferred,
        explanation=_relative_explanation(e, doc) if inferred else "")


# An attribution up to the date, with no clause break between: the date is its source's ("according to a
# statement today by ...", "According to an April 2nd report in Ars Technica, ...").
_ATTRIBUTION = re.compile(r"\baccording\s+to\s+(?P<source>[^,;:.!?()\"“”]*)$", re.IGNORECASE)
# What follows an attribution's date and still names its source: its maker ("released April 3 by NPD Group") or
# where it came out ("a Thursday report in the Merra Post"), up to a clause break.
# (A full stop inside the sentence is an abbreviation's: "by U.S. Attorney Mary Jo White".)
_SOURCE_AFTER_DATE = re.compile(r"\s*(?P<rest>(?:by|in|from|of)\s(?:[^,;:.!?()\"“”]|\.(?!\s*$))*"
                                r"|[a-z](?:[^,;:.!?()\"“”]|\.(?!\s*$))*)")
# A preposition or a time word left dangling at the end once the date went ("published on", "a report late").
_DANGLING_BEFORE_DATE = re.compile(r"(?:\s+(?:on|in|at|late|early|last|this|since|from|dated))+\s*$", re.IGNORECASE)


def _attribution_source(text: str, start: int, e: TimeExpression, end: int) -> str:
    """The title of an attribution's source that the date e dates ("according to a study published on Monday":
    "A study published"; "according to figures released April 3 by NPD Group": "Figures released by NPD
    Group"; "according to a Thursday report in the Post": "Report in the Post"): the words from `start` to the
    date, then what names the source after it, up to a clause break (`end`: the sentence's). Empty when
    nothing names it."""
    before = _DANGLING_BEFORE_DATE.sub("", text[start:e.start]).strip()
    if before.lower() in ("a", "an", "the", "its", "their", "his", "her"):
        before = ""  # the date names which report ("an April 2nd report"): the noun follows it
    m = _SOURCE_AFTER_DATE.match(text, e.end, end)
    after = m["rest"].strip() if m is not None else ""
    if before and after and not after.lower().startswith(("by ", "in ", "from ", "of ")):
        after = ""  # "according to a study published on Monday, which …": a new clause, no part of the source
    words = f"{before} {after}".strip()
    if not words or not any(c.isalpha() for c in words):
        return ""
    return _shorten(grammar.capitalised(words))


# What a set date is for, after it: a "for" phrase up to a clause break ("… of November 3 for the former manager").
_SET_FOR_AFTER = re.compile(r"\s+(for\s+[^,;:.!?()\"“”]+)")


def _scheduled_date_title(text: str, sent: Sentence, e: TimeExpression) -> str | None:
    """The title of a thing's set date (`temporal.SCHEDULED_DATE`: "set a trial date of November 3 for the former
    manager" -> "Trial date for the former manager"; "with an effective date of January 1" -> "Effective date"),
    or None when no such compound names the date."""
    m = SCHEDULED_DATE.search(text, max(sent.start, e.start - 40), e.start)
    if m is None:
        return None
    words = f"{m['noun']} date"
    after = _SET_FOR_AFTER.match(text, e.end, sent.end)
    if after is not None:
        words = f"{words} {after.group(1).strip()}"
    return _shorten(grammar.capitalised(words))


# A deadline's preposition right before its date ("by Friday", "by the end of next week", "no later than May 1").
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than)\s+(?:the\s+(?:end|start|beginning|close|middle)"
                              r"\s+of\s+)?$", re.IGNORECASE)
_DEADLINE_OPENING = re.compile(r"(?:by|before|until|till|no\s+later\s+than)\s", re.IGNORECASE)  # "by the end of next week"
# Tags of an object's noun phrase between a verb and its "to" ("asked the other two operators of the type to …").
_OBJECT_PHRASE_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "PRP", "IN"})
_OBJECT_OPENING_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "PRP"})


def _deadline_of_request(r: _Reading, e: TimeExpression) -> str | None:
    """The title of a deadline ("Deadline for the firm to reply") when the date e closes a "to"-infinitive said of
    the object of a past verb ("The council had asked the firm to reply by the end of next week", "ordered
    residents to leave by Sunday"): the date is when what was asked is due, not when the asking was. None
    otherwise: a subject's own infinitive ("agreed to pay by 2027") is dated by its deadline as a plan is."""
    view, a, starts, d = r._analysed_at(e)
    tokens = a.tokens
    if d >= len(tokens) or d < 3:
        return None
    given = _deadline_given(r, e, view, a, d)
    if given is not None or d < 5:
        return given
    to = next((k for k in range(d - 1, 0, -1) if tokens[k].text.lower() == "to" and tokens[k].pos == "TO"), None)
    if to is None or to + 1 >= d or tokens[to + 1].pos != "VB":
        return None
    if any(t.text in (",", ";", ":") or t.pos in ("WDT", "WP", "VBD", "VBZ", "VBP", "MD") for t in tokens[to + 1:d]):
        return None  # a clause of its own between: the date is not the infinitive's
    g = bisect.bisect_right(a.group_firsts, to) - 1
    if g < 0:
        return None
    group = a.groups[g]
    lo = group.last + 1
    if not lo < to or tokens[lo].pos not in _OBJECT_OPENING_TAGS \
            or any(t.pos not in _OBJECT_PHRASE_TAGS for t in tokens[lo:to]):
        return None  # no object between the verb and its "to"
    words = [w.text.lower() for w in group.words]
    past = group.words[0].pos == "VBD" and words[0] not in ("would", "could", "should", "might") \
        or words[0] in ("has", "have", "had") and group.main.pos == "VBN"
    if not past or not grammar.verb_lemmas(group.main.text).isdisjoint(("be", "have")):
        return None
    own = r.text[view.start:view.end]
    # The object up to its first preposition ("the other two operators of the type in the country"): who is to
    # do it, kept short for what they are to do.
    head = next((k for k in range(lo + 1, to) if tokens[k].pos == "IN"), to)
    who = own[tokens[lo].start:tokens[head - 1].end]
    if r.whole and head == lo + 1 and tokens[lo].pos == "PRP" and g == 0:  # (g: of the sentence, not of a view)
        who = _object_pronoun_antecedent(r, tokens[lo].text) or who
    what = _DEADLINE_BEFORE.sub("", own[tokens[to].start:tokens[d].start]).strip()
    # ("Deadline for", words the sentence may lack, as "Previously:" of a compared figure, say what the date is of;
    # an object pronoun stays in its object form, "Deadline for them to leave")
    return _shorten(f"Deadline for {_without_roles(who).strip()} {what}")


# A court's order that holds a person or a case over to a later hearing, then "until" the date: the date is the next
# hearing's ("was remanded in custody until Wednesday 27 November", "the case was adjourned till May 3"). A closed
# class of meanings (holding over to a hearing), as `_GIVING_TIME`'s.
_HELD_UNTIL_HEARING = re.compile(
    r"\b(?:was|were|been|is|are|being)\s+(?:(?:also|further|again|then)\s+)?(?:remanded|bailed|adjourned|"
    r"granted\s+bail|released\s+on\s+bail)\b[^.;:!?()\"\u201c\u201d]{0,80}?\b(?:until|till)\s+$", re.IGNORECASE)
# A past passive order and the infinitive of a hearing it sets, up to the date ("was remanded in custody to appear at
# Norwich Crown Court on Friday", "were bailed to return to court on June 2", "was ordered to appear before the
# magistrates on Monday"): the date is the appearance's, not the order's.
_ORDERED_TO_APPEAR = re.compile(
    r"\b(?:was|were|been|is|are|being)\s+(?:(?:also|further|again|then)\s+)?[a-z]+(?:ed|en)\b"
    r"[^.;:!?()\"\u201c\u201d]{0,60}?\bto\s+(?P<act>(?:appear|re-?appear|return|stand\s+trial|be\s+sentenced)\b"
    r"[^.;:!?()\"\u201c\u201d]{0,80}?)\s+(?:on|at)\s+$", re.IGNORECASE)
# The subject of a title told in the passive, up to its auxiliary ("Shaun Hayes was remanded …" → "Shaun Hayes").
_PASSIVE_SUBJECT = re.compile(r"(?P<who>.+?)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s")


def _next_hearing_title(r: _Reading, e: TimeExpression) -> str | None:
    """The title of the next hearing when the date e ends a court's order that holds someone over to it
    (`_HELD_UNTIL_HEARING`: "Talent Moyo due back in court") or sets their appearance (`_ORDERED_TO_APPEAR`:
    "Shaun Hayes to appear at Norwich Crown Court"); None otherwise. Without it the order's clause titles the date,
    and the remand, done at the hearing that ordered it, is put on the next one's day."""
    text, sent = r.text, r.sent
    lo = max(sent.start, e.start - 200)
    opening = _DEADLINE_OPENING.match(e.text)  # (the tagger may hold the "until" in the phrase: "until April 9")
    held = _HELD_UNTIL_HEARING.search(text, lo, e.start + (opening.end() if opening is not None else 0))
    ordered = _ORDERED_TO_APPEAR.search(text, lo, e.start) if held is None else None
    if held is None and ordered is None:
        return None
    title = r.title(e.start, e.end, r.others(e), resolve=True, news_day=is_news_day(r.doc, e))
    subject = _PASSIVE_SUBJECT.match(title)
    if subject is None:
        return None  # (the order's clause is not the title's: leave the date to it)
    who = subject["who"]
    if ordered is not None:
        return _shorten(f"{who} to {' '.join(ordered['act'].split())}")
    return _shorten(f"{who} due back in court")


# The verbs that give someone a time to do a thing in ("has given the firm until Friday to reply"): a closed class
# of meanings (giving time), as `_RESCHEDULING`'s.
_GIVING_TIME = frozenset({"give", "grant", "allow"})


def _deadline_given(r: _Reading, e: TimeExpression, view: Sentence, a: grammar.SentenceAnalysis,
                    d: int) -> str | None:
    """The title of a deadline given as a time to act in ("The regulator has given the firm until Friday to reply
    to its findings": "Deadline for the firm to reply to its findings"), e after "until"/"till" between a giving
    verb's object and its "to"-infinitive; None otherwise. (Titled from the sentence, the date's words left out
    leave "has given the firm to reply", which is not English.)"""
    tokens = a.tokens
    p = d if tokens[d].text.lower() in ("until", "till") else d - 1
    if tokens[p].text.lower() not in ("until", "till"):
        return None
    nxt = bisect.bisect_left(a.token_ends, e.end - view.start) + 1  # the token after e
    if nxt + 1 >= len(tokens) or tokens[nxt].text.lower() != "to" or tokens[nxt].pos != "TO" \
            or tokens[nxt + 1].pos != "VB":
        return None
    g = bisect.bisect_right(a.group_firsts, p) - 1
    if g < 0:
        return None
    group = a.groups[g]
    lo = group.last + 1
    if not lo < p or grammar.verb_lemmas(group.main.text).isdisjoint(_GIVING_TIME) \
            or tokens[lo].pos not in _OBJECT_OPENING_TAGS or any(t.pos not in _OBJECT_PHRASE_TAGS for t in tokens[lo:p]):
        return None  # no object between the verb and its "until"
    own = r.text[view.start:view.end]
    head = next((k for k in range(lo + 1, p) if tokens[k].pos == "IN"), p)
    while head - 1 > lo and tokens[head - 1].pos == "DT":
        head -= 1  # (a stray determiner before "until": "gave Merieux an until mid-November")
    who = own[tokens[lo].start:tokens[head - 1].end]
    if r.whole and head == lo + 1 and tokens[lo].pos == "PRP" and g == 0:
        who = _object_pronoun_antecedent(r, tokens[lo].text) or who
    # what they are to do: the infinitive up to a clause break, or a participle's phrase that says more of its
    # object ("to sign a paper promising to turn over the boy": "to sign a paper")
    stop = next((k for k in range(nxt + 2, len(tokens)) if tokens[k].pos in (",", ":", ".", "VBG")
                 or tokens[k].text in (";", "(", ")") or tokens[k].pos in ("WDT", "WP", "CC")), len(tokens))
    what = own[tokens[nxt].start:tokens[stop - 1].end]
    return _shorten(f"Deadline for {_without_roles(who).strip()} {what}")


# An object pronoun and the subject pronoun a title's resolution reads for it.
_OBJECT_PRONOUNS = {"him": "He", "her": "She", "it": "It", "them": "They"}


def _object_pronoun_antecedent(r: _Reading, pronoun: str) -> str | None:
    """What the object pronoun of a sentence's first verb group ("The council ordered them to leave by Sunday")
    stands for, as its subject pronoun opening the sentence would (`pronoun_person` for him/her, the subject of
    the sentence before of its sort for it/them, `_subject_of`): its own subject cannot be it (that would be
    "themselves"), and no clause before it holds another. None when not sure."""
    subject_pronoun = _OBJECT_PRONOUNS.get(pronoun.lower())
    if subject_pronoun is None:
        return None
    doc = r.doc
    if subject_pronoun in _SAME_PERSON_WORDS:
        return pronoun_person(doc, r.sent, subject_pronoun)
    earlier = _earlier_sentences(doc, r.sent)
    if not earlier:
        return None
    subject = _subject_of(earlier[0], subject_pronoun, grammar.person_surnames(doc.text))
    if not subject or grammar.tag_words(subject)[0].pos in ("NNP", "NNPS"):
        return subject
    return subject[:1].lower() + subject[1:]  # ("Protesters camped ..." -> "Deadline for protesters to leave")


def _reported_detail(sentence: str, e: TimeExpression, base: int, published: dt.date) -> bool:
    """`news.reported_detail`: the news stage's own test of the same sentence (imported when first asked, news
    importing this module)."""
    from timeline_app.core.news import reported_detail
    return reported_detail(sentence, e, base, published)


def _non_answer(r: _Reading, e: TimeExpression) -> bool:
    """Is the date's verb group (the nearest of its clause) a non-answer, as the news stage reads one: a refusal
    to tell, `news.refuses_to_tell` ("declined to comment on Tuesday", "declined on Tuesday to comment", "On
    Tuesday, officials declined further comment"), or a statement that nothing could be told, `news.says_nothing`
    ("said Tuesday he could not estimate the cost")? A refusal to act stays a happening ("declined on Monday to
    hear the case"). (News is imported when first asked, news importing this module.)"""
    if not r.may_refuse_or_report():  # (the sentence's test, kept per sentence: before any per-date work)
        return False  # (both tests need the chosen group's verb to refuse or report: no group of the sentence does)
    from timeline_app.core.news import refuses_or_reports, refuses_to_tell, says_nothing
    a = r.analysis()
    base = r.sent.start
    d0 = bisect.bisect_right(a.token_ends, e.start - base)
    clause = a.clause_at(d0)
    if clause is None:
        return False
    # The clause's verb groups, by bisection on their first tokens (in order): no scan of every group per date.
    firsts = a.group_firsts
    inside = a.groups[bisect.bisect_left(firsts, clause[0]):bisect.bisect_left(firsts, clause[1])]
    if not inside:
        return False
    group = min(inside, key=lambda g: abs(g.first - d0))
    if not refuses_or_reports(group):
        return False  # (the cheap test: both tests below need this group's own verb to refuse or report)
    tokens = a.tokens
    # A date right after the verb, alone or with its preposition, stands before what is refused.
    between = tokens[group.last + 1:d0]
    at = bisect.bisect_left(a.token_ends, e.end - base) + 1 \
        if group.last < d0 and all(t.pos == "IN" for t in between) and len(between) <= 1 else None
    return refuses_to_tell(tokens, group, at) or says_nothing(a, group)


def in_attribution(text: str, sentence_start: int, start: int) -> bool:
    """Does the time expression at `start` date the source of an attribution ("according to a report Friday")?"""
    lo = max(sentence_start, start - 60)
    return grammar.may_hold(text, lo, start, ("according",)) and _ATTRIBUTION.search(text, lo, start) is not None

_FIGURE_OPENING = re.compile(r"(?:[A-Z]{0,2}[$#£€]|\d)")


def _measured_up_to_report(r: _Reading, e: TimeExpression, group: grammar.VerbGroup) -> Candidate:
    """The change that a perfect measures since e (`_Reading.perfect_since_measure`), as a happening reported
    by the article: on or shortly before its publication date, titled by its clause."""
    return _reported_candidate(r, e, group, f"measured up to then since “{_quote(r.text, r.sent, e)}”")


def _measured_over_the_stretch(r: _Reading, e: TimeExpression) -> Candidate:
    """The count or change that a perfect measures since e, a start long before the report (`_Reading.
    perfect_since_measure`: "has launched more than 100 drone strikes since 2002"), as one happening over the stretch
    from e to the publication date, titled by its clause."""
    doc = r.doc
    assert doc.published is not None and e.first is not None and e.precision is not None
    inferred = e.relative
    title = r.title(e.start, e.end, r.others(e), resolve=True)
    return Candidate(
        _mention(doc, e.start, e.end, r.sent, inferred=inferred), e.first, doc.published, e.precision,
        title_kind(title), title, r.sentence_text, r.actors(e.start, e.end), inferred=inferred,
        explanation=f"gathered from “{_quote(r.text, r.sent, e)}” up to the report, "
                    f"{human_date(doc.published, doc.published, Precision.DAY)}")


# The verbs that move a happening or call it off (`rescheduled_thing`'s and `_superseded_plan`'s): their act is
# not at the date of the happening they move.
_MOVING_OR_CALLING_OFF = _RESCHEDULING | _CALLING_OFF


def _reported_act(r: _Reading, e: TimeExpression, act: grammar.VerbGroup, why: str) -> Candidate:
    """The act of verb group `act` in e's sentence, reported by the article on its publication day (e dates
    something else: `why` says what), titled by its clause."""
    return _reported_candidate(r, e, act, f"“{_quote(r.text, r.sent, e)}” {why}")


def _reported_candidate(r: _Reading, e: TimeExpression, act: grammar.VerbGroup, note: str) -> Candidate:
    """Verb group `act` of e's sentence as a happening the article reports on its publication day, titled by
    its clause; `note` ends the explanation (why e's date is not the act's)."""
    doc, sent = r.doc, r.sent
    assert doc.published is not None
    view = r.view(e.start, e.end)
    start, end = view.start + act.start, view.start + act.end
    mention = Mention(doc.id, start, end, doc.text[start:end], sent.start, sent.end, dated=False, inferred=True)
    title = r.title(e.start, e.end, r.others(e), resolve=True)
    return Candidate(mention, doc.published, doc.published, Precision.DAY, title_kind(title), title,
                     r.sentence_text, r.actors(e.start, e.end), inferred=True,
                     explanation=f"reported on {human_date(doc.published, doc.published, Precision.DAY)} in "
                                 f"{quoted_title(doc)}: {note}",
                     reported=True)


def _period_of_an_acts_object(r: _Reading, e: TimeExpression, noun_start: int,
                              act: grammar.VerbGroup) -> tuple[Candidate, Candidate]:
    """The noun's period and the act done on it (`_Reading.period_of_an_acts_object`): the noun phrase with its
    year, at the year ("Its forecast for 2026", its possessive resolved as titles' are), and the act reported by
    the article, on or shortly before its publication date, titled by its clause."""
    doc, sent = r.doc, r.sent
    assert doc.published is not None
    named = _shorten(grammar.capitalised(r.text[noun_start:e.end]))
    named = r.resolved(named, e.start, e.end)
    inferred = e.relative
    period = Candidate(
        _mention(doc, e.start, e.end, sent, inferred=inferred), e.first, e.last, e.precision,  # type: ignore[arg-type]
        title_kind(named), named, r.sentence_text, r.actors(e.start, e.end), inferred=inferred,
        explanation=_relative_explanation(e, doc) if inferred else "")
    return period, _reported_act(r, e, act, "is the period of what was acted on, not the act's date")


# How a compared figure's explanation opens: merging ranks such a member's title after a clause's own
# (`merging._compared_figure`).
COMPARED_FIGURE = "the compared figure"


def _compared_candidate(r: _Reading, e: TimeExpression, compared: grammar.ComparedSide) -> Candidate:
    """The compared figure of a comparison as a previous happening at the date that closes it, titled from
    the compared noun phrase: "Previous net income of $5.3 million", "Previously: seven facilities"; or what
    the sentence says happened then ("from Oct. 13, when Wall Street's plunge helped spark …")."""
    named = compared.borrowed or compared.figure or ""
    if compared.borrowed is not None and not compared.borrowed.startswith(compared.figure or "\0"):
        named = named[:1].lower() + named[1:]  # a common noun borrowed from the near side ("Sales …")
    # A title opening on the figure itself reads "Previously: $9.7 million", never "Previous $9.7 million".
    figure_first = _FIGURE_OPENING.match(named) is not None \
        or compared.borrowed is not None and compared.borrowed.startswith(compared.figure or "\0")
    title = _shorten(("Previously: " if figure_first else "Previous ") + named)
    if compared.restated is not None:
        title = _shorten(grammar.capitalised(compared.restated))  # "The company's net income was C$410 million"
        title = r.resolved(title, e.start, e.end)  # ("Its sales were …" → "Acme's sales were …")
    if compared.then is not None:
        title = _shorten(grammar.capitalised(compared.then))  # "…, when the industry enjoyed strong demand"
    doc, sent = r.doc, r.sent
    inferred = e.relative and doc.published is not None
    what = "what happened at the date compared with" if compared.then is not None else COMPARED_FIGURE
    explanation = f"{what} in “{_quote(r.text, sent, e)}”, not the main clause's happening"
    if inferred:
        explanation += "; " + _relative_explanation(e, doc)
    return Candidate(
        _mention(doc, e.start, e.end, sent, inferred=inferred), e.first, e.last, e.precision,  # type: ignore[arg-type]
        title_kind(title), title, r.sentence_text, r.actors(e.start, e.end), inferred=inferred,
        explanation=explanation)


# A month or weekday named without its year or week: the tagger picks the occurrence nearest the publication
# date from the words around it; the tense of the verb that governs it, read from its tags, has the last word.
_UNDERSPECIFIED = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
                             r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)", re.IGNORECASE)
_ADVERBIAL_BEFORE = frozenset({"in", "on", "at", "during", "early", "late", "mid", "since", ","})
_FUTURE_MODALS = frozenset({"will", "'ll", "’ll", "shall"})


def _in_open_apposition(tokens: Sequence[grammar.Token], lo: int, at: int) -> bool:
    """Does tokens[lo:at], between a verb group and a date, end in an indefinite noun phrase set beside the one
    before it and still open (its last comma opens "a"/"an"): "will receive $38 a share, a premium of 27 per cent
    to the closing price on Monday"? The date is then that noun's, not the verb's (as in `temporal._future`)."""
    comma = -1
    for k in range(lo, at):
        if tokens[k].text == ",":
            comma = k
    return comma >= 0 and comma + 1 < at and tokens[comma + 1].text.lower() in ("a", "an")


def _tense_shifted(r: _Reading, e: TimeExpression) -> TimeExpression:
    """A month or weekday without its year or week ("in March", "Monday"), moved to the occurrence on the
    other side of the publication date when the verb group of its clause says so: opening the clause before a
    simple past or present perfect ("In January, a clinic bombing killed a guard", written in October 1998:
    January 1998) it dated something before; in a "will" group's clause ("will be named commander for a
    mission in December", written in March 1998: December 1998) something after. After a past verb a date
    may still be a later act's ("told them of a cutback in September", "had been set to expire Nov. 6"), so
    there the tagger's reading stands; so does a target or a limit ("moved to Thursday", "until May")."""
    doc = r.doc
    if doc.published is None or not e.relative or e.first is None or e.last is None or not r.whole \
            or not _UNDERSPECIFIED.fullmatch(e.text.strip()) or e.precision not in (Precision.MONTH, Precision.DAY):
        return e
    after = e.first > doc.published
    if not after and e.last >= doc.published:
        return e
    a = r.analysis()
    tokens = a.tokens
    d0 = bisect.bisect_right(a.token_ends, e.start - r.sent.start)
    if d0 >= len(tokens) or d0 > 0 and tokens[d0 - 1].text.lower() not in _ADVERBIAL_BEFORE \
            and not tokens[d0 - 1].pos.startswith("VB"):
        return e
    clause = a.clause_at(d0)
    inside = [g for g in a.groups if clause is not None and clause[0] <= g.first < clause[1]] or \
        [g for g in a.groups if g.first > d0][:1]  # an opening "In January, ..." dates the verb after it
    if not inside:
        return e
    group = min(inside, key=lambda g: abs(g.first - d0))
    words = [w.text.lower() for w in group.words]
    first = group.words[0]
    past = first.pos == "VBD" and words[0] not in ("would", "could", "should", "might") \
        or words[0] in ("has", "have") and group.main.pos == "VBN"
    future = bool(_FUTURE_MODALS.intersection(words))
    opens = all(g.first > d0 for g in inside) and (d0 == 0 or not tokens[d0 - 1].pos.startswith("VB"))
    if after and past and opens:
        step = relativedelta(years=-1) if e.precision == Precision.MONTH else relativedelta(weeks=-1)
    elif not after and future and not _in_open_apposition(tokens, group.last + 1, d0):
        step = relativedelta(years=1) if e.precision == Precision.MONTH else relativedelta(weeks=1)
    else:
        return e
    first_day = e.first + step
    last_day = (first_day + relativedelta(months=1, days=-1)) if e.precision == Precision.MONTH else first_day
    return dataclasses.replace(e, first=first_day, last=last_day)


_PRONOUN_TITLE = re.compile(r"(It|He|She|They)\s+(?=[a-z])")
# Tokens inside a company's name besides its proper nouns: "AT & T", "Compaq Computer Corp.".
_NAME_JOINERS = frozenset({"&", "Inc.", "Corp.", "Co."})
# Small words inside a name, before one of its names: "Bank of America", "Organization for Economic Cooperation".
_NAME_SMALL_WORDS = frozenset({"of", "for", "and"})


def _named_owner(words: Sequence[grammar.Token]) -> bool:
    """Is the noun phrase a name's possessive before a common noun ("Dahl's coalition", "Acme's board"), as
    definite as "the coalition": the name's words, "'s", then adjectives and nouns ending in a common noun?"""
    k = next((i for i, t in enumerate(words) if t.pos == "POS"), 0)
    return k > 0 and all(t.pos in ("NNP", "NNPS") for t in words[:k]) and len(words) > k + 1 \
        and all(t.pos in ("JJ", "NN", "NNS") for t in words[k + 1:]) and words[-1].pos in ("NN", "NNS")


def _capitalised_plural_noun(words: Sequence[grammar.Token]) -> bool:
    """Are `words` one capitalised common noun of plural sense the tagger read as a name ("Police", a plural-only
    collective; "Organisers", a plural the lexicon lacks): a group of people, no organisation's name."""
    return len(words) == 1 and _common_noun_capitalised(words[0]) and (
        grammar.invariable_plural(words[0].text) or grammar.lexicon_tag(words[0].text.lower()) == "NNS"
        or grammar.capitalised_plural(words[0].text))


def _name_words(words: Sequence[grammar.Token]) -> bool:
    """Do `words` make one name? Proper nouns, with `_NAME_JOINERS` ("AT & T", "Apple Inc."), and inside it a
    possessive ("Hudson's Bay") or a small word before a proper noun ("Bank of America")."""
    return bool(words) and all(
        t.pos in ("NNP", "NNPS") or t.text in _NAME_JOINERS
        or 0 < k < len(words) - 1 and (t.pos == "POS" or t.text in _NAME_SMALL_WORDS and words[k + 1].pos == "NNP")
        for k, t in enumerate(words))


# Titles a sentence again once a pronoun has taken its antecedent: (the new sentence, the map of a span of the old
# sentence to the new one) → the title (`_resolve_pronoun`).
Retitle = Callable[[str, Callable[[tuple[int, int]], tuple[int, int]]], str]
_LEADING_DATE = re.compile(r"^(?:In|On|By|At|During|Since)\s+(?:[A-Z][a-z]+\.?\s+)?\d{1,4}(?:,\s*\d{4})?,?\s+")
# (British style writes them without the full stop: "since Mr Eaves died")
_PERSON_TITLES = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr"})
# The head nouns of a person's role or kind ("the mayor", "the spokesman", "the chairman"): a speaker an "it" never
# stands for ("The mayor said it would start"), as "the company" may. `_ROLE`'s words, and those of persons that
# speak for a body in news but name no office before a name.
_PERSON_HEAD = re.compile(rf"(?:{_ROLE}|chair(?:man|woman|person)|chief|official|officer|director|judge|coach|"
                          r"prosecutor|lawyer|attorney|man|woman|boy|girl)", re.IGNORECASE)


def _person_head(words: Sequence[grammar.Token]) -> bool:
    """Is the last word of the noun phrase `words` a person's role or kind (`_PERSON_HEAD`), in lower case (a name
    such as "Leader" or "General Motors" is capitalised mid-phrase)?"""
    last = words[-1].text
    return last.islower() and _PERSON_HEAD.fullmatch(last) is not None


def _names(tokens: Sequence[grammar.Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of proper nouns in tokens[lo:hi] that can name a person: two words or more, or Mr./Ms. X."""
    runs, i = [], lo
    while i < hi:
        if tokens[i].pos == "NNP":
            j = i
            while j < hi and tokens[j].pos == "NNP":
                j += 1
            if j - i >= 2 or tokens[i].text in _PERSON_TITLES:
                runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _people(tokens: Sequence[grammar.Token], lo: int, hi: int, surnames: frozenset[str]) -> list[tuple[int, int]]:
    """The people named in tokens[lo:hi]: full names (`_names`), and a bare family name the document gives
    in full elsewhere ("Jobs" after "Steve Jobs"), whatever its tag."""
    # "in San Francisco", "at Moscone Center": a place, not a person the pronoun could be.
    runs = [(a, b) for a, b in _names(tokens, lo, hi) if a == 0 or tokens[a - 1].text not in grammar.PLACE_PREPOSITIONS]
    # A family name right after a run ends that run's name, whatever its tag ("co-founder Steve Jobs/NNS": one
    # person, not "co-founder Steve" and "Jobs").
    runs = [(a, b + 1) if b < hi and tokens[b].text in surnames and tokens[b].pos != "NNP" else (a, b) for a, b in runs]
    covered = {i for a, b in runs for i in range(a, b)}
    return sorted(runs + [(i, i + 1) for i in range(lo, hi) if i not in covered and tokens[i].text in surnames
                          and (i == 0 or tokens[i - 1].text not in grammar.PLACE_PREPOSITIONS)])


def _person_name(clause: str, tokens: Sequence[grammar.Token], a: int, b: int, surnames: frozenset[str],
                 headline: bool = False) -> str | None:
    """The name in tokens[a:b] without the role before it; in a headline, whose roles are any words
    ("Apple Inc. co-founder Steve Jobs", "Engineer Tom Hale"), the given and family name only. None when
    what is left cannot name one person alone (a bare given name)."""
    name = _without_roles(clause[tokens[a].start:tokens[b - 1].end] + " ").strip()
    words = name.split()
    while len(words) > 2 and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", words[0]):
        words.pop(0)  # a role's lower-case word the tagger put in the run ("Chief executive/NNP Paul Hendry",
        # "co-founder/NNP Steve Jobs")
    while len(words) > 1 and words[-1].isalpha() and words[-1].islower():
        words.pop()  # an adverb the tagger read into the name ("Kresnik then/NNP beat ..."): a name ends capitalised
    name = " ".join(words)
    if len(words) > (2 if headline else 3) and words[-1] in surnames:
        name = " ".join(words[-2:]) if re.fullmatch(r"[A-Z][a-z]+", words[-2]) else words[-1]
    return name if len(name.split()) >= 2 or name in surnames else None


_MONTH_OR_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?")


# What may stand before a time expression that opens a clause: "late on Sunday", "in", "early".
_BEFORE_OPENING_TIME = re.compile(r"(?:(?:late|early|earlier|later)\s+)?(?:(?:on|in|at|by|during|since|until)\s+)?",
                                  re.IGNORECASE)


def _without_opening_time(clause: str) -> str:
    """The clause without the time expression that opens it with no comma after it ("Last week Valk was
    fined", "On Monday Valk was fined"): the tagger would read the time's words into the subject's name
    ("Monday Valk")."""
    lead = _BEFORE_OPENING_TIME.match(clause)
    # An expression starting here holds its trigger word within its first 8 words (the tagger tries starts at most
    # 7 modifier words before a trigger): with none there, the clause (every `_subject_of` call) goes untagged.
    if not may_hold_time(" ".join(clause[lead.end():lead.end() + 240].split(None, 8)[:8])):
        return clause
    for t in temporal_tag(clause):
        if t.start > lead.end():
            break
        if t.start == lead.end() and t.type is not TimexType.DURATION:
            rest = clause[t.end:].lstrip(" ,")
            return rest if rest[:1].isupper() else clause
    return clause


# A time clause opening a sentence, up to its comma ("When the library opened in 1911, …"): its words after the opener.
_OPENING_TIME_CLAUSE = re.compile(r"(?:When|Whenever|While|After|Before|Since|Once|Until)\s+(?P<clause>[^,]{1,80}),\s")


def _coordinated_plurals(tokens: Sequence[grammar.Token], first: int, last: int) -> int | None:
    """Where the clause's subject starts when tokens[first:last], a bare plural noun phrase, is the last of bare
    plural noun phrases joined by "and" that open the clause ("More than 20 rescuers and 100 miners"), none of them
    a name, and no plural noun follows in the clause to compete; else None."""
    joint = first - 1
    while joint >= 0 and tokens[joint].pos == "CD":
        joint -= 1  # (the last phrase's count, which the analysis leaves out of the subject: "and 100 miners")
    if joint < 1 or tokens[joint].text != "and" or tokens[joint - 1].pos != "NNS" \
            or any(t.pos in ("NNS", "NNPS") for t in tokens[last:]):
        return None
    stretch = tokens[:joint]
    counted = _BARE_PLURAL_TAGS | {"CD", "RBR"}  # (a bare plural noun phrase with its count: "more than 20 rescuers")
    # (each word of a counted plural phrase; "than" only in "more than"/"fewer than")
    if not all(t.pos in counted or t.text.lower() == "than" and k > 0
               and stretch[k - 1].text.lower() in ("more", "fewer", "less") for k, t in enumerate(stretch)):
        return None
    if not all(t.pos in _BARE_PLURAL_TAGS | {"CD"} for t in tokens[first:last]) or tokens[last - 1].pos != "NNS":
        return None
    return 0


# Words that round a count before it ("about 300 residents", "nearly 40 families").
_ROUNDING_WORDS = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "approximately", "over"})


def _subject_of(clause: str, pronoun: str, surnames: frozenset[str] = frozenset(), *, owned: bool = False) -> str | None:
    """The subject a pronoun stands for: the subject of `clause`'s first verb group, when it is of the right
    sort and number and nothing else in the clause competes for the pronoun: a named person for he/she
    (and no other person named), for it a "the …" noun phrase or an organisation's name (and no other name),
    for they a plural "the …" noun phrase, or one with no determiner when no other plural noun is in the clause.
    `surnames`: the document's `grammar.person_surnames`. `owned`: a noun phrase a possessive opens ("Their support
    climbed, and it surged") counts too: the clause before the pronoun's in its own sentence, nothing between them."""
    whole = clause.strip()
    clause = _LEADING_NOISE.sub("", _LEADING_ADVERBIAL.sub("", whole)).strip()
    clause = _LEADING_DATE.sub("", clause)
    clause = _DATELINE_PREFIX.sub("", clause)
    clause = _without_opening_time(clause)
    a = grammar.analyse_sentence(clause)  # (cached: the groups and subjects of the clause's one analysis)
    tokens, groups = a.tokens, a.groups
    if not groups:
        return None
    span = a.subject_of(groups[0])
    if span is None:
        return None
    if span[1] - span[0] == 1 and tokens[span[0]].text == pronoun.lower():
        # "When the Hollin Library opened its doors in 1911, it held 400 books": the main clause's pronoun is the
        # opening time clause's subject when that one is of its sort.
        opening = _OPENING_TIME_CLAUSE.match(whole)
        return _subject_of(opening.group("clause"), pronoun, surnames) if opening is not None else None
    first, last = span
    words = tokens[first:last]
    if pronoun == "It" and _person_by_own_pronoun(tokens, groups[0].last):
        return None  # "The coach handed in his resignation, but it ...": no "it" stands for a person
    if pronoun in ("He", "She"):
        if words[-1].pos != "NNP" and words[-1].text not in surnames:
            return None
        people = _people(tokens, 0, len(tokens), surnames)
        own = [r for r in people if first <= r[0] < last]
        if len(own) > 1:
            # (an organisation's run beside the person in the subject: "Apple Computer CEO and co-founder Steve
            # Jobs")
            own = [r for r in own if _may_be_person(tokens, r, surnames)]
        if len(own) != 1 or any(r != own[0] and _may_be_person(tokens, r, surnames) and _competes_as_person(a, r)
                                for r in people):
            return None  # no name, or two people the pronoun could be
        return _person_name(clause, tokens, *own[0], surnames)
    if pronoun == "It" and _name_words(words):
        # "Cisco sued Apple. It says …": an organisation's name, when it is the clause's only name (not a person's:
        # one the document gives as a family name, or one a title such as "Mr"/"Dr" opens).
        others = [t for t in tokens[:first] + tokens[last:] if t.pos in ("NNP", "NNPS")
                  and not _MONTH_OR_DAY.fullmatch(t.text)]
        if others or any(t.pos == "NNPS" or t.text in surnames for t in words) \
                or words[0].text in _PERSON_TITLES or words[0].text in _GENDER_TITLES \
                or _capitalised_plural_noun(words):
            return None  # (nor a plural common noun in capitals: "Police said …. It was fined" is not the police)
        return clause[words[0].start:words[-1].end]
    if pronoun == "They" and _capitalised_plural_noun(words) and first == 0 \
            and not any(t.pos in ("NNS", "NNPS") for t in tokens[last:]):
        # "Police searched the house. They found a gun": a plural common noun the tagger read as a name for its
        # capital at the sentence's start, when no other plural noun in the clause competes.
        return clause[words[0].start:words[-1].end]
    if pronoun == "They" and (words[-1].pos == "NNS" or grammar.invariable_plural(words[-1].text)) \
            and all(t.pos in _BARE_PLURAL_TAGS for t in words) \
            and not any(t.pos in ("NNS", "NNPS") for t in tokens[:first] + tokens[last:]):
        # A plural noun phrase with no determiner ("New loans continue to slow; they were …", "Investigators
        # searched for him. They had described him …"), when no other plural noun in the clause competes.
        return clause[words[0].start:words[-1].end]
    if pronoun == "They" and (joined := _coordinated_plurals(tokens, first, last)) is not None:
        # "More than 20 rescuers and 100 miners rushed to the scene. They drilled …": plural noun phrases joined by
        # "and" that open the clause (the analysis gives the subject as the last of them), no other plural after.
        return clause[tokens[joined].start:words[-1].end]
    if pronoun == "They" and _coordinated_names(words):
        # "Carmakers Volta and Brisk reported losses. They cut …": names joined, plural.
        return clause[words[0].start:words[-1].end]
    opener = words[0].text.lower()
    # (a count after a word that rounds it, "About 300 residents of Kolvik", is a count as much as "300 residents")
    counted = len(words) > 1 and opener in _ROUNDING_WORDS and words[1].pos == "CD"
    if not (words[0].pos == "DT" and opener in ("the", "this", "that", "these", "those")
            or pronoun == "They" and (opener in ("both", "all") or words[0].pos == "CD" or counted)
            or _named_owner(words)
            or owned and pronoun in ("It", "They") and words[0].pos == "PRP$" and len(words) > 1) \
            or any(t.pos == "PRP" for t in words) or pronoun == "It" and _person_head(words):
        return None
    if a.subject_is_plural(groups[0]) != (pronoun == "They"):
        # Not the pronoun's number ("After the firms reported losses, the union called a strike. They cut …"):
        # the opening time clause's subject, when that one is of its sort.
        opening = _OPENING_TIME_CLAUSE.match(whole)
        return _subject_of(opening.group("clause"), pronoun, surnames) if opening is not None else None
    return clause[words[0].start:words[-1].end]


# The words of a noun phrase before its name, back to the word that governs the phrase ("of actors Lockwood West",
# "by former manager Don Revie", "of Don Revie's famous team"), over the phrases joined to it ("of actors Lockwood
# West and Olive Carleton-Crowe").
_BEFORE_NAME_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$",
                               "CC", ","})


def _competes_as_person(a: grammar.SentenceAnalysis, run: tuple[int, int]) -> bool:
    """Can another person named in a clause (tokens[run] of its analysis `a`) be the one a he/she of the next
    clause stands for, beside the clause's subject? A he/she that carries on from a clause takes that clause's
    subject, not a person named only inside a preposition's phrase ("Paxton won an Emmy alongside Kevin Costner.
    He also earned ...", "X was the son of actors Lockwood West and ...", "the side built by manager Don Revie"):
    so such a person competes only as a verb's subject or its object ("Judge Wood sentenced Skelos. He ..." may
    be either)."""
    tokens = a.tokens
    if any(span is not None and span[0] <= run[0] < span[1] for span in map(a.subject_of, a.groups)):
        return True
    k = run[0] - 1
    while k >= 0 and tokens[k].pos in _BEFORE_NAME_TAGS:
        k -= 1
    return not (k >= 0 and tokens[k].pos == "IN")


def _person_by_own_pronoun(tokens: Sequence[grammar.Token], verb_last: int) -> bool:
    """Does the clause call its subject a person right after its first verb: "his"/"her" opening the object
    ("handed in his resignation", "submitted her bill") or "himself"/"herself" ("gave himself a deadline")?
    A particle or an adverb may stand between ("handed in his"); a preposition too, so "acted on his advice" also
    reads so: the "it" then stays in the title, vague rather than wrong."""
    for t in tokens[verb_last + 1:verb_last + 4]:
        low = t.text.lower()
        if low in ("his", "himself", "herself") or low == "her" and t.pos == "PRP$":
            return True
        if t.pos not in ("RP", "RB", "IN"):  # (a particle the tagger may read as a preposition: "handed in")
            return False
    return False


_COMPANY_TITLE = re.compile(r"The ([a-z]+) (?=[a-z])")
# Where the sentence's own "the company" may stand: at its start, after a comma, a quote mark or a capitalised word.
_THE_NOUN_PLACE = r"(?:^|[,;:\"'`’]\s*|\b[A-Z][a-z]*\s+)"
# The first "the <noun> <word>" there, whatever the noun. (`[a-z]+\s+` takes the whole run of letters, so a match
# whose noun is the title's is the match of the pattern with that noun written in, at the same place.)
_THE_NOUN_AFTER = re.compile(rf"{_THE_NOUN_PLACE}[Tt]he ([a-z]+)\s+([\w'’-]+)")


# A title whose subject is a company's measure with no owner ("Sales drop to $3.03 billion", "Net income rises",
# "The stock remains down"): its noun (group "measure"), then a word in lower case, its verb.
_OWNERLESS_MEASURE_TITLE = re.compile(
    r"(?:The\s+)?(?P<measure>(?:(?:[Nn]et|[Oo]perating|[Pp]re-?tax|[Qq]uarterly|[Aa]nnual|[Cc]omparable|[Ss]ame-store"
    r"|[Ll]ike-for-like|[Tt]otal|[Gg]ross|[Uu]nderlying|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)-quarter"
    r"|[Ff]ull-year)\s+)?"
    r"(?:[Ss]ales|[Rr]evenues?|[Pp]rofits?|[Ee]arnings|[Ii]ncome|[Ll]oss|[Tt]urnover|[Ss]hares|[Ss]tock))"
    r"\s+(?=[a-z])(?!of\b|for\b|in\b|at\b|from\b|by\b|and\b|or\b)")
# How far into its text a document names the company an ownerless measure is given to (its lead: the headline and
# the first sentence or two).
_MEASURE_OWNER_LEAD = 600
# An owner written before the measure in the sentence: a possessive, or a possessive pronoun, within two words.
_OWNED_MEASURE_BEFORE = re.compile(r"(?:['’]s?|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur))\s+(?:[\w-]+\s+){0,2}$")


# A name, a comma and "where" right before a measure: the measure is the name's ("at rival Dunmore's, where ...").
_WHERE_AFTER_NAME = re.compile(r"(?<![\w'’.&-])(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}),\s+where\s+$")


def _other_name_before(own: str, at: int, owner: str) -> bool:
    """Does the sentence `own` write a capitalised word before offset `at` (its measure) that is none of the
    company `owner`'s words, nor its first word, a month's or a day's name, "I" or a quotation's first word: a name
    that may own the measure instead ("Sales at rival Dunmore's fell")?"""
    # (the company's words in any case: "UniFirst reported" is "UNIFIRST Corp.")
    own_words = {coref._short_name(w).rstrip(".").lower() for w in owner.split()}
    for m in re.finditer(r"(?<![\w'’.&-])[A-Z][\w'’.&-]*", own[:at]):
        word = coref._short_name(m.group(0)).rstrip(".")
        before = own[:m.start()].rstrip()
        if not before or before[-1] in "\"“`(" or word.lower() in own_words or word == "I" \
                or _MONTH_OR_DAY.fullmatch(word):
            continue
        return True
    return False


def _reporting_name_before(own: str, at: int, text: str) -> str | None:
    """The name that reports the measure at `at` of the sentence `own` as its own ("MTS, part of Sistema, said net
    profit was $321.6 million": MTS): the subject of a reporting verb before the measure, a run of capitalised
    words alone, and no person's (`grammar.person_surnames` of the document `text`: a person's figures are
    seldom told so, and "Smith said net profit rose" is the company's, not Smith's). None otherwise."""
    a = grammar.analyse_sentence(own)
    tokens = a.tokens
    for group in a.groups:
        if tokens[group.last].end > at:
            break
        if not _is_reporting(tokens[group.last].text):
            continue
        subject = a.subject_of(group)
        if subject is None or not 0 < subject[1] - subject[0] <= 4 \
                or any(t.pos not in ("NNP", "NNPS") for t in tokens[subject[0]:subject[1]]):
            continue
        if tokens[subject[1] - 1].text in grammar.person_surnames(text):
            return None
        return own[tokens[subject[0]].start:tokens[subject[1] - 1].end]
    return None


def _owner_of_measure(title: str, own: str, text: str, excluded: tuple[tuple[int, int], ...] = ()) -> str:
    """"Sales drop to $3.03 billion" → "Air Products And Chemicals Inc.'s sales drop to $3.03 billion": a title whose
    subject is a company's measure with no owner (`_OWNERLESS_MEASURE_TITLE`) takes the company the whole document
    names, when it names exactly one (`coref.Companies.sole`): away from its article, a measure must say whose it
    is. Unchanged when the document names no company or several (the page's actor is not sure), and when the
    sentence (`own`) writes an owner before the measure (the title dropped it for length: whose it was is not the
    sole company's for sure)."""
    m = _OWNERLESS_MEASURE_TITLE.match(title)
    if m is None:
        return title
    words = grammar.tag_words(title)
    k = next((k for k, t in enumerate(words) if t.start >= m.end()), None)
    verb = None if k is None else words[k]
    # (a verb the tagger reads as a noun after a plural, "Comparable sales rise 3.8 percent": a word the lexicon
    # knows as a verb too, before a figure, an adverb or a preposition)
    verb_as_noun = verb is not None and verb.pos in ("NN", "NNS") and k + 1 < len(words) \
        and words[k + 1].pos in ("CD", "$", "RB", "IN", "TO") and "VERB" in grammar.all_lemmas(verb.text.lower())
    if verb is None or not (verb.pos.startswith("VB") or verb.pos == "MD" or verb_as_noun):
        return title  # the measure's noun modifies another ("Loss reserves stand", "The stock capital triples")
    measure = m.group("measure")
    at = own.lower().find(measure.lower())
    where = _WHERE_AFTER_NAME.search(own, max(0, at - 80), at) if at >= 0 else None
    if where is not None:
        # ("… at rival Dunmore's, where same-store sales fell 16.6 percent": the name the "where" is about)
        owner = re.sub(r"['’]s?$", "", where.group("name"))
        possessive = "'" if owner.endswith("s") and not owner.endswith("ss") else "'s"
        rest = title[m.start("measure"):]
        return _shortened_again(f"{owner}{possessive} {rest[:1].lower()}{rest[1:]}")
    if at < 0 or _OWNED_MEASURE_BEFORE.search(own, max(0, at - 40), at) is not None:
        return title
    companies = coref.companies(text, excluded)
    owner = companies.sole
    if owner is not None and _other_name_before(own, at, owner):
        return title  # (another name before the measure in its sentence may own it: "sales at rival Dunmore's rose")
    if owner is None or companies.sole_at > _MEASURE_OWNER_LEAD:
        # (a company the text names only further on is not the page's own: a market report names one firm by
        # its legal form in passing, "after the Federal Deposit Insurance Corp. approved ...")
        owner = _reporting_name_before(own, at, text)
        if owner is None:
            return title
    possessive = "'" if owner.endswith("s") and not owner.endswith("ss") else "'s"
    rest = title[m.start("measure"):]
    return _shortened_again(f"{owner}{possessive} {rest[:1].lower()}{rest[1:]}")


# What news calls a company by its trade ("the retailer", "the carmaker"), besides what `coref` calls one by its
# legal form ("the company", "the firm"): such a noun is the article's one company (`_sole_company_as`).
_TRADE_NOUNS = frozenset({
    "retailer", "chain", "bank", "lender", "insurer", "airline", "carrier", "carmaker", "automaker", "maker",
    "manufacturer", "producer", "brewer", "miner", "chipmaker", "drugmaker", "publisher", "supplier", "grocer",
    "conglomerate", "startup", "utility"})
# A title whose subject is "the company's …", "the retailer's …": the noun, and the possessive's mark.
_COMPANYS_TITLE = re.compile(r"The ([a-z]+)(['’]s?) (?=\S)")


# A competitor named in a clause ("at rival Dunmore's", "than its rivals", "competitor Zenith"): the clause's subject
# is one that competes.
# (the rival is a company: a name, a company's or a trade's noun, or the noun alone; not a thing's "rival phones",
# whose "it" is a thing of that kind)
_RIVAL_NAMED = re.compile(
    r"\b(?:its\s+)?(?:rivals?|competitors?)\b(?:\s+(?P<name>[A-Z][\w'’.&-]*)|\s+(?P<noun>[a-z]+)\b|(?=\W|$))")


def _company_with_rival(clause: str, text: str) -> str | None:
    """The company an "it" that opens `clause` stands for when the clause names its rival ("It has also gotten a
    bump from a sharp sales decline at rival Dunmore's"): a thing with a rival competes, so it is the one company
    the document names by its legal form, first in its lead (`coref.Companies.sole`), when the rival named is not
    that company. None otherwise."""
    found = _RIVAL_NAMED.search(clause)
    if found is None or found.group("noun") and found.group("noun") not in _TRADE_NOUNS | {"company", "firm"} \
            and "NOUN" in grammar.all_lemmas(found.group("noun")):
        return None
    companies = coref.companies(text)
    owner = companies.sole
    if owner is None or companies.sole_at > _MEASURE_OWNER_LEAD \
            or found.group("name") and coref._short_name(found.group("name")) == coref._short_name(owner):
        return None
    return owner


def _sole_company_as(noun: str, text: str, excluded: tuple[tuple[int, int], ...]) -> str | None:
    """The company a "the NOUN" of a trade (`_TRADE_NOUNS`: "the retailer") stands for: the one company the whole
    document names by its legal form, first named in its lead (`coref.Companies.sole`, as a measure with no owner
    takes it), when the text gives the noun to no other name ("rival retailer Dunmore's": then which retailer?).
    None otherwise."""
    if noun not in _TRADE_NOUNS:
        return None
    companies = coref.companies(text, excluded)
    owner = companies.sole
    if owner is None or companies.sole_at > _MEASURE_OWNER_LEAD:
        return None
    if _trade_noun_of_another(noun, text, coref._short_name(owner)):
        return None  # (the noun before another's name)
    return owner


@lru_cache(maxsize=64)
def _trade_noun_of_another(noun: str, text: str, short: str) -> bool:
    """Does `text` write the trade's `noun` before a name other than the company's short name `short` ("rival
    retailer Dunmore's")? (Cached: each title of the noun in a document asks.)"""
    if any(not m.group(1).startswith(short) for m in re.finditer(rf"\b{noun}s?\s+([A-Z][\w'’.&-]*)", text)):
        return True
    # (or after a word that brings in another of the trade, "a loan from a bank", "other retailers"; not in an
    # apposition to the company, "Brandell Stores Inc., a retailer based in Ohio")
    return any(not text[:m.start()].rstrip().endswith(",")
               for m in re.finditer(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ther|[Rr]ival|[Oo]ne)\s+(?:[a-z-]+\s+)?{noun}s?\b",
                                    text))


def _name_the_companys(title: str, own: str, text: str, offset: int, excluded: tuple[tuple[int, int], ...]) -> str:
    """"The company's shares close up 2.5 percent" → "Brandell Stores Inc.'s shares close up 2.5 percent": a title
    whose subject a "the company's" (a company's noun, `_name_the_company`'s, or a trade's, `_sole_company_as`)
    owns takes the company's name in its place, when the sentence `own` writes that possessive as its subject
    (at its start, after a comma, a quote mark or a capitalised word)."""
    m = _COMPANYS_TITLE.match(title)
    if m is None or re.search(rf"{_THE_NOUN_PLACE}[Tt]he {m.group(1)}['’]s?\s", own) is None:
        return title
    noun = m.group(1)
    name = coref.companies(text, excluded).named(noun, offset) or coref.organisations(text).named(noun, offset) \
        or _sole_company_as(noun, text, excluded)
    if name is None:
        return title
    name = grammar.capitalised(name)
    mark = "’" if "’" in m.group(2) else "'"
    return _shortened_again(name + mark + ("" if name.endswith("s") else "s") + title[m.end(2):])


def _name_the_company(title: str, own: str, text: str, offset: int,
                      excluded: tuple[tuple[int, int], ...] = ()) -> str:
    """"The company earns $20.6 million" → "Shoney's Inc. earns $20.6 million": a title whose subject is "the
    company" (or "the firm", "the group" of "Giant Group Ltd.") takes the company the text named last before
    offset `offset` (where the sentence `own` starts), as `coref.Companies.named` finds it: away from its
    article, the title must say which company."""
    if _COMPANYS_TITLE.match(title) is not None:
        return _name_the_companys(title, own, text, offset, excluded)
    m = _COMPANY_TITLE.match(title)
    if m is None:
        return title
    # (the sentence's own subject: "the company" before the title's next word, or a form of that verb, after the
    # sentence's start, a comma or a capitalised word ("But the company said"); not "the payments to executives
    # staying with the company will reduce ...")
    follower = title[m.end():].split(maxsplit=1)[0]
    # (The first "the <noun>" of the sentence in that place is most often the title's noun: then it is the
    # match the pattern with the noun written in would find, without compiling that pattern for each noun.)
    said = _THE_NOUN_AFTER.search(own)
    if said is not None and said.group(1) != m.group(1):
        said = re.search(rf"{_THE_NOUN_PLACE}[Tt]he ({m.group(1)})\s+([\w'’-]+)", own)
    if said is None or said.group(2) != follower and set(grammar.all_lemmas(said.group(2)).get("VERB", ())) \
            .isdisjoint(grammar.all_lemmas(follower).get("VERB", ())):
        return title
    name = coref.companies(text, excluded).named(m.group(1), offset) \
        or coref.organisations(text).named(m.group(1), offset) or _sole_company_as(m.group(1), text, excluded)
    if name is None:
        return title
    words = grammar.tag_words(title)
    if len(words) > 2 and words[2].pos in ("NN", "NNP", "NNPS"):
        return title  # the noun modifies another: "The council tax rise will take effect" is no council's act
    return _shortened_again(grammar.capitalised(name) + title[m.end(1):])


def _role_person(clause: str, text: str, before: int, pronoun: str) -> str | None:
    """The person a role noun phrase that is `clause`'s subject stands for, for a he/she (`pronoun`) of the
    sentence after: "the mayor" of "The mayor said ..." or of a closing attribution ("The plan was dropped, the
    mayor said on Thursday") is the person `text` last named with that role phrase before offset `before`
    ("Mayor Jane Lindqvist"; "the prime minister" is not "Foreign Minister Downer"), by family name, when the
    document does not show that person to be of the other sex (`coref.pronoun_holder`); None when the subject is
    no singular "the ROLE" or nobody sure holds the role."""
    a = grammar.analyse_sentence(clause)
    tokens, groups = a.tokens, a.groups
    if not groups:
        return None
    subjects = [a.subject_of(groups[0])]
    if len(groups) > 1:
        last = a.subject_of(groups[-1])
        if last is not None and last[0] > 0 and tokens[last[0] - 1].text == "," and last[1] == groups[-1].first:
            subjects.append(last)  # the closing attribution's speaker
    for span in subjects:
        if span is None:
            continue
        words = tokens[span[0]:span[1]]
        if len(words) >= 2 and words[0].text.lower() == "the" and words[-1].pos == "NN" \
                and all(t.pos in ("JJ", "NN", "NNP") for t in words[1:]):
            role = " ".join(t.text for t in words[1:])
            holder = coref.pronoun_holder(text, role, before, pronoun)
            if holder is not None:
                return holder
    return None


def _unnamed_role_speaker(sentence: str, pronoun: str, surnames: frozenset[str], text: str = "") -> str | None:
    """The one unnamed person a he/she after `sentence` stands for when no name does: its first verb's subject or
    its closing attribution's speaker is a singular "the ROLE" of a person's kind ("“Seven bodies have been
    found,” the official from the State Administration said. He refused to give his name": "the official", its
    phrase after a preposition left out), and the sentence names nobody (`_known_people`) and no other person of
    a kind ("told the mayor", "a spokesman"), and the document's `text` gives the role to nobody by name ("Mayor
    John Harlan": then the role is a person the narrow rules judge, `_role_person`). None otherwise."""
    a = grammar.analyse_sentence(sentence)
    tokens, groups = a.tokens, a.groups
    if not groups or _known_people(a, len(tokens), surnames, pronoun) != {}:
        return None
    found: set[tuple[int, int]] = set()
    for group in groups:
        span = a.subject_of(group)
        if span is None:
            continue
        words = tokens[span[0]:span[1]]
        cut = next((k for k, t in enumerate(words) if t.pos in ("IN", "TO", ",")), len(words))
        words = words[:cut]
        if any(t.text.lower() in _SAME_PERSON_WORDS[pronoun] for t in words):
            return None  # (the pronoun's own chain: `_person_along_chain`'s)
        if len(words) >= 2 and words[0].text.lower() == "the" and all(t.pos in ("JJ", "NN") for t in words[1:]) \
                and _person_head(words):
            found.add((span[0], span[0] + cut))
    if len(found) != 1:
        return None
    lo, hi = next(iter(found))
    if re.search(rf"\b{re.escape(tokens[hi - 1].text.capitalize())}\s+[A-Z]", text):
        return None  # (the role before a name somewhere: whose it is, the narrow rules say or nobody does)
    if any(k != hi - 1 and t.text.islower() and _PERSON_HEAD.fullmatch(grammar.singular_noun(t.text)) is not None
           for k, t in enumerate(tokens) if t.pos in ("NN", "NNS")):
        return None  # (another person of a kind, who may be the he/she: "told the mayor", "and a spokesman")
    return sentence[tokens[lo].start:tokens[hi - 1].end].lower()


# A person named by a title and family name alone ("Mr. Nadir"), whom `grammar.person_surnames` may not know.
_TITLED_FAMILY = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+([A-Z][a-z]+)")


@lru_cache(maxsize=8)
def _first_person_mentions(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where `text` first names each person (a family name `grammar.person_surnames` knows, or one after Mr./Dr.),
    in order: the offsets and the family names. One reading of the page, for every pronoun that asks."""
    surnames = grammar.person_surnames(text)
    first: dict[str, int] = {}
    for m in _TITLED_FAMILY.finditer(text):
        first.setdefault(m.group(1), m.start(1))
    if surnames:
        for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b", text):
            first.setdefault(m.group(0), m.start())
    ordered = sorted((at, family) for family, at in first.items())
    return tuple(at for at, _ in ordered), tuple(family for _, family in ordered)


def _page_one_person(text: str, offset: int, sentence_before: str, pronoun: str,
                     surnames: frozenset[str]) -> str | None:
    """The page's one person, for a he/she opening a sentence that the narrow rules leave unresolved: the text
    before offset `offset` names exactly one person (`_first_person_mentions`), and the sentence before names
    nobody else who may be the pronoun: no name or run that may be one (`_known_people`), no quotation, no
    singular person of a kind ("a spokesman", "the official"): "Talent Moyo was remanded ... Further
    investigation linked the accused with a robbery ... He was further linked with several cases" → Talent
    Moyo. The family name, or None."""
    offsets, families = _first_person_mentions(text)
    named = bisect.bisect_left(offsets, offset)
    if named != 1:
        return None
    a = grammar.analyse_sentence(sentence_before)
    tokens = a.tokens
    if _known_people(a, len(tokens), surnames, pronoun) != {} or _quotation_marks(tokens) \
            or any(t.pos == "NN" and t.text.islower() and _PERSON_HEAD.fullmatch(t.text) is not None for t in tokens):
        return None
    return families[0]


def _subject_before(earlier: Sequence[str], pronoun: str, surnames: frozenset[str], text: str,
                    offset: int | None, clause: str = "") -> _Antecedent | None:
    """What a subject pronoun that opens a sentence stands for from the sentence before (`earlier[0]`): its
    subject when of the pronoun's sort (`_subject_of`), else the speaker of its closing frame when of that sort
    ("Flights will resume, the airline said. It cancelled 40": the airline), else for a he/she the person its role
    subject stands for (`_role_person`, when the document's `text` and the sentence's `offset` in it are given).
    `clause`: the pronoun's own clause; when it holds an object pronoun of the pronoun's number, the two stand for
    two things ("Two men were held, police said. They released them"): the subject is the object's, and a
    closing frame's speaker is the pronoun's."""
    subject = _subject_of(earlier[0], pronoun, surnames)
    if pronoun in ("It", "They") and (told := _told_subject(earlier[0], pronoun, surnames)) is not None \
            and (subject is None or _same_verb(told[1], clause) or _passive_on_a_thing(clause)):
        # "Police said the company had dumped waste. It was fined": the told clause's subject, when the speaker
        # is not of the pronoun's sort, when the pronoun's verb is the told one again ("NASA announced that
        # TESS has discovered a planet. It has discovered two others"), or when the pronoun's clause is a passive
        # one of what is done to things ("The council said the bridge was unsafe. It was closed": what a speaker
        # said is the news, and the next sentence's patient is what it was about; a speaker acts on its own)
        subject = told[0]
    if subject is None or _has_object_of_same_number(clause, pronoun):
        speaker = _frame_speaker(earlier[0], pronoun, surnames)
        if speaker is not None or subject is not None:
            # (a same-number object and no speaker: the subject may be the object's, so neither is sure)
            return _Antecedent(speaker, from_frame=True) if speaker else None
    if subject is None and pronoun in _SAME_PERSON_WORDS and offset is not None and text:
        subject = _role_person(earlier[0], text, offset, pronoun)
    return _Antecedent(subject, from_frame=False) if subject else None


def _told_subject(sentence: str, pronoun: str, surnames: frozenset[str]) -> tuple[str, grammar.Token] | None:
    """The subject of the clause a sentence's first verb tells ("Police said (that) the company had dumped waste":
    the company), when of the pronoun's sort (`_subject_of`), with that clause's main verb; None when the first verb
    tells no clause or its subject is of another sort."""
    sentence = _PARENTHESIS.sub("", sentence)  # ("that TESS (Transiting Exoplanet Survey Satellite) has found")
    a = grammar.analyse_sentence(sentence)
    tokens, groups = a.tokens, a.groups
    if len(groups) < 2 or not grammar.verb_lemmas(groups[0].main.text) & _TELLING_LEMMAS \
            or a.subject_of(groups[0]) is None or groups[0].last + 1 >= len(tokens):
        return None
    k = groups[0].last + 1
    if tokens[k].text.lower() == "that":
        k += 1
    told = a.subject_of(groups[1])
    if told is None or told[0] != k or k >= len(tokens):
        return None  # (the told clause's subject right after the verb, or its "that": no object, no date between)
    subject = _subject_of(sentence[tokens[k].start:], pronoun, surnames)
    return (subject, groups[1].main) if subject else None


_TELLING_LEMMAS = grammar.REPORTING_LEMMAS | grammar.ANNOUNCING_LEMMAS
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# The verbs of what is done to a body or a person as much as to a thing (punished, judged, bought, told, founded):
# in the passive, a speaker may be their patient as well as what it spoke of ("The company said the plant was
# old. It was fined"), so the speaker stays the pronoun's.
_ACTS_ON_ACTORS = frozenset({
    "fine", "sue", "charge", "accuse", "blame", "criticise", "criticize", "investigate", "probe", "sanction",
    "penalise", "penalize", "punish", "convict", "sentence", "clear", "acquit", "arrest", "ban", "suspend", "expel",
    "order", "urge", "ask", "tell", "warn", "advise", "force", "praise", "award", "honour", "honor", "elect",
    "appoint", "hire", "found", "establish", "form", "acquire", "buy", "purchase", "take", "list", "rate",
    "downgrade", "upgrade", "value", "rescue", "bail", "merge", "dissolve", "privatise", "privatize",
    "nationalise", "nationalize", "hack", "pay", "invite", "join", "back", "support", "oppose", "replace"})


def _passive_on_a_thing(clause: str) -> bool:
    """Is the first verb group of `clause` (a pronoun's own) a passive ("was closed", "has been repaired", "got
    cancelled") of a verb not among `_ACTS_ON_ACTORS`?"""
    a = grammar.analyse_sentence(clause)
    if not a.groups:
        return False
    group = a.groups[0]
    return group.main.pos == "VBN" and any(grammar.verb_lemmas(w.text) & {"be", "get"} for w in group.auxiliaries) \
        and grammar.verb_lemmas(group.main.text).isdisjoint(_ACTS_ON_ACTORS)


def _same_verb(verb: grammar.Token, clause: str) -> bool:
    """Is the first verb group of `clause` (a pronoun's own) the same verb as `verb`, not a form of "be"/"have"?"""
    a = grammar.analyse_sentence(clause)
    lemmas = grammar.verb_lemmas(verb.text) - {"be", "have", "do"}
    return bool(a.groups) and bool(lemmas & grammar.verb_lemmas(a.groups[0].main.text))


# An object pronoun of a subject pronoun's number after its verb, in the subject's own clause ("They released them",
# "It sold it"): not the same thing as the subject.
_OBJECT_OF_SAME_NUMBER = {"They": re.compile(r"^\s*they\s+[^,;]*?\bthem\b", re.IGNORECASE),
                          "It": re.compile(r"^\s*it\s+[^,;]*?\bit\b", re.IGNORECASE),
                          "He": re.compile(r"^\s*he\s+[^,;]*?\bhim\b", re.IGNORECASE)}
_SUBJECT_VERB_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})


def _has_object_of_same_number(clause: str, pronoun: str) -> bool:
    """Whether `clause`, opened by the subject pronoun `pronoun`, has an object pronoun of its number after it
    (`_OBJECT_OF_SAME_NUMBER`). "it" is a subject's form as well as an object's: a later "it" before a finite verb
    or a modal is a reported clause's subject ("It said it had lost two contracts", the same thing), and only an
    "it" before anything else is an object ("It sold it last year")."""
    found = _OBJECT_OF_SAME_NUMBER.get(pronoun)
    if found is None or found.search(clause) is None:
        return False
    if pronoun != "It":
        return True  # them/him are objects' forms only
    words = grammar.tag_words(clause)
    for i, word in enumerate(words[1:], 1):
        if word.text in (",", ";"):
            return False  # (the regex's own clause: up to a comma or a semicolon)
        if word.text.lower() == "it" and (i + 1 == len(words) or words[i + 1].pos not in _SUBJECT_VERB_TAGS):
            return True
    return False


class _Antecedent(NamedTuple):
    """A pronoun's antecedent in the sentence before (`_subject_before`). `from_frame`: it is a closing frame's
    speaker (`_frame_speaker`): of the pronoun's number, it takes the pronoun's place in the title as it is, as a
    reported speaker does (`_Speaker.common`), rather than in the sentence, which the tagger may read another way
    ("The airline cancelled/VBN 40 flights")."""
    text: str
    from_frame: bool


def _frame_speaker(sentence: str, pronoun: str, surnames: frozenset[str]) -> str | None:
    """The speaker of the reporting frame that closes `sentence` after its last comma ("…, the airline said.",
    "…, said the airline."), when it is of the pronoun's sort (`_subject_of` of the frame as a clause of its own);
    None when there is no such frame."""
    comma = sentence.rfind(",")
    if comma < 0:
        return None
    # (the quotation's closing mark after its comma is no word of the frame: '… one thing," Mr. Litvack says.')
    frame = re.sub(r"^(?:''|[\"”’])\s*", "", sentence[comma + 1:].strip())
    tokens = grammar.tag_words(frame)
    verb = next((k for k, t in enumerate(tokens) if t.pos[0] == "V"), None)
    if verb is None or verb > 5 or grammar.verb_lemmas(tokens[verb].text).isdisjoint(grammar.REPORTING_LEMMAS) \
            or not all(t.pos in ("DT", "PRP$", "POS", "JJ", "NN", "NNS", "NNP", "NNPS") for t in tokens[:verb]):
        return None
    rest = [t for t in tokens[verb + 1:] if t.pos not in (".", "''", "``")]
    if verb == 0:
        # "…, said the airline.": the speaker after the verb, written before it as a clause of its own
        if not rest or not all(t.pos in ("DT", "PRP$", "POS", "JJ", "NN", "NNS", "NNP", "NNPS") for t in rest):
            return None
        found = _subject_of(f"{frame[rest[0].start:rest[-1].end]} {tokens[0].text}", pronoun, surnames)
    elif any(t.pos not in ("IN", "NNP", "CD", "RB", "DT", "PRP$", "JJ", "NN") for t in rest):
        return None  # ("…, the airline said it would …": a clause told, no closing frame)
    elif pronoun in _SAME_PERSON_WORDS and any(t.pos == "NNP" and not _MONTH_OR_DAY.fullmatch(t.text) for t in rest):
        return None  # ("…, Tomas Brekke told Anna Holm. She …": the one told may be the he/she)
    else:
        found = _subject_of(frame[:tokens[verb].end], pronoun, surnames)
    if found and pronoun in _SAME_PERSON_WORDS and any(t.pos == "DT" for t in (rest if verb == 0 else tokens[:verb])):
        # (capitals after a determiner name no person: "…, the U.S. Justice Department said last year. He has been
        # arrested …")
        return None
    return found or None


# The last word of an organisation's, a club's or an institution's name ("Ford Motor Co.", "Manchester United",
# "Pine Hollow Club"): no person's family name.
_THING_NAME_HEADS = grammar._LEGAL_FORMS | frozenset({
    "PLC", "LLC", "Group", "Holdings", "Motors", "Airlines", "Airways", "Bank", "Club", "United", "City",
    "FC", "AFC", "Rovers", "Athletic", "Wanderers", "Albion", "University", "College", "School", "Institute",
    "Hospital", "Council", "Committee", "Association", "Foundation", "Agency", "Ministry", "Department", "Party",
    "Court", "Stadium", "Centre", "Center"})


def _named_thing(tokens: Sequence[grammar.Token], run: tuple[int, int]) -> bool:
    """Does a run of names (not one the document gives a person) name a thing by its shape or its place: a
    determiner before it ("the Ford Motor Co.") or an organisation's last word ("Manchester United")? (Not a
    preposition before it alone: "met with Putin" may name a person the document gives no given name.)"""
    a, b = run
    return tokens[b - 1].text.rstrip(".") in _THING_NAME_HEADS or a > 0 and tokens[a - 1].pos == "DT"


def _may_be_person(tokens: Sequence[grammar.Token], run: tuple[int, int], surnames: frozenset[str]) -> bool:
    """Can the run of names tokens[a:b] (`_people`) be a person, one a he/she could stand for besides the subject?
    A family name the document gives a person, or Mr./Ms. before it, is one; so is a short run whose last word is
    no common noun ("Tom Hale") or whose first is no word of the dictionary ("Anna Smith"). A long run, or one of
    dictionary words ("Apple Computer"), is an organisation's, a place's or a
    product's ("Walter Reed Army Medical Center"); so is one with a word in lower case or an acronym, which the
    tagger read as a name ("iPod seamlessly", "Mac OS X"): the subject is then the only person named."""
    a, b = run
    last = tokens[b - 1].text
    if last in surnames or tokens[a].text in _PERSON_TITLES:
        return True
    if last.rstrip(".") in _THING_NAME_HEADS or a > 0 and tokens[a - 1].pos == "DT":
        return False  # "Manchester United", "the Ford Motor Co.": an organisation's shape
    # (A family name may be a common noun, "Anna Smith": then the given name before it is none.)
    return b - a <= 3 and not ("NOUN" in grammar.all_lemmas(last.lower())
                               and grammar.all_lemmas(tokens[a].text.lower())) and all(
        t.text[:1].isupper() and not (len(t.text.rstrip(".")) > 1 and t.text.isupper()) for t in tokens[a:b])


def _coordinated_names(words: Sequence[grammar.Token]) -> bool:
    """Are `words` names joined by one "and", each side a name's capitalised words ("Volta and Brisk", "Carmakers
    Volta and Brisk Motors")?"""
    ands = [k for k, t in enumerate(words) if t.text == "and"]
    return len(ands) == 1 and 0 < ands[0] < len(words) - 1 \
        and all(t.text[:1].isupper() and t.pos in ("NNP", "NNPS", "NN", "NNS")
                for k, t in enumerate(words) if k != ands[0])


_BARE_PLURAL_TAGS = frozenset({"JJ", "JJR", "NN", "NNS", "VBN"})  # the words of a plural noun phrase with no determiner


def _headline_person(headline: str, pronoun: str, surnames: frozenset[str]) -> str | None:
    """The one person the headline's subject names ("Apple Inc. co-founder Steve Jobs dies aged 56" →
    "Steve Jobs"), for he/she when the sentences before name nobody; None otherwise. The name must end in a
    family name the article gives in full ("ROGERS COMMUNICATIONS Inc. plans ..." names nobody)."""
    if pronoun not in ("He", "She") or not headline:
        return None
    a = grammar.analyse_sentence(headline)
    tokens, groups = a.tokens, a.groups
    span = a.subject_of(groups[0]) if groups else None
    people = _people(tokens, 0, len(tokens), surnames)
    if span is None or len(people) != 1 or not span[0] <= people[0][0] < span[1] \
            or tokens[people[0][1] - 1].text not in surnames:
        return None
    return _person_name(headline, tokens, *people[0], surnames, headline=True)


# The words that refer to the same he or she as the pronoun: a sentence that uses one carries the chain back.
_SAME_PERSON_WORDS = {"He": frozenset({"he", "him", "his", "himself"}),
                      "She": frozenset({"she", "her", "hers", "herself"})}
# Titles that say which of he/she a person is; "Dr." says neither.
_GENDER_TITLES = {"Mr.": "He", "Mr": "He", "Mrs.": "She", "Mrs": "She", "Ms.": "She", "Ms": "She", "Miss": "She"}


def _known_people(a: grammar.SentenceAnalysis, hi: int, surnames: frozenset[str],
                  pronoun: str, places: frozenset[str] = frozenset(), *,
                  things_skipped: bool = False) -> dict[str, list[tuple[int, int]]] | None:
    """The people named in the sentence's tokens[:hi] (`a`, its analysis), by family name: runs of names (`_people`) that end in a family name the
    article gives in full (`grammar.person_surnames`) or open with Mr./Ms./Dr. A run of words the dictionary
    all knows ("the Justice Department", "Security Council") is nobody. A person a title shows to be the other
    of he/she is left out. None when another run may be a person too ("Anna Berg", "New York": not sure), or
    one family name is written with two given names (two people of one family: "Fidel Castro", "Juanita
    Castro"). `things_skipped`: a run that by its shape names a thing (`_named_thing`: "the Ford Motor Co.",
    "Manchester United") is nobody, not a doubt. `places`: one-word names the article gives to places
    (`grammar.place_names`), no person even as a
    verb's subject ("Kessa was governed by the Social Democrats until 2009, when Fenn won his first term")."""
    tokens = a.tokens
    out: dict[str, list[tuple[int, int]]] = {}
    given: dict[str, set[str]] = {}
    for first, b in _people(tokens, 0, hi, surnames):
        family = tokens[b - 1].text
        if family not in surnames and tokens[first].text not in _PERSON_TITLES:
            if all(grammar.all_lemmas(t.text.lower()) for t in tokens[first:b]) \
                    or things_skipped and _named_thing(tokens, (first, b)):
                continue  # common words in capitals, or a club's, a firm's shape: an organisation's or a thing's name
            return None
        gender = _GENDER_TITLES.get(tokens[first].text)
        if gender is not None and gender != pronoun:
            continue
        while b - first >= 2 and (not tokens[first].text[:1].isupper() or tokens[first].text.lower() in WEEKDAYS):
            first += 1  # "On Monday Valk said", "Last week Valk said" (the tagger's NNP): no given name
        out.setdefault(family, []).append((first, b))
        if b - first >= 2 and tokens[first].text not in _PERSON_TITLES:
            given.setdefault(family, set()).add(tokens[b - 2].text)
    if any(len(g) > 1 for g in given.values()):
        return None
    if out:
        # A one-word name that acts (a verb's subject: "Saddam said he will") may be a person too.
        known = {i for runs in out.values() for first, b in runs for i in range(first, b)}
        for group in a.groups:
            if group.first >= hi:
                break
            span = a.subject_of(group)
            if span is not None and span[1] - span[0] == 1 and span[0] not in known and tokens[span[0]].pos == "NNP" \
                    and tokens[span[0]].text not in places:
                return None
    return out


def _one_person(text: str, tokens: Sequence[grammar.Token], people: dict[str, list[tuple[int, int]]],
                surnames: frozenset[str]) -> str | None:
    """The name of the one person in `people` (`_known_people`), in its longest form in `text`; None unless
    exactly one is named."""
    if len(people) != 1:
        return None
    a, b = max(next(iter(people.values())), key=lambda r: r[1] - r[0])
    name = _person_name(text, tokens, a, b, surnames)
    words = name.split() if name else []
    while len(words) > 2 and "NOUN" in grammar.all_lemmas(words[0].lower()):
        words.pop(0)  # a role the sentence gives before the name ("Engineer Tom Hale")
    return " ".join(words) or None


def _named_before_pronoun(tokens: Sequence[grammar.Token], people: dict[str, list[tuple[int, int]]],
                          same: frozenset[str]) -> bool:
    """Is the person named before any he/him/his (she/her) of the sentence? Otherwise that pronoun is someone
    else's, the person named after it another ("She married Thomas Whitcombe")."""
    first_person = min(r[0] for runs in people.values() for r in runs)
    return not any(t.text.lower() in same for t in tokens[:first_person])


# A description's head that tells a person's age ("the 24-year-old", "the 31-year-old's").
_AGE_HEAD = re.compile(r"\d+-years?-old", re.IGNORECASE)


def _described_person_subject(a: grammar.SentenceAnalysis, people: dict[str, list[tuple[int, int]]], text: str,
                              surnames: frozenset[str]) -> bool:
    """Whether the subject of a sentence's first verb (`a`, its analysis) is a definite description of a person with
    no name of its own ("The 24-year-old", "The midfielder", "The Ghanaian"), and every person the sentence names
    (`people`, `_known_people`) stands outside it, in a preposition's phrase (`_competes_as_person`: not a verb's
    subject or object). A person's description: a role or a person's kind (`_PERSON_HEAD`), an age, or a word the
    document gives a named person ("Ghanaian midfielder Paul Ayongo": "the Ghanaian", "the midfielder";
    `coref.descriptions`). Not a thing's phrase ("The ball was passed to Jonas Brekke": the person is his)."""
    tokens = a.tokens
    span = a.subject_of(a.groups[0]) if a.groups else None
    if span is None or span[1] - span[0] < 2 or tokens[span[0]].text.lower() != "the":
        return False
    words = tokens[span[0] + 1:span[1]]
    # (a people's adjective the tagger reads as a name may head it, "The Kessan"; no other name: "The Times")
    if any(t.pos not in ("JJ", "NN", "NNS", "CD", "VBN") and "-" not in t.text and not (k == len(words) - 1 and t.pos == "NNP")
           for k, t in enumerate(words)):
        return False  # (a name, a possessive, a clause: not a bare description)
    if any(_competes_as_person(a, run) for runs in people.values() for run in runs):
        return False
    head = words[-1].text
    if _person_head(words) or _AGE_HEAD.fullmatch(head):
        return True
    return bool(text) and coref.descriptions(text, surnames).describes(head)


def _person_along_chain(earlier: Sequence[str], pronoun: str, surnames: frozenset[str],
                        places: frozenset[str] = frozenset(), text: str = "") -> str | None | bool:
    """The person a he/she that opens a sentence stands for, from the sentences before (nearest first): the one
    person the nearest sentence naming anybody names ("Kopp purports to be a devout Roman Catholic, the Justice
    Department said. He was ..." → Kopp). A sentence naming nobody is passed over only when it carries the
    pronoun's chain on ("He argued ... . He went on ..."); otherwise it may speak of someone unnamed ("A spokesman
    said ... . He declined ..."), and the pronoun stays. None when two people are named or the chain stops at
    such a sentence; False when every sentence in reach carries the chain and names nobody (the headline may
    say who, `_headline_person`). A sentence whose subject is a definite description of a person and whose people
    are named only in a preposition's phrase ("The 24-year-old was replaced with Andre Carvalhas") is a link of the
    chain too (`_described_person_subject`; `text`, the document's, tells the descriptions it gives people)."""
    same = _SAME_PERSON_WORDS[pronoun]
    for sentence in earlier:
        a = grammar.analyse_sentence(sentence)
        tokens = a.tokens
        people = _known_people(a, len(tokens), surnames, pronoun, places)
        if people is None:
            at = _pronoun_subject_at(sentence, pronoun)
            if at is not None and all(tokens[r[0]].start > at for r in _people(tokens, 0, len(tokens), surnames)):
                # (the sentence's subject is the same pronoun, every run after it: "He attended Bristol Grammar
                # School ...": whoever those runs are, the chain goes on back past them)
                continue
            # (a run that may be a person too, or one family name with two given names: "Timothy West was the son of
            # actors Lockwood West and ...") the sentence's subject when it is the one person who may be ("He
            # attended ... . He broke through ...": the chain's person is the subject's)
            return _subject_of(sentence, pronoun, surnames)
        if people:
            if not _named_before_pronoun(tokens, people, same):
                if _pronoun_subject_at(sentence, pronoun) is not None:
                    # The sentence's own subject is the same pronoun ("That year she married Tomas Berg"): the
                    # people named after it are others, and the pronoun's chain goes on back past them.
                    continue
                return None  # "Her daughter, Inês Whitcombe, said": someone else
            if _described_person_subject(a, people, text, surnames):
                # (the subject describes a person named before, "The 24-year-old was replaced with Andre Carvalhas":
                # a he/she carrying on takes the subject, as after a named one, not the person of a preposition's
                # phrase; who the description is, the chain before tells)
                continue
            # (several people: the subject's, when the others are named only in a preposition's phrase)
            return _one_person(sentence, tokens, people, surnames) or _subject_of(sentence, pronoun, surnames)
        if not any(t.text.lower() in same for t in tokens):
            return None
    return False


def _given_name_subject(sentence: str, pronoun: str, surnames: frozenset[str], text: str) -> str | None:
    """A fallback for a he/she that opens a sentence when the narrow rules find nobody: the sentence before has as
    its subject a bare given name ("First elected in 1973, Dennis was a founder member of Chorley Council") that
    the article gives in full for one person only ("Dennis Edgerley", `grammar.given_names`), and names no other
    person and quotes nobody (a quotation may speak of anyone): that person, in full. Else None."""
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    if _quotation_marks(tokens) or _known_people(a, len(tokens), surnames, pronoun, things_skipped=True) != {}:
        return None  # (people named, or a run that may be one: the narrow rules' to judge)
    if any(t.pos == "PRP" and t.text.lower() in _SAME_PERSON_WORDS[pronoun] for t in tokens):
        return None  # (the sentence speaks of a he/she of its own beside the name: which one is not sure)
    # (a one-word subject tagged a name that the dictionary does not know: "First elected ..." reads "First" as one)
    names = {tokens[span[0]].text for group in a.groups if (span := a.subject_of(group)) is not None
             and span[1] - span[0] == 1 and tokens[span[0]].pos == "NNP"
             and not grammar.all_lemmas(tokens[span[0]].text.lower())}
    if len(names) != 1:
        return None
    given = next(iter(names))
    families = [family for family, full in grammar.given_names(text).items() if full.split()[-1] == given]  # (the word just before the family name: "Mayor of Chorley Dennis Edgerley" gives "Chorley Dennis")
    return f"{given} {families[0]}" if len(families) == 1 else None


_GIVEN_NAME_REACH = 3  # sentences before a he/she read for a person named by the given name alone


def _given_name_along(earlier: Sequence[str], pronoun: str, surnames: frozenset[str], text: str) -> str | None:
    """`_given_name_subject` of the nearest of the `_GIVEN_NAME_REACH` sentences before (nearest first) that is
    not a link of the pronoun's own chain ("Dennis was a founder member ... . He had a two-year gap ... . He was
    Mayor ..."): a sentence passed over must have the same pronoun as its subject, name nobody and quote nobody."""
    for sentence in earlier[:_GIVEN_NAME_REACH]:
        if (found := _given_name_subject(sentence, pronoun, surnames, text)) is not None:
            return found
        a = grammar.analyse_sentence(sentence)
        if _pronoun_subject_at(sentence, pronoun) is None or _quotation_marks(a.tokens) \
                or _known_people(a, len(a.tokens), surnames, pronoun, things_skipped=True) != {}:
            return None
    return None


def _person_before_pronoun(own: str, before: int, pronoun: str,
                           surnames: frozenset[str]) -> tuple[int, str] | None:
    """A he/she inside the sentence, after the one person named before it ("Saddam appeared to accept a treaty he
    had rejected", "... the boy's father, Juan Miguel Gonzalez, was being controlled ... though he has been in
    Bethesda"): that person, when named before any he/him/his of the sentence (in "He has spoken with Elian since
    he arrived" the first "He" is someone else, so the second is not sure). The pronoun's offset (the last before
    `before`) and the name, or None."""
    a = grammar.analyse_sentence(own)
    tokens = a.tokens
    p = next((i for i in range(len(tokens) - 1, -1, -1)
              if tokens[i].start < before and tokens[i].pos == "PRP" and tokens[i].text == pronoun.lower()), None)
    if p is None or p < 2:
        return None
    people = _known_people(a, p, surnames, pronoun, things_skipped=True)
    if people:
        # A name inside a quotation the pronoun is outside of is the speaker's words, not the speaker: "``… for
        # Polish Russian co-operation,'' he said".
        quoted = [(o, c) for o, c in _quotation_spans(tokens) if not o <= p <= c]
        people = {family: kept for family, runs in people.items()
                  if (kept := [r for r in runs if not any(o < r[0] < c for o, c in quoted)])}
    if not people or not _named_before_pronoun(tokens, people, _SAME_PERSON_WORDS[pronoun]):
        return None
    name = _one_person(own, tokens, people, surnames)
    return (tokens[p].start, name) if name else None


def _same_person_later(own: str, at: int, before: int, pronoun: str, surnames: frozenset[str]) -> bool:
    """Is the last he/she before offset `before` a later one than the sentence's subject pronoun at `at`, in a
    clause after it ("He won at the course, where he tied for third in 2015", "She left after she lost"), with no
    other person who could be it between the two: no name the document gives a person, no Mr./Ms., no
    possessive of the same person ("his coach said he"), no quotation mark (a quotation's he is another)?"""
    low = pronoun.lower()
    tokens = grammar.tag_words(own)  # (tagged and cached whole)
    # (in either case: a line the sentence's reading joined to the one before may open with it, "… on Thursday,
    # March 14,\nHe is also accused …")
    p = next((k for k in range(len(tokens) - 1, -1, -1)
              if tokens[k].start < before and tokens[k].text.lower() == low), None)
    first = next((k for k, t in enumerate(tokens) if t.start >= at), None)
    if p is None or first is None or p <= first or tokens[first].text.lower() != low:
        return False
    possessive = "his" if pronoun == "He" else "her"
    return not any(t.text in surnames or t.text in _PERSON_TITLES or t.text.lower() == possessive
                   or t.text in _QUOTE_TOKENS for t in tokens[first + 1:p])


def _main_subject_person(own: str, before: int, pronoun: str, surnames: frozenset[str]) -> tuple[int, str] | None:
    """A he/she of a later clause whose sentence's own subject is a person the document names in full ("Holt also
    played at the Pine Hollow Club, where she tied for fifth"), where `_person_before_pronoun` is not sure of the
    other runs of names (a club's, a course's): that subject, when nobody else who could be the pronoun stands
    between (`_same_person_later`'s test, and no name that is a verb's subject). The pronoun's offset (the last
    before `before`) and the name, or None."""
    a = grammar.analyse_sentence(own)
    tokens, groups = a.tokens, a.groups
    low = pronoun.lower()
    p = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].start < before and tokens[k].text == low), None)
    span = a.subject_of(groups[0]) if groups else None
    while span is not None and span[1] - span[0] > 1 and tokens[span[1] - 1].text.islower():
        span = (span[0], span[1] - 1)  # an adverb the tagger read into the name ("Holt also/NNP played")
    if p is None or span is None or span[1] > p or tokens[span[1] - 1].text not in surnames \
            or any(t.text.lower() in _SAME_PERSON_WORDS[pronoun] for t in tokens[:span[0]]):
        return None
    family = tokens[span[1] - 1].text
    if any(t.text in surnames and t.text != family or t.text in _PERSON_TITLES or t.text.lower() == low
           or t.text.lower() == ("his" if pronoun == "He" else "her") or t.text in _QUOTE_TOKENS
           for t in tokens[span[1]:p]):
        return None
    for group in groups[1:]:
        if group.first >= p:
            break
        other = a.subject_of(group)
        if other is not None and other[0] >= span[1] and any(t.pos in ("NNP", "NNPS") for t in tokens[other[0]:other[1]]):
            return None  # (a name acting between: "Koepka beat Rahm, who said he …" may be Rahm's)
    name = _person_name(own, tokens, span[0], span[1], surnames)
    return (tokens[p].start, name) if name else None


def _opens_body(before: str, surnames: frozenset[str]) -> bool:
    """Is `before` (the only sentence before the pronoun's) a line that names nobody and has no verb, the
    dateline the article opens with, so that the headline may say who he/she is?"""
    a = grammar.analyse_sentence(before)
    return not _people(a.tokens, 0, len(a.tokens), surnames) and not a.groups


class NounDate(NamedTuple):
    """A date that names a noun's time (`noun_of_or_from_date`): document offsets of the noun phrase's first word
    and of the noun's end, the noun, and the present perfect's verb group whose object holds it (an "on" only)."""
    start: int
    end: int
    noun: str
    perfect: grammar.VerbGroup | None


def _present_perfect_before(a: grammar.SentenceAnalysis, k: int) -> grammar.VerbGroup | None:
    """The verb group of token k's clause before it when that group is a present perfect ("have issued a fresh
    appeal for witnesses to the stabbings", "has opened an inquiry into the fire"). A present perfect takes no
    past day of its own (it tells what holds now), so a day after one of its object's nouns is that noun's."""
    clause = a.clause_at(k)
    g = bisect.bisect_right(a.group_firsts, k) - 1
    if clause is None or g < 0 or not clause[0] <= a.groups[g].first < clause[1] or a.groups[g].last >= k:
        return None
    group = a.groups[g]
    auxiliaries = [w.text.lower() for w in group.auxiliaries]
    perfect = group.main.pos == "VBN" and auxiliaries[-1:] in (["has"], ["have"], ["been"]) \
        and auxiliaries[:1] in (["has"], ["have"])
    return group if perfect else None


def is_bare_year(e: TimeExpression) -> bool:
    """Is e a year written alone in four figures ("2008"): the cheap test before `year_modifies_an_object`?"""
    return e.precision == Precision.YEAR and len(e.text) == 4 and e.text.isdigit()


def year_modifies_an_object(a: grammar.SentenceAnalysis, d: int, e: TimeExpression) -> bool:
    """Is the bare year e (token d of the sentence analysed as `a`) the modifier of a common noun that the clause's
    act takes as its object, not a time of that act: a year set between a verb (or a noun, which the tagger may
    have taken a verb for: "also forecast/NN 2008 profit") and its noun, with no preposition before it ("forecast
    2008 profit", "posted 2009 sales of $3 billion"), or a preposition's year before a common noun that a name
    follows, after the clause's verb ("starred with Meryl Streep in 1981 film The French Lieutenant's Woman")?
    A year is a time of its clause after a preposition ("in 2008") or opening it ("In 1981 director Steven
    Spielberg made ..."); before a noun it says which thing: which year's profit, which film. The noun's phrase
    as a subject keeps the year a time of what the figures did ("said 2008 profit rose": `is_figures_period` reads
    a quarter so), and a noun naming a happening keeps it its own ("called 2008 elections")."""
    tokens = a.tokens
    if not is_bare_year(e) or d < 1 or d + 1 >= len(tokens) or tokens[d].text != e.text:
        return False
    # The noun phrase's words after the year: common nouns (a word in lower case is one, whatever a name after it
    # makes the tagger say: "film/NNP The ..."), none naming a happening ("the 1959 trade embargo" is the
    # embargo's year); a figure's word, of the "economy" kind, names none ("2008 profit" is which year's figures,
    # as "third-quarter earnings" is which quarter's).
    end = d + 1
    while end < len(tokens) and tokens[end].pos in _NOUN_TAGS and tokens[end].text.islower():
        end += 1
    kinds = {_kind_of_word(t.text.lower()) for t in tokens[d + 1:end]}
    if end == d + 1 or not kinds <= {None, "economy"}:
        return False
    before = tokens[d - 1]
    # (After a determiner, a possessive or an adjective the year is a modifier too, but of a thing whose making or
    # holding it may date, "a 1996 law", "its 2024 trade fair": `year_names_a_thing` weighs those.)
    if before.pos.startswith("VB") or before.pos in _LEXICON_NOUN_TAGS:
        # (the noun phrase before a verb of its own is that verb's subject: "said 2008 profit rose")
        return not (end < len(tokens) and tokens[end].pos in ("VBD", "VBZ", "VBP", "MD"))
    if before.pos != "IN" or d + 2 >= len(tokens):
        return False
    # (the name's first word: a capital, "The" of a title too)
    return tokens[d + 2].text[:1].isupper() and any(g.finite and g.last < d - 1 for g in a.groups)


def noun_of_or_from_date(text: str, offset: int, a: grammar.SentenceAnalysis, d: int, e: TimeExpression,
                         published: dt.date | None) -> NounDate | None:
    """Is e (at token d of the analysis `a` of the sentence that starts at `offset` in `text`) the object of an
    "of" or a "from" right after a common noun ("extended the deadline of June 30 to November 30", "a complaint
    about a post from 2012", "the flood of 2010"), or of an "on" after a
    happening's noun in a present perfect's object ("have issued an appeal for witnesses to the stabbings on
    Boxing Day")? Then the date says which thing the noun is (its time, or where it comes from), not when the
    clause's act was done. None for a noun of time or of a part of one ("the night of June 3", "the rest of
    2019": the clause's own time), the subject's own head ("The incidents of Aug. 7 underscore ..."), a date a
    "when" clause or a possessive goes on from ("a poster from 1989, when ...", "of Wednesday's meeting"), a
    "from" that opens a span ("from May 3 to June 1", "from 2010 on"), a "from" not yet reached when the article
    was written ("a reduced service from May": when it starts) and a day's "from" ("by telephone from Wednesday
    afternoon": as often when the act starts)."""
    if e.precision is None or not noun_date_cued(text, offset, e):
        return None  # (the cheap test first)
    tokens = a.tokens
    if d < 2 or d >= len(tokens) or tokens[d].start != e.start - offset:
        return None
    preposition, noun = tokens[d - 1].text.lower(), tokens[d - 2]
    if preposition in ("on", "in"):
        after = _following_happening(tokens, d - 1)
        if after is not None:
            # "appealing for witnesses following a stabbing in Brighton on Saturday": the stabbing's day
            return NounDate(offset + tokens[after[0]].start, offset + tokens[after[1]].end,
                            tokens[after[1]].text.lower(), None)
    if preposition not in ("of", "from", "on") or noun.pos not in ("NN", "NNS") or not noun.text.isalpha():
        return None
    word = noun.text.lower()
    perfect = _present_perfect_before(a, d - 2) if preposition == "on" else None
    if preposition == "on" and not (perfect is not None and _noun_names_a_happening(word)):
        # "arrested a man over the attack on Tuesday": the day may be the arresting's; "have arrested a man on
        # Tuesday": a thing's noun, the day is the act's however the tense reads
        return None
    if word in _PART_OF_TIME_NOUNS or word in UNITS or word.rstrip("s") in UNITS or word in DAY_PARTS \
            or word.rstrip("s") in DAY_PARTS:
        return None
    if _OWN_CLAUSE_AFTER_DATE.match(text, e.end) is not None or e.text.endswith(("'s", "\u2019s")):
        return None  # "a poster from 1989, when Solidarity won": the date is the "when" clause's time too, and
        # a possessive ("the handling of Wednesday's meeting") names the noun after it
    g = bisect.bisect_right(a.group_firsts, d - 2) - 1
    clause = a.clause_at(d - 2)
    if clause is None:
        return None
    if (g < 0 or not clause[0] <= a.groups[g].first < clause[1]) \
            and not any(t.pos in ("IN", "TO") for t in tokens[clause[0]:d - 2]):
        return None  # the clause's subject's head ("The incidents of Aug. 7 underscore ..."): its verb tells of
        # it (not a noun inside a phrase of the subject: "A complaint about a post from 2012 was ...")
    if preposition == "from" and (_SPAN_AFTER_FROM.match(text, e.end) is not None or published is None
                                  or e.last is None or e.last >= published
                                  or e.precision.rank < Precision.MONTH.rank):  # type: ignore[union-attr]
        # (a day or a week after a noun's "from" is as often when the act starts: "talked to the surface by telephone
        # from Wednesday afternoon"; a year or a month is where a thing comes from: "a post from 2012")
        return None
    first = d - 2
    while first > 0 and tokens[first - 1].pos in ("JJ", "NN", "NNS", "CD", "VBG") \
            and tokens[first - 1].text[:1].isalpha():
        first -= 1
    if first > 0 and tokens[first - 1].pos in ("DT", "PRP$"):
        first -= 1
    if preposition == "on" and any(_YEAR_TOKEN.fullmatch(t.text) for t in tokens[max(0, first - 2):d - 2]):
        # "has canceled the remaining dates of his 2007 European tour on Tuesday": the noun phrase carries its own
        # time (its year, right before its words or after its determiner), so the day is not which tour but when
        # the clause's act was done, the present perfect notwithstanding (news copy writes it with a past day)
        return None
    return NounDate(offset + tokens[first].start, offset + noun.end, word, perfect)


# A token that is a year ("2007"): a four-digit number of the years news tells.
_YEAR_TOKEN = re.compile(r"1[6-9]\d\d|20\d\d")


# The tags of the words of a "following" phrase's noun phrase and its own prepositional phrases, up to a date.
_FOLLOWING_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "IN", "POS", ","})
# How many words such a phrase may run to (a phrase, not a clause).
_FOLLOWING_REACH = 12


# The prepositions that set a clause's act before or after a happening ("following a stabbing", "after the vote",
# "before the summit"; "ahead of" is `_opens_time_relation`'s too): the act is not at the happening's time.
_TIME_RELATION_PREPOSITIONS = frozenset({"following", "after", "before"})


def _opens_time_relation(tokens: Sequence[grammar.Token], k: int) -> bool:
    """Does token k end a preposition that sets the clause's act before or after its object ("following",
    "after", "before", the "of" of "ahead of")?"""
    word = tokens[k].text.lower()
    return word in _TIME_RELATION_PREPOSITIONS or word == "of" and k > 0 and tokens[k - 1].text.lower() == "ahead"


def _following_happening(tokens: Sequence[grammar.Token], p: int) -> tuple[int, int] | None:
    """Does the preposition at token p close a phrase "following <a happening's noun phrase> ..." ("are appealing
    for witnesses following a stabbing in Brighton on Saturday", "parties campaign ahead of local elections in
    November", `_opens_time_relation`)? Then the date after p is that happening's: the preposition puts the
    clause's act after or before it, and a present one is not of that day. The token span of the noun phrase (its
    first word and its head, a noun that names a happening), or None."""
    k = p - 1
    while k >= 0 and p - k <= _FOLLOWING_REACH and tokens[k].pos in _FOLLOWING_PHRASE_TAGS \
            and not _opens_time_relation(tokens, k):
        k -= 1
    if k < 0 or not _opens_time_relation(tokens, k) or k + 1 >= p:
        return None
    # Only after a clause in the present or the present perfect ("are appealing for witnesses following ...",
    # "have arrested two men following ..."), which no past day dates: after a past ("Roads were closed
    # following the storm on Monday") or before the clause ("Following the crash on Tuesday, the road was
    # closed") the day may well be the act's too.
    finite = next((t for t in tokens[:k] if t.pos in ("VBP", "VBZ", "VBD", "MD")), None)
    if finite is None or finite.pos not in ("VBP", "VBZ"):
        return None
    first = k + 1
    head = first
    while head < p and tokens[head].pos in ("DT", "PRP$", "JJ", "CD"):
        head += 1
    while head + 1 < p and tokens[head + 1].pos in ("NN", "NNS"):
        head += 1  # a compound's last noun ("a knife attack")
    if head >= p or tokens[head].pos not in ("NN", "NNS") or not tokens[head].text.isalpha() \
            or not _noun_names_a_happening(tokens[head].text.lower()):
        return None
    return first, head


def _noun_names_a_happening(noun: str) -> bool:
    """Does the common noun name a happening: a kind extraction reads ("fire", "attack", "flood") or a verb's "-ing"
    noun ("the stabbings", "a shooting")?"""
    if _kind_of_word(noun) is not None:
        return True
    single = grammar.singular_noun(noun)
    return single.endswith("ing") and bool(grammar.verb_lemmas(single))


# The prepositions after a noun by which a date names a thing's time ("the deadline of June 30", "a post from
# 2012"), and those by which it names a happening's day ("the stabbings on Boxing Day", "following a stabbing in
# Brighton on Saturday"). `noun_of_or_from_date` reads both; the day's news only the first
# (`news._names_a_nouns_time`): a happening's day still sets the time of the article's account.
_THINGS_TIME_WORDS = "of|from"
_HAPPENINGS_DAY_WORDS = "on|in"
_THINGS_TIME_BEFORE = re.compile(rf"[a-z]\s+(?:{_THINGS_TIME_WORDS})\s+$", re.IGNORECASE)
_NOUN_DATE_BEFORE = re.compile(rf"[a-z]\s+(?:{_THINGS_TIME_WORDS}|{_HAPPENINGS_DAY_WORDS})\s+$", re.IGNORECASE)
_NOUN_DATE_REACH = 24  # (characters before a date searched for the cue: a word, its preposition and the spaces)


def noun_date_cued(text: str, sentence_start: int, e: TimeExpression, *, happenings: bool = True) -> bool:
    """The cheap test before `noun_of_or_from_date`: does a word and one of its prepositions stand right before e
    (in its sentence, which starts at `sentence_start`)? `happenings` False: only a thing's time's "of" or "from",
    not a happening's day's "on" or "in"."""
    cue = _NOUN_DATE_BEFORE if happenings else _THINGS_TIME_BEFORE
    return cue.search(text, max(sentence_start, e.start - _NOUN_DATE_REACH), e.start) is not None
# Nouns of a part of a span of time: "the rest of 2019" is the clause's own time, not a thing's.
_PART_OF_TIME_NOUNS = frozenset({"rest", "remainder", "course", "part", "bulk", "length", "duration", "span",
                                 "period", "season", "term", "session", "quarter", "half", "anniversary"})
# What follows a date that is more than a noun's: a clause of its time ("a poster from 1989, when ...") or a
# possessive's "'s" (the noun it names comes after it).
_OWN_CLAUSE_AFTER_DATE = re.compile(r"(?:\s*,?\s*(?:when|where|as|after|before)\b|['\u2019]s?\b)", re.IGNORECASE)
_FROM_RIGHT_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# What a "from" date's span goes on with: "from May 3 to June 1", "from Monday on", "from 2010 onwards".
_SPAN_AFTER_FROM = re.compile(r"\s*(?:to|until|till|through|thru|onwards?|on\b|and\s+(?:on|after)|[-\u2013\u2014])",
                              re.IGNORECASE)


# Nouns of time: "One year later it fell" has no antecedent of its own before the pronoun.
_TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "time", "decade",
                         "decades", "hour", "hours", "moment", "while", "morning", "evening", "night",
                         "today", "tonight", "yesterday", "tomorrow"})


def _clause_opened_by(tokens: Sequence[grammar.Token], pronoun: str, date_at: int) -> int | None:
    """Where (the subordinator's index) the sentence's first `pronoun` ("it", "they") opens a subordinate clause
    after the main one, before the date ("The hall was attacked by critics when it was unveiled in 2002"): the
    main clause is tokens[:k]. None when that pronoun comes first elsewhere, or after the date. (The walk the
    it and they readers share: `_it_after_main_clause`, `_they_after_collective_subject`.)"""
    for k, t in enumerate(tokens):
        if t.start >= date_at or t.text.lower() == pronoun:
            return None
        if k and t.text.lower() in grammar.OPENING_SUBORDINATORS and k + 1 < len(tokens) \
                and tokens[k + 1].text == pronoun and tokens[k + 1].start < date_at:
            return k
    return None


def _it_after_main_clause(own: str, date_at: int, surnames: frozenset[str]) -> tuple[int, str] | None:
    """An "it" that opens a subordinate clause after the main one, before the date ("The hall was attacked by
    critics when it was unveiled in 2002"): where it stands and the main clause's subject, when that one is of its
    sort (`_subject_of`: "the hall"), and no singular noun after the main verb competes for the "it" ("Anna Berg
    praised the hall when it was unveiled": the hall's); None otherwise. The first "it" of the sentence only."""
    tokens = grammar.tag_words(own)
    if (k := _clause_opened_by(tokens, "it", date_at)) is None:
        return None
    main = tokens[:k]
    groups = grammar.verb_groups(main)
    if not groups or any(_competes_for_it(main, j) for j in range(groups[0].last + 1, len(main))):
        return None  # (nouns of time do not compete: "closed for a year after it was flooded")
    subject = _subject_of(own[:tokens[k].start].rstrip(" ,"), "It", surnames)
    return (tokens[k + 1].start, subject) if subject else None


# The nouns of a body of people, which English calls "they" as often as "it", and a club's name's own last words
# ("fc", "united"): the last word of a body's name, capitalised ("Ravens Rugby Club", "the Green Party", "Hollin
# FC"), or a lower-case noun after a name ("Mtopwa Super Queens football team"). (`_body_name_taking_they`)
_BODY_HEADS = frozenset({"club", "team", "squad", "side", "band", "crew", "council", "party", "government",
                         "committee", "board", "federation", "association", "union", "fc", "united"})


def _body_name_taking_they(words: Sequence[grammar.Token], surnames: frozenset[str],
                           given: frozenset[str] = frozenset(), *, firm_marks: bool = True) -> bool:
    """Are `words` (a subject, its determiner left out) the name of one body that British usage calls "they"
    ("Windhoek Football Club won the trophy when they beat SKW 3-0")? Capitalised names, none a person's mark (a
    family name the document gives, a given name, Mr./Dr., a month or day) nor a plural noun alone ("Police"),
    that show a body's: by their last word (`_BODY_HEADS`: "Ravens Rugby Club", "the Green Party"), by a
    lower-case collective noun after them ("Mtopwa Super Queens football team") or, with `firm_marks`, by a firm's
    or club's word anywhere or an acronym (`_THING_NAME_HEADS`, grammar's legal forms: "Hollin Rovers", "CY
    Topic"). A reader that rules out fewer other takers of the "they" asks for the body's own head only. One
    capitalised word alone is none: it may be a person's name ("Halvorsen said they had signed the lease"), as
    are two alone ("Anna Berg won the race when they closed the road": "they" is others)."""
    names = list(words)
    if len(names) > 1 and names[-1].text in _BODY_HEADS:
        names = names[:-1]  # ("Mtopwa Super Queens football team": the name, and the noun that says it is a team)
        while len(names) > 1 and names[-1].pos == "NN" and names[-1].text.islower():
            names = names[:-1]
    if not names or len(names) == len(words) == 1:
        return False
    if not all(t.pos in ("NNP", "NNPS") and t.text[:1].isupper() for t in names) \
            or any(t.text in surnames or t.text in given or t.text in _PERSON_TITLES
                   or _MONTH_OR_DAY.fullmatch(t.text) for t in words) or _capitalised_plural_noun(words):
        return False
    return len(names) < len(words) or names[-1].text.lower() in _BODY_HEADS or firm_marks and any(
        t.text in _THING_NAME_HEADS or len(t.text) > 1 and t.text.isupper() for t in names)


def _they_after_collective_subject(own: str, date_at: int, surnames: frozenset[str],
                                   given: frozenset[str] = frozenset()) -> str | None:
    """A "they" that opens a subordinate clause after the main one, before the date (`_clause_opened_by`), when
    the main clause's subject opens the sentence and is the name of a body of people by its own head
    (`_body_name_taking_they`: "Windhoek Football Club won the u19 trophy when they beat SKW 3-0 on Saturday",
    "The Green Party ..."): that name, for the "they"; None when a plural thing after the main verb competes for it
    ("The club thanked the fans when they ...") or the subject is no such name. The first "they" of the sentence
    only."""
    tokens = grammar.tag_words(own)
    if (k := _clause_opened_by(tokens, "they", date_at)) is None:
        return None
    main = tokens[:k]
    groups = grammar.verb_groups(main)
    if not groups or groups[0].first == 0:
        return None
    subject = main[:groups[0].first]
    words = subject[1:] if subject[0].pos == "DT" else subject
    if not _body_name_taking_they(words, surnames, given, firm_marks=False):
        return None
    if any(w.pos in ("NNS", "NNPS") or w.text.lower() in ("them", "they") for w in main[groups[0].last + 1:]):
        return None  # (a plural thing after the verb may be the "they")
    return own[subject[0].start:subject[-1].end]


# Nouns that with "a" measure a degree, not a thing ("a little over a year", "a bit higher", "a lot more").
_DEGREE_NOUNS = frozenset({"little", "bit", "lot"})


def _competes_for_it(words: Sequence[grammar.Token], j: int) -> bool:
    """Is words[j], after a main clause's verb, a singular thing that an "it" after the clause may stand for? Not
    a time ("for a year"), an amount's unit after its figure ("25 percent"), a degree ("a little over"), nor a
    thing the subject owns ("its price": the subject's own, so the "it" is still the subject)."""
    t = words[j]
    if t.pos not in ("NN", "NNP"):
        return False
    low = t.text.lower()
    if low in _TIME_NOUNS or _MONTH_OR_DAY.fullmatch(t.text) or _owned_by_pronoun(words, j, "its"):
        return False
    if j and words[j - 1].pos == "CD" and not re.fullmatch(r"\d{4}", words[j - 1].text):
        return False  # (a figure's unit: "25 percent", "3 million"; not a year's thing: "the 2007 budget")
    return not (low in _DEGREE_NOUNS and j and words[j - 1].text.lower() == "a")


# The words of a noun phrase before its head, back to the word that governs it ("for another political group").
_THING_PHRASE_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNP", "VBN", "POS"})


def _it_after_main_object(own: str, date_at: int, surnames: frozenset[str]) -> tuple[int, str] | None:
    """An "it" that opens a subordinate clause after a main clause whose subject is a person ("Anna Berg praised
    the hall when it was unveiled in 2002", "… that Akagi booked costs in Tokyo for another political group even
    after it relocated in 1996"): where it stands and the one thing the main clause names after its verb, a
    singular noun phrase that is not a time ("the year"), an amount (a figure in it: "a dozen million yen"), a
    person, nor a place named after a preposition of place ("in Tokyo"): a person is no "it", so what the person
    acted on is. None when the subject may be the "it" (`_it_after_main_clause` asks) or no thing or several are
    named. An expletive "it" that frames the main clause ("It was found that …") stands before it."""
    tokens = grammar.tag_words(own)
    start = k = 0
    for k, t in enumerate(tokens):
        if t.start >= date_at:
            return None
        if t.text.lower() == "it":
            frame = grammar.expletive(tokens, k) if start == 0 else None
            if frame is None:
                break
            start = frame.that + 1
    else:
        return None
    if k <= start + 2 or tokens[k - 1].text.lower() not in grammar.OPENING_SUBORDINATORS \
            or tokens[k - 2].text == ",":
        return None  # (after a comma the clause may be said of the sentence's subject as a whole)
    main = own[tokens[start].start:tokens[k - 1].start].rstrip(" ,")
    if not main or _subject_of(main, "He", surnames) is None and _subject_of(main, "She", surnames) is None:
        return None
    a = grammar.analyse_sentence(main)
    words = a.tokens
    if not a.groups or a.subject_of(a.groups[0]) is None or a.subject_of(a.groups[0])[0] != 0:
        return None  # (the person opens the clause: "Akagi booked …", not "After Akagi left, the hall …")
    things: list[tuple[int, int]] = []
    for j in range(a.groups[0].last + 1, len(words)):
        t = words[j]
        if t.pos not in ("NN", "NNP") or j + 1 < len(words) and words[j + 1].pos in _NOUN_TAGS | {"POS", "CD"}:
            continue  # (a head noun only: "pulp" of "pulp sales" modifies, "dozen" of "a dozen million yen" counts)
        lo = j
        while lo > 0 and words[lo - 1].pos in _THING_PHRASE_TAGS:
            lo -= 1
        low = t.text.lower()
        if low in _TIME_NOUNS or low in UNITS or _MONTH_OR_DAY.fullmatch(t.text) or t.text in surnames \
                or _person_head([t]) \
                or any(w.pos == "CD" for w in words[lo:j + 1]) \
                or t.pos == "NNP" and lo > 0 and words[lo - 1].text.lower() in grammar.PLACE_PREPOSITIONS:
            continue
        things.append((lo, j + 1))
    if len(things) != 1 or words[things[0][0]].pos in ("NNP", "NNPS"):
        return None  # (several things, or a name, which may be a person's the document does not say is one)
    lo, hi = things[0]
    return tokens[k].start, main[words[lo].start:words[hi - 1].end]


def _told_it_repeats_before(own: str, date_at: int, previous: Callable[[], list[str]] | None) -> str | None:
    """"An earthquake has hit Tonga and the region. The agency reports that it hit the region just after 0400" →
    "the earthquake": the "it" that opens a told clause ("… that it hit") stands for the subject of the sentence
    before when the clause tells that sentence's act again, the same verb with the same object noun; that subject
    a singular common noun phrase ("An earthquake with a magnitude of 5.4", made definite: "the earthquake"). None
    otherwise (the speaker's own act, "Acme said that it cut jobs", is `_reported_speaker`'s, asked first)."""
    if previous is None:
        return None
    tokens = grammar.tag_words(own)
    k = next((j for j, t in enumerate(tokens) if t.text.lower() == "it"), None)
    if k is None or k < 2 or tokens[k].start >= date_at or tokens[k - 1].text.lower() != "that" \
            or k + 1 >= len(tokens) or tokens[k + 1].pos not in ("VBD", "VBZ", "VBP"):
        return None
    lemmas = grammar.verb_lemmas(tokens[k + 1].text)
    j = k + 2
    while j < len(tokens) and tokens[j].pos in ("DT", "JJ", "PRP$"):
        j += 1
    if not lemmas or j >= len(tokens) or tokens[j].pos not in ("NN", "NNS"):
        return None
    object_head = tokens[j].text.lower()
    earlier = previous()
    if not earlier:
        return None
    a = grammar.analyse_sentence(earlier[0])
    words = a.tokens
    for n, group in enumerate(a.groups):
        if not grammar.verb_lemmas(group.main.text) & lemmas:
            continue
        span = a.subject_of(group)
        end = a.groups[n + 1].first if n + 1 < len(a.groups) else len(words)
        if span is None or not any(w.text.lower() == object_head for w in words[group.last + 1:end]):
            return None
        lo, hi = span
        if words[lo].pos != "DT" or words[lo].text.lower() not in ("a", "an", "the"):
            return None
        head = lo + 1
        while head < hi and words[head].pos in ("JJ", "NN", "CD") and not (
                words[head].pos == "NN" and (head + 1 == hi or words[head + 1].pos not in ("NN", "NNS"))):
            head += 1
        if head >= hi or words[head].pos != "NN" or words[head].text.lower() in _TIME_NOUNS:
            return None
        return "the " + earlier[0][words[lo + 1].start:words[head].end]
    return None


# The subjects a "they" after their clause cannot stand for: the speaker himself or herself, or "we" (never "they").
_NOT_THEY_SUBJECTS = frozenset({"i", "we", "he", "she"})


def _they_after_main_object(own: str, date_at: int, surnames: frozenset[str]) -> tuple[str, str] | None:
    """A "they" that opens a subordinate clause after a main clause whose subject cannot be it ("I thank the
    parents and relatives of the boy, who acted when they handed him over", "Mayor Ana Ruiz praised the volunteers
    after they cleared the road"): the one plural noun phrase the main clause names after its verb, with an "of"
    phrase that follows it ("the parents and relatives of the suspect"), and the phrase without it. The main clause starts after the
    sentence's last quotation mark or colon before the "they" (a quoted speaker's "I would like to thank …"); its
    subject must be "I"/"we"/"he"/"she" or a person (`_subject_of`). None when that clause names no plural thing or
    several (times and counted amounts are none: "for two years"), or the sentence has a they/them/their before."""
    tokens = grammar.tag_words(own)
    k = next((j for j, t in enumerate(tokens) if t.text.lower() in ("they", "them", "their")), None)
    if k is None or k < 3 or tokens[k].text != "they" or tokens[k].start >= date_at \
            or tokens[k - 1].text.lower() not in grammar.OPENING_SUBORDINATORS | {"where"} or tokens[k - 2].text == ",":
        return None  # (after a comma the clause may be said of the sentence before's subject)
    start = max((j + 1 for j in range(k) if tokens[j].text in ("“", '"', "``", ":")), default=0)
    if start >= k - 2:
        return None
    first = tokens[start]
    main = own[first.start:tokens[k - 1].start].rstrip(" ,")
    if first.text.lower() not in _NOT_THEY_SUBJECTS \
            and _subject_of(main, "He", surnames) is None and _subject_of(main, "She", surnames) is None:
        return None
    verb = next((j for j in range(start, k - 1) if tokens[j].pos.startswith(("VB", "MD"))), None)
    if verb is None:
        return None
    phrases: list[tuple[int, int]] = []
    j = verb + 1
    while j < k - 1:
        t = tokens[j]
        if t.pos not in ("NNS", "NNPS") or t.text.lower() in _TIME_NOUNS or t.text.lower() in UNITS \
                or tokens[j - 1].pos == "CD" or j + 1 < k - 1 and tokens[j + 1].pos in _NOUN_TAGS | {"POS"}:
            j += 1
            continue  # (a head noun only, and no time or counted amount: "for two years", "200 yen")
        lo = j
        while lo > verb + 1 and tokens[lo - 1].pos in _THING_PHRASE_TAGS - {"POS"}:
            lo -= 1
        hi = j + 1
        # "the parents and relatives": one phrase of two plural heads
        if hi + 1 < k - 1 and tokens[hi].text == "and" and tokens[hi + 1].pos in ("NNS", "NNPS"):
            hi += 2
        # "… of the suspect": the "of" phrase that says whose, up to its head noun
        if hi + 2 < k - 1 and tokens[hi].text == "of" and tokens[hi + 1].pos in ("DT", "PRP$") \
                and tokens[hi + 2].pos in ("NN", "NNP"):
            hi += 3
        phrases.append((lo, hi))
        j = hi
    if len(phrases) != 1 or tokens[phrases[0][0]].pos in ("NNP", "NNPS"):
        return None  # (several, or a name's: which one is "they" the grammar cannot say)
    lo, hi = phrases[0]
    head = hi - 3 if tokens[hi - 3].text == "of" else hi
    return own[tokens[lo].start:tokens[hi - 1].end], own[tokens[lo].start:tokens[head - 1].end]


# The pronouns that stand for one body a name calls "they" (`_body_called_they`).
_THEY_WORDS = frozenset({"they", "them", "their"})


def _body_called_they(own: str, at: int, surnames: frozenset[str], given: frozenset[str] = frozenset()) -> str | None:
    """The one body a they/their at offset `at` of a sentence stands for when the sentence's main subject is a
    singular name of a team, club or firm, which British usage calls "they" ("Windhoek Football Club won the
    trophy when they beat SKW 3-0", "CY Topic played as they were failing ... but their strikers failed"): that
    name, when it opens the sentence and nothing else before the pronoun competes for it (nor is it the told
    clause's of the name's own reporting verb: "... said they"): no plural noun (a time's and a measure's are
    none: "the last minutes"), no name that is a verb's subject or object rather than in a preposition's phrase
    ("Arsenal beat Chelsea when they …" may be either), no other pronoun but they/them/their, no quotation mark.
    The name is a body's by `_body_name_taking_they` (a person's is none)."""
    a = grammar.analyse_sentence(own)
    tokens, groups = a.tokens, a.groups
    p = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].start <= at), None)
    if p is None or tokens[p].text.lower() not in _THEY_WORDS or not groups:
        return None
    span = a.subject_of(groups[0])
    if span is None or span[0] != 0 or span[1] > p or groups[0].last >= p:
        return None
    words = tokens[span[0]:span[1]]
    told = p - 2 if tokens[p - 1].text.lower() == "that" else p - 1
    if tokens[told].pos.startswith("VB") and _is_reporting(tokens[told].text):
        return None  # (a told clause's "they" is whom the speaker speaks of: "Hollin Rovers said they …" may be)
    if not _body_name_taking_they(words, surnames, given):
        return None
    rest = tokens[span[1]:p]
    if any(t.text in _QUOTE_TOKENS or t.text in ('"', "``", "''") for t in tokens[:p]):
        return None
    for k, t in enumerate(rest, start=span[1]):
        low = t.text.lower()
        if t.pos in ("PRP", "PRP$") and low not in _THEY_WORDS:
            return None  # (another person or thing acts: "it", "he", "we")
        if t.pos in ("NNS", "NNPS") and low not in _TIME_NOUNS and low not in UNITS and low[:-1] not in UNITS \
                and not _owned_by_pronoun(rest, k - span[1], "their"):
            return None  # (a plural thing the pronoun may be: "praised the fans after they …")
        if t.pos == "NNP" and (k == span[1] or tokens[k - 1].pos not in ("NNP", "NNPS")) \
                and not _MONTH_OR_DAY.fullmatch(t.text):
            j = k - 1
            while j >= span[1] and tokens[j].pos in _BEFORE_NAME_TAGS and tokens[j].text.lower() != "their":
                j -= 1
            if not (j >= span[1] and (tokens[j].pos == "IN" or tokens[j].text.lower() == "their")):
                return None  # (a name as a verb's object may be the pronoun's: "Arsenal beat Chelsea when they …")
    return own[words[0].start:words[-1].end]


def _given_words(text: str) -> frozenset[str]:
    """The given names the document writes before a family name (`grammar.given_names`): a person's, no body's."""
    return frozenset(full.split()[0] for full in grammar.given_names(text).values()) if text else frozenset()


def _they_at(own: str, before: int, word: str) -> int | None:
    """The offset of the they/their (`word`) a title opens with: the last before the date at `before`, else the
    first after it."""
    spots = [m.start() for m in re.finditer(rf"\b{word}\b", own, re.IGNORECASE)]
    return max((k for k in spots if k < before), default=None) if any(k < before for k in spots) \
        else (spots[0] if spots else None)


_LEAD_LINES = 6  # the headline and the first lines of the text read for the page's lead (`_lead_body_called_they`)
_LEAD_CHARS = 600  # of each: one sentence


@lru_cache(maxsize=16)
def _lead_body_called_they(text: str, headline: str, surnames: frozenset[str]) -> str | None:
    """The body the page's lead calls "they" (`_body_called_they`: "Windhoek Football Club won the u19 trophy ...
    when they beat SKW"), read from the headline and the first sentence of each of the text's first lines; None
    when none does. (Once per page: the lead is read at its start only.)"""
    given = _given_words(text)
    for line in [headline, *text[:_LEAD_LINES * _LEAD_CHARS].split("\n")[:_LEAD_LINES]]:
        sentence = re.split(r"(?<=[.!?])\s+", line.strip(), maxsplit=1)[0][:_LEAD_CHARS]
        for m in re.finditer(r"\b(?:they|their)\b", sentence):
            if (body := _body_called_they(sentence, m.start(), surnames, given)) is not None:
                return body
    return None


def _names_nobody_acting(sentence: str) -> bool:
    """Is every verb's subject in `sentence` a pronoun ("“We recruited the boys ... we entered the league,” he
    said")? Then it names no body a "they" after it could be instead of the one the page is about."""
    a = grammar.analyse_sentence(sentence)
    spans = [span for span in map(a.subject_of, a.groups) if span is not None]
    return bool(spans) and all(t.pos in ("PRP", "EX") for span in spans for t in a.tokens[span[0]:span[1]])


def _relative_pronoun_subject(own: str, date_at: int, pronoun: str, surnames: frozenset[str]) -> str | None:
    """An it/they that is the subject of a relative clause on a noun of the main clause, with or without "that"/
    "which" ("The trust sold the farm it had bought in 1990", "… lower than the 16 cents a share it earned a year
    ago"): the noun is what the relative's verb did, so not the pronoun's; the pronoun is the main clause's
    subject, when that one is of its sort (`_subject_of`: a name or "the …" noun phrase of its number, with a
    noun for head) and no other noun of the pronoun's number stands between the two. The pronoun must be the
    last before the date and the sentence's first of its kind; None otherwise."""
    tokens = grammar.tag_words(own)
    low = pronoun.lower()
    p = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].start < date_at and tokens[k].pos == "PRP"
              and tokens[k].text == low), None)
    if p is None or p < 3 or p + 1 >= len(tokens) or not tokens[p + 1].pos.startswith(("VBD", "VBZ", "VBP", "MD")) \
            or any(t.pos == "PRP" and t.text.lower() == low for t in tokens[:p]):
        return None
    k = p - 1
    if tokens[k].text.lower() in ("that", "which"):
        k -= 1
    if tokens[k].pos not in ("NN", "NNS", "CD"):
        return None
    head = grammar.head_before_figures(tokens, k)  # ("above the range of $18 to $20 it had set": the range)
    if head != k and head >= 0 and tokens[head].pos in ("NN", "NNS"):
        k = head
    verb = next((j for j in range(k - 1, -1, -1) if tokens[j].pos.startswith("VB")), None)
    if verb is not None and not grammar.verb_lemmas(tokens[verb].text).isdisjoint(grammar.REPORTING_LEMMAS):
        return None  # "told the union it would meet": the pronoun opens what was told, no relative clause
    # (the clause the pronoun is in starts after the sentence's last colon or semicolon before it: "The paper wrote
    # in an editorial: The court strayed from the rule it upheld …" is the court's)
    cut = max((t.end for t in tokens[:k] if t.text in (":", ";")), default=0)
    main = own[cut:tokens[k].start]
    subject = _subject_of(main, pronoun, surnames)
    if subject is None or not re.search(r"[A-Za-z]{2,}\W*$", subject) or subject.split()[-1].lower() in (
            "that", "this", "these", "those"):
        return None
    head = grammar.tag_words(subject)
    if not head or head[-1].pos not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    # (what the main clause holds after its subject, up to the relative's noun: its own object or the like)
    after = main.find(subject) + len(subject)
    rival = ("NN", "NNP") if pronoun == "It" else ("NNS", "NNPS")
    owned = "its" if pronoun == "It" else "their"
    words = grammar.tag_words(main[after:])[:-1]  # (the last: the relative's own noun's determiner or modifier)
    for k, t in enumerate(words):
        if t.pos in rival and t.text.lower() not in _TIME_NOUNS and not _MONTH_OR_DAY.fullmatch(t.text) \
                and not _owned_by_pronoun(words, k, owned):
            return None  # another thing the pronoun may be ("praised the library for the archive it opened")
    return subject


def _owned_by_pronoun(words: Sequence[grammar.Token], k: int, owned: str) -> bool:
    """Is words[k] in a noun phrase that the possessive `owned` opens ("its third-quarter profit"): the
    pronoun's own thing, no rival for it?"""
    j = k - 1
    while j >= 0 and words[j].pos in ("JJ", "NN", "NNS", "CD", "VBN"):
        j -= 1
    return j >= 0 and words[j].text.lower() == owned


def _object_competes(clause: str, it_clause: str) -> bool:
    """Does a singular thing, the object right after the clause's first verb ("Apple praised the plan in 2019"),
    compete with its subject for the "it" that opens `it_clause`? A determiner, adjectives, a singular noun; only
    when the "it" clause is passive or a copula's ("but it was dropped": what was done to or said of the plan). An
    active "it" ("..., and in May it cut the rate again") acts as the first clause's subject did; an object that
    is the subject's own ("raised its key rate") is no other thing."""
    it_groups = grammar.verb_groups(grammar.tag_words(it_clause))
    if not it_groups or not any("be" in grammar.verb_lemmas(w.text) for w in it_groups[0].words
                                if w.pos.startswith("VB")):
        return False
    tokens = grammar.tag_words(clause)
    groups = grammar.verb_groups(tokens)
    if not groups or not grammar.verb_lemmas(groups[0].main.text).isdisjoint(grammar.REPORTING_LEMMAS):
        return False  # ("said the agreement is subject to approval, and that it hopes": the speaker's "it")
    k = groups[0].last + 1
    if k >= len(tokens) or tokens[k].pos != "DT" or tokens[k].text.lower() in ("these", "those"):
        return False
    k += 1
    while k < len(tokens) and tokens[k].pos in ("JJ", "NN") and k + 1 < len(tokens) and tokens[k + 1].pos in ("JJ", "NN"):
        k += 1
    return k < len(tokens) and tokens[k].pos == "NN" and tokens[k].text.lower() not in _TIME_NOUNS


def _noun_before(own: str, at: int, pronoun: str = "") -> bool:
    """Does a noun stand in the sentence before the pronoun at `at` ("As for the court, it managed …"), one
    the pronoun may stand for rather than the sentence before's subject? Nouns of time and dates do not count, nor
    for an "it" a plural noun ("The other two planets it has discovered are …": not the planets)."""
    tags = ("NN", "NNP") if pronoun == "It" else ("NN", "NNS", "NNP", "NNPS")
    return any(t.start < at and t.pos in tags and t.text.lower() not in _TIME_NOUNS
               and not _MONTH_OR_DAY.fullmatch(t.text) for t in grammar.tag_words(own))  # (tagged and cached whole)


# A closing frame's subject pronoun and verb right after a quotation that opens the sentence: '"…," he told'.
_FRAME_AFTER_QUOTATION = re.compile(r"^\s*(?:``|“|\")[^\"“”]*?[,!?](?:''|”|\")\s+(he|she|they|it)\s+"
                                    r"(?:[a-z]+ed|said|told|says|tells|wrote)\b")


def _pronoun_subject_at(own: str, pronoun: str) -> int | None:
    """Where `pronoun` is the sentence's own subject: first, or after a leading adverbial ("In 1986 he
    bought Pixar", "One year later he was fired"): the subject of the first verb group. None otherwise."""
    m = re.match(rf"\s*{pronoun}\b", own)
    if m:
        return own.index(pronoun)
    framed = _FRAME_AFTER_QUOTATION.search(own)
    if framed is not None and framed.group(1) == pronoun.lower():
        # The speaker after a quotation that opens the sentence ("“We have to listen,” he told supporters"): the
        # frame's subject, the sentence's, as the first word is.
        return framed.start(1)
    a = grammar.analyse_sentence(own)
    tokens, groups = a.tokens, a.groups
    span = a.subject_of(groups[0]) if groups else None
    if span is None or span[1] - span[0] != 1 or tokens[span[0]].text != pronoun.lower() \
            or any(t.pos == "PRP" for t in tokens[:span[0]]):
        return None
    return tokens[span[0]].start


class _Speaker(NamedTuple):
    """Who a reported pronoun stands for (`_reported_speaker`)."""

    at: int       # the pronoun's offset in the sentence
    name: str     # the speaker as the sentence writes it
    # A common noun phrase ("the company"): it takes the pronoun's place in the title as it is (same number, so
    # the verb stands), rather than in the sentence, which the tagger may read another way.
    common: bool = False


def _common_noun_capitalised(token: grammar.Token) -> bool:
    """Is a capitalised word the tagger read as a proper noun a common noun the lexicon knows in lower case
    ("Police"), or a plural it lacks (`grammar.capitalised_plural`: "Organisers")? (Asked of a sentence's first
    word only, where a capital says nothing.)"""
    return token.pos == "NNP" and token.text[:1].isupper() and token.text[1:].islower() \
        and (grammar.lexicon_tag(token.text.lower()) in ("NN", "NNS") or grammar.capitalised_plural(token.text))


def _reported_speaker(own: str, before: int, pronoun: str, surnames: frozenset[str] = frozenset(),
                      dates: Sequence[tuple[int, int]] = ()) -> _Speaker | None:
    """"Apple said it sold …", "Berg told reporters she would …": a subject pronoun right after a finite
    verb (and "that") whose own subject is a name stands for that name, when nobody else is named before
    it. The pronoun's offset and the name, or None. A possessive ("Compaq said its net income rose") is
    read as its subject pronoun ("Its" as "It")."""
    tokens = grammar.tag_words(own)
    tag = "PRP$" if pronoun in _SUBJECT_OF_POSSESSIVE else "PRP"
    p = next((i for i in range(len(tokens) - 1, -1, -1)
              if tokens[i].start < before and tokens[i].pos == tag and tokens[i].text == pronoun.lower()), None)
    pronoun = _SUBJECT_OF_POSSESSIVE.get(pronoun, pronoun)
    if p is None or p < 2:
        return None
    k = p - 1
    if tokens[k].text.lower() == "that":
        k -= 1
    before_skip = k
    while k > 0 and any(lo <= tokens[k].start < hi for lo, hi in dates):
        k -= 1  # "said Friday that it …": a date phrase of the sentence between the verb and "that"
    if k < before_skip and k > 0 and tokens[k].pos == "IN" and tokens[k].text.lower() in ("on", "in", "at"):
        k -= 1  # (and its preposition: "said on Tuesday that she …"; the loop stopped at no date's word)
    if tokens[k].pos not in ("VBD", "VBZ", "VBP"):
        return None
    a = grammar.analyse_sentence(own)  # (the tokens' own analysis, cached with them)
    group = next((g for g in a.groups if g.last == k), None)
    span = a.subject_of(group) if group is not None else None
    if span is None and group is not None and a.groups[0] is not group and tokens[k - 1].text == ",":
        # "Institut Merieux S.A., which offered C$37 a share for Connaught, said it …": the grammar gives the
        # reporting verb no subject past the relative clause; the relative's own subject is the speaker when the
        # clause opens right after it and closes right before the verb
        first = a.subject_of(a.groups[0])
        if first is not None and first[0] == 0 and first[1] + 1 < k and tokens[first[1]].text == "," \
                and tokens[first[1] + 1].text.lower() in ("which", "who") and a.groups[0].first == first[1] + 2:
            span = first
    if span is None:
        return None
    span = _subject_past_its_date(tokens, span)
    if span is None:
        return None
    words = tokens[span[0]:span[1]]
    if any(t.pos == "PRP" for t in words):
        return None  # "They said they …": the speaker is a pronoun too (the sentences before may say whose)
    if span[0] == 0 and _capitalised_run(words):
        # "Harlow/JJ Motors/NNS said it …": at a sentence's start the tagger may read a name's words as others; a
        # run of capitalised words, the later ones capitalised mid-sentence, is a name
        words = [t._replace(pos="NNP") for t in words]
    # The words between the speaker and the pronoun, but for a relative clause between commas right after the
    # speaker ("Institut Merieux S.A., which offered C$37 a share for Connaught, said it would …"): what it names
    # is said of the speaker, and the reporting verb's "it" is still the speaker's.
    between = tokens[span[1]:p]
    while between and between[0].text == "(" and any(t.text == ")" for t in between):
        # (a parenthesis right after the speaker is its own, a ticker or an abbreviation: "Thomson Reuters Corp
        # (TO:TRI) said it …")
        between = between[next(i for i, t in enumerate(between) if t.text == ")") + 1:]
    if len(between) > 2 and between[0].text == "," and between[1].text.lower() in ("which", "who"):
        # (its last comma: the clause may hold commas of its own, "offered C$942 million (US$801 million), or …")
        close = next((k for k in range(len(between) - 1, 1, -1) if between[k].text == ","), None)
        if close is not None:
            between = between[close + 1:]
    # "Firefighters in the valley said they …": a plural head with a place's or owner's phrase after it speaks for
    # "they" as the head would; the phrase after its preposition is no other speaker.
    head = len(words)
    if pronoun == "They" and len(words) > 2:
        head = next((i for i, t in enumerate(words) if t.pos == "IN"), len(words))
        if head == 0 or head == len(words) - 1 \
                or not all(t.pos in grammar.NOUN_PHRASE_TAGS and t.pos != "PRP" for t in words[head + 1:]):
            head = len(words)
    if pronoun == "They" and head == 1 and span[0] == 0 and words[0].text not in surnames \
            and (_common_noun_capitalised(words[0]) or head < len(words) and words[0].text[1:].isalpha()
                 and (words[0].text[1:].islower() or words[0].text.isupper())
                 and grammar.lexicon_tag(words[0].text.lower()) in ("NN", "NNS")):
        # "Police said they …": a common noun capitalised only because it opens the sentence is no name (the
        # tagger reads "Police" as one, and a newspaper's "POLICE in …"); a plural one speaks for "they" as "the
        # police" would, read in lower case. (Not a family name the document gives a person: "Ada Stokes … Stokes
        # said they …")
        low = words[0].text.lower()
        words = [words[0]._replace(text=low, pos=grammar.lexicon_tag(low) or "NNS"), *words[1:]]
    phrase_words = words
    words = words[:head]
    if not _name_words(words) or pronoun == "They" and any(t.text == "and" for t in words):
        # ("Smith and Jones said they": "they" stands for the two names, as for any plural noun phrase below.)
        # A common noun phrase speaks for "it" when it is "the …" with a singular head ("The Los Angeles thrift
        # said it had a loss"), for "they" when it is plural ("Ratners and Weisfield's said they reached").
        plural = grammar._plural_phrase(words)
        # (or a proper name after "the" of singular names and "of"/"for"/"and": "The Organization of African Unity";
        # one whose last word is plural names a body that "it" stands for as well: "The United Mine Workers said it")
        # (the tagger may read a capitalised word inside it as a common noun: "The United Auto/NN Workers")
        proper = len(words) > 1 and words[-1].pos in ("NNP", "NNPS") and (
            _name_words(words[1:]) or pronoun == "It" and all(t.text[:1].isupper() for t in words[1:]))
        if proper and (words[-1].pos == "NNP" or pronoun == "It"):
            plural = False
        # (a name's possessive is as definite: "Norway's central bank said it would …")
        definite = (words[0].text.lower() == "the" or _named_owner(words)) and (words[-1].pos == "NN" or proper)
        if not (pronoun == "It" and definite and plural is False and not _person_head(words)
                or pronoun == "They" and plural
                and all(t.pos in grammar.NOUN_PHRASE_TAGS or t.text.lower() == "and" for t in words)) \
                or any(t.pos in ("NN", "NNS", "NNP", "NNPS", "PRP") and not any(lo <= t.start < hi for lo, hi in dates)
                       and not _date_name(t) for t in between):
            return None
        return _Speaker(tokens[p].start, own[phrase_words[0].start:phrase_words[-1].end], common=True)
    if head < len(phrase_words):
        return None  # (a name with a phrase after it: only a common plural head is read so)
    name = own[words[0].start:words[-1].end]
    if pronoun in ("He", "She"):
        people = _people(tokens, 0, p, surnames)
        if len(people) > 1:
            # Runs of capitals that end in no family name the article gives ("U.S. Secretary" of "U.S. Secretary of
            # State Madeleine Albright said she …") compete only with a speaker who is no such known person either.
            known = [r for r in people if tokens[r[1] - 1].text in surnames or tokens[r[0]].text in _PERSON_TITLES]
            if len(known) == 1 and span[0] <= known[0][0] < span[1] and tokens[known[0][1] - 1].text in surnames:
                # The family name, which the caller names in full ("Madeleine Albright"): the run may hold roles.
                return _Speaker(tokens[p].start, tokens[known[0][1] - 1].text)
        if len(people) != 1 or not span[0] <= people[0][0] < span[1]:
            return None
        name = _without_roles(name + " ").strip()
        if len(name.split()) < 2 and name not in surnames:
            return None
    elif pronoun != "It" or any(t.pos == "NNPS" for t in words[:-1]) or len(words) < 2 and words[0].pos == "NNPS" or \
            any(t.pos == "NNP" and not any(lo <= t.start < hi for lo, hi in dates) and not _date_name(t)
                for t in between):
        # "they" rarely stands for one name (a plural one for "it" only as a name's last word: "Harlan Motors said
        # it", not "Democrats said it"); another name between: not sure which (a date's name is none: "Boreal Steel
        # said on Monday it would ...", "Boreal Steel on Monday reported ... and said it would ...")
        return None
    return _Speaker(tokens[p].start, name)


# The words that open a date phrase a subject's span may end in ("on Tuesday", "in March", "last Friday").
_DATE_PHRASE_OPENERS = frozenset({"on", "in", "at", "last", "this", "early", "late", "since"})


def _date_name(token: grammar.Token) -> bool:
    """Whether a word is a weekday's or a month's name ("Tuesday", "March")."""
    word = token.text.lower().rstrip(".")
    return token.text[:1].isupper() and (word in WEEKDAYS or word in MONTHS)


def _subject_past_its_date(tokens: Sequence[grammar.Token], span: tuple[int, int]) -> tuple[int, int] | None:
    """A verb's subject span with the date phrase it ends in left out ("Thomson Reuters Corp on Tuesday" →
    "Thomson Reuters Corp"): a weekday's or month's name after its preposition is the clause's time, never who
    speaks. A span that is that date phrase alone (the grammar read no further back, past a parenthesis: "Thomson
    Reuters Corp (TO:TRI) on Tuesday reported") is the run of names before the preposition and the parentheses,
    None when there is none ("Later on Tuesday said": no speaker). Any other span is given back as it is."""
    first, last = span
    if last - first < 1 or not _date_name(tokens[last - 1]):
        return span
    k = last - 1
    if k > 0 and tokens[k - 1].text.lower() in _DATE_PHRASE_OPENERS:
        k -= 1
    elif k > first or k == 0 or tokens[k - 1].pos not in ("NNP", "NNPS", ")"):
        return span  # (a name that is a month's too, "Theresa May", with no preposition: a person's)
    if k > first:
        return (first, k) if k > first else None
    # (the span is the date phrase alone: the names before it, past parentheses, "(TO:TRI) (N:TRI)")
    j = k - 1
    while j >= 0 and tokens[j].text == ")":
        j = next((i for i in range(j - 1, -1, -1) if tokens[i].text == "("), 0) - 1
    end = j + 1
    start = end
    while start > 0 and tokens[start - 1].pos in ("NNP", "NNPS") and tokens[start - 1].text[:1].isupper():
        start -= 1
    return (start, end) if start < end else None


def _capitalised_run(words: Sequence[grammar.Token]) -> bool:
    """Are the sentence's first words (two or more) all capitalised words, some not tagged a name, the first
    tagged one or unknown to the lexicon in lower case ("Harlow", not "Several" nor "The")?"""
    return len(words) > 1 and (words[0].pos in ("NNP", "NNPS") or grammar.lexicon_tag(words[0].text.lower()) is None) \
        and all(t.text[:1].isupper() and t.text.replace(".", "").replace("&", "").isalpha() for t in words) \
        and any(t.pos not in ("NNP", "NNPS") for t in words)


_SUBJECT_OF_POSSESSIVE = {"Its": "It", "Their": "They", "His": "He", "Her": "She"}
_POSSESSIVE_TITLE = re.compile(rf"({'|'.join(_SUBJECT_OF_POSSESSIVE)})\s+(?=\w)")


def _person_for(name: str, pronoun: str, text: str) -> str | None:
    """The person a he/she (his/her) stands for, named in full from the document's `text` ("Steve Jobs",
    `grammar.full_name`); None when the name's own title says the other sex ("Mrs. Kowalczyk chaired the
    meeting. He closed …": not her), or when the document shows that person to be of the other sex elsewhere
    (`coref.person_sexes`: "Tom Osei met the mayor. She will …" is not Osei when "Osei said he …")."""
    if _GENDER_TITLES.get(name.split()[0], pronoun) != pronoun:
        return None
    family = name.split()[-1]
    if text and coref.person_sexes(text, False).get(family, pronoun) != pronoun \
            and family in grammar.given_names(text):  # (one person of that name: "Margit and Per Arnesen" are two)
        return None
    words = name.split()
    while len(words) > 1 and words[0].islower() and "NOUN" in grammar.all_lemmas(words[0]):
        words.pop(0)  # a role's word before the family name ("Central defender Charlton"): "Jack Charlton" in full
    name = " ".join(words)
    return grammar.full_name(text, name) if text else name


def _resolve_possessive(title: str, own: str, phrase: tuple[int, int], others: Sequence[tuple[int, int]],
                        surnames: frozenset[str], text: str = "",
                        previous: Callable[[], list[str]] | None = None, offset: int | None = None) -> str:
    """"Compaq Computer Corp. said that its net income rose 51%": a title that opens with the reported clause's
    possessive ("Its net income rises 51%") takes the speaker's name in its place ("Compaq Computer Corp.'s net
    income rises 51%"), the speaker found as for a subject pronoun (`_reported_speaker`). A possessive that opens
    the sentence itself ("Kopp was arrested in 1990. His car was found …") takes the subject of the sentence
    before, when that is of the right sort for the pronoun (`_subject_of`, as for "He was …"). One further in
    takes the subject of its own clause within the sentence ("The river rose to its highest level" → "The
    river's …": `_possessor_within`). Otherwise as it is."""
    m = _POSSESSIVE_TITLE.match(title)
    if m is None:
        return title
    pronoun = _SUBJECT_OF_POSSESSIVE[m.group(1)]
    speaker = _reported_speaker(own, phrase[0], m.group(1), surnames, [phrase, *others])
    if speaker is not None:
        name = speaker.name
    elif previous is not None and re.match(rf"\s*{m.group(1)}\s", own):
        earlier = previous()
        if pronoun in ("It", "They") and len(earlier) > 1 and _bare_figure_subject(earlier[0]):
            # "Acme Corp. reported results. Revenue rose 5%. Its net loss narrowed …": a bare figure's sentence
            # between is the same owner's figures, whom the sentence before it names
            earlier = earlier[1:]
        earlier = _past_quoted_asides(earlier, pronoun, surnames, text)  # (a quotation its pronoun is not)
        found = _subject_of(earlier[0], pronoun, surnames) if earlier else None
        if found is None and earlier and pronoun in _SAME_PERSON_WORDS \
                and (_pronoun_subject_at(earlier[0], pronoun) is not None or _told_pronoun(earlier[0], pronoun)):
            # "Eades served 24 years. Prior to that, he was a councilman. His tenure saw …": the sentence before's
            # subject is the same person's pronoun, so the person along its chain (`_person_along_chain`)
            along = _person_along_chain(earlier, pronoun, surnames,
                                        grammar.place_names(text) if text else frozenset(), text)
            found = along if isinstance(along, str) else None
        if found is None and earlier and text and pronoun in _SAME_PERSON_WORDS:
            # (the sentence before, or its chain's start, names the person by the given name alone, "Dennis was a
            # founder member ... He was Mayor ... His funeral is at …": the one person of that given name, as a
            # he/she there takes)
            found = _given_name_along(earlier, pronoun, surnames, text)
        if found is None and earlier and text and offset is not None and pronoun in _SAME_PERSON_WORDS:
            # (the page's one person, as a he/she that opens a sentence takes: "Denise Marlow was charged … The
            # couple had been married for 12 years, neighbours said. Her trial is set …")
            found = _page_one_person(text, offset, earlier[0], pronoun, surnames)
            if found is not None and not _one_person_of_one_sex(text[:offset], found, pronoun):
                found = None
        if found is None or _names_a_happening(found):
            return title  # ("The launch was moved. Its shareholder meeting …": a launch owns no meeting)
        name = found
    elif (within := _possessor_within(title, own, phrase[0], m.group(1), surnames)) is not None:
        name = within  # (looked for only here: the branches before need none)
    elif pronoun == "They" and (their_at := _they_at(own, phrase[0], "their")) is not None \
            and (body := _body_called_they(own, their_at, surnames, _given_words(text))) is not None:
        name = body  # ("CY Topic played ... but their strikers failed": the team the main clause names)
    elif pronoun in _SAME_PERSON_WORDS and text \
            and (role := _role_owner_within(title, own, phrase[0], m.group(1), surnames, text)) is not None:
        # "the minister was hit by a revelation that his two support groups booked …" → "The minister's two support
        # groups book …": the role says who, where no name does (the role's holder may be someone else).
        return _shortened_again(grammar.capitalised(role) + ("’" if "’" in own else "'") + "s"
                                + title[len(m.group(1)):])
    else:
        return title
    if pronoun in _SAME_PERSON_WORDS:
        person = _person_for(name, pronoun, text)
        if person is None:
            return title
        name = person
    mark = "’" if "’" in own else "'"  # (the sentence's own apostrophe)
    return _shortened_again(grammar.capitalised(name) + mark + ("" if name.endswith("s") else "s")
                            + title[len(m.group(1)):])


# The words of a bare figure's subject: a noun with its adjectives, no determiner, possessive or name ("Revenue",
# "Net sales", "Operating profit").
_BARE_FIGURE_TAGS = frozenset({"JJ", "NN", "NNS"})


# A quotation that opens a sentence and its frame's reporting verb after it: '"This was planned," Ann Holm said.'
_OPENING_QUOTE_CHARS = ('"', "“", "``")
_QUOTE_CLOSER = {'"': '"', "“": "”", "``": "''"}
# The words a speaker's noun phrase is made of in a closing frame ("District Attorney Mark Olsen", "prosecutors").
_SPEAKER_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "POS", "CD"})
# What a quotation may not hold for a pronoun after it to pass it by: a name, or a pronoun of the pronoun's kind
# (the quotation may tell of the one the pronoun stands for: "“She loved him,” Olsen said. Her trial …").
_KIND_WORDS = {"He": _SAME_PERSON_WORDS["He"], "She": _SAME_PERSON_WORDS["She"],
               "They": frozenset({"they", "them", "their", "themselves"})}


def _one_person_of_one_sex(before: str, family: str, pronoun: str) -> bool:
    """Does the text `before` a his/her name the family `family` with one given name at most, and write no word of
    the other of he/she ("Denise Marlow … her husband. His trial …": then the "his" is someone else's, unnamed)?"""
    other = next(words for p, words in _SAME_PERSON_WORDS.items() if p != pronoun)
    if any(w.lower() in other for w in re.findall(r"[A-Za-z]+", before)):
        return False
    return len(set(re.findall(rf"\b([A-Z][a-z]+)\s+{re.escape(family)}\b", before))) <= 1


def _told_pronoun(sentence: str, pronoun: str) -> bool:
    """Is the he/she `pronoun` the subject of a clause `sentence` tells ("Police said she had called 911 herself")?
    The sentence carries the pronoun's chain on, as one it opens does."""
    a = grammar.analyse_sentence(sentence)
    tokens = a.tokens
    if any(t.pos == "NN" and t.text.islower() and _PERSON_HEAD.fullmatch(t.text) is not None for t in tokens):
        return False  # (a singular person of a kind, "A spokesman said she …", may be whom a his/her is about)
    return len(a.groups) > 1 and not grammar.verb_lemmas(a.groups[0].main.text).isdisjoint(_TELLING_LEMMAS) \
        and any(span is not None and span[1] - span[0] == 1 and tokens[span[0]].text == pronoun.lower()
                for span in map(a.subject_of, a.groups[1:]))


def _quoted_aside(sentence: str, pronoun: str, surnames: frozenset[str], text: str) -> bool:
    """Is `sentence` a quotation and its closing frame ('"We have waited all summer," said Ingrid Dahl.') whose
    speaker cannot be the he/she/they of the sentence after it, so that the pronoun stands for someone named before
    the quotation? The speaker is one person for a "they" (a he/she, a person's name or role), or for a he/she a
    plural speaker ("prosecutors said"), a thing ("the company said") or a person the document shows to be of the
    other sex (`coref.person_sexes`, a title); the quotation names nobody and holds no pronoun of the pronoun's kind;
    the frame names nobody else who could be it ("told analysts" for a they)."""
    kind = _KIND_WORDS.get(pronoun)
    s = sentence.strip()
    opener = next((q for q in _OPENING_QUOTE_CHARS if s.startswith(q)), None)
    if kind is None or opener is None:
        return False
    close = s.find(_QUOTE_CLOSER[opener], len(opener))
    if close < 0:
        return False
    quoted = grammar.tag_words(s[len(opener):close])
    if any(t.text.lower() in kind or t.pos in ("NNP", "NNPS") and t.text != "I" and k > 0
           for k, t in enumerate(quoted)):
        return False
    frame = s[close + len(_QUOTE_CLOSER[opener]):].lstrip(" ,")
    if any(q in frame for q in ('"', "“", "``")):
        return False  # (a second quotation: whose words are whose is not this reading's)
    tokens = [t for t in grammar.tag_words(frame) if t.pos not in (".", ",")]
    verb = next((k for k, t in enumerate(tokens) if t.pos.startswith("VB")), None)
    if verb is None or verb > 6 or grammar.verb_lemmas(tokens[verb].text).isdisjoint(grammar.REPORTING_LEMMAS):
        return False
    if verb == 0:
        end = next((k for k in range(1, len(tokens)) if tokens[k].pos not in _SPEAKER_TAGS), len(tokens))
        speaker, rest = tokens[1:end], tokens[end:]
    else:
        speaker, rest = tokens[:verb], tokens[verb + 1:]
    if not speaker or any(t.pos not in _SPEAKER_TAGS for t in speaker):
        return False
    # (after the speaker: who else the frame names, up to a relative clause about the speaker, "who runs the shop")
    rest = rest[:next((k for k, t in enumerate(rest) if t.text.lower() in ("who", "whose")), len(rest))]
    last = speaker[-1]
    low = last.text.lower()
    plural = last.pos in ("NNS", "NNPS") or low in ("they", "police") or grammar.invariable_plural(low)
    person = last.text in surnames or low in ("he", "she") or speaker[0].text in _GENDER_TITLES \
        or last.text.islower() and _PERSON_HEAD.fullmatch(low) is not None \
        or pronoun == "They" and speaker[0].text.lower() in ("one", "a", "an") and last.pos == "NN"  # ("one resident")
    sex = {"he": "He", "she": "She"}.get(low) or _GENDER_TITLES.get(speaker[0].text) \
        or (coref.person_sexes(text, False).get(last.text) if person and text else None)
    thing = not person and not plural and (last.text in _THING_NAME_HEADS or low in ("company", "firm"))
    if pronoun == "They":
        return person and not plural and not any(t.pos in ("NNS", "NNPS") for t in rest)
    if any(t.pos in ("NNP", "NNPS") and not _MONTH_OR_DAY.fullmatch(t.text) or t.text.islower()
           and _PERSON_HEAD.fullmatch(grammar.singular_noun(t.text)) is not None for t in rest):
        return False  # ("…, Olsen told the judge. She …": the one told may be the he/she)
    return plural or thing or sex is not None and sex != pronoun


def _past_quoted_asides(earlier: list[str], pronoun: str, surnames: frozenset[str], text: str) -> list[str]:
    """The sentences before a pronoun's (nearest first) past the quotations its pronoun cannot stand for
    (`_quoted_aside`, two at most): those the narrow rules read as "the sentence before" for its antecedent."""
    skipped = 0
    while skipped < 2 and len(earlier) > skipped + 1 and _quoted_aside(earlier[skipped], pronoun, surnames, text):
        skipped += 1
    other = next((words for p, words in _SAME_PERSON_WORDS.items() if p != pronoun), None) \
        if pronoun in _SAME_PERSON_WORDS else None
    if skipped and other is not None and any(w.lower() in other for w in re.findall(r"[A-Za-z]+", earlier[skipped])):
        # (the sentence before the quotation says "her" of someone, a "his" after it may be another's: "Denise
        # Marlow was found stabbed at her home. “…,” prosecutors said. His trial …" is not hers)
        return earlier
    return earlier[skipped:]


def _bare_figure_subject(sentence: str) -> bool:
    """Does `sentence` open with a bare figure's noun as its first verb's subject ("Revenue rose 61% …", "Net sales
    fell …"): a figure of the economy's kind (`_KIND_RE`) with no owner of its own, which the article's company owns
    as a possessive after it does?"""
    a = grammar.analyse_sentence(sentence)
    if not a.groups:
        return False
    span = a.subject_of(a.groups[0])
    if span is None or span[0] != 0 or span[1] - span[0] > 3:
        return False
    words = a.tokens[span[0]:span[1]]
    kind = _KIND_RE.fullmatch(words[-1].text)
    return all(t.pos in _BARE_FIGURE_TAGS for t in words) and kind is not None and kind.lastgroup == "economy"


# The kinds of happening a noun can name that are no owner of anything ("The launch of the phone was delayed. Its
# shareholder meeting …" is the firm's meeting, not the launch's): every kind but the economy's, which names
# things owned and owning ("sales", "the market", "shares"). The legal stems name one institution, "court".
_OWNERLESS_KINDS = _KIND_GROUPS - {"economy"}


def _names_a_happening(noun_phrase: str) -> bool:
    """Does the noun phrase's head (its last word before "of", "in" or the like) name a happening, as the kind
    table reads a word ("the launch of the new phone", "the vote", "their opening")? Then it is no possessive's
    owner."""
    head = _OWNER_BREAK.split(noun_phrase, maxsplit=1)[0].split()
    if not head:
        return False
    word = head[-1].lower()
    if word == "court":
        return False  # (the court that rules owns its rulings)
    m = _KIND_RE.fullmatch(word)
    return m is not None and m.lastgroup in _OWNERLESS_KINDS


def possessor_within(own: str, at: int, possessive: str, surnames: frozenset[str] = frozenset()) -> str | None:
    """The owner a possessive pronoun at offset `at` of `own` stands for within its own sentence: the subject of
    the clause before it ("the river rose to its highest level" → "the river"; "Egon Brandt called the result a
    warning for his party" → "Egon Brandt"), when that is of the pronoun's sort (`_subject_of`); else None."""
    pronoun = _SUBJECT_OF_POSSESSIVE.get(grammar.capitalised(possessive.lower()))
    before = own[:at].rstrip()
    # (its own clause: "Rain fell for days, and the river rose to its highest level" is the river's)
    before = before[max((m.end() for m in _POSSESSIVE_CLAUSE_BREAK.finditer(before)), default=0):]
    if pronoun is None or len(before.split()) < 2:
        return None
    found = _subject_of(before, pronoun, surnames)
    if found is None or len(found.split()) > 4 or _OWNER_BREAK.search(found):
        return None  # "The enlargement of NATO from 16 members to 19's proponents": no owner a title can bear
    return found


_OWNED_TWICE = re.compile(r"\w['’]s?\s")  # (a possessive's mark after a word: "NATO's", "members'")
_POSSESSIVE_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
# A preposition or clause word inside a subject: too long a phrase to take "'s".
_OWNER_BREAK = re.compile(r"\s(?:of|from|to|in|on|at|for|with|by|who|which|that|and|or)\s", re.IGNORECASE)


def _possessor_within(title: str, own: str, before: int, possessive: str, surnames: frozenset[str]) -> str | None:
    """`possessor_within` for a title that opens with a possessive ("His party faces …"): found at the last
    place before the date where `own` has the possessive and the word after it that the title has."""
    words = title.split()
    if len(words) < 2:
        return None
    follower = re.escape(words[1].rstrip(",.;:"))
    # (the possessive before the date; the word after it may be the date itself: "his 2007 European tour")
    spots = [m for m in re.finditer(rf"\b{possessive.lower()}\s+{follower}\b", own) if m.start() < before]
    if spots and spots[-1].end() > before and _other_owner_before(own, spots[-1].start()):
        return None  # ("The Security Council has said it will not lift sanctions on Iraq after its 1990 invasion")
    return possessor_within(own, spots[-1].start(), possessive, surnames) if spots else None


def _other_owner_before(own: str, at: int) -> bool:
    """Does a name stand after the sentence's first word and before offset `at`, or a verb that tells a clause
    ("has said it will not lift the sanctions imposed on Iraq after its …")? Then a possessive at `at` may be
    that name's or the told clause's, not the subject's (`_possessor_within`, for a possessive before its date)."""
    tokens = grammar.tag_words(own)
    subject_end = next((k for k, t in enumerate(tokens) if t.pos.startswith(("VB", "MD"))), len(tokens))
    return any(t.start < at and (k >= subject_end and t.pos in ("NNP", "NNPS") and not _MONTH_OR_DAY.fullmatch(t.text)
                                 or t.pos.startswith("VB") and _is_reporting(t.text))
               for k, t in enumerate(tokens))


def _role_owner_within(title: str, own: str, before: int, possessive: str, surnames: frozenset[str],
                       text: str) -> str | None:
    """The owner of a his/her that opens a title, as `_possessor_within` finds one, when the subject of the
    clause before it is a singular "the ROLE" ("the minister", "the coach") that names a person: a role the
    document gives someone of the pronoun's sex before a name (`coref.pronoun_holder`: "Minister Taro Aso"). The
    clause before names nobody and holds no other he/she word; the role phrase as the sentence writes it, or
    None."""
    words = title.split()
    if len(words) < 2:
        return None
    follower = re.escape(words[1].rstrip(",.;:"))
    spots = list(re.finditer(rf"\b{possessive.lower()}\s+{follower}\b", own[:before]))
    if not spots:
        return None
    clause = own[:spots[-1].start()].rstrip()
    clause = clause[max((m.end() for m in _POSSESSIVE_CLAUSE_BREAK.finditer(clause)), default=0):]
    a = grammar.analyse_sentence(clause)
    tokens, groups = a.tokens, a.groups
    pronoun = _SUBJECT_OF_POSSESSIVE[possessive]
    if not groups or any(t.text in surnames or t.text.lower() in _SAME_PERSON_WORDS[pronoun] for t in tokens):
        return None
    span = a.subject_of(groups[0])
    if span is None:
        return None
    role_words = tokens[span[0]:span[1]]
    if len(role_words) < 2 or role_words[0].text.lower() != "the" or role_words[-1].pos != "NN" \
            or not all(t.pos in ("JJ", "NN") and t.text.islower() for t in role_words[1:]):
        return None
    role = " ".join(t.text for t in role_words[1:])
    if coref.pronoun_holder(text, role, len(text), pronoun) is None:
        return None
    return clause[role_words[0].start:role_words[-1].end]


def _shortened_again(title: str) -> str:
    """A title whose pronoun took a longer name, cut to length again (`_shorten`). A title cut before ("… in
    adjusted…") that comes back whole, a few characters over the limit, keeps its "…": its words were cut there."""
    if len(title) <= MAX_TITLE:
        return title
    body = title.removesuffix("…")
    shorter = _shorten(body)
    return shorter + "…" if body != title and shorter == body else shorter


# "It was raining heavily": the weather's "it" stands for nothing named.
_WEATHER_IT = re.compile(r"\b[Ii]t\s+(?:\w+\s+){0,2}?(?:rain|snow|drizzl|hail|sleet|thunder)(?:s|ed|ing)?\b")
def _expletive_it(own: str) -> bool:
    """Does `own` hold an "it" that stands for the clause after it ("It was not until Tuesday that …", "It was
    alleged that …", "It seems likely that …": `grammar.expletive`)? Such an "it" takes no antecedent."""
    tokens = grammar.tag_words(own)
    return any(grammar.expletive(tokens, i) is not None for i, t in enumerate(tokens) if t.text.lower() == "it")


def _after_expletive_frame(own: str, before: int) -> int | None:
    """Where the told clause after the sentence's one expletive "it" starts ("It is likely that | it will close"),
    when that clause opens with its own subject "it", the last "it" before offset `before` (the title's); None
    otherwise (the title's "it" may be the expletive, or one inside the clause whose antecedent is elsewhere)."""
    tokens = grammar.tag_words(own)
    its = [k for k, t in enumerate(tokens) if t.text.lower() == "it" and t.start < before]
    frames = [(k, e) for k, t in enumerate(tokens) if t.text.lower() == "it"
              and (e := grammar.expletive(tokens, k)) is not None]
    if len(frames) != 1 or len(its) < 2:
        return None
    k, frame = frames[0]
    subject = frame.that + 1
    if subject != its[-1] or k != its[-2] or subject + 1 >= len(tokens) \
            or tokens[subject + 1].pos not in ("MD", "VBD", "VBZ", "VBP"):
        return None
    return tokens[subject].start


# An object pronoun that stands for a thing after a title's first word ("Acme acquires them", "The mayor signs it").
_OBJECT_PRONOUN_IN_TITLE = re.compile(r"\s(it|them)\b")
# The words of an object noun phrase right after its verb ("two rival firms", "the bridge plan", "Zenith's plant").
_ANTECEDENT_OBJECT_TAGS = frozenset({"DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS"})
_ANTECEDENT_OBJECT_WORDS = 6


def _resolve_object_pronoun(title: str, own: str, previous: Callable[[], list[str]] | None, text: str) -> str:
    """"Acme Corp. acquires them" → "Acme Corp. acquires two rival firms": a thing's object pronoun (it/them, right
    after the title's verb, as the sentence has it after its verb) takes the object of the sentence before, the
    noun phrase right after its first verb, when that is the one phrase there of the pronoun's number: the sentence
    before's subject must not be of that number too ("The council approved the plan. The mayor signed it": the
    council or the plan; the title keeps "it"). Vague is better than wrong: the pronoun stays otherwise. (A bare
    "Acme acquires" would say less, and reads as a verb without its object.)"""
    found = list(_OBJECT_PRONOUN_IN_TITLE.finditer(title))
    if len(found) == 1 and found[0].group(1) == "it" and (speaker := _told_object_speaker(own, text)) is not None:
        m = found[0]
        return _shortened_again(title[:m.start(1)] + speaker + title[m.end(1):])
    if len(found) != 1 or previous is None:
        return title
    pronoun = found[0].group(1)
    mine = grammar.analyse_sentence(own)
    tokens = mine.tokens
    at = [k for k, t in enumerate(tokens) if t.text == pronoun and t.pos == "PRP"]
    if len(at) != 1 or at[0] == 0 or not tokens[at[0] - 1].pos.startswith("VB") \
            or at[0] + 1 < len(tokens) and tokens[at[0] + 1].pos[:2] in ("VB", "MD", "TO"):
        return title  # not the object right after its verb ("said it would", "to see it happen")
    plural = pronoun == "them"
    verb = next((g for g in mine.groups if g.last == at[0] - 1), None)
    own_subject = mine.subject_of(verb) if verb is not None else None
    if any(_of_number(tokens[k], plural, text, tokens[k - 1] if k else None) for k in range(at[0])
           if own_subject is None or not own_subject[0] <= k < own_subject[1]):
        return title  # a phrase of its own sentence may be it ("The two were freed after he agreed to hand them over")
    earlier = previous()
    if not earlier:
        return title
    a = grammar.analyse_sentence(earlier[0])
    before = a.tokens
    for group in a.groups:
        subject = a.subject_of(group)
        if subject is not None:
            break
    else:
        return title
    if subject[1] != group.first or _of_number(before[subject[1] - 1], plural, text) \
            or plural and any(t.text == "and" for t in before[subject[0]:subject[1]]):
        return title  # (the subject right before its verb, and of another number than the pronoun's)
    lo = hi = group.last + 1
    while hi < len(before) and hi - lo < _ANTECEDENT_OBJECT_WORDS and before[hi].pos in _ANTECEDENT_OBJECT_TAGS:
        hi += 1
        if before[hi - 1].pos in _NOUN_TAGS and (hi == len(before) or before[hi].pos not in _NOUN_TAGS | {"POS"}):
            break  # the head noun ("two rival firms | last year")
    if hi == lo or before[hi - 1].pos not in _NOUN_TAGS or not _of_number(before[hi - 1], plural, text) \
            or before[hi - 1].text.lower() in UNITS or before[hi - 1].text.lower()[:-1] in UNITS or before[lo].pos == "POS":
        return title
    phrase = earlier[0][before[lo].start:before[hi - 1].end]
    if before[lo].pos not in ("NNP", "NNPS"):
        phrase = phrase[:1].lower() + phrase[1:]
    if phrase.lower() in title.lower():
        return title
    m = found[0]
    return _shortened_again(title[:m.start(1)] + phrase + title[m.end(1):])


def _told_object_speaker(own: str, text: str) -> str | None:
    """"… after the company said that cost cuts helped it to report a rise" → "the company": the object "it" of a
    told clause's verb stands for the speaker that tells the clause, when that one is of its sort (`_subject_of`:
    "the company", a name; not "the mayor") and the told clause opens right after the telling verb (or its "that")
    with its own subject, which its verb's object is not (that would be "itself"). None otherwise: the sentence's
    one "it" must be that object, right after its verb, and not the subject of a clause after it ("said sales
    meant it would …")."""
    a = grammar.analyse_sentence(own)
    tokens = a.tokens
    at = [k for k, t in enumerate(tokens) if t.text.lower() == "it" and t.pos == "PRP"]
    if len(at) != 1 or at[0] < 4 or at[0] + 1 < len(tokens) and tokens[at[0] + 1].pos in _SUBJECT_VERB_TAGS:
        return None
    k = at[0]
    told = next((j for j, g in enumerate(a.groups) if g.last == k - 1), None)
    if not told:
        return None  # (no verb right before the "it", or no group before that verb's to tell its clause)
    telling, group = a.groups[told - 1], a.groups[told]
    if not grammar.verb_lemmas(telling.main.text) & _TELLING_LEMMAS \
            or grammar.verb_lemmas(group.main.text) & _TELLING_LEMMAS:
        return None  # ("… told the union it would meet": `_reported_speaker`'s)
    opens = telling.last + 1 + (tokens[telling.last + 1].text.lower() == "that")
    speaker_span, told_span = a.subject_of(telling), a.subject_of(group)
    if speaker_span is None or told_span is None or told_span[0] != opens or told_span[1] != group.first:
        return None
    speaker = _subject_of(own[tokens[speaker_span[0]].start:telling.end], "It", grammar.person_surnames(text))
    if speaker is None:
        return None
    return speaker if tokens[speaker_span[0]].pos in ("NNP", "NNPS") else speaker[:1].lower() + speaker[1:]


# A title whose subject is a measure noun alone, which says what it counts only with an "of" ("The number could
# reach 150", "The total rose to 55"): the nouns of counting that take one, with the measure's value after them (a
# figure: "The count continued on Monday" is the procedure, of votes where the sentence before counts councillors).
_BARE_MEASURE_TITLE = re.compile(r"The (number|total|tally|count) (?!of\b|for\b)(?=[a-z][^\d]*\d)")


def _verb_kept(resolved: str, title: str, pronoun: str, subject: str) -> str:
    """The title made again with `subject` in `pronoun`'s place, or, when that one lost the title's verb (the
    tagger read a word of the name as the sentence's verb: "Francis Slay won the election" tagged "Slay/VBP",
    titled "Francis Slay the election"), the title with the subject put in the pronoun's place: a title keeps
    the doer and the act, never one for the other. The verb is the first word after the pronoun the lexicon
    inflects as a verb ("He also wins": "wins"); kept when the title made again holds a form of it."""
    verb_lemmas: set[str] = set()
    for word in title[len(pronoun):].split()[:3]:
        verb_lemmas = set(grammar.verb_lemmas(word))
        if verb_lemmas and (grammar.lexicon_tag(word.lower()) or "VB")[:2] in ("VB", "MD"):
            break
        verb_lemmas = set()
    if not verb_lemmas or any(verb_lemmas & set(grammar.verb_lemmas(word)) for word in resolved.split()):
        return resolved
    return _shortened_again(grammar.capitalised(subject) + title[len(pronoun):])


# A title whose subject is a rite held for someone, with no owner ("Services were held", "The funeral will be held"):
# the closed class of nouns of the rites after a death, and a passive or a copula after them.
_OWNERLESS_RITE_TITLE = re.compile(
    r"(?P<noun>(?:[Tt]he\s+)?(?:(?:[Ff]uneral|[Mm]emorial|[Bb]urial|[Rr]equiem)\s+)?"
    r"(?:[Ss]ervices?|[Ff]uneral|[Bb]urial|[Mm]emorial|[Vv]igil|[Rr]ites|[Mm]ass|[Ww]ake|[Cc]remation))"
    r"\s+(?P<rest>(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+[a-z].*)$")


def _rite_of_the_dead(title: str, previous: Callable[[], list[str]]) -> str:
    """"Services were held" → "Services for the leader of Egypt's Coptic Christian church were held" (after "The
    leader of Egypt's Coptic Christian church has died"): a rite with no owner, told right after a sentence that
    tells one named person died, is that person's; away from its page the title says whose. The title stays when the
    sentence before tells no death, or the dead are several or only a pronoun ("He died": no name to give)."""
    m = _OWNERLESS_RITE_TITLE.match(title)
    earlier = previous() if m is not None else None
    if not earlier:
        return title
    a = grammar.analyse_sentence(earlier[0])
    tokens = a.tokens
    for group in a.groups:
        if "die" not in grammar.verb_lemmas(group.main.text.lower()):
            continue
        subject = a.subject_of(group)
        if subject is None or tokens[subject[1] - 1].pos not in ("NN", "NNP") \
                or any(t.pos in ("PRP", "CC", ",") for t in tokens[subject[0]:subject[1]]):
            return title  # (a pronoun, several dead, or a plural: no one owner)
        dead = earlier[0][tokens[subject[0]].start:tokens[subject[1] - 1].end]
        if tokens[subject[0]].pos == "DT":
            dead = dead[:1].lower() + dead[1:]
        return _shortened_again(f"{m.group('noun')} for {dead} {m.group('rest')}")
    return title


# A capitalised word after a sentence's first word: a name in it (or "I"), another person the pronoun may be.
_CAPITALISED_INSIDE = re.compile(r"\b[A-Z]")
# A title whose subject is an age alone, no noun after it ("The sixty-three-year-old comes to power", "The 88-year-old
# dies"): an age in place of the name, then the verb.
_AGE_ALONE_TITLE = re.compile(r"The (?:\d+|[a-z]+)(?:-[a-z]+)*-year-old (?P<verb>[a-z]+)\b")


def _age_named(title: str, previous: Callable[[], list[str]], text: str, *, verb_known: bool = False) -> str:
    """"The sixty-three-year-old comes to power" → "King George Tupou comes to power": an age alone as a title's
    subject stands for the person the nearest sentence before names as its subject (a run of capitalised words
    ending in a family name the page gives a person, `grammar.person_surnames`); away from its page the age names
    no one. The title stays when the word after the age is no verb of the lexicon ("The 21-year-old suspect"),
    or no sentence before names a person so. `verb_known`: the word after the age is the verb (the title put the
    age in its pronoun's place), whatever the lexicon makes of it ("ends")."""
    m = _AGE_ALONE_TITLE.match(title)
    if m is None or not verb_known and grammar.lexicon_tag(m.group("verb")) not in ("VBZ", "VBD", "MD"):
        return title
    surnames = grammar.person_surnames(text)
    for sentence in previous():
        a = grammar.analyse_sentence(sentence)
        tokens = a.tokens
        subject = a.subject_of(a.groups[0]) if a.groups else None
        if subject is None:
            continue
        family = next((k for k in range(subject[0], subject[1]) if tokens[k].text in surnames), None)
        if family is None:
            continue
        first = family
        while first > subject[0] and tokens[first - 1].pos in ("NNP", "NNPS"):
            first -= 1  # (the name's run up to its family name: "King George Tupou")
        name = sentence[tokens[first].start:tokens[family].end]
        return _shortened_again(f"{name} {title[m.start('verb'):]}")
    return title


def _measure_of_counted(title: str, previous: Callable[[], list[str]]) -> str:
    """"The number could reach 150" → "The number of people arrested could reach 150" (after "About 120 people have
    been arrested"): a measure noun with nothing after it takes what the sentence before counts, the one plural noun
    phrase there after a figure ("120 people", "40 deaths"), with the passive participle it is the subject of
    ("people arrested"). The title stays when that sentence counts no one thing, or several."""
    m = _BARE_MEASURE_TITLE.match(title)
    earlier = previous() if m is not None else None
    if not earlier:
        return title
    a = grammar.analyse_sentence(earlier[0])
    tokens = a.tokens
    counted: list[tuple[int, int]] = []
    for k, t in enumerate(tokens[:-1]):
        if t.pos != "CD" or not t.text[:1].isdigit() \
                or len(t.text) == 4 and t.text.isdigit() and not counts_things(earlier[0][t.end:]):
            continue  # (a figure, not a year: "2019 elections"; "1500 people" is one, as the tagger reads it)
        j = k + 1
        while j < len(tokens) and tokens[j].pos == "JJ":
            j += 1
        if j < len(tokens) and tokens[j].pos == "NNS" and (j + 1 == len(tokens) or tokens[j + 1].pos not in _NOUN_TAGS):
            counted.append((k + 1, j + 1))
    if len(counted) != 1:
        return title
    lo, hi = counted[0]
    words = earlier[0][tokens[lo].start:tokens[hi - 1].end]
    group = next((g for g in a.groups if g.first == hi), None)
    if group is not None and group.main.pos == "VBN" and len(group.words) > 1 \
            and any(grammar.verb_lemmas(w.text) & {"be", "get"} for w in group.words[:-1]) \
            and a.subject_of(group) is not None and a.subject_of(group)[1] == hi:
        words += " " + group.main.text  # ("120 people have been arrested": the people arrested)
    return _shortened_again(f"{title[:m.end(1)]} of {words} {title[m.end():]}")


def _of_number(head: grammar.Token, plural: bool, text: str, previous: grammar.Token | None = None) -> bool:
    """Can the noun phrase whose last word is `head` be a thing of this number, an it (singular, no person's
    name) or a them (plural: "the two" too, a number after a determiner, `previous`)? A time's word is no such
    thing ("on Tuesday", "last year")."""
    low = head.text.lower()
    if head.pos == "PRP":
        return low in (("they", "them") if plural else ("it",))
    if low in UNITS or low[:-1] in UNITS or low in WEEKDAYS or low in MONTHS:
        return False
    if plural:
        return head.pos in ("NNS", "NNPS") or head.pos == "CD" and previous is not None and previous.pos == "DT"
    return head.pos == "NN" or head.pos == "NNP" and head.text not in grammar.person_surnames(text)


def _resolve_pronoun(title: str, own: str, phrase: tuple[int, int], others: Sequence[tuple[int, int]],
                     previous: Callable[[], list[str]] | None, names: frozenset[str] = frozenset(),
                     surnames_of: Callable[[], frozenset[str]] = frozenset, headline: str = "",
                     text: str = "", *, again: bool = True, retitle: Retitle | None = None,
                     offset: int | None = None) -> str:
    """"It first sails" → "The ferry first sails": a title must stand on its own in a list of events, so a
    subject pronoun takes the subject of the clause before (this sentence's first clause, or the sentence
    before), when that one is of the right sort: a named person for he/she, a "the …" noun phrase for
    it/they with the same number, or an organisation's name for it. A he/she whose sentence before has no such
    subject takes the one person named along its chain of pronouns (`_person_along_chain`); when that finds
    nobody and the sentence before names nobody at all, the one person the headline's subject names. A he/she
    inside the sentence takes the one person named before it (`_person_before_pronoun`). A person is named in
    full ("Steve Jobs", `grammar.full_name`): the title is read away from the article, among others' titles.
    Otherwise the pronoun stays: vague is better than wrong.
    `own` is the sentence (or the window of it that was read); `phrase` and `others` are offsets in it, as
    for `title_from_sentence`; `previous()` gives the sentences before, nearest first, None when `own` does not
    start the sentence; `surnames_of()` gives the document's `grammar.person_surnames` (asked only for a
    title that starts with a pronoun), `headline` is its title, `text` the document's (for full names).
    `again`: a title whose pronoun, once resolved, still opens with the same pronoun of the clause it reports
    ("They said they expect" → "The companies said they expect") is resolved once more, from the speaker.
    `retitle(sentence, moved)` titles the sentence with the antecedent in the pronoun's place (`moved` maps an
    offset span of `own` to the new sentence); by default `title_from_sentence` at `phrase`.
    `offset`: where `own` starts in `text`; given, a he/she after a sentence whose speaker or subject is a role
    ("the mayor said ...") takes the person the text last named with that role (`_role_person`)."""
    m = _PRONOUN_TITLE.match(title)
    if m is None and _POSSESSIVE_TITLE.match(title):
        return _resolve_possessive(title, own, phrase, others, surnames_of(), text, previous, offset)
    if m is not None and m.group(1) == "It" and _expletive_it(own) and not _WEATHER_IT.search(own) \
            and (cut := _after_expletive_frame(own, phrase[0])) is not None:
        # "It is likely that it will close in March": the told clause's own "it", read as if the clause were the
        # sentence (its subject opens it); the frame goes back before it for the title made again.
        def shifted(span: tuple[int, int]) -> tuple[int, int]:
            return span[0] - cut, span[1] - cut
        inner: Retitle | None = None
        if retitle is not None:
            outer = retitle
            inner = lambda sentence, moved: outer(  # noqa: E731
                own[:cut] + sentence, lambda span: (lambda s: (s[0] + cut, s[1] + cut))(moved(shifted(span))))
        return _resolve_pronoun(title, own[cut:], shifted(phrase), [shifted(o) for o in others], previous, names,
                                surnames_of, headline, text, again=again, retitle=inner,
                                offset=None if offset is None else offset + cut)
    # ("It was found that Akagi booked costs for a group even after it relocated": the frame's "it" is not the
    # title's, which stands for the main clause's object)
    object_it = _it_after_main_object(own, phrase[0], surnames_of()) \
        if m is not None and m.group(1) == "It" and _expletive_it(own) and not _WEATHER_IT.search(own) else None
    if m is None or m.group(1) == "It" and (_expletive_it(own) or _WEATHER_IT.search(own)) and object_it is None:
        return title
    pronoun = m.group(1)
    surnames = surnames_of()
    # (a clause after "and", after ", but"/", yet" or ";": "His support grew in May, but it collapsed in June")
    joined = re.search(rf"(?:,?\s+and|,\s+(?:but|yet)|;)\s+(?:[^,;]{{0,40}}?\s)?(?P<p>{pronoun.lower()})\b", own)
    reported = _reported_speaker(own, phrase[0], pronoun, surnames, [phrase, *others])
    subject: str | None = None
    spoke = False  # the subject is a closing frame's speaker in the sentence before (`_Antecedent.from_frame`)
    within = False  # the pronoun inside the sentence took the one person named before it
    after_plural = False  # an "it" after a plural noun phrase of its sentence, which it is not
    # the pronoun opens a clause after "and"/"but" (the sentence with the subject in its place may be tagged another
    # way: "in 2020 the company cut/NN 500 jobs" reads as a noun phrase)
    in_second_clause = False
    framed = reported is not None  # the title is the reported clause's, its pronoun the frame's speaker
    if object_it is not None or pronoun == "It" and title.startswith("It ") and reported is None \
            and _it_after_main_clause(own, phrase[0], surnames) is None \
            and (object_it := _it_after_main_object(own, phrase[0], surnames)) is not None:
        # (the thing in the title's pronoun's place, the verb as the title has it: the sentence titled again may
        # read the main clause's verb as the title's)
        return _shortened_again(grammar.capitalised(object_it[1]) + title[len(pronoun):])
    elif reported is not None:
        at, subject = reported.at, reported.name  # "Apple said it sold …": the speaker
        if reported.common:
            # "It sells" → "The company sells" (cut again: the name is longer than the pronoun)
            return _shortened_again(grammar.capitalised(subject) + title[len(pronoun):])
    elif joined and joined.start() < phrase[0] < joined.end() + 40:
        at = joined.start("p")  # "… and in 2020 it fell": the first clause's
        in_second_clause = True
        first = own[:joined.start()]
        # (not when a thing after the first clause's verb competes for "it": "Apple praised the plan in 2019, but it
        # was dropped": the plan's)
        subject = None if pronoun == "It" and _object_competes(first, own[at:]) else \
            _subject_of(first, pronoun, surnames, owned=True)
        if subject is None and previous is not None and (own_at := _pronoun_subject_at(first, pronoun)) is not None \
                and (pronoun in _SAME_PERSON_WORDS or not _noun_before(first, own_at)):
            # "Today it lends 30,000 books, and on Saturday it celebrated …": the first clause's pronoun too, so
            # both stand for the sentence before's subject.
            earlier = previous()
            subject = _subject_of(earlier[0], pronoun, surnames) if earlier else None
    elif previous is not None and (found := _pronoun_subject_at(own, pronoun)) is not None:
        at = found
        earlier = previous()
        if not earlier or pronoun not in _SAME_PERSON_WORDS and _noun_before(own, at, pronoun):
            if pronoun == "It" and title.startswith("It ") and reported is None \
                    and (told_again := _told_it_repeats_before(own, phrase[0], previous)) is not None:
                return _shortened_again(grammar.capitalised(told_again) + title[len(pronoun):])
            return title  # (a noun before it/they: "As for the court, it managed …" may mean the court)
        after_plural = pronoun == "It" and _noun_before(own, at)  # ("The two craters it photographed …")
        # ("… evacuated in May. “We have waited all summer,” said Ingrid Dahl. They return home …": past the
        # quotation whose speaker the pronoun cannot be, to the sentence before it)
        earlier = _past_quoted_asides(earlier, pronoun, surnames, text)
        before = _subject_before(earlier, pronoun, surnames, text, offset, own[at:])
        subject, spoke = (before.text, before.from_frame) if before is not None else (None, False)
        if subject is None and pronoun == "It" and title.startswith("It ") and text \
                and (company := _company_with_rival(own[at:], text)) is not None:
            # "It has also gotten a bump from a sharp sales decline at rival Dunmore's": a thing with a rival is a
            # company, the article's one (the verb stands)
            return _shortened_again(grammar.capitalised(company) + title[len(pronoun):])
        if subject is None and pronoun == "They" and title.startswith("They ") and text \
                and _names_nobody_acting(earlier[0]) \
                and (body := _lead_body_called_they(text, headline, surnames)) is not None:
            # "On Saturday, they were good value for their win", after a quotation: the team the page's lead
            # calls "they" (nobody else acts in the sentence before; the verb stands)
            return _shortened_again(grammar.capitalised(body) + title[len(pronoun):])
        if subject is None and pronoun in _SAME_PERSON_WORDS:
            places = grammar.place_names(text) if text else frozenset()
            along = _person_along_chain(earlier, pronoun, surnames, places, text)
            if along is False or along is None and len(earlier) == 1 and _opens_body(earlier[0], surnames):
                subject = _headline_person(headline, pronoun, surnames)  # nobody named before: the article's
            elif along:
                subject = along
            else:
                subject = _given_name_along(earlier, pronoun, surnames, text) if text else None
            if subject is None and title.startswith(pronoun + " ") \
                    and (role := _unnamed_role_speaker(earlier[0], pronoun, surnames, text)) is not None:
                # "… the official from the State Administration said. He refused to give his name": the role the
                # sentence before names nobody for (one person of one number: the verb stands)
                return _shortened_again(grammar.capitalised(role) + title[len(pronoun):])
            if subject is None and text and offset is not None:
                subject = _page_one_person(text, offset, earlier[0], pronoun, surnames)
    elif pronoun in _SAME_PERSON_WORDS and (inside := _person_before_pronoun(own, phrase[0], pronoun, surnames)
                                            or _main_subject_person(own, phrase[0], pronoun, surnames)):
        at, subject = inside
        within = True
    elif (opening := _OPENING_TIME_CLAUSE.match(own)) is not None and opening.end() <= phrase[0] \
            and re.match(rf"{pronoun}\b", own[opening.end():], re.IGNORECASE):
        # "When the Hollin Library reopened, it held 400 books in 2024": the opening time clause's subject
        at = opening.end()
        subject = _subject_of(opening.group("clause"), pronoun, surnames)
    elif pronoun == "It" and (after_main := _it_after_main_clause(own, phrase[0], surnames)) is not None:
        at, subject = after_main
    elif pronoun in ("It", "They") and title.startswith(pronoun + " ") \
            and (relative := _relative_pronoun_subject(own, phrase[0], pronoun, surnames)) is not None:
        # "The trust sold the farm it had bought in 1990": the main clause's subject, in the title's pronoun's
        # place (`_subject_of` gives one of its number: the verb stands)
        return _shortened_again(grammar.capitalised(relative) + title[len(pronoun):])
    elif pronoun == "They" and title.startswith("They ") and (they_at := _they_at(own, phrase[0], "they")) is not None \
            and (body := _body_called_they(own, they_at, surnames, _given_words(text))) is not None:
        # "Windhoek Football Club won the trophy when they beat SKW 3-0": the team the main clause names (the verb
        # stands: "beat", a past in British usage's plural)
        return _shortened_again(grammar.capitalised(body) + title[len(pronoun):])
    elif pronoun == "They" and title.startswith("They ") \
            and (collective := _they_after_collective_subject(own, phrase[0], surnames,
                                                              _given_words(text))) is not None:
        # "Windhoek Football Club won the trophy when they beat SKW 3-0": a team's, a party's name takes "they"
        return _shortened_again(grammar.capitalised(collective) + title[len(pronoun):])
    elif pronoun == "They" and title.startswith("They ") \
            and (plural_object := _they_after_main_object(own, phrase[0], surnames)) is not None:
        # "I thank the parents of the boy where they handed him over": the main clause's one plural thing, without
        # its "of" phrase when the title would be cut with it (the act is worth more than whose)
        rest = title[len(pronoun):]
        whole, head = plural_object
        return _shortened_again(grammar.capitalised(whole if len(whole + rest) <= MAX_TITLE else head) + rest)
    elif pronoun == "It" and title.startswith("It ") and reported is None \
            and (told_again := _told_it_repeats_before(own, phrase[0], previous)) is not None:
        return _shortened_again(grammar.capitalised(told_again) + title[len(pronoun):])
    else:
        return title  # the pronoun is not this sentence's subject: leave it
    if not subject:
        return title
    if (spoke or framed) and pronoun not in _SAME_PERSON_WORDS and title.startswith(pronoun + " "):
        # (a reported clause's: "Boreal Steel said it cut 40 jobs" → "It cut 40 jobs" → "Boreal Steel cut 40 jobs";
        # the sentence titled again with the name in the pronoun's place may read the frame as its clause: "Boreal
        # Steel says Boreal Steel cut 40 jobs")
        return _shortened_again(grammar.capitalised(subject) + title[len(pronoun):])
    if pronoun in _SAME_PERSON_WORDS and (subject := _person_for(subject, pronoun, text)) is None:
        return title
    if at == 0:
        subject = subject[:1].upper() + subject[1:]
    # The title again, from the sentence with the subject in the pronoun's place.
    shift = len(subject) - len(pronoun)
    moved: Callable[[tuple[int, int]], tuple[int, int]] = \
        lambda span: (span[0] + shift, span[1] + shift) if span[0] > at else span  # noqa: E731
    start, end = moved(phrase)
    changed = own[:at] + subject + own[at + len(pronoun):]
    others = [moved(o) for o in others]
    if retitle is None:
        resolved = _title_of_read_sentence(changed, start, end, others, names=names)  # (own's marks are read)
    else:
        resolved = retitle(changed, moved)
    resolved = _verb_kept(resolved, title, pronoun, subject)
    if _PRONOUN_TITLE.match(resolved) and again:
        # "They said they expect …": the first pronoun was the speaker; the reported one now has it before it.
        outer = retitle
        again_retitle = None if outer is None else \
            (lambda sentence, moved_again: outer(sentence, lambda span: moved_again(moved(span))))  # noqa: E731
        again_resolved = _resolve_pronoun(resolved, changed, (start, end), others, None, names, lambda: surnames,
                                          headline, text, again=False, retitle=again_retitle)
        if again_resolved == resolved and pronoun in _SAME_PERSON_WORDS and not framed \
                and _same_person_later(own, at, phrase[0], pronoun, surnames):
            # "He also won at the course, where he tied for third in 2015": the later he of a clause after the
            # sentence's own subject, with nobody else named between, is that subject's person (the verb stands).
            return _shortened_again(grammar.capitalised(subject) + title[len(pronoun):])
        return again_resolved
    if (within or in_second_clause) and (not resolved.startswith(subject[:1].upper() + subject[1:])
                                         or in_second_clause and resolved.lower().count(subject.lower()) > 1):
        # (a pronoun inside the sentence, or opening a clause after "and"/"but": the title must open with the one
        # that took its place, once.) The sentence
        # with the name may read another way ("the focus of a battle since Elian Gonzalez was found" as one noun
        # phrase): the title's own pronoun, the clause's subject, takes the name (one person: the verb stands).
        if title.startswith(pronoun + " ") and re.match(rf"\s*{pronoun}\b", own[at:], re.IGNORECASE):
            return _shortened_again(subject[:1].upper() + subject[1:] + title[len(pronoun):])
        return title
    if pronoun == "They" and title.startswith("They ") and not in_second_clause and not within \
            and not resolved.startswith(grammar.capitalised(subject)):
        # (the sentence with a long plural subject in the pronoun's place may read another clause as the title's,
        # "More than 20 rescuers and 100 miners drilled ..., Xinhua said" → "Xinhua says": the title's own
        # "They", the clause's subject, takes it; plural for plural, the verb stands)
        return _shortened_again(grammar.capitalised(subject) + title[len(pronoun):])
    if after_plural and title.startswith("It "):
        # (an "it" after a noun phrase it is not, "The other two planets it has discovered are …": the sentence with
        # the name in its place reads as one noun phrase; the title's own "It", the clause's subject, takes the
        # name, one thing for one: the verb stands)
        return _shortened_again(grammar.capitalised(subject) + title[len(pronoun):])
    return resolved


# A title that opens in its speaker's own person ("We will have a flat year", "I never asked anybody"): the words of
# a quotation, which a list of events cannot read without who said them (`_speaker_framed`).
_SHORT_QUOTED_TITLE = 3  # words: a title from a quotation this short takes the quotation whole, with its speaker
_OWN_PERSON_TITLE = re.compile(r"(?:I|We|You|My|Our|Your)\b|I['’]")
# A word of the speaker's own person inside a title ("Nobody has called me", "The council ignored us"): lower case
# ("US" is a country), or "I".
_OWN_PERSON_WORD = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours|you|your|yours)\b")
_OPENING_QUOTES = frozenset({"``", "“"})
_CLOSING_QUOTES = frozenset({"''", "”"})
# The text of every token `_quotation_marks` reads as a mark (’ of ’’, " either way).
_QUOTE_TOKENS = (*_OPENING_QUOTES, *_CLOSING_QUOTES, "’", '"')


def _quotation_marks(tokens: Sequence[grammar.Token]) -> list[tuple[int, str]]:
    """The sentence's quotation marks, in order: (token index, "open", "close" or "either"). The tokenizer gives a
    TeX-style mark (`` '') as one token, but a typographic closing ’’ as two: that pair is one mark, at its first
    token."""
    marks: list[tuple[int, str]] = []
    k = 0
    while k < len(tokens):
        text = tokens[k].text
        if text in _OPENING_QUOTES:
            marks.append((k, "open"))
        elif text in _CLOSING_QUOTES:
            marks.append((k, "close"))
        elif text == "’" and k + 1 < len(tokens) and tokens[k + 1].text == "’" and tokens[k + 1].start == tokens[k].end:
            marks.append((k, "close"))
            k += 1
        elif text == '"':
            marks.append((k, "either"))
        k += 1
    return marks


def _quotation_spans(tokens: Sequence[grammar.Token]) -> list[tuple[int, int]]:
    """The token spans (open, close) of the sentence's quotations, at their marks (a quotation the sentence does
    not open runs from before its start, -1; one it does not close, to its end). A straight quote opens or
    closes by turns."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    marks = _quotation_marks(tokens)
    if marks and marks[0][1] == "close":
        opened = -1  # ("... heroes.'' she said": the quotation began in a sentence before)
    for k, kind in marks:
        if opened is None and kind in ("open", "either"):
            opened = k
        elif opened is not None and kind in ("close", "either"):
            spans.append((opened, k))
            opened = None
    if opened is not None:
        spans.append((opened, len(tokens)))
    return spans


_QUOTATION_REACH = 400  # characters either side of a sentence read for the frame of a quotation that runs on


def _quotation_run_on(own: str, phrase: tuple[int, int], text: str, offset: int) -> tuple[str, tuple[int, int]]:
    """`own` (at `offset` in `text`) with the neighbouring text of its line that the quotation it is inside of
    runs on into, and `phrase` moved with it: back to the start of the sentence that opens the quotation ("A
    spokesperson said that "Norway is opposed. We have received assurances …""), on to the end of the sentence that
    closes it (""… if I wake up tomorrow … . It's been a dream," Waller-Bridge said."), so that the quotation's
    frame in another sentence is read (`_speaker_framed`). A reach of `_QUOTATION_REACH` characters either side
    keeps it linear; `own` itself when its quotation neither runs on nor began before it."""
    end = offset + len(own)
    line_start = max(text.rfind("\n", 0, offset) + 1, offset - _QUOTATION_REACH)
    line_end = text.find("\n", end, end + _QUOTATION_REACH)
    line_end = min(len(text), end + _QUOTATION_REACH) if line_end < 0 else line_end
    line = single_quotes_as_double(text[line_start:line_end])
    opened: int | None = None  # where the open quotation's mark is in `line`
    opened_before: int | None = None  # the quotation open at own's start
    for i, ch in enumerate(line[:end - line_start]):
        if i == offset - line_start:
            opened_before = opened
        if ch == "“" or (ch == '"' and opened is None):  # (a straight mark opens and closes by turns)
            opened = i
        elif ch == "”" or ch == '"':
            opened = None
    start = offset - line_start
    if opened_before is not None:
        # (the sentence that opens the quotation: from the last sentence's end before its mark)
        stops = [line.rfind(stop, 0, opened_before) for stop in (". ", "? ", "! ")]
        start = max(stops) + 2 if max(stops) >= 0 else 0
    stop = end - line_start
    if opened is not None:
        close = min((c for c in (line.find("”", stop), line.find('"', stop)) if c >= 0), default=-1)
        if close >= 0:
            # (the frame after the closing mark, to its sentence's end)
            ends = [c for c in (line.find(". ", close), line.find("? ", close), line.find("! ", close)) if c >= 0]
            stop = min(ends) + 1 if ends else len(line)
    if start == offset - line_start and stop == end - line_start:
        return own, phrase
    shift = offset - line_start - start
    return line[start:offset - line_start] + own + line[end - line_start:stop], \
        (phrase[0] + shift, phrase[1] + shift)


def _speaker_framed(title: str, own: str, phrase: tuple[int, int], text: str = "",
                    offset: int | None = None, *, previous: Callable[[], list[str]] | None = None) -> str:
    """"We will have a reasonably flat year" → "Marshall Schwarz says "We will have a reasonably flat year"" (from
    "… flat year this year," Mr. Schwarz said): a title in the first or second person whose date lies inside a
    quotation takes the quotation's speaker from the sentence's reporting frame outside it (a reporting verb with
    a named subject, before or after it: "Mr. Schwarz says", "said Bernard Tolbert"), and the title's words stand
    in quotation marks as the source has them, case, tense and any date inside them too ("you have strong
    redemptions", never "You …"). A speaker named by title or family name alone is named in full from the
    document's `text` ("Mr. Schwarz" → "Marshall Schwarz"). Otherwise (no frame, or a pronoun speaks) the title
    stays. A title of three words or fewer from inside a quotation ("The water comes" of ""The water came in the
    night, when people were asleep," Vasko said") is framed so too, with the whole quotation: its few words
    say less than what was said. Given where `own` is in `text` (`offset`), a first or second person's quotation
    that runs on from or into a neighbouring sentence is read with it for its frame (`_quotation_run_on`).
    A he/she that speaks, opening the sentence ("He adds: "Our fund has had …"", after "…, Mr. Litvack says."),
    takes the person the sentence before says it is (`_subject_before`: its subject or its closing frame's
    speaker; not the chain of pronouns, whose quotations may name anyone), given `previous()`, the sentences
    before (nearest first)."""
    short = len(title.split()) <= _SHORT_QUOTED_TITLE
    read = own
    if _OWN_PERSON_TITLE.match(title) is None and not short and _OWN_PERSON_WORD.search(title) is None:
        return title  # (a first or second person anywhere in it: "Nobody has called me" is the speaker's too)
    if text and offset is not None and (_OWN_PERSON_TITLE.match(title) is not None
                                        or _OWN_PERSON_WORD.search(title) is not None):
        # A quotation of more than one sentence has its frame in one of them only: the others are read with it.
        # (A short title's whole quotation would then be all its sentences: it is framed from its own sentence.)
        read = own
        own, phrase = _quotation_run_on(own, phrase, text, offset)
        short = short and own is read
    if not any(map(own.__contains__, _QUOTE_TOKENS)):
        return title  # no quotation mark's token in the sentence (a token is its text): no quotation to frame
    a = grammar.analyse_sentence(own)
    tokens = a.tokens
    d = bisect.bisect_right(a.token_ends, phrase[0])
    spans = _quotation_spans(tokens)  # (once: the loop below asks it of every verb)
    quote = next(((o, c) for o, c in spans if o < d < c), None)
    if quote is None:
        return title
    speaker: tuple[int, int] | None = None
    frame: grammar.VerbGroup | None = None
    groups = {g.last: g for g in a.groups}
    for k, t in enumerate(tokens):
        if t.pos not in ("VBD", "VBZ", "VBP") or any(o <= k <= c for o, c in spans) \
                or not _is_reporting(t.text):
            continue
        # (A frame after a quotation may make no group of its own: "…,'' said Bernard Tolbert".)
        group = groups.get(k) or grammar.VerbGroup(k, k, t.start, t.end, t.text, (t,), True, True)
        span = a.subject_of(group) if k in groups else None
        if span is not None and (span[1] <= quote[0] or span[0] > quote[1]):
            speaker, frame = span, group
            break
        begin = k  # "…,'' Adams said Sunday": the name right before the verb, after the quotation
        while begin > quote[1] + 1 and _speaker_word(tokens[begin - 1]):
            begin -= 1
        end = k + 1  # "said Bernard Tolbert, special agent": the name after the verb
        while end < len(tokens) and _speaker_word(tokens[end]):
            end += 1
        if begin < k or end > k + 1:
            speaker, frame = (begin, k) if begin < k else (k + 1, end), group
            break
    if speaker is None or frame is None:
        return title
    name = _without_roles(_join_tokens(own, tokens, *speaker) + " ").strip()
    if any(t.pos in ("PRP", "PRP$") for t in tokens[speaker[0]:speaker[1]]):
        name = _speaking_pronoun_person(tokens, speaker, previous if own is read else None, text, offset) or ""
    if not name:
        return title
    verb = grammar.headline_verb(frame, False) or frame.text
    if "tell" in grammar.verb_lemmas(frame.main.text):
        verb = "says"  # ("Lubrani told Israel's Channel One": "tells" wants its object, which the title leaves out)
    # The quoted words from the title's first word to its last, as the source has them (tense and date too).
    # (The title's first word nearest before the date, else nearest after it; its last word the first one far
    # enough after that.)
    words = title.rstrip("…").split()
    first, last = words[0], words[-1]
    inside = range(quote[0] + 1, min(quote[1], len(tokens)))
    if short and _OWN_PERSON_TITLE.match(title) is None:
        # The whole quotation (without the comma that hands it to its frame), when the sentence holds all of it.
        if quote[0] < 0 or quote[1] >= len(tokens) or not inside:
            return title
        quoted = own[tokens[inside[0]].start:tokens[inside[-1]].end].rstrip(" ,;:")
        if text and len(name.split()) <= 2:
            name = grammar.full_name(text, name)
        return _shorten(f'{grammar.capitalised(name)} {verb} "{quoted}"')
    starts = [k for k in inside if own[tokens[k].start:tokens[k].start + len(first)].lower() == first.lower()
              and not own[tokens[k].start + len(first):tokens[k].start + len(first) + 1].isalnum()]  # (not "were")
    lo = min(starts, key=lambda k: (k > d, abs(k - d))) if starts else None
    hi = None if lo is None else next(
        (k for k in inside if k >= lo + len(words) - 1 and (tokens[k].text.endswith(last) or last.endswith(tokens[k].text))), None)
    if lo is None or hi is None or hi < lo:
        return title
    quoted = own[tokens[lo].start:tokens[hi].end]  # (never altered: not even its first letter's case)
    if text and len(name.split()) <= 2:
        name = grammar.full_name(text, name)  # ("Adams" → "Gerry Adams": the title is read away from the article)
    return _shorten(f'{grammar.capitalised(name)} {verb} "{quoted}"')


def _speaking_pronoun_person(tokens: Sequence[grammar.Token], speaker: tuple[int, int],
                             previous: Callable[[], list[str]] | None, text: str, offset: int | None) -> str | None:
    """The person a he/she that speaks stands for (`_speaker_framed`): the speaker must be that one pronoun,
    opening the sentence ("He adds: "…""), and the sentence before must say who it is, by its subject or its
    closing frame's speaker (`_subject_before`: "…, Mr. Litvack says."), named in full (`_person_for`); None
    otherwise."""
    word = tokens[speaker[0]].text.capitalize()
    if previous is None or not text or speaker != (0, 1) or word not in _SAME_PERSON_WORDS:
        return None
    earlier = previous()
    if not earlier:
        return None
    before = _subject_before(earlier, word, grammar.person_surnames(text), text, offset)
    return _person_for(before.text, word, text) if before is not None else None


def _framed_pronoun_title(title: str, own: str, phrase: tuple[int, int]) -> str:
    """"They did not know D'Amato's position" → "69 percent of those polled say they did not know D'Amato's
    position": a title whose actor is still a bare subject pronoun (no rule found whom it stands for) takes back the
    sentence's own reporting frame right before that pronoun, when the frame's subject names someone ("Saddam said
    he will …", "the authorities say they have …"): who said it is an actor the title can bear, the pronoun then
    read as the speaker's words. The reporting verb in the headline present ("said" → "says"). As it is
    otherwise: no frame right before the pronoun (a "that" and a date may stand between), or a pronoun speaks."""
    m = _PRONOUN_TITLE.match(title)
    if m is None:
        return title
    low = m.group(1).lower()
    a = grammar.analyse_sentence(own)
    tokens = a.tokens
    spots = [k for k, t in enumerate(tokens) if t.pos == "PRP" and t.text.lower() == low]
    before = [k for k in spots if tokens[k].start < phrase[0]]
    p = before[-1] if before else (spots[0] if spots else None)
    if p is None or p < 2:
        return title
    k = p - 1
    that = tokens[k].text.lower() == "that"
    if that:
        k -= 1
    group = next((g for g in a.groups if g.last == k), None)
    if group is None or tokens[k].pos not in ("VBD", "VBZ", "VBP") or not _is_reporting(tokens[k].text):
        return title
    span = a.subject_of(group)
    if span is None or span[1] != group.first or span[1] - span[0] > 8 \
            or any(t.pos in ("PRP", "PRP$", "EX", "WDT", "WP") for t in tokens[span[0]:span[1]]):
        return title  # (a pronoun speaks, "They said they …", or no subject right before the verb)
    first, head = tokens[span[0]], tokens[span[1] - 1]
    if not (first.pos in ("DT", "CD", "PRP$") or first.text[:1].isupper()) \
            or span[0] > 0 and tokens[span[0] - 1].pos not in (",", "CC", "RB"):
        return title  # (a phrase's tail the grammar took for the subject: "… in the Buffalo, N.Y., area say")
    # (the head's number: "The giant foods, tobacco and brewing company says"; names joined by "and" are plural, a
    # name's own plural word is not: "Brisk Cars says")
    plural = head.pos == "NNS" or head.pos in ("NNP", "NNPS") and any(t.text == "and" for t in tokens[span[0]:span[1]])
    verb = grammar.headline_verb(group, plural) or group.text
    if "tell" in grammar.verb_lemmas(group.main.text):
        return title  # ("told reporters they …": the audience stands between)
    speaker = grammar.capitalised(own[tokens[span[0]].start:tokens[span[1] - 1].end])
    return _shortened_again(f"{speaker} {verb} {'that ' if that else ''}{low}{title[len(m.group(1)):]}")


def _frame_filled(title: str, own: str) -> str:
    """"Mr. Gerstner says" → "Mr. Gerstner says "RJR Nabisco will concentrate more on our own core businesses"": a
    title that is only a reporting frame (its last word a reporting verb, as the frame's verb in the sentence) says
    nothing yet; a quotation the frame reports whole takes its place after it, in the source's words: one that
    opens right after the verb (or its "that", a few words of time between: "said late yesterday that "the
    operation has been very successful""), or one that opens the sentence and ends right before the frame
    (""We will reopen the bridge," the council said"). Otherwise the title stays."""
    if '"' in title:
        return title
    original = title
    told = _TOLD_AUDIENCE.fullmatch(title)
    if told is not None:
        # ""Nobody listens to us," the union leader told a rally": the audience alone says nothing of what was told;
        # the frame says what the quotation is, as "say" ("The union leader says "Nobody listens to us"").
        title = f"{told.group('who')} {_SAYING_OF_TELLING[told.group('verb')]}"
    words = title.split()
    if not 2 <= len(words) <= 8:
        return original
    last = words[-1]
    lemmas = grammar.verb_lemmas(told.group("verb") if told is not None else last)
    if lemmas.isdisjoint(grammar.REPORTING_LEMMAS):
        return original
    tokens = grammar.tag_words(own)
    spans = _quotation_spans(tokens)
    if not spans:
        return original
    frames = [k for k, t in enumerate(tokens) if t.pos in ("VBD", "VBZ", "VBP") and not lemmas.isdisjoint(
        grammar.verb_lemmas(t.text)) and not any(o <= k <= c for o, c in spans)]
    if len(frames) != 1:
        return original
    k = frames[0]
    quote = None
    for o, c in spans:
        between = tokens[k + 1:o] if o > k else []
        if o > k and len(between) <= 4 and not any(t.pos.startswith(("VB", "MD")) or t.text in ",;:"
                                                   for t in between[:-1]) \
                and (not between or between[-1].text.lower() == "that" or between[-1].text == ":"):
            # "cited "a general softening …"", "said late yesterday that "the operation …"", "said today: "The
            # suspect had run off …"" (a quotation after a colon may run on past the sentence: its first sentence)
            quote = (o, c)
            break
        if c < k and o <= 0 and c < len(tokens) and not any(
                t.pos.startswith(("VB", "MD")) or t.text in ";:" for t in _outside_relative_asides(tokens[c + 1:k])):
            quote = (o, c)  # ""We will reopen the bridge," the council said", "…," the lawyer, who …, said"
            break
    if quote is None or quote[1] > len(tokens) or quote[1] == len(tokens) and quote[0] < k \
            or quote[0] + 1 >= len(tokens):
        return original  # (an opening mark as the sentence's last word, "said: \"", quotes nothing)
    o, c = quote
    marks = dict(_quotation_marks(tokens))
    inner_start = tokens[o + 1].start if o >= 0 else 0
    inner_end = tokens[c].start if c < len(tokens) else len(own)
    inner = own[inner_start:inner_end].strip().rstrip(",.;: ")
    if not inner or c < len(tokens) and c not in marks or len(inner.split()) < 2:
        return original
    return _shorten(f'{title} "{inner}"')


# A title that is a telling frame and its audience only: in lower case ("The union leader tells a rally") or a
# name ("The inspector tells AFP", "… tells the Associated Press": a news agency, a paper, a person).
_TOLD_AUDIENCE = re.compile(r"(?P<who>\S.*?) (?P<verb>tells|told|tell) (?P<audience>(?:[a-z]+ ){0,2}[a-z]+"
                            r"|(?:the |The )?[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,3})")
# The words of a relative clause set off by commas ("…," the inspector, who was coordinating the rescue, told
# AFP): its verbs are its own, not another clause between a quotation and its frame.
_RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom"})


def _outside_relative_asides(words: Sequence[grammar.Token]) -> list[grammar.Token]:
    """`words` without the relative clauses set off by commas among them (", who was …,"), commas and all."""
    kept: list[grammar.Token] = []
    k = 0
    while k < len(words):
        if words[k].text == "," and k + 1 < len(words) and words[k + 1].text.lower() in _RELATIVE_WORDS:
            close = next((j for j in range(k + 2, len(words)) if words[j].text == ","), None)
            if close is not None:
                k = close + 1
                continue
        kept.append(words[k])
        k += 1
    return kept
_SAYING_OF_TELLING = {"tells": "says", "told": "said", "tell": "say"}


def _speaker_word(token: grammar.Token) -> bool:
    """A word of a speaker's name: a proper noun that is no month or weekday ("said Sunday"), or Mr./Ms./Dr."""
    return token.pos in ("NNP", "NNPS") and not _MONTH_OR_DAY.fullmatch(token.text) or token.text in _PERSON_TITLES


def _join_tokens(text: str, tokens: Sequence[grammar.Token], lo: int, hi: int) -> str:
    """The text of tokens[lo:hi] as the sentence writes it."""
    return text[tokens[lo].start:tokens[hi - 1].end]


def _earlier_sentences(doc: Document, sent: Sentence) -> list[str]:
    """The document's sentences before `sent`, nearest first, up to `_EARLIER_SENTENCES` (each cut to
    `_WHOLE_SENTENCE` characters), for a pronoun's antecedent."""
    starts = doc.sentences
    k = bisect.bisect_left(starts, sent.start, key=lambda s: s.start)
    return [doc.text[s.start:min(s.end, s.start + _WHOLE_SENTENCE)]
            for s in (starts[j] for j in range(k - 1, max(-1, k - 1 - _EARLIER_SENTENCES), -1)) if s.end <= sent.start]


def pronoun_person(doc: Document, sent: Sentence, pronoun: str) -> str | None:
    """The person a he/she that opens sentence `sent` stands for, named in full, found as a title's pronoun is
    (`_resolve_pronoun`): the subject of the sentence before when it is a person or a role the text gave one,
    else the one person along the pronoun's chain; None when not sure."""
    pronoun = pronoun.capitalize()
    earlier = _earlier_sentences(doc, sent)
    if pronoun not in _SAME_PERSON_WORDS or not earlier:
        return None
    surnames = grammar.person_surnames(doc.text)
    before = _subject_before(earlier, pronoun, surnames, doc.text, sent.start)
    subject = before.text if before is not None else None
    if subject is None:
        subject = _person_along_chain(earlier, pronoun, surnames, grammar.place_names(doc.text), doc.text) or None
    return _person_for(subject, pronoun, doc.text) if subject else None


def resolve_title_pronoun(title: str, doc: Document, sent: Sentence, phrase: tuple[int, int], retitle: Retitle) -> str:
    """`_resolve_pronoun` for a title made elsewhere (news.py's undated news): `phrase` is the span of the
    sentence (offsets in it) the title is made for, `retitle` titles the sentence again once the pronoun has
    taken its antecedent. The title as it is unless it opens with he/she/it/they or his/her (a person's, who may
    be named only along the chain of pronouns before: "Prior to that, he was a councilman. His tenure saw …"), or
    speaks in the first or second person from inside a quotation (`_speaker_framed`). (Not its/their:
    `_resolve_possessive` takes a speaker of the same sentence, and news titles a reported clause with its
    speaker already ("Acme says its sales rose"); opened to them, the dev sets' and fixtures' titles were the
    same, byte for byte.)"""
    own = doc.text[sent.start:sent.end]
    person_owner = _POSSESSIVE_TITLE.match(title) is not None and title.startswith(("His ", "Her "))
    if _PRONOUN_TITLE.match(title) is None and not person_owner:
        title = _name_the_company(title, own, doc.text, sent.start, doc.excluded)
        if _OWNERLESS_MEASURE_TITLE.match(title) is not None:
            title = _owner_of_measure(title, own, doc.text, doc.excluded)
    else:
        title = _resolve_pronoun(title, own, phrase, [], partial(_earlier_sentences, doc, sent),
                                 grammar.document_names(doc.text), partial(grammar.person_surnames, doc.text),
                                 doc.title or "", doc.text, retitle=retitle, offset=sent.start)
    # A first-person title from inside a quotation whose frame is in a neighbouring sentence of the quotation
    # ("We have received assurances", after "A spokesperson said that "Norway is opposed.") takes its speaker.
    return _speaker_framed(title, single_quotes_as_double(own), phrase, doc.text, sent.start,
                           previous=partial(_earlier_sentences, doc, sent))


# "the following day", "a year earlier", "that year": counted from the date the article gave before.
_ANAPHORIC = re.compile(r"\b(?:following|earlier|later|before|after|previous|prior|that|same)\b", re.IGNORECASE)


TITLE_QUOTE = 40  # characters of an article's title that name it in an explanation


def quoted_title(doc: Document | None, doc_id: str = "") -> str:
    """How an explanation names an article: its title in quotes, elided at a word to about TITLE_QUOTE
    characters ("“Putin arrives in Pyongyang for a rare…”"); the id only when there is no title."""
    title = doc.title if doc is not None else ""
    if not title or title.isspace():
        return doc.id if doc is not None else doc_id
    return _quoted_title(title)


@lru_cache(maxsize=64)
def _quoted_title(title: str) -> str:
    """`quoted_title` of a title: elided once per article, not once per relative date and candidate."""
    return f"“{elide(title.strip(), TITLE_QUOTE + 1, whole_words=True)}”"  # (TITLE_QUOTE characters and the "…")


def _relative_explanation(e: TimeExpression, doc: Document) -> str:
    k = doc.story_index_at(e.start)
    if k >= 0:  # a later story of a page of several: counted from its own date line (`Document.story_days`)
        return _counted_from(e.text, doc.story_days[k][1], quoted_title(doc), "the date line of its story")
    return _counted_from(e.text, doc.published, quoted_title(doc))


@lru_cache(maxsize=1024)
def _counted_from(phrase: str, published: dt.date | None, title: str, source: str = "the publication date") -> str:
    # Cached: the same phrases recur through a document ("last week"), and one string serves them all.
    if _ANAPHORIC.search(phrase):
        return f"“{phrase}” counted from the date the article {title} gives before it"
    if source != "the publication date":
        return f"“{phrase}” counted from {source}, {published}, in {title}"
    return f"“{phrase}” counted from the publication date {published} of {title}"


def _quote(text: str, sent: Sentence, e: TimeExpression, width: int = 60) -> str:
    lo = max(sent.start, e.start - width)
    snippet = text[lo:e.end].strip()
    if lo > sent.start:
        snippet = "…" + snippet.split(" ", 1)[-1]
    return snippet


def _list_candidates(r: _Reading, years: list[TimeExpression]) -> list[Candidate]:
    """One candidate per year of "older deals from 1961, 2000, and 2001", titled from the deals."""
    doc, text, sent = r.doc, r.text, r.sent
    view = r.view(years[0].start, years[0].end)
    head = _LIST_HEAD.search(text, max(sent.start, years[0].start - 60), years[0].start)
    if head and _singular(head.group("noun")).lower() == head.group("noun").lower():
        # Not a plural noun ("won the race in 2013, 2017 and 2021", "was re-elected in 2013 and 2017"): no list
        # of things, one per year; the clause titles each year ("He wins the race").
        head = None
    if head:
        noun = head.group("noun").lower()
        np = head.group("np")
        words = np.split()
        words[-1] = _singular(words[-1])
        phrase = " ".join(words)
        joiner = text[head.end("np"):years[0].start].strip()
        kind = _KIND_NOUNS.get(_singular(noun), kind_near(text, head.start(), head.end(), view.start, view.end))
    else:
        phrase, joiner = "", ""
        kind = kind_near(text, years[0].start, years[-1].end, view.start, view.end)
    out = []
    for e in years:
        if phrase:
            title = f"{phrase} {joiner} {e.text}".strip()
            title = grammar.capitalised(title)
        else:
            # (the list's other years: the title leaves them out with its own)
            title = r.title(e.start, e.end, [(o.start, o.end) for o in years if o is not e], resolve=True)
        out.append(Candidate(_mention(doc, e.start, e.end, sent), e.first, e.last, e.precision,  # type: ignore[arg-type]
                             kind, _shorten(title), r.sentence_text, r.actors(e.start, e.end)))
    return out


_DURATION_YEARS = re.compile(r"^P(\d+(?:\.\d+)?)(Y|M|W|D|DE|CE)$")


@lru_cache(maxsize=256)  # one offset object per duration value: candidates keep them until merging
def _duration_offset(value: str) -> tuple[relativedelta, Precision] | None:
    m = _DURATION_YEARS.match(value)
    if not m:
        return None
    n = float(m.group(1))
    if n != int(n):
        return None
    n = int(n)
    unit = m.group(2)
    if unit == "Y":
        return relativedelta(years=n), Precision.YEAR
    if unit == "DE":
        return relativedelta(years=10 * n), Precision.YEAR
    if unit == "CE":
        return relativedelta(years=100 * n), Precision.DECADE
    if unit == "M":
        return relativedelta(months=n), Precision.MONTH
    if unit == "W":
        return relativedelta(weeks=n), Precision.DAY
    return relativedelta(days=n), Precision.DAY


_OVER_THE_PAST = re.compile(r"\b(?:past|last)\s+$", re.IGNORECASE)
_PAST_IN_PHRASE = re.compile(r"\b(?:past|last)\b", re.IGNORECASE)
_FIRST_WORD = re.compile(r"\b(?:first|maiden)\b", re.IGNORECASE)


def _first_in_years(r: _Reading, e: TimeExpression) -> Candidate | None:
    """ "the first visit in 24 years" → an unresolved candidate 24 years before the visit described."""
    implied = _implied_happening(r.text, r.view(e.start, e.end), e.start, _FIRST_IN) if r.may_imply() else None
    offset = _duration_offset(e.value)
    if implied is None or offset is None:
        return None
    window = r.text[max(r.sent.start, e.start - 90):e.start]
    if (_OVER_THE_PAST.search(window) or _PAST_IN_PHRASE.search(e.text)) and not _FIRST_WORD.search(window):
        return None  # "the largest conference in the past decade" ranks it over a window; "the first ... in the
        # past 24 years" says when the last one was
    if not _FIRST_WORD.search(window) and implied.kind not in _KIND_GROUPS:
        return None  # "the smallest gain in a year", "the lowest figure for almost two decades": a measure ranked
        # over a stretch of time, no happening then (a quake or a war ranked so is one: "the strongest quake in 37 years")
    delta, precision = offset
    return Candidate(_mention(r.doc, e.start, e.end, r.sent, inferred=True), None, None, precision, implied.kind,
                     implied.title, r.sentence_text, r.actors(e.start, e.end), inferred=True, offset=delta,
                     anchor_kind=implied.kind, referent=implied.referent)


# --- happenings dated only by their order relative to another ------------------------------------------
# "Putin's visit follows the recent G7 summit"  → the G7 summit shortly before the visit;
# "evident in his subsequent travel to Vietnam" → travel to Vietnam shortly after it.
_NP = r"(?P<np>(?:[A-Z0-9][\w-]*|[a-z][\w-]*)(?:\s+(?!(?:where|which|who|that|when|while|as|and|but)\b)" \
      r"(?:[A-Za-z0-9][\w’'-]*)){0,5}?)(?=\s*(?:[,.;:!?(—–]|\s(?:where|which|who|that|when|while|as|and|but)\b|$))"
_RELATION = re.compile(
    r"\b(?P<before>follows|followed|came\s+after|comes\s+after|on\s+the\s+heels\s+of|weeks\s+after|days\s+after)"
    r"\s+(?:the|a|his|her|their|its)\s+(?:recent|last|latest)\s+" + _NP.replace("np", "np1") +
    r"|\b(?:his|her|their|its|the)\s+(?P<after>subsequent|ensuing|later|onward)\s+" + _NP.replace("np", "np2"))
# A part of each of _RELATION's relation words ("came after", "weeks after": "after"): every match holds one.
_RELATION_PARTS = ("follow", "after", "heels", "subsequent", "ensuing", "later", "onward")
RELATION_WINDOW = dt.timedelta(days=30)  # "recent"/"subsequent": within about a month


def _relational_candidates(doc: Document, layout: _Layout, excluded: SpanIndex, out: list[Candidate],
                           ticker: _Ticker, fail: ErrorCallback) -> None:
    text = doc.text
    for start, end in zip(layout.starts, layout.ends):
        ticker(start)
        if excluded.overlaps(start, end):
            continue
        sent = Sentence(start, end)
        whole = end - start <= _WHOLE_SENTENCE
        if all(text.find(part, start, end) < 0 for part in _RELATION_PARTS):
            continue  # (most sentences: no word the pattern needs, found without scanning it at every position)
        for m in _RELATION.finditer(text, start, end):
            try:
                relation = "before" if m.group("before") else "after"
                np_group = "np1" if relation == "before" else "np2"
                np = m.group(np_group)
                # What it is before or after: the occasion the sentence is about, nearest to the relation word.
                lo = start if whole else max(start, m.start() - _CONTEXT)
                anchor = _KIND_RE.search(text, lo, m.start())
                anchor_kind = anchor.lastgroup if anchor and anchor.lastgroup in OCCASION_KINDS else ""
                if not anchor_kind or not np:
                    continue
                probe = _KIND_RE.search(np)
                kind = probe.lastgroup if probe and probe.lastgroup else "event"
                title = grammar.capitalised(np)
                if relation == "after":
                    title = f"{m.group('after').capitalize()} {np}"
                sentence = layout.text_of(sent)
                actors = actors_in(sentence if whole else text[lo:min(end, m.end() + _CONTEXT)])
                out.append(Candidate(
                    _mention(doc, m.start(), m.end(np_group), sent, inferred=True), None, None, Precision.DAY,
                    kind, _shorten(title), sentence, actors, inferred=True, anchor_kind=anchor_kind,
                    relation=relation))
            except Exception as exc:
                fail(m.start(), m.end(), exc)
