"""How fast the whole core runs: load → tag → extract → merge, on a synthetic corpus it writes itself.

    python benchmarks/extract_speed.py [N_DOCUMENTS] [--modes serial,pool,cold,warm] [--map-only] [--profile]

Prints documents/s, characters/s and events found, for each way of running the per-document map:
`serial` (one process, no cache), `pool` (a process pool over every core, no cache), `cold` and `warm`
(the default choice, with an empty analysis cache and then again with the cache filled by that run), with
the stages apart (reading; tagging + extraction + news + references, i.e. the map, during which this process
also files each article's candidates into merging's groups as they come back; the serial tail: resolving news
and finishing references and filing what they add, then finishing the merge), CPU seconds of this process and of its worker
processes apart, the bytes a worker pickles back per article, and whether every mode gave the same timeline. `--map-only` reads the documents once and times only the
per-document map (no merging), for the parallel part alone. `--profile` runs cProfile in this process (not the
workers) and prints its function calls, a count that repeats where times do not, and the top functions. Tests never assert timings; this script is where the speed
target is watched.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synthetic_words import MONTHS, PEOPLE, PLACES  # noqa: E402
from timeline_app.core.pipeline import build_timeline  # noqa: E402

TEMPLATES = [
    "On {month} {day}, {year}, {person} visited {place} for talks on trade.",
    "{person} signed an agreement in {place} on {month} {day}, {year}.",
    "It was {person}'s first visit to {place} since {year2}.",
    "The accord replaces older deals from {year2}, {year3}, and {year}.",
    "Officials said the talks would build on last week's negotiations in {place}.",
    "Relations have been close since the Cold War, diplomats in {place} say.",
    "The visit, {person}'s first to {place} in {gap} years, drew crowds.",
    "Protesters gathered in {place} on Tuesday, and {person} spoke the next day.",
    "Prices rose 3.5% in the second quarter, with 2,000 jobs added, the ministry said.",
]


def make_corpus(folder: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    chars = 0
    for i in range(n):
        year = rng.randint(1990, 2025)
        lines = [f"{rng.choice(PEOPLE)} in {rng.choice(PLACES)}",
                 f"Monday, {rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}", ""]
        for _ in range(rng.randint(15, 40)):
            t = rng.choice(TEMPLATES)
            lines.append(t.format(month=rng.choice(MONTHS), day=rng.randint(1, 28), year=year,
                                  year2=year - rng.randint(5, 30), year3=year - rng.randint(31, 60),
                                  person=rng.choice(PEOPLE), place=rng.choice(PLACES), gap=rng.randint(2, 30)))
            lines.append("")
        text = "\n".join(lines)
        chars += len(text)
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
    return chars


def run(folder: Path, profile=None, **options) -> tuple[dict[str, float], object]:
    """build_timeline with its stages timed from the progress labels (each stage's first report)."""
    marks: dict[str, float] = {}

    def progress(_done: int, _total: int, label: str) -> None:
        stage = ("merge" if label.startswith("Merging") else
                 "tail" if label.startswith("Dating") else
                 "map" if label.startswith("Finding") or "unchanged since" in label else None)
        if stage is not None and stage not in marks:
            marks[stage] = time.perf_counter()

    cpu = _cpu()
    start = time.perf_counter()
    if profile is not None:
        profile.enable()
    timeline = build_timeline([folder], progress=progress, **options)
    if profile is not None:
        profile.disable()
    end = time.perf_counter()
    cpu = _cpu() - cpu
    merge_start = marks.get("merge", end)
    tail_start = marks.get("tail", merge_start)
    map_start = marks.get("map", tail_start)
    return {"read": map_start - start, "map": tail_start - map_start, "tail": merge_start - tail_start,
            "merge": end - merge_start, "total": end - start, "cpu": cpu[0], "parent": cpu[1],
            "children": cpu[2]}, timeline


class _Cpu(tuple):
    """(all, this process, its finished children: the pool's workers) CPU seconds; subtracts per item."""

    def __sub__(self, other: tuple) -> "_Cpu":
        return _Cpu(a - b for a, b in zip(self, other))


def _cpu() -> _Cpu:
    """CPU seconds of this process and of its finished children (the pool's workers), and each apart."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    mine, theirs = own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime + _fork_server_cpu()
    return _Cpu((mine + theirs, mine, theirs))


def _fork_server_cpu() -> float:
    """CPU seconds of the pool's fork server (core/document_map.py) and of the workers it forked and reaped:
    those are its children, not this process's, so RUSAGE_CHILDREN misses them. 0 without one (Linux /proc)."""
    try:
        from multiprocessing import forkserver

        pid = forkserver._forkserver._forkserver_pid  # no public way to ask
        if pid is None:
            return 0.0
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # utime, stime, cutime, cstime
    except (ImportError, AttributeError, OSError, ValueError):
        return 0.0


class _Meter:
    def within(self, label, name, before, length, second):
        return lambda offset: None

    def report(self, done, label):
        pass

    def check(self):
        pass

    def mapped(self, characters):
        return characters


def run_map(documents, workers: int, cache) -> tuple[dict[str, float], object]:
    """Only the per-document map (document_map.analyse_all), on documents already read."""
    from timeline_app.core.document_map import analyse_all

    cpu = _cpu()
    start = time.perf_counter()
    analyses = analyse_all(documents, _Meter(), workers=workers, cache=cache)
    end = time.perf_counter()
    cpu = _cpu() - cpu
    return {"read": 0.0, "map": end - start, "merge": 0.0, "total": end - start, "cpu": cpu[0], "parent": cpu[1],
            "children": cpu[2]}, analyses


def pickled_per_article(folder: Path, sample: int = 100) -> tuple[float, float | None]:
    """Bytes a worker pickles back per article on the first `sample` articles: what it sends (rows, when
    this version packs them: core/analysis.py `pack_analyses`) and the analyses as dataclasses."""
    import pickle

    from timeline_app.core import analysis, documents as documents_module

    # Only the sample is read: list the folder (nothing opened), load its first `sample` files by path.
    list_paths = getattr(documents_module, "list_paths", None)  # older versions: load the whole folder
    paths = [str(folder)] if list_paths is None else sorted(list_paths([str(folder)]).files)[:sample]
    documents = sorted(documents_module.load_paths(paths)[0], key=lambda d: d.path)[:sample]
    analyses = analysis.analyse_documents(documents)
    plain = len(pickle.dumps(analyses, protocol=pickle.HIGHEST_PROTOCOL)) / len(documents)
    pack = getattr(analysis, "pack_analyses", None)
    packed = None if pack is None else len(pickle.dumps(pack(analyses), protocol=pickle.HIGHEST_PROTOCOL)) / len(documents)
    return plain, packed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=500)
    parser.add_argument("--modes", default="serial,pool,cold,warm")
    parser.add_argument("--map-only", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile this process (not the workers)")
    args = parser.parse_args()
    from timeline_app.core.document_map import available_cores
    from timeline_app.core.export import timeline_json

    n = args.n
    cores = available_cores()
    modes = {"serial": {"workers": 1, "cache": False}, "pool": {"workers": cores, "cache": False},
             "cold": {}, "warm": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        os.environ["TIMELINE_APP_CACHE"] = str(Path(tmp) / "cache")  # never the user's own cache
        chars = make_corpus(folder, n)
        print(f"{n} documents, {chars:,} characters, {cores} cores, load average "
              f"{os.getloadavg()[0]:.1f}")
        outputs = {}
        if args.map_only:
            from timeline_app.core.analysis_cache import AnalysisCache
            from timeline_app.core.documents import load_paths

            documents = list(load_paths([str(folder)])[0])
            cache = AnalysisCache(Path(tmp) / "map-cache.sqlite")
        for mode in args.modes.split(","):
            if args.map_only:
                options = modes[mode]
                stages, analyses = run_map(documents, options.get("workers", 0) or None,
                                           cache if options.get("cache", True) else None)
                print(f"  {mode:>6}: map {stages['map']:7.2f} s, {n / stages['map']:6,.0f} documents/s, "
                      f"{chars / stages['map']:9,.0f} characters/s; CPU {stages['cpu']:.1f} s (this process "
                      f"{stages['parent']:.1f}, workers {stages['children']:.1f})")
                outputs[mode] = analyses  # compared by value: a frozenset's repr order varies by process
                continue
            profile = cProfile.Profile() if args.profile else None
            stages, timeline = run(folder, profile, **modes[mode])
            outputs[mode] = timeline_json(timeline)
            seconds = stages["total"]
            print(f"  {mode:>6}: {seconds:7.2f} s, {n / seconds:6,.0f} documents/s, {chars / seconds:9,.0f} "
                  f"characters/s (read {stages['read']:.2f} s, map {stages['map']:.2f} s, resolve news + "
                  f"references {stages['tail']:.2f} s, merge {stages['merge']:.2f} s; CPU {stages['cpu']:.1f} s: "
                  f"this process {stages['parent']:.1f}, workers {stages['children']:.1f}); "
                  f"{len(timeline.events):,} events, {sum(len(e.mentions) for e in timeline.events):,} mentions")
            if profile is not None:
                stats = pstats.Stats(profile)
                print(f"  {mode:>6}: {stats.total_calls:,} function calls in this process")
                stats.sort_stats("cumulative").print_stats(20)
        plain, packed = pickled_per_article(folder)
        print(f"  pickled back per article (first 100): {plain:,.0f} bytes as dataclasses"
              + ("" if packed is None else f", {packed:,.0f} bytes as the rows a worker sends"))
        first = next(iter(outputs.values()))
        same = all(output == first for output in outputs.values())
        print(f"  every mode gave the same timeline: {same}")


if __name__ == "__main__":
    main()
