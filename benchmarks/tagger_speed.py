"""How fast the temporal tagger runs on one core, on a synthetic news-like text it writes itself.

    python benchmarks/tagger_speed.py [MEGABYTES]

Prints characters/s and the number of expressions found. Tests never assert timings; this is where the
speed target (≥ 1,000,000 characters/s) is watched.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synthetic_words import DAYS, MONTHS, PEOPLE, PLACES  # noqa: E402
from timeline_app.core.temporal import tag  # noqa: E402

SENTENCES = [
    "On {month} {day}, {year}, {person} visited {place} for talks on trade and energy policy.",
    "{person} said on {weekday} that the government would review the 2,000-page report next month.",
    "The company reported net income of ${n} million in the third quarter, up from ${m} million a year earlier.",
    "Relations between the two countries have been close since {year2}, officials in {place} say.",
    "The accord replaces older deals from {year2}, {year3}, and {year}, according to the ministry.",
    "About {n} soldiers and {m} police officers were deployed across the city of {place}.",
    "Prices rose {n}% over the past two years, and analysts expect growth to slow in the coming months.",
    "{person}, a {n}-year-old engineer, was recently appointed to lead the project for three years.",
    "The minister may visit {place} again, the spokesman told reporters in a short statement.",
    "Shares of the group fell {n} cents to ${m} in New York Stock Exchange composite trading yesterday.",
    "The 1950-53 war and the crisis of the 1990s shaped the region, historians in {place} argue.",
    "Negotiators met every week, and a final vote is scheduled for {weekday} at 3 p.m. local time.",
    "Critics of the plan, which was drafted by a committee of experts and lawyers, were not convinced.",
    "Call the office on 555-{n}{m} or write to the press desk for further details about the programme.",
]


def make_text(target_chars: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    parts, size = [], 0
    while size < target_chars:
        s = rnd.choice(SENTENCES).format(
            month=rnd.choice(MONTHS), day=rnd.randint(1, 28), year=rnd.randint(1990, 2024),
            year2=rnd.randint(1950, 1989), year3=rnd.randint(1990, 2010), person=rnd.choice(PEOPLE),
            place=rnd.choice(PLACES), weekday=rnd.choice(DAYS), n=rnd.randint(2, 99), m=rnd.randint(10, 99))
        parts.append(s)
        size += len(s) + 1
        if rnd.random() < 0.2:
            parts.append("\n\n")
    return " ".join(parts)


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    text = make_text(int(mb * 1_000_000))
    # split into ~4 KB "articles", as the app tags documents one by one
    docs = [text[i:i + 4000] for i in range(0, len(text), 4000)]
    ref = dt.date(2024, 6, 19)
    best = float("inf")
    found = 0
    for _ in range(3):
        t0 = time.perf_counter()
        found = sum(len(tag(d, ref)) for d in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"{len(text):,} chars in {len(docs)} documents: {best * 1000:.0f} ms -> "
          f"{len(text) / best:,.0f} chars/s, {found} time expressions")


if __name__ == "__main__":
    main()
