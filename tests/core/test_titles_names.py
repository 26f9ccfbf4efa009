"""A name that looks like a plural noun takes a singular verb in titles (issue 8): "Jobs announces", while
"Officials say". The document tells them apart: a name recurs capitalised in mid-sentence."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.extraction import title_from_sentence

_APPLE = ("Apple shares rose after Steve Jobs spoke. Critics said Jobs's plan was bold.\n"
          "Jobs also announced on Monday that the phone ships in June.")
_POLICE = "Officials said on Monday that the road was closed. Two officials declined to comment."
_CISCO = ("The lawsuit was filed by Cisco Systems in a federal court last year, months after talks failed.\n"
          "Cisco Systems sued Apple on Wednesday.")
_TEAM = "Fans cheered the Falcons in Atlanta. The Falcons beat the Saints on Sunday."
_HEADLINE_CASE = "Troops Withdraw From Northern City\nTroops withdrew on Tuesday from the city."


@pytest.mark.parametrize("document, sentence, date, expected", [
    # A capitalised plural-looking word the document writes mid-sentence ("Steve Jobs", "Jobs's"): a name.
    (_APPLE, "Jobs also announced on Monday that the phone ships in June.", "Monday",
     "Jobs also announces that the phone ships in June"),
    (_APPLE, "Steve Jobs unveiled the phone on Monday.", "Monday", "Steve Jobs unveils the phone"),
    (_CISCO, "Cisco Systems sued Apple on Wednesday.", "Wednesday", "Cisco Systems sues Apple"),
    # Never capitalised mid-sentence: a plural noun, plural verb.
    (_POLICE, "Officials said on Monday that the road was closed.", "Monday",
     "Officials say that the road was closed"),
    # A headline-case line capitalises every word: it names nothing.
    (_HEADLINE_CASE, "Troops withdrew on Tuesday from the city.", "Tuesday", "Troops withdraw from the city"),
    # After a determiner a capitalised plural stays plural (a team).
    (_TEAM, "The Falcons beat the Saints on Sunday.", "Sunday", "The Falcons beat the Saints"),
    # A name joined with "and" is still a plural subject.
    (_APPLE, "Apple and Jobs sued the firm on Monday.", "Monday", "Apple and Jobs sue the firm"),
])
def test_headline_clause_takes_the_verb_number_from_the_documents_names(
        document: str, sentence: str, date: str, expected: str) -> None:
    start = sentence.index(date)
    names = grammar.document_names(document)
    assert grammar.headline_clause(sentence, start, start + len(date), names=names) == expected
    assert title_from_sentence(sentence, start, start + len(date), names=names) == expected


@pytest.mark.parametrize("document, names, not_names", [
    (_APPLE, {"Steve", "Jobs"}, {"Apple", "Critics"}),  # a sentence start is no evidence
    (_POLICE, set(), {"Officials", "Two"}),
    (_HEADLINE_CASE, set(), {"Withdraw", "Northern", "City", "Troops"}),
    ("He said: “Officials lied.” (Officials deny it.) The report — Officials said — was late.", set(),
     {"Officials"}),  # after a colon, quote, bracket or dash a capital may start a phrase
])
def test_document_names(document: str, names: set[str], not_names: set[str]) -> None:
    found = grammar.document_names(document)
    assert names <= found
    assert not (not_names & found)
