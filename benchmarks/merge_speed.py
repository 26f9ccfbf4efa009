"""How merging grows with the number of articles: `merging.merge` alone, on synthetic news.

    python benchmarks/merge_speed.py                      # 500, 2,000, 5,000 and 20,000 articles
    python benchmarks/merge_speed.py 1000 10000           # any sizes
    python benchmarks/merge_speed.py --memory 2000 20000  # also the peak memory merging adds (tracemalloc: slower)
    python benchmarks/merge_speed.py --profile 20000      # cProfile one merge, the top functions
    python benchmarks/merge_speed.py --split 2000         # the pipeline's two steps apart: filing, then finishing
    git show main:timeline_app/core/merging.py > /tmp/old_merging.py
    python benchmarks/merge_speed.py --against /tmp/old_merging.py 500 2000  # same events? both timed

The articles are `extract_speed.py`'s (one seeded generator, so the first N articles of a larger corpus are
the N-article corpus). Reading, tagging and extracting them takes minutes at 20,000, so each document's
candidates are worked out once, over all cores, and cached under the temporary folder
(timeline-app-merge-bench/); a size then takes the first N documents, dates their undated news across
articles (`news.resolve_news`, as the pipeline does) and times `merging.merge` on what results, in CPU seconds.
The growth per 10× of articles is printed between sizes (linear is 10×). `--split` times what the pipeline
does instead of one `merge`: `Merger.add` per document (what runs while the map goes on), then `finish` (what
waits for the last document); with `--profile`, the finish is profiled. Tests never assert timings.
"""
from __future__ import annotations

import argparse
import cProfile
import concurrent.futures
import gc
import math
import os
import pickle
import pstats
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pipeline_profile  # noqa: E402
from extract_speed import make_corpus  # noqa: E402
from timeline_app.core import documents, extraction, merging, news, temporal  # noqa: E402
from timeline_app.core.analysis_cache import extractor_version  # noqa: E402
from timeline_app.core.model import Document  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "timeline-app-merge-bench"
CHUNK = 50  # documents per worker task


def _per_document(docs: list[Document]) -> list[tuple[list, list]]:
    """Each document's candidates and undated news, as `pipeline._find_events` finds them."""
    out = []
    for doc in docs:
        expressions = temporal.tag(doc.text, reference=doc.published)
        out.append((extraction.extract_mentions(doc, expressions), news.find_news(doc, expressions)))
    return out


def corpus(n: int) -> tuple[list[Document], list[list], list[list]]:
    """The documents of the n-article corpus, each one's candidates and its undated news (cached)."""
    CACHE.mkdir(exist_ok=True)
    # Pickled candidates are only good for the code that made them (a changed `Candidate` layout cannot load
    # them): the name carries the extractor's version, a digest of the core's source, as the analysis cache's.
    version = extractor_version()[:12]
    cached = sorted((int(p.stem.split("-")[0]), p) for p in CACHE.glob(f"*-{version}.pickle")
                    if p.stem.split("-")[0].isdigit() and int(p.stem.split("-")[0]) >= n)
    if cached:
        with cached[0][1].open("rb") as f:
            docs, found, items = pickle.load(f)
        return docs[:n], found[:n], items[:n]
    folder = CACHE / f"articles-{n}"
    folder.mkdir(exist_ok=True)
    if len(list(folder.iterdir())) != n:
        make_corpus(folder, n)
    start = time.perf_counter()
    docs, problems = documents.load_paths([folder])
    assert len(docs) == n and not problems, problems
    chunks = [docs[i:i + CHUNK] for i in range(0, n, CHUNK)]
    found: list[list] = []
    items: list[list] = []
    with concurrent.futures.ProcessPoolExecutor(os.cpu_count() or 1) as pool:
        for done, results in enumerate(pool.map(_per_document, chunks), 1):
            for candidates, news_items in results:
                found.append(candidates)
                items.append(news_items)
            print(f"\r  extracting {n:,} articles: {done * CHUNK:,}", end="", file=sys.stderr, flush=True)
    print(f" ({time.perf_counter() - start:.0f} s, cached in {CACHE})", file=sys.stderr)
    with (CACHE / f"{n}-{version}.pickle").open("wb") as f:
        pickle.dump((docs, found, items), f, protocol=pickle.HIGHEST_PROTOCOL)
    return docs, found, items


def merge_input(n: int) -> tuple[list, list[Document]]:
    """What `pipeline._merge` hands to `merging.merge` for the n-article corpus."""
    docs, found, items = corpus(n)
    by_doc = {d.id: list(cs) for d, cs in zip(docs, found)}
    reported = news.resolve_news({d.id: its for d, its in zip(docs, items)},
                                 (c for cs in by_doc.values() for c in cs), docs)
    for c in reported:
        by_doc[c.mention.document].append(c)
    return [c for d in docs for c in by_doc[d.id]], docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[500, 2000, 5000, 20000])
    parser.add_argument("--memory", action="store_true", help="also the peak memory merging adds (tracemalloc)")
    parser.add_argument("--profile", action="store_true", help="cProfile the merge of the last size")
    parser.add_argument("--split", action="store_true", help="Merger.add per document, then finish, timed apart")
    parser.add_argument("--sort", default="cumulative", help="the profile's order (cumulative, tottime…)")
    parser.add_argument("--against", type=Path, help="another merging.py: check it gives the same events, and time "
                                                     "it interleaved with this one (best of --repeat)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each for --against (default 1)")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    if args.against:
        against(args.against, sizes, args.repeat)
        return
    corpus(sizes[-1])  # the largest first: the smaller sizes are its first articles
    pipeline_profile.warm_up()  # lemminflect's tables load once per process, before merging in the pipeline
    print(f"{'articles':>9} {'candidates':>11} {'merge CPU s':>12} {'per 10x':>8} {'events':>8} {'mentions':>9} "
          f"{'largest':>8}" + (f" {'peak MB':>8} {'B/article':>10}" if args.memory else ""))
    previous: tuple[int, float] | None = None
    for n in sizes:
        candidates, docs = merge_input(n)
        gc.collect()
        if args.split:
            split(n, args.profile and n == sizes[-1], args.sort)
            continue
        start = time.process_time()
        if args.profile and n == sizes[-1]:
            profile = cProfile.Profile()
            events = profile.runcall(merging.merge, candidates, docs)
        else:
            events = merging.merge(candidates, docs)
        seconds = time.process_time() - start
        growth = ""
        if previous is not None and previous[1] > 0:
            # Scaled to a 10× step: (t2/t1) ** (1 / log10(n2/n1)).
            growth = f"{(seconds / previous[1]) ** (1 / math.log10(n / previous[0])):.1f}x"
        previous = (n, seconds)
        largest = max((len(e.mentions) for e in events), default=0)
        line = (f"{n:>9,} {len(candidates):>11,} {seconds:>12.2f} {growth:>8} {len(events):>8,} "
                f"{sum(len(e.mentions) for e in events):>9,} {largest:>8,}")
        if args.memory:
            del events
            gc.collect()
            tracemalloc.start()
            base = tracemalloc.get_traced_memory()[0]
            events = merging.merge(candidates, docs)
            peak = tracemalloc.get_traced_memory()[1] - base
            tracemalloc.stop()
            # What merging adds beyond its input, events included (they are its output, kept by the caller).
            line += f" {peak / 1e6:>8.1f} {peak / n:>10,.0f}"
        print(line, flush=True)
        if args.profile and n == sizes[-1]:
            pstats.Stats(profile).sort_stats(args.sort).print_stats(25)
        del candidates, docs, events


def split(n: int, profiled: bool, sort: str) -> None:
    """The pipeline's way: each document's extracted candidates filed as it comes (`Merger.add`), then the news
    dated across articles (put in their documents' places; the buckets they come late to are filed again in
    `finish`), then `finish`."""
    docs, found, items = corpus(n)
    reported = news.resolve_news({d.id: its for d, its in zip(docs, items)}, (c for cs in found for c in cs), docs)
    position = {d.id: i for i, d in enumerate(docs)}
    reported.sort(key=lambda c: position[c.mention.document])  # stable: each document's in its order
    candidates = [c for cs in found for c in cs] + reported
    merger = merging.Merger(docs)
    start = time.process_time()
    for cs in found:
        merger.add(cs)
    filed = time.process_time()
    merger.add(reported)
    late = time.process_time()
    profile = cProfile.Profile() if profiled else None
    events = merger.finish() if profile is None else profile.runcall(merger.finish)
    end = time.process_time()
    print(f"{len(docs):>9,} {len(candidates):>11,} {end - start:>12.2f} {'':>8} {len(events):>8,} "
          f"{sum(len(e.mentions) for e in events):>9,} {max((len(e.mentions) for e in events), default=0):>8,}"
          f"   (add {filed - start:.2f} s while the map runs; after it, the news {late - filed:.2f} s "
          f"({merger.refiled:,} candidates to file again), finish {end - late:.2f} s)", flush=True)
    if profile is not None:
        stats = pstats.Stats(profile)
        print(f"finish: {stats.total_calls:,} function calls")
        stats.sort_stats(sort).print_stats(25)


def against(path: Path, sizes: list[int], repeat: int) -> None:
    """This merging and another (a file), on the same input: identical events and drops? CPU seconds, best of N."""
    import functools
    import importlib.util

    spec = importlib.util.spec_from_file_location("other_merging", path)
    assert spec is not None and spec.loader is not None
    other = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(other)
    corpus(sizes[-1])
    pipeline_profile.warm_up()
    print(f"{'articles':>9} {'this CPU s':>11} {'other CPU s':>12} {'identical':>10}")
    for n in sizes:
        candidates, docs = merge_input(n)
        best: dict[str, float] = {}
        results = {}
        for _ in range(repeat):
            for label, module in (("other", other), ("this", merging)):
                for value in vars(module).values():  # each run starts with cold caches of its own
                    if isinstance(value, functools._lru_cache_wrapper):
                        value.cache_clear()
                gc.collect()
                dropped: list = []
                start = time.process_time()
                events = module.merge(candidates, docs, on_drop=lambda c, why: dropped.append((c.mention, why)))
                best[label] = min(best.get(label, math.inf), time.process_time() - start)
                results[label] = (events, dropped)
        print(f"{n:>9,} {best['this']:>11.2f} {best['other']:>12.2f} {str(results['this'] == results['other']):>10}",
              flush=True)
        del candidates, docs, results


if __name__ == "__main__":
    main()
