"""One article's undated statements of a day tell one happening when one refers back to the act the other tells:
"Brenmark said it agreed to buy ..." and "Brenmark said the agreement also gives ..." (the deverbal noun of the
first one's verb, after a determiner or a possessive, in a sentence naming the one who did it:
`merging._act_referred`), though both titles differ and their kind says only that something was said. The same
company's other act of that day stays apart ("Separately, Brenmark said it plans to close a bakery"), and so does
a noun phrase that says which act it is, another one: a relative clause ("the agreement it signed with its drivers'
union", review 22a's sentence), a phrase of what or whom it is with or of ("its agreement with the port", "the
resignation of its auditor"), or a sentence turned to another act ("Separately", "Meanwhile", "Also, ...").
The articles are invented (fixtures/act_referred/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merging_helpers import sentences_by_event, together

FIXTURES = Path(__file__).parent / "fixtures" / "act_referred"


@pytest.fixture(scope="module")
def told_together() -> dict[str, list[list[str]]]:
    """Per fixture article, the sentences of each event."""
    return sentences_by_event(FIXTURES)


@pytest.mark.parametrize("article, first, second, joined", [
    ("dairy_deal", "Brenmark Foods said it agreed", "Brenmark said the agreement", True),  # "agreed" / "the agreement"
    ("bank_chief", "Kessel Bank said its chief executive", "Kessel Bank said her resignation", True),  # "her resignation"
    ("dairy_deal", "Brenmark Foods said it agreed", "Separately, Brenmark said it plans", False),  # another act
    ("dairy_deal", "Brenmark said the agreement", "Separately, Brenmark said it plans", False),
    ("bank_chief", "Kessel Bank said its chief executive", "Kessel Bank also said it sold", False),
    ("bank_chief", "Kessel Bank said her resignation", "Kessel Bank also said it sold", False),
    # A bare noun phrase, then an adverb, a verb or the phrase's end: the act told before.
    ("mine_sale", "Orsa Mining said it agreed", "Orsa said the agreement gives", True),
    ("mine_sale", "Orsa Mining said it agreed", "Under the agreement, Orsa said", True),
    # A noun phrase that says which act: another one.
    ("dairy_strike", "Brenmark Foods said it agreed", "Separately, Brenmark said the agreement it signed", False),
    ("mine_sale", "Orsa Mining said it agreed", "Orsa said the agreement that it reached", False),
    ("mine_sale", "Orsa Mining said it agreed", "Orsa said its agreement with the port", False),
    ("board_exit", "Lunde Group said its chairman", "Lunde said the resignation of its auditor", False),
    # A sentence turned to another act.
    ("board_exit", "Lunde Group said its chairman", "Meanwhile, Lunde said the resignation", False),
    ("port_lease", "Kavo Shipping said it agreed", "Also, Kavo said the agreement", False),
])
def test_a_statement_referring_back_to_an_act_is_that_act(told_together: dict[str, list[list[str]]], article: str,
                                                          first: str, second: str, joined: bool) -> None:
    assert together(told_together[article], first, second) == joined, told_together[article]
