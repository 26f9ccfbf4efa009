"""A time of day without its own day ("shortly after 2pm", "earlier in the evening") is on the day in focus, the
last day the text named; but a day still to come cannot be a past happening's, so after a future day ("will
appear in court on Friday") a past clause's time of day is on the publication day (`temporal._day_in_focus`), or,
"earlier in the evening", on the last day named that was not still to come if it is recent (within a week: an
old date in focus, "born on May 3, 1960", is not the evening meant); the clause's own verb tells.
"last night" and "yesterday evening" name a day, as "yesterday" does, so a time of day after them is on it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline
from tests.core.temporal_helpers import firsts_of

D = dt.date
PUBLISHED = D(2026, 3, 11)  # a Wednesday

ROWS = [
    # a past clause after a future day: the publication day
    ("The suspect will face a magistrate on Friday. The ferry docked at the harbour shortly after 4pm.",
     "shortly after 4pm", D(2026, 3, 11)),
    ("The levy takes effect on May 1. A rival motion was rejected earlier in the evening.",
     "the evening", D(2026, 3, 11)),
    ("Voting closes on Sunday. The last ballots were counted at 9:30 p.m.", "9:30 p.m.", D(2026, 3, 11)),
    # "earlier/later in the evening" after a future day: a part of the last past day the story named
    ("The board met last night. The levy takes effect on May 1. A rival motion was rejected earlier in the evening.",
     "the evening", D(2026, 3, 10)),
    ("The board sat on Monday. The tax rises on May 1. A motion was withdrawn later in the afternoon.",
     "the afternoon", D(2026, 3, 9)),
    # ... but only a recent one: an old day in focus before the day to come leaves it on the publication day
    ("Smith, who was born on May 3, 1960, will appear in court on Friday. He was arrested earlier in the evening.",
     "the evening", D(2026, 3, 11)),
    ("The war ended on June 6, 1944. The council will vote on April 1. The amendment was defeated earlier in the "
     "evening.", "the evening", D(2026, 3, 11)),
    ("The board met last night. The war ended on June 6, 1944. The council will vote on April 1. The amendment was "
     "defeated earlier in the evening.", "the evening", D(2026, 3, 11)),
    ("The board sat on Monday. The tax rises on May 1. The ferry docked shortly after 4pm.",
     "shortly after 4pm", D(2026, 3, 11)),
    # the future, or the day named before: unchanged
    ("The march is on Saturday. It will set off at 11am.", "11am", D(2026, 3, 14)),
    ("The premiere is on Friday. Doors open at 7pm.", "7pm", D(2026, 3, 13)),
    ("The trawler sank on Monday and the crew was rescued at 6pm.", "6pm", D(2026, 3, 9)),
    # a named part of a day is the day in focus
    ("The assembly last night passed the bill. The vote came shortly before 11pm.", "shortly before 11pm",
     D(2026, 3, 10)),
    ("Two men were detained yesterday evening. They were questioned at 9pm.", "9pm", D(2026, 3, 10)),
    # the clause's own verb decides, not a past reporting verb before it, nor one of another clause
    ("The summit opens on Friday. Delegates said they expected talks to begin at 9am.", "9am", D(2026, 3, 13)),
    ("The vote is on Friday. Shortly after 2pm, the planes landed.", "Shortly after 2pm", D(2026, 3, 11)),
]


@pytest.mark.parametrize("sentence, phrase, first", ROWS)
def test_a_time_of_day_is_on_the_day_its_clause_can_have(sentence: str, phrase: str, first: dt.date) -> None:
    assert firsts_of(sentence, phrase, PUBLISHED) == [first]


@pytest.mark.parametrize("sentence, phrase, first", ROWS[:3])
def test_the_past_event_is_not_put_on_a_day_to_come(tmp_path: Path, sentence: str, phrase: str,
                                                    first: dt.date) -> None:
    text = f"Harbour news\n\nWednesday, March 11, 2026\n\n{sentence}\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    second = text.index(sentence.split(". ", 1)[1])
    events = build_timeline([tmp_path], cache=False).events
    of_second = [e for e in events if any(m.sentence_start >= second for m in e.mentions)]
    assert of_second and all(e.first == first for e in of_second), [(e.first, e.title) for e in of_second]
