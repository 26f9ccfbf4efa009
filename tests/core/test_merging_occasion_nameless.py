"""A meeting whose sentence names nobody ("he told parliament on Tuesday", "they met on Tuesday") borrows its
article's names, which every other happening of the article's day shares: those are not its people, and it takes
in none of the day's other news by them (`merging._Group.add`: a meeting's `hosts` are its own sentence's names).
A meeting that names its people still takes in what they did that day. The articles are invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

HEAD = "Veskia and Calder trade row deepens as Veskia raises duties\n\nThursday, March 6, 2025\n\n"


@pytest.mark.parametrize("lead, occasion, together", [
    ("Veskia will raise duties on Calder cheese to 40% from April, its farm ministry said on Tuesday.",
     '"We cannot wait any longer," he told parliament on Tuesday.', False),
    ("Calder suspended all flights to Veskia on Tuesday, its transport agency said.",
     "They met for two hours on Tuesday but did not agree.", False),
    ("The Veskia central bank cut its main rate to 2% on Tuesday.",
     "The two delegations held talks late on Tuesday and went home without a deal.", False),
    # a meeting that names its people takes in what they did
    ("Veskia's trade minister Ola Brand signed the quota deal on Tuesday.",
     "Ola Brand met Calder's envoy in Lund on Tuesday.", True),
])
def test_a_meeting_naming_nobody_takes_in_none_of_the_days_news(tmp_path: Path, lead: str, occasion: str,
                                                                   together: bool) -> None:
    text = HEAD + lead + " Both countries have traded freely with each other since Veskia joined the union.\n\n" \
        + occasion + "\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    sentences = [{text[m.sentence_start:m.sentence_end].strip()[:20] for m in e.mentions} for e in events]
    holding_lead = [s for s in sentences if lead[:20] in s]
    assert len(holding_lead) == 1
    assert (occasion[:20] in holding_lead[0]) is together
