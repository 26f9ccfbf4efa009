"""A conjunction the tagger reads as a preposition ("since", "after", "before", "until", "once") opens the clause
of the determined noun phrase after it when a verb stands before it: the phrase is that clause's subject, not the
object of a preposition inside the noun phrase before it ("fell to 12%, their lowest share since the party was
founded in 1921": "The party was founded", not "Their lowest share since the party was founded ...")."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


@pytest.mark.parametrize("sentence, date, title", [
    ("The Liberals fell to 12%, their lowest share since the party was founded in 1921.", "1921",
     "The party was founded"),
    ("Sales fell 8%, the steepest drop since the company was listed in 1998.", "1998", "The company was listed"),
    ("The shares fell sharply, their worst day since the bank was rescued in 2008.", "in 2008",
     "The bank was rescued"),
    ("Exports have stalled, a slump unseen since the port was closed in 1991.", "in 1991", "The port was closed"),
    ("Brill shares sank 9% after reporting weak sales after the market closed on Tuesday.", "on Tuesday",
     "The market closed"),
    ("The four states ended their talks on accession before the Polish senate approved the treaty on Monday.",
     "on Monday", "The Polish senate approved the treaty"),
    # a preposition's phrase inside the subject, no verb before it: the subject's own
    ("The sales since the merger in 2019 rose 5%.", "in 2019", "The sales since the merger rise 5%"),
])
def test_a_subordinating_preposition_opens_its_noun_phrases_clause(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert grammar.headline_clause(sentence, start, start + len(date)) == title


# The same clause of time after a past form the tagger read as a participle ("The rules changed/VBN after …"), or
# left by the clauses' split inside a relative clause before it ("routes that have been busy since the two ports
# merged …"): its subject is its own noun phrase, not the noun the participle or the relative clause follows
# (fresh3: "That position passes the Charities Act amendments", "Damage signed a free trade agreement").
@pytest.mark.parametrize("sentence, date, title", [
    ("The rules changed after the assembly approved the new budget in 2019.", "in 2019",
     "The assembly approved the new budget"),
    ("The mood shifted before the committee voted on the plan in March.", "in March", "The committee voted on the plan"),
    ("Shippers complained about delays on routes that have been busy since the two ports merged their terminals "
     "in 2016.", "in 2016", "The two ports merged their terminals"),
    ("Farmers lost markets that had been open until the government imposed new quotas in 2018.", "in 2018",
     "The government imposed new quotas"),
    # a verb that disagrees in number with the phrase is not its: the participle's noun's
    ("Sanctions imposed on Iraq after its 1990 invasion of Kuwait were lifted.", "1990", "Sanctions were lifted"),
])
def test_a_clause_of_time_keeps_its_own_subject(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert grammar.headline_clause(sentence, start, start + len(date)) == title
