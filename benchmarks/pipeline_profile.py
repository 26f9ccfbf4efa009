"""CPU seconds and MB/s of each stage of `build_timeline` on real news: load, tag, extract, news, refs, merge.

    python benchmarks/pipeline_profile.py                 # the 256 TimeBank + AQUAINT articles of ../shared
    python benchmarks/pipeline_profile.py FOLDER ...      # any folders of articles
    python benchmarks/pipeline_profile.py --profile news  # cProfile one stage (load tag extract news refs merge)
    python benchmarks/pipeline_profile.py --profile extract --sort tottime  # ... the functions by their own time
    python benchmarks/pipeline_profile.py --memory        # also the peak memory the stages allocate (tracemalloc)

With ../shared (the events dev set) the articles are written by its scorer's own loader into a temporary
folder; without it, synthetic news from benchmarks/synthetic_words.py is used. The stages are run as
`pipeline.build_timeline` runs them on the main thread, so that each stage's figure is what it costs there:
with the cyclic garbage collector paused throughout (`collector.collection_paused`), and each article streamed
as `analysis.analyse_document` streams it: the tagger hands out its expressions as it finds them
(`temporal.tag_stream`) and extraction and news walk them side by side, a sentence at a time
(`extraction.MentionWalk` and `news.NewsWalk`, `streamed`: news then finds the sentences extraction analysed in
grammar's memo; tagged whole up front, news had read every dated sentence ahead of the walks and analysed again
those the memo had let go: 12,541 analyses of the 1 MB text for the app's 9,579), then news.resolve_news,
references.in_article_references and merging.merge. A `Clock` charges each step's process CPU time to its stage
(the tagger's to "tag" when a walk pulls an expression from it), and the grammar caches' hits and misses are
printed; the one-off loads (lexicon, lemminflect's tables) are timed apart.
Tests never assert timings; this script is where the speed target (issue 7: 1 MB/s) is watched.
"""
from __future__ import annotations

import argparse
import cProfile
import importlib.util
import itertools
import pstats
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic_words import DAYS, MONTHS, PEOPLE, PLACES  # noqa: E402
from timeline_app.core import analysis, documents, extraction, grammar, merging, news, pipeline, references, temporal  # noqa: E402
from timeline_app.core.collector import collection_paused  # noqa: E402

STAGES = ("load", "tag", "extract", "news", "refs", "merge", "lend")


def warm_up() -> None:
    """The one-off loads every process pays once: the Brill lexicon, lemminflect's tables and lemminflect itself."""
    grammar._brill()
    grammar._present_forms.__wrapped__("fled", False)  # reads lemminflect's tables
    grammar.singular_noun.__wrapped__("deals")
    grammar.lemminflect_module()  # its guesses for verb forms its tables lack (news asks): NumPy, ~0.1 s


def dev_articles(root: Path) -> list[Path] | None:
    """The TimeBank + AQUAINT articles written under `root` by the events scorer's loader, or None
    without ../shared."""
    scorer = ROOT.parent / "shared" / "events-dev" / "score.py"
    if not scorer.exists():
        return None
    spec = importlib.util.spec_from_file_location("events_score", scorer)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folders = module.write_articles(module.load_tbaq(), str(root))
    return [Path(p) for p in folders.values()]


def synthetic_articles(root: Path, n: int = 250, seed: int = 7) -> list[Path]:
    """News-like articles: a dateline and sentences with dates, reporting verbs and clauses."""
    rng = random.Random(seed)
    templates = [
        "{person} visited {place} on {day} for talks on trade, officials said.",
        "The agreement, which {person} signed in {place} on {month} {date}, replaces a {year2} treaty.",
        "Protesters gathered in {place} on {weekday}, and police arrested three men.",
        "{person} has long sought a ceasefire, but the talks collapsed last week.",
        "Prices rose 3.5% in the second quarter as the ministry cut rates in {month}.",
        "It was {person}'s first visit to {place} since {year2}.",
        "The council will vote on the budget next month, {person} told reporters in {place}.",
    ]
    for i in range(n):
        year = rng.randint(1990, 2025)
        lines = [f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}", ""]
        for _ in range(rng.randint(15, 40)):
            lines.append(rng.choice(templates).format(
                person=rng.choice(PEOPLE), place=rng.choice(PLACES), day=rng.choice(DAYS),
                weekday=rng.choice(DAYS), month=rng.choice(MONTHS), date=rng.randint(1, 28),
                year2=year - rng.randint(2, 30)))
        (root / f"article_{i:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [root]


def cache_line(name: str, fn: Any) -> str:
    info = fn.cache_info()
    return f"{name}: {info.hits:,} hits, {info.misses:,} misses, {info.currsize:,}/{info.maxsize} kept"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Clock:
    """Process CPU time charged to stages. A stage entered inside another (the tagger's stream, pulled by a walk)
    is charged its own time, not the outer stage's; with `profiled` named, cProfile runs while that stage is the
    innermost."""

    def __init__(self, profiler: cProfile.Profile | None = None, profiled: str | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self._stages: list[str] = []  # the stages entered, innermost last
        self._since = 0.0  # when the innermost was last charged
        self._profiler, self._profiled = profiler, profiled

    def _charge(self) -> None:
        now = time.process_time()
        if self._stages:
            stage = self._stages[-1]
            self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._since
        self._since = now

    def _switch(self, was: str | None) -> None:
        now = self._stages[-1] if self._stages else None
        if self._profiler is not None and (was == self._profiled) != (now == self._profiled):
            (self._profiler.enable if now == self._profiled else self._profiler.disable)()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        was = self._stages[-1] if self._stages else None
        self._charge()
        self._stages.append(name)
        self._switch(was)
        try:
            yield
        finally:
            self._charge()
            self._stages.pop()
            self._switch(name)

    def timed(self, name: str, work: Callable[[], Any]) -> Any:
        with self.stage(name):
            return work()

    def stream(self, name: str, items: Iterable[Any]) -> Iterator[Any]:
        """`items`, each one's making charged to `name` (wherever it is pulled from)."""
        iterator = iter(items)
        while True:
            with self.stage(name):
                item = next(iterator, _END)
            if item is _END:
                return
            yield item


_END = object()


def streamed_analysis(doc: Any, clock: Clock) -> tuple[list, Any]:
    """`doc` tagged, its candidates extracted and its news read as `analysis.analyse_document` does it: one pass,
    the tagger's expressions streamed to both walks through `itertools.tee`, news kept up with extraction a
    sentence at a time, and the strings of what each finds shared as it comes. (extraction's candidates, the
    news walk once past its last sentence.)"""
    stream = temporal.tag_stream(doc.text, reference=doc.published, day_first=doc.day_first, furniture=doc.excluded)
    for_extraction, for_news = itertools.tee(clock.stream("tag", stream))
    walk = clock.timed("extract", partial(extraction.MentionWalk, doc, for_extraction, streamed=True))
    reader = clock.timed("news", partial(news.NewsWalk, doc, for_news, streamed=True))
    del for_extraction, for_news
    walk_steps, news_steps = walk.steps(), reader.steps()
    news_at, length = 0, len(doc.text)
    shared: dict = {}
    done = news_done = 0

    def hold(made: list) -> None:  # (as analyse_document: the titles and names of what was found, shared)
        extraction.hold_sentences(doc, made)
        extraction.share_strings(made, shared, analysis._SHARED_AS_MADE, phrases=False)
        if len(shared) > analysis._SHARED_KEPT:
            shared.clear()

    while (extraction_at := clock.timed("extract", lambda: next(walk_steps, None))) is not None:
        if len(walk.out) > done:
            clock.timed("extract", partial(hold, walk.out[done:]))
            done = len(walk.out)
        while news_at <= extraction_at:
            news_at = clock.timed("news", lambda: next(news_steps, length + 1))
        if len(reader.out) > news_done:
            clock.timed("news", partial(hold, [item.candidate for item in reader.out[news_done:]]))
            news_done = len(reader.out)
    made = clock.timed("extract", walk.finish)
    clock.timed("news", lambda: [None for _ in news_steps])  # the sentences after the last dated one
    return made, reader


def run(paths: list[Path], profile: str | None, memory: bool = False, sort: str = "cumulative") -> None:
    profiler = cProfile.Profile()
    clock = Clock(profiler, profile)
    seconds, timed = clock.seconds, clock.timed

    start = time.process_time()
    warm_up()  # not a per-article cost: timed on its own
    setup = time.process_time() - start
    rss_setup = _rss_mb()
    if memory:
        tracemalloc.start()  # after the set-up: its tables are a fixed cost, reported apart as RSS
    docs, _problems = timed("load", lambda: documents.load_paths([str(p) for p in paths]))
    chars = sum(len(d.text) for d in docs)
    candidates: list = []
    found: dict[str, list] = {}
    for doc in docs:
        made, reader = streamed_analysis(doc, clock)
        found[doc.id] = timed("news", reader.result)
        candidates += timed("news", lambda: [reader.at_story_day(c) if c.reported else c for c in made])
    candidates += timed("news", lambda: news.resolve_news(found, list(candidates), docs))
    by_doc: dict[str, list] = {}
    for c in candidates:
        by_doc.setdefault(c.mention.document, []).append(c)
    for doc in docs:
        candidates += timed("refs", lambda: references.in_article_references(doc, by_doc.get(doc.id, [])))
    # As build_timeline: repeated strings shared, the sentence analyses released before merging.
    caches = [cache_line("grammar._tag_cached", grammar._tag_cached),
              cache_line("grammar.analyse_sentence", grammar.analyse_sentence)]
    by_doc = {}
    for c in candidates:
        by_doc.setdefault(c.mention.document, []).append(c)
    for shared in by_doc.values():
        timed("refs", lambda: extraction.share_strings(shared))
    pipeline._release_sentence_analyses()
    if merging.may_lend(docs):
        # As build_timeline with an article without a publication date beside others: the merge decides whether
        # it lends one the day of the story it joins, and the lent articles are read again on that day
        # (`pipeline._lend_days`: its time is charged to "lend", the filing of what they gain to "merge").
        by_doc = {}
        for c in candidates:
            by_doc.setdefault(c.mention.document, []).append(c)
        lendable = {d.id: by_doc.get(d.id, []) for d in docs if d.published is None}
        merge = pipeline._Merge(docs)
        timed("merge", lambda: [merge.add(by_doc.get(d.id, [])) for d in docs])
        del by_doc
        meter = pipeline._Progress(None, None, chars)
        meter.text_total = chars

        def lend(lent: dict) -> list | None:
            print(f"lent: {len(lent)} articles")
            return timed("lend", lambda: pipeline._lend_days(docs, lendable, lent, meter, False, []))

        events = timed("merge", lambda: merge.merger.finish(docs, lend=lend))
    else:
        events = timed("merge", lambda: merging.merge(candidates, docs))

    mb = chars / 1e6
    traced_peak = tracemalloc.get_traced_memory()[1] if memory else 0
    tracemalloc.stop()
    print(f"{len(docs)} articles, {chars:,} characters; {len(candidates):,} candidates, {len(events):,} events")
    for stage in STAGES:
        s = seconds.get(stage, 0.0)
        print(f"  {stage:<8} {s:7.2f} s CPU  {mb / s if s else float('inf'):8.2f} MB/s")
    total = sum(seconds.values())
    print(f"  {'total':<8} {total:7.2f} s CPU  {mb / total:8.2f} MB/s   (stages; plus {setup:.2f} s one-off set-up: "
          f"{mb / (total + setup):.2f} MB/s with it)")
    print(f"  memory: {rss_setup:.0f} MB resident after the set-up, {_rss_mb():.0f} MB peak resident"
          + (f"; the stages allocate at most {traced_peak / 1e6:.1f} MB ({traced_peak / chars:.1f}x the text, "
             f"tracemalloc: times above are slower with it)" if memory else ""))
    for line in caches:
        print("  " + line)
    if profile:
        pstats.Stats(profiler).sort_stats(*sort.split(",")).print_stats(40)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--profile", choices=STAGES, help="cProfile this stage")
    parser.add_argument("--sort", default="cumulative", help="order of the profile's rows (pstats keys: tottime, calls...)")
    parser.add_argument("--memory", action="store_true", help="trace the stages' allocations (slower)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = args.folders or dev_articles(Path(tmp)) or synthetic_articles(Path(tmp))
        with collection_paused():  # as build_timeline on the main thread (core/collector.py)
            run(paths, args.profile, args.memory, args.sort)


if __name__ == "__main__":
    main()
