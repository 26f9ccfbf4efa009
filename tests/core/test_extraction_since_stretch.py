"""A perfect that counts or measures what was gathered "since" a start long before the report ("has launched more
than 100 drone strikes since 2002") tells a stretch from that start up to the report, not a happening of its first
year: one event over the stretch when the publication date gives its end, none when the page has no date
(`extraction._measured_over_the_stretch`). A perfect with no count keeps the start, when the state began ("has lived
in the village since 1990"); a count since a day of the news is reached on the report's day (as before)."""
from __future__ import annotations

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

DATED = "Harbour strikes go on\n\nPublished: June 6, 2014\n\n{}\n"
UNDATED = "Harbour strikes go on\n\n{}\n"


def _dated_events(template: str, sentence: str) -> set[tuple[str, str]]:
    doc = document_from_text(template.format(sentence), id="s")
    return {(str(c.first), str(c.last)) for c in extract_mentions(doc) if c.first is not None}


@pytest.mark.parametrize("sentence, expected", [
    # a count gathered since a start long gone: the stretch from its start up to the report
    ("The navy has launched more than 100 raids against smugglers' boats since 2002.",
     {("2002-01-01", "2014-06-06")}),
    ("Dock workers have staged 14 strikes since March 2011, the union said.",
     {("2011-03-01", "2014-06-06")}),
    ("Ferry fares have gone up by 40 percent since 2009.", {("2009-01-01", "2014-06-06")}),
    # (no count: when the state began)
    ("The harbour master has lived in the old lighthouse since 1990.", {("1990-01-01", "1990-12-31")}),
])
def test_a_count_since_a_start_long_gone_is_the_stretch_up_to_the_report(
        sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _dated_events(DATED, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # no publication date: the stretch has no end the text gives, and no event
    ("The navy has launched more than 100 raids against smugglers' boats since 2002.", set()),
    # (no count: the start still dates the state's beginning)
    ("The harbour master has lived in the old lighthouse since 1990.", {("1990-01-01", "1990-12-31")}),
])
def test_with_no_publication_date_a_counted_stretch_has_no_end(
        sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _dated_events(UNDATED, sentence) == expected
