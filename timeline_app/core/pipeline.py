"""files → documents → time expressions → events → Timeline, in one call.

The work runs in stages: reading every document, then for each document finding dates (the tagger) and
finding events (extraction), then merging across documents. Merging starts while the documents are still
being analysed: each document's candidates are filed into the merge's groups as its analysis arrives (in
the documents' order), and only what needs every document (dating news and relative dates across
articles, uniting and folding groups, building the events) waits for the last one. Progress is measured
in characters across all of them, so a progress bar moves steadily through one large file as well as
through many small ones, and every report is also where
a cancelled load stops (`Cancelled` is raised from inside the long stages through their callbacks, and
between documents and stages here). A failure in one document never takes the others down.
"""
from __future__ import annotations

import datetime as dt
import gc
import os
import stat
import time
import traceback
from collections import Counter
from dataclasses import replace
from functools import partial
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from timeline_app.core import timeline_cache
from timeline_app.core.allocator import set_allocator_options
from timeline_app.core.collector import collection_paused
from timeline_app.core.bundled import seeds_dir  # noqa: F401 (callers import it from here too)
from timeline_app.core.model import Document, Event, Problem, Timeline
from timeline_app.core.progress import PROGRESS_STEP, Cancelled, CharProgress, cancellable

if TYPE_CHECKING:
    from timeline_app.core.documents import Listing
    from timeline_app.core.extraction import Candidate
    from timeline_app.core.merging import LentDay
    from timeline_app.core.references import ReferencePlan

_T = TypeVar("_T")

# progress(done, total, label): `done` of `total` units of work (characters), and what is being done
# ("Finding dates in big.txt — 12 of 47 MB").
ProgressCallback = Callable[[int, int, str], None]

# Merging is one step over every candidate; it is counted as this fraction of a pass over the text.
MERGE_WEIGHT = 0.125
# While a step reports nothing, the bar moves every PULSE_SECONDS by a PULSE_SHARE-th of what is left of the step
# (`_Progress.asked`): always moving, never reaching the step's end before the step does.
PULSE_SECONDS = 0.25
PULSE_SHARE = 64


def _amount(done: int, total: int) -> str:
    """"12 of 47 MB", "3.5 of 8.0 MB", "120 of 640 KB": both in the unit that suits the total."""
    if total >= 10_000_000:
        return f"{done / 1e6:.0f} of {total / 1e6:.0f} MB"
    if total >= 1_000_000:
        return f"{done / 1e6:.1f} of {total / 1e6:.1f} MB"
    return f"{max(0, round(done / 1000))} of {max(1, round(total / 1000))} KB"


def _file_sizes(listing: Listing | None) -> dict[str, int]:
    """Each listed file's size by its path, as stat'ed listing it (0 for anything not a regular file): the
    progress bar's sizes without stat'ing any file again."""
    if listing is None:
        return {}
    return {path: st.st_size if stat.S_ISREG(st.st_mode) else 0 for path, st in zip(listing.files, listing.stats)}


def _estimate_bytes(sizes: dict[str, int]) -> int:
    """Roughly how many bytes the loader will read: the sizes of the files it listed (`_file_sizes`).

    Only for scaling the progress bar before the documents exist; the loader decides what it reads.
    """
    from timeline_app.core.documents import MAX_BYTES

    return sum(min(size, MAX_BYTES + 1) for size in sizes.values())


def _size(path: str, limit: int) -> int:
    """The size of a regular file (at most `limit`); 0 for anything else or on error. Never opens it. Only for
    a file the listing did not stat (the meter's `file_sizes` has the others)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return 0
    return min(st.st_size, limit + 1) if os.path.isfile(path) else 0


class _Progress:
    """Turns each stage's position into one count of characters done out of a total, and checks Cancel."""

    def __init__(self, progress: ProgressCallback | None, cancelled: Callable[[], bool] | None,
                 read_bytes: int) -> None:
        self._progress = progress
        self.cancelled = cancelled
        self.read_total = max(1, read_bytes)
        self.text_total = self.read_total  # until the documents exist, assume a byte is a character
        self.read_done = 0
        self.file_sizes: dict[str, int] = {}  # by path, from the listing (`_file_sizes`)
        # The bar as last shown (it never goes back), when, and toward where the checks for Cancel nudge it
        # while a stage reports nothing (`creep_to`, `asked`).
        self._shown = 0
        self._label = ""
        self._shown_at = time.monotonic()
        self._ceiling: int | None = None

    @property
    def total(self) -> int:
        return self.read_total + 2 * self.text_total + max(1, int(self.text_total * MERGE_WEIGHT))

    def check(self) -> None:
        # (Through `asked`: a wait for the pool's workers checks here, and the bar moves on while it waits.)
        if self.asked():
            raise Cancelled

    def report(self, done: int, label: str) -> None:
        self.check()
        if self._progress is not None:
            total = self.total
            self._shown = min(max(0, done, self._shown), total)
            self._label, self._shown_at = label, time.monotonic()
            self._progress(self._shown, total, label)

    def creep_to(self, ceiling: int) -> None:
        """From now on, while no report comes, the checks for Cancel (`asked`) move the bar toward `ceiling`: the
        end of a step that reports nothing itself (reading one file, merging), which would leave the bar still
        for seconds on a large file (a 10 MB article: ~10 s reading, ~100 s merging)."""
        self._ceiling = ceiling

    @property
    def pulses(self) -> bool:
        return self._progress is not None

    def asked(self) -> bool:
        """The build's `cancelled` as the passes ask it (core/progress.py `cancellable`, hundreds of times a
        second), and, at most every `PULSE_SECONDS` without a report, a step of the bar a `PULSE_SHARE`-th of
        the way to `creep_to`'s ceiling, with the last label: the window shows the work going on."""
        if self.cancelled is not None and self.cancelled():
            return True
        ceiling = self._ceiling
        if ceiling is not None and self._shown < ceiling and self._progress is not None:
            now = time.monotonic()
            if now - self._shown_at >= PULSE_SECONDS:
                self._shown += max(1, (ceiling - self._shown) // PULSE_SHARE)
                self._shown_at = now
                self._progress(self._shown, self.total, self._label)
        return False

    def reading(self, index: int, count: int, path: str) -> None:
        """load_paths' callback: file `index` of `count` is about to be read."""
        listed = self.file_sizes.get(path)
        size = _size(path, self.read_total) if listed is None else min(listed, self.read_total + 1)
        # Reading one file is a single step of the loader: say how big it is, since the bar waits on it.
        big = f" ({_amount(size, size).split(' of ')[1]})" if size >= 1_000_000 else ""
        self.report(self.read_done, f"Reading {Path(path).name or path}{big} — file {index} of {count}")
        self.read_done = min(self.read_total, self.read_done + size)
        self.creep_to(self.read_done)  # (the loader's checks within the file: toward its end)

    def mapped(self, characters: int) -> int:
        """Where the bar stands once `characters` of text have been through both per-document passes."""
        return self.read_total + 2 * characters

    def within(self, label: str, name: str, before: int, length: int, second: bool) -> CharProgress:
        """The callback for one long stage on one document of `length` characters, after `before` characters
        of earlier documents. A document is read whole before the next, its dates found (`second` False) and
        its events (`second` True) in one pass, whose bar `analysis.analyse_document` splits between the two
        (its time expressions are read as they are found, never all held at once)."""
        base = self.read_total + 2 * before + (length if second else 0)
        reached = 0

        def report(offset: int) -> None:
            # A stage may make several passes over the text, each counting from 0: the bar never goes back.
            nonlocal reached
            reached = max(reached, min(offset, length))
            self.report(base + reached, f"{label} in {name} — {_amount(before + reached, self.text_total)}")
            # Until the next report, the checks for Cancel move the bar toward it (`asked`): a stage reports every
            # PROGRESS_STEP characters, ~0.5 s of CPU on dense news, and the bar stood still for seconds on a busy
            # machine while a large article was analysed. After a document's last report, its work that reports
            # nothing (news, references, the merge's filing of its candidates: ~50 s of a still bar after a 10 MB
            # article on a busy machine) moves it into the next document's first step, or, after the last
            # document, into merging, which that filing is part of.
            last = second and reached >= length and before + length >= self.text_total
            self.creep_to(self.total if last else base + reached + PROGRESS_STEP)
            if gc.get_count()[0] >= _YOUNG_BATCH:
                # A large document's young generation collected as it grows, not in one walk once it is read
                # (`arrived`): that walk, of everything a 10 MB article's reading made, held the thread for ~0.5 s
                # with no check for Cancel. Each object is walked once either way.
                _collect_young()

        return report


def build_timeline(paths: Iterable[str | os.PathLike], *, progress: ProgressCallback | None = None,
                   cancelled: Callable[[], bool] | None = None, workers: int | None = None,
                   scheduler: str | None = None, cache: bool | None = None,
                   published: Mapping[str, dt.date] | None = None) -> Timeline:
    """Load `paths` (files or folders), extract dated events and merge them across documents.

    `published`: publication dates the user gives, by a document's text hash (`edits.document_hash`) or by the
    path of the file it is read from: each such document is read on that day, whether its page prints a date
    or not, and the events dated from it say so (`USER_DATE_NOTE`).

    `progress(done, total, label)` is called often (about every 64 K characters of each stage) with the
    characters of work done out of the total, across reading, finding dates, finding events and merging,
    and a label for people. `cancelled()` is polled at each report, between documents and between stages;
    and every few items of the passes that report none (core/progress.py `check_every`);
    a cancelled build raises `Cancelled`. Problems with individual files, including a failure of any
    stage on one document, are returned in `Timeline.problems`; the other documents load.

    The per-document stages run in a process pool when the text is big enough and there are several
    cores (`workers` forces the number; 1 is serial), or on the Dask cluster at `scheduler`; documents
    analysed before with the same content come from the analysis cache unless `cache` is False (None:
    as `TIMELINE_APP_CACHE` says). See core/document_map.py.
    """
    # The cyclic collector is paused for the whole build (core/collector.py), not only per document and in
    # merging: each pause's end let it walk what the paused work had left alive, so a build on TBAQ ran ~120
    # young, 10 middle and 2 full collections, ~5% of its CPU, and found no garbage (the stages make no
    # cycles: tests/core/test_collector.py). Whatever cycles a build does make are freed before it returns
    # (`_collect_young`, and before merging `_empty_free_lists`), not kept until some later full collection.
    # The pause is process-wide: a window's load on its worker thread takes it too (ui/loader.py), since a full
    # collection there held the GIL and froze the GUI thread for its whole walk (76 ms on 2,000 small articles:
    # benchmarks/window_walk.py); the GUI thread's own cyclic garbage during a load is little and is collected
    # when the pause ends.
    # (`cancellable`: the passes that report no progress check `cancelled` too, between their items; with a
    # `progress`, the meter's `asked`, which also moves the bar while a step reports nothing.)
    # glibc's large blocks mapped and given back when freed, for the whole process, from its first build on
    # (core/allocator.py: the peak of a large document's extraction).
    set_allocator_options()
    meter = _Progress(progress, cancelled, 1)
    asked = meter.asked if meter.pulses else cancelled
    with collection_paused(), cancellable(None if asked is None else _collecting(asked)):
        try:
            return _build_timeline(paths, meter=meter, workers=workers, scheduler=scheduler, cache=cache,
                                   published=published or {})
        finally:
            _collect_young()


# How many objects the young generation may hold before a long stage's progress report collects it (`within`): a
# walk of a few ms; a small document never reaches it (its one collection is in `arrived`).
_YOUNG_BATCH = 200_000


def _collecting(asked: Callable[[], bool]) -> Callable[[], bool]:
    """`asked`, the build's `cancelled` as its passes ask it between items, which first collects the young
    generation once it holds `_YOUNG_BATCH` objects: with the collector paused, a pass that makes millions of
    objects and reports no progress (merging's filing of a 10 MB article's candidates, building its events) left
    them all to one young collection after it, a single call of ~0.3-0.5 s that nothing could interrupt (and
    that held the GIL: the window's thread waited). No object is walked twice (a young collection moves what it
    finds alive to the next generation, which the paused collector never walks)."""

    def collecting_asked() -> bool:
        if gc.get_count()[0] >= _YOUNG_BATCH:
            _collect_young()
        return asked()

    return collecting_asked


def _collect_young() -> None:
    """A young collection: with the collector paused since the build began (or since `_empty_free_lists`),
    the youngest generation holds everything the build made since and still holds, and any cycle it made and
    dropped. The first allocation after the pause would start this collection anyway; made here, the build's
    garbage goes with it, whatever comes next."""
    gc.collect(0)


def _build_timeline(paths: Iterable[str | os.PathLike], *, meter: _Progress, workers: int | None,
                    scheduler: str | None, cache: bool | None,
                    published: Mapping[str, dt.date]) -> Timeline:
    from timeline_app.core import documents as documents_module

    paths = [os.fspath(p) for p in paths]
    # A whole timeline kept in the cache was read on the pages' own dates: with the user's, each document's
    # analysis still comes from the analysis cache, whose key holds the publication date.
    timelines = _open_timeline_cache(cache) if not published else None
    meter.report(0, "Looking for articles…")
    # One walk and stat of every file serves the cache's listing key, the bar's size and the loader.
    listed = _cached(lambda: documents_module.list_paths(paths))

    # The whole timeline from the cache: by the files' stamps (nothing read), else by their content.
    listing = _cached(lambda: timeline_cache.listing_key(paths, listed)) \
        if timelines is not None and listed is not None else None
    if listing is not None and (hit := timelines.by_listing(listing)) is not None:
        return _unchanged(hit, meter)
    meter.file_sizes = _file_sizes(listed)  # not needed when the cache answers
    meter.read_total = meter.text_total = max(1, _estimate_bytes(meter.file_sizes))

    documents, problems = _load(documents_module, paths, meter, listed)
    meter.check()  # load_paths stops quietly on Cancel: make that a cancellation here
    meter.text_total = max(1, sum(len(d.text) for d in documents))

    text_hashes: dict[str, str] = {}  # each text's hash, made for the content key and kept with the timeline
    user_dated: set[str] = set()
    if published:
        documents, user_dated = _with_user_dates(documents, published, text_hashes)
    content = _cached(lambda: timeline_cache.content_key(documents, problems, text_hashes)) \
        if timelines is not None and documents else None
    if content is not None and (hit := timelines.by_content(content)) is not None:
        timelines.store(content, listing, hit)  # the listing's stamps now name it
        return _unchanged(hit, meter)

    analysis_cache = _open_cache(cache) if documents else None
    merge = _Merge(documents)
    filed = merge.add if not user_dated else partial(_file_marked, merge.add, user_dated)
    try:
        candidates = _find_events(documents, problems, meter, workers=workers, scheduler=scheduler,
                                  cache=analysis_cache, on_candidates=filed)
    finally:
        del filed  # (it holds the merge, freed below before the timeline is built)
        if analysis_cache is not None:
            analysis_cache.close()
        _release_sentence_analyses(keep_tags=_tags_worth_keeping(documents))
    loaded = [d for d in documents if d.id in candidates]
    # The merger holds every candidate it was given (in its groups) and lets each go as its event is built:
    # this dict would keep them all alive beside the growing events, merging's peak (1.5 bytes per character
    # of dense news at 10 MB). Only a merge that fails needs them again, per document: `_merge` analyses
    # each document again then, one at a time (the analysis cache answers, when there is one). A merge that
    # failed while filing them kept none, so they are kept here for it.
    kept = candidates if merge.failure is not None else None
    if kept is not None and user_dated:
        kept = {doc_id: _marked_user_dated(found, user_dated) for doc_id, found in kept.items()}
    from timeline_app.core import merging  # (here: a warm start, answered by the cache above, imports none)

    # An article without a publication date may be lent the day of the story it joins (`_lend_days`): it is
    # then read again on that day, and what it gains is filed into the merge. Its first reading is kept for
    # that (only those articles', in a load where one sits beside another).
    lendable = {d.id: candidates.get(d.id, []) for d in loaded if d.published is None} \
        if kept is None and merging.may_lend(loaded) else None
    del candidates
    events = _merge(loaded, kept, problems, meter, paths, merge, cache=cache, lendable=lendable)
    del lendable
    # The merger that filed the candidates is freed before the timeline is built and kept, which would
    # otherwise peak with what it still holds.
    del kept, merge
    timeline = Timeline(documents=tuple(loaded), events=tuple(events), problems=tuple(problems),
                        text_hashes={d.id: text_hashes[d.id] for d in loaded}
                        if content is not None or published else None)
    if content is not None and timeline_cache.cacheable(
            timeline, [str(analysis_cache.path)] if analysis_cache is not None else []):
        meter.report(meter.total, "Keeping the timeline for next time")
        timelines.store(content, listing, timeline)
    meter.report(meter.total, f"Loaded {len(loaded)} articles")
    return timeline


# How an event dated from a publication date the user set says so (its explanation; `_marked_user_dated`).
USER_DATE_NOTE = "publication date set by the user"


def _with_user_dates(documents: list[Document], published: Mapping[str, dt.date],
                     text_hashes: dict[str, str]) -> tuple[list[Document], set[str]]:
    """`documents`, each that `published` names (by its text's hash, or by its file's path) on the user's day
    instead of the one its page prints (or none); and the ids of those. Every text's hash is filled into
    `text_hashes` (kept with the timeline: the window names documents by them)."""
    from timeline_app.core.edits import document_hash

    by_path = {os.path.normpath(os.path.abspath(key)): day for key, day in published.items()}
    out: list[Document] = []
    user_dated: set[str] = set()
    for doc in documents:
        text_hashes[doc.id] = digest = text_hashes.get(doc.id) or document_hash(doc)
        day = published.get(digest)
        if day is None and doc.path:
            day = by_path.get(os.path.normpath(os.path.abspath(doc.path)))
        if day is not None:
            doc = replace(doc, published=day)
            user_dated.add(doc.id)
        out.append(doc)
    return out, user_dated


def _marked_user_dated(candidates: list[Candidate], user_dated: set[str]) -> list[Candidate]:
    """`candidates` with each that its document's user-given publication date dates (a relative date counted
    from it, a happening reported on it) saying so in its explanation, as a day lent by another article does."""
    marked: list[Candidate] = []
    for c in candidates:
        if c.doc_id in user_dated and (c.reported or "publication date" in c.explanation) \
                and USER_DATE_NOTE not in c.explanation:
            c = replace(c, explanation=f"{c.explanation} ({USER_DATE_NOTE})" if c.explanation else USER_DATE_NOTE)
        marked.append(c)
    return marked


def _file_marked(add: Callable[[list[Candidate]], None], user_dated: set[str], candidates: list[Candidate]) -> None:
    add(_marked_user_dated(candidates, user_dated))


def _open_timeline_cache(enabled: bool | None):
    """The cache of whole timelines (core/timeline_cache.py), or None: disabled as the analysis cache is."""
    if enabled is False:
        return None
    return timeline_cache.TimelineCache.default()


def _cached(key: Callable[[], _T | None]) -> _T | None:
    """A cache key (or the listing it is made from), or None (no caching) if computing it fails: the cache
    must never stop a load."""
    try:
        return key()
    except Exception:  # noqa: BLE001 - e.g. a file vanishing while listed; the load reports it
        return None


def _unchanged(timeline: Timeline, meter: _Progress) -> Timeline:
    meter.report(meter.total, f"Loaded {len(timeline.documents)} articles, unchanged since they were last read")
    return timeline


# The sentence memos' budget in characters (grammar.MEMO_CHARS, not imported here: the pipeline loads grammar
# only with the first document analysed).
_MEMO_CHARS = 128 * 1024


def _release_sentence_analyses(*, keep_tags: bool = False) -> None:
    """Empty the caches of tagged and analysed sentences once every document has been read: full they hold
    several MB on top of merging's peak. (They serve the sentences of the documents being read; a document
    read again comes from the analysis cache, or is a few of their entries.) `keep_tags`: the tags memo stays
    (`grammar.release_analyses`: merging tags again titles and sentences the walks tagged, and empties it once its
    titles are made); else it goes too (before a big document's candidates are filed, the run's peak)."""
    from timeline_app.core import extraction, grammar, temporal

    if keep_tags:
        grammar.release_analyses()
    else:
        grammar.release_caches()
    extraction.release_caches()
    temporal.release_caches()


def _tags_worth_keeping(documents: list[Document]) -> bool:
    """Whether the tags memo stays for merging (`_release_sentence_analyses`): only when no document is longer
    than the memos' budget. A longer one fills the memo with its own sentences, which merging's titles seldom
    ask for again (1 MB of news: 98 of 9,328 taggings), and kept it raised that run's peak by ~0.5 MB."""
    return all(len(d.text) <= _MEMO_CHARS for d in documents)


def _empty_free_lists() -> None:
    """A full collection for its side effect alone: CPython empties its free lists (tuples' among them) at
    every full collection. The objects alive now are frozen first, so the collection walks none of them: with
    3 million alive it took 170-245 ms, holding the GIL (the window's thread waited ~0.4 s at 10 MB of news),
    and 12-15 ms frozen. The memos just emptied freed their tuples by reference counting, not as cycles, so
    nothing a full walk would have found is kept; a cycle alive now is collected by a later full collection.

    `gc.unfreeze` releases every frozen object, not only those frozen here. Nothing in this process freezes
    any (only `worker_preload` does, in the pool's fork server and the workers forked from it, which never
    build a timeline); should something have frozen objects before us, a plain full collection still empties
    the free lists without walking them, and their freezing is left as it was."""
    if gc.get_freeze_count():
        gc.collect()
        return
    # Garbage cycles made so far (none, normally) are collected first: frozen, they would outlive the build.
    _collect_young()
    gc.freeze()
    try:
        gc.collect()
    finally:
        gc.unfreeze()


def _open_cache(enabled: bool | None):
    """The analysis cache to use, or None (disabled by argument or by TIMELINE_APP_CACHE=0)."""
    if enabled is False:
        return None
    from timeline_app.core.analysis_cache import AnalysisCache

    return AnalysisCache.default()


def _failure(exc: BaseException) -> str:
    return traceback.format_exception_only(type(exc), exc)[-1].strip()


def _load(documents_module, paths: list[str], meter: _Progress,
          listing: Listing | None = None) -> tuple[list[Document], list[Problem]]:
    """Read every file (those `listing` names, when given); if the loader itself fails on the whole list, read
    each input path on its own so one bad path is one problem."""
    try:
        documents, problems = documents_module.load_paths(paths, progress=meter.reading,
                                                          cancelled=meter.asked if meter.pulses else meter.cancelled,
                                                          listing=listing)
        return list(documents), list(problems)
    except Exception as whole:  # noqa: BLE001 - containment: retried path by path below
        if len(paths) == 1:
            return [], [Problem(paths[0], f"could not be loaded: {_failure(whole)}")]
    documents: list[Document] = []
    problems: list[Problem] = []
    used: set[str] = set()
    for path in paths:
        meter.check()
        try:
            docs, probs = documents_module.load_paths([path], progress=meter.reading, cancelled=meter.cancelled)
        except Exception as exc:  # noqa: BLE001
            problems.append(Problem(path, f"could not be loaded: {_failure(exc)}"))
            continue
        for doc in docs:
            if doc.id in used:  # ids are unique within one load_paths call only
                doc = _renamed(doc, used)
            used.add(doc.id)
            documents.append(doc)
        problems.extend(probs)
    return documents, problems


def _renamed(doc: Document, used: set[str]) -> Document:
    k = 2
    while f"{doc.id}-{k}" in used:
        k += 1
    return replace(doc, id=f"{doc.id}-{k}")


class _Merge:
    """The merge across documents (`merging.Merger`), fed as the map goes: each document's analysed
    candidates when its analysis arrives, the news and references found across articles after the map.
    A failure while filing is kept, not raised (it would stop the map): `_merge` then falls back."""

    def __init__(self, documents: list[Document]) -> None:
        from timeline_app.core import merging

        self.dropped: list[str] = []  # the document of each candidate merging left out
        self.merger = merging.Merger(documents, on_drop=lambda c, _reason: self.dropped.append(c.doc_id))
        self.failure: Exception | None = None

    def add(self, candidates: list[Candidate]) -> None:
        if self.failure is not None:
            return
        try:
            self.merger.add(candidates)
        except Exception as exc:  # noqa: BLE001 - reported by `_merge`, which merges per document instead
            self.failure = exc


def _find_events(documents: list[Document], problems: list[Problem], meter: _Progress | _MergePart, *,
                 workers: int | None = None, scheduler: str | None = None, cache=None,
                 on_candidates: Callable[[list[Candidate]], None] | None = None) -> dict[str, list]:
    """Each document's candidate events, keyed by document id; a document that fails is a problem.

    `on_candidates` is given each document's analysed candidates as soon as they are known, in the
    documents' order (the merge files them while the map goes on), and then all the later ones (news dated
    across articles, references), by document in the documents' order."""
    from timeline_app.core import news
    from timeline_app.core.document_map import analyse_all
    from timeline_app.core.extraction import hold_sentences, share_strings

    out: dict[str, list] = {}
    found: dict[str, list] = {}
    plans: dict[str, ReferencePlan | None] = {}
    handed: dict[str, list] = {}  # each document's candidates as `arrived` handed them on (the list kept as `out`'s)
    analysed: dict[str, int] = {}  # how many candidates each document's analysis gave

    def arrived(doc: Document, analysis) -> None:
        if analysis.candidates is not None and on_candidates is not None:
            candidates = list(analysis.candidates)
            # A worker's or the cache's candidates come with their sentences as strings: read from the
            # document instead (this process' analysis did it already), and their news' and references' too.
            hold_sentences(doc, candidates)
            hold_sentences(doc, (item.candidate for item in analysis.news))
            if analysis.references is not None:
                hold_sentences(doc, (c for _f, _s, c in analysis.references.found))
            if len(doc.text) > _MEMO_CHARS:
                # A document longer than the sentence memos' budget has filled them with its own sentences (they
                # hold as much for the next document as after any other): emptied before its candidates are
                # filed, since filing a big document's candidates was the run's peak, with them full.
                _release_sentence_analyses()
                # And the tuples they freed, kept in CPython's free lists (up to 2,000 of each length: ~1.5 MB
                # of token tuples, alive through the filing that peaks the run, which reuses few of them).
                _empty_free_lists()
            share_strings(candidates)  # one object per repeated title or sentence, before merging keeps them
            if gc.get_count()[0] >= _YOUNG_BATCH:
                _collect_young()  # (the reading's objects apart from the filing's below: two short walks, not one)
            on_candidates(candidates)
            handed[doc.id] = candidates
        # A young collection per document: with the collector paused, the garbage cycles the reading made are
        # freed in small walks of what each document added, not in one walk of every object the build holds
        # before merging (60-150 ms holding the GIL on 2,000 small articles: the window's GUI thread waited).
        _collect_young()

    analyses = analyse_all(documents, meter, workers=workers, scheduler=scheduler, cache=cache, problems=problems,
                           on_analysis=arrived)
    # Every document is read: the sentence memos (several MB full) go before the news across articles and the
    # references, which read none of them, rather than after (they were part of the run's peak, in
    # `news.resolve_news`, with every candidate alive). `build_timeline` empties them again whatever happens.
    # (The tags memo stays for merging's titles, when the documents are small: see `_tags_worth_keeping`.)
    _release_sentence_analyses(keep_tags=_tags_worth_keeping(documents))
    # Once per build, a full collection: the tuples the memos freed (their token tuples) stay in CPython's
    # per-length free lists, of up to 2,000 tuples each, which only a full collection empties (about 1 MB
    # of dense news' tokens, held through merging, where only tuples of the same length could reuse them).
    _empty_free_lists()
    meter.report(meter.mapped(meter.text_total), f"Dating the undated news of {len(documents)} articles")
    if isinstance(meter, _Progress):  # (a `_MergePart`'s analysis again reports through the merge's share)
        meter.creep_to(meter.total)  # (through the news across articles, the references and merging: no reports)
    for doc in documents:
        analysis = analyses[doc.id]
        # (Its one field set after it was made: the document is the timeline's, and its analysis comes later.)
        object.__setattr__(doc, "dropped", analysis.dropped)
        object.__setattr__(doc, "waiting", analysis.waiting)
        problems.extend(Problem(doc.path, p.message, p.level) for p in analysis.problems)
        if analysis.candidates is not None:
            # The list `arrived` shared and handed on (not a second list of them beside the analysis' tuple).
            handed_on = handed.pop(doc.id, None)
            out[doc.id] = list(analysis.candidates) if handed_on is None else handed_on
            analysed[doc.id] = len(out[doc.id])
            found[doc.id] = list(analysis.news)
            plans[doc.id] = analysis.references
    # The analyses have been read: their tuples of candidates and news go now, and the news `resolve_news` does
    # not keep as soon as it is done (they were held through the references and the late filing, the run's
    # peak before `Merger.finish`).
    del analyses
    analysis = None  # (the last document's)
    # The news of each article: at its publication date, or an undated mention of a happening that some
    # sentence dates (another article's, often).
    def news_failed(doc: Document, exc: Exception) -> None:
        # One article's failure costs that article's undated news alone, named by its file; its dated events
        # and the other articles' news stay.
        problems.append(Problem(doc.path, f"could not date the article's undated news: {_failure(exc)}",
                                Problem.WARNING))

    try:
        reported = news.resolve_news(found, (c for cs in out.values() for c in cs),
                                     [d for d in documents if d.id in out], on_error=news_failed)
    except Exception as exc:  # noqa: BLE001 - (the index across articles, before any one article's)
        problems.append(Problem(documents[0].path if documents else "", f"could not date the articles' undated "
                                f"news: {_failure(exc)}", Problem.WARNING))
        reported = []
    del found
    kept_news: dict[str, list] = {}
    for c in reported:
        out[c.doc_id].append(c)
        kept_news.setdefault(c.doc_id, []).append(c)
    # Sentences that name a happening their article dates ("the murder") without a date: undated mentions of
    # it. The per-document map worked them out already; here they only hear the news kept above.
    extra: dict[str, list] = {}
    for doc in documents:
        if doc.id in out:
            analysed_here = analysed[doc.id]
            try:
                found_references = _references(doc, out[doc.id], plans[doc.id], kept_news.get(doc.id, ()))
                if found_references and doc.id in kept_news:
                    _leave_to_references(out[doc.id], analysed_here, found_references)
                out[doc.id].extend(found_references)
            except Exception as exc:  # noqa: BLE001 - the article's events still load
                problems.append(Problem(doc.path, f"could not find references to its happenings: {_failure(exc)}",
                                        Problem.WARNING))
            if len(out[doc.id]) > analysed_here:
                # The later ones share the analysed ones' strings too (held until merging is done).
                hold_sentences(doc, out[doc.id][analysed_here:])
                share_strings(out[doc.id])
                extra[doc.id] = out[doc.id][analysed_here:]
    if on_candidates is not None and extra:
        # After every analysed candidate (the merge files each bucket of groups these come late to again
        # once, in its finish: core/merging.py `Merger`).
        on_candidates([c for candidates in extra.values() for c in candidates])
    return out


def _leave_to_references(candidates: list[Candidate], analysed: int, found: Sequence[Candidate]) -> None:
    """Drops from `candidates[analysed:]` (the article's undated news) each one whose word a reference of
    `found` reads too: a mention is in one event, and a reference names the happening its article dated
    with that word's family and people ("Eleven people died in the blast" of the embassy bombing the article
    dated a year before), where the news only guesses the publication day."""
    taken = {(c.mention.start, c.mention.end) for c in found}
    candidates[analysed:] = [c for c in candidates[analysed:] if (c.mention.start, c.mention.end) not in taken]


def _references(doc: Document, candidates: list[Candidate], plan: ReferencePlan | None,
                kept_news: Sequence[Candidate]) -> list[Candidate]:
    """`references.in_article_references(doc, candidates)`, from the map's plan when there is one (the same
    result: `finish_references`), else whole (a plan that failed). Every news mention is undated (news.py
    makes each with dated=False), as `finish_references` needs; it raises ValueError if one ever is not,
    which the caller reports as this document's problem."""
    from timeline_app.core import references

    if plan is not None:
        return references.finish_references(plan, kept_news)
    return references.in_article_references(doc, candidates)


class _MergePart:
    """The meter of a share of the merge step spent analysing documents again: one document's, when the merge
    across documents failed and each document is merged on its own (`_merge`), or the undated articles' read on
    the days lent them (`_lend_days`). The analysis moves the bar through that share (labelled as merging, never
    back to where the analysis stood), and every report is where Cancel stops it. Its positions are the
    documents' own: both passes over their text, 2 per character."""

    def __init__(self, meter: _Progress, start: int, width: int, before: int, length: int, total: int,
                 label: str) -> None:
        self._meter = meter
        self._start = start  # where the merge step begins on the bar, and how wide it is
        self._width = width
        self._before = before  # the characters of the documents merged before this one, of `total`
        self._total = max(1, total)
        self.text_total = length
        self.cancelled = meter.cancelled
        self.label = label
        self._reached = 0

    def check(self) -> None:
        self._meter.check()

    def mapped(self, characters: int) -> int:
        return 2 * characters

    def report(self, done: int, label: str = "") -> None:
        # The analysis' own labels ("Finding dates in a.txt") are replaced by the merge's: to the user this is
        # still merging, and the bar stays where merging is.
        self._reached = max(self._reached, min(max(0, done), 2 * self.text_total))
        units = 2 * self._before + self._reached
        self._meter.report(self._start + self._width * units // (2 * self._total), self.label)

    def within(self, label: str, name: str, before: int, length: int, second: bool) -> CharProgress:
        base = 2 * before + (length if second else 0)

        def report(offset: int) -> None:
            self.report(base + min(max(0, offset), length), self.label)

        return report


def _analysed_again(doc: Document, part: _MergePart, cache) -> list:
    """One document's candidates as `_find_events` gave them, made again (in this process, alone: memory stays
    that of one document) for a merge that failed. Its problems were reported the first time; an analysis
    that fails this time, where it did not before, raises here, to become the document's problem."""
    again: list[Problem] = []
    candidates = _find_events([doc], again, part, workers=1, scheduler=None, cache=cache)
    if doc.id not in candidates:
        failures = [p.message for p in again if p.path == doc.path]
        raise RuntimeError(failures[0] if failures else "its analysis gave nothing")
    return candidates[doc.id]


def _lend_or_warn(documents: list[Document], lendable: dict[str, list], meter: _Progress, cache: bool | None,
                  problems: list[Problem], paths: list[str], lent: dict[str, LentDay]) -> list[Candidate] | None:
    """`_lend_days`, or None (nothing lent: the merge goes on without) with a warning when it fails."""
    try:
        return _lend_days(documents, lendable, lent, meter, cache, problems)
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - the events without lent days stand
        problems.append(Problem(paths[0], f"could not date the undated articles by the stories they tell: "
                                          f"{_failure(exc)}", Problem.WARNING))
        return None


def _lend_days(documents: list[Document], lendable: dict[str, list], lent: dict[str, LentDay], meter: _Progress,
               cache: bool | None, problems: list[Problem]) -> list[Candidate]:
    """The candidates the articles of `lent` (without a publication date, whose opening joined a story another
    article dates on a day: `merging.LentDay`) gain read again with that day as their publication date: their
    relative dates ("on Tuesday", "that afternoon", "yesterday") then resolve. `Merger.finish` calls it once it
    knows them, and files these into its merge.

    Only those articles are analysed again, once each (their analysis is keyed on the day: the analysis
    cache's key holds the publication date). A date the article prints is never replaced: at a date phrase the
    first reading dated (`lendable`: their candidates as first read), nothing is added; only phrases that the
    lent day dates are, each marked inferred with where the day came from (`_with_lent_day`). An article whose
    analysis fails on its lent day is lent nothing, and a warning in `problems` names it."""
    by_id = {d.id: d for d in documents}
    lent_docs = [replace(d, published=lent[d.id].day) for d in documents if d.id in lent]
    length = sum(len(d.text) for d in lent_docs)
    start = meter.read_total + 2 * meter.text_total
    width = max(0, meter.total - start)
    # The re-reading takes a small share of what is left of the bar (a few pages); the merge, the rest.
    part = _MergePart(meter, start, width // 4, 0, length, length, f"Dating {len(lent_docs)} undated "
                      + ("article by the story it tells" if len(lent_docs) == 1
                         else "articles by the stories they tell"))
    analysis_cache = _open_cache(cache)
    failed: list[Problem] = []  # (a page's analysis failed on its lent day: it was read once already)
    try:
        again = _find_events(lent_docs, failed, part, workers=1, scheduler=None, cache=analysis_cache)
    finally:
        if analysis_cache is not None:
            analysis_cache.close()
        _release_sentence_analyses(keep_tags=_tags_worth_keeping(lent_docs))
    meter.report(start + width // 4, f"Merging events from {len(documents)} articles with the days lent")
    added: list[Candidate] = []
    for doc in lent_docs:
        if doc.id not in again:
            reasons = [p.message for p in failed if p.path == doc.path]
            problems.append(Problem(doc.path, f"could not date this undated article by the story it tells"
                                              f"{': ' + reasons[0] if reasons else ''}", Problem.WARNING))
            continue
        added += _with_lent_day(lendable.get(doc.id, []), again[doc.id], lent[doc.id], by_id.get(lent[doc.id].lender),
                                by_id[doc.id])
    return added


def _with_lent_day(first: list[Candidate], second: list[Candidate], lent: LentDay, lender: Document | None,
                   borrower: Document) -> list[Candidate]:
    """What an undated article gains once it is lent a day (`_lend_days`): of `second` (read on the lent day),
    the candidates dated at a phrase `first` (read without a date) did not date, marked inferred; in the
    joining sentence, only those on the lent day."""
    from timeline_app.core.extraction import quoted_title
    from timeline_app.core.model import Precision, human_date
    from timeline_app.core.temporal import names_day_of_month, told_ahead

    printed = {(c.start, c.end) for c in first if c.first is not None}
    day = human_date(lent.day, lent.day, Precision.DAY)
    source = quoted_title(lender, lent.lender) if lender is not None else lent.lender
    borrowing = quoted_title(borrower, borrower.id)  # (named: in an event of several sources "this one" is not)
    # The joining sentence tells the story's news, on the lent day: a phrase of it that would read another day
    # from that one ("flooding the town for the second time this year") compares, it does not date the
    # happening the sentence tells (the story's: its joined mention stays); as when the article had no day, it
    # dates nothing.
    joining = lent.sentence_start
    out: list[Candidate] = []
    for c in second:
        if c.first is None or (c.start, c.end) in printed:
            continue
        if c.dated and c.first > lent.day and names_day_of_month(c.phrase) \
                and not told_ahead(c.sentence, c.start - c.sentence_start):
            # A day and month it prints without a year ("on 9 March"), after the lent day, read only now: the
            # page was written after the story's day, as one printing a later full date is (`merging`'s
            # `_latest_dated`, which reads the first reading, where this phrase had no year): nothing is lent.
            # (Not a day told as still to come, "will resign on June 7": a page of the lent day says that too.)
            return []
        if c.sentence_start == joining and not c.first == c.last == lent.day \
                and not (c.dated and names_day_of_month(c.phrase)):
            # (A day of a month it prints, "will resign on June 7", takes only its year from the lent day: the
            # page's own date, not one counted from the story's.)
            continue
        # (Its own explanation would name the lent day as the article's publication date: replaced.)
        told = f"“{c.phrase}” counted from {day}" if c.dated else f"told on {day}"
        why = (f"{told}, a day lent by another article: {borrowing} prints no date, and its lead tells the "
               f"story {source} dates on that day")
        out.append(replace(c, inferred=True, explanation=why))
    return out


def _each_alone(candidates: list[Candidate], doc: Document) -> list[Event]:
    """An article's events when merging them failed: each candidate an event of its own (the same merge, run on
    one candidate at a time: linear), those that fail even alone left out. Better shown unmerged than not at all."""
    from timeline_app.core import merging

    events: list[Event] = []
    for c in candidates:
        try:
            events.extend(merging.merge([c], [doc]))
        except Exception:  # noqa: BLE001 - counted by the caller's problem (what is shown)
            continue
    return events


def _merge(documents: list[Document], kept: dict[str, list] | None, problems: list[Problem],
           meter: _Progress, paths: list[str], merge: _Merge, *, cache: bool | None,
           lendable: dict[str, list] | None = None) -> list[Event]:
    """Finish the merge across documents that `merge` was fed during the map (`_find_events`); if that
    fails, each document's events merged on their own, so they are still shown (unmerged across sources),
    and the failure is named. Each document's candidates for that are `kept`'s, or, when None (the merge's
    own are not held beside it), the document analysed again, one at a time; a document that fails then is
    its own problem and the others keep their events. The bar moves through the merge step meanwhile."""
    from timeline_app.core import merging

    done = meter.read_total + 2 * meter.text_total
    meter.report(done, f"Merging events from {len(documents)} articles")
    try:
        if merge.failure is not None:
            raise merge.failure
        # (An undated article beside others may be lent the day of the story it joins: `_lend_days`.)
        lend = None if lendable is None else partial(_lend_or_warn, documents, lendable, meter, cache, problems, paths)
        events = merge.merger.finish(documents, lend=lend)
        paths_by_id = {d.id: d.path for d in documents}
        for doc_id, n in Counter(merge.dropped).items():
            problems.append(Problem(paths_by_id.get(doc_id, doc_id),
                                    f"{n} event{'s' if n != 1 else ''} with a date outside the calendar "
                                    f"(before year 1 or after 9999) {'were' if n != 1 else 'was'} left out",
                                    Problem.WARNING))
        return events
    except Exception as exc:  # noqa: BLE001
        where = paths[0] if len(paths) == 1 else f"{paths[0]} and {len(paths) - 1} more"
        problems.append(Problem(where, f"events could not be merged across articles, shown per article: "
                                       f"{_failure(exc)}", Problem.WARNING))
    # The merger's groups go before the documents are analysed again beside them (a failed finish may have
    # left much of them alive; `_build_timeline` holds `merge` itself).
    merge.merger = None
    events: list[Event] = []
    width = meter.total - done
    total = sum(len(d.text) for d in documents)
    before = 0
    analysis_cache = _open_cache(cache) if kept is None else None
    try:
        for index, doc in enumerate(documents, 1):
            name = Path(doc.path).name or doc.id
            part = _MergePart(meter, done, width, before, len(doc.text), total,
                              f"Merging events per article: {name} — {index} of {len(documents)}")
            part.report(0)  # also the check for Cancel between documents
            before += len(doc.text)
            try:
                candidates = kept.pop(doc.id, []) if kept is not None else _analysed_again(doc, part, analysis_cache)
            except Exception as exc:  # noqa: BLE001 - this document's problem; the others keep their events
                problems.append(Problem(doc.path, f"could not be analysed again for its events after the merge "
                                                  f"failed: {_failure(exc)}"))
                continue
            try:
                events.extend(merging.merge(candidates, [doc]))
            except Exception as exc:  # noqa: BLE001
                kept_alone = _each_alone(candidates, doc)
                problems.append(Problem(doc.path, f"could not merge events: {_failure(exc)}; "
                                                  f"{len(kept_alone)} shown unmerged",
                                        Problem.WARNING if kept_alone else Problem.ERROR))
                events.extend(kept_alone)
            del candidates
    finally:
        if analysis_cache is not None:
            analysis_cache.close()
        if kept is None:
            _release_sentence_analyses()
    # Per-document ids may repeat across documents; the window keys events by id.
    seen: set[str] = set()
    unique: list[Event] = []
    for e in sorted(events, key=lambda e: (e.first, e.last, e.title)):  # merge's own order
        if e.id in seen:
            e = replace(e, id=f"{e.id}-{e.mentions[0].document if e.mentions else len(unique)}")
        seen.add(e.id)
        unique.append(e)
    return unique
