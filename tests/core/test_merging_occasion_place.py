"""A meeting's place is not one of its people: within one article, a meeting on a day takes in what its own
people did that day, not the rest of that day's news of the city it was held in ("met the crew in Lismore" and
"the Lismore airline grounded its jets"), which the article's sentence writes after a preposition of place
(`merging._occasion_people`). The articles are invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

HEAD = "Harbour news\n\nWednesday, May 7, 2025\n\n"


@pytest.mark.parametrize("meeting, other, together", [
    ("Mayor Ida Strand met union leaders in Torvik on Tuesday to discuss the pay dispute.",
     "The Torvik ferry company cancelled all sailings on Tuesday after a storm damaged its pier.", False),
    ("Finance Minister Lars Beck met the country's bankers at Dunholm on Tuesday.",
     "Dunholm's airport closed on Tuesday because of fog.", False),
    ("The two presidents met near Velna on Tuesday for three hours.",
     "Velna's main hospital reopened on Tuesday after a month of repairs.", False),
    # what the meeting's own people did that day is still the meeting's
    ("Mayor Ida Strand met union leaders in Torvik on Tuesday to discuss the pay dispute.",
     "Strand also toured the damaged quay with the union leaders on Tuesday.", True),
])
def test_a_meeting_takes_in_its_peoples_day_not_its_citys(tmp_path: Path, meeting: str, other: str,
                                                          together: bool) -> None:
    (tmp_path / "a.txt").write_text(HEAD + meeting + "\n\n" + other + "\n", encoding="utf-8")
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    sentences = [{text[m.sentence_start:m.sentence_end].strip()[:20] for m in e.mentions} for e in events]
    holding_meeting = [s for s in sentences if meeting[:20] in s]
    assert len(holding_meeting) == 1
    assert (other[:20] in holding_meeting[0]) is together
