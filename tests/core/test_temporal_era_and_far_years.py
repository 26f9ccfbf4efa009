"""Years across the whole range a date holds (1-9999, issue 7): a year written with its era ("AD 1066",
"1066 CE", "A.D. 476") is that year, a BC year (before year 1) is dropped with a logged reason rather than read
as the AD year of the same number, and "Month D, YYYY" keeps a year past 2099 when the phrase ends with it
(what follows a count is the thing counted: "May 4, 2500 people")."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.temporal import tag

REF = dt.date(2024, 6, 19)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, REF)]


@pytest.mark.parametrize("sentence, expected", [
    ("The chapel was consecrated in AD 1120 by the bishop.", [("AD 1120", "1120")]),
    ("Its walls went up around A.D. 1350 under a new abbot.", [("A.D. 1350", "1350")]),
    ("A fire gutted the hall in 1402 AD.", [("1402 AD", "1402")]),
    ("The AD 410 sack of the city is well recorded.", [("AD 410", "0410")]),
    ("Coins minted in 212 CE were found in the field.", [("212 CE", "0212")]),
    ("The bridge was rebuilt in 1588 C.E. after a flood.", [("1588 C.E.", "1588")]),
    ("The tablet is dated 9 AD by its finders.", [("9 AD", "0009")]),
    # a lower-case "ad" is the word, not the era: the plain year stays
    ("In 2019 ad revenue at the paper fell.", [("2019", "2019")]),
])
def test_an_era_marked_year_is_that_year(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The fort was abandoned in 1250 BC after a drought.",
    "Farmers settled the valley around 3100 BCE.",
    "The wall dates from 212 B.C. by most accounts.",
])
def test_a_bc_year_is_dropped_with_a_reason_not_read_as_ad(sentence: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO", logger="timeline_app.core.temporal"):
        assert found(sentence) == []
    assert any("before year 1" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("sentence, expected", [
    ("The lease on the harbour expires on March 1, 2150.", [("March 1, 2150", "2150-03-01")]),
    ("The capsule is to be opened on July 4, 2476, its makers said.", [("July 4, 2476", "2476-07-04")]),
    ("Support for the format ends October 12, 9999; nobody expects to see it.",
     [("October 12, 9999", "9999-10-12")]),
    ("The time capsule label reads August 8, 3001\nSealed by the class.", [("August 8, 3001", "3001-08-08")]),
    # a number that goes on to what it counts is a count, not a year
    ("On April 9, 2300 runners crossed the line.", [("April 9", "2024-04-09")]),
    ("By June 2, 4500 homes had power again.", [("June 2", "2024-06-02")]),
])
def test_a_far_year_after_the_day_is_read_when_the_phrase_ends_with_it(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected
