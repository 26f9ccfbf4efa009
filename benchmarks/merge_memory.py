"""Where merging's memory goes, on `merge_speed.py`'s synthetic news (issue 10 item 1: <= 2 KB per article).

    python benchmarks/merge_memory.py 2000 10000          # counts, bytes per object, phases, top lines
    python benchmarks/merge_memory.py --top 25 10000      # more allocation lines at the peak
    python benchmarks/merge_memory.py --rss 10000         # resident memory instead (no tracemalloc)

For each size: candidates, events and mentions per article; the bytes of the input (a candidate with what
only it holds, its mention with its offsets) and of the output (an event with what only it holds, beside
the mentions it shares with the candidates), by a walk over the objects, and the output's floor (what it
would take as columns: `output_floor`); then `merging.merge` run under
tracemalloc with its phases timed by memory (what is held at each boundary, and the highest point within
each), and the allocation lines (file:line) of what is alive at the highest of them. With `--rss`, the
resident memory with the input and its highest point while merging (sampled every 20 ms), without
tracemalloc's own overhead, in a fresh process given only that input (written once under the cache folder). The input is `merge_speed.merge_input(n)` (cached candidates, news resolved):
what the pipeline hands to merging, which the caller holds throughout (as the pipeline does).
"""
from __future__ import annotations

import argparse
import gc
import sys
import threading
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import merge_speed  # noqa: E402
import pipeline_profile  # noqa: E402
from timeline_app.core import merging  # noqa: E402

# A phase's snapshot is taken again when it holds this much more than at its last one (fewer at large sizes).
SNAPSHOT_STEP = 1.1
# merging's stages, in the order `merge` calls them: each is wrapped to read tracemalloc at its ends. The dated
# candidates are filed by `Merger._add` (`_file` each); `_collect` files the relative ones, once dated, in `finish`.
PHASES = ("Merger._add", "_unite", "_resolve_offsets", "_collect", "_fold_coarse", "_outcomes_of_occasions",
          "_attach_references", "_attach_undated")


def _folded(readings: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The readings with a repeated run folded into one, counted (`finish` files each bucket that relative
    dates come to again: `_collect` and `_unite` once per bucket, hundreds of lines otherwise); each folded
    line keeps its last reading's held bytes and the highest over the run."""
    labels = [r[0] for r in readings]
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(readings):
        for size in (4, 2):
            block = labels[k:k + size]
            times = 1
            while len(block) == size and labels[k + times * size:k + (times + 1) * size] == block:
                times += 1
            if times > 1:
                runs = [readings[k + t * size:k + (t + 1) * size] for t in range(times)]
                for i, label in enumerate(block):
                    out.append((f"{label} (x{times})", runs[-1][i][1], max(run[i][2] for run in runs)))
                k += times * size
                break
        else:
            out.append(readings[k])
            k += 1
    return out


def _owner(name: str) -> tuple[object, str]:
    """The object that holds a phase or hook (`merging`, or its class for "Class.method") and the attribute."""
    owner: object = merging
    *path, attribute = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    return owner, attribute


def deep_size(roots, seen: set[int]) -> int:
    """Bytes of the objects reachable from `roots` not yet in `seen` (each counted once), through the
    containers and slotted objects merging's values are made of. Module-level singletons (enums, the empty
    frozenset, small ints, interned strings shared with others) are counted where first met."""
    from timeline_app.core.model import Precision

    total = 0
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if obj is None or isinstance(obj, (bool, Precision)) or id(obj) in seen:
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, (tuple, list, set, frozenset)):
            stack.extend(obj)
        elif isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif hasattr(obj, "__slots__"):
            for cls in type(obj).__mro__:
                for name in getattr(cls, "__slots__", ()):
                    if hasattr(obj, name):
                        stack.append(getattr(obj, name))
        elif hasattr(obj, "__dict__") and not isinstance(obj, type):
            stack.append(obj.__dict__)
    return total


def sizes(n: int) -> None:
    candidates, docs = merge_speed.merge_input(n)
    events = merging.merge(candidates, docs)
    mentions = [m for e in events for m in e.mentions]
    seen: set[int] = {id(d.text) for d in docs}  # the text itself is not counted
    input_bytes = deep_size(candidates, seen)
    mention_ids = {id(m) for m in mentions}
    new_mentions = [m for m in mentions if id(m) not in seen]  # made by merging (undated references)
    mention_bytes = deep_size(new_mentions, seen)
    event_bytes = deep_size(events, seen)  # what only the events hold: mentions and shared strings counted
    # Per mention alone (its object, its four offsets as ints), on a fresh walk.
    own = set()
    per_mention = deep_size((m for m in mentions), own) - sum(sys.getsizeof(m.text) for m in {id(m.text): m for m in
                                                                                       mentions}.values())
    print(f"{n:,} articles: {len(candidates) / n:.1f} candidates, {len(events) / n:.2f} events, "
          f"{len(mentions) / n:.1f} mentions per article ({len(mention_ids) == len(mentions)} distinct)")
    print(f"  input: {input_bytes / len(candidates):,.0f} B per candidate with its mention ({input_bytes / n:,.0f} "
          f"B per article); a mention alone (object + offsets): {per_mention / len(mentions):,.0f} B")
    print(f"  output beyond the candidates' mentions: {event_bytes / len(events):,.0f} B per event, "
          f"{event_bytes / n:,.0f} B per article; mentions merging made: {len(new_mentions):,} "
          f"({mention_bytes / n:,.0f} B per article)")
    output_floor(n, events)
    del candidates, docs, events, mentions, new_mentions


def output_floor(n: int, events: list) -> None:
    """The least any layout pays to keep the output (issue 10 item 1's floor): the events and mentions as
    columns of fixed-size numbers, each sentence as offsets into its article's text (which the timeline keeps
    anyway), each distinct title and explanation once in UTF-8."""
    mentions = sum(len(e.mentions) for e in events)
    # A mention: document, date phrase and sentence as five int32 and a byte of flags (dated, inferred).
    mention_bytes = mentions * (5 * 4 + 1)
    # An event: first and last day (int32 each), precision, flags and kind (a byte each), its id's 10 hex
    # digits as 5 bytes, its title's and explanation's numbers (int32 each), its sentence's span (2 int32).
    event_bytes = len(events) * (4 + 4 + 1 + 1 + 1 + 5 + 4 + 4 + 8)
    titles = sum(len(t.encode("utf-8", "surrogatepass")) + 1 for t in {e.title for e in events})
    explanations = sum(len(x.encode("utf-8", "surrogatepass")) + 1 for x in {e.explanation for e in events})
    total = mention_bytes + event_bytes + titles + explanations
    print(f"  output floor as columns: mentions {mention_bytes / n:,.0f} B, events {event_bytes / n:,.0f} B, "
          f"titles {titles / n:,.0f} B, explanations {explanations / n:,.0f} B: {total / n:,.0f} B per article")


def phases(n: int, top: int) -> None:
    candidates, docs = merge_speed.merge_input(n)
    merging.merge(candidates[:2000], docs)  # the word caches' first fill, as on a window's second load
    readings: list[tuple[str, int, int]] = []  # (boundary, held, highest since the previous boundary)
    # Per phase, a snapshot near its highest point: taken whenever a hook inside it finds more held than
    # 10% over the phase's last snapshot (hooks: the phases' ends and functions they call per item).
    best: dict[str, tuple[int, tracemalloc.Snapshot]] = {}
    state = {"phase": "start", "events": 0, "groups": None}
    hooked = PHASES + ("_file", "_event", "_resolve_one", "_group_topics", "actors_in", "_attach_first_reference")
    originals = {name: getattr(*_owner(name)) for name in hooked}

    def watch() -> None:
        held = tracemalloc.get_traced_memory()[0]
        phase = state["phase"]
        if held > best.get(phase, (0, None))[0] * SNAPSHOT_STEP:
            best[phase] = (held, tracemalloc.take_snapshot())

    def read(label: str) -> None:
        held, highest = tracemalloc.get_traced_memory()
        readings.append((label, held - base, highest - base))
        tracemalloc.reset_peak()

    def wrap(name: str):
        original = originals[name]

        def wrapped(*args, **kwargs):
            read(f"before {name}")
            state["phase"] = name
            result = original(*args, **kwargs)
            watch()
            read(f"after {name}")
            if name == "_attach_undated":
                state["groups"] = len(args[0])
                state["phase"] = "building events"
            return result
        return wrapped

    def hook(name: str):
        original = originals[name]

        def hooked_call(*args, **kwargs):
            result = original(*args, **kwargs)
            watch()
            return result
        return hooked_call

    def event(*args, **kwargs):
        result = originals["_event"](*args, **kwargs)
        watch()
        state["events"] += 1
        if state["events"] == state["groups"]:
            read("all events built")
        return result

    for name in hooked:
        setattr(*_owner(name), wrap(name) if name in PHASES else hook(name))
    merging._event = event
    gc.collect()
    tracemalloc.start(1)
    base = tracemalloc.get_traced_memory()[0]
    try:
        events = merging.merge(candidates, docs)
        read("merge returned (events held)")
    finally:
        tracemalloc.stop()
        for name, original in originals.items():
            setattr(*_owner(name), original)
    highest = max(r[2] for r in readings)
    print(f"{n:,} articles, tracemalloc: peak {highest / 1e6:.1f} MB over the input, {highest / n:,.0f} B per "
          f"article; {len(events):,} events")
    for label, held, peak in _folded(readings):
        print(f"  {label:<40} held {held / 1e6:8.1f} MB   highest since the last line {peak / 1e6:8.1f} MB")
    # The three phases that held the most, each with its allocation lines (the input was allocated before
    # tracing started: what shows is merging's own).
    for phase, (held, snapshot) in sorted(best.items(), key=lambda kv: -kv[1][0])[:3]:
        stats = snapshot.statistics("lineno")
        print(f"  near the highest point of {phase} ({(held - base) / 1e6:.1f} MB over the input):")
        for s in stats[:top]:
            frame = s.traceback[0]
            print(f"    {s.size / 1e6:8.2f} MB {s.count:>9,} blocks  {Path(frame.filename).name}:{frame.lineno}")
    del candidates, docs, events


def rss(n: int) -> None:
    """Resident memory merging adds, in a fresh process that holds only the n-article input: in this one,
    the memory freed by unpickling the larger cached corpus would be reused by merging and hide it."""
    import pickle
    import subprocess

    path = merge_speed.CACHE / f"merge-input-{n}-{merge_speed.extractor_version()[:12]}.pickle"  # (as corpus's)
    if not path.exists():
        candidates, docs = merge_speed.merge_input(n)
        with path.open("wb") as f:
            pickle.dump((candidates, docs), f, protocol=pickle.HIGHEST_PROTOCOL)
        del candidates, docs
    subprocess.run([sys.executable, __file__, "--rss-child", str(path)], check=True)


def rss_child(path: str) -> None:
    import pickle

    with open(path, "rb") as f:
        candidates, docs = pickle.load(f)
    n = len(docs)
    pipeline_profile.warm_up()
    merging.merge(candidates[:2000], docs)  # the word caches' first fill, as on a window's second load
    gc.collect()

    def resident() -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * 4096

    before = resident()
    highest = [before]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.02):
            highest[0] = max(highest[0], resident())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    cpu = time.process_time()
    events = merging.merge(candidates, docs)
    cpu = time.process_time() - cpu
    done.set()
    sampler.join()
    after = resident()
    print(f"{n:,} articles, resident: {before / 1e6:.0f} MB with the input, highest while merging {highest[0] / 1e6:.0f}"
          f" MB (+{(highest[0] - before) / 1e6:.1f} MB, {(highest[0] - before) / n:,.0f} B per article), after "
          f"{after / 1e6:.0f} MB with the events; {len(events):,} events, CPU {cpu:.1f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[2000, 10000])
    parser.add_argument("--top", type=int, default=15, help="allocation lines shown at the peak")
    parser.add_argument("--rss", action="store_true", help="resident memory only")
    parser.add_argument("--phases-only", action="store_true", help="skip the walk over objects (slow at 10,000)")
    parser.add_argument("--step", type=float, default=SNAPSHOT_STEP, help="snapshot again at this growth")
    parser.add_argument("--rss-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    globals()["SNAPSHOT_STEP"] = args.step  # read by phases()
    if args.rss_child:
        rss_child(args.rss_child)
        return
    merge_speed.corpus(max(args.sizes))
    pipeline_profile.warm_up()
    for n in sorted(args.sizes):
        if args.rss:
            rss(n)
        else:
            if not args.phases_only:
                sizes(n)
            phases(n, args.top)
        gc.collect()


if __name__ == "__main__":
    main()
