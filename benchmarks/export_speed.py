"""How long each export of core/publish.py takes, and how big its file is.

    python benchmarks/export_speed.py [N_EVENTS ...]   # default: 1000 10000

Synthetic timelines from the plain core dataclasses (20 sources, events over 80 years at day, month and
year precision, one to three passages each, a note and a star on one event in ten). No Qt.
Tests never assert timings; this script is where they are watched.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline  # noqa: E402
from timeline_app.core.publish import FORMATS, ExportOptions  # noqa: E402

WORDS = "summit treaty visit election accord talks protest ceasefire deal launch strike vote merger".split()
PLACES = "Oslo Nairobi Lima Hanoi Geneva Seoul Brussels Cairo Quito Dakar Riga Perth".split()


def make_timeline(n_events: int, n_sources: int = 20, seed: int = 1) -> Timeline:
    rng = random.Random(seed)
    documents = []
    for i in range(n_sources):
        parts, sentences, pos = [], [], 0
        for _ in range(300):
            s = (f"The {rng.choice(WORDS)} in {rng.choice(PLACES)} on 2 May {rng.randint(1945, 2024)} "
                 f"followed the <b>{rng.choice(WORDS)}</b> & *{rng.choice(WORDS)}*.")
            parts.append(s)
            sentences.append(Sentence(pos, pos + len(s)))
            pos += len(s) + 1
        documents.append(Document(f"doc{i:02d}", f"/bench/doc{i:02d}.txt", " ".join(parts),
                                  f"Source {i}: {rng.choice(PLACES)} daily", dt.date(2024, 1 + i % 12, 1 + i % 28),
                                  tuple(sentences)))
    start, events = dt.date(1945, 1, 1).toordinal(), []
    for k in range(n_events):
        first = dt.date.fromordinal(start + rng.randrange(80 * 365))
        roll = rng.random()
        if roll < 0.75:
            precision, last = Precision.DAY, first
        elif roll < 0.9:
            precision, first = Precision.MONTH, first.replace(day=1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        else:
            precision, first, last = Precision.YEAR, dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
        mentions = []
        for doc in rng.sample(documents, rng.choice((1, 1, 2, 3))):
            sentence = doc.sentences[rng.randrange(len(doc.sentences))]
            at = doc.text.index("2 May", sentence.start)
            mentions.append(Mention(doc.id, at, at + 10, doc.text[at:at + 10], sentence.start, sentence.end))
        event = Event(f"ev-{k:06d}", f"{rng.choice(WORDS).capitalize()} in {rng.choice(PLACES)}", first, last,
                      precision, tuple(mentions))
        if k % 10 == 0:
            event = dataclasses.replace(event, note="Check with the desk\nsecond line", starred=True, edited=True)
        events.append(event)
    events.sort(key=lambda e: (e.first, e.last))
    return Timeline(documents=tuple(documents), events=tuple(events))


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [1000, 10000]
    warm = make_timeline(10)
    for fmt in FORMATS.values():  # the lazy imports (icalendar) are not part of a measured run
        fmt.write(warm, ExportOptions())
    for n in sizes:
        timeline = make_timeline(n)
        print(f"{n} events, {sum(len(e.mentions) for e in timeline.events)} passages:")
        for key, fmt in FORMATS.items():
            t0 = time.perf_counter()
            data = fmt.write(timeline, ExportOptions())
            seconds = time.perf_counter() - t0
            print(f"  {key:<11} {seconds * 1000:8.0f} ms  {len(data) / 1e6:6.2f} MB  "
                  f"{n / seconds:9,.0f} events/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
