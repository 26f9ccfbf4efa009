"""A date right after a reduced relative's participle ("the company founded in 1990", "a report released Thursday
by the agency") dates the participle's happening, not the outer clause's: the title is that happening in the
source's words, with its agent ("The company founded", "A plan launched by the council"). When the phrase is the
subject of a verb by which it says or finds something ("A report released Thursday found that ..."), the finding's
owner and act, released with it (`grammar.reduced_relative_date`). Left alone: a participle that may be a clause's
own verb (after a subordinator, a clause-taking verb, a relative word or a noun phrase; a reporting verb without
its agent; a period's end)."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, date, title", [
    # the phrase is the subject of a verb of content (not speech) that says what it holds: the finding's owner and
    # act, in headline present, the main verb after any auxiliary
    ("A report released Thursday by the agency found that rents had doubled.", "Thursday",
     "A report finds that rents had doubled"),
    ("An audit published earlier this year estimated that the repairs cost 9 million euros.", "earlier this year",
     "An audit estimates that the repairs cost 9 million euros"),
    ("A survey published in March showed that rents had doubled.", "in March", "A survey shows that rents had doubled"),
    ("Two studies published last year concluded that the drug works.", "last year",
     "Two studies conclude that the drug works"),
    ("A review issued in January had found that the bridge was unsafe.", "in January",
     "A review finds that the bridge was unsafe"),
    # a speech verb: said later, perhaps by whom the participle's act was done to; the participle's own date
    ("A man arrested on Friday said he was innocent.", "on Friday", "A man arrested"),
    ("A woman detained in May told reporters she had done nothing wrong.", "in May", "A woman detained"),
    ("Two letters sent last week by the mayor asked the minister to resign.", "last week",
     "Two letters sent by the mayor"),
    # the outer verb is another happening: the participle's own
    ("He said that the brewery founded in 1990 was sold.", "1990", "The brewery founded"),
    ("The bakery built in 1890 closed in 2020.", "1890", "The bakery built"),
    ("The court will suspend the temporary order issued Thursday and hear the case.", "Thursday",
     "The temporary order issued"),
    ("The mayor spoke out against a plan launched last week by the council.", "last week",
     "A plan launched by the council"),
    ("Profits were lifted by gains booked in the third quarter.", "the third quarter", "Gains booked"),
])
def test_a_reduced_relatives_date_is_the_participles(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title


@pytest.mark.parametrize("sentence, date, participle", [
    # the object of a preposition after a verb that takes a clause: the date is as likely that verb's
    ("The ministry said in a statement released on Monday that the border would reopen.", "on Monday",
     "A statement released"),
    ("The agency reported in a note published on Friday that prices rose.", "on Friday", "A note published"),
    ("She wrote in a post shared on Sunday that the shop would close.", "on Sunday", "A post shared"),
])
def test_a_participle_after_a_clause_taking_verbs_preposition_is_no_title(sentence: str, date: str,
                                                                          participle: str) -> None:
    assert sentence_title(sentence, date) != participle


@pytest.mark.parametrize("sentence, date, title", [
    # (unchanged: the outer clause's date, a subordinator's clause, a clause-taking verb's clause, a reporting
    # verb after a noun phrase with a preposition, a relative clause's verb, a wh-clause as subject, a noun phrase
    # after "be", a noun phrase with a preposition as subject)
    ("The bakery built in 1890 closed in 2020.", "2020", "The bakery closes"),
    ("After the store opened on Monday, crowds queued.", "on Monday", "The store opens"),
    ("Officials said on Friday lorries reached the town.", "on Friday", "Officials say lorries reached the town"),
    ("The envoy to Chile said on Tuesday that talks would resume.", "on Tuesday",
     "The envoy to Chile says that talks would resume"),
    ("It is far below the 9,000 homes that the city built in 2019.", "in 2019", "The city builds the 9,000 homes"),
    ("Why the roof collapsed in 2018 remains unclear.", "2018", "The roof collapses"),
    ("Today is the deadline set in 2019 by the board.", "2019", "Today is the deadline set by the board"),
    ("Train services stopped after talks with the operator collapsed late on Monday.", "Monday",
     "Talks with the operator collapsed"),
])
def test_a_clauses_own_verb_keeps_its_date(sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title
