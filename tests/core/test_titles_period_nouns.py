"""A date that modifies a noun of a stretch of time ("the 2019 season", "the 2004/05 year") does not make that noun
phrase the title, as a dated happening's noun does ("a 2010 raid on a ship"): the phrase says when, so the title is
its clause's, who did what (`grammar.dated_noun_phrase`)."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, date, title", [
    ("Jane Doe won the cup in the 2019 season.", "2019", "Jane Doe wins the cup in the 2019 season"),
    ("The club signed three players for the 2021 season.", "2021", "The club signs three players for the 2021 season"),
    ("Omar Hadi served as treasurer during the 1998/99 year.", "1998/99",
     "Omar Hadi serves as treasurer during the 1998/99 year"),
    ("Lena Vos was chair for the 2010/11 year.", "2010/11", "Lena Vos was chair for the 2010/11 year"),
    ("The board cut fees in the 2022 fiscal year.", "2022", "The board cuts fees in the 2022 fiscal year"),
    # (unchanged: a dated noun of a happening or a thing is the date's own)
    ("He apologised for the deaths in a 2010 raid on a ship.", "2010", "A 2010 raid on a ship"),
    ("Both sides signed the 2000 treaty.", "2000", "The 2000 treaty"),
])
def test_a_dated_span_of_time_is_no_title(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title
