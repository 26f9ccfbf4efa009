"""A ", and" right after a relative clause set off by commas ("X, who ..., and Y were ...") joins X to Y as the
verb's doers: the subject walk stopped at the "and" ("Her team were honoured"), and a date inside the relative clause
made the title cut the sentence there as if a clause of its own followed. So does an age set off ("Kim, 42, and his
wife, 39, were arrested" was titled "His wife were arrested"). The relative clause leaves the title as a
lone subject's does. Invented sentences."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import title_from_sentence


def _title(sentence: str, date: str, others: tuple[str, ...]) -> str:
    start = sentence.index(date)
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    return title_from_sentence(sentence, start, start + len(date), spans)


@pytest.mark.parametrize("sentence, date, others, title", [
    ("Dr. Osei, who led the survey, and her assistants were praised in 2021.", "in 2021", (),
     "Dr. Osei and her assistants were praised"),
    ("The airline, which flies to 40 cities, and its partner agreed to merge in May.", "in May", (),
     "The airline and its partner agree to merge"),
    ("The governor, who took office in 2019, and his deputy resigned on Friday.", "on Friday", ("in 2019",),
     "The governor and his deputy resign"),
    ("The coach, whose contract ends in June, and the club parted ways on Monday.", "on Monday", ("in June",),
     "The coach and the club part ways"),
    # an age set off after each doer is such an aside too
    ("Moyo, 51, and his brother, 47, were charged on Friday.", "on Friday", (), "Moyo and his brother were charged"),
    ("Moyo, 51, and his brother were charged on Friday.", "on Friday", (), "Moyo and his brother were charged"),
])
def test_the_doer_before_a_relative_clause_joins_the_one_after_and(sentence: str, date: str,
                                                                     others: tuple[str, ...], title: str) -> None:
    assert _title(sentence, date, others) == title


# (guards, which passed before too)
@pytest.mark.parametrize("sentence, date, others, title", [
    # the relative clause's own date keeps its own doer and act
    ("The governor, who took office in 2019, and his deputy resigned on Friday.", "in 2019", ("on Friday",),
     "The governor takes office"),
    # a noun phrase after a verb is its object, no doer: the clause after "and" is one of its own
    ("Police questioned the driver, who fled, and his passenger was charged on Monday.", "on Monday", (),
     "His passenger was charged"),
    ("The plant opened in 1990, and the town grew in 1995.", "in 1995", ("in 1990",), "The town grows"),
])
def test_other_clauses_after_and_keep_their_reading(sentence: str, date: str, others: tuple[str, ...],
                                                   title: str) -> None:
    assert _title(sentence, date, others) == title
