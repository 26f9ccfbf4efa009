"""'The council', 'the company' opening a title take the organisation the article named (`extraction._name_the_
company`) only when the noun is the subject itself, not a modifier of the next noun: 'The council tax rise will
take effect' is about a tax, not an act of Kessa Town Council."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

D = dt.date


@pytest.mark.parametrize("sentence, first, title", [
    ("The council tax rise will take effect on April 1.", D(2026, 4, 1), "The council tax rise will take effect"),
    ("The council car park will close in June.", D(2026, 6, 1), "The council car park will close"),
    ("The council will meet again on Friday.", D(2026, 3, 13), "Kessa Town Council will meet again"),
])
def test_a_noun_modifying_another_is_no_organisation(tmp_path: Path, sentence: str, first: dt.date,
                                                     title: str) -> None:
    (tmp_path / "a.txt").write_text(
        "Budget passed\n\nWednesday, March 11, 2026\n\nKessa Town Council approved its budget on Tuesday. "
        f"{sentence}\n", encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    assert [e.title for e in events if e.first == first] == [title]
