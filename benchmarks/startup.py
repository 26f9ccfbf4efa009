"""Start-up: from launching `python -m timeline_app` on the bundled seeds to its first painted window, against
a bare PySide6 window launched the same way.

Each run is a fresh process on the offscreen platform, with TIMELINE_APP_STARTUP_PROBE set: the app (and the
bare window, through the same hook, `ui/startup_probe.py`) prints when its window was first painted and, for
the app, when the timeline was first painted with the seeds' events, then quits. Times are from just before
the process is launched (interpreter start-up counts); CPU is the process's own CPU time at that moment,
steadier than wall time on a busy machine. One warm-up run of each is discarded (disk caches). Settings and
caches go to a throwaway folder, so the user's saved layout plays no part.

Python's compiled bytecode is cached (in that folder, by PYTHONPYCACHEPREFIX) as an installed app's is, even
where PYTHONDONTWRITEBYTECODE is set; `--no-bytecode-cache` compiles every module from source on every run
instead (what a start costs with PYTHONDONTWRITEBYTECODE=1, as in this project's sandbox).

`--instructions` instead counts, with valgrind's callgrind, the instructions each process executes up to its
first painted window (one run each after a warm-up; TIMELINE_APP_STARTUP_PROBE=first-paint quits there): a
figure that, unlike wall or CPU time, a loaded machine does not disturb. Slow (a minute or two per case).

    python benchmarks/startup.py [RUNS] [--no-bytecode-cache] [--instructions]        (default: 15 runs)
"""
from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE_WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    from timeline_app.ui.startup_probe import probe_window
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1400, 900)
    probe_window(window)
    window.show()
    sys.exit(app.exec())
""")


def launch(args: list[str], env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Run one process; {stage: (seconds since launch, CPU seconds)} from its probe lines."""
    start = time.time()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    stages = {}
    for line in done.stderr.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "startup-probe":
            stages[parts[1]] = (float(parts[2]) - start, float(parts[3]))
    if done.returncode != 0 or not stages:
        raise SystemExit(f"{' '.join(args)[:60]}… failed (status {done.returncode}):\n{done.stderr[-2000:]}")
    return stages


def instructions(args: list[str], env: dict[str, str], folder: Path) -> int:
    """Instructions one process executes up to its first painted window, counted by callgrind."""
    env = {**env, "TIMELINE_APP_STARTUP_PROBE": "first-paint", "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, timeout=300)  # warm-up
    done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder / 'callgrind.%p'}",
                           sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"{' '.join(args)[:60]}… under valgrind failed (status {done.returncode}):\n"
                         f"{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    bytecode_cache = "--no-bytecode-cache" not in sys.argv
    runs = int(args[0]) if args else 15
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIMELINE_APP_STARTUP_PROBE": "1",
               "XDG_CONFIG_HOME": str(Path(tmp) / "config"), "XDG_CACHE_HOME": str(Path(tmp) / "cache"),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if bytecode_cache:
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        cases = {"bare PySide6 window": ["-c", BARE_WINDOW], "timeline-app on the seeds": ["-m", "timeline_app"]}
        if "--instructions" in sys.argv:
            if shutil.which("valgrind") is None:
                raise SystemExit("--instructions needs valgrind")
            counts = {name: instructions(case, env, Path(tmp)) for name, case in cases.items()}
            bare = counts["bare PySide6 window"]
            print(f"instructions to the first paint (callgrind), bytecode "
                  f"{'cached' if bytecode_cache else 'compiled from source every run'}:")
            for name, count in counts.items():
                print(f"  {name:26} {count / 1e6:9.1f} M ({count / bare:.2f}× bare)")
            return
        samples: dict[str, dict[str, list[tuple[float, float]]]] = {name: {} for name in cases}
        for name, args in cases.items():
            launch(args, env)  # warm-up
        for _ in range(runs):  # interleaved, so a change in the machine's load touches both alike
            for name, args in cases.items():
                for stage, value in launch(args, env).items():
                    samples[name].setdefault(stage, []).append(value)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{runs} runs each, {os.cpu_count()} cores, load average {load:.1f} at the end, bytecode "
          f"{'cached' if bytecode_cache else 'compiled from source every run'}")
    bare = statistics.median(w for w, _ in samples["bare PySide6 window"]["first-paint"])
    for name, stages in samples.items():
        for stage, values in stages.items():
            wall = [w for w, _ in values]
            cpu = [c for _, c in values]
            print(f"  {name:26} {stage:13} median {statistics.median(wall):.3f} s "
                  f"(min {min(wall):.3f}, max {max(wall):.3f}; {statistics.median(wall) / bare:.1f}× bare), "
                  f"CPU median {statistics.median(cpu):.3f} s")


if __name__ == "__main__":
    main()
