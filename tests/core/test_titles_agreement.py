"""Titles' verb agreement with a name for subject: a proper-noun subject (a person's or a company's name, however
its last word ends) takes a singular verb, unless it is a coordination ("X and Y") or its head is a plural common
noun ("Palestinian officials", "Democrats"); a role before a name takes the name's number. A determiner right
before a capitalised plural makes it a plural name: "The Beatles sign" (as "the Chicago Bulls win"), the choice of
American usage for bands and teams. And a title's clause after an opening subordinate clause with no comma is the
main one. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title

_HEAD = "March 3, 2020\n\n"


@pytest.mark.parametrize("body, title", [
    # must change
    # a role with its determiner before a name: the name's number ("the record label" is no part of it)
    ("The record label Zenith Records lost its court case on Monday.",
     "The record label Zenith Records loses its court case"),
    ("The software maker Harbor Systems opened an office on Monday.",
     "The software maker Harbor Systems opens an office"),
    # a name word the tagger reads as an adjective at the sentence's start, which the lexicon knows as a name
    ("General Motors announced the plan on Monday.", "General Motors announces the plan"),
    ("Harris Associates bought the shares on Monday.", "Harris Associates buys the shares"),
    # a role's singular noun the tagger reads as a plural at the sentence's start
    ("Secretary of State Madeleine Albright accepted the papers on Monday.", "Madeleine Albright accepts the papers"),
    # a plural-only collective at the sentence's start, tagged a name
    ("Police arrested the man on Monday.", "Police arrest the man"),
    # the main clause's verb after an opening subordinate clause, the date in that clause
    ("When the market opened on Monday shares rose.", "The market opens"),
    ("On Monday, after the case closed Apple extended an invitation to the press.",
     "Apple extends an invitation to the press"),
    # must not change
    ("Microsoft co-founder Bill Gates responded to the news on Monday.",
     "Microsoft co-founder Bill Gates responds to the news"),
    ("Bill Gates spoke at a fair. Gates responded to the news on Monday.", "Gates responds to the news"),
    ("The Chicago Bulls won the game on Monday.", "The Chicago Bulls win the game"),
    ("The Beatles signed the deal on Monday.", "The Beatles sign the deal"),
    ("Democrats won the vote on Monday.", "Democrats win the vote"),
    ("The Democrats won the vote on Monday.", "The Democrats win the vote"),
    ("Senior Democrats rejected the plan on Monday.", "Senior Democrats reject the plan"),
    ("Many Democrats rejected the plan on Monday.", "Many Democrats reject the plan"),
    ("Members of Congress rejected the plan on Monday.", "Members of Congress reject the plan"),
    ("Supporters of Barack Obama rallied in the capital on Monday.", "Supporters of Barack Obama rally in the capital"),
    ("Palestinian officials rejected the plan on Monday.", "Palestinian officials reject the plan"),
    ("Tanzanian police arrested the man on Monday.", "Tanzanian police arrest the man"),
    ("Smith and Jones signed the deal on Monday.", "Smith and Jones sign the deal"),
    ("Jurors began deliberating on Monday.", "Jurors begin deliberating"),
    ("After the case closed Apple extended an invitation to the press on Monday.",
     "Apple extends an invitation to the press"),
    ("Because the talks failed the union called a strike on Monday.", "The union calls a strike"),
])
def test_title(body: str, title: str) -> None:
    assert article_title(_HEAD + body, "Monday") == title
