"""The window's flat, column-oriented copy of a timeline's events, for filtering a million rows at once.

One numpy array per field (start and end day ordinals, precision, star, flags), the sources as a CSR
(each event's run of document positions, one per mention), and search text as columns rather than one
string per event: titles, sentences and notes lower-cased into one joined string, and the passages found
through the documents' own lower-cased text (each distinct sentence once, however many events quote it).
A filter is an index array of rows; nothing here calls Python per event once the store is built.
Nothing here imports Qt.
"""
from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter

import numpy as np

from timeline_app.core.model import Document, Event, Mention, Precision, Timeline

INFERRED, REPORTED, PERIOD, EDITED = 1, 2, 4, 8


@dataclass(frozen=True, eq=False)
class EventStore:
    """Every event of a timeline as columns, row k = `Timeline.events[k]`."""

    document_ids: tuple[str, ...] = ()
    starts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # first day's ordinal
    ends: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # last day's ordinal + 1
    precision: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))  # Precision.rank
    starred: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    flags: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint8))  # INFERRED | REPORTED | ...
    # CSR of mentions: event k's mentions are [mention_ptr[k], mention_ptr[k + 1]).
    mention_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))
    mention_doc: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # document position, -1 unknown
    mention_span: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # global sentence span, -1 none
    # Titles, sentences and notes, lower-cased, event k's at [text_ptr[k], text_ptr[k + 1]) of `text`.
    text: str | bytes = ""  # bytes when ASCII (searched with numpy), else a str (searched with re)
    text_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))
    # The quoted documents' lower-cased texts joined by "\x00" (bytes when ASCII), and every distinct quoted
    # sentence as a span of it, sorted: one search pass over all sources, however many there are.
    passages: str | bytes = ""
    span_starts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    span_ends: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    # Events per document (each event counted once per document however often it quotes it).
    source_counts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    def __post_init__(self) -> None:
        # Derived once per store (every source toggle and search needs them): the event of each mention, and
        # which events some loaded document reports (the others cannot be hidden by unchecking sources).
        n = len(self.starts)
        mention_event = np.repeat(np.arange(n, dtype=np.int32), np.diff(self.mention_ptr))
        known = self.mention_doc >= 0
        object.__setattr__(self, "mention_event", mention_event)
        object.__setattr__(self, "has_known", np.bincount(mention_event[known], minlength=n) > 0)
        object.__setattr__(self, "text_frequencies", byte_frequencies(self.text))
        object.__setattr__(self, "passage_frequencies", byte_frequencies(self.passages))

    def __len__(self) -> int:
        return len(self.starts)

    @classmethod
    def build(cls, timeline: Timeline) -> EventStore:
        # The collector paused: the build makes ~a million containers and no cycles, and each collection
        # would walk the whole timeline again (3-4x the build's time at 1M events).
        enabled = gc.isenabled()
        gc.disable()
        try:
            return cls._build(timeline)
        finally:
            if enabled:
                gc.enable()

    @classmethod
    def _build(cls, timeline: Timeline) -> EventStore:
        events = timeline.events
        n = len(events)
        doc_ids = tuple(d.id for d in timeline.documents)
        position: dict[str, int] = _Positions()
        for i, d in enumerate(doc_ids):
            position.setdefault(d, i)  # the first document of an id wins, as Timeline.document does
        # One C-level pass gathers every field (a Python frame per event would cost seconds at 1M), then
        # zip(*) turns the rows into columns.
        fields = attrgetter("first", "last", "precision", "starred", "inferred", "reported", "period", "edited",
                            "mentions", "title", "sentence", "note")
        (firsts, lasts, precisions, stars, inferred, reported, period, edited, mention_lists, titles, sentences,
         notes) = zip(*map(fields, events)) if n else ((),) * 12
        starts = np.fromiter(map(_ordinal, firsts), np.int32, n)
        ends = np.fromiter(map(_ordinal, lasts), np.int32, n) + 1
        # Enum members hash in Python: compare their identities in numpy instead, one pass per precision.
        identities = np.fromiter(map(id, precisions), np.int64, n)
        precision = np.zeros(n, np.int8)
        for member in Precision:
            precision[identities == id(member)] = member.rank
        starred = np.array(stars, bool)
        flags = np.zeros(n, np.uint8)
        for bit, column in ((INFERRED, inferred), (REPORTED, reported), (PERIOD, period), (EDITED, edited)):
            flags |= np.array(column, bool).astype(np.uint8) * np.uint8(bit)
        del firsts, lasts, precisions, stars, inferred, reported, period, edited
        counts = np.fromiter(map(len, mention_lists), np.int64, n)
        mention_ptr = np.zeros(n + 1, np.int64)
        np.cumsum(counts, out=mention_ptr[1:])
        mentions = list(chain.from_iterable(mention_lists))
        m_count = len(mentions)
        documents, sentence_starts, sentence_ends = zip(
            *map(attrgetter("document", "sentence_start", "sentence_end"), mentions)) if m_count else ((), (), ())
        mention_doc = np.fromiter(map(position.__getitem__, documents), np.int32, m_count)
        sentence_starts = np.array(sentence_starts, np.int64)
        sentence_ends = np.array(sentence_ends, np.int64)
        del documents
        del mentions, mention_lists

        parts = list(map("{}\x1f{}\x1f{}".format, titles, sentences, notes))
        del titles, sentences, notes
        joined = "\n".join(parts)
        text = joined.lower()
        if len(text) != len(joined):  # a rare letter lowers to two ("İ"): lower each apart
            parts = [p.lower() for p in parts]
            text = "\n".join(parts)
        text_ptr = np.zeros(n + 1, np.int64)
        np.cumsum(np.fromiter(map(len, parts), np.int64, n) + 1, out=text_ptr[1:])
        del parts, joined
        return cls._assemble(timeline.documents, doc_ids, starts, ends, precision, starred, flags, mention_ptr,
                             mention_doc, sentence_starts, sentence_ends, text, text_ptr)

    @classmethod
    def from_columns(cls, documents: tuple[Document, ...], columns: EventColumns) -> EventStore:
        """The store of events born as columns (no `Event` object made): see `EventColumns`."""
        c = columns
        doc_ids = tuple(d.id for d in documents)
        text, text_ptr = c.texts.lower(), c.text_ptr
        if len(text) != len(c.texts):  # a rare letter lowers to two ("İ"): lower each event apart
            bounds = c.text_ptr.tolist()
            parts = [c.texts[a:b - 1].lower() for a, b in zip(bounds, bounds[1:])]
            text = "\n".join(parts)
            text_ptr = np.zeros(len(c) + 1, np.int64)
            np.cumsum(np.fromiter(map(len, parts), np.int64, len(parts)) + 1, out=text_ptr[1:])
        return cls._assemble(documents, doc_ids, c.starts, c.ends, c.precision, c.starred, c.flags, c.mention_ptr,
                             c.mention_doc, c.sentence_start, c.sentence_end, text, text_ptr)

    @classmethod
    def _assemble(cls, documents, doc_ids, starts, ends, precision, starred, flags, mention_ptr, mention_doc,
                  sentence_starts, sentence_ends, text, text_ptr) -> EventStore:
        n, m_count = len(starts), len(mention_doc)
        counts = np.diff(mention_ptr)
        # Distinct (document, sentence) spans: each is searched once, whatever number of events quote it. The
        # quoted documents' texts are joined by "\x00" in document order (one no event quotes is never
        # searched), so a span's offsets in the joined text sort it by document, start, end: all spans are
        # found at once, with no step per document.
        known = mention_doc >= 0
        lengths = np.fromiter(map(len, (d.text for d in documents)), np.int64, len(documents))
        is_quoted = np.zeros(len(documents), bool)
        is_quoted[mention_doc[known]] = True
        quoted = np.flatnonzero(is_quoted)
        sizes = lengths[quoted] + 1
        base = np.zeros(len(documents), np.int64)
        base[quoted] = np.cumsum(sizes) - sizes
        doc_of = mention_doc[known]
        joined_starts = base[doc_of] + sentence_starts[known]
        joined_ends = base[doc_of] + sentence_ends[known]
        order = np.lexsort((joined_ends, joined_starts))
        sorted_starts, sorted_ends = joined_starts[order], joined_ends[order]
        first_of_span = np.ones(len(order), bool)
        first_of_span[1:] = (sorted_starts[1:] != sorted_starts[:-1]) | (sorted_ends[1:] != sorted_ends[:-1])
        span_of_known = np.empty(len(order), np.int64)
        span_of_known[order] = np.cumsum(first_of_span) - 1
        mention_span = np.full(m_count, -1, np.int32)
        mention_span[known] = span_of_known
        span_starts, span_ends = sorted_starts[first_of_span], sorted_ends[first_of_span]
        passages = _searchable("\x00".join([_lowered_same_length(documents[i].text) for i in quoted.tolist()]))
        text = _searchable(text)

        event_of_mention = np.repeat(np.arange(n, dtype=np.int64), counts)
        known = mention_doc >= 0
        pair_keys = _distinct(event_of_mention[known] * max(len(doc_ids), 1) + mention_doc[known])
        source_counts = np.bincount(pair_keys % max(len(doc_ids), 1), minlength=len(doc_ids)) \
            if len(doc_ids) else np.zeros(0, np.int64)
        return cls(doc_ids, starts, ends, precision, starred, flags, mention_ptr, mention_doc, mention_span,
                   text, text_ptr, passages, span_starts, span_ends, source_counts)

    # --- per row -----------------------------------------------------------------------------------
    def source_positions(self, row: int) -> tuple[int, ...]:
        """Positions (in `document_ids`) of the documents reporting `row`, in first-mention order."""
        docs = self.mention_doc[self.mention_ptr[row]:self.mention_ptr[row + 1]]
        return tuple(dict.fromkeys(int(d) for d in docs if d >= 0))

    def sources(self, row: int) -> tuple[str, ...]:
        """Ids of the documents reporting `row` (== `Event.sources`, read from the columns)."""
        return tuple(self.document_ids[d] for d in self.source_positions(row))

    def event_text(self, row: int) -> str:
        """The row's own lower-cased title, sentence and note, as searched (joined by "\x1f")."""
        text = self.text[self.text_ptr[row]:self.text_ptr[row + 1] - 1]
        return text.decode("ascii") if isinstance(text, bytes) else text

    def source_count_per_event(self) -> np.ndarray:
        """How many distinct loaded documents report each row (len(Event.sources), for sorting)."""
        n, width = len(self), max(len(self.document_ids), 1)
        event_of_mention = np.repeat(np.arange(n, dtype=np.int64), np.diff(self.mention_ptr))
        known = self.mention_doc >= 0
        pairs = _distinct(event_of_mention[known] * width + self.mention_doc[known])
        return np.bincount(pairs // width, minlength=n)

    # --- filters: each returns a boolean mask over all rows ---------------------------------------
    def shown_by_sources(self, hidden: Iterable[str]) -> np.ndarray:
        """Rows that some shown source reports, or that no known source reports (they can't be hidden)."""
        n = len(self)
        hidden = set(hidden)
        hidden_positions = [i for i, d in enumerate(self.document_ids) if d in hidden] if hidden else []
        if not hidden_positions:
            return np.ones(n, bool)
        # The extra slot is -1, no known document: such a mention shows nothing by itself.
        is_shown = np.ones(len(self.document_ids) + 1, bool)
        is_shown[hidden_positions] = False
        is_shown[-1] = False
        shown = np.bincount(self.mention_event[is_shown[self.mention_doc]], minlength=n) > 0
        return shown | ~self.has_known

    def matching(self, needle: str, within: np.ndarray | None = None) -> np.ndarray:
        """Rows whose title, sentence, note or quoted passages hold every word of `needle` (lower-cased,
        whitespace-separated); `within`, a mask, limits the rows worth looking at (a refined search)."""
        n = len(self)
        words = needle.lower().split()
        result = np.ones(n, bool) if within is None else within.copy()
        for word in dict.fromkeys(words):
            if not result.any():
                break
            result &= self._matching_word(word, result)
        return result

    def _matching_word(self, word: str, candidates: np.ndarray) -> np.ndarray:
        n = len(self)
        found = np.zeros(n, bool)
        few = np.flatnonzero(candidates)
        ptr, text = self.text_ptr, self.text
        needle = _needle_for(text, word)
        if len(few) * 40 < n:
            for row in few.tolist():
                if text.find(needle, ptr[row], ptr[row + 1] - 1) >= 0:
                    found[row] = True
        elif isinstance(text, bytes):
            found = _rows_holding(text, ptr, needle, self.text_frequencies)
        else:
            hits = _find_all(text, needle)
            if len(hits):
                found[np.searchsorted(ptr, hits, side="right") - 1] = True
        # Passages: the distinct sentences holding the word, then every event quoting one of them.
        span_hit = np.zeros(len(self.span_starts) + 1, bool)  # the extra slot is -1: no sentence
        hits = _find_all(self.passages, _needle_for(self.passages, word), self.passage_frequencies)
        if len(hits):
            k = np.searchsorted(self.span_starts, hits, side="right") - 1
            ok = (k >= 0) & (hits + len(word) <= self.span_ends[np.maximum(k, 0)])
            span_hit[k[ok]] = True
            found[self.mention_event[span_hit[self.mention_span]]] = True
        return found


def _rows_holding(text: bytes, ptr: np.ndarray, needle: bytes, frequencies: np.ndarray | None = None) -> np.ndarray:
    """Which of the texts [ptr[k], ptr[k + 1]) of the joined `text` hold `needle`, as a mask."""
    n = len(ptr) - 1
    if not n or not needle or len(needle) > len(text):
        return np.zeros(n, bool)
    data = np.frombuffer(text, np.uint8)
    if len(needle) == 1:
        # One letter (the first keystroke) is in most texts: compare every byte and reduce per text, rather
        # than list millions of positions.
        marked = data == needle[0]
    else:
        hits = _find_all(text, needle, frequencies)
        if len(hits) <= n // 4:
            found = np.zeros(n, bool)
            found[np.searchsorted(ptr, hits, side="right") - 1] = True
            return found
        marked = np.zeros(len(data), bool)
        marked[hits] = True
    starts = np.minimum(ptr[:-1], len(data) - 1)
    found = np.logical_or.reduceat(marked, starts)
    found &= ptr[1:] > ptr[:-1]  # reduceat gives an empty text its next byte
    return found



MENTION_DATED, MENTION_INFERRED = 1, 2


@dataclass(frozen=True, eq=False)
class EventColumns:
    """Events born as columns (by a project file's rows, the extraction stream or a generator), in date order,
    with everything an `Event` holds: the window searches and draws them from these and makes an `Event`
    only for the rows it shows in detail or edits (`ColumnEvents`). Row k's:

    - dates: `starts[k]` is the first day's ordinal, `ends[k]` the last day's + 1; `precision[k]` its rank;
      `starred`, and `flags` (INFERRED | REPORTED | PERIOD | EDITED);
    - mentions [mention_ptr[k], mention_ptr[k + 1]): the document's position in the timeline's documents,
      the date phrase [mention_start, mention_end) and its sentence, `mention_bits` (MENTION_DATED |
      MENTION_INFERRED); a mention's text is its document's text at the phrase;
    - "title\x1fsentence\x1fnote" at [text_ptr[k], text_ptr[k + 1] - 1) of `texts` (events joined by "\n"),
      and "id\x1fexplanation\x1fkind" likewise in `extras` (no field holds "\x1f").
    """

    starts: np.ndarray
    ends: np.ndarray
    precision: np.ndarray
    starred: np.ndarray
    flags: np.ndarray
    mention_ptr: np.ndarray
    mention_doc: np.ndarray
    mention_start: np.ndarray
    mention_end: np.ndarray
    sentence_start: np.ndarray
    sentence_end: np.ndarray
    mention_bits: np.ndarray
    texts: str
    text_ptr: np.ndarray
    extras: str
    extra_ptr: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)

    @classmethod
    def from_events(cls, documents: tuple[Document, ...], events: Iterable[Event]) -> EventColumns:
        """The columns of `events` (in date order; each mention's document among `documents`): a column
        builder for callers that have Event objects, one event at a time."""
        position = {}
        for i, d in enumerate(documents):
            position.setdefault(d.id, i)
        rows: list[tuple] = []
        mentions: list[tuple[int, int, int, int, int, int]] = []
        texts: list[str] = []
        extras: list[str] = []
        for e in events:
            rows.append((e.first.toordinal(), e.last.toordinal() + 1, e.precision.rank, e.starred, event_flags(e),
                         len(e.mentions)))
            mentions.extend((position[m.document], m.start, m.end, m.sentence_start, m.sentence_end,
                             m.dated * MENTION_DATED | m.inferred * MENTION_INFERRED) for m in e.mentions)
            texts.append(f"{e.title}\x1f{e.sentence}\x1f{e.note}")
            extras.append(f"{e.id}\x1f{e.explanation}\x1f{e.kind}")
        n = len(rows)
        table = np.array(rows, np.int64).reshape(n, 6)
        m = np.array(mentions, np.int64).reshape(len(mentions), 6)
        mention_ptr, text_ptr, extra_ptr = (np.zeros(n + 1, np.int64) for _ in range(3))
        np.cumsum(table[:, 5], out=mention_ptr[1:])
        np.cumsum(np.fromiter(map(len, texts), np.int64, n) + 1, out=text_ptr[1:])
        np.cumsum(np.fromiter(map(len, extras), np.int64, n) + 1, out=extra_ptr[1:])
        return cls(table[:, 0].astype(np.int32), table[:, 1].astype(np.int32), table[:, 2].astype(np.int8),
                   table[:, 3].astype(bool), table[:, 4].astype(np.uint8), mention_ptr, m[:, 0].astype(np.int32),
                   m[:, 1], m[:, 2], m[:, 3], m[:, 4], m[:, 5].astype(np.uint8), "\n".join(texts), text_ptr,
                   "\n".join(extras), extra_ptr)


    @classmethod
    def concatenated(cls, parts: Sequence[tuple[EventColumns, int, int]]) -> EventColumns:
        """Rows [a, b) of each part's columns, one part after another: how an edited project's events are
        made from its stored rows and the few edited ones, by slicing and joining whole runs (C-level copies,
        a Python step per run rather than per row)."""
        parts = [(c, a, b) for c, a, b in parts if b > a]
        if not parts:
            return cls.from_events((), ())

        def rows(name: str) -> np.ndarray:
            return np.concatenate([getattr(c, name)[a:b] for c, a, b in parts])

        def mentions(name: str) -> np.ndarray:
            return np.concatenate([getattr(c, name)[c.mention_ptr[a]:c.mention_ptr[b]] for c, a, b in parts])

        def joined(name: str, ptr_name: str) -> tuple[str, np.ndarray]:
            # Rows a..b-1 of a joined column, without the separator after the last: "\n".join adds those.
            text = "\n".join([getattr(c, name)[int(getattr(c, ptr_name)[a]):int(getattr(c, ptr_name)[b]) - 1]
                              for c, a, b in parts])
            return text, _pointers(np.concatenate([np.diff(getattr(c, ptr_name)[a:b + 1]) for c, a, b in parts]))

        texts, text_ptr = joined("texts", "text_ptr")
        extras, extra_ptr = joined("extras", "extra_ptr")
        mention_ptr = _pointers(np.concatenate([np.diff(c.mention_ptr[a:b + 1]) for c, a, b in parts]))
        return cls(rows("starts"), rows("ends"), rows("precision"), rows("starred"), rows("flags"), mention_ptr,
                   mentions("mention_doc"), mentions("mention_start"), mentions("mention_end"),
                   mentions("sentence_start"), mentions("sentence_end"), mentions("mention_bits"), texts,
                   text_ptr, extras, extra_ptr)


def _pointers(lengths: np.ndarray) -> np.ndarray:
    """CSR pointers (n + 1, from 0) of rows of these lengths."""
    ptr = np.zeros(len(lengths) + 1, np.int64)
    np.cumsum(lengths, out=ptr[1:])
    return ptr


_PRECISIONS = tuple(sorted(Precision, key=lambda p: p.rank))


class ColumnEvents(Sequence[Event]):
    """`Timeline.events` for events born as columns: the `EventStore` comes straight from the columns, and
    each `Event` is made the first time a row is asked for (then kept), so a million events cost their
    columns, not a million Python objects. Iterating makes every Event (exports do; the window does not)."""

    def __init__(self, documents: tuple[Document, ...], columns: EventColumns,
                 made: dict[int, Event] | None = None) -> None:
        self._documents = documents
        self._columns = columns
        # `made`: rows whose Event is already known (an edited project's edited events, kept as the objects
        # the edits made).
        self._made: dict[int, Event] = dict(made) if made else {}
        self._store: EventStore | None = None
        self._rows_by_id: dict[str, int] | None = None

    def store(self) -> EventStore:
        if self._store is None:
            self._store = EventStore.from_columns(self._documents, self._columns)
        return self._store

    def __len__(self) -> int:
        return len(self._columns)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, int):
            event = self._made.get(k)  # a row already made costs one dict look-up (a view asks per frame)
            if event is not None:
                return event
        elif isinstance(k, slice):
            return tuple(self[i] for i in range(*k.indices(len(self))))
        n = len(self._columns.starts)
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError(k)
        event = self._made.get(k)
        if event is None:
            event = self._made[k] = self._make(k)
        return event

    def __iter__(self) -> Iterator[Event]:
        return map(self.__getitem__, range(len(self)))

    def _make(self, k: int) -> Event:
        c = self._columns
        t0, t1 = c.text_ptr[k:k + 2].tolist()
        e0, e1 = c.extra_ptr[k:k + 2].tolist()
        title, sentence, note = c.texts[t0:t1 - 1].split("\x1f")
        event_id, explanation, kind = c.extras[e0:e1 - 1].split("\x1f")
        mentions = []
        a, b = c.mention_ptr[k:k + 2].tolist()
        # Python ints by slices' tolist(): indexing numpy scalars one by one costs several times more.
        for doc_at, start, end, s_start, s_end, bits in zip(
                c.mention_doc[a:b].tolist(), c.mention_start[a:b].tolist(), c.mention_end[a:b].tolist(),
                c.sentence_start[a:b].tolist(), c.sentence_end[a:b].tolist(), c.mention_bits[a:b].tolist()):
            doc = self._documents[doc_at]
            mentions.append(Mention(doc.id, start, end, doc.text[start:end], s_start, s_end,
                                    dated=bool(bits & MENTION_DATED), inferred=bool(bits & MENTION_INFERRED)))
        flags = int(c.flags[k])
        return Event(event_id, title, dt.date.fromordinal(int(c.starts[k])),
                     dt.date.fromordinal(int(c.ends[k]) - 1), _PRECISIONS[int(c.precision[k])], tuple(mentions),
                     sentence=sentence, inferred=bool(flags & INFERRED), explanation=explanation, kind=kind,
                     period=bool(flags & PERIOD), reported=bool(flags & REPORTED), note=note,
                     starred=bool(c.starred[k]), edited=bool(flags & EDITED))

    def __eq__(self, other: object) -> bool:
        # Equal to the tuple of the same Events (a project read as columns equals the timeline it stored);
        # comparing makes every Event, as iterating does.
        if isinstance(other, (tuple, ColumnEvents)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"ColumnEvents({len(self)} events)"

    @property
    def columns(self) -> EventColumns:
        return self._columns

    @property
    def documents(self) -> tuple[Document, ...]:
        return self._documents

    def ids(self) -> list[str]:
        """Every row's event id, from the ids column (no Event made)."""
        return _firsts(self._columns.extras, self._columns.extra_ptr)

    def title_key(self, row: int) -> tuple[dt.date, dt.date, str]:
        """(first, last, title) of `row`, the order merging gives, from the columns (no Event made)."""
        c = self._columns
        t0, t1 = c.text_ptr[row:row + 2].tolist()
        return (dt.date.fromordinal(int(c.starts[row])), dt.date.fromordinal(int(c.ends[row]) - 1),
                c.texts[t0:t1 - 1].split("\x1f", 1)[0])

    def made_count(self) -> int:
        """How many rows have had their Event made so far."""
        return len(self._made)

    def row_of(self, event_id: str) -> int:
        """The first row of `event_id` (-1: none), from the ids column: no Event is made."""
        if self._rows_by_id is None:
            ids = _firsts(self._columns.extras, self._columns.extra_ptr)
            self._rows_by_id = {}
            for row, event_id_ in enumerate(ids):
                self._rows_by_id.setdefault(event_id_, row)
        return self._rows_by_id.get(event_id, -1)

    def titles(self) -> list[str]:
        """Every row's title, from the text column (for sorting by title without making Events)."""
        return _firsts(self._columns.texts, self._columns.text_ptr)


def _firsts(joined: str, ptr: np.ndarray) -> list[str]:
    """The first "\x1f"-separated field of each row of a joined column (rows sliced by `ptr`, as a field may
    hold a line break)."""
    bounds = ptr.tolist()
    return [joined[a:b - 1].split("\x1f", 1)[0] for a, b in zip(bounds, bounds[1:])]


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (numpy.unique's hash path is several times slower on millions of ints here)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


class _Positions(dict):
    """Document id -> position; an id no document has is -1 (looked up from C through map())."""

    def __missing__(self, key: str) -> int:
        return -1


_ordinal = dt.date.toordinal  # called through map(): no Python frame per date


def _searchable(text: str) -> str | bytes:
    """ASCII text as bytes (one byte per character, so offsets hold) for numpy's search; other text as is."""
    return text.encode("ascii") if text.isascii() else text


def _needle_for(text: str | bytes, word: str) -> str | bytes:
    """`word` in the type of the text it is looked for in (a word that is not ASCII is in no ASCII text: its
    UTF-8 bytes then match nothing there)."""
    return word.encode("utf-8") if isinstance(text, bytes) else word


def byte_frequencies(text: str | bytes) -> np.ndarray:
    """How common each byte is in `text` (a sample of it: every 61st byte), for `_find_all` to start from the
    needle's rarest byte; all ones for text that is not bytes."""
    if not isinstance(text, bytes):
        return np.ones(256, np.int64)
    return np.bincount(np.frombuffer(text, np.uint8)[::61], minlength=256)


def _find_all(text: str | bytes, needle: str | bytes, frequencies: np.ndarray | None = None) -> np.ndarray:
    """Start offsets of every occurrence of `needle` in `text` (overlapping ones too, as `in` would find);
    `frequencies` (see `byte_frequencies`) picks the needle's rarest byte to start from."""
    if not needle or len(needle) > len(text):
        return np.zeros(0, np.int64)
    if isinstance(text, bytes):
        # Vectorized: positions of the needle's rarest byte ("su": the "u", not the common "s"), narrowed byte
        # by byte, the rarer bytes first.
        data = np.frombuffer(text, np.uint8)
        pattern = np.frombuffer(needle, np.uint8)
        last = len(data) - len(pattern) + 1
        order = np.argsort(frequencies[pattern], kind="stable").tolist() if frequencies is not None \
            else list(range(len(pattern)))
        anchor = order[0]
        positions = np.flatnonzero(data[anchor:anchor + last] == pattern[anchor])
        for i in order[1:]:
            if not len(positions):
                break
            positions = positions[data[positions + i] == pattern[i]]
        return positions.astype(np.int64)
    expression = re.compile(f"(?={re.escape(needle)})")
    return np.fromiter((m.start() for m in expression.finditer(text)), np.int64)


def _lowered_same_length(text: str) -> str:
    """`text` lower-cased, keeping every offset (a letter that lowers to two characters is kept as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def event_flags(event: Event) -> int:
    """The `flags` bits of one event (for tests and callers that build rows by hand)."""
    return event.inferred | event.reported << 1 | event.period << 2 | event.edited << 3
