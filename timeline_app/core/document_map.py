"""The per-document map of a load, scaled out: the analysis cache, then serial, a process pool or Dask.

`analyse_all` gives each document's `DocumentAnalysis`, in the documents' order, whichever way it ran: a
cached analysis when the content is unchanged; the rest in this thread when the work is small or there is
one core (with progress inside each document), in a pool of worker processes otherwise (chunks of
documents, progress per chunk as results stream back), or on a Dask cluster when a scheduler address is
given. The output is the same every way: the pool and Dask run the very function the serial path runs
(the pool's workers send its analyses back as plain rows, `analysis.pack_analyses`, rebuilt equal here).
A caller that wants each analysis as soon as it exists (the pipeline merges while the map runs) passes
`on_analysis`: it is called once per document, in the documents' order whichever order the analyses arrive
in (cache hits, chunks finishing out of order, a worker's documents retried one by one).

Workers never fork the app itself (a fork of a process whose Qt threads hold locks is unsafe) and import only
the core, never Qt. On Linux (and other Unixes but macOS) they are forked from a fork server: a fresh,
single-threaded process started once per app, which imports the core and loads its tables
(`core/worker_preload.py`) before it forks any worker, so a worker starts in milliseconds instead of paying
about 0.7 s of CPU for a new interpreter, the core's imports, its regexes and its tables. Elsewhere (Windows,
macOS, where a forked process that has loaded system frameworks may crash, or a frozen app) they are
spawned, each a fresh interpreter. Cancel drops the pending chunks and stops the workers at once; a worker that dies
makes its documents problems and the rest load.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from timeline_app.core.analysis import (DocumentAnalysis, DocumentProblem, analyse_document, analyse_documents,
                                        analyse_packed, unpack_analyses)
from timeline_app.core.model import Document
from timeline_app.core.progress import CharProgress

# (`concurrent.futures` and `multiprocessing` are imported by the functions that start a pool: a serial load,
# one article or a small folder, never needs them, and they are 3 MB and 0.2-0.4 s to import: sockets,
# selectors, pickling, the process machinery.)
if TYPE_CHECKING:
    import concurrent.futures as futures
    import multiprocessing

# Below this much text (characters) a pool costs more than it saves: starting a worker and importing the
# core takes about a second of one core (benchmarks/extract_speed.py), a serial pass ~0.2 MB/s.
POOL_MIN_CHARS = 400_000
# One task: documents are grouped until about this much text (a fraction of a second of work), so small
# documents share a task, results come back often enough for the progress bar, and Cancel is prompt.
CHUNK_CHARS = 64_000
POLL_SECONDS = 0.1  # how often a wait on workers looks at Cancel
START_SECONDS = 10.0  # how long workers that cannot be started are tried again (a fork server's death)
DASK_CONNECT_SECONDS = 20  # a scheduler that does not answer by then is an error, not a hang
WORKERS_ENVIRONMENT = "TIMELINE_APP_WORKERS"  # a number of processes (1: serial) instead of the choice below


class Meter(Protocol):
    """What the map needs of the pipeline's progress: per-document callbacks, and overall reports."""

    def within(self, label: str, name: str, before: int, length: int, second: bool) -> CharProgress: ...

    def report(self, done: int, label: str) -> None: ...

    def check(self) -> None: ...

    def mapped(self, characters: int) -> int: ...


def available_cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return counter() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def pool_size(total_chars: int, workers: int | None, largest: int = 0) -> int:
    """How many worker processes to use: `workers` when given (1 = serial), else TIMELINE_APP_WORKERS when
    set, else all cores when the text is big enough to pay for starting them: a `largest` document of at least
    `split.SPLIT_MIN_CHARS` is walked in pieces over the pool (core/split.py); a smaller one is never split, so the
    text besides it must be big enough too (else it runs serially)."""
    from timeline_app.core.split import SPLIT_MIN_CHARS

    if workers is None:
        setting = os.environ.get(WORKERS_ENVIRONMENT, "").strip()
        workers = int(setting) if setting.isdigit() else None
    if workers is not None:
        return max(1, workers)
    cores = available_cores()
    return cores if cores > 1 and (largest >= SPLIT_MIN_CHARS or total_chars - largest >= POOL_MIN_CHARS // 2
                                   and total_chars >= POOL_MIN_CHARS) else 1


def chunks(documents: Sequence[Document], chunk_chars: int = CHUNK_CHARS, parts: int = 1) -> list[list[Document]]:
    """Consecutive documents grouped into tasks of about `chunk_chars` characters (a big document alone),
    and at least `parts` tasks when there are that many documents, so every worker has some."""
    total = sum(len(d.text) for d in documents)
    size = max(1, min(chunk_chars, total // max(1, parts * 4)))
    out: list[list[Document]] = []
    current: list[Document] = []
    filled = 0
    for doc in documents:
        current.append(doc)
        filled += len(doc.text)
        if filled >= size:
            out.append(current)
            current, filled = [], 0
    if current:
        out.append(current)
    return out


def _died(exc: BaseException) -> DocumentAnalysis:
    detail = str(exc).strip() or type(exc).__name__
    return DocumentAnalysis(None, problems=(DocumentProblem(
        f"could not be analysed: the worker process analysing it stopped ({detail})", "error"),))


def _failed(exc: BaseException) -> DocumentAnalysis:
    return DocumentAnalysis(None, problems=(DocumentProblem(
        f"could not be analysed: {type(exc).__name__}: {exc}", "error"),))


def _start_failures() -> tuple[type[BaseException], ...]:
    """What starting a pool's worker raises when it cannot: the pool broken already (BrokenProcessPool), the fork
    server's pipe closed (EOFError) or the process not made (OSError: fork's EAGAIN/ENOMEM, a broken pipe to the
    fork server). Not any other RuntimeError: "cannot schedule new futures after interpreter shutdown" is no
    worker to wait for (an extraction still running at quit stops at once)."""
    import concurrent.futures.process as process  # (see the imports)

    return process.BrokenProcessPool, EOFError, OSError

Arrived = Callable[[Document, DocumentAnalysis], None]


class _InOrder:
    """Hands analyses on in the documents' order: one that arrives early waits until those before it have
    come (the pool's chunks may finish out of order; cache hits come first), so what the caller builds
    from them never depends on how the map ran."""

    __slots__ = ("documents", "on_analysis", "waiting", "next")

    def __init__(self, documents: Sequence[Document], on_analysis: Arrived) -> None:
        self.documents = documents
        self.on_analysis = on_analysis
        self.waiting: dict[str, DocumentAnalysis] = {}
        self.next = 0  # the index of the first document not handed on yet

    def __call__(self, doc: Document, analysis: DocumentAnalysis) -> None:
        self.waiting[doc.id] = analysis
        documents, waiting = self.documents, self.waiting
        while self.next < len(documents) and documents[self.next].id in waiting:
            ready = documents[self.next]
            self.next += 1
            self.on_analysis(ready, waiting.pop(ready.id))

    def finish(self, results: dict[str, DocumentAnalysis]) -> None:
        """After the map: hand on what still waits. A document that no way of running the map analysed (a bug
        of the map, never expected) becomes a failed analysis in `results` instead of silently holding back
        every document after it."""
        documents = self.documents
        while self.next < len(documents):
            doc = documents[self.next]
            if doc.id in self.waiting:
                analysis = self.waiting[doc.id]
            else:
                analysis = results.setdefault(doc.id, _failed(RuntimeError("its analysis never came back")))
            self(doc, analysis)


def _ignore(_doc: Document, _analysis: DocumentAnalysis) -> None:
    pass


def analyse_all(documents: Sequence[Document], meter: Meter, *, workers: int | None = None,
                scheduler: str | None = None, cache=None, problems: list | None = None,
                chunk_chars: int = CHUNK_CHARS,
                function: Callable[[list[Document]], list[DocumentAnalysis]] = analyse_documents,
                on_analysis: Arrived | None = None) -> dict[str, DocumentAnalysis]:
    """Every document's analysis by id. `cache` is an `AnalysisCache` or None; `scheduler` a Dask
    scheduler address; `workers` forces the pool's size (1: serial). Raises `Cancelled` from `meter`.
    `function` is the chunk's work (tests pass one that kills its worker). `on_analysis(document,
    analysis)` is called for every document, in the documents' order, as soon as it and all before it are
    analysed, while the map goes on (an exception it raises stops the map: it should contain its own)."""
    arrived: Arrived = _InOrder(documents, on_analysis) if on_analysis is not None else _ignore
    results: dict[str, DocumentAnalysis] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        results, keys = cache.get_many(list(documents))
        if problems is not None:
            from timeline_app.core.model import Problem

            problems.extend(Problem(str(cache.path), w, Problem.WARNING) for w in cache.warnings)
            cache.warnings.clear()
    todo = [d for d in documents if d.id not in results]
    done_chars = sum(len(d.text) for d in documents if d.id in results)
    if results:
        meter.report(meter.mapped(done_chars), f"{len(results)} of {len(documents)} articles unchanged since "
                                               f"they were last read")
        for doc in documents:
            if doc.id in results:
                arrived(doc, results[doc.id])
    total_todo = sum(len(d.text) for d in todo)
    size = pool_size(total_todo, workers, max((len(d.text) for d in todo), default=0))
    if not todo:
        fresh: dict[str, DocumentAnalysis] = {}
    elif scheduler is not None:
        fresh = _dask(todo, meter, scheduler, done_chars, chunk_chars, function, arrived)
    elif size > 1:
        fresh = _pool(todo, meter, size, done_chars, chunk_chars, function, arrived)
    else:
        fresh = _serial(todo, meter, done_chars, arrived)
    if cache is not None:
        cache.put_many([(keys[doc_id], a) for doc_id, a in fresh.items() if not _transient(a)])
        if problems is not None:
            from timeline_app.core.model import Problem

            problems.extend(Problem(str(cache.path), w, Problem.WARNING) for w in cache.warnings)
    results.update(fresh)
    if isinstance(arrived, _InOrder):
        arrived.finish(results)
    return results


def _transient(analysis: DocumentAnalysis) -> bool:
    """A worker that died or a cluster that failed says nothing about the document: never cache it."""
    return any(p.message.startswith("could not be analysed:") for p in analysis.problems)


def _serial(documents: Sequence[Document], meter: Meter, before: int,
            arrived: Arrived = _ignore) -> dict[str, DocumentAnalysis]:
    out: dict[str, DocumentAnalysis] = {}
    for doc in documents:
        name = Path(doc.path).name or doc.id
        dates = meter.within("Finding dates", name, before, len(doc.text), second=False)
        events = meter.within("Finding events", name, before, len(doc.text), second=True)
        before += len(doc.text)
        dates(0)  # also the check for Cancel between documents
        out[doc.id] = analyse_document(doc, dates=dates, events=events)
        arrived(doc, out[doc.id])
    return out


def _label(done: int, total: int, how: str) -> str:
    from timeline_app.core.pipeline import _amount

    return f"Finding dates and events — {_amount(done, total)} ({how})"


def _pool(documents: Sequence[Document], meter: Meter, size: int, before: int, chunk_chars: int,
          function, arrived: Arrived = _ignore) -> dict[str, DocumentAnalysis]:
    from timeline_app.core.split import SPLIT_MIN_CHARS

    out: dict[str, DocumentAnalysis] = {}
    total = before + sum(len(d.text) for d in documents)
    done = before
    # A large document is walked in pieces over the pool (`_in_pieces`), once the others' chunks are queued; only
    # the chunk's own function (analyse_documents, not a test's) is split.
    # (A page of several stories is read whole: its news is walked story by story, `news.news_walk`.)
    large = [d for d in documents if len(d.text) >= SPLIT_MIN_CHARS and not d.story_days] \
        if function is analyse_documents else []
    tasks = chunks([d for d in documents if len(d.text) < SPLIT_MIN_CHARS or d.story_days] if large else documents,
                   chunk_chars, size)
    size = size if large else min(size, len(tasks))  # no idle workers to start
    how = f"{size} processes"
    meter.report(meter.mapped(done), _label(done, total, f"starting {how}"))
    import concurrent.futures as futures  # (see the imports)

    executor = _executor(size)
    pending: dict[futures.Future, list[Document]] = {}
    broken: list[Document] = []
    try:
        for chunk in tasks:
            try:
                # Rows, not dataclasses, come back: the parent's unpickling competes with the workers for the
                # cores.
                pending[executor.submit(analyse_packed, function, chunk)] = chunk
            except _start_failures():
                # The pool could not start its workers (its fork server died, e.g. killed for memory, or a
                # worker died while the next one was starting). No result has been taken yet, and the executor
                # may hold a queued chunk that no future of ours names: it and its workers go, and every
                # document is analysed one at a time below, in a fresh one-worker pool, as after a worker died.
                _abandon(executor)
                pending.clear()
                broken = list(documents)
                break
        position = {doc.id: k for k, doc in enumerate(documents)}
        for doc in large if not broken else ():
            analysis = _in_pieces(executor, doc, meter, before + sum(len(d.text) for d in documents[:position[doc.id]]),
                                  size)
            if analysis is None:
                broken.append(doc)
                continue
            out[doc.id] = analysis
            arrived(doc, analysis)
            done += len(doc.text)
            meter.report(meter.mapped(done), _label(done, total, how))
        while pending:
            finished, _ = futures.wait(pending, timeout=POLL_SECONDS, return_when=futures.FIRST_COMPLETED)
            meter.check()
            for future in finished:
                chunk = pending.pop(future)
                try:
                    analyses = unpack_analyses(future.result())
                except futures.process.BrokenProcessPool:
                    broken.extend(chunk)  # which document killed it is found one at a time below
                    continue
                except Exception as exc:  # noqa: BLE001 - e.g. a result that would not pickle
                    analyses = [_failed(exc)] * len(chunk)
                for doc, analysis in zip(chunk, analyses):
                    out[doc.id] = analysis
                    arrived(doc, analysis)  # in this process, while the workers go on with the next chunks
                done += sum(len(d.text) for d in chunk)
                meter.report(meter.mapped(done), _label(done, total, how))
    except BaseException:
        _abandon(executor)
        raise
    executor.shutdown(wait=True)
    if broken:
        broken.sort(key=lambda doc: position[doc.id])
        out.update(_one_by_one(broken, meter, done, total, function, arrived))
    return out


def _in_pieces(executor: futures.ProcessPoolExecutor, doc: Document, meter: Meter, before: int,
               size: int) -> DocumentAnalysis | None:
    """`doc` analysed in pieces walked by the pool's workers (core/split.py), this process tagging it and keeping
    each piece only when it began from the state the one before ended with; None when the pool broke (a worker
    died: the document is then analysed alone, as after any worker's death)."""
    import concurrent.futures as futures  # (see the imports)

    from timeline_app.core import split

    name = Path(doc.path).name or doc.id
    length = len(doc.text)

    def submit(_document: Document, packed: bytes):
        future = executor.submit(split.walk_packed_piece, sent, packed)

        def result() -> split.PieceResult:
            while True:
                try:
                    return future.result(timeout=POLL_SECONDS)
                except futures.TimeoutError:
                    meter.check()
        return result

    # A few pieces a worker, so that they finish about together; each worker reads the whole document (its walks
    # read the text around a sentence: names, the headline), so not many more.
    piece_chars = max(split.PIECE_CHARS, length // (4 * size))
    dates = meter.within("Finding dates", name, before, length, second=False)
    events = meter.within("Finding events", name, before, length, second=True)
    try:
        # (The document is written once for the workers, each task naming it: see `split.DocumentFile`.)
        with split.sent_document(doc) as sent:
            return split.analyse_in_pieces(doc, submit, piece_chars=piece_chars, dates=dates, events=events)
    except _start_failures():
        return None
    except Exception:  # noqa: BLE001 - a piece's failure (a result that would not pickle...): the document whole, here
        return analyse_document(doc, dates=dates, events=events)


def _one_by_one(documents: list[Document], meter: Meter, done: int, total: int,
                function, arrived: Arrived = _ignore) -> dict[str, DocumentAnalysis]:
    """After a worker died: each document alone in a one-worker pool, so the one that kills its worker is
    named and the others load. When no worker can be started for START_SECONDS, the documents left are analysed
    in this process (the serial path), not given up."""
    import concurrent.futures as futures  # (see the imports)

    out: dict[str, DocumentAnalysis] = {}
    give_up_at: float | None = None  # (monotonic) when a worker that does not start is given up
    start_failures = _start_failures()
    executor = _executor(1)
    try:
        for n, doc in enumerate(documents):
            future = None
            while future is None:
                try:
                    future = executor.submit(analyse_packed, function, [doc])
                except start_failures:
                    # No worker starts: a fresh executor, whose start starts a fork server that died anew. One
                    # killed a moment ago looks alive until it has finished dying (its connection refused
                    # meanwhile): tried again for up to START_SECONDS in all. After that no fresh fork server is
                    # tried per document (each costs a preload): the rest is analysed here.
                    _abandon(executor)
                    now = time.monotonic()
                    give_up_at = now + START_SECONDS if give_up_at is None else give_up_at
                    if now >= give_up_at:
                        out.update(_serial(documents[n:], meter, done, arrived))
                        return out
                    executor = _executor(1)
                    meter.check()
                    time.sleep(POLL_SECONDS)
            while future is not None:
                try:
                    out[doc.id] = unpack_analyses(future.result(timeout=POLL_SECONDS))[0]
                    break
                except futures.TimeoutError:
                    meter.check()
                except futures.process.BrokenProcessPool as exc:
                    out[doc.id] = _died(exc)
                    executor.shutdown(wait=False)
                    executor = _executor(1)
                    break
                except Exception as exc:  # noqa: BLE001
                    out[doc.id] = _failed(exc)
                    break
            arrived(doc, out[doc.id])
            done += len(doc.text)
            meter.report(meter.mapped(done), _label(done, total, "one at a time after a worker stopped"))
    except BaseException:
        _abandon(executor)
        raise
    executor.shutdown(wait=True)
    return out


# The first thing every worker runs, as `exec(_WORKER_START.format(...), {})`: a builtin, so nothing of the app
# is imported to run it. Workers ignore Ctrl+C: the parent decides (it cancels and stops them), so a
# terminal's interrupt does not print a traceback from every worker. And a worker forked from a fork server
# that loaded another copy of the app than the parent's forgets that copy and imports the parent's, as a
# spawned worker does: the fork server imports its preload with the search path of a fresh interpreter in
# the parent's folder (Python 3.11 ignores the parent's sys.path there), so a script that put a checkout
# first on its path could otherwise run the installed copy's rules.
_WORKER_START = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
loaded = getattr(sys.modules.get("timeline_app"), "__file__", None)
if loaded is not None and os.path.realpath(loaded) != {package!r}:
    for name in [n for n in sys.modules if n == "timeline_app" or n.startswith("timeline_app.")]:
        del sys.modules[name]
"""


def _worker_start_code() -> str:
    import timeline_app

    return _WORKER_START.format(package=os.path.realpath(timeline_app.__file__))


# What the fork server imports before forking workers: the core's per-document work with its tables loaded.
WORKER_PRELOAD = "timeline_app.core.worker_preload"


def start_method(platform: str | None = None) -> str:
    """How workers start: "forkserver" where it is available and safe, else "spawn" (see the module's doc).
    `platform` stands for sys.platform (tests ask about the others)."""
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "cygwin", "darwin")) or getattr(sys, "frozen", False):
        return "spawn"
    import multiprocessing  # (see the imports)

    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # (see the imports)

    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # Read when the fork server starts (the first pool of the app); later pools reuse that server. Only
        # the core: the fork server must stay free of Qt and of threads.
        context.set_forkserver_preload([WORKER_PRELOAD])
    return context


def _executor(size: int) -> futures.ProcessPoolExecutor:
    import concurrent.futures as futures  # (see the imports)

    return futures.ProcessPoolExecutor(max_workers=size, mp_context=_context(), initializer=exec,
                                       initargs=(_worker_start_code(), {}))


def _abandon(executor: futures.ProcessPoolExecutor) -> None:
    """Stop now: drop pending chunks, stop the workers mid-chunk (their results would be thrown away)
    and do not wait for them, so Cancel and quitting are immediate and leave no processes behind."""
    # The executor keeps its processes in a private dict; there is no public way before Python 3.14
    # (terminate_workers) to stop a running task.
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    # The executor's manager thread may have started a worker after that snapshot (workers are spawned as
    # chunks are queued): read its dict again, so that no worker outlives Cancel idle.
    processes += [p for p in (getattr(executor, "_processes", None) or {}).values() if p not in processes]
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=1.0)


def _dask(documents: Sequence[Document], meter: Meter, scheduler: str, before: int, chunk_chars: int,
          function, arrived: Arrived = _ignore) -> dict[str, DocumentAnalysis]:
    """The map on a Dask cluster: chunks submitted to the scheduler at `scheduler`, results gathered here
    as they complete (the merge stays local)."""
    from distributed import Client, as_completed

    out: dict[str, DocumentAnalysis] = {}
    total = before + sum(len(d.text) for d in documents)
    done = before
    how = f"Dask at {scheduler}"
    meter.report(meter.mapped(done), _label(done, total, f"connecting to {how}"))
    with Client(scheduler, set_as_default=False, timeout=DASK_CONNECT_SECONDS) as client:
        parts = max(1, sum(client.nthreads().values()))
        pending = {}
        for chunk in chunks(documents, chunk_chars, parts):
            pending[client.submit(function, chunk, pure=False)] = chunk
        try:
            for future in as_completed(list(pending), loop=client.loop):
                chunk = pending.pop(future)
                try:
                    analyses = future.result()
                except Exception as exc:  # noqa: BLE001 - a failed task is its documents' problem
                    analyses = [_failed(exc)] * len(chunk)
                for doc, analysis in zip(chunk, analyses):
                    out[doc.id] = analysis
                    arrived(doc, analysis)
                done += sum(len(d.text) for d in chunk)
                meter.report(meter.mapped(done), _label(done, total, how))
        except BaseException:
            client.cancel(list(pending))
            raise
    return out
