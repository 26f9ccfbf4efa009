"""A sentence that gives two dates, the finer within the coarser ("opened in 1991, and the project was completed in
the late 1990s"), tells two clauses' happenings: the coarser is not folded into the finer as the same happening
reported at two precisions, however many words and names the clauses share (`merging._fold_coarse`)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

D = dt.date


@pytest.mark.parametrize("headline, sentence, first, last, title_words", [
    ("Kasper Lund, engineer who rebuilt Tollvik's bridges, dies at 79",
     "The first span of the Tollvik bridge opened in 1983, and the bridge was completed in the late 1980s.",
     D(1980, 1, 1), D(1989, 12, 31), "bridge was completed"),
    ("Norrland Rail opens its northern line",
     "Norrland Rail opened the first section of its northern line in May 2008, and the line was finished in 2008.",
     D(2008, 1, 1), D(2008, 12, 31), "line was finished"),
    ("Hilda Marsh, who planted Eastwood's parks, dies at 90",
     "Her first park in Eastwood opened in 1972, and the last of the parks was completed in the 1970s.",
     D(1970, 1, 1), D(1979, 12, 31), "parks was completed"),
])
def test_a_coarser_date_of_the_same_sentence_stays_its_own_event(tmp_path: Path, headline: str, sentence: str,
                                                                 first: dt.date, last: dt.date,
                                                                 title_words: str) -> None:
    (tmp_path / "story.txt").write_text(f"{headline}\n\nPublished: Thursday, February 20, 2025\n\n{sentence}\n")
    events = build_timeline([tmp_path], cache=False).events
    coarse = [e for e in events if (e.first, e.last) == (first, last)]
    assert [title_words in e.title for e in coarse] == [True], [(e.first, e.title) for e in events]


def test_a_coarser_date_of_another_sentence_still_folds(tmp_path: Path) -> None:
    # the same happening at two precisions, in two sentences: one event
    (tmp_path / "story.txt").write_text(
        "Acme shares\n\nPublished: Thursday, February 20, 2025\n\n"
        "Acme opened its Lisbon plant on March 3, 2019. Acme opened the Lisbon plant in 2019 to serve Iberia.\n")
    events = build_timeline([tmp_path], cache=False).events
    assert [(e.first, len(e.mentions)) for e in events if e.first.year == 2019] == [(D(2019, 3, 3), 2)]
