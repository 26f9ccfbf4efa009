"""Where does the peak of a whole `extract` sit? Memory at the stage boundaries of `build_timeline` on the growth
benchmark's synthetic news (benchmarks/growth.py, case extract_news), in bytes per character of input.

    python benchmarks/memory_points.py                  # 3 MB: resident memory (RSS) and its peak so far
    python benchmarks/memory_points.py --size 10000000
    python benchmarks/memory_points.py --traced         # also tracemalloc's live bytes and peak (slower)

Resident memory is counted over what the process held once the one-off tables were loaded (growth's
`w/o setup`), so its last peak is that column. Freed Python objects leave their pages resident, so the RSS
peak is the highest live memory so far plus what the allocator could not give back: a stage whose RSS does not
grow reused what an earlier one freed. `--traced` tells live objects apart from that (tracemalloc counts the
bytes asked for, not the allocator's blocks). Tests never assert these figures.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from growth import _rss_kb, news_text  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=3_000_000)
    parser.add_argument("--traced", action="store_true", help="also tracemalloc's live bytes and peak")
    args = parser.parse_args()
    os.environ["TIMELINE_APP_CACHE"] = "0"
    from timeline_app.core import extraction, grammar, merging, news, references
    from timeline_app.core.pipeline import build_timeline

    size = args.size
    tmp = tempfile.TemporaryDirectory()
    path = Path(tmp.name) / "article.txt"
    path.write_text(news_text(size), encoding="utf-8")
    grammar._brill()  # the one-off tables, as growth.py loads them before its `w/o setup` base
    grammar._present_forms.__wrapped__("fled", False)
    grammar.singular_noun.__wrapped__("deals")
    base_kb = _rss_kb()
    if args.traced:
        tracemalloc.start(1)

    def point(name: str) -> None:
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        line = (f"{name:30} rss {(_rss_kb() - base_kb) * 1024 / size:6.2f}"
                f"  rss peak {max(0, peak_kb - base_kb) * 1024 / size:6.2f}")
        if args.traced:
            live, peak = tracemalloc.get_traced_memory()
            line += f"  live {live / size:6.2f}  live peak {peak / size:6.2f}"
        print(line, flush=True)

    def around(owner: object, attr: str, name: str) -> None:
        original = getattr(owner, attr)

        def wrapped(*a, **k):
            point(f"before {name}")
            result = original(*a, **k)
            point(f"after {name}")
            return result

        setattr(owner, attr, wrapped)

    around(extraction.MentionWalk, "__init__", "the walk (untagged)")  # (tagging is streamed into the walks)
    around(extraction.MentionWalk, "finish", "walk.finish")
    around(news.NewsWalk, "result", "news' result")
    around(references, "plan_references", "plan_references")
    around(merging.Merger, "add", "Merger.add")
    around(news, "resolve_news", "resolve_news")
    around(merging.Merger, "finish", "Merger.finish")
    timeline = build_timeline([path], cache=False)
    point("end")
    print(f"{len(timeline.events)} events; B/char over the set-up's resident memory")
    tmp.cleanup()


if __name__ == "__main__":
    main()
