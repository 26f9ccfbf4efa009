"""A name in brackets after a noun ("The English National Portrait Gallery (NPG) in London has threatened", realnews18
02) ends a clause for the clause splitter, and the subject walk stopped at the preposition after it: the title's
actor was the place ("London has threatened to sue ..."), judged junk. The bracketed name is the noun's abbreviation
or alias and the phrase after it a post-modifier, so the subject's head is the noun before the brackets. Sentence,
date → title (`extraction.title_from_sentence`); a bracket holding no name keeps the walk as it was."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    # must change
    ("The National Gallery of Art (NGA) in Washington has threatened on Monday to sue a collector.", "on Monday",
     "The National Gallery of Art (NGA) in Washington has threatened to sue a collector"),
    ("The World Health Organization (WHO) in Geneva declared an emergency on March 11, 2020.", "on March 11, 2020",
     "The World Health Organization (WHO) in Geneva declares an emergency"),
    ("The Royal Ballet (RB) at Covent Garden cancelled its tour on Tuesday.", "on Tuesday",
     "The Royal Ballet (RB) at Covent Garden cancels its tour"),
    # guards: a bracket of no name, a name with no bracket
    ("The storm left the town (population 3,000) in darkness on Monday.", "on Monday", "The storm leaves the town"),
    ("The victims died near Krymsk, a town 300 km (190 miles) northwest of Sochi, on Saturday.", "on Saturday",
     "The victims die near Krymsk"),
    ("The National Gallery in Washington threatened on Monday to sue a collector.", "on Monday",
     "The National Gallery in Washington threatens to sue a collector"),
])
def test_a_subject_runs_back_past_a_bracketed_name_to_its_noun(sentence: str, date: str, title: str) -> None:
    at = sentence.index(date)
    assert title_from_sentence(sentence, at, at + len(date)) == title
