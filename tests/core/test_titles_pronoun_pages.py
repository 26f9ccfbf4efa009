"""Pronoun-only titles that reached the timeline on real pages, and the rules that now name their actor
(`extraction._resolve_pronoun`, `extraction._resolve_possessive`):
- a his/her opening a sentence after a chain of he/she sentences that starts at a bare given name the article
  gives in full for one person takes that person, as a he/she there does (`extraction._given_name_along`);
Otherwise the pronoun stays: two people named, or nobody the pronoun could be."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title


def _in_report(body: str, date: str) -> str:
    return article_title("Report on the week\n\nMay 8, 2014\n\n" + body + "\n", date)


@pytest.mark.parametrize("body, date, title", [
    ("Mourners gathered for the funeral of Tomas Halvorsen, who has died aged 72.\n\n"
     "First elected in 1973, Tomas was a founder member of Brindlecombe Council.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.\n\n"
     "His funeral is at 10am on Thursday at the town hall.", "Thursday",
     "Tomas Halvorsen's funeral is at the town hall"),
    ("Tributes were paid to Greta Lindqvist, who died last week.\n\n"
     "Greta taught at the village school for 30 years.\n\n"
     "Her memorial service will be held on June 3.", "June 3", "Greta Lindqvist's memorial service will be held"),
    # (unchanged: the given name is two people's, or the chain's start names two people)
    ("Mourners gathered for the funeral of Tomas Halvorsen and Tomas Brekke.\n\n"
     "First elected in 1973, Tomas was a founder member of Brindlecombe Council.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.\n\n"
     "His funeral is at 10am on Thursday at the town hall.", "Thursday", "His funeral is at the town hall"),
    ("Mourners gathered for the funeral of Tomas Halvorsen, who has died aged 72.\n\n"
     "In 1973 Tomas founded Brindlecombe Council with Erik Brekke and Anna Holm.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.\n\n"
     "His funeral is at 10am on Thursday at the town hall.", "Thursday", "His funeral is at the town hall"),
])
def test_a_possessive_takes_the_given_name_at_its_chains_start(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title
