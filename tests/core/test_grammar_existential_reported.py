"""A closing reporting frame reports the clause before its comma ("Discussions have been renewed, an official said"
→ "An official says discussions have been renewed"); an existential clause's "there" stands where its subject does,
and the subject walk finds no noun phrase for it, so the frame was titled alone ("Local media report", realnews18
04, judged junk: the act cut away). Sentence, date → title (`extraction.title_from_sentence`)."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


@pytest.mark.parametrize("sentence, date, title", [
    # must change
    ("There will be an appeal at least from the defence, local media reported on Thursday.", "on Thursday",
     "Local media report there will be an appeal at least from the defence"),
    ("There were no injuries, police said on Monday.", "on Monday", "Police say there were no injuries"),
    ("There is no risk to the public, the ministry said in a statement on Friday.", "on Friday",
     "The ministry says there is no risk to the public"),
    # guards: a content clause with its subject, a frame before its content
    ("The ministry will appeal, local media reported on Thursday.", "on Thursday",
     "Local media report the ministry will appeal"),
    ("Mr Smith said on Friday there was no risk.", "on Friday", "Mr Smith says there was no risk"),
])
def test_a_frame_reports_an_existential_clause_before_it(sentence: str, date: str, title: str) -> None:
    at = sentence.index(date)
    assert title_from_sentence(sentence, at, at + len(date)) == title
