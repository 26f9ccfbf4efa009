"""The per-document work of a load: one document in, its candidate events and news out.

Documents are independent until the cross-document steps (`news.resolve_news`, `merging.merge`), so this
is a pure, top-level function of one `Document`: the pipeline runs it in the loading thread, in a process
pool, or on a Dask cluster, and caches its result by content (`core/analysis_cache.py`). Everything here
pickles (for the pool) and encodes to plain JSON (for the cache, which must never unpickle).
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from dateutil.relativedelta import relativedelta

from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Document, Mention, Precision
from timeline_app.core.news import NewsItem
from timeline_app.core.progress import CharProgress
from timeline_app.core.references import ReferencePlan

# Bumped by hand when what an analysis holds changes shape; rule changes are caught by the hash of the
# core's source files (analysis_cache.extractor_version), so they need no bump. 2: `references`.
ANALYSIS_FORMAT = 2


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
    (the pipeline then tries the whole of it again, and names the failure).
    """

    candidates: tuple[Candidate, ...] | None
    news: tuple[NewsItem, ...] = ()
    problems: tuple[DocumentProblem, ...] = ()
    references: ReferencePlan | None = None


def _failure(exc: BaseException) -> str:
    return traceback.format_exception_only(type(exc), exc)[-1].strip()


def analyse_document(doc: Document, *, dates: CharProgress | None = None,
                     events: CharProgress | None = None) -> DocumentAnalysis:
    """Tag `doc`'s time expressions, extract its candidate events and find its undated news.

    `dates` and `events` are the progress callbacks of the two passes (offsets into the text); either may
    raise `Cancelled`, which passes through. A failure of a stage is the document's problem, never raised.
    """
    from timeline_app.core import extraction, news, references, temporal

    skipped: list[int] = []  # offsets of phrases a stage could not read: counted, the rest goes on
    try:
        expressions = temporal.tag(doc.text, reference=doc.published, progress=dates,
                                   on_error=lambda offset, _exc: skipped.append(offset))
    except Exception as exc:  # noqa: BLE001 - one document's failure is that document's problem
        return DocumentAnalysis(None, problems=(DocumentProblem(f"could not find dates: {_failure(exc)}", "error"),))
    if events is not None:
        events(0)
    try:
        candidates = extraction.extract_mentions(doc, expressions, progress=events,
                                                 on_error=lambda start, _end, _exc: skipped.append(start))
    except Exception as exc:  # noqa: BLE001
        return DocumentAnalysis(None, problems=(DocumentProblem(f"could not find events: {_failure(exc)}", "error"),))
    problems: list[DocumentProblem] = []
    if skipped:
        n = len(skipped)
        problems.append(DocumentProblem(
            f"{n} passage{'s' if n != 1 else ''} could not be read for dates and {'were' if n != 1 else 'was'} "
            f"skipped (first at character {min(skipped)}); the rest of the article loaded", "warning"))
    try:
        # Its reports only check Cancel: the bar already stands at the end of this document.
        length = len(doc.text)
        found = news.find_news(doc, expressions,
                               progress=None if events is None else (lambda _at: events(length)))
    except Exception as exc:  # noqa: BLE001 - the article's dated events still load
        problems.append(DocumentProblem(f"could not find the article's undated news: {_failure(exc)}", "warning"))
        found = []
    try:
        # Its own references here, with the rest of its work: only the part that hears the news settled
        # across articles waits for the pipeline (its sentences' tagging and checks are the costly part).
        plan: ReferencePlan | None = references.plan_references(doc, candidates)
    except Exception:  # noqa: BLE001 - the pipeline runs it again whole and reports the failure there
        plan = None
    return DocumentAnalysis(tuple(candidates), tuple(found), tuple(problems), plan)


def analyse_documents(docs: list[Document]) -> list[DocumentAnalysis]:
    """`analyse_document` over a chunk: one task of the process pool or of a Dask cluster."""
    return [analyse_document(doc) for doc in docs]


# --- rows: what a worker process sends back ------------------------------------------------------------
# Pickling a frozen, slotted dataclass goes through its Python-level __getstate__/__setstate__, field by field:
# about 22 µs a candidate each way, as much as the parent's whole share of the map. A tuple of its fields
# pickles in C (3 µs) and is rebuilt by its constructor (10 µs with the unpickling). Equal strings made one
# object first (`share_strings`) are pickled once, and arrive shared.

_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_CANDIDATE_FIELDS = tuple(f.name for f in fields(Candidate))[1:]  # after its mention
_MENTION_WIDTH = len(_MENTION_FIELDS)


def _candidate_row(c: Candidate) -> tuple:
    m = c.mention
    return tuple(getattr(m, name) for name in _MENTION_FIELDS) + tuple(getattr(c, name) for name in _CANDIDATE_FIELDS)


def _row_candidate(row: tuple) -> Candidate:
    return Candidate(Mention(*row[:_MENTION_WIDTH]), *row[_MENTION_WIDTH:])


def pack_analyses(analyses: Iterable[DocumentAnalysis]) -> list[tuple]:
    """`analyses` as plain tuples for a worker to pickle back to the pipeline (`unpack_analyses` undoes it)."""
    from timeline_app.core.extraction import share_strings

    packed = []
    for a in analyses:
        plan = a.references
        share_strings([*(a.candidates or ()), *(n.candidate for n in a.news), *(c for _f, _s, c in plan.found)]
                      if plan is not None else [*(a.candidates or ()), *(n.candidate for n in a.news)])
        packed.append((
            None if a.candidates is None else [_candidate_row(c) for c in a.candidates],
            [(_candidate_row(n.candidate), n.index, n.dated_nearby, n.role, n.simple_past) for n in a.news],
            [(p.message, p.level) for p in a.problems],
            None if plan is None else (plan.document, plan.length, plan.families,
                                       [(f, sentence, _candidate_row(c)) for f, sentence, c in plan.found])))
    return packed


def unpack_analyses(packed: Iterable[tuple]) -> list[DocumentAnalysis]:
    """The analyses `pack_analyses` packed, equal to those it was given."""
    out = []
    for rows, news_rows, problems, plan in packed:
        out.append(DocumentAnalysis(
            None if rows is None else tuple(_row_candidate(row) for row in rows),
            tuple(NewsItem(_row_candidate(row), index, dated_nearby, role, simple_past)
                  for row, index, dated_nearby, role, simple_past in news_rows),
            tuple(DocumentProblem(message, level) for message, level in problems),
            None if plan is None else ReferencePlan(plan[0], plan[1], plan[2], tuple(
                (f, sentence, _row_candidate(row)) for f, sentence, row in plan[3]))))
    return out


def analyse_packed(function: Callable[[list[Document]], list[DocumentAnalysis]], docs: list[Document]) -> list[tuple]:
    """`function(docs)` packed (`pack_analyses`): a task of the process pool."""
    return pack_analyses(function(docs))


# --- JSON: the cache's encoding ------------------------------------------------------------------------
# Compact lists rather than objects: a document holds a candidate per date. A mention's text is its
# document's text[start:end] and its document is the one analysed, so neither is stored.

def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


@functools.lru_cache(maxsize=8192)  # a corpus repeats its dates: one date object per distinct day
def _undate(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


_PRECISIONS = {p.value: p for p in Precision}


def _encode_candidate(c: Candidate) -> list:
    m = c.mention
    offset = None if c.offset is None else [c.offset.years, c.offset.months, c.offset.days]
    return [m.start, m.end, m.sentence_start, m.sentence_end, m.dated, m.inferred,
            _day(c.first), _day(c.last), c.precision.value, c.kind, c.title, c.sentence, sorted(c.actors),
            c.inferred, c.explanation, c.period, offset, c.anchor_kind, c.relation,
            None if c.referent is None else list(c.referent), c.reported]


def _decode_candidate(row: list, doc: Document) -> Candidate:
    (start, end, sentence_start, sentence_end, dated, inferred_mention, first, last, precision, kind, title,
     sentence, actors, inferred, explanation, period, offset, anchor_kind, relation, referent, reported) = row
    mention = Mention(doc.id, start, end, doc.text[start:end], sentence_start, sentence_end, dated=dated,
                      inferred=inferred_mention)
    return Candidate(mention, _undate(first), _undate(last), _PRECISIONS[precision], kind, title, sentence,
                     frozenset(actors), inferred, explanation, period,
                     None if offset is None else relativedelta(years=offset[0], months=offset[1], days=offset[2]),
                     anchor_kind, relation, None if referent is None else tuple(referent), reported)


def encode_analysis(analysis: DocumentAnalysis) -> dict:
    """A JSON-ready dict of `analysis` (see `decode_analysis`)."""
    return {"format": ANALYSIS_FORMAT,
            "candidates": None if analysis.candidates is None
            else [_encode_candidate(c) for c in analysis.candidates],
            "news": [[_encode_candidate(n.candidate), n.index, n.dated_nearby, n.role, n.simple_past]
                     for n in analysis.news],
            "problems": [[p.message, p.level] for p in analysis.problems],
            "references": _encode_plan(analysis.references)}


def _encode_plan(plan: ReferencePlan | None) -> list | None:
    # The document's id is not stored (see above): a plan decoded is the decoding document's.
    if plan is None:
        return None
    return [plan.length, [[f, opens, news, _day(first), _day(last)] for f, (opens, news, first, last)
                          in plan.families.items()],
            [[f, sentence, _encode_candidate(c)] for f, sentence, c in plan.found]]


def _decode_plan(row: list | None, doc: Document) -> ReferencePlan | None:
    if row is None:
        return None
    length, families, found = row
    return ReferencePlan(doc.id, length, {f: (opens, news, _undate(first), _undate(last))
                                          for f, opens, news, first, last in families},
                         tuple((f, sentence, _decode_candidate(c, doc)) for f, sentence, c in found))


def dumps_analysis(analysis: DocumentAnalysis) -> str:
    """The JSON of `encode_analysis(analysis)` for the cache, built one candidate at a time and joined once:
    the whole encoded dict and the encoder's pieces of a dense article took about 32 bytes per character of
    its text at once (32 MB for 1 MB of news, the largest peak of a first load). ASCII (other characters as
    \\u escapes, which `json.loads` reads back as they were): a text with one curly quote is otherwise two
    bytes a character, and SQLite is handed a UTF-8 copy besides. Writing the analysis of 1 MB of news into
    SQLite added 28 MB of resident memory as one unescaped dump, 18 MB so. Entries written unescaped read the
    same."""
    def dumps(value: object) -> str:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"))

    def rows(encoded: Iterable[list]) -> None:
        parts.append("[")
        for i, row in enumerate(encoded):
            if i:
                parts.append(",")
            parts.append(dumps(row))
        parts.append("]")

    parts = ['{"format":', dumps(ANALYSIS_FORMAT), ',"candidates":']
    if analysis.candidates is None:
        parts.append("null")
    else:
        rows(_encode_candidate(c) for c in analysis.candidates)
    parts.append(',"news":')
    rows([_encode_candidate(n.candidate), n.index, n.dated_nearby, n.role, n.simple_past] for n in analysis.news)
    parts.append(',"problems":')
    parts.append(dumps([[p.message, p.level] for p in analysis.problems]))
    parts.append(',"references":')
    parts.append(dumps(_encode_plan(analysis.references)))
    parts.append("}")
    return "".join(parts)


def decode_analysis(data: dict, doc: Document) -> DocumentAnalysis:
    """The analysis `encode_analysis` wrote, its mentions pointing into `doc`. Raises ValueError (or
    KeyError, TypeError) on anything not written by this version."""
    if data.get("format") != ANALYSIS_FORMAT:
        raise ValueError(f"analysis format {data.get('format')!r}")
    rows = data["candidates"]
    candidates = None if rows is None else tuple(_decode_candidate(row, doc) for row in rows)
    found = tuple(NewsItem(_decode_candidate(row, doc), index, dated_nearby, role, simple_past)
                  for row, index, dated_nearby, role, simple_past in data["news"])
    problems = tuple(DocumentProblem(message, level) for message, level in data["problems"])
    return DocumentAnalysis(candidates, found, problems, _decode_plan(data["references"], doc))
