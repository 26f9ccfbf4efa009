"""A weekday or month inside an indefinite noun phrase set beside the object of a future verb, and still open
("will get $52 a share, a premium of 31 per cent to the closing price on Tuesday"), is that noun's time, not the
verb's: it keeps its nearest reading (here the past Tuesday), in the tagger (`temporal._future`) and in the
tense shift of extraction (`extraction._tense_shifted`). An appositive closed by its comma leaves the date to the
verb ("will play Chelsea, the league leaders, on Saturday")."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline
from tests.core.temporal_helpers import firsts_of

D = dt.date
PUBLISHED = D(2025, 10, 15)  # a Wednesday

ROWS = [
    ("Brill shareholders will get $52 a share, a premium of 31 per cent to the stock's closing price on Tuesday.",
     "Tuesday", D(2025, 10, 14)),
    ("Brill investors will be paid $52 for each share, an increase of 12 per cent on the stock's value on Monday.",
     "Monday", D(2025, 10, 13)),
    ("Holders will receive 1.2 new shares for each share, a ratio set by the board in September.",
     "September", D(2025, 9, 1)),
    # the verb's own date: ahead
    ("The team will play Chelsea, the league leaders, on Saturday.", "Saturday", D(2025, 10, 18)),
    ("Brill shareholders will get $52 a share on Tuesday.", "Tuesday", D(2025, 10, 21)),
]


@pytest.mark.parametrize("sentence, phrase, first", ROWS)
def test_the_tagger_reads_the_date_of_an_open_apposition_as_the_nouns(sentence: str, phrase: str,
                                                                      first: dt.date) -> None:
    assert firsts_of(sentence, phrase, PUBLISHED) == [first]


@pytest.mark.parametrize("sentence, phrase, first", ROWS)
def test_the_event_keeps_the_date_of_an_open_apposition(tmp_path: Path, sentence: str, phrase: str,
                                                         first: dt.date) -> None:
    (tmp_path / "story.txt").write_text(f"Brill news\n\nPublished: Wednesday, October 15, 2025\n\n{sentence}\n")
    events = build_timeline([tmp_path], cache=False).events
    assert [e.first for e in events if any(m.text == phrase for m in e.mentions)] == [first]
