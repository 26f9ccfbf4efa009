"""A date that belongs to something else than the sentence's happening: the source of an attribution ("according
to a study published on Thursday"), a noun's period ("its plan for next year"). Invented sentences after a dated
lead (the news of Friday 14 March 2025, published the next day)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

D = dt.date
_LEAD = "Storm batters the coast\n\nPublished: March 15, 2025\n\nA storm hit the coast of Merra on Friday, officials said.\n\n"


def _events(tmp_path: Path, sentence: str) -> list[tuple[dt.date, dt.date, str]]:
    (tmp_path / "storm.txt").write_text(_LEAD + sentence + "\n", encoding="utf-8")
    return [(e.first, e.last, e.title) for e in build_timeline([tmp_path], cache=False).events]


# sentence, words of the source's title, its day
ATTRIBUTED = [
    ("Sea levels along the coast have risen by 20 centimetres since 1950, according to a study published on "
     "Thursday.", "a study published", D(2025, 3, 13)),
    ("Unemployment in the region fell to 6%, according to figures released Thursday by the statistics office.",
     "figures released by the statistics office", D(2025, 3, 13)),
    ("The harbour stayed shut, according to a statement by the port authority on Thursday.",
     "a statement by the port authority", D(2025, 3, 13)),
    ("According to a Thursday report in the Merra Post, the mayor had known of the risk for years.",
     "report in the merra post", D(2025, 3, 13)),
    ("Prices rose 2% last month, according to data the agency released on Thursday.",
     "data the agency released", D(2025, 3, 13)),
]


@pytest.mark.parametrize("sentence, words, day", ATTRIBUTED, ids=[row[1] for row in ATTRIBUTED])
def test_an_attributions_date_is_its_sources_coming_out(tmp_path: Path, sentence: str, words: str,
                                                        day: dt.date) -> None:
    events = _events(tmp_path, sentence)
    assert [t for f, last, t in events if f == last == day and words in t.lower()], events
    # the finding is not dated by its source's day
    assert not [t for f, _last, t in events if f == day and words not in t.lower()], events
