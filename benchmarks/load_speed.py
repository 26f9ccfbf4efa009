"""How fast the loader runs: load_document (decode, HTML, lines, boilerplate, dates, titles, sentences).

    python benchmarks/load_speed.py [--rounds N] [--synthetic] [--profile]

With ../shared present (next to the checkout) it writes the real news of the events scorer (the 256
TimeBank + AQUAINT articles and the 30 TimeLine trial articles) to a temporary folder and loads them;
without it, a synthetic news corpus (plain text and HTML) in the same way. Prints MB/s in CPU time and in
wall time (best of N rounds). Tests never assert timings; this script is where the loader's speed target
(issue 7: several MB/s) is watched.
"""
from __future__ import annotations

import argparse
import contextlib
import cProfile
import importlib.util
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timeline_app.core.documents import load_document  # noqa: E402

SCORER = ROOT.parent / "shared" / "events-dev" / "score.py"


def _real_news(root: str) -> dict[str, list[str]]:
    """The scorer's articles written under root, as {corpus name: [paths]}."""
    spec = importlib.util.spec_from_file_location("events_score", SCORER)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    sys.modules["events_score"] = score
    spec.loader.exec_module(score)
    corpora: dict[str, list[str]] = {}
    with contextlib.redirect_stdout(io.StringIO()):  # the scorer reports what it read
        gold_sets = [score.load_tbaq(), score.load_timeline()]
    for gs in gold_sets:
        for folder, path in score.write_articles(gs, root).items():
            corpora[f"{gs.name}/{folder}"] = sorted(str(p) for p in Path(path).iterdir())
    return corpora


def _synthetic_news(root: str) -> dict[str, list[str]]:
    """Fifty short plain-text and fifty HTML articles of growth.py's synthetic news."""
    from growth import news_html, news_text

    corpora: dict[str, list[str]] = {"synthetic/txt": [], "synthetic/html": []}
    for k in range(50):
        for name, make, ext in (("synthetic/txt", news_text, ".txt"), ("synthetic/html", news_html, ".html")):
            path = os.path.join(root, f"{k:03d}{ext}")
            Path(path).write_text(make(2000 + 97 * k), encoding="utf-8")
            corpora[name].append(path)
    return corpora


def _time(paths: list[str], rounds: int) -> tuple[float, float]:
    """Best (CPU seconds, wall seconds) over `rounds` loads of every path."""
    best_cpu = best_wall = float("inf")
    for _ in range(rounds):
        c0, w0 = time.process_time(), time.perf_counter()
        for p in paths:
            load_document(p)
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    return best_cpu, best_wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--synthetic", action="store_true", help="synthetic news even when ../shared is there")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of one round")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _real_news(tmp) if SCORER.exists() and not args.synthetic else _synthetic_news(tmp)
        everything = [p for paths in corpora.values() for p in paths]
        _time(everything, 1)  # warm up: imports, compiled patterns
        print(f"{'corpus':22} {'files':>6} {'KB':>7} {'CPU s':>7} {'CPU MB/s':>9} {'wall MB/s':>9}")
        for name, paths in [*corpora.items(), ("all", everything)]:
            size = sum(os.path.getsize(p) for p in paths)
            cpu, wall = _time(paths, args.rounds)
            print(f"{name:22} {len(paths):6} {size / 1024:7.0f} {cpu:7.3f} {size / 1e6 / cpu:9.2f} "
                  f"{size / 1e6 / wall:9.2f}")
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            for p in everything:
                load_document(p)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
