"""The page's furniture (the loader's excluded spans: a masthead's founding date, a sidebar's stamps) is no part of
the story: `temporal.tag_stream(furniture=...)` reads no date in it, so the story's "a year earlier" or "the next day"
never counts from one (docs/realnews9_judgement.md page 04: "a year earlier" dated 1882 from the masthead's
"Est. May 19, 1883"). Invented texts in the forms seen."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag_stream


@pytest.mark.parametrize("text, furniture, reference, phrase, counted, alone", [
    # a masthead's date above a results story: "a year earlier" had it as its anchor
    ("Harbour Courier Est. May 19, 1883\n\nRevenue was $10.9 billion, up from $9.6 billion a year earlier.",
     "Harbour Courier Est. May 19, 1883", None, "a year earlier", "1882", "PAST_REF"),
    # a sidebar's stamped link between two paragraphs: "the next day" counts from the story's Monday
    ("The council met on Monday.\n\nLatest News\nPort strike ends Fri, May 17, 2024, 05:16 PM\n\n"
     "The mayor spoke the next day.", "Port strike ends Fri, May 17, 2024, 05:16 PM", dt.date(2019, 3, 6),
     "the next day", "2024-05-18", "2019-03-05"),
])
def test_no_date_in_the_furniture_is_read_nor_counted_from(text, furniture, reference, phrase, counted, alone):
    at = text.index(furniture)
    spans = [(at, at + len(furniture))]
    before = {t.text: t.value for t in tag_stream(text, reference)}
    after = list(tag_stream(text, reference, furniture=spans))
    assert before[phrase] == counted  # (what the furniture's date made of it)
    assert {t.text: t.value for t in after}[phrase] == alone
    assert all(t.end <= spans[0][0] or t.start >= spans[0][1] for t in after)
