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


@pytest.mark.parametrize("sentence, date, title", [
    # the object of a preposition after a verb that takes a clause: the date is as likely that verb's, whose clause
    # is the title; the participle goes with its date (left alone it would dangle)
    ("The ministry said in a statement released on Monday that the border would reopen.", "on Monday",
     "The ministry says in a statement that the border would reopen"),
    ("The agency reported in a note published on Friday that prices rose.", "on Friday",
     "The agency reports in a note that prices rose"),
    ("She wrote in a post shared on Sunday that the shop would close.", "on Sunday",
     "She writes in a post that the shop would close"),
    ("The firm unveiled the phone at an event held on Tuesday.", "on Tuesday", "The firm unveils the phone at an event"),
])
def test_a_participle_after_a_clause_taking_verbs_preposition_goes_with_its_date(sentence: str, date: str,
                                                                                 title: str) -> None:
    assert sentence_title(sentence, date) == title


@pytest.mark.parametrize("sentence, date, title", [
    # a noun phrase that ends in its number ("the record of 118", "a fine of 5,000") before the participle
    ("The river peaked at 9.4 metres on Sunday, topping the mark of 9.1 reached in April 1998.", "April 1998",
     "The mark of 9.1 reached"),
    ("The court upheld a fine of 5,000 imposed in March 2019.", "March 2019", "A fine of 5,000 imposed"),
    # a place's name between the participle and its date
    ("The new ship replaces a ferry built in Gdansk in 1987.", "1987", "A ferry built"),
    ("Police reopened a case closed in Manchester in 2004.", "2004", "A case closed"),
])
def test_a_participle_after_a_noun_of_a_number_or_before_a_place_goes_with_its_date(sentence: str, date: str,
                                                                                    title: str) -> None:
    assert sentence_title(sentence, date) == title
