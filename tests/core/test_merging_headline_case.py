"""A headline written in headline case ("Brenton Council Approves Stadium Plan") says what happened in capitals:
merging reads its capitalised words as words (`merging._headline_words`), but the names its article prints
capitalised in mid-sentence, so it joins another outlet's dated telling of that day ("Councillors in Brenton
approved the plan for a new football stadium on Tuesday"); a headline of another happening of the same people
and day stays apart. The articles are invented (fixtures/headline_case/<story>/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import grammar, merging
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "headline_case"


@pytest.mark.parametrize("line, headline_case, says", [
    ("Harbour Board Rejects Ferry Contract", True, "rejects"),
    ("Minister Resigns Over Expenses Claims", True, "resigns"),
    ("Party Leader Wins Second Term", True, "wins"),
    ("Floods Close Main Road Into Ardley", True, "close"),
    # A sentence in ordinary case: its capitals are names, and its words are read as before (not here).
    ("The harbour board rejected the ferry contract", False, ""),
])
def test_a_headline_case_line_says_what_happened_in_capitals(line: str, headline_case: bool, says: str) -> None:
    assert grammar.headline_case(line) is headline_case
    if not headline_case:
        return
    found = merging._headline_words(line, "any")
    # The verb's key, as its lower-case spelling gives it in a sentence; no key for the names.
    assert merging._window_words(says) and merging._window_words(says) <= found, sorted(found)
    assert not merging._window_words(line), "the capitalised line has no lower-case word"


@pytest.mark.parametrize("story, joined", [
    ("stadium_vote", True),  # "Brenton Council Approves Stadium Plan" / "Councillors in Brenton approved the plan"
    ("stadium_delay", False),  # "... Delays Stadium Parking Rules": another decision of the same council that day
])
def test_a_headline_case_headline_joins_the_same_happening(story: str, joined: bool) -> None:
    events = build_timeline([FIXTURES / story], cache=False).events
    news = [e for e in events if any(m.document == "gazette" and m.dated for m in e.mentions)
            and e.precision.name == "DAY"]
    assert len(news) == 1, [e.title for e in events]
    headline = [m for m in news[0].mentions if m.document == "radio" and m.sentence_start == 0]
    assert bool(headline) == joined, [(e.title, [(m.document, m.text) for m in e.mentions]) for e in events]
