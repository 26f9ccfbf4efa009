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
import functools
import re
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import attrgetter, is_
from typing import TYPE_CHECKING

from timeline_app.core.collector import collection_paused
from timeline_app.core.lazy import LazyModule
from timeline_app.core.model import Document, Event, Mention, Precision, Timeline

if TYPE_CHECKING:
    import numpy as np
else:
    np = LazyModule("numpy")  # imported when events arrive: an empty window never needs it

INFERRED, REPORTED, PERIOD, EDITED, TITLE_UNCERTAIN = 1, 2, 4, 8, 16


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
        object.__setattr__(self, "_rows", n)
        mention_event = np.repeat(np.arange(n, dtype=np.int32), np.diff(self.mention_ptr))
        known = self.mention_doc >= 0
        object.__setattr__(self, "mention_event", mention_event)
        # Mentions of loaded documents per event: what a source filter counts down from as sources are unchecked.
        known_mentions = np.bincount(mention_event[known], minlength=n).astype(np.int32)
        object.__setattr__(self, "known_mentions", known_mentions)
        object.__setattr__(self, "has_known", known_mentions > 0)
        object.__setattr__(self, "text_frequencies", byte_frequencies(self.text))
        object.__setattr__(self, "passage_frequencies", byte_frequencies(self.passages))
        object.__setattr__(self, "search_cache", _SearchCache())
        object.__setattr__(self, "letter_bits", None)  # see prepare_search
        object.__setattr__(self, "span_letter_bits", None)  # the same, per quoted sentence
        object.__setattr__(self, "_prepare_lock", threading.Lock())

    def __len__(self) -> int:
        return self._rows

    @classmethod
    def empty(cls) -> EventStore:
        """A store of no events that holds no arrays until one is read, so an empty window (the first paint)
        never imports numpy."""
        store = object.__new__(cls)
        for name, value in (("document_ids", ()), ("text", ""), ("passages", ""), ("_rows", 0),
                            ("search_cache", _SearchCache()), ("letter_bits", None), ("span_letter_bits", None),
                            ("_prepare_lock", threading.Lock())):
            object.__setattr__(store, name, value)
        return store

    def __getattr__(self, name: str) -> object:
        # Reached only for an attribute not set: an `empty()` store's arrays, all made on the first read of any
        # (one EventStore() made, as it has them), never read again through here.
        if name.startswith("__") or name not in _EMPTY_ARRAYS:
            raise AttributeError(name)
        made = EventStore().__dict__
        for array_name in _EMPTY_ARRAYS:
            object.__setattr__(self, array_name, made[array_name])
        return made[name]

    @classmethod
    def build(cls, timeline: Timeline) -> EventStore:
        # The collector paused: the build makes ~a million containers and no cycles, and each collection
        # would walk the whole timeline again (3-4x the build's time at 1M events).
        with collection_paused():
            return cls._build(timeline)

    @classmethod
    def _build(cls, timeline: Timeline) -> EventStore:
        doc_ids = tuple(d.id for d in timeline.documents)
        position = _first_positions(doc_ids, _Positions())  # the first document of an id, as Timeline.document
        rows = _event_rows(timeline.events, position)
        return cls._assemble(timeline.documents, doc_ids, *rows)

    def updated(self, old_events: Sequence[Event], timeline: Timeline) -> EventStore | None:
        """The store of `timeline`, whose documents are this store's and whose events are mostly `old_events`
        (this store's rows) again, as the same objects in another order (an edit re-sorts them): the rows of
        those are copied, and only the events not among `old_events` gathered from their fields. None when
        that cannot be done (other documents, or a sentence no row of this store quotes): build it anew. The
        documents must be the very objects this store was built from (as `EventModel` keeps its colours for),
        not only their ids: the passages searched are copied, and a document read anew under the same id (a
        changed file) has other text.
        Copying costs a numpy gather and one slice per row, not the fields of every event nor the lowered
        texts of every quoted document (an edit's new view at 2,000 articles: ~10 ms instead of ~110)."""
        base = self.__dict__.get("_passage_base")
        if base is None or len(old_events) != len(self) or not _same_objects(self.__dict__.get("_documents"),
                                                                             timeline.documents):
            return None
        with collection_paused():
            return self._updated(old_events, timeline, base)

    def _updated(self, old_events: Sequence[Event], timeline: Timeline, base: np.ndarray) -> EventStore | None:
        old_row = dict(zip(map(id, old_events), range(len(old_events))))
        events = timeline.events
        # Each event's row in this store (-1: not there), looked up by identity from C (no frame per event).
        source = np.fromiter(map(old_row.get, map(id, events), repeat(-1)), np.int64, len(events))
        fresh_rows = np.flatnonzero(source < 0)
        fresh = [events[k] for k in fresh_rows.tolist()]
        store = self._spliced(source, fresh, base)
        if store is not None:
            # The rows the edit made (its events not among the old ones): the window finds the edited event
            # among these few rather than indexing every row's id again.
            object.__setattr__(store, "fresh_rows", fresh_rows)
        return store

    def rows_with_documents(self) -> Callable[[Collection[str]], np.ndarray]:
        """A function: document ids -> the rows (ascending) with a mention in one of them, from this store's
        mention columns (it holds only those, not the store): what `edits.apply_edits` looks every event's
        mentions over for otherwise."""
        # The store's id -> position memo (mentions name an id's first position), not a scan of every id per call.
        document_positions, mention_ptr, mention_doc = self.document_positions(), self.mention_ptr, self.mention_doc

        def rows(ids: Collection[str]) -> np.ndarray:
            positions = [document_positions[doc_id] for doc_id in set(ids) if doc_id in document_positions]
            if not positions or not len(mention_doc):
                return np.zeros(0, np.int64)
            at = np.flatnonzero(np.isin(mention_doc, positions))
            return np.unique(np.searchsorted(mention_ptr, at, side="right") - 1)

        return rows

    def spliced(self, source: np.ndarray, fresh: Sequence[Event], documents: tuple[Document, ...]) -> EventStore | None:
        """The store whose row k is this store's row `source[k]`, or, where that is -1, the next of `fresh` (in
        order), over the same `documents`: an edited project's events, cut and joined from its stored rows
        around the few edited ones (`edits._apply_edits_to_columns`), take their store the same way, a gather
        of this one's rows, instead of building it from the columns again. None when that cannot be done (see
        `updated`)."""
        base = self.__dict__.get("_passage_base")
        if base is None or tuple(d.id for d in documents) != self.document_ids \
                or int((source < 0).sum()) != len(fresh) or (len(source) and int(source.max()) >= len(self)):
            return None
        with collection_paused():
            return self._spliced(np.array(source, np.int64), list(fresh), base)

    def _spliced(self, source: np.ndarray, fresh: list[Event], base: np.ndarray) -> EventStore | None:
        n_old = len(self)
        fresh_rows = np.flatnonzero(source < 0)
        (f_starts, f_ends, f_precision, f_starred, f_flags, f_ptr, f_doc, f_sentence_starts, f_sentence_ends,
         f_text, f_text_ptr) = _event_rows(fresh, _first_positions(self.document_ids, _Positions()))
        # The fresh mentions' sentences, found among this store's quoted sentences (an edit moves, renames or
        # re-dates events; it quotes no new sentence): a sentence that is not there needs the passages anew.
        known = f_doc >= 0
        f_span = np.full(len(f_doc), -1, np.int32)
        if known.any():
            doc_of = f_doc[known]
            if (base[doc_of] < 0).any():
                return None
            starts = base[doc_of] + f_sentence_starts[known]
            ends = base[doc_of] + f_sentence_ends[known]
            # Spans are sorted by (start, end): the first span of each start, then the one that also ends there.
            k = np.searchsorted(self.span_starts, starts, side="left")
            k = np.minimum(k, max(len(self.span_starts) - 1, 0))
            while True:
                if not len(self.span_starts):
                    return None
                ok = (self.span_starts[k] == starts) & (self.span_ends[k] == ends)
                if ok.all():
                    break
                step = ~ok & (self.span_starts[k] == starts) & (k + 1 < len(self.span_starts))
                if not step.any():
                    return None
                k = np.where(step, k + 1, k)
            f_span[known] = k
        # Every row of the new store is a row of this one (k < n_old) or a fresh one (n_old + j): gathered from
        # the two stacked.
        source[fresh_rows] = n_old + np.arange(len(fresh), dtype=np.int64)

        def rows(old: np.ndarray, new: np.ndarray) -> np.ndarray:
            return np.concatenate([old, new])[source]

        counts = np.concatenate([np.diff(self.mention_ptr), np.diff(f_ptr)])[source]
        mention_ptr = _pointers(counts)
        firsts = np.concatenate([self.mention_ptr[:-1], f_ptr[:-1] + len(self.mention_doc)])[source]
        # Each new row's mentions: its first mention's place in the stacked mentions, then the next ones.
        taken = np.repeat(firsts - mention_ptr[:-1], counts) + np.arange(int(mention_ptr[-1]), dtype=np.int64)
        mention_doc = np.concatenate([self.mention_doc, f_doc])[taken]
        mention_span = np.concatenate([self.mention_span, f_span])[taken]

        old_text = self.text
        if isinstance(old_text, bytes) and not f_text.isascii():
            old_text = old_text.decode("ascii")
        new_text = _searchable(f_text) if isinstance(old_text, bytes) else f_text
        bounds = np.concatenate([self.text_ptr[:-1], f_text_ptr[:-1] + len(old_text) + 1])[source]
        lengths = np.concatenate([np.diff(self.text_ptr), np.diff(f_text_ptr)])[source]
        # Each row's slice holds its "\n" (the last row of each part gets one here); the store's text has none
        # after its last row.
        newline = b"\n" if isinstance(old_text, bytes) else "\n"
        stacked = old_text + newline + new_text + newline
        text_ptr = _pointers(lengths)
        if isinstance(stacked, bytes):
            # Every byte of every row at once: its row's start in the stacked text, then the next ones.
            taken_bytes = np.repeat(bounds - text_ptr[:-1], lengths) + np.arange(int(text_ptr[-1]), dtype=np.int64)
            text = np.frombuffer(stacked, np.uint8)[taken_bytes].tobytes()[:-1]
        else:
            parts = [stacked[a:a + size] for a, size in zip(bounds.tolist(), lengths.tolist())]
            text = _searchable(newline[:0].join(parts)[:-1])  # the rows not ASCII may be gone: bytes again

        n, width = len(source), max(len(self.document_ids), 1)
        known_all = mention_doc >= 0
        event_of_mention = np.repeat(np.arange(n, dtype=np.int64), counts)
        pair_keys = _distinct(event_of_mention[known_all] * width + mention_doc[known_all])
        source_counts = np.bincount(pair_keys % width, minlength=len(self.document_ids)) \
            if self.document_ids else np.zeros(0, np.int64)
        store = type(self)(self.document_ids, rows(self.starts, f_starts), rows(self.ends, f_ends),
                           rows(self.precision, f_precision), rows(self.starred, f_starred),
                           rows(self.flags, f_flags), mention_ptr, mention_doc, mention_span, text, text_ptr,
                           self.passages, self.span_starts, self.span_ends, source_counts)
        object.__setattr__(store, "_passage_base", base)
        object.__setattr__(store, "_documents", self.__dict__["_documents"])
        return store

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
            text_ptr = _pointers(np.fromiter(map(len, parts), np.int64, len(parts)) + 1)
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
        pair_keys = _distinct(event_of_mention[known] * max(len(doc_ids), 1) + mention_doc[known])
        source_counts = np.bincount(pair_keys % max(len(doc_ids), 1), minlength=len(doc_ids)) \
            if len(doc_ids) else np.zeros(0, np.int64)
        store = cls(doc_ids, starts, ends, precision, starred, flags, mention_ptr, mention_doc, mention_span,
                    text, text_ptr, passages, span_starts, span_ends, source_counts)
        base[~is_quoted] = -1  # each quoted document's offset in `passages`; -1: not there (see `updated`)
        object.__setattr__(store, "_passage_base", base)
        object.__setattr__(store, "_documents", tuple(documents))  # whose texts `passages` copied (see `updated`)
        return store

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
        known = self.mention_doc >= 0
        pairs = _distinct(self.mention_event[known].astype(np.int64) * width + self.mention_doc[known])
        return np.bincount(pairs // width, minlength=n)

    # --- filters: each returns a boolean mask over all rows ---------------------------------------
    def document_positions(self) -> dict[str, int]:
        """Document id -> its position in `document_ids` (made once per store; the first document of an id
        wins, as mentions name it)."""
        positions = self.__dict__.get("_document_positions")
        if positions is None:
            positions = _first_positions(self.document_ids)
            object.__setattr__(self, "_document_positions", positions)
        return positions

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
        cache: _SearchCache = self.search_cache
        hits = cache.get(word)
        if hits is None:
            prefix = cache.longest_prefix(word)
            if prefix is None and np.count_nonzero(candidates) * 40 < len(self):
                # a few rows' texts: cheaper than any scan, not kept
                return self._matching_word_in(word, np.flatnonzero(candidates))
            hits = self._word_hits(word, prefix)
            cache.put(word, hits)
        return hits.rows

    def _word_hits(self, word: str, prefix: _WordHits | None) -> _WordHits:
        """Every row holding `word`; from the offsets of a shorter word it begins with when one is known (the
        previous keystroke's), else by a scan."""
        text, ptr = self.text, self.text_ptr
        needle = _needle_for(text, word)
        if prefix is not None and prefix.text_hits is not None:
            text_hits = _still_matching(text, prefix.text_hits, len(prefix.word), needle)
        elif isinstance(text, bytes) and len(needle) == 1:
            text_hits = None  # one letter is in most texts: no offsets listed
        else:
            text_hits = _find_all(text, needle, self.text_frequencies)
        letter_bits = self.letter_bits
        if text_hits is None and letter_bits is not None and needle[0] in _LETTERS:
            found = (letter_bits & _letter_bit()[needle[0]]) != 0
        elif text_hits is None:
            found = _rows_holding(text, ptr, needle, self.text_frequencies)
        else:
            found = _rows_of(ptr, text_hits, len(text))
        # Passages: the distinct sentences holding the word, then every event quoting one of them.
        passages = self.passages
        p_needle = _needle_for(passages, word)
        span_bits = self.span_letter_bits
        if prefix is not None and prefix.passage_hits is not None:
            passage_hits = _still_matching(passages, prefix.passage_hits, len(prefix.word), p_needle)
        elif span_bits is not None and len(p_needle) == 1 and p_needle[0] in _LETTERS:
            # One letter: a bit per sentence rather than listing its (hundreds of thousands of) offsets.
            passage_hits = None
            span_hit = np.zeros(len(span_bits) + 1, bool)  # the extra slot is -1: no sentence
            np.not_equal(span_bits & _letter_bit()[p_needle[0]], 0, out=span_hit[:-1])
            self._add_span_rows(found, span_hit)
        else:
            passage_hits = _find_all(passages, p_needle, self.passage_frequencies)
        if passage_hits is not None:
            self._add_passage_rows(found, passage_hits, len(word))
        found.flags.writeable = False  # shared by every search that asks for this word
        return _WordHits(word, found, _kept(text_hits, len(text)), _kept(passage_hits, len(passages)))

    def prepare_search(self) -> None:
        """Note, once, which letters and digits each row's own text holds (a 64-bit mask a row, 8 MB at 1M),
        so that a one-letter search (every search's first keystroke) reads a bit per row instead of reducing
        the whole text per row. About 0.3 s at 1M: the window runs it on its thread pool when it gets a
        store; a search before it is done scans as before."""
        with self._prepare_lock:
            if self.letter_bits is not None or not isinstance(self.text, bytes) or not len(self):
                return
            data = np.frombuffer(self.text, np.uint8)
            ptr = self.text_ptr
            n = len(self)
            bits = np.zeros(n, np.uint64)
            step = 1 << 13  # rows a chunk: the per-byte masks of a chunk stay a few MB (8 bytes a byte)
            for a in range(0, n, step):
                b = min(a + step, n)
                lo, hi = int(ptr[a]), min(int(ptr[b]), len(data))
                if hi <= lo:
                    continue
                per_byte = _letter_bit()[data[lo:hi]]
                starts = np.minimum(ptr[a:b] - lo, hi - lo - 1)
                bits[a:b] = np.bitwise_or.reduceat(per_byte, starts)
            bits[ptr[1:] - ptr[:-1] <= 1] = 0  # an empty text: reduceat gave it its neighbour's byte
            if isinstance(self.passages, bytes):
                # The quoted sentences' letters too (a bit mask per sentence, 1.6 MB at 200,000 sentences), so
                # that a first letter finds its sentences without listing each of its offsets.
                object.__setattr__(self, "span_letter_bits",
                                   _letter_bits_of(self.passages, self.span_starts, self.span_ends))
            object.__setattr__(self, "letter_bits", bits)

    def _add_passage_rows(self, found: np.ndarray, hits: np.ndarray, length: int) -> None:
        """Mark in `found` every row quoting a sentence that holds one of `hits` (offsets of a word `length`
        long in the passages)."""
        if not len(hits):
            return
        span_hit = np.zeros(len(self.span_starts) + 1, bool)  # the extra slot is -1: no sentence
        k = np.searchsorted(self.span_starts, hits, side="right") - 1
        ok = (k >= 0) & (hits + length <= self.span_ends[np.maximum(k, 0)])
        span_hit[k[ok]] = True
        self._add_span_rows(found, span_hit)

    def _add_span_rows(self, found: np.ndarray, span_hit: np.ndarray) -> None:
        """Mark in `found` every row quoting a sentence marked in `span_hit` (its last slot, for -1, False)."""
        # np.take rather than fancy indexing: it reads the int32 positions without first copying them to intp.
        found[self.mention_event[np.take(span_hit, self.mention_span)]] = True

    def _matching_word_in(self, word: str, rows: np.ndarray) -> np.ndarray:
        """`word` looked for in these rows' own texts one by one, and in every passage."""
        found = np.zeros(len(self), bool)
        ptr, text = self.text_ptr, self.text
        needle = _needle_for(text, word)
        for row in rows.tolist():
            if text.find(needle, ptr[row], ptr[row + 1] - 1) >= 0:
                found[row] = True
        hits = _find_all(self.passages, _needle_for(self.passages, word), self.passage_frequencies)
        self._add_passage_rows(found, hits, len(word))
        return found


class SourceFilter:
    """The rows a set of unchecked sources leaves shown, over one store, kept up to date change by change.

    It keeps, per row, how many of its mentions name a checked loaded document: unchecking or re-checking a
    few sources only visits their own mentions (one comparison over the mention column per source, then a
    few hundred rows), and "Only this" counts from the one source left rather than from the 9,999 hidden."""

    FEW = 16  # past this many sources changed at once (or shown), one pass over every mention is cheaper

    def __init__(self, store: EventStore) -> None:
        self._store = store
        self._hidden: frozenset[str] = frozenset()
        self._counts: np.ndarray | None = None  # checked known mentions per row; None while none is hidden
        self._buffer: np.ndarray | None = None  # what `_counts` is, once made

    def shown(self, hidden: Iterable[str]) -> np.ndarray | None:
        """The mask of rows shown while `hidden` (ids; unknown ones ignored) are unchecked; None when no loaded
        source is unchecked (every row shown)."""
        store = self._store
        positions = store.document_positions()
        hidden = frozenset(positions.keys() & frozenset(hidden))  # ids not loaded are ignored (in C)
        if not hidden:
            self._hidden, self._counts = hidden, None
            return None
        if self._counts is None and len(hidden) <= self.FEW:
            counts = self._zeroed(len(store))
            counts += store.known_mentions  # from every source checked, less the few unchecked
            self._update(counts, hidden, positions, remove=True)
        elif self._counts is not None and len(hidden ^ self._hidden) <= self.FEW:
            counts = self._counts
            self._update(counts, hidden - self._hidden, positions, remove=True)
            self._update(counts, self._hidden - hidden, positions, remove=False)
        else:
            counts = self._count(hidden, positions)
        self._hidden, self._counts = hidden, counts
        return (counts > 0) | ~store.has_known

    def _update(self, counts: np.ndarray, docs: Iterable[str], positions: Mapping[str, int], remove: bool) -> None:
        """Take the mentions of `docs` off `counts` (or add them back): one comparison over the mention column
        per document, then its own few rows."""
        store = self._store
        for doc in docs:
            rows = store.mention_event[np.flatnonzero(store.mention_doc == positions[doc])]
            (np.subtract if remove else np.add).at(counts, rows, 1)

    def _zeroed(self, n: int) -> np.ndarray:
        """The counts' array, zeroed: the same one each time, so that a change writes over memory already
        mapped rather than having a fresh 4 MB (at 1M rows) faulted in."""
        if self._buffer is None:
            self._buffer = np.zeros(n, np.int32)
        else:
            self._buffer.fill(0)
        return self._buffer

    def _count(self, hidden: frozenset[str], positions: Mapping[str, int]) -> np.ndarray:
        store = self._store
        n = len(store)
        shown_ids = positions.keys() - hidden if len(positions) - len(hidden) <= self.FEW else None
        if shown_ids is not None:
            # Few sources left checked ("Only this"): count their mentions alone.
            counts = self._zeroed(n)
            self._update(counts, shown_ids, positions, remove=False)
            return counts
        is_shown = np.ones(len(store.document_ids) + 1, bool)
        is_shown[[positions[d] for d in hidden]] = False
        is_shown[-1] = False  # the extra slot is -1, no known document: it shows nothing by itself
        counts = self._zeroed(n)
        counts += np.bincount(store.mention_event[is_shown[store.mention_doc]], minlength=n).astype(np.int32)
        return counts


@dataclass(frozen=True, eq=False)
class _WordHits:
    """One word's answer over a store: the rows holding it, and the offsets where it was found in the text and
    the passages (None: not kept, being too many or never listed), from which a longer word is refined."""

    word: str
    rows: np.ndarray
    text_hits: np.ndarray | None
    passage_hits: np.ndarray | None

    def nbytes(self) -> int:
        return self.rows.nbytes + sum(h.nbytes for h in (self.text_hits, self.passage_hits) if h is not None)


class _SearchCache:
    """A store's recently searched words, newest last, within a byte budget: typing "summit" refines each
    keystroke's word from the one before, and deleting a letter finds the shorter word's answer here. Locked:
    the window searches on a pool thread and, after a reset, on the GUI thread."""

    BUDGET = 64 << 20

    def __init__(self) -> None:
        self._words: dict[str, _WordHits] = {}
        self._lock = threading.Lock()

    def get(self, word: str) -> _WordHits | None:
        with self._lock:
            hits = self._words.pop(word, None)
            if hits is not None:
                self._words[word] = hits  # the newest again
            return hits

    def longest_prefix(self, word: str) -> _WordHits | None:
        """The longest cached word that `word` begins with and whose offsets are kept."""
        with self._lock:
            known = [h for w, h in self._words.items()
                     if h.text_hits is not None and h.passage_hits is not None and word.startswith(w)]
        return max(known, key=lambda h: len(h.word), default=None)

    def clear(self) -> None:
        with self._lock:
            self._words.clear()

    def put(self, word: str, hits: _WordHits) -> None:
        with self._lock:
            self._words.pop(word, None)
            self._words[word] = hits
            total = sum(h.nbytes() for h in self._words.values())
            while total > self.BUDGET and len(self._words) > 1:
                oldest = next(iter(self._words))
                total -= self._words.pop(oldest).nbytes()


_LETTERS = b"abcdefghijklmnopqrstuvwxyz0123456789"


@functools.cache
def _letter_bit() -> np.ndarray:
    """A byte's bit in `EventStore.letter_bits` (0: not noted). Made on first use: at import it would bring
    numpy into the empty window's first paint."""
    table = np.zeros(256, np.uint64)
    table[np.frombuffer(_LETTERS, np.uint8)] = np.left_shift(np.uint64(1), np.arange(len(_LETTERS), dtype=np.uint64))
    return table


_KEPT_OFFSETS = 2_000_000  # past this many, a word's offsets are not kept (8 MB as int32)


def _letter_bits_of(text: bytes, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which of `_LETTERS` each span [starts[k], ends[k]) of `text` holds, a 64-bit mask a span (see
    `_letter_bit`); spans in ascending order of start, a few thousand at a time."""
    data = np.frombuffer(text, np.uint8)
    bits = np.zeros(len(starts), np.uint64)
    step = 1 << 13
    for a in range(0, len(starts), step):
        b = min(a + step, len(starts))
        lo, hi = int(starts[a]), min(int(ends[a:b].max()), len(data))
        if hi <= lo:
            continue
        per_byte = np.zeros(hi - lo + 1, np.uint64)  # one slot past the last byte: a span may end there
        per_byte[:-1] = _letter_bit()[data[lo:hi]]
        # Start and end of each span in turn: the even results reduce [start, end), the odd the gaps between.
        bounds = np.empty(2 * (b - a), np.int64)
        bounds[0::2], bounds[1::2] = starts[a:b] - lo, np.minimum(ends[a:b], hi) - lo
        bits[a:b] = np.bitwise_or.reduceat(per_byte, bounds)[0::2]
    bits[ends - starts <= 0] = 0  # an empty span: reduceat gave it the byte at its start
    return bits


def _kept(hits: np.ndarray | None, size: int) -> np.ndarray | None:
    """Offsets worth keeping for refining, in the smallest type that holds them."""
    if hits is None or len(hits) > _KEPT_OFFSETS:
        return None
    hits = hits.astype(np.int32) if size < 2 ** 31 else hits
    hits.flags.writeable = False
    return hits


def _still_matching(text: str | bytes, hits: np.ndarray, known: int, needle: str | bytes) -> np.ndarray:
    """Which of `hits`, the offsets of `needle[:known]` in `text`, are offsets of the whole `needle`: only the
    letters after the first `known` are compared (an occurrence of "summ" is one of "sum" followed by "m")."""
    hits = hits.astype(np.int64)
    if isinstance(text, bytes):
        data = np.frombuffer(text, np.uint8)
        hits = hits[hits + len(needle) <= len(data)]
        for i in range(known, len(needle)):
            if not len(hits):
                break
            hits = hits[data[hits + i] == needle[i]]
        return hits
    return np.fromiter((p for p in hits.tolist() if text.startswith(needle, p)), np.int64)


def _rows_of(ptr: np.ndarray, hits: np.ndarray, size: int) -> np.ndarray:
    """Which of the texts [ptr[k], ptr[k + 1]) of a joined text `size` long hold one of `hits` (offsets in
    it), as a mask."""
    n = len(ptr) - 1
    if len(hits) <= n:  # sorted offsets: a bisection each is cheaper than marking and reducing the whole text
        found = np.zeros(n, bool)
        if len(hits):
            found[np.searchsorted(ptr, hits, side="right") - 1] = True
        return found
    marked = np.zeros(size, np.uint8)
    marked[hits] = 1
    return _any_per_row(marked, ptr)


def _any_per_row(marked: np.ndarray, ptr: np.ndarray) -> np.ndarray:
    """Whether each text [ptr[k], ptr[k + 1]) of a joined text holds a marked byte (`marked`, 0/1 uint8, one
    per byte: maximum.reduceat on bytes is faster than logical_or's on bools)."""
    starts = np.minimum(ptr[:-1], len(marked) - 1)
    found = np.maximum.reduceat(marked, starts).view(bool)
    found &= ptr[1:] > ptr[:-1]  # reduceat gives an empty text its next byte
    return found


def _rows_holding(text: bytes, ptr: np.ndarray, needle: bytes, frequencies: np.ndarray | None = None) -> np.ndarray:
    """Which of the texts [ptr[k], ptr[k + 1]) of the joined `text` hold `needle`, as a mask."""
    n = len(ptr) - 1
    if not n or not needle or len(needle) > len(text):
        return np.zeros(n, bool)
    if len(needle) > 1:
        return _rows_of(ptr, _find_all(text, needle, frequencies), len(text))
    # One letter (the first keystroke) is in most texts: compare every byte and reduce per text, rather than
    # list millions of positions.
    data = np.frombuffer(text, np.uint8)
    return _any_per_row((data == needle[0]).view(np.uint8), ptr)

MENTION_DATED, MENTION_INFERRED = 1, 2


@dataclass(frozen=True, eq=False)
class EventColumns:
    """Events born as columns (by a project file's rows, the extraction stream or a generator), in date order,
    with everything an `Event` holds: the window searches and draws them from these and makes an `Event`
    only for the rows it shows in detail or edits (`ColumnEvents`). Row k's:

    - dates: `starts[k]` is the first day's ordinal, `ends[k]` the last day's + 1; `precision[k]` its rank;
      `starred`, and `flags` (INFERRED | REPORTED | PERIOD | EDITED | TITLE_UNCERTAIN);
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
        position = _first_positions(d.id for d in documents)
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
        mention_ptr = _pointers(table[:, 5])
        text_ptr = _pointers(np.fromiter(map(len, texts), np.int64, n) + 1)  # each row ends with its "\n"
        extra_ptr = _pointers(np.fromiter(map(len, extras), np.int64, n) + 1)
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


# The arrays `EventStore.empty()` makes on first read: the dataclass's own and those `__post_init__` derives.
_EMPTY_ARRAYS = frozenset(("starts", "ends", "precision", "starred", "flags", "mention_ptr", "mention_doc",
                           "mention_span", "text_ptr", "span_starts", "span_ends", "source_counts", "mention_event",
                           "known_mentions", "has_known", "text_frequencies", "passage_frequencies"))


def _event_rows(events: Sequence[Event], position: Mapping[str, int]) -> tuple:
    """The columns of `events` gathered from their fields: (starts, ends, precision, starred, flags,
    mention_ptr, mention_doc, sentence_starts, sentence_ends, text, text_ptr), `text` their lower-cased
    "title\x1fsentence\x1fnote" joined by "\n". `position` maps a document id to its position (-1: none)."""
    n = len(events)
    # One C-level pass gathers every field (a Python frame per event would cost seconds at 1M), then
    # zip(*) turns the rows into columns.
    fields = attrgetter("first", "last", "precision", "starred", "inferred", "reported", "period", "edited",
                        "title_uncertain", "mentions", "title", "sentence", "note")
    (firsts, lasts, precisions, stars, inferred, reported, period, edited, uncertain, mention_lists, titles,
     sentences, notes) = zip(*map(fields, events)) if n else ((),) * 13
    starts = np.fromiter(map(_ordinal, firsts), np.int32, n)
    ends = np.fromiter(map(_ordinal, lasts), np.int32, n) + 1
    # Enum members hash in Python: compare their identities in numpy instead, one pass per precision.
    identities = np.fromiter(map(id, precisions), np.int64, n)
    precision = np.zeros(n, np.int8)
    for member in Precision:
        precision[identities == id(member)] = member.rank
    starred = np.array(stars, bool)
    flags = np.zeros(n, np.uint8)
    for bit, column in ((INFERRED, inferred), (REPORTED, reported), (PERIOD, period), (EDITED, edited),
                        (TITLE_UNCERTAIN, uncertain)):
        flags |= np.array(column, bool).astype(np.uint8) * np.uint8(bit)
    del firsts, lasts, precisions, stars, inferred, reported, period, edited, uncertain
    mention_ptr = _pointers(np.fromiter(map(len, mention_lists), np.int64, n))
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
    text_ptr = _pointers(np.fromiter(map(len, parts), np.int64, n) + 1)  # each row ends with its "\n"
    return (starts, ends, precision, starred, flags, mention_ptr, mention_doc, sentence_starts, sentence_ends,
            text, text_ptr)


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
                 made: dict[int, Event] | None = None,
                 spliced_from: tuple[ColumnEvents, np.ndarray, list[Event]] | None = None) -> None:
        self._documents = documents
        self._columns = columns
        # `made`: rows whose Event is already known (an edited project's edited events, kept as the objects
        # the edits made).
        self._made: dict[int, Event] = dict(made) if made else {}
        self._store: EventStore | None = None
        self._rows_by_id: dict[str, int] | None = None
        # (the events these rows were cut from, each row's row there or -1, the fresh rows' Events in order):
        # the store is then spliced from theirs (`EventStore.spliced`) when they have one. Dropped once used.
        self._spliced_from = spliced_from

    def store(self) -> EventStore:
        if self._store is None:
            spliced_from, self._spliced_from = self._spliced_from, None
            if spliced_from is not None and spliced_from[0]._store is not None:
                previous, source, fresh = spliced_from
                self._store = previous._store.spliced(source, fresh, self._documents)
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
                     starred=bool(c.starred[k]), edited=bool(flags & EDITED),
                     title_uncertain=bool(flags & TITLE_UNCERTAIN))

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
            self._rows_by_id = _first_positions(_firsts(self._columns.extras, self._columns.extra_ptr))
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


def _same_objects(held: tuple[Document, ...] | None, documents: Sequence[Document]) -> bool:
    """Whether `documents` are the very objects `held` (a store's), in the same order."""
    return held is not None and len(held) == len(documents) and all(map(is_, held, documents))


def _first_positions(keys: Iterable[str], positions: dict[str, int] | None = None) -> dict[str, int]:
    """Each key's position, the first where it repeats (as `Timeline.document` takes the first document of an
    id), in `positions` when given (a `_Positions`) else a new dict."""
    out: dict[str, int] = {} if positions is None else positions
    for i, key in enumerate(keys):
        out.setdefault(key, i)
    return out


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
    `frequencies` (see `byte_frequencies`) picks the needle's rarest pair of bytes to start from."""
    if not needle or len(needle) > len(text):
        return np.zeros(0, np.int64)
    if isinstance(text, bytes):
        # Vectorized: positions of the needle's rarest pair of bytes, narrowed byte by byte, the rarer first.
        data = np.frombuffer(text, np.uint8)
        pattern = np.frombuffer(needle, np.uint8)
        last = len(data) - len(pattern) + 1
        rarity = frequencies[pattern] if frequencies is not None else np.ones(len(pattern), np.int64)
        if len(pattern) >= 2:
            # Anchored on the needle's rarest pair of adjacent bytes, compared two at a time ("su" at once).
            pair = int(np.argmin(rarity[:-1] * rarity[1:]))
            positions = _pair_offsets(text, needle[pair:pair + 2]) - pair
            positions = positions[(positions >= 0) & (positions < last)]
            rest = [i for i in np.argsort(rarity, kind="stable").tolist() if i not in (pair, pair + 1)]
        else:
            positions = np.flatnonzero(data[:last] == pattern[0])
            rest = []
        for i in rest:
            if not len(positions):
                break
            positions = positions[data[positions + i] == pattern[i]]
        return positions.astype(np.int64)
    expression = re.compile(f"(?={re.escape(needle)})")
    return np.fromiter((m.start() for m in expression.finditer(text)), np.int64)


_SCAN_CHUNK = 1 << 18
"""Units compared at a time by `_pair_offsets`: its boolean temporaries stay in cache and are reused from one
chunk to the next, instead of two of 25 MB (at 50 MB of text) freshly mapped, and faulted in, per scan."""


def _pair_offsets(data: bytes, pair: bytes) -> np.ndarray:
    """Sorted offsets of the two bytes `pair` in `data`: compared as 16-bit units, at even offsets and at odd."""
    if len(data) < 2:
        return np.zeros(0, np.int64)
    key = np.frombuffer(pair, np.uint16)[0]
    even = np.frombuffer(data, np.uint16, len(data) // 2)
    odd = np.frombuffer(data, np.uint16, (len(data) - 1) // 2, 1)
    parts = []
    same = np.empty(min(_SCAN_CHUNK, len(even)), bool)
    for a in range(0, len(even), _SCAN_CHUNK):
        for units, parity in ((even[a:a + _SCAN_CHUNK], 0), (odd[a:a + _SCAN_CHUNK], 1)):
            hits = np.equal(units, key, out=same[:len(units)])
            found = np.flatnonzero(hits)
            if len(found):
                parts.append((found + a) * 2 + parity)
    if not parts:
        return np.zeros(0, np.int64)
    offsets = np.concatenate(parts)
    offsets.sort()
    return offsets


def _lowered_same_length(text: str) -> str:
    """`text` lower-cased, keeping every offset (a letter that lowers to two characters is kept as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def event_flags(event: Event) -> int:
    """The `flags` bits of one event (for tests and callers that build rows by hand)."""
    return (event.inferred | event.reported << 1 | event.period << 2 | event.edited << 3
            | event.title_uncertain << 4)


class StoredEvents(tuple):
    """`Timeline.events` as Event objects with their `EventStore` built beside them: the window's loader builds
    the store on its worker thread (~130 ms at 2,000 articles), so the GUI thread only takes it (`store()`, as
    `ColumnEvents` offers). A tuple in every other way: equal to, and pickled as, the plain tuple."""

    _store: EventStore

    def store(self) -> EventStore:
        return self._store

    def __reduce__(self):
        return tuple, (tuple(self),)


def with_store(timeline: Timeline) -> Timeline:
    """`timeline` with its events' `EventStore` built now (on the calling thread), handed over with the events.
    Events born as columns build their store on their own (`ColumnEvents.store`): built now too."""
    from dataclasses import replace

    events = timeline.events
    own = getattr(events, "store", None)
    if callable(own):
        own()
        return timeline
    stored = StoredEvents(events)
    stored._store = EventStore.build(timeline)
    return replace(timeline, events=stored)
