"""Merging's memory (issue 10: at most a few KB per article beyond the text): the peak it adds over its input,
measured by tracemalloc on synthetic articles, with generous headroom. No timings are asserted."""
from __future__ import annotations

import datetime as dt
import gc
import tracemalloc

import timeline_app.core.merging as merging
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Document, Mention, Precision

_SENTENCE = "Weber said the ministers signed the trade agreement with Kim in Rome on day {i}."


def _corpus(n_docs: int, per_doc: int, *, same_days: bool = False) -> tuple[list[Candidate], list[Document]]:
    """Articles about one pair of people, a dated agreement per sentence on days spread over years; every
    other sentence names nobody, so it takes its article's names ("Weber" from the headline)."""
    docs, candidates = [], []
    base = dt.date(2020, 1, 1)
    for d in range(n_docs):
        text = "Weber Visits Rome\n\n" + " ".join(_SENTENCE.format(i=i) for i in range(per_doc)) + " Weber left."
        doc = Document(f"d{d}", f"/news/d{d}.txt", text, "Weber Visits Rome", published=dt.date(2024, 6, 20))
        docs.append(doc)
        for i in range(per_doc):
            day = base + dt.timedelta(days=i if same_days else (d * per_doc + i) % 2000)
            sentence = _SENTENCE.format(i=i)
            mention = Mention(doc.id, 10, 20, "day " + str(i), 0, len(sentence))
            actors = frozenset() if i % 2 else frozenset({"Weber", "Kim"})
            candidates.append(Candidate(mention, day, day, Precision.DAY, "agreement",
                                        "Ministers sign the trade agreement", sentence, actors))
    return candidates, docs


def _peak(function) -> tuple[int, object]:
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        result = function()
        return tracemalloc.get_traced_memory()[1] - base, result
    finally:
        tracemalloc.stop()


def test_merging_adds_a_bounded_peak_per_candidate() -> None:
    candidates, docs = _corpus(300, 20)
    merging.merge(candidates, docs)  # the word caches filled once, as in a window's second load
    peak, events = _peak(lambda: merging.merge(candidates, docs))
    assert len(events) == 2000
    # About 730 bytes per candidate, events included (each article's nameless candidates were copied with
    # its names, every key filed in a list of its own, every member's keys a frozenset of its own: ~1,100).
    assert peak / len(candidates) < 920, f"{peak / len(candidates):.0f} B per candidate"


def test_nameless_candidates_take_their_articles_names_without_being_changed() -> None:
    candidates, docs = _corpus(2, 2, same_days=True)
    nameless = [c for c in candidates if not c.actors]
    events = merging.merge(candidates, docs)
    assert all(not c.actors for c in nameless)  # the input is left as it was
    mentions = {id(m) for e in events for m in e.mentions}
    assert all(id(c.mention) in mentions for c in candidates)  # the events hold the candidates' own mentions
    # Day 1 of each article names nobody but is merged across the two articles by its headline's name.
    day1 = [e for e in events if len(e.mentions) == 2]
    assert day1 and "Weber" in day1[0].explanation
