"""Issue 7: extraction's peak memory per byte of input, measured by tracemalloc on dense synthetic news (a date
in nearly every sentence), with generous headroom. No timings are asserted."""
from __future__ import annotations

import datetime as dt
import gc
import sys
import random
import tracemalloc
from pathlib import Path
from types import SimpleNamespace

import pytest

from timeline_app.core import analysis_cache
from timeline_app.core.pipeline import build_timeline

_SENTENCES = (
    "On {month} {day}, {year}, {person} visited {place} for talks on trade.",
    "{person} signed an agreement in {place} on {month} {day}, {year}.",
    "It was {person}'s first visit to {place} since {earlier}.",
    "The accord replaces older deals from {earlier}, {older}, and {year}.",
    "Protesters gathered in {place} on Tuesday, and {person} spoke the next day.",
)
_PEOPLE = ("Anna Weber", "Kim Jong", "Luis Ortega", "Mara Ilić", "Tom Baker", "Sara Nilsson")
_PLACES = ("Rome", "Seoul", "Lagos", "Quito", "Oslo", "Hanoi")
_ZLIB_STATE = 300_000  # bytes: a compressor's window and tables (deflate's default memLevel 8, window 32 KB)
_MONTHS = ("January", "March", "May", "June", "September", "November")


def _news(size: int) -> str:
    rng = random.Random(7)
    parts = ["Talks in the capital", dt.date(2024, 6, 20).strftime("Thursday, %B %d, %Y")]
    total = 0
    while total < size:
        year = rng.randint(1990, 2024)
        s = rng.choice(_SENTENCES).format(month=rng.choice(_MONTHS), day=rng.randint(1, 28), year=year,
                                          earlier=year - rng.randint(5, 30), older=year - rng.randint(31, 60),
                                          person=rng.choice(_PEOPLE), place=rng.choice(_PLACES))
        parts.append(s)
        total += len(s) + 2
    return "\n\n".join(parts)[:size]


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_CACHE", str(tmp_path / "cache"))  # empty: a first load writes it
    path = tmp_path / "news.txt"
    path.write_text(_news(100_000), encoding="utf-8")
    # The one-off tables (lexicons, lemminflect's) loaded first: they cost the same for 1 KB as for 10 MB.
    warm = tmp_path / "warm.txt"
    warm.write_text(_news(3_000), encoding="utf-8")
    build_timeline([warm], workers=1, cache=False)
    return path


def test_a_first_load_of_dense_news_peaks_below_a_bound_per_byte_and_its_cache_write_adds_little(article, monkeypatch):
    """The cache write was the peak of a first load: the document's whole JSON, its pieces and their join
    (13 bytes per character of this news), and SQLite's copy. Now compressed a candidate at a time. The whole
    build's bound is a guard: at this size most of its peak is fixed (the caches of 2,048 tagged and analysed
    sentences, about 5 MB full, and imports); the rest is the candidates, time expressions and news' structures
    of the one document (docs/measured.md)."""
    write = analysis_cache.AnalysisCache.put_many
    writes: list[int] = []
    before_write = [0]

    def measured(self, rows):
        start, before_write[0] = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()  # from here on, the write's own peak
        try:
            return write(self, rows)
        finally:
            writes.append(tracemalloc.get_traced_memory()[1] - start)

    monkeypatch.setattr(analysis_cache.AnalysisCache, "put_many", measured)
    size = len(article.read_text(encoding="utf-8"))
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        timeline = build_timeline([article], workers=1)
        peak = max(before_write[0], tracemalloc.get_traced_memory()[1]) - base
    finally:
        tracemalloc.stop()
    assert len(writes) == 1 and len(timeline.events) > 250
    # The write: zlib's state (about 270 KB, whatever the size), then about 2 bytes per character (the
    # compressed bytes, the writer's numbering of the document's distinct strings); 14.9 in all before.
    assert (writes[0] - _ZLIB_STATE) / size < 4, f"the cache write: {writes[0] / size:.1f} bytes per character"
    # The whole: about 74 bytes per character at 100 KB, before and now (the write was not its peak here).
    assert peak / size < 110, f"{peak / size:.0f} bytes per character"


def _dense_news_after_warm_up(tmp_path, monkeypatch) -> tuple[Path, int, list]:
    """200 KB of dense news written to a file, after a small build has loaded the one-off tables and patterns.
    Also returns the tagger's expressions for it, to be kept alive by the caller: their phrases are interned
    first (see test_analysis_memory: the interpreter's table of interned strings may resize during the
    measurement, depending on test order)."""
    from tests.core.test_analysis_memory import _article
    from timeline_app.core import temporal

    monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    warm = tmp_path / "warm.txt"
    warm.write_text(_news(3_000), encoding="utf-8")
    build_timeline([warm], workers=1, cache=False)
    doc = _article(200_000)
    path = tmp_path / "news.txt"
    path.write_text(doc.text, encoding="utf-8")
    return path, len(doc.text), temporal.tag(doc.text, reference=doc.published)


@pytest.fixture(scope="module")
def dense_build(tmp_path_factory):
    """One build of 200 KB of dense news under tracemalloc, watched at the two moments the tests below measure
    (each test ran a build of its own before: some 40 s each, tracemalloc slowing the build tenfold):
    - `started`: the memory traced when `news.resolve_news` starts (the map done), and `peak`: the build's peak
      from that moment to the timeline's return, over the memory traced before the build;
    - `finish_peak`: `Merger.finish`'s own peak over the memory traced when it starts.
    Finish's reset of the peak would lose the peak before it: the peak so far is read first, and the build's
    peak is the larger of the two (as the first-load test does around the cache write)."""
    from timeline_app.core import merging, news

    with pytest.MonkeyPatch.context() as monkeypatch:
        path, size, interned = _dense_news_after_warm_up(tmp_path_factory.mktemp("dense"), monkeypatch)
        resolve, finish = news.resolve_news, merging.Merger.finish
        moments: list[str] = []
        started: list[int] = []
        before_finish: list[int] = []
        finish_peaks: list[int] = []

        def resolving(*args, **kwargs):
            moments.append("resolve")
            started.append(tracemalloc.get_traced_memory()[0])
            tracemalloc.reset_peak()  # from here on, the peak after the map
            return resolve(*args, **kwargs)

        def finishing(self, *args, **kwargs):
            moments.append("finish")
            start, before_finish_peak = tracemalloc.get_traced_memory()
            before_finish.append(before_finish_peak)
            tracemalloc.reset_peak()  # from here on, finish's own peak
            try:
                return finish(self, *args, **kwargs)
            finally:
                finish_peaks.append(tracemalloc.get_traced_memory()[1] - start)

        monkeypatch.setattr(news, "resolve_news", resolving)
        monkeypatch.setattr(merging.Merger, "finish", finishing)
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            timeline = build_timeline([path], workers=1, cache=False)
            peak = max([*before_finish, tracemalloc.get_traced_memory()[1]]) - base
        finally:
            tracemalloc.stop()
    # The peak after the map is read over resolve's start only if finish comes after it (it does: merging
    # files what news resolved).
    assert moments == ["resolve", "finish"], moments
    return SimpleNamespace(size=size, interned=interned, timeline=timeline, base=base, started=started, peak=peak,
                           finish_peaks=finish_peaks)


def test_once_every_document_is_read_the_build_peaks_below_a_bound_per_byte(dense_build):
    """What the build holds after the map (news across articles, references, merging's finish, the timeline)
    over one document of dense news: its candidates and what merging makes of them, not the sentence memos
    (about 5 MB full, emptied only after the references before: 57 bytes per character here, now 31) nor a
    copy of each dated sentence (candidates read theirs from the document's text). Peak from the moment
    `news.resolve_news` starts to the timeline's return, over the memory traced before the build."""
    size, base, started, peak = dense_build.size, dense_build.base, dense_build.started, dense_build.peak
    assert len(started) == 1 and len(dense_build.timeline.events) > 1_000 and dense_build.interned
    # Held after the map 24.7 and the peak 29.7 bytes per character; 28.2 and 33.2 before merging kept each
    # candidate's echo beside it in filing order (not in a memo by id) and a full collection emptied the tuple
    # free lists the memos' token tuples went to.
    assert (started[0] - base) / size < 26.5, f"held after the map: {(started[0] - base) / size:.1f} bytes per character"
    assert peak / size < 31.5, f"{peak / size:.1f} bytes per character"


def test_merging_finish_adds_little_over_what_it_holds_when_it_starts(dense_build):
    """`Merger.finish` over one document of dense news: its own peak over the memory traced when it starts.
    The echo memo (an entry per candidate, for filing candidates again) is emptied once grouping is done,
    before the set of dated sentences is made, and that set holds each document's sentence starts without a
    (document, start) tuple each: 1.2 bytes per character before, 0.3 now."""
    size, timeline, peaks = dense_build.size, dense_build.timeline, dense_build.finish_peaks
    assert len(peaks) == 1 and len(timeline.events) > 1_000 and dense_build.interned
    # The events' Mentions are made here, from the candidates (which hold their mentions folded in, with no
    # Mention object: `extraction.Candidate`), so they are the output's bytes, not finish's own.
    mentions = [m for e in timeline.events for m in e.mentions]
    ints = {id(v): v for m in mentions for v in (m.start, m.end, m.sentence_start, m.sentence_end) if v > 256}
    made = sum(map(sys.getsizeof, mentions)) + sum(map(sys.getsizeof, ints.values()))
    own = peaks[0] - made
    assert own / size < 0.7, f"finish's own peak: {own / size:.2f} bytes per character ({made / size:.2f} mentions)"
