"""One act told twice in an article is one happening: the same doer, verb and done-to, by name, on the same dates,
and the same thing said of the done-to ("... took a nastier turn on Tuesday when councillor Maria Kent called
Mayor Tom Riley a coward" / "In a radio interview broadcast on Tuesday, Kent angrily called Riley 'a coward'"),
whatever else each sentence says (`merging._act_keys`). The same doer's act of that day done to someone else stays
apart, and so does another act of the same verb ("called Sheriff Tom Rudd a thief" / "called Rudd on Monday night
to make amends"). The articles are invented (fixtures/same_act_twice/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import sentences_by_event, together

FIXTURES = Path(__file__).parent / "fixtures" / "same_act_twice"


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    """Per fixture article, the sentences of each event."""
    return sentences_by_event(FIXTURES)


@pytest.mark.parametrize("article, first, second", [
    ("rivals_debate", "The race for mayor of Dunmore", "In a radio interview broadcast on Tuesday, Kent"),
])
def test_one_act_told_twice_is_one_event(told_together: dict[str, list[list[str]]], article: str, first: str,
                                         second: str) -> None:
    assert together(told_together[article], first, second), told_together[article]


@pytest.mark.parametrize("article, first, second", [
    # the same doer that day, another done-to
    ("rivals_debate", "In a radio interview broadcast on Tuesday, Kent", "Kent also thanked Governor Ana Berg"),
    ("rivals_debate", "The race for mayor of Dunmore", "Kent also thanked Governor Ana Berg"),
    # the same verb between the same names, another act: calling him a thief, then calling him on the phone
    ("call_then_sorry", "Mayor Lena Frost called Sheriff", "Frost called Rudd on Monday night"),
])
def test_the_doers_act_done_to_another_stays_apart(told_together: dict[str, list[list[str]]], article: str,
                                                   first: str, second: str) -> None:
    assert not together(told_together[article], first, second), told_together[article]
