"""A day of the month with no month after a preposition ("on the 12th", "by the 30th") is that day of the month of a
date just named ("began on March 10 and ended on the 12th"; the next such day after a limit word: "from May 28 until
the 3rd" is June 3), when the clause's tense agrees; else of the publication's month, or of the month before when the
day is still to come and the clause tells the past, or of the month after when it is past and the clause tells the
future (`temporal._h_dayofmonth`); a smaller day than the one the sentence or the paragraph's sentence before named
is of the month after ("began on May 28. It ended on the 3rd."); a present tense is the publication's month. An ordinal of a noun ("on the 12th
floor") is no date."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import temporal
from timeline_app.core.pipeline import build_timeline

D = dt.date
PUBLISHED = D(2024, 7, 18)


@pytest.mark.parametrize("sentence, phrase, value", [
    ("The mayor resigned on the 9th after a row over parking.", "the 9th", "2024-07-09"),
    ("A survey released on the 2nd showed support falling.", "the 2nd", "2024-07-02"),
    # still to come this month in a past clause: last month's
    ("The bridge was closed on the 25th, and traffic has crawled since.", "the 25th", "2024-06-25"),
    ("Rents have climbed since the 21st, the council said.", "the 21st", "2024-06-21"),
    # a future clause: this month's when still to come, next month's when past
    ("The panel will report by the 31st.", "the 31st", "2024-07-31"),
    ("The museum will reopen on the 4th.", "the 4th", "2024-08-04"),
    ("Talks will resume on the 22nd, both sides said.", "the 22nd", "2024-07-22"),
    # ordinals of nouns, and other forms with their own rules
    ("The fire started on the 14th floor of the tower.", None, None),
    ("She putted out on the 18th green.", None, None),
    ("Voters went to the polls for the 3rd time.", None, None),
    ("The 11th seed lost in straight sets.", None, None),
    ("It closed on the 5th of last month.", "the 5th of last month", "2024-06-05"),
    ("The band played on the 4th of July.", "the 4th of July", "2024-07-04"),
])
def test_a_bare_day_of_the_month(sentence: str, phrase: str | None, value: str | None) -> None:
    found = [(x.text, x.value) for x in temporal.tag(sentence, PUBLISHED)]
    assert found == ([] if phrase is None else [(phrase, value)])


@pytest.mark.parametrize("sentence, phrase, value", [
    # the month of a date just named
    ("Voting began on March 10 and ended on the 12th.", "the 12th", "2024-03-12"),
    ("The festival ran from June 3 until the 8th.", "the 8th", "2024-06-08"),
    ("The festival ran from May 28 until the 3rd.", "the 3rd", "2024-06-03"),
    # a smaller day after a day of its own sentence: the next month's, unless the clause marks an earlier time
    ("Voting on the contract began on May 28 and ended on the 3rd.", "the 3rd", "2024-06-03"),
    ("The count ended on May 28, though ballots had gone out on the 3rd.", "the 3rd", "2024-05-03"),
    ("The count ended on May 28, and before the 3rd no ballot was opened.", "the 3rd", "2024-05-03"),
    ("In March the plant closed, and on the 21st it was sold.", "the 21st", "2024-03-21"),
    # the same after a day of the paragraph's sentence before, and after a deadline's "by"
    ("The festival began on May 28. It ended on the 3rd.", "the 3rd", "2024-06-03"),
    ("Voting opened on June 25. Officials said it closed on the 2nd.", "the 2nd", "2024-07-02"),
    ("Repairs began on June 25. They were finished by the 5th.", "the 5th", "2024-07-05"),
    ("The count ended on May 28. Ballots had gone out on the 3rd.", "the 3rd", "2024-05-03"),
    ("The count ended on June 28. Earlier, ballots went out on the 3rd.", "the 3rd", "2024-06-03"),
    # (a mark of the sentence before, after its day, is not this sentence's)
    ("The fair opened on May 28 before the rains came. It closed on the 4th.", "the 4th", "2024-06-04"),
    ("The strike began on June 26, after talks had failed. It ended on the 2nd.", "the 2nd", "2024-07-02"),
    # (a deadline a past clause set is read as that clause's: a month ahead is too far a guess)
    ("Residents were told to leave by the 15th.", "the 15th", "2024-07-15"),
    # (after a headline, or a dateline's dash: a line break or the dash opens the clause "In November" dates)
    ("Plant to be sold\n\nIn November the plant closed, and on the 21st it was sold.", "the 21st", "2023-11-21"),
    ("Plant to be sold\n\nLONDON, July 18, 2024 - In November the plant closed, and on the 21st it was sold.",
     "the 21st", "2023-11-21"),
    # (unless the clause's tense says otherwise: a September strike after August's talks)
    ("Talks failed on June 28, and the strike begins on the 3rd.", "the 3rd", "2024-07-03"),
    # a present tense is this month's
    ("The strike begins on the 20th.", "the 20th", "2024-07-20"),
    ("The first walkout is on the 25th.", "the 25th", "2024-07-25"),
])
def test_a_bare_day_in_context(sentence: str, phrase: str, value: str) -> None:
    assert [x.value for x in temporal.tag(sentence, PUBLISHED) if x.text == phrase] == [value]


def test_the_event_is_on_that_day(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Harbour news\n\nThursday, July 18, 2024\n\nA cargo ship ran aground near the "
                                    "lighthouse on the 9th, the coastguard said.\n", encoding="utf-8")
    events = build_timeline([tmp_path], cache=False).events
    assert [(e.first, e.last) for e in events if "aground" in e.title.lower()] == [(D(2024, 7, 9), D(2024, 7, 9))]
