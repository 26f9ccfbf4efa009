"""How fast the whole core runs: load → tag → extract → merge, on a synthetic corpus it writes itself.

    python benchmarks/extract_speed.py [N_DOCUMENTS]

Prints documents/s, characters/s and events found. Tests never assert timings; this script is where
the speed target is watched.
"""
from __future__ import annotations

import random
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


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        chars = make_corpus(folder, n)
        start = time.perf_counter()
        timeline = build_timeline([folder])
        seconds = time.perf_counter() - start
    print(f"{n} documents, {chars:,} characters in {seconds:.2f} s: "
          f"{n / seconds:,.0f} documents/s, {chars / seconds:,.0f} characters/s; "
          f"{len(timeline.events):,} events, {sum(len(e.mentions) for e in timeline.events):,} mentions")


if __name__ == "__main__":
    main()
