"""Reopening N articles in the window from the cache (issue 10, item 2: ≤ 2 s at 10,000 unchanged articles).

    python benchmarks/cache_reopen.py [N] [--runs R] [--cold] [--no-change]       (default: 10,000 articles)

Builds N synthetic articles (`extract_speed.make_corpus`) once under the temporary folder, with their cache
beside them (`TIMELINE_APP_CACHE`), so later runs reuse both. Each timing is a fresh process of the app on
the offscreen platform, opening the folder from the command line, timed by the start-up probe
(`ui/startup_probe.py`): from launch to the window first painted, and to the timeline first painted with the
articles' events; CPU is the process's own (all threads and, for a cold load, not its workers).

- **cold**: the cache empty (run when there is no cache yet, or with `--cold`; minutes at 10,000);
- **warm**: nothing changed (R runs, median): the timeline from the cache by the files' stamps;
- **touched**: one file's modification time changed, not its content: every file read, found by content;
- **changed**: one file's text changed: that article analysed again, the rest from the analysis cache,
  then merged (restored afterwards). `--no-change` skips it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import make_corpus  # noqa: E402


def launch(folder: Path, env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """One app process on `folder`; {stage: (seconds since launch, CPU seconds)} from its probe lines."""
    start = time.time()
    done = subprocess.run([sys.executable, "-m", "timeline_app", str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=4 * 3600)
    stages = {}
    for line in done.stderr.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "startup-probe":
            stages[parts[1]] = (float(parts[2]) - start, float(parts[3]))
    if done.returncode != 0 or "loaded-paint" not in stages:
        raise SystemExit(f"the app failed on {folder} (status {done.returncode}):\n{done.stderr[-3000:]}")
    return stages


def show(name: str, samples: list[dict[str, tuple[float, float]]]) -> None:
    def median(stage: str, k: int) -> float:
        return statistics.median(s[stage][k] for s in samples)

    walls = [s["loaded-paint"][0] for s in samples]
    print(f"  {name:8} first paint {median('first-paint', 0):6.2f} s   timeline painted {median('loaded-paint', 0):7.2f} s "
          f"(min {min(walls):.2f}, max {max(walls):.2f}; {len(samples)} run{'s' if len(samples) > 1 else ''}), "
          f"CPU {median('loaded-paint', 1):6.2f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="empty the cache first and time a cold load")
    parser.add_argument("--no-change", action="store_true", help="skip the changed-file case")
    args = parser.parse_args()

    base = Path(tempfile.gettempdir()) / f"timeline-app-cache-reopen-{args.n}"
    folder, cache, made = base / "articles", base / "cache", base / "articles.done"
    if not made.exists():
        shutil.rmtree(base, ignore_errors=True)
        folder.mkdir(parents=True)
        chars = make_corpus(folder, args.n)
        made.write_text(f"{chars}\n")
        # Stamped in the past: the cache trusts a file's stamps only once it has stood still a moment.
        past = time.time() - 60
        for path in folder.iterdir():
            os.utime(path, (past, past))
    chars = int(made.read_text())
    if args.cold:
        shutil.rmtree(cache, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="cache-reopen-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIMELINE_APP_STARTUP_PROBE": "1",
               "TIMELINE_APP_CACHE": str(cache), "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        print(f"{args.n:,} articles ({chars:,} characters) in {folder}, cache in {cache}", flush=True)
        if not cache.exists():
            show("cold", [launch(folder, env)])
        else:
            launch(folder, env)  # warm-up (disk caches; stamps of a file changed by the last run)
        show("warm", [launch(folder, env) for _ in range(args.runs)])

        files = sorted(folder.iterdir())
        touched = files[len(files) // 2]
        st = touched.stat()
        os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns - 1_000_000_000))
        show("touched", [launch(folder, env)])
        show("then", [launch(folder, env)])  # the touched file's new stamp now names the timeline

        if not args.no_change:
            original = touched.read_bytes()
            try:
                touched.write_bytes(original + b"\nOn May 2, 2001, the council met again.\n")
                show("changed", [launch(folder, env)])
            finally:
                touched.write_bytes(original)
                os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{os.cpu_count()} cores, load average {load:.1f} at the end")


if __name__ == "__main__":
    main()
