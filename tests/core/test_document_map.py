"""The per-document map scaled out: the process pool gives exactly the serial output, streams progress,
stops at once on Cancel leaving no process behind, and a worker that dies costs only its own documents."""
from __future__ import annotations

import concurrent.futures
import multiprocessing
import time
from pathlib import Path

import pytest

from tests.core import pool_helpers
from tests.core.corpus_helpers import SMALL_CORPUS
from tests.core.pool_helpers import Meter
from timeline_app.core import document_map
from timeline_app.core.analysis import analyse_document
from timeline_app.core.documents import load_paths
from timeline_app.core.export import timeline_json
from timeline_app.core.model import Document, Sentence
from timeline_app.core.pipeline import build_timeline, seeds_dir
from timeline_app.core.progress import Cancelled

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = [str(seeds_dir()), str(FIXTURES)]  # every article the tests have: seeds and fixtures


@pytest.fixture(scope="module")
def serial_timeline():
    return build_timeline(CORPUS, workers=1, cache=False)


def test_pool_output_is_exactly_the_serial_output_on_seeds_and_fixtures(serial_timeline):
    labels: list[str] = []
    pooled = build_timeline(CORPUS, workers=2, cache=False, progress=lambda _d, _t, label: labels.append(label))
    assert len(serial_timeline.documents) > 30 and len(serial_timeline.events) > 100
    assert pooled == serial_timeline
    assert timeline_json(pooled) == timeline_json(serial_timeline)
    mapped = [label for label in labels if label.startswith("Finding dates and events")]
    assert len(mapped) >= 4, labels  # progress moves as chunks come back, not once at the end
    assert not multiprocessing.active_children()


def _seed_documents() -> list[Document]:
    documents, problems = load_paths([str(seeds_dir())])
    assert documents and not problems
    return list(documents)


def _marked(doc_id: str, marker: str) -> Document:
    text = f"A note\n\nOn June 19, 2024, the leaders met in the capital. {marker}\n"
    return Document(doc_id, f"/nowhere/{doc_id}.txt", text, "A note", sentences=(Sentence(8, len(text)),))


def test_a_worker_that_dies_is_a_problem_for_its_document_and_the_rest_load():
    documents = _seed_documents()[:3]
    killer = _marked("killer", pool_helpers.KILL_MARKER)
    docs = documents[:1] + [killer] + documents[1:]
    analyses = document_map.analyse_all(docs, Meter(), workers=2, chunk_chars=1,
                                        function=pool_helpers.analyse_or_die)
    assert set(analyses) == {d.id for d in docs}
    died = analyses["killer"]
    assert died.candidates is None
    assert "worker process analysing it stopped" in died.problems[0].message
    for doc in documents:
        assert analyses[doc.id] == analyse_document(doc), doc.id
    assert not multiprocessing.active_children()


class _WorkersWillNotStart(concurrent.futures.ProcessPoolExecutor):
    """A pool that starts `startable` workers and no more: starting the next raises what
    `multiprocessing.forkserver.read_signed` raises when the fork server died meanwhile (killed, e.g. by the
    out-of-memory killer, while the pool was starting its workers)."""

    startable = 1

    def _spawn_process(self) -> None:
        if len(self._processes) >= self.startable:
            raise EOFError("unexpected EOF")
        super()._spawn_process()


def _executors(monkeypatch, *startable: int) -> None:
    """`document_map._executor` makes pools of `_WorkersWillNotStart`, the first starting startable[0] workers,
    the next startable[1] and so on; the pools after those are the real ones."""
    real = document_map._executor
    left = list(startable)

    def executor(size: int) -> concurrent.futures.ProcessPoolExecutor:
        if not left:
            return real(size)
        pool = _WorkersWillNotStart(max_workers=size, mp_context=document_map._context(), initializer=exec,
                                    initargs=(document_map._worker_start_code(), {}))
        pool.startable = left.pop(0)
        return pool

    monkeypatch.setattr(document_map, "_executor", executor)


def test_a_pool_whose_workers_cannot_all_start_gives_the_serial_output(monkeypatch):
    # The first worker starts and takes a chunk, the second does not: the documents are analysed one at a time
    # in a fresh pool (the extraction used to stop with the EOFError), whose first worker does not start either
    # (a fork server killed a moment ago still looks alive), the next does; the timeline is the serial one.
    # (The fallback's path does not depend on how much is read: the smaller corpus, in chunks all the same.)
    serial = build_timeline(SMALL_CORPUS, workers=1, cache=False)
    _executors(monkeypatch, 1, 0)
    pooled = build_timeline(SMALL_CORPUS, workers=2, cache=False)
    assert len(serial.documents) > 30 and len(serial.events) > 100
    assert timeline_json(pooled) == timeline_json(serial)
    assert not multiprocessing.active_children()


def test_documents_no_worker_can_be_started_for_are_analysed_in_this_process(monkeypatch):
    # After START_SECONDS of workers that do not start, the documents left are analysed here (the serial path),
    # not made problems (an empty timeline), and no fresh fork server is tried per document.
    documents = _seed_documents()[:3]
    monkeypatch.setattr(document_map, "START_SECONDS", 0.3)
    _executors(monkeypatch, *[0] * 100)  # the pool, then every one tried for the documents alone
    analyses = document_map.analyse_all(documents, Meter(), workers=2, chunk_chars=1)
    assert list(analyses) == [d.id for d in documents]
    for doc in documents:
        assert analyses[doc.id] == analyse_document(doc), doc.id
    assert not multiprocessing.active_children()


class _SubmitAfterShutdown(concurrent.futures.ProcessPoolExecutor):
    """A pool whose submit raises what Python raises for a submit at interpreter shutdown."""

    def submit(self, *args, **kwargs):
        raise RuntimeError("cannot schedule new futures after interpreter shutdown")


def test_a_submit_at_interpreter_shutdown_stops_the_map_at_once(monkeypatch):
    # No worker to wait for: no retry (which spun for START_SECONDS), no document analysed one by one.
    monkeypatch.setattr(document_map, "START_SECONDS", 0.3)
    monkeypatch.setattr(document_map, "_executor", lambda size: _SubmitAfterShutdown(max_workers=size))
    with pytest.raises(RuntimeError, match="interpreter shutdown"):
        document_map.analyse_all(_seed_documents()[:3], Meter(), workers=2, chunk_chars=1)
    assert not multiprocessing.active_children()


class _CancelledWhenChecked(Meter):
    """A meter whose progress reports pass and whose check for Cancel raises: Cancel pressed while the map waits."""

    def report(self, done: int, label: str) -> None:
        self.reports.append((done, label))

    def check(self) -> None:
        raise Cancelled


def test_cancel_during_the_wait_for_workers_to_start_stops_the_map_and_leaves_no_process(monkeypatch):
    # Workers never start and the retry would go on for a minute: the first check for Cancel in its wait stops
    # it (a test that hung would time the suite out), and neither a worker nor a document analysed here follows.
    monkeypatch.setattr(document_map, "START_SECONDS", 60.0)
    _executors(monkeypatch, *[0] * 1000)
    meter = _CancelledWhenChecked()
    with pytest.raises(Cancelled):
        document_map.analyse_all(_seed_documents()[:3], meter, workers=2, chunk_chars=1)
    assert not any(label.startswith("Finding dates in") for _, label in meter.reports)
    assert not multiprocessing.active_children()


def test_cancel_stops_the_workers_mid_chunk_and_leaves_no_process():
    documents = _seed_documents()
    slow = _marked("slow", pool_helpers.SLOW_MARKER)
    meter = Meter(cancel_when=lambda label: label.startswith("Finding dates and events")
                   and "starting" not in label)  # the first chunk back: the slow one still runs
    with pytest.raises(Cancelled):
        document_map.analyse_all([slow, *documents], meter, workers=2, chunk_chars=1,
                                 function=pool_helpers.analyse_slowly)
    # The slow worker sleeps for a minute: it is gone only because Cancel terminated it. A terminated process
    # may take a moment to be reaped on a loaded machine: join briefly, far less than the minute it would sleep.
    # A killed worker's pipe closes a moment before the kernel reports its exit, so one join can return while
    # is_alive() still says yes: join again until the deadline.
    deadline = time.monotonic() + 10
    alive = multiprocessing.active_children()
    while alive and time.monotonic() < deadline:
        for child in alive:
            child.join(timeout=0.1)
        alive = [child for child in multiprocessing.active_children() if child.is_alive()]
    assert not alive


def test_workers_import_the_core_without_qt():
    executor = document_map._executor(1)
    try:
        assert executor.submit(pool_helpers.qt_modules).result(timeout=120) == []
    finally:
        executor.shutdown(wait=True)


@pytest.mark.skipif(document_map.start_method() != "forkserver", reason="workers are spawned on this platform")
def test_workers_start_with_the_core_imported_and_its_tables_loaded():
    executor = document_map._executor(2)
    try:
        states = [executor.submit(pool_helpers.preloaded).result(timeout=120) for _ in range(2)]
    finally:
        executor.shutdown(wait=True)
    assert states == [{"worker_preload": True, "tables": True}] * 2


@pytest.mark.parametrize("platform", ["win32", "cygwin", "darwin"])
def test_workers_are_spawned_where_forking_is_unsafe_or_missing(platform):
    assert document_map.start_method(platform) == "spawn"


def test_workers_are_spawned_where_the_fork_server_is_missing(monkeypatch):
    assert document_map.start_method("linux") == "forkserver"
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["fork", "spawn"])
    assert document_map.start_method("linux") == "spawn"


def test_a_worker_forgets_a_copy_of_the_app_loaded_from_elsewhere_and_keeps_its_own():
    # What a worker runs first, run in a fresh interpreter holding a copy of the app "from elsewhere" (as a
    # fork server may) and then one holding this one.
    code = f"""
import sys, types
import timeline_app, timeline_app.core.model
own = set(n for n in sys.modules if n.startswith("timeline_app"))
exec({document_map._worker_start_code()!r}, {{}})
assert set(n for n in sys.modules if n.startswith("timeline_app")) == own, "its own copy is kept"
for name in ("timeline_app", "timeline_app.core", "timeline_app.core.model"):
    sys.modules[name] = types.ModuleType(name)
sys.modules["timeline_app"].__file__ = "/elsewhere/timeline_app/__init__.py"
exec({document_map._worker_start_code()!r}, {{}})
assert not [n for n in sys.modules if n.startswith("timeline_app")], "the other copy is forgotten"
import timeline_app.core.model
import signal
assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
print(timeline_app.__file__)
"""
    import subprocess
    import sys

    import timeline_app

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(timeline_app.__file__).parents[1])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == timeline_app.__file__


@pytest.mark.parametrize("total, largest, workers, cores, expected", [
    (10_000_000, 1000, None, 1, 1),  # one core: never a pool
    (10, 1, None, 4, 1),  # too little text to pay for starting workers
    (document_map.POOL_MIN_CHARS, 1000, None, 4, 4),
    (10_000_000, 9_900_000, None, 4, 4),  # one big document and little else: walked in pieces (core/split.py)
    (300_000, 200_000, None, 4, 1),  # a document too small to be split, and little else
    (10_000_000, 5_000_000, None, 4, 4),  # two big ones
    (10, 1, 3, 1, 3),  # forced
    (10_000_000, 1000, 1, 8, 1),  # forced serial
])
def test_pool_size(monkeypatch, total, largest, workers, cores, expected):
    monkeypatch.delenv(document_map.WORKERS_ENVIRONMENT, raising=False)
    monkeypatch.setattr(document_map, "available_cores", lambda: cores)
    assert document_map.pool_size(total, workers, largest) == expected


def test_workers_environment_variable_forces_the_pool_size(monkeypatch):
    monkeypatch.setenv(document_map.WORKERS_ENVIRONMENT, "1")
    assert document_map.pool_size(10_000_000, None) == 1


def test_chunks_group_small_documents_keep_order_and_give_every_worker_some():
    docs = [Document(f"d{k}", f"d{k}.txt", "x" * size, "") for k, size in enumerate([10, 10, 10, 500, 10, 10])]
    groups = document_map.chunks(docs, chunk_chars=30)
    assert [[d.id for d in g] for g in groups] == [["d0", "d1", "d2"], ["d3"], ["d4", "d5"]]
    assert [d for g in groups for d in g] == docs
    assert len(document_map.chunks(docs, chunk_chars=10_000, parts=2)) >= 2


def test_results_are_taken_as_each_chunk_finishes_while_another_still_runs(tmp_path):
    # One chunk waits for a file that only the parent's report of another chunk's results creates: the map
    # can end only if the parent takes finished chunks (and reports them) while that one is still running.
    release = tmp_path / "release"
    documents = _seed_documents()
    waiting = _marked("waiting", f"{pool_helpers.WAIT_MARKER}{release} ")
    taken_before_release: list[int] = []

    def on_report(label: str) -> bool:
        if label.startswith("Finding dates and events") and "starting" not in label and not release.exists():
            taken_before_release.append(1)
            release.write_text("go")
        return False

    analyses = document_map.analyse_all([waiting, *documents], Meter(cancel_when=on_report), workers=2,
                                        chunk_chars=1, function=pool_helpers.analyse_when_released)
    assert taken_before_release == [1]
    for doc in [waiting, *documents]:
        assert analyses[doc.id] == analyse_document(doc), doc.id  # rows sent back, the same analyses rebuilt
    assert not multiprocessing.active_children()


def test_what_a_worker_sends_back_is_rebuilt_equal_and_smaller():
    import pickle

    from timeline_app.core.analysis import analyse_documents, pack_analyses, unpack_analyses

    documents = _seed_documents() + [document for document in load_paths([str(FIXTURES / "news")])[0]]
    analyses = analyse_documents(documents)
    assert any(a.references is not None and a.references.found for a in analyses)  # plans travel too
    packed = pickle.dumps(pack_analyses(analyses), protocol=pickle.HIGHEST_PROTOCOL)
    rebuilt = unpack_analyses(pickle.loads(packed))
    assert rebuilt == analyses
    assert [[type(c) for c in a.candidates] for a in rebuilt] == [[type(c) for c in a.candidates] for a in analyses]
    assert len(packed) < len(pickle.dumps(analyses, protocol=pickle.HIGHEST_PROTOCOL))
