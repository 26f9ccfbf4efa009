"""Within one article's day an occasion (a visit, a meeting) takes in what else its people did that day by one
shared name (`merging._same_happening`'s last clause): the name must be one of its people's, not a name the two
sentences print in different longer names ("Norland Customs officials" / "Norland Foreign Office officials":
`merging._runs_apart`), nor one printed outside the occasion's subject ("The skipper's lawyer, Karin Dahl, asked
for a visa ... for the planned visit, but was told by officials in Ostby": `merging._occasion_subject`). The
articles are invented (fixtures/one_name_apart/); the rule's joins are tested in test_merging_occasions."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import sentences_by_event, together

FIXTURES = Path(__file__).parent / "fixtures" / "one_name_apart"


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    """Per fixture article, the sentences of each event."""
    return sentences_by_event(FIXTURES)


@pytest.mark.parametrize("article, first, second", [
    # "Norland" inside two bodies' names
    ("fisherman_visit", "Norland Customs officials delayed", "The fisherman's lawyer, Ilse Marr"),
    # "Ostby" alone in both, but not among those whose visit it is
    ("trawler_crew", "Ostby customs officials delayed", "The skipper's lawyer, Karin Dahl"),
])
def test_an_occasion_and_another_act_sharing_no_people_stay_apart(told_together: dict[str, list[list[str]]],
                                                                  article: str, first: str, second: str) -> None:
    assert not together(told_together[article], first, second), told_together[article]
