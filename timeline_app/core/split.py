"""One large document analysed in pieces over the process pool, with the answers of one serial pass.

The tagger reads the whole text once, in this process (`temporal.tag_stream`: cheap beside the walks). The text is
cut at paragraph starts that no time phrase runs across, and each piece's sentences are read by the two walks
(`extraction.MentionWalk`, `news.NewsWalk`) in a worker, at the same time as the pieces before it. Extraction
carries nothing from one dated sentence to the next (`MentionWalk.PIECE_ROLES`); news carries the headline's and
the last sentences' state. A piece after the first cannot know the state the walk had when it reached the cut, so
its worker guesses it: it reads the first sentences (the headline and the lead), then a few sentences before the
cut, and walks the piece from the state that gives. Here, the state the walk truly had at the end of the piece
before (walked from its own true state) is compared WHOLE with the guessed one (`carried_state`: every attribute
of the walk but those its class names as written only, the document's own, or its input); only when they are
equal is the piece's reading kept, since the walk's answers depend on nothing else. Otherwise the piece is read
again, in this process, from the true state. A walk that reads what it was said only to write (a piece's outputs
are write-only, `_WriteOnly`) or any other failure of the pieces makes the document analysed whole, serially.

Then, as `analysis.analyse_document` does: extraction's passes over the whole text, news' settling, references.

Memory: the tagger's expressions are not kept here (the serial walk streams them): each is joined into the whole
walk's layout as it is found, and a piece's go to its worker packed (`pack_piece`), bytes kept only until its
result is read. Each piece's result is let go once its candidates are made here. (10 MB: this process's peak
237 -> 200 MB; the serial walk in one process peaks at 146 MB.) A piece's candidates come as the serial walk holds
its own as it makes them: their sentences read from the document (not sent), their equal titles one object; they
came with a string per sentence and per title, ~3 bytes a character alive here until the whole walk's end (3 MB:
this process's peak 19.4 -> 15.8 times the input).

What is left is glibc's: memory the pool's threads freed and glibc kept. Each task carried the whole document, pickled
again by the pool's feeder thread (a buffer the size of the text, and more, each time), in that thread's own heap,
which glibc gives back only from its top and above a threshold that grows with the largest block freed: it stayed
resident, never reused by this thread's work (10 MB: 20 MB of it by the tagging's end). The document is written once
to a file each worker reads once (`DocumentFile`). And each piece's result is unpickled by the pool's thread that
reads results: after each, the pages glibc holds free are given back (`release_freed_memory`). (10 MB, over the
set-up: the RSS at the tagging's end 9.5 -> 7.5 times the input, at the pieces' end 10.3 -> 9.5 with the pages given
back; the peak over the walk 11.1 -> 10.1.)
"""
from __future__ import annotations

import bisect
import os
import pickle
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from timeline_app.core.analysis import (_CANDIDATE_ROW, _SENTENCE_AT, _SHARED_AS_MADE, DocumentAnalysis,
                                        _candidate_row, _row_candidate, analyse_document, settled_analysis)
from timeline_app.core.collector import collection_paused
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Document, TimeExpression
from timeline_app.core.news import NewsItem
from timeline_app.core.progress import CharProgress, check_cancelled, check_every

# A document at least this long (characters) is walked in pieces when the pool has more than one worker.
SPLIT_MIN_CHARS = 256_000
# About how long a piece is: several per worker, so that a piece read again here after a mismatch costs little
# and the pieces finish about together.
PIECE_CHARS = 128_000
# The tagger's expressions between two checks for Cancel while this process tags the whole text.
_CHECK_EXPRESSIONS = 64
# Sentences read before a cut to guess news' state there (it looks back a few sentences: `_TOLD_AGAIN_BACK`),
# and from the document's start for the headline's state.
WARM_UP_SENTENCES = 8
HEAD_SENTENCES = 12


class OutputRead(BaseException):
    """A walk read an attribute its class names an output: the piece's reading is not to be trusted. (Not an
    Exception: the walks contain their own failures per sentence with `except Exception`.)"""


class _WriteOnly:
    """An output of a piece's walk: the container `held` may only be added to (append, extend, add, item set)."""

    __slots__ = ("held",)

    def __init__(self, held: list | set | dict) -> None:
        self.held = held

    def append(self, item: object) -> None:
        self.held.append(item)  # type: ignore[union-attr]

    def extend(self, items) -> None:
        self.held.extend(items)  # type: ignore[union-attr]

    def add(self, item: object) -> None:
        self.held.add(item)  # type: ignore[union-attr]

    def __setitem__(self, key: object, value: object) -> None:
        self.held[key] = value  # type: ignore[index]

    def _read(self, *_args: object) -> None:
        raise OutputRead

    __getitem__ = __contains__ = __iter__ = __len__ = __bool__ = _read

    def __getattr__(self, name: str) -> None:
        raise OutputRead


def _roles(walk: object) -> dict[str, str]:
    return type(walk).PIECE_ROLES  # type: ignore[attr-defined]


def carried_state(walk: object) -> dict[str, object]:
    """Every attribute of `walk` that a later sentence's reading may depend on: all of them but those its class's
    `PIECE_ROLES` names (outputs, the document's own, the input, memos by sentence)."""
    roles = _roles(walk)
    return {name: value for name, value in vars(walk).items() if name not in roles}


def _copied(state: dict[str, object]) -> dict[str, object]:
    # (The walk changes its containers in place: a state given to two walks, or kept to compare, is copied.)
    return {name: value.copy() if isinstance(value, (dict, set, list)) else value for name, value in state.items()}


def _outputs(walk: object) -> dict[str, _WriteOnly]:
    """Fresh write-only outputs put in `walk` (in place of its own), by name."""
    made = {}
    for name, role in _roles(walk).items():
        if role == "output":
            held = getattr(walk, name)
            made[name] = _WriteOnly(type(held.held if isinstance(held, _WriteOnly) else held)())
    for name, sink in made.items():
        setattr(walk, name, sink)
    return made


# --- cuts ----------------------------------------------------------------------------------------------------

def paragraph_cuts(doc: Document, piece_chars: int = PIECE_CHARS) -> list[int]:
    """Indexes of sentences at which the text may be cut, about every `piece_chars` characters: each opens a
    paragraph (a blank line before it), and no earlier sentence runs on past its start (extraction's blocks,
    `_Layout`, begin there too). A time phrase may still run across one: `analyse_in_pieces` drops such a cut."""
    text, sentences = doc.text, doc.sentences
    cuts: list[int] = []
    reach = 0  # the furthest end of the sentences before
    want = piece_chars
    for i, sent in enumerate(sentences):
        if sent.start >= want and i > 0 and reach <= sent.start and _opens_paragraph(text, sent.start):
            cuts.append(i)
            want = sent.start + piece_chars
        reach = max(reach, sent.end)
    if cuts and len(text) - sentences[cuts[-1]].start < piece_chars // 4:
        cuts.pop()  # (a last piece of a few sentences is not worth a task)
    return cuts


def _opens_paragraph(text: str, at: int) -> bool:
    before = text[max(0, at - 64):at].rstrip(" \t")
    return before.endswith("\n") and before[:-1].rstrip(" \t").endswith("\n")


# --- a piece, in a worker -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Piece:
    """Sentences [start, stop) of a document to walk, with the expressions of sentences [warm, stop) and those of
    the first `HEAD_SENTENCES` (`head`). `state`: news' true state at `start`, or None to guess it (reading the
    head, then sentences [warm, start))."""

    start: int
    stop: int
    warm: int
    expressions: tuple[TimeExpression, ...]
    head: tuple[TimeExpression, ...] = ()
    state: dict | None = None


@dataclass(frozen=True)
class PieceResult:
    started: dict | None  # news' state at the cut as guessed (None: the piece was given its true state)
    ended: dict  # news' state at the piece's end
    candidates: list  # extraction's candidates, as rows (`analysis._candidate_row`)
    news: dict  # news' outputs by attribute (its items as rows)
    skipped: list[int]


def _expressions_from(expressions: Sequence[TimeExpression], offset: int) -> Sequence[TimeExpression]:
    k = bisect.bisect_left([e.start for e in expressions], offset)
    return expressions[k:]


# The document of a worker's last piece, and its extraction blocks (`extraction.layout_blocks`), by what the task
# named it by: the file it was written to once (`DocumentFile`), read once by each worker; or the document itself
# (tests, a file that could not be written), whose equal copy is read as the one held: the memos of whole-text
# answers (`grammar.document_names(text)`, asked per sentence) are keyed by the text, and a copy equal to the one
# they hold is compared with it character by character at every ask (10 MB: ~2 ms, a thousand times a second),
# where the same object is found at once. Its blocks, made once, serve each of its pieces (10 MB: 0.7 s a piece).
_held: list[tuple[object, Document, tuple]] = []


@dataclass(frozen=True)
class DocumentFile:
    """A document written once to a file for the pool's workers (`sent_document`): each piece's task names it by
    this, and each worker reads it once. (When each task carried the document, this process pickled it again for
    every task: a transient copy, and more, of the whole text each time, 10 MB for 10 MB, in glibc's heap.)"""

    path: str
    key: str  # (one sending's own: a path may be used again once its file is gone)

    def read(self) -> Document:
        with open(self.path, "rb") as file:
            head = pickle.loads(file.read(int.from_bytes(file.read(8), "little")))
            return replace(head, text=file.read().decode("utf-8", "surrogatepass"))


# The text is written in pieces of this many characters, each encoded alone: pickling the text whole would
# keep its UTF-8 form alive in it here (CPython caches it in a str that is not ASCII) for as long as it lives.
_WRITTEN_CHARS = 1 << 20


@contextmanager
def sent_document(doc: Document) -> Iterator[Document | DocumentFile]:
    """`doc` as the pieces' tasks name it: a `DocumentFile`, removed when done; `doc` itself (pickled with every
    task) when no file can be written."""
    try:
        handle, path = tempfile.mkstemp(prefix="timeline-app-", suffix=".document")
    except OSError:
        yield doc
        return
    try:
        try:
            with os.fdopen(handle, "wb") as file:
                head = pickle.dumps(replace(doc, text=""), protocol=pickle.HIGHEST_PROTOCOL)
                file.write(len(head).to_bytes(8, "little"))
                file.write(head)
                text = doc.text
                for at in range(0, len(text), _WRITTEN_CHARS):
                    file.write(text[at:at + _WRITTEN_CHARS].encode("utf-8", "surrogatepass"))
        except OSError:
            yield doc
        else:
            yield DocumentFile(path, uuid.uuid4().hex)
    finally:
        try:
            os.remove(path)
        except OSError:
            pass


def _as_held(doc: Document | DocumentFile) -> tuple[Document, tuple]:
    """The document `doc` names, the one held when it names that (else read, or `doc`, now held), and its
    blocks."""
    from timeline_app.core import extraction

    if _held and (_held[0][0] is doc or _held[0][0] == doc):
        return _held[0][1], _held[0][2]
    document = doc.read() if isinstance(doc, DocumentFile) else doc
    _held[:] = [(doc, document, extraction.layout_blocks(document))]
    return _held[0][1], _held[0][2]


def walk_packed_piece(doc: Document | DocumentFile, packed: bytes) -> PieceResult:
    """`walk_piece` in a worker: the piece as `pack_piece` made it, the document read as the one held."""
    held, blocks = _as_held(doc)
    return walk_piece(held, pickle.loads(packed), blocks)


def pack_piece(piece: Piece) -> bytes:
    """A piece as the task sends it. (Made once, here: its expressions are kept as these bytes, about a fifth of
    their objects' memory, until the piece's result is taken, for a walk again here after a mismatch.)"""
    return pickle.dumps(piece, protocol=pickle.HIGHEST_PROTOCOL)


@collection_paused()  # (as `analysis.analyse_document`: many small objects, no cycles)
def walk_piece(doc: Document, piece: Piece, blocks: tuple | None = None) -> PieceResult:
    """Both walks over `piece`'s sentences. `blocks`: the document's `extraction.layout_blocks`, if made."""
    from timeline_app.core import extraction, news

    sentences = doc.sentences
    start_at = sentences[piece.start].start
    skipped: list[int] = []
    reader = news.NewsWalk(doc, _expressions_from(piece.expressions, sentences[piece.warm].start if piece.state
                                                  is None else start_at))
    started = None
    if piece.state is not None:
        vars(reader).update(_copied(piece.state))
    elif piece.start > 0:
        if piece.warm > 0:
            # The headline's state: the first sentences read by a walk of their own.
            head = news.NewsWalk(doc, piece.head)
            _outputs(head)
            for _ in head.steps(0, min(HEAD_SENTENCES, piece.warm)):
                pass
            for name in ("head", "lead", "story", "lead_has_no_news", "deceased", "_headline_title", "ended"):
                setattr(reader, name, getattr(head, name))
        # Then the sentences before the cut.
        _outputs(reader)
        for _ in reader.steps(piece.warm, piece.start):
            pass
        started = _copied(carried_state(reader))
    found = _outputs(reader)
    walk = extraction.MentionWalk(doc, _expressions_from(piece.expressions, start_at),
                                  on_error=lambda at, _end, _exc: skipped.append(at), blocks=blocks)
    candidates = walk.out = _WriteOnly([])  # type: ignore[assignment]
    news_steps = reader.steps(piece.start, piece.stop)
    news_at = -1
    for at in walk.steps():  # (in step, as `analysis.analyse_document` reads them: the sentences' memos serve both)
        while news_at <= at:
            news_at = next(news_steps, len(doc.text) + 1)
    for _ in news_steps:
        pass
    # (The piece's own candidates, not sorted: `MentionWalk.finish` sorts the whole document's.) Their sentences
    # read from the document and their equal titles, names and explanations one object each, as
    # `analysis.analyse_document` holds its candidates as it makes them: a sentence read from the document is not
    # sent (`_piece_row`), and a shared value is pickled once.
    news_items = found["out"].held
    made = [*candidates.held, *(n.candidate for n in news_items)]
    extraction.hold_sentences(doc, made)
    extraction.share_strings(made, None, _SHARED_AS_MADE, phrases=False)
    del made
    sentence_strings: dict[str, str] = {}
    rows = [_piece_row(c, sentence_strings) for c in candidates.held]
    news_out = {name: sink.held for name, sink in found.items()}
    news_out["out"] = [(_piece_row(n.candidate, sentence_strings), n.index, n.dated_nearby, n.role,
                        n.simple_past, n.statement, n.quoting, n.own_simple_past) for n in news_items]
    return PieceResult(started, _copied(carried_state(reader)), rows, news_out, skipped)


def _piece_row(c: Candidate, sentences: dict[str, str]) -> tuple:
    """`c`'s row (`analysis._candidate_row`), its sentence None when `c` reads it from its document (the
    document is not sent with the row: `_piece_candidate` reads it from the document there)."""
    if c._sentence.__class__ is Document:
        row = _CANDIDATE_ROW(c)
        return (*row[:_SENTENCE_AT], None, *row[_SENTENCE_AT + 1:])
    return _candidate_row(c, sentences)


def _piece_candidate(row: tuple, doc: Document) -> Candidate:
    """The candidate of a piece's row (`_piece_row`) of `doc`."""
    if row[_SENTENCE_AT] is None:
        row = (*row[:_SENTENCE_AT], doc, *row[_SENTENCE_AT + 1:])
    return _row_candidate(row)


def _news_items(rows: list, doc: Document) -> list[NewsItem]:
    return [NewsItem(_piece_candidate(row, doc), *rest) for row, *rest in rows]


# --- the document, here ---------------------------------------------------------------------------------------

# Starts a piece (`pack_piece`'s bytes, for `walk_packed_piece`); the callable waits for its result.
Submit = Callable[[Document, bytes], Callable[[], PieceResult]]


def run_here(doc: Document, packed: bytes) -> Callable[[], PieceResult]:
    """Walks a packed piece in this process, when asked for its result (tests; the serial fallback)."""
    return lambda: walk_piece(doc, pickle.loads(packed))


@dataclass
class SplitStats:
    """How a document walked in pieces went: pieces in all, and those read again here after a mismatch."""

    pieces: int = 0
    again: int = 0
    whole: bool = False  # the pieces failed: the document was analysed whole


@collection_paused()
def analyse_in_pieces(doc: Document, submit: Submit = run_here, *, piece_chars: int = PIECE_CHARS,
                      dates: CharProgress | None = None, events: CharProgress | None = None,
                      stats: SplitStats | None = None) -> DocumentAnalysis:
    """`analysis.analyse_document(doc)`, its sentences walked in pieces started by `submit` as soon as the tagger
    is past them. `dates` and `events` are the progress of the two passes (as there); Cancel passes through."""
    stats = stats if stats is not None else SplitStats()
    if doc.story_days:  # a page of several stories: its news is walked story by story (`news.StoriesNewsWalk`)
        stats.whole = True
        return analyse_document(doc, dates=dates, events=events)
    try:
        return _in_pieces(doc, submit, piece_chars, dates, events, stats)
    except OutputRead:
        stats.whole = True
        return analyse_document(doc, dates=dates, events=events)


def _in_pieces(doc: Document, submit: Submit, piece_chars: int, dates: CharProgress | None,
               events: CharProgress | None, stats: SplitStats) -> DocumentAnalysis:
    from timeline_app.core import extraction, news, temporal

    sentences, length = doc.sentences, len(doc.text)
    cuts = paragraph_cuts(doc, piece_chars)
    if not cuts:
        return analyse_document(doc, dates=dates, events=events)  # (one piece: the serial walk itself)
    bounds = [0, *cuts, len(sentences)]  # sentence indexes: piece k is [bounds[k], bounds[k + 1])
    offsets = [sentences[i].start if i < len(sentences) else length for i in bounds]
    skipped: list[int] = []
    dropped: list[tuple[int, int, str]] = []
    undated: list[tuple[int, int]] | None = [] if doc.published is None else None  # (as `analyse_document`'s)
    # The walk of the whole document, whose dated sentences the pieces read: each expression is joined into its
    # layout as the tagger finds it (as reading it does), so that no expression is kept for it. (Its failures are
    # said after the pieces', as when it was made after them.)
    whole_skipped: list[int] = []
    walk = extraction.MentionWalk(doc, (), progress=_whole_walk_reached,
                                  on_error=lambda at, _end, _exc: whole_skipped.append(at))
    # The expressions tagged and not yet sent: the piece being tagged's, and the warm-up sentences' before it
    # (the serial walk streams them; all of them alive here were 5 bytes a character). The first sentences' are
    # kept apart: every piece's guess reads the headline.
    expressions: list[TimeExpression] = []
    starts: list[int] = []  # theirs
    head: list[TimeExpression] = []
    head_starts: list[int] = []
    # (piece's first sentence, the piece packed, its result): the bytes are kept for a walk again here
    waiting: list[tuple[int, bytes, Callable[[], PieceResult]] | None] = []

    def offsets_of(i: int) -> int:
        return sentences[i].start if i < len(sentences) else length

    head_end = offsets_of(min(HEAD_SENTENCES, len(sentences)))

    def between(first: int, stop: int) -> tuple[TimeExpression, ...]:
        """The expressions of sentences [first, stop) (those not let go yet)."""
        at = bisect.bisect_left(starts, sentences[first].start)
        return tuple(expressions[at:bisect.bisect_left(starts, offsets_of(stop))])

    def start(k: int) -> None:
        first, stop = bounds[k], bounds[k + 1]
        warm = max(0, first - WARM_UP_SENTENCES)
        heads = tuple(head[:bisect.bisect_left(head_starts, offsets_of(min(HEAD_SENTENCES, warm)))]) \
            if first > 0 else ()
        packed = pack_piece(Piece(first, stop, warm, between(warm, stop), heads))
        waiting.append((first, packed, submit(doc, packed)))
        # Those before the next piece's warm-up are let go. (Its first sentence is bounds[k + 1], no longer
        # dropped: only a cut after the piece being tagged is.)
        if k + 1 < len(bounds) - 1:
            gone = bisect.bisect_left(starts, sentences[max(0, bounds[k + 1] - WARM_UP_SENTENCES)].start)
            del expressions[:gone], starts[:gone]

    k = 0
    stream = temporal.tag_stream(doc.text, reference=doc.published, day_first=doc.day_first, furniture=doc.excluded,
                                 stories=doc.story_days, progress=dates,
                                 on_error=lambda offset, _exc: skipped.append(offset), dropped=dropped,
                                 waiting=undated)
    tagged = 0
    while True:
        try:
            e = next(stream, None)
        except Exception:  # noqa: BLE001 - the tagger's failure is the document's, as `analyse_document` says it
            return analyse_document(doc, dates=dates, events=events)
        if e is None:
            break
        if tagged % _CHECK_EXPRESSIONS == 0:
            check_cancelled()  # (the tagger runs here alone: no walk between its expressions checks for Cancel)
        tagged += 1
        while k + 1 < len(bounds) - 1 and e.start >= offsets[k + 1]:
            start(k)  # every expression of piece k is found: it goes
            k += 1
        while k + 1 < len(bounds) - 1 and e.end > offsets[k + 1]:
            del bounds[k + 1], offsets[k + 1]  # it runs across the cut: no cut there
        walk.read_elsewhere(e)
        expressions.append(e)
        starts.append(e.start)
        if offsets[0] <= e.start < head_end:
            head.append(e)
            head_starts.append(e.start)
    while k < len(bounds) - 1:
        start(k)
        k += 1
    del expressions[:], starts[:], head[:]
    if dates is not None:
        dates(length)
    stats.pieces = len(waiting)
    # The pieces in order, each kept when its walk began from the state the one before ended with, and let go
    # once its candidates are made here (its result's rows and bytes held no longer than that).
    candidates: list = []
    news_out: dict[str, list | set | dict] = {}
    state: dict | None = None
    for n in range(len(waiting)):
        first, packed, result = waiting[n]  # type: ignore[misc]
        waiting[n] = None
        done = result()
        del result
        check_cancelled()
        if n > 0 and done.started != state:
            stats.again += 1
            piece = pickle.loads(packed)
            done = walk_piece(doc, Piece(first, piece.stop, first,
                                         tuple(_expressions_from(piece.expressions, sentences[first].start)), (),
                                         state))
            del piece
        del packed
        candidates.extend([_piece_candidate(row, doc) for row in check_every(done.candidates)])
        for name, value in done.news.items():
            if name == "out":
                value = _news_items(value, doc)  # type: ignore[arg-type]
            held = news_out.setdefault(name, type(value)())
            if isinstance(held, list):
                held.extend(value)
            else:
                held.update(value)
        skipped.extend(done.skipped)
        state = done.ended
        del done
        release_freed_memory()
        if events is not None:
            events(offsets[n + 1])
    # The walks' ends over the whole document: extraction's passes over the whole text and news' settling.
    # (Its passes over the whole text check for Cancel as they report, as the serial walk's do: the bar is at the
    # document's end already, and stays there.)
    if any(walk.joined_across(offsets[n]) for n in range(1, len(offsets) - 1)):
        # (Never expected: the cuts are where no expression runs across. A piece's sentences would then not be the
        # whole walk's.)
        stats.whole = True
        return analyse_document(doc, dates=dates, events=events)
    walk.out = candidates
    del candidates
    skipped.extend(whole_skipped)
    whole_skipped = skipped  # (the whole walk's failures from here on: after the pieces')
    reader = news.NewsWalk(doc, ())
    if state is not None:
        vars(reader).update(state)
    news_out.setdefault("out", [])
    vars(reader).update(news_out)
    try:
        candidates = walk.finish()
    except Exception as exc:  # noqa: BLE001 - as `analyse_document` says it
        return _failed_events(exc)
    return settled_analysis(doc, candidates, reader, iter(()), None, skipped, dropped, lambda: None, undated or ())


# glibc's `malloc_trim`, looked up once: [the function, or None where the C library is not glibc].
_malloc_trim: list = []


def release_freed_memory() -> None:
    """Give the system back the pages glibc's allocator holds free (`malloc_trim(0)`; a no-op where the C library
    is not glibc). glibc gives a heap's free memory back only from its top, above a threshold that grows with the
    largest block freed, and a thread's heap is its own: the tagger's freed buffers and a result's, unpickled by the
    pool's thread reading results, stayed resident while the pieces' candidates grew in other pages (10 MB: 14 MB
    given back after the first piece, 2 bytes a character less resident by the sixth)."""
    if not _malloc_trim:
        _malloc_trim.append(_glibc_malloc_trim())
    if _malloc_trim[0] is not None:
        _malloc_trim[0](0)


def _glibc_malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # (the C library the interpreter runs with)
    except (ImportError, OSError):
        return None
    if trim is not None:
        trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def _whole_walk_reached(_at: int) -> None:
    """The progress of the whole walk's passes after the pieces: only a check for Cancel (the bar is at the end)."""
    check_cancelled()


def _failed_events(exc: Exception) -> DocumentAnalysis:
    from timeline_app.core.analysis import DocumentProblem, _failure

    return DocumentAnalysis(None, problems=(DocumentProblem(f"could not find events: {_failure(exc)}", "error"),))


