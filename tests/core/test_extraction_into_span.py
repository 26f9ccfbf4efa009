"""Two time phrases joined by "into" where the second starts as the first ends ("burned Wednesday night into
early Thursday", "prices climbed through March into April") tell one happening that ran on over both: one
event spanning them (`extraction._range_end`), not one event per phrase. A second time that does not follow
on from the first ("moved the vote from May 3 into June") names another time: no span. Sentences invented."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline


def _events(tmp_path: Path, sentence: str):
    (tmp_path / "story.txt").write_text(f"Local news\nJuly 16, 2020\n\n{sentence}\n", encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    return [e for e in events if any(m.dated and m.document == "story" for m in e.mentions)]


@pytest.mark.parametrize("sentence, first, last", [
    ("A hay barn in Hollin burned to the ground Wednesday night into early Thursday morning.",
     dt.date(2020, 7, 15), dt.date(2020, 7, 16)),
    ("Heavy rain flooded the valley road on Monday night into Tuesday.", dt.date(2020, 7, 13), dt.date(2020, 7, 14)),
    ("Crews in Dunmore fought the blaze from late Tuesday into Wednesday.", dt.date(2020, 7, 14), dt.date(2020, 7, 15)),
    ("Prices at the Bexley market climbed through March into April.", dt.date(2020, 3, 1), dt.date(2020, 4, 30)),
])
def test_a_time_running_into_the_next_is_one_span(tmp_path: Path, sentence: str, first: dt.date, last: dt.date) -> None:
    dated = _events(tmp_path, sentence)
    assert [(e.first, e.last) for e in dated] == [(first, last)], [(e.title, e.first, e.last) for e in dated]


def test_a_new_time_after_into_is_no_span(tmp_path: Path) -> None:
    # "from May 3 into June": the vote was moved to June, which does not follow on from May 3
    dated = _events(tmp_path, "The council moved the budget vote from May 3 into June.")
    assert all(not (e.first.month == 5 and e.last.month == 6) for e in dated), [(e.title, e.first, e.last) for e in dated]
