"""Named periods: the phrases news uses for them, found with their exact spans."""
from __future__ import annotations

import pytest

from timeline_app.core.periods import find_periods


@pytest.mark.parametrize("text, names", [
    ("the firmest bond since the Cold War", ["Cold War"]),
    ("ties that date back to post-World War II", ["World War II"]),
    ("the first World War and WWI", ["World War I", "World War I"]),
    ("during the Second World War (WWII)", ["World War II", "World War II"]),
    ("since the 9/11 attacks and the September 11th attack", ["September 11 attacks", "September 11 attacks"]),
    ("after the fall of the Berlin Wall and the Soviet collapse", ["Fall of the Berlin Wall",
                                                                   "Collapse of the Soviet Union"]),
    ("the COVID-19 pandemic and the Great Recession", ["COVID-19 pandemic", "Global financial crisis"]),
    ("a war of words, a spring offensive, a crisis of faith", []),
    # A capitalised hyphen compound names another war; a lower-case prefix still means the period.
    ("veterans of the Iran-Iraq war and of the Iraq War", ["Iraq War"]),
    ("the post-Cold War order", ["Cold War"]),
    ("", []),
])
def test_named_periods_are_found_with_their_spans(text: str, names: list[str]) -> None:
    found = find_periods(text)
    assert [p.period.name for p in found] == names
    for p in found:
        assert p.start < p.end and text[p.start:p.end].strip() == text[p.start:p.end]


def test_periods_are_found_in_a_slice_only() -> None:
    text = "Cold War. " * 3
    assert [(p.start, p.end) for p in find_periods(text, 10, 20)] == [(10, 18)]


def test_the_prefiltered_scan_finds_exactly_what_the_plain_alternation_finds() -> None:
    import random
    import re

    from timeline_app.core import periods

    plain = re.compile(periods._PERIODS_PATTERN, re.IGNORECASE)
    assert periods._PERIOD_RE.pattern.startswith("(?="), "the lookahead was built"
    names = [m for p in periods.PERIODS for m in (p.name, p.name.upper(), p.name.lower())] + [
        "World War One", "WW1", "WWII", "break-up of the Soviet Union", "xSoviet collapse", "ſoviet collapse",
        "first Persian Gulf War", "September 11th attacks", "9/11 attack", "2008 financial crisis",
        "pre-World War II", "Iran-Iraq War", "KOREAN WAR", "coronavirus pandemic", "Great Recession"]
    rng = random.Random(11)
    found = 0
    for _ in range(5000):
        parts = [rng.choice(names) if rng.random() < 0.5 else
                 "".join(rng.choice(" -.,'’\nabcsſKk9/") for _ in range(rng.randint(0, 6))) for _ in range(6)]
        text = rng.choice(["", " ", "x", "-"]).join(parts)
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in periods._PERIOD_RE.finditer(text)] == expected, text
        found += len(expected)
    assert found > 5000


def test_the_prefilter_is_left_out_where_the_opening_characters_cannot_be_told() -> None:
    from timeline_app.core import periods

    assert periods._first_characters(r"\bCold\s+War|Soviet\s+collapse", 0) == ({"C"}, {"S"})
    assert periods._first_characters(r"(?:the\s+)?\bWar", 0) == ({"W"}, {"t"})
    assert periods._first_characters(r"\w+\s+War", 0) is None  # a category: no prefilter
    assert periods._first_characters(r"(?:x)?", 0) is None  # may match empty
    assert periods._prefiltered(r"\w+ War", 0).pattern == r"\w+ War"


def test_hints_read_in_the_lower_cased_text_are_those_of_the_case_blind_scan() -> None:
    import random

    from timeline_app.core import periods

    words = ["war", "WAR", "Wars", "software", "WWI", "ww2", "Revolution", "DEPRESSION", "Soviet", "berlin",
             "crisis", "attack", "Attacks", "attacked", "recession", "Spring", "pandemic", "ſoviet", "crıſis",
             "KELVIN", "war-time", "İstanbul war", "Cold War", "World War II", "Soviet collapse", "Arab Spring"]
    rng = random.Random(5)
    lowered = 0
    for _ in range(3000):
        text = "".join(rng.choice([" ", "-", "", ".", "\n"]) + rng.choice(words) for _ in range(8))
        low = text.lower()
        plain = [m.span() for m in periods._HINT_RE.finditer(text)]
        if len(low) == len(text) and not any(f in text for f in periods._OTHER_FOLDS):
            lowered += 1
            assert [m.span() for m in periods._HINT_LOW.finditer(low)] == plain, text
        assert find_periods(text) == _plain_find_periods(text), text
    assert lowered > 500


def _plain_find_periods(text: str) -> list:
    """find_periods as it read before: the case-blind hint scan and the plain alternation."""
    import re

    from timeline_app.core import periods

    alternation = re.compile(periods._PERIODS_PATTERN, re.IGNORECASE)
    out, scanned_to = [], 0
    for hint in periods._HINT_RE.finditer(text):
        lo, hi = max(scanned_to, hint.start() - periods._WINDOW), min(len(text), hint.end() + periods._WINDOW)
        if lo >= hi:
            continue
        for m in alternation.finditer(text, lo, hi):
            if periods._other_compound(text, m.start()):
                continue
            out.append(periods.PeriodMatch(periods.PERIODS[int(m.lastgroup[1:])], m.start(), m.end()))
            scanned_to = max(scanned_to, m.end())
        scanned_to = max(scanned_to, hint.end())
    return out


# The hints are scanned a chunk at a time (`_hints`, so that Cancel is heard within a long text): with chunks of a
# few characters, every hint straddles, ends at or starts at a chunk's edge somewhere, and the periods found must
# be those of one scan. ("attacks" at an edge may not shrink to "attack", nor "war" in "warship" become a hint.)
@pytest.mark.parametrize("text", [
    "the firmest bond since the Cold War, and after the Second World War (WWII)",
    "since the 9/11 attacks and the September 11th attack, a warship and the Iran-Iraq war",
    "the Great Depression, the Arab Spring, the COVID-19 pandemic and the Great Recession; the Soviet collapse",
    "ſpring and the Cold War",  # (a letter that folds otherwise: the case-insensitive hints)
    "WARS AND THE COLD WAR AND WWI",
    # (a letter that lowers to two: the chunks holding it read case-blind, the others lower-cased)
    "İstanbul after the Cold War; much later, the Arab Spring and the Great Depression",
])
@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 11])
def test_named_periods_are_the_same_when_the_hints_are_scanned_in_chunks(text: str, chunk: int, monkeypatch) -> None:
    from timeline_app.core import periods

    whole = [(p.period.name, p.start, p.end) for p in find_periods(text)]
    assert whole  # (each text names some)
    monkeypatch.setattr(periods, "_HINT_CHUNK", chunk)
    assert [(p.period.name, p.start, p.end) for p in find_periods(text)] == whole


def test_looking_for_periods_holds_no_lower_cased_copy_of_the_whole_text() -> None:
    # Issue 7: the hints were read in a lower-cased copy of the whole text (a byte or more per character, at the
    # end of a 1 MB article's walk, its highest point); now each chunk is lowered as it is read.
    import tracemalloc

    text = ("The talks went on for years after that, and little changed. " * 100 + "The Cold War ended. ") * 200
    find_periods(text[:1000])  # (the pattern's own set-up)
    tracemalloc.start()
    try:
        found = find_periods(text)
        _live, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(found) == 200  # (1.2 MB)
    assert peak < 0.25 * len(text), peak
