"""The temporal tagger's master regexes: the one over every rule, used for a process's first few MB of text,
and the per-first-character ones compiled after that, find the same expressions."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import temporal

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PHRASES = ("On June 19, 2024, Putin visited Pyongyang, his first visit since 2000. Talks ended last week; the "
           "vote is due in the third quarter of 2025, two days after the summit, at 3 p.m. every Monday in the "
           "1990s. Q2 revenue rose 4% from a year ago, the 19th century's last decade. Mid-2010s: 24 years.")


def _texts() -> list[str]:
    return [PHRASES] + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _tag(text: str) -> list[tuple]:
    return [(t.start, t.end, t.type, t.value, t.first, t.last, t.precision)
            for t in temporal.tag(text, reference=dt.date(2024, 6, 20))]


@pytest.mark.parametrize("index", range(6))
def test_the_master_over_every_rule_finds_what_the_first_character_masters_find(index, monkeypatch):
    text = _texts()[index]
    monkeypatch.setattr(temporal, "_FIRST_CHAR_MASTERS_AFTER", 10 ** 12)
    with_low = _tag(text)
    monkeypatch.setattr(temporal, "_FIRST_CHAR_MASTERS_AFTER", -1)
    assert _tag(text) == with_low
    assert with_low


def test_a_small_run_compiles_no_first_character_master(monkeypatch):
    monkeypatch.setattr(temporal, "_MASTER_BY_FIRST", {})
    monkeypatch.setattr(temporal, "_tagged_chars", 0)
    for text in _texts():
        assert _tag(text)
    assert temporal._MASTER_BY_FIRST == {}
    monkeypatch.setattr(temporal, "_tagged_chars", temporal._FIRST_CHAR_MASTERS_AFTER)
    _tag(PHRASES)  # past the threshold: the masters its starts need are compiled
    assert temporal._MASTER_BY_FIRST


def test_the_guarded_master_matches_as_the_unguarded_one_at_every_start():
    """The lookaheads of the master over every rule (each rule's first characters) only skip rules that cannot match."""
    plain = temporal._master([n for n, _, _ in temporal._RULES])
    low = "\n".join(_texts()).lower() + " 'ninety-eight, \u201998, ~5 $5 (1999) \u00e9t\u00e9 \u0663 q3 fy98 mid-june"
    for start in range(len(low)):
        a, b = temporal._MASTER_LOW.match(low, start), plain.match(low, start)
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), low[start:start + 30]


@pytest.mark.parametrize("text", [
    "2024 began", "June 3", " June 3", "\u00e9 5 May", "\u00e95 May", "\u2014 5 May", "$5 a day", ".5 days", ",5",
    "x5", "_5", "\u0663 5", "\u0663q1", "today", "(today)", "\u201ctoday\u201d", "\n\nMonday", "5", "", "a b c",
])
def test_the_trigger_scan_finds_every_trigger_the_lookbehind_pattern_finds(text):
    low = text.lower()
    found = [m.start(1) for chunk in temporal._trigger_chunks(low, None) for m in chunk]
    assert found == [m.start() for m in temporal._TRIGGER.finditer(low)]


def test_the_trigger_scan_over_chunks_finds_every_trigger():
    text = ("1 June 3, \u00e9t\u00e9 5 days " * 3 + "word " * 7000) * 4  # chunks of PROGRESS_STEP, cut at spaces
    low = text.lower()
    assert len(low) > 2 * temporal.PROGRESS_STEP
    found = [m.start(1) for chunk in temporal._trigger_chunks(low, None) for m in chunk]
    assert found == [m.start() for m in temporal._TRIGGER.finditer(low)]
