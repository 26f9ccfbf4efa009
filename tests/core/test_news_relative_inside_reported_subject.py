"""A reported clause whose subject carries a relative clause set off by commas ("A family representative said actor
Ray Dunn, who played a pilot in \u201cSkyline\u201d and a detective in \u201cHarbour,\u201d died from complications",
realnews23 11): the statement reports the death, not the role (main titled it "Actor Ray Dunn plays a pilot" and
put the role on the day of the death). Sentence in an invented article → the reported verb's word; the guards keep a
relative clause's own verb where no main verb follows and a plain reported clause as it was."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import COUNCIL_ARTICLE, body_news


@pytest.mark.parametrize("sentence, word", [
    # must change
    ('A family representative said actor Ray Dunn, who played a pilot in "Skyline" and a detective in "Harbour," '
     "died from complications.", "died"),
    # guards: a relative clause with no quoted names (read right before too), a plain reported clause
    ("A spokesman said the builder, who restored the old mill in the town, died on the site.", "died"),
    ("A spokesman said the builder died on the site.", "died"),
])
def test_a_relative_clause_inside_the_reported_subject_is_passed_over(sentence: str, word: str) -> None:
    items = body_news(sentence, COUNCIL_ARTICLE)
    assert [i.candidate.mention.text for i in items] == [word]
