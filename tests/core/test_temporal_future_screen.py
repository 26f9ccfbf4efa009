"""`temporal._future`'s shortcuts give the answers of its full look (core/temporal.py): the patterns that need a
word of their own are searched only where the clause holds one (`_may_hold_low`), and a caller that asks only
whether a date is ahead (`ahead_only`) is spared the present verb before it unless that decides."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import temporal
from timeline_app.core.temporal import tag

REF = dt.date(2024, 1, 17)  # a Wednesday in January: a fourth quarter may be the one just ended or the next

# Sentences whose dates `_future` decides, by each pattern the screen guards and by the present verb, in any
# case, and with a letter re's IGNORECASE matches to "s" that lower-casing does not ("ſ": the tagger folds it).
SENTENCES = [
    "Talks resume ahead of Saturday's vote.",
    "Crowds gathered in the run-up to the election on Sunday.",
    "In the days before Friday, shops closed.",
    "In the dayſ before Friday, shops closed.",
    "AHEAD OF THE VOTE ON FRIDAY, LEADERS MET.",
    "Officials gathered on the eve of the summit on Monday.",
    "Ferries leave each Thursday from August 6.",
    "The court gave the defense until Monday to respond.",
    "A judge set a trial date of November 3.",
    "The judge set a hearing date of Tuesday.",
    "On Thursday, the president is scheduled to speak.",
    "On Thursday, the president speaks, and he is scheduled to leave.",
    "The committee meets Tuesday.",
    "The leaders meet at Christmas.",
    "The shop will open at Christmas.",
    "Profits fell in the fourth quarter.",
    "This falls in the fourth quarter, and sales will rise.",  # a present verb first: not ahead
    "Profits are expected to rise in the fourth quarter.",
    "He arrived on March 3. The talks will start the following week.",
    "He arrived on March 3. The talks started the following week.",
    "On March 3 he said the talks would begin the next day.",
]


def _values(text: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.value) for e in tag(text, reference=REF)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_word_screen_gives_the_full_answers(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    screened = _values(sentence)
    monkeypatch.setattr(temporal, "_may_hold_low", lambda *_args: True)
    assert screened == _values(sentence)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_ahead_only_gives_the_full_answers(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shortened = _values(sentence)
    full = temporal._future
    monkeypatch.setattr(temporal, "_future", lambda ctx, s, e, ahead_only=False: full(ctx, s, e))
    assert shortened == _values(sentence)


@pytest.mark.parametrize("sentence, ahead", [
    ("Talks resume ahead of Saturday's vote.", True),
    ("In the dayſ before Friday, shops closed.", True),
    ("AHEAD OF THE VOTE ON FRIDAY, LEADERS MET.", True),
    ("Ferries leave each Thursday from August 6.", True),
    ("The judge set a hearing date of Tuesday.", True),
    ("On Thursday, the president is scheduled to speak.", True),
    ("The committee meets Tuesday.", False),  # a present: `_PRESENT`, not ahead
    ("Shops closed on Friday.", False),
])
def test_which_dates_the_clause_puts_ahead(sentence: str, ahead: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The table above reaches the screened patterns: each of these is ahead by one of them (or is not)."""
    seen: list[str | None] = []
    full = temporal._future

    def spy(ctx, s, e, ahead_only=False):  # type: ignore[no-untyped-def]
        answer = full(ctx, s, e)
        seen.append(answer)
        return answer
    monkeypatch.setattr(temporal, "_future", spy)
    tag(sentence, reference=REF)
    assert seen and (seen[-1] == temporal._AHEAD) is ahead
