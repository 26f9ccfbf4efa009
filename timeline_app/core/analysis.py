"""The per-document work of a load: one document in, its candidate events and news out.

Documents are independent until the cross-document steps (`news.resolve_news`, `merging.merge`), so this
is a pure, top-level function of one `Document`: the pipeline runs it in the loading thread, in a process
pool, or on a Dask cluster, and caches its result by content (`core/analysis_cache.py`). Everything here
pickles (for the pool) and encodes to plain JSON (for the cache, which must never unpickle).
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import traceback
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter

from dateutil.relativedelta import relativedelta

from timeline_app.core.collector import collection_paused
from timeline_app.core.extraction import _UNSET, CANDIDATE_FIELDS, Candidate
from timeline_app.core.model import Document, Mention, Precision
from timeline_app.core.news import NewsItem
from timeline_app.core.progress import CharProgress, check_cancelled, check_every
from timeline_app.core.references import ReferencePlan

# Bumped by hand when what an analysis holds changes shape; rule changes are caught by the hash of the
# core's source files (analysis_cache.extractor_version), so they need no bump. 2: `references`;
# 3: zlib-compressed JSON lines, repeated strings numbered; 4: a news item's `statement`; 5: its `quoting`;
# 6: its `own_simple_past`; 7: `dropped`; 8: `waiting`.
ANALYSIS_FORMAT = 8


@dataclass(frozen=True)
class DocumentProblem:
    """A problem of one document's analysis, without its path (the same text may be read from elsewhere)."""

    message: str
    level: str  # Problem.ERROR or Problem.WARNING


@dataclass(frozen=True)
class DocumentAnalysis:
    """What the per-document stages found in one document.

    `candidates` is None when tagging or extraction failed: the document is then not loaded, and
    `problems` says why. `news` are the article's undated happenings, for `news.resolve_news`.
    `references` are its references to its own dated happenings, worked out from `candidates` and waiting
    for the news that `news.resolve_news` keeps (`references.finish_references`); None when that failed
    (the pipeline then tries the whole of it again, and names the failure). `dropped` are the date phrases no
    calendar date can hold ("300 BC": (start, end, why), `temporal.tag_stream`'s), found by the tagging itself,
    for the article's note (the window tagged every article a second time for them). `waiting` are the date
    phrases of an article with no publication date that one would date ("on Thursday", "yesterday", a year-less
    "July 28": (start, end), `temporal.waits_for_reference`), found by the same tagging, so the window can say
    that its news waits for a date; empty for an article with one.
    """

    candidates: tuple[Candidate, ...] | None
    news: tuple[NewsItem, ...] = ()
    problems: tuple[DocumentProblem, ...] = ()
    references: ReferencePlan | None = None
    dropped: tuple[tuple[int, int, str], ...] = ()
    waiting: tuple[tuple[int, int], ...] = ()


def _failure(exc: BaseException) -> str:
    return traceback.format_exception_only(type(exc), exc)[-1].strip()


_SHARED_KEPT = 4096  # values `analyse_document` remembers while it shares the candidates' strings as they come
# The fields shared as the candidates come: a sentence's dates share its title and names, and a relative date's
# explanation ("“Tuesday” counted from the publication date") repeats across sentences (9,476 explanations of
# 1 MB of dense news were 1,544 objects of 1,156 values: 0.1 bytes per character more, alive until the end).
_SHARED_AS_MADE = ("title", "actors", "explanation")


# The per-document work runs with the cyclic collector paused (core/collector.py; a context manager made with
# @contextmanager is also a decorator): it allocates hundreds of thousands of small containers (tokens, spans,
# candidates) and makes no reference cycles, so the collections they triggered found nothing to free, walking
# memory the work no longer touched (5-7% of the map's CPU time by gc.callbacks: few instructions, many cache
# misses).


# How many of the tagger's expressions are found ahead of the walks reading them (about 5,000 characters of dense
# news; 45 KB of expressions).
_TAGGED_AHEAD = 256


class _ProgressFailed(BaseException):
    """A progress callback's own failure, carried past the stages' containment (which catches `Exception`: the
    callbacks are called from inside the tagger and the walks) to be raised as itself by `analyse_document`."""

    def __init__(self, failure: Exception) -> None:
        super().__init__(failure)
        self.failure = failure


@collection_paused()
def analyse_document(doc: Document, *, dates: CharProgress | None = None,
                     events: CharProgress | None = None) -> DocumentAnalysis:
    """Tag `doc`'s time expressions, extract its candidate events and find its undated news.

    `dates` and `events` are the progress callbacks of the two passes (offsets into the text); either may
    raise `Cancelled`, which passes through, as does anything else they raise. A failure of a stage is the
    document's problem, never raised.
    """
    try:
        return _analyse_document(doc, dates, events)
    except _ProgressFailed as failed:
        raise failed.failure from None


def _analyse_document(doc: Document, dates: CharProgress | None, events: CharProgress | None) -> DocumentAnalysis:
    from timeline_app.core import extraction, news, temporal

    skipped: list[int] = []  # offsets of phrases a stage could not read: counted, the rest goes on
    length = len(doc.text)
    # Tagging, extraction and news are one pass over the document: the tagger hands out its expressions as it
    # finds them (`temporal.tag_stream`), and extraction and news each read them as they come, a sentence at a
    # time (`streamed`), through `itertools.tee`, which keeps an expression only until both have read it. So
    # the document's expressions never all exist at once (20,000 of 1 MB of dense news were 3.6 bytes per
    # character, and freed out of order they left as much again the allocator could not give back); neither
    # walk holds anything per sentence for the whole document (the candidates and news items found are what
    # grows). The bar counts the one pass as the two it was (the dates' half, then the events'): the furthest
    # the tagger reached (it may run ahead over a stretch with no date) plus the furthest either walk did.
    reached = [0, 0]  # the tagger's, the walks'

    def report() -> None:
        done = reached[0] + reached[1]
        try:
            if done <= length:
                if dates is not None:
                    dates(done)
            elif events is not None:
                events(done - length)
        except Exception as exc:  # noqa: BLE001 - the caller's, not a stage's: raised as itself (`_ProgressFailed`)
            raise _ProgressFailed(exc) from exc

    def tagger_reached(at: int) -> None:
        reached[0] = max(reached[0], min(at, length))
        report()

    def walk_reached(at: int) -> None:
        reached[1] = max(reached[1], min(at, length))
        report()

    tag_failure: list[Exception] = []
    dropped: list[tuple[int, int, str]] = []
    # (Asked of the tagger only without a date: with one, nothing waits, and the tagger is spared the test.)
    waiting: list[tuple[int, int]] | None = [] if doc.published is None else None

    def tagged() -> Iterator:
        # A failure of the tagger is the document's ("could not find dates"), not one of the walks': they see
        # the expressions end there, and the failure is reported once they are done.
        # (Taken _TAGGED_AHEAD at a time: the tagger and the walks each run in bursts rather than taking turns at
        # every expression, fewer switches between their working sets.)
        try:
            stream = temporal.tag_stream(doc.text, reference=doc.published, day_first=doc.day_first,
                                         furniture=doc.excluded, stories=doc.story_days, progress=tagger_reached,
                                         on_error=lambda offset, _exc: skipped.append(offset), dropped=dropped,
                                         waiting=waiting)
            while True:
                check_cancelled()
                batch = list(itertools.islice(stream, _TAGGED_AHEAD))
                if not batch:
                    break
                yield from batch
                del batch  # (before the next is taken: only one is held here)
        except Exception as exc:  # noqa: BLE001 - one document's failure is that document's problem
            tag_failure.append(exc)

    def could_not_tag() -> DocumentAnalysis:
        return DocumentAnalysis(None, problems=(DocumentProblem(f"could not find dates: {_failure(tag_failure[0])}",
                                                                "error"),))

    report()
    for_extraction, for_news = itertools.tee(tagged())
    news_failure: BaseException | None = None
    try:
        walk = extraction.MentionWalk(doc, for_extraction, progress=walk_reached, streamed=True,
                                      on_error=lambda start, _end, _exc: skipped.append(start))
    except Exception as exc:  # noqa: BLE001
        return DocumentAnalysis(None, problems=(DocumentProblem(f"could not find events: {_failure(exc)}", "error"),))
    check_cancelled()
    reader: news.NewsWalk | news.StoriesNewsWalk | None = None
    try:
        reader = news.news_walk(doc, for_news, progress=walk_reached, streamed=True)
    except Exception as exc:  # noqa: BLE001 - the article's dated events still load
        news_failure = exc
    check_cancelled()
    del for_extraction, for_news  # (a walk that does not read them holds none: `tee` keeps what a reader will)
    try:
        news_steps = iter(()) if reader is None else reader.steps()
        # Each candidate made its own title: one object per repeated one as they come (19,000 titles of 1 MB
        # of dense news held 1.5 MB), before news adds its own structures.
        shared: dict = {}
        done = news_done = 0
        extraction_at = news_at = 0
        for extraction_at in walk.steps():
            check_cancelled()  # (each sentence: progress is reported only every PROGRESS_STEP characters)
            # (Titles, and names for news' items below: a sentence's names and date phrases are one object each
            # already.) Each sentence is read from the document from here on: the walk's copy goes once the walk
            # is past it.
            if len(walk.out) > done:  # (a sentence with no candidate, most undated ones, has nothing to hold)
                made = walk.out[done:]
                extraction.hold_sentences(doc, made)
                extraction.share_strings(made, shared, _SHARED_AS_MADE, phrases=False)
                done = len(walk.out)
                if len(shared) > _SHARED_KEPT:
                    shared.clear()  # equal values are a sentence's or its neighbours' (the pass below does the rest)
            while reader is not None and news_at <= extraction_at:
                check_cancelled()  # (news may walk many sentences to catch up with one step of extraction's)
                try:
                    news_at = next(news_steps, length + 1)
                except Exception as exc:  # noqa: BLE001 - the article's dated events still load
                    # (The failure's traceback holds the walk's frame, so the walk: it lets go of its
                    # expressions, or the tee would buffer every later one for it.)
                    reader.stop()
                    news_failure, reader, news_steps = exc, None, iter(())
            if reader is not None and len(reader.out) > news_done:
                # News' items as they come too: each held its sentence as a string and its own set of names
                # (equal to the walk's), alive until the pass below (0.5 bytes per character of dense news).
                made = [item.candidate for item in reader.out[news_done:]]
                extraction.hold_sentences(doc, made)
                extraction.share_strings(made, shared, _SHARED_AS_MADE, phrases=False)
                news_done = len(reader.out)
        del shared
        if tag_failure:
            return could_not_tag()
        tagger_reached(length)  # (it is done: extraction has read every expression)
        check_cancelled()
        candidates = walk.finish()
        walk_reached(length)
    except Exception as exc:  # noqa: BLE001
        if tag_failure:  # (a walk that failed on what the failed tagger left: the tagger's failure is the cause)
            return could_not_tag()
        return DocumentAnalysis(None, problems=(DocumentProblem(f"could not find events: {_failure(exc)}", "error"),))
    return settled_analysis(doc, candidates, reader, news_steps, news_failure, skipped, dropped,
                            lambda: could_not_tag() if tag_failure else None, waiting or ())


def settled_analysis(doc: Document, candidates: list[Candidate], reader, news_steps: Iterator[int],
                     news_failure: BaseException | None, skipped: list[int], dropped: list[tuple[int, int, str]],
                     tag_failed: Callable[[], DocumentAnalysis | None],
                     waiting: Iterable[tuple[int, int]] = ()) -> DocumentAnalysis:
    """The analysis of `doc` once its walks are done: extraction's `candidates` (`MentionWalk.finish`'s), the news
    `reader` (a `news.NewsWalk`, None when it failed with `news_failure`) with the sentences it has left to read
    (`news_steps`), the offsets of the passages `skipped`, the date phrases `dropped` and `waiting`; `tag_failed()` is the
    failed analysis to give when the tagger failed (None when it did not). Also core/split.py's end of a
    document walked in pieces."""
    from timeline_app.core import extraction, references

    problems: list[DocumentProblem] = []
    if skipped:
        n = len(skipped)
        problems.append(DocumentProblem(
            f"{n} passage{'s' if n != 1 else ''} could not be read for dates and {'were' if n != 1 else 'was'} "
            f"skipped (first at character {min(skipped)}); the rest of the article loaded", "warning"))
    found: list[NewsItem] = []
    if reader is not None:
        try:
            for _at in news_steps:  # the sentences after the last dated one
                pass
            check_cancelled()
            found = reader.result()
            # Extraction's own reported happenings ("had fallen by a metre since Thursday night": measured up to
            # the report) are of the article's news day, as its undated news is.
            candidates = [reader.at_story_day(c) if c.reported else c
                          for c in check_every(reader.without_deck_repeats(candidates), 1024)]
        except Exception as exc:  # noqa: BLE001 - the article's dated events still load
            news_failure = exc
    failed = tag_failed()  # (met by news only when extraction stopped before the end)
    if failed is not None:
        return failed
    if news_failure is not None:
        problems.append(DocumentProblem(f"could not find the article's undated news: {_failure(news_failure)}",
                                        "warning"))
        found = []
    try:
        # Its own references here, with the rest of its work: only the part that hears the news settled
        # across articles waits for the pipeline (its sentences' tagging and checks are the costly part).
        check_cancelled()
        plan: ReferencePlan | None = references.plan_references(doc, candidates)
    except Exception:  # noqa: BLE001 - the pipeline runs it again whole and reports the failure there
        plan = None
    # News and references made their own titles, sentences and names: one object with the candidates' equal
    # ones, in every path (held until the pipeline's own pass; a worker pickles each shared object once).
    made = [*candidates, *(item.candidate for item in found), *(() if plan is None else (c for _f, _s, c in plan.found))]
    extraction.hold_sentences(doc, made)
    extraction.share_strings(made)
    del made
    return DocumentAnalysis(tuple(candidates), tuple(found), tuple(problems), plan, tuple(dropped), tuple(waiting))


def analyse_documents(docs: list[Document]) -> list[DocumentAnalysis]:
    """`analyse_document` over a chunk: one task of the process pool or of a Dask cluster."""
    return [analyse_document(doc) for doc in docs]


# --- rows: what a worker process sends back ------------------------------------------------------------
# Pickling a frozen, slotted dataclass goes through its Python-level __getstate__/__setstate__, field by field:
# about 22 µs a candidate each way, as much as the parent's whole share of the map. A tuple of its fields
# pickles in C (3 µs) and is rebuilt by its constructor (10 µs with the unpickling). Equal strings made one
# object first (`share_strings`, at the end of `analyse_document`) are pickled once, and arrive shared.

# The candidate's mention travels as its three slots (`doc_id`, `_at`, `_phrase`): the int its offsets and flags
# are packed in pickles in C, and the candidate is rebuilt from them with no Mention made and packed again
# (a Mention's eight fields, each a property call, then `pack_mention` in Python, were most of a row's cost).
_MENTION_SLOTS = ("doc_id", "_at", "_phrase")
# After its mention, the fields as stored: the six rarely set ones travel as their one `_rare` slot (None for
# most candidates), so a row is shorter and rebuilding it makes no tuple of defaults to compare and drop.
# The sentence travels as a string, read from its slot (`_sentence`): see `_candidate_row`.
_CANDIDATE_FIELDS = tuple("_sentence" if name == "sentence" else name
                          for name in CANDIDATE_FIELDS[1:CANDIDATE_FIELDS.index("explanation") + 1]) + ("_rare",)
_MENTION_WIDTH = len(_MENTION_SLOTS)


# All of a candidate's row in one call in C (a generator of getattr calls took about 1 µs a field in Python).
_CANDIDATE_ROW = attrgetter(*_MENTION_SLOTS, *_CANDIDATE_FIELDS)
_SENTENCE_AT = _MENTION_WIDTH + _CANDIDATE_FIELDS.index("_sentence")


def _candidate_row(c: Candidate, sentences: dict[str, str]) -> tuple:
    row = _CANDIDATE_ROW(c)
    held = row[_SENTENCE_AT]
    if held.__class__ is not str:
        # Read from its document: one string per distinct sentence of the document (`sentences`), so that a
        # sentence's candidates pickle it once and arrive sharing it, as when they held it (`share_strings`).
        text = c.sentence
        row = row[:_SENTENCE_AT] + (sentences.setdefault(text, text),) + row[_SENTENCE_AT + 1:]
    return row


def _row_candidate(row: tuple) -> Candidate:
    # (`_at` is the packed int, or a malformed mention held as given: the candidate holds either as it was.)
    return Candidate(_UNSET, *row[_MENTION_WIDTH:-1], _rare=row[-1], doc_id=row[0], _at=row[1], _phrase=row[2])


def pack_analyses(analyses: Iterable[DocumentAnalysis]) -> list[tuple]:
    """`analyses` as plain tuples for a worker to pickle back to the pipeline (`unpack_analyses` undoes it)."""
    packed = []
    for a in analyses:
        plan = a.references
        sentences: dict[str, str] = {}  # (one document's)
        packed.append((
            None if a.candidates is None else [_candidate_row(c, sentences) for c in a.candidates],
            [(_candidate_row(n.candidate, sentences), n.index, n.dated_nearby, n.role, n.simple_past, n.statement,
              n.quoting, n.own_simple_past) for n in a.news],
            [(p.message, p.level) for p in a.problems],
            None if plan is None else (plan.document, plan.length, plan.families,
                                       [(f, sentence, _candidate_row(c, sentences))
                                        for f, sentence, c in plan.found], plan.stories),
            a.dropped, a.waiting))
    return packed


@collection_paused()  # (the pipeline keeps what it rebuilds: tens of thousands of objects a chunk, no cycles)
def unpack_analyses(packed: Iterable[tuple]) -> list[DocumentAnalysis]:
    """The analyses `pack_analyses` packed, equal to those it was given."""
    out = []
    for rows, news_rows, problems, plan, dropped, waiting in packed:
        out.append(DocumentAnalysis(
            None if rows is None else tuple(_row_candidate(row) for row in rows),
            tuple(NewsItem(_row_candidate(row), index, dated_nearby, role, simple_past, statement, quoting, own)
                  for row, index, dated_nearby, role, simple_past, statement, quoting, own in news_rows),
            tuple(DocumentProblem(message, level) for message, level in problems),
            None if plan is None else ReferencePlan(plan[0], plan[1], plan[2], tuple(
                (f, sentence, _row_candidate(row)) for f, sentence, row in plan[3]), plan[4]),
            dropped, waiting))
    return out


@collection_paused()  # (the chunk's analyses and their rows: the worker's whole task)
def analyse_packed(function: Callable[[list[Document]], list[DocumentAnalysis]], docs: list[Document]) -> list[tuple]:
    """`function(docs)` packed (`pack_analyses`): a task of the process pool."""
    return pack_analyses(function(docs))


# --- The cache's encoding: zlib-compressed JSON lines ----------------------------------------------------
# One line per candidate (compact lists rather than objects: a document holds a candidate per date),
# compressed as it is written, so a document's encoding never exists whole uncompressed: a dense article's
# JSON was about 6 bytes per character of its text, and the pieces and their join 13 MB at once for 1 MB of
# news (the peak of a first load). A mention's text is its document's text[start:end] and its document is
# the one analysed, so neither is stored. A string field (title, sentence, explanation, kind...) or a set of
# names is written out the first time it occurs and then as its number in order of first occurrence, so a
# sentence's dates store its title and sentence once and decode to one shared object (not a copy each).

_LEVEL = 6  # zlib's default: the JSON lines shrink about 5-10 times


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


@functools.lru_cache(maxsize=8192)  # a corpus repeats its dates: one date object per distinct day
def _undate(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


_PRECISIONS = {p.value: p for p in Precision}


class _Numbering:
    """The writer's side: a value the first time it occurs (as `written`, by default itself), then its number
    in order of first occurrence."""

    def __init__(self) -> None:
        self._numbers: dict[object, int] = {}

    def code(self, value: object, written: object = None) -> object:
        number = self._numbers.get(value)
        if number is None:
            self._numbers[value] = len(self._numbers)
            return value if written is None else written
        return number


class _Numbered:
    """The reader's side of `_Numbering`: a number is a value read before, anything else a new value."""

    def __init__(self, kind: type, make: Callable[[object], object] | None = None) -> None:
        self._values: list = []
        self._kind = kind  # what a new value is written as
        self._make = make

    def value(self, coded: object) -> object:
        if type(coded) is int:
            return self._values[coded]
        if type(coded) is not self._kind:
            raise ValueError(f"not a {self._kind.__name__} or a number: {coded!r}")
        value = coded if self._make is None else self._make(coded)
        self._values.append(value)
        return value


def _encode_candidate(c: Candidate, strings: _Numbering, names: _Numbering) -> list:
    offset = None if c.offset is None else [c.offset.years, c.offset.months, c.offset.days]
    return [c.start, c.end, c.sentence_start, c.sentence_end, c.dated, c.mention_inferred,
            _day(c.first), _day(c.last), c.precision.value, strings.code(c.kind), strings.code(c.title),
            strings.code(c.sentence), names.code(c.actors, sorted(c.actors)), c.inferred,
            strings.code(c.explanation), c.period, offset, strings.code(c.anchor_kind), strings.code(c.relation),
            None if c.referent is None else list(c.referent), c.reported]


def _decode_candidate(row: list, doc: Document, strings: _Numbered, names: _Numbered, texts: dict[str, str]
                      ) -> Candidate:
    (start, end, sentence_start, sentence_end, dated, inferred_mention, first, last, precision, kind, title,
     sentence, actors, inferred, explanation, period, offset, anchor_kind, relation, referent, reported) = row
    text = doc.text[start:end]
    text = texts.setdefault(text, text)  # a date phrase repeated in the article: one object
    mention = Mention(doc.id, start, end, text, sentence_start, sentence_end, dated=dated, inferred=inferred_mention)
    return Candidate(mention, _undate(first), _undate(last), _PRECISIONS[precision], strings.value(kind),
                     strings.value(title), strings.value(sentence), names.value(actors), inferred,
                     strings.value(explanation), period,
                     None if offset is None else relativedelta(years=offset[0], months=offset[1], days=offset[2]),
                     strings.value(anchor_kind), strings.value(relation), None if referent is None else tuple(referent),
                     reported)


def _lines(analysis: DocumentAnalysis) -> Iterator[str]:
    """The JSON lines of `analysis`, one candidate at a time: a head [format, number of candidates (-1: the
    analysis failed), number of news, problems, number of references found (-1: no plan), dropped date phrases
    [start, end, why], date phrases waiting for a publication date [start, end]], the candidates,
    the news [candidate, index, dated_nearby, role, simple_past, statement, quoting, own_simple_past], then with a plan its [length,
    families] and its references found [family, sentence start, candidate]. ASCII (other characters as \\u escapes,
    which read back as they were). The plan's document is the decoding one, as a mention's is."""
    def dumps(value: object) -> str:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":")) + "\n"

    candidates, plan = analysis.candidates, analysis.references
    yield dumps([ANALYSIS_FORMAT, -1 if candidates is None else len(candidates), len(analysis.news),
                 [[p.message, p.level] for p in analysis.problems], -1 if plan is None else len(plan.found),
                 [list(d) for d in analysis.dropped], [list(w) for w in analysis.waiting]])
    strings, names = _Numbering(), _Numbering()
    for c in candidates or ():
        yield dumps(_encode_candidate(c, strings, names))
    for n in analysis.news:
        yield dumps([_encode_candidate(n.candidate, strings, names), n.index, n.dated_nearby, n.role, n.simple_past,
                     n.statement, n.quoting, n.own_simple_past])
    if plan is not None:
        yield dumps([plan.length, [[f, opens, news, _day(first), _day(last)]
                                   for f, (opens, news, first, last) in plan.families.items()]])
        for f, sentence, c in plan.found:
            yield dumps([f, sentence, _encode_candidate(c, strings, names)])


def encode_analysis(analysis: DocumentAnalysis) -> bytes:
    """`analysis` as the cache stores it (see `decode_analysis`): its JSON lines compressed as they are made."""
    packer = zlib.compressobj(_LEVEL)
    out = [packer.compress(line.encode("ascii")) for line in _lines(analysis)]
    out.append(packer.flush())
    return b"".join(out)


def _read_lines(data: bytes, chunk: int = 1 << 16) -> Iterator[bytes]:
    """The lines of zlib-compressed `data`, inflated a chunk at a time (never the whole text at once)."""
    unpacker = zlib.decompressobj()
    rest = b""
    view = memoryview(data)
    try:
        for k in range(0, len(data), chunk):
            rest += unpacker.decompress(view[k:k + chunk])
            *lines, rest = rest.split(b"\n")
            yield from lines
        rest += unpacker.flush()
    except zlib.error as exc:  # not a ValueError: say it as one, as decode_analysis promises
        raise ValueError(f"the analysis is not zlib data ({exc})") from exc
    if not unpacker.eof:
        raise ValueError("the analysis is cut short")
    yield from rest.split(b"\n")


def _next(lines: Iterator[bytes]) -> bytes:
    """The next line of an entry. A plain next() would raise StopIteration on a short entry, which inside a
    generator expression turns into RuntimeError (PEP 479) and escapes the cache's "unreadable entry" handling."""
    line = next(lines, None)
    if line is None:
        raise ValueError("fewer lines than the analysis counts")
    return line


def decode_analysis(data: bytes, doc: Document) -> DocumentAnalysis:
    """The analysis `encode_analysis` wrote, its mentions pointing into `doc`. Raises ValueError (also for data
    zlib cannot inflate and for an entry with fewer lines than its head counts), KeyError, TypeError or
    IndexError on anything not written by this version."""
    lines = (line for line in _read_lines(data) if line)
    head = json.loads(next(lines, b"null"))
    if not isinstance(head, list) or not head or head[0] != ANALYSIS_FORMAT:
        raise ValueError(f"analysis format {head[0] if isinstance(head, list) and head else head!r}")
    _format, n_candidates, n_news, problems, n_references, dropped, waiting = head
    strings, names, texts = _Numbered(str), _Numbered(list, frozenset), {}
    candidates = None if n_candidates < 0 else tuple(
        _decode_candidate(json.loads(_next(lines)), doc, strings, names, texts) for _ in range(n_candidates))
    found = []
    for _ in range(n_news):
        row, index, dated_nearby, role, simple_past, statement, quoting, own_simple_past = json.loads(_next(lines))
        found.append(NewsItem(_decode_candidate(row, doc, strings, names, texts), index, dated_nearby, role,
                              simple_past, statement, quoting, own_simple_past))
    plan = None
    if n_references >= 0:
        length, families = json.loads(_next(lines))
        references = []
        for _ in range(n_references):
            family, sentence, row = json.loads(_next(lines))
            references.append((family, sentence, _decode_candidate(row, doc, strings, names, texts)))
        plan = ReferencePlan(doc.id, length, {f: (opens, news, _undate(first), _undate(last))
                                              for f, opens, news, first, last in families}, tuple(references),
                              tuple(at for at, _day in doc.story_days))  # (the stories: in the cache's key)
    if next(lines, None) is not None:
        raise ValueError("more lines than the analysis counts")
    return DocumentAnalysis(candidates, tuple(found), tuple(DocumentProblem(message, level)
                                                            for message, level in problems), plan,
                            tuple((start, end, why) for start, end, why in dropped),
                            tuple((start, end) for start, end in waiting))
