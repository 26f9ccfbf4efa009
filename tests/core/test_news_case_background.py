"""After a headline or lead that reports a legal step against a person (convicted, sentenced, charged,
arrested), what someone else says that person did is the case that led up to the step ("Prosecutors said
Kilpatrick took bribes", "Witnesses said he rigged the tender"): told with no date of its own, it is not the day's
news. What the day's speakers say of others, what was done to the person, and what they will do stay the day's.
Invented sentences in invented articles."""
from __future__ import annotations

import pytest

from tests.core.news_helpers import body_news

# A verdict told by an active verb (its object is the person), and a sentence told by a passive (its subject is).
VERDICT = ("Former harbour chief convicted of fraud\nMarch 4, 2016\n\n"
           "A jury on Thursday convicted former harbour chief Anton Virtanen of fraud and bribery after a "
           "six-week trial.\n\n{}\n")
SENTENCE = ("Former mayor jailed\nMarch 4, 2016\n\n"
            "Former mayor Anton Virtanen was sentenced on Thursday to five years in prison for fraud.\n\n{}\n")
# A lead of no legal step: what officials say the person did is the day's news as before.
OPENING = ("New quay opens\nMarch 4, 2016\n\n"
           "Harbour chief Anton Virtanen opened the new quay in Tallinn on Thursday.\n\n{}\n")


def _days_news(sentence: str, template: str) -> bool:
    """Does `sentence` of the article `template` report news of the day (the publication day, or the lead's
    day carried on to it), not left off as background?"""
    return any(not i.dated_nearby for i in body_news(sentence, template))


@pytest.mark.parametrize("sentence, news_of_the_day", [
    # what others say the person did: the case, told with no date
    ("Prosecutors said Virtanen took bribes from two shipping firms.", False),
    ("Witnesses said Virtanen rigged the tender for the new quay.", False),
    ("Prosecutors claimed that he accepted $40,000 from a dredging company.", False),
    ("Auditors said Virtanen had hidden the payments in a shell company.", False),
    ("Virtanen's lawyers said he did not mean to mislead the auditors.", False),
    # (others' acts, what was done to him, what he will do: the day's, as before)
    ("His lawyer said jurors made the wrong decision.", True),
    ("Prosecutors said Virtanen was taken into custody after the verdict.", True),
    ("Virtanen's lawyer said Virtanen will appeal the verdict.", True),
])
def test_what_the_convicted_is_said_to_have_done_is_no_news_of_the_day(sentence: str, news_of_the_day: bool) -> None:
    assert _days_news(sentence, VERDICT) is news_of_the_day


@pytest.mark.parametrize("sentence, news_of_the_day", [
    ("Prosecutors said Virtanen took bribes from two shipping firms.", False),
    ("Investigators said the former mayor rigged the tender for the new quay.", False),
    # (the person telling of their own deed, and others telling of someone else's: left as before)
    ("Virtanen said he will appeal.", True),
    ("Prosecutors said a shipping firm paid the bribes.", True),
])
def test_after_a_sentence_told_by_a_passive(sentence: str, news_of_the_day: bool) -> None:
    assert _days_news(sentence, SENTENCE) is news_of_the_day


@pytest.mark.parametrize("sentence", [
    "Officials said Virtanen praised the engineers.",
    "Witnesses said Virtanen thanked the builders.",
])
def test_after_a_lead_of_no_legal_step_the_acts_told_are_the_days(sentence: str) -> None:
    assert _days_news(sentence, OPENING)
