"""A live page's time stamp alone on its line ("09:10 GMT") is the time of the entry after it, not a happening of
its own: it makes no event, and the entry's sentence is the event, on the page's day. Stamp → the events of an
invented live page whose entries it heads."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

_PAGE = """Harbour strike live: dockers walk out at Orrin

Live | Coast Daily

Tuesday 4 March 2025

{stamp}
Ferries cancelled

The ferry operator cancelled all afternoon sailings from Orrin.
"""


@pytest.mark.parametrize("stamp", ["09:10 GMT", "16:45 GMT:", "2:30 p.m. ET", "10:15 a.m. EST"])
def test_a_time_stamp_line_is_no_event(tmp_path: Path, stamp: str) -> None:
    (tmp_path / "live.txt").write_text(_PAGE.format(stamp=stamp), encoding="utf-8")
    text = _PAGE.format(stamp=stamp)
    events = build_timeline([tmp_path], cache=False).events
    titles = sorted(e.title for e in events)
    assert not any(stamp.rstrip(":- ") in title for title in titles), titles
    entry = text.index("The ferry operator")
    dated = [(e.first, e.last) for e in events for m in e.mentions if m.sentence_start <= entry < m.sentence_end]
    assert dated == [(dt.date(2025, 3, 4), dt.date(2025, 3, 4))], titles
