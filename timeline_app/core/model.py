"""The value types that flow through the core: plain frozen dataclasses.

files → Document → TimeExpression → Mention → Event → Timeline. Nothing here imports Qt.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from collections.abc import Mapping, Sequence
from typing import ClassVar


class Precision(str, Enum):
    """How finely a date is known, from finest to coarsest."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        return _PRECISION_RANK[self]


_PRECISION_RANK = {p: i for i, p in enumerate(Precision)}


class TimexType(str, Enum):
    """TimeML TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True)
class Problem:
    """Something that went wrong with one input file; loading carries on with the rest.

    `level` says what became of the file, so counts shown to the user are exact: "error" (not loaded),
    "skipped" (not an article: an image, a special file, a link leaving the opened folder), "warning"
    (loaded, with a caveat such as a guessed encoding).
    """

    path: str
    message: str
    level: str = "error"

    ERROR: ClassVar[str] = "error"
    SKIPPED: ClassVar[str] = "skipped"
    WARNING: ClassVar[str] = "warning"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a half-open character span [start, end) of its document's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """One loaded article. `text` is exactly what was decoded: every offset in the app indexes it."""

    id: str
    path: str
    text: str
    # The title as the page gives it (its dateline kept: the readers match it with the opening sentence); the app
    # shows `shown_title`.
    title: str
    published: dt.date | None = None
    sentences: Sequence[Sentence] = ()  # (the loader gives documents.SentenceSpans: offsets, read as Sentences)
    # Spans of boilerplate ("Leave a Comment", author bios, datelines...): kept in the text, never extracted.
    excluded: tuple[tuple[int, int], ...] = ()
    encoding: str = "utf-8"
    # Where the text came from, for citations: sorted (offset, label) pairs, each label ("p. 4", "entry 3",
    # "part 2 (attachment report.txt)") holding from its offset to the next one's. Empty for plain files.
    origins: tuple[tuple[int, str], ...] = ()
    link: str = ""  # the article's web address, when the file gives one (a feed entry)
    # What finds this document again among its file's documents when the file is read anew, whatever its
    # place: a message's Message-ID, a feed entry's id (else link), an attachment's file name under its
    # message's. "" for a file's only document (its path says it all) or when the file gives none.
    part_key: str = ""
    # The date phrases no calendar date can hold ("300 BC"), (start, end, why), as the load's own tagging found
    # them (`DocumentAnalysis.dropped`), for the note under the article; None when not known (a document read
    # back from a project file or the timeline cache, or made by hand). Set once by the pipeline when the
    # document's analysis arrives, before the timeline is handed out; not compared (it follows from the text).
    dropped: tuple[tuple[int, int, str], ...] | None = field(default=None, compare=False)
    # The order the document writes its numeric dates in ("05/06/2025": day first True, month first False), as the
    # loader read it from the text and the page's language (`numeric_dates.day_first`), so the publication date
    # and the body's dates read the same way; None when nothing showed it (then the tagger reads the text itself).
    # The analysis and the article's note of dropped dates read it: a project file stores it (file format 3; an
    # older file's documents hold None), the timeline cache does not (a changed file is loaded anew). Not compared.
    # (The project file's reader makes documents by position: this field and the next stay where they are.)
    day_first: bool | None = field(default=None, compare=False)
    # A page of several stories, each under its own date line (a blog's copies of several wire or Wikinews articles, a
    # day's briefs): where each later story starts (its headline's offset) and the day its date line gives, in order.
    # From there on that day is what the story's weekdays, "this week", year-less dates and undated news count from,
    # not the page's first date (`published`). Empty for a page of one story. Derived from the text by the loader
    # (in the analysis cache's key); a project file stores it (file format 4; an older file's documents read as one
    # story), since a document read back is analysed again for a split's title (`edits.mention_title`).
    story_days: tuple[tuple[int, dt.date], ...] = field(default=(), compare=False)
    # The date phrases of an article with no publication date that one would date ("on Thursday", "yesterday", a
    # year-less "July 28"): (start, end), as the load's own tagging found them (`DocumentAnalysis.waiting`), so the
    # window can say what setting the date would bring; () for an article with a date. None when not known (a
    # document read back from a project file, or made by hand: nothing is said). Set once by the pipeline, as
    # `dropped` is; not compared. (Last: the project file's reader makes documents by position, without it.)
    waiting: tuple[tuple[int, int], ...] | None = field(default=None, compare=False)
    # `shown_title`, once computed: the Sources list asks per visible row and the event table per document on
    # every change (11.5 µs each, about 1 s at 100,000 articles). Not an init field, so `dataclasses.replace`
    # (a corrected title) starts it empty again; not compared, not shown.
    _shown_title: str | None = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # is_excluded bisects, so the spans must be sorted and disjoint; the loader gives them merged,
        # other callers (tests, tools) may not.
        spans = self.excluded
        if any(spans[k][0] <= spans[k - 1][1] for k in range(1, len(spans))) or any(
                a >= b for a, b in spans):
            object.__setattr__(self, "excluded", merge_spans(spans))

    @property
    def shown_title(self) -> str:
        """The headline the app shows for this document: `title` without a leading dateline, a site's name or a
        breadcrumb (`documents.shown_title`). `title` stays the page's own line: the readers match it with the
        opening sentence, which keeps its dateline."""
        shown = self._shown_title
        if shown is None:
            from timeline_app.core.documents import shown_title  # (documents imports this module)
            shown = shown_title(self)
            object.__setattr__(self, "_shown_title", shown)  # (frozen: the memo is set once, as __post_init__ does)
        return shown

    def story_index_at(self, offset: int) -> int:
        """Which of `story_days` the text at `offset` is in: -1 for the page's first story (dated `published`)."""
        stories = self.story_days
        if not stories or offset < stories[0][0]:
            return -1
        return bisect_right(stories, offset, key=lambda story: story[0]) - 1

    def as_story_at(self, index: int) -> Document:
        """The document as its later story `index` (`story_index_at`) reads it: that story's day as its date, what
        its weekdays, year-less dates and undated news count from. (Its own value: the caller keeps it per story.)"""
        from dataclasses import replace  # (rare: a page of several stories)
        return replace(self, published=self.story_days[index][1])

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding `offset`, by bisection over the sorted sentences."""
        index_at = getattr(self.sentences, "index_at", None)
        if index_at is not None:  # offsets in an array (documents.SentenceSpans): no Sentence per step
            k = index_at(offset)
            return None if k < 0 else self.sentences[k]
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= offset:
                lo = mid + 1
            elif s.start > offset:
                hi = mid
            else:
                return s
        return None

    def origin_at(self, offset: int) -> str:
        """The label of the place in the file holding `offset` ("p. 4"), or "" (no origins)."""
        k = bisect_right(self.origins, offset, key=lambda pair: pair[0]) - 1
        return self.origins[k][1] if k >= 0 else ""

    def is_excluded(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a boilerplate span: one bisection (called per expression)."""
        k = bisect_right(self.excluded, start, key=lambda span: span[1])  # first span ending after start
        return k < len(self.excluded) and self.excluded[k][0] < end


# Characters of a text encoded at a time when it is hashed (about 1-4 MB of UTF-8).
_DIGEST_CHARS = 1 << 20


def digest_text(digest, text: str) -> None:
    """Feed `text`'s UTF-8 to a hashlib `digest` a slice at a time: no UTF-8 copy of a whole large text. The
    digest is that of the whole text's UTF-8, since a slice never splits a character; surrogatepass gives a
    text with a lone surrogate a digest too (each surrogate encodes alone, so slicing cannot change it)."""
    for k in range(0, len(text), _DIGEST_CHARS):
        digest.update(text[k:k + _DIGEST_CHARS].encode("utf-8", "surrogatepass"))


def merge_spans(spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Spans sorted and merged where they overlap or touch; empty spans dropped."""
    out: list[list[int]] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


@dataclass(frozen=True, slots=True)  # slots: a dense text yields an expression per ~20 characters
class TimeExpression:
    """A time expression found in text, normalised as a TimeML TIMEX3.

    `value` is the TIMEX3 value ("2024-06-19", "2000", "199", "2024-W25", "P24Y", "PAST_REF",
    "XXXX-06-19"...). For DATE expressions that resolve to a calendar interval, `first` and `last` are
    its first and last day and `precision` says how fine it is; they are None when the value is
    underspecified (no reference date) or not a calendar interval (durations, sets, vague references).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    first: dt.date | None = None
    last: dt.date | None = None
    precision: Precision | None = None
    mod: str = ""  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER...
    # True when the value was computed from the reference date (today, last week, two years ago...).
    relative: bool = False


# A mention's offsets and flags packed in one int (`Mention._at`) of at most 60 bits, the widest int object of 32
# bytes (two 30-bit digits; 61 to 180 bits take 48 with the allocator's rounding, four int objects took 112): bit 0
# `dated`, bit 1 `inferred`, then the phrase's length (end - start, 8 bits), how far into its sentence it starts
# (start - sentence_start, 11 bits), what of the sentence follows it (sentence_end - end, 11 bits), and the start
# above (28 bits: a text of up to 268 million characters). Read: start = at >> 32, end = start + length...
# Values that do not fit (a run-on "sentence" of thousands of characters, a phrase longer than 255, offsets out
# of order) are held as the tuple of them, as a malformed mention's are: correct, only larger.
MENTION_LENGTH_SHIFT = 2
MENTION_LENGTH_MASK = (1 << 8) - 1
MENTION_LEAD_SHIFT = 10
MENTION_LEAD_MASK = (1 << 11) - 1
MENTION_TAIL_SHIFT = 21
MENTION_TAIL_MASK = (1 << 11) - 1
MENTION_START_SHIFT = 32
MENTION_START_LIMIT = 1 << 28  # (exclusive)
# A Mention's fields, in its constructor's order.
MENTION_FIELDS = ("document", "start", "end", "text", "sentence_start", "sentence_end", "dated", "inferred")


def pack_mention(start: int, end: int, sentence_start: int, sentence_end: int, dated: bool,
                 inferred: bool) -> int | tuple:
    """A mention's offsets and flags as `Mention._at` holds them: one int; or, for values that would not read
    back as the same objects or do not fit its widths (see above: a flag not a bool, an offset not an int, offsets
    out of order, a sentence of thousands of characters), the tuple of them as given."""
    if start.__class__ is int and end.__class__ is int and sentence_start.__class__ is int \
            and sentence_end.__class__ is int and dated.__class__ is bool and inferred.__class__ is bool \
            and 0 <= start - sentence_start <= MENTION_LEAD_MASK and 0 <= end - start <= MENTION_LENGTH_MASK \
            and 0 <= sentence_end - end <= MENTION_TAIL_MASK and 0 <= sentence_start and start < MENTION_START_LIMIT:
        return (dated | inferred << 1 | (end - start) << MENTION_LENGTH_SHIFT
                | (start - sentence_start) << MENTION_LEAD_SHIFT | (sentence_end - end) << MENTION_TAIL_SHIFT
                | start << MENTION_START_SHIFT)
    return (start, end, sentence_start, sentence_end, dated, inferred)


# (A dataclass for `fields` and `dataclasses.replace`, of properties: the fields are read from the packed int.
# `dataclasses.fields(Mention)` gives the right names in order, but the packed fields' defaults it reports are
# their property objects, not the constructor's (`dated` True, `inferred` False): read names from it, or
# `MENTION_FIELDS`, never defaults.)
@dataclass(frozen=True, init=False, repr=False, eq=False)
class Mention:
    """One place in one document that reports an event.

    Fields (`MENTION_FIELDS`): `document` (the Document.id), `start` and `end` (the date phrase, [start, end) in
    the document text), `text` (== document.text[start:end]), `sentence_start`, `sentence_end`, `dated` (False
    for a mention that refers to the event without giving its date, "Putin's visit follows...": then
    [start, end) is the phrase that refers to the event) and `inferred` (True when this mention implies the
    date rather than stating it, "the first visit in 24 years").

    Frozen, compared, hashed, shown and pickled as a frozen dataclass of those fields would be; its offsets and
    flags are held packed in one int (`pack_mention`): a dense article yields a mention per ~50 characters, and
    a Mention with its four int objects took 208 bytes, 88 now (56 when its int is a candidate's already:
    `extraction.Candidate.mention`).
    """

    __slots__ = ("document", "text", "_at")  # (`_at`: `pack_mention`'s value)
    document: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    dated: bool
    inferred: bool

    def __init__(self, document: str, start: int, end: int, text: str, sentence_start: int, sentence_end: int,
                 dated: bool = True, inferred: bool = False) -> None:
        setter = object.__setattr__
        setter(self, "document", document)
        setter(self, "text", text)
        setter(self, "_at", pack_mention(start, end, sentence_start, sentence_end, dated, inferred))

    @classmethod
    def packed(cls, document: str, at: int | tuple, text: str) -> Mention:
        """The mention of these slots' values (`at` as `pack_mention` gives it): no packing again."""
        m = object.__new__(cls)
        setter = object.__setattr__
        setter(m, "document", document)
        setter(m, "text", text)
        setter(m, "_at", at)
        return m

    @property
    def start(self) -> int:
        at = self._at
        return at >> MENTION_START_SHIFT if at.__class__ is int else at[0]

    @property
    def end(self) -> int:
        at = self._at
        return (at >> MENTION_START_SHIFT) + (at >> MENTION_LENGTH_SHIFT & MENTION_LENGTH_MASK) if at.__class__ is int \
            else at[1]

    @property
    def sentence_start(self) -> int:
        at = self._at
        return (at >> MENTION_START_SHIFT) - (at >> MENTION_LEAD_SHIFT & MENTION_LEAD_MASK) if at.__class__ is int \
            else at[2]

    @property
    def sentence_end(self) -> int:
        at = self._at
        if at.__class__ is not int:
            return at[3]
        return ((at >> MENTION_START_SHIFT) + (at >> MENTION_LENGTH_SHIFT & MENTION_LENGTH_MASK)
                + (at >> MENTION_TAIL_SHIFT & MENTION_TAIL_MASK))

    @property
    def dated(self) -> bool:
        at = self._at
        return at & 1 == 1 if at.__class__ is int else at[4]

    @property
    def inferred(self) -> bool:
        at = self._at
        return at & 2 == 2 if at.__class__ is int else at[5]

    def _values(self) -> tuple:
        return (self.document, self.start, self.end, self.text, self.sentence_start, self.sentence_end,
                self.dated, self.inferred)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        at, other_at = self._at, other._at  # type: ignore[attr-defined]
        if at.__class__ is int and other_at.__class__ is int:  # (the same values pack the same)
            return at == other_at and self.document == other.document and self.text == other.text  # type: ignore
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"Mention({', '.join(f'{name}={getattr(self, name)!r}' for name in MENTION_FIELDS)})"

    def __reduce__(self):
        return Mention, self._values()


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened (or is due) at a time, with every mention that reports it."""

    id: str
    title: str
    first: dt.date
    last: dt.date
    precision: Precision
    mentions: tuple[Mention, ...]
    sentence: str = ""  # the fullest sentence that reports it
    inferred: bool = False
    explanation: str = ""
    kind: str = ""  # the kind of happening: "visit", "agreement", "summit", "period"...
    period: bool = False  # dated from the table of named historical periods
    # Dated only by the articles that report it (publication date, or the day a dated lead gives): on or
    # shortly before that day; every mention is undated.
    reported: bool = False
    # What the user made of it (issue 9's edits layer sets these; extraction leaves the defaults).
    note: str = ""
    starred: bool = False  # a key event
    edited: bool = False  # its title, date or mentions were changed, or the user added it
    # Its title names no one doing what it tells ("He resigned", "was her second Wimbledon final":
    # `grammar.names_no_actor`), so the reader should check the source sentence. Set by merging when the event is
    # made (its title's tags are at hand there; asked of every title at output, it cost exports 0.3 ms an event),
    # stored with the event (the project file, the event columns), and cleared by the user's own title.
    title_uncertain: bool = False

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the documents that report this event, in first-mention order."""
        return tuple(dict.fromkeys(m.document for m in self.mentions))


@dataclass(frozen=True)
class Timeline:
    """The result of extraction: documents, their events sorted by date, and what went wrong."""

    documents: tuple[Document, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = ()
    # The sha256 of each document's text by id (`edits.document_hash`), when whoever made the timeline had
    # them already (the timeline cache's key, a cached entry): kept so that no text is hashed twice. Only for
    # these documents: a timeline with other documents is made anew, never `replace`d with them.
    text_hashes: Mapping[str, str] | None = field(default=None, compare=False, repr=False)

    def document(self, doc_id: str) -> Document | None:
        """The document with this id: a dict lookup (the window asks once per passage shown)."""
        return self._by_id.get(doc_id)

    @cached_property
    def _by_id(self) -> dict[str, Document]:
        by_id: dict[str, Document] = {}
        for d in self.documents:
            by_id.setdefault(d.id, d)  # the first one wins, as a scan would
        return by_id


def format_date(day: dt.date, precision: Precision) -> str:
    """The contract's date string: YYYY for year and coarser, YYYY-MM for month-ish, YYYY-MM-DD for days."""
    if precision in (Precision.DAY, Precision.WEEK):
        return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    if precision in (Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF):
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def human_date(first: dt.date, last: dt.date, precision: Precision) -> str:
    """A date as a reader says it: "19 June 2024", "June 2024", "2000", "1950–1953", "the 1990s"."""
    if precision == Precision.DAY:
        one = f"{first.day} {_MONTHS[first.month - 1]} {first.year}"
        if last == first:
            return one
        return f"{one} – {last.day} {_MONTHS[last.month - 1]} {last.year}"
    if precision == Precision.WEEK:
        return f"week of {first.day} {_MONTHS[first.month - 1]} {first.year}"
    if precision in (Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF):
        one = f"{_MONTHS[first.month - 1]} {first.year}"
        if (last.year, last.month) == (first.year, first.month):
            return one
        return f"{one} – {_MONTHS[last.month - 1]} {last.year}"
    if precision == Precision.DECADE and last.year - first.year == 9 and first.year % 10 == 0:
        return f"the {first.year}s"
    if precision == Precision.CENTURY and last.year - first.year == 99:
        n = first.year // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    if first.year == last.year:
        return str(first.year)
    return f"{first.year}–{last.year}"
