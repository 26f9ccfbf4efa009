"""core/collector.py: the cyclic collector paused around merging and project reading, and always restored."""
from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from timeline_app.core import merging
from timeline_app.core.collector import collection_paused
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions


@pytest.fixture(autouse=True)
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_merging_runs_with_the_collector_paused_and_restores_it(monkeypatch) -> None:
    seen: list[bool] = []
    real = merging._merge

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(merging, "_merge", watching)
    doc = document_from_text("On May 2, 2021, Chancellor Weber visited Rome.\n", id="d0")
    events = merging.merge(extract_mentions(doc), [doc])
    assert events and seen == [False]
    assert gc.isenabled()


def test_the_collector_comes_back_after_a_failure(monkeypatch) -> None:
    def failing(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(merging, "_merge", failing)
    with pytest.raises(RuntimeError):
        merging.merge([], [])
    assert gc.isenabled()


def test_a_pause_that_began_with_the_collector_off_leaves_it_off() -> None:
    gc.disable()
    with collection_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_pauses_in_two_threads_lift_only_when_both_end() -> None:
    entered, release = threading.Event(), threading.Event()
    states: list[bool] = []

    def other() -> None:
        with collection_paused():
            entered.set()
            release.wait(30)

    thread = threading.Thread(target=other)
    with collection_paused():
        thread.start()
        assert entered.wait(30)
    states.append(gc.isenabled())  # this thread's pause is over; the other's is not
    release.set()
    thread.join(30)
    states.append(gc.isenabled())
    assert states == [False, True]


def test_merging_leaves_no_cycles_for_the_collector() -> None:
    # With the collector paused, any reference cycle merging makes would stay in memory until the end of the
    # merge (a recursive closure per event did: 6,000 closures for 300 articles).
    texts = [f"Weber and Berg in Oslo {i}\n\nOn May {1 + i % 28}, 2021, Chancellor Weber met Berg in Oslo. "
             f"Weber-Berg talks on May {1 + i % 28}, 2021 went well, Weber said.\n" for i in range(40)]
    docs = [document_from_text(t, id=f"d{i}") for i, t in enumerate(texts)]
    candidates = [c for d in docs for c in extract_mentions(d)]
    merging.merge(candidates, docs)  # caches filled
    gc.collect()
    gc.disable()
    try:
        events = merging.merge(candidates, docs)
        assert events
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_pause_lifted_by_call_is_lifted_once_and_waits_for_other_pauses() -> None:
    from timeline_app.core.collector import pause

    lift = pause()
    assert not gc.isenabled()
    with collection_paused():
        lift()
        assert not gc.isenabled()  # the block's pause still holds
        lift()  # a second call must not lift the block's pause
        assert not gc.isenabled()
    assert gc.isenabled()


def _articles() -> list:
    from timeline_app.core.documents import load_paths
    from timeline_app.core.pipeline import seeds_dir

    fixtures = Path(__file__).parent / "fixtures"
    documents, _problems = load_paths([str(seeds_dir()), str(fixtures / "news"), str(fixtures / "genres")])
    return sorted(documents, key=lambda d: d.path)


def test_each_document_is_analysed_with_the_collector_paused_and_restores_it(monkeypatch) -> None:
    from timeline_app.core import news
    from timeline_app.core.analysis import analyse_document, analyse_documents, analyse_packed, unpack_analyses

    docs = _articles()
    analyse_documents(docs)  # tables and caches loaded
    # One long article (the fixtures' texts in a row): its analysis alone made 31 collections; now at most the
    # one its first allocation after the pause may start.
    long = document_from_text("\n\n".join(d.text for d in docs), id="long")
    seen: list[bool] = []
    real = news.NewsWalk  # (what analyse_document finds the news by, beside extraction's walk)

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(news, "NewsWalk", watching)
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        analysis = analyse_document(long)
        during = len(collections)
        packed = analyse_packed(analyse_documents, docs)  # a pool worker's task
    finally:
        gc.callbacks.remove(count)
    assert analysis.candidates and during <= 1
    # (one news walk per story: the long article, the fixtures' pages in a row, may read as several stories, each
    # under its own date line, `Document.story_days`)
    assert len(seen) >= 1 + len(docs) and not any(seen) and gc.isenabled()
    assert unpack_analyses(packed) == [analyse_document(doc) for doc in docs]


def test_analysis_leaves_no_cycles_for_the_collector() -> None:
    # With the collector paused, a reference cycle the per-document work made would stay in memory until the
    # end of the document (or of the worker's chunk).
    from timeline_app.core.analysis import analyse_documents

    docs = _articles()
    analyse_documents(docs)  # caches filled
    gc.collect()
    gc.disable()
    try:
        assert all(a.candidates for a in analyse_documents(docs))
        assert gc.collect() == 0
    finally:
        gc.enable()


# --- The whole build: one pause from listing the files to the timeline -------------------------------------

_NEWS = Path(__file__).parent / "fixtures" / "news"


class _Cycle:
    """A reference cycle (the object refers to itself): only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_a_build_runs_paused_between_its_stages_and_restores_the_collector(monkeypatch) -> None:
    from timeline_app.core import news, pipeline

    seen: list[bool] = []
    real = news.resolve_news  # (after the map, outside the per-document and merging pauses)

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(news, "resolve_news", watching)
    timeline = pipeline.build_timeline([str(_NEWS / "01_politics.txt"), str(_NEWS / "05_court.txt")], cache=False,
                                       workers=1)
    assert timeline.events and seen == [False]
    assert gc.isenabled()


def test_a_build_on_a_worker_thread_runs_paused_between_its_stages(monkeypatch) -> None:
    """The window builds on a worker thread while its GUI thread runs: a full collection there would hold the GIL
    for its whole walk and freeze the GUI thread, so the build takes the process-wide pause there too."""
    import threading

    from timeline_app.core import news, pipeline

    seen: list[bool] = []
    real = news.resolve_news

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(news, "resolve_news", watching)
    built: list[object] = []
    worker = threading.Thread(target=lambda: built.append(pipeline.build_timeline(
        [str(_NEWS / "01_politics.txt")], cache=False, workers=1)))
    worker.start()
    worker.join()
    assert built and built[0].events and seen == [False]
    assert gc.isenabled()


@pytest.mark.parametrize("failure", [KeyboardInterrupt, RuntimeError])
def test_a_build_that_raises_restores_the_collector(failure) -> None:
    from timeline_app.core import pipeline
    from timeline_app.core.progress import Cancelled

    def progress(_done: int, _total: int, label: str) -> None:
        if label.startswith("Finding events"):
            raise failure("stop")

    with pytest.raises(failure):
        pipeline.build_timeline([str(_NEWS / "01_politics.txt")], cache=False, workers=1, progress=progress)
    assert gc.isenabled()
    with pytest.raises(Cancelled):
        pipeline.build_timeline([str(_NEWS / "01_politics.txt")], cache=False, workers=1, cancelled=lambda: True)
    assert gc.isenabled()


def test_a_build_frees_the_garbage_cycles_it_made_before_it_returns(monkeypatch) -> None:
    # Paused for the whole build, the collector would otherwise keep them past it: those made while the
    # documents are read until some later full collection (frozen with the rest before merging).
    import weakref

    from timeline_app.core import extraction, news, pipeline

    made: list[weakref.ref] = []

    def cycling(real):
        def call(*args, **kwargs):
            made.append(weakref.ref(_Cycle()))
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(extraction, "share_strings", cycling(extraction.share_strings))  # as each document arrives
    monkeypatch.setattr(news, "resolve_news", cycling(news.resolve_news))  # after every document
    with collection_paused():  # no collection but those the build makes itself
        pipeline.build_timeline([str(_NEWS / "01_politics.txt"), str(_NEWS / "05_court.txt")], cache=False,
                                workers=1)
        assert len(made) > 2 and all(ref() is None for ref in made)
