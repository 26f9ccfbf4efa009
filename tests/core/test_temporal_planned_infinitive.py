"""A date inside a "to"-infinitive that a verb of agreeing, planning or deciding governs ("agreed to meet the owners
on Saturday") is the infinitive's act's, set by that verb: still ahead, the coming day. A date before the "to" is the
governing verb's own ("agreed on Tuesday to meet"), and an infinitive of trying, refusing or voting, a past perfect, or
a past verb between keeps the default, past reading. Invented sentences, published Thursday 2024-06-20."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal_helpers import value_of

THURSDAY = dt.date(2024, 6, 20)


@pytest.mark.parametrize("sentence, phrase, value", [
    # the infinitive's act, set by the governing verb: ahead
    ("Union leaders agreed to meet the owners on Saturday.", "Saturday", "2024-06-22"),
    ("The board decided to close the Eastfield plant on Monday.", "Monday", "2024-06-24"),
    ("The minister promised to publish the report on Tuesday.", "Tuesday", "2024-06-25"),
    ("Police ordered residents to leave their homes on Sunday.", "Sunday", "2024-06-23"),
    ("The airline offered to fly the stranded passengers home on Saturday.", "Saturday", "2024-06-22"),
    ("The two sides have agreed to resume talks on Monday.", "Monday", "2024-06-24"),
    ("The strikers vowed to march on parliament on Wednesday.", "Wednesday", "2024-06-26"),
    # the governing verb's own day, or no plan: as before
    ("Union leaders agreed on Tuesday to meet the owners.", "Tuesday", "2024-06-18"),
    ("The board had agreed to meet the bank on Tuesday.", "Tuesday", "2024-06-18"),
    ("The rebels tried to storm the town on Monday.", "Monday", "2024-06-17"),
    ("The union refused to meet the owners on Saturday.", "Saturday", "2024-06-15"),
    ("Three ministers voted to support the republic Friday.", "Friday", "2024-06-14"),
    ("The firm agreed to a deal on Monday.", "Monday", "2024-06-17"),
    ("The union agreed to meet the owners who arrived on Monday.", "Monday", "2024-06-17"),
    ("The party agreed to remain in the coalition on Monday.", "Monday", "2024-06-17"),
])
def test_a_date_in_a_planned_infinitive_is_ahead(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, THURSDAY) == value


@pytest.mark.parametrize("sentence, phrase, value", [
    ("The two sides agreed to resume talks in March.", "March", "2025-03"),
    ("The board decided to sell the stadium in February.", "February", "2025-02"),
    # the governing verb's own month: as before
    ("The two sides agreed in March to resume talks.", "March", "2024-03"),
])
def test_a_planned_infinitives_month_is_the_next_one(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, THURSDAY) == value


@pytest.mark.parametrize("sentence, phrase, value", [
    # a plan made at a time the sentence names: the next such month after it, not after the publication
    ("In February the council agreed to resume talks in March.", "March", "2024-03"),
    ("In 2019 the council agreed to reopen the bridge in March.", "March", "2019-03"),
])
def test_a_planned_infinitives_month_counts_from_its_clauses_time(sentence: str, phrase: str, value: str) -> None:
    assert value_of(sentence, phrase, THURSDAY) == value
