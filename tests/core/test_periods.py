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
