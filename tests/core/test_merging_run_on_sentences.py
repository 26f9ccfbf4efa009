"""Merging: an event of a run-on "sentence" (a page with no full stop) keeps the part around its date phrase,
so what every export writes per event stays bounded and the output grows with the page (issue 7)."""
from __future__ import annotations

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.export import timeline_json
from timeline_app.core.pipeline import build_timeline


def _one_sentence_of_quotes(unit: str, size: int) -> str:
    """One 'sentence' of `unit` repeated, a date every ~300 characters, quotes left unbalanced."""
    parts, day = ['"'], 0
    while sum(map(len, parts)) < size:
        parts.append(unit * (300 // len(unit)) + f"on March {day % 28 + 1}, 2020 and ")
        day += 1
    return "Talks\nJune 20, 2024\n\n" + "".join(parts)


def _events(text: str):
    from timeline_app.core.extraction import extract_mentions
    from timeline_app.core.merging import merge

    doc = document_from_text(text, id="d0")
    return doc, merge(list(extract_mentions(doc)), [doc])


@pytest.mark.parametrize("unit", ['"He said," and ', "'a' and 'b' and "])
def test_events_of_one_long_sentence_carry_a_bounded_part_of_it(unit: str) -> None:
    text = _one_sentence_of_quotes(unit, 40_000)
    doc, events = _events(text)
    assert len(events) > 100
    # Every event had the whole 40 KB sentence: 100+ events x 40 KB of output.
    assert max(len(e.sentence) for e in events) < 2_100
    for e in events:
        m = next(m for m in e.mentions if m.dated)
        assert m.sentence_end - m.sentence_start > 30_000  # the mention still names the whole sentence
        assert m.text in e.sentence  # the part kept is the one around its date phrase
        assert e.sentence.strip("\u2026") in text


def test_json_of_one_long_sentence_grows_with_the_page(tmp_path) -> None:
    sizes = []
    for size in (10_000, 40_000):
        path = tmp_path / f"a{size}.txt"
        path.write_text(_one_sentence_of_quotes('"He said," and ', size), encoding="utf-8")
        sizes.append(len(timeline_json(build_timeline([path], cache=False))))
    assert sizes[1] < 6 * sizes[0]  # 4x the page (16x before)


def test_an_ordinary_sentence_is_kept_whole() -> None:
    sentence = 'On May 2, 2021, "We agreed," Weber said, and the talks ended in Rome.'
    _doc, events = _events(sentence + "\n")
    assert [e.sentence for e in events] == [sentence]


def _run_on_page(opening: str, unit: str, size: int) -> str:
    """A page whose second 'sentence' runs on for `size` characters, a date every ~80 of them."""
    parts, day = [opening], 0
    while sum(map(len, parts)) < size:
        parts.append(unit + f"on March {day % 28 + 1}, 2020 and ")
        day += 1
    return "Quake\nJune 20, 2024\n\nAn earthquake struck Japan on March 1, 2020. " + "".join(parts)


@pytest.mark.parametrize(("opening", "unit"), [
    # names that are common words too ("Ford"), a family name of two people, a referring subject ("The quake")
    ("The quake killed Hussein Ford ", "the quake hit Saddam Hussein and King Hussein of Ford Motor "),
    ("It destroyed ", "Revenue Ford attacked the town "),
])
def test_merging_reads_a_run_on_sentence_near_each_date_not_whole_per_candidate(opening: str, unit: str,
                                                                                monkeypatch) -> None:
    """Characters merging reads through `Candidate.sentence` (a copy of the whole run-on sentence each time):
    per candidate it grew with the square of the page (130 per character of a 10 KB page, 500 of a 40 KB one)."""
    from timeline_app.core.extraction import Candidate, extract_mentions
    from timeline_app.core.merging import merge

    whole = Candidate.sentence
    read = [0]

    def counted(self: Candidate) -> str:
        sentence = whole.fget(self)
        read[0] += len(sentence)
        return sentence

    for size in (10_000, 40_000):
        doc = document_from_text(_run_on_page(opening, unit, size), id="d0")
        candidates = list(extract_mentions(doc))
        assert len(candidates) > size // 200
        read[0] = 0
        monkeypatch.setattr(Candidate, "sentence", property(counted))
        assert merge(candidates, [doc])
        monkeypatch.setattr(Candidate, "sentence", whole)
        assert read[0] < size, (size, read[0])
