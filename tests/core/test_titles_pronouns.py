"""A pronoun subject takes its antecedent when exactly one is in reach (issue 8, item 3): the subject of the
sentence before (a bare family name the article gives in full counts as a person; a company's name for
"it"), or, when the sentence before names nobody, the one person of the headline's subject. A pronoun that
is the subject after a leading date ("In 2009 she left") counts; an "it" that stands for a clause ("It was
not until …") never takes anything."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions


def _title(text: str, phrase: str) -> str:
    doc = document_from_text(text, id="t")
    start = text.rindex(phrase)
    found = [c.title for c in extract_mentions(doc) if c.mention.start <= start < c.mention.end]
    assert found, f"no event at {phrase!r}"
    return found[0]


_HEAD = "March 3, 2020\n\n"


@pytest.mark.parametrize("body, phrase, title", [
    # A bare family name as the sentence before's subject, known as a person from the full name earlier.
    ("Maria Lopez founded the firm. Lopez has built a large company. She sold it in 2015.", "2015",
     "Maria Lopez sells it"),
    # The pronoun is the subject after a leading date or adverbial.
    ("Anna Berg joined the board of the bank. One year later she left the company in 2011.", "2011",
     "Anna Berg leaves the company"),
    ("Anna Berg joined the board of the bank. Later, she left the company in 2011.", "2011",
     "Anna Berg leaves the company"),
    # The sentence before names nobody: the one person the headline's subject names.
    ("Engineer Tom Hale dies aged 80\n\nHe moved to Oslo in 1990 and built bridges. Then he opened a studio in "
     "1995.", "1995", "Tom Hale opens a studio"),
    # "it" for a company that is the sentence before's only name.
    ("Norcom posted a loss for the year. It closed two plants in March 2009.", "March 2009", "Norcom closes two plants"),
])
def test_a_pronoun_takes_its_one_antecedent(body: str, phrase: str, title: str) -> None:
    assert _title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("body, phrase, pronoun_title", [
    # Two people the pronoun could be.
    ("Anna Berg met Tom Hale at the bank. One year later he left the company in 2011.", "2011", "He leaves the company"),
    # The sentence before names a person (not the subject), so the headline is not asked.
    ("Engineer Tom Hale dies aged 80\n\nThe prize went to Anna Berg. Then she opened a studio in 1995.", "1995",
     "She opens a studio"),
    # Another name beside the company: it could be either.
    ("Norcom sued Delcorp over a patent. It closed two plants in March 2009.", "March 2009", "It closes two plants"),
])
def test_a_pronoun_with_no_single_antecedent_stays(body: str, phrase: str, pronoun_title: str) -> None:
    assert _title(_HEAD + body, phrase) == pronoun_title


def test_an_it_that_stands_for_a_clause_takes_nothing() -> None:
    title = _title(_HEAD + "The Cuban leader spoke on Sunday night. But it was not until Tuesday that the "
                   "ministers replied to him.", "Tuesday")
    assert not title.startswith("The Cuban leader")


@pytest.mark.parametrize("text, surnames, not_surnames", [
    ("Steve Jobs met the press. Apple Computer sold a computer in San Francisco. Jobs left.",
     {"Jobs"}, {"Computer", "Francisco", "Apple"}),
    ("The Walt Disney Company bought Pixar Inc. Tim Cook said so. Cook declined to say more.", {"Cook"},
     {"Disney", "Company", "Inc"}),
    # a common noun ending a name is an organisation's word, unless the text calls someone by it alone; a
    # family name that is no common noun always counts; found by the dictionary, not a list of such words
    ("Deutsche Bank hired Anshu Jain in 1995.", {"Jain"}, {"Bank"}),
    ("Warner Music signed Ed Sheeran. Sheeran is 19.", {"Sheeran"}, {"Music"}),
    ("The story ran in the Washington Post on Sunday, Mark Felt said. Felt was 91.", {"Felt"}, {"Post"}),
    ("Angela Merkel met Gordon Brown in Berlin. Brown said the talks went well.", {"Merkel", "Brown"}, set()),
    ("Tata Motors bought Jaguar Cars from Ford.", set(), {"Motors", "Cars"}),
    ("Sony Pictures hired Amy Pascal. Pascal said she was glad.", {"Pascal"}, {"Pictures"}),
])
def test_person_surnames(text: str, surnames: set[str], not_surnames: set[str]) -> None:
    found = grammar.person_surnames(text)
    assert surnames <= found
    assert not (not_surnames & found)


def test_the_family_names_are_looked_for_only_when_a_title_starts_with_a_pronoun(monkeypatch) -> None:
    asked: list[str] = []
    real = grammar.person_surnames

    def counting(text: str) -> frozenset[str]:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(grammar, "person_surnames", counting)
    assert _title(_HEAD + "The council approved the bridge on May 2, 2019.", "May 2, 2019") \
        == "The council approves the bridge"
    assert asked == []  # no pronoun in any title: the names are never needed
    assert _title(_HEAD + "Maria Lopez founded the firm. Lopez has built a large company. She sold it in 2015.",
                  "2015") == "Maria Lopez sells it"
    assert asked  # a pronoun title: asked, and it still resolves
