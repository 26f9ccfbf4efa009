"""Title subjects and their number found reading titles (s18): a date after a preposition is no subject, a noun
phrase whose predicate says "its" is one thing, and "they" takes a plural antecedent."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title, sentence_title


# A date after a preposition is that preposition's object, never the subject the title opens with.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("Little of the vitriol that the issue aroused in the late 1980s and early 1990s remains, residents said.",
     "the late 1980s", "The issue arouses the vitriol"),
    # ... nor the subject of the verb after a relative clause it ends ("He rejects remains in force" was the title):
    # the date is the relative clause's, whose object is the gap, its antecedent (s20; was "The treaty that he
    # rejected remains in force", which put the outer clause's present at the relative clause's date)
    ("The treaty that he rejected in 1990 remains in force.", "1990", "He rejects the treaty"),
    ("The law that Congress passed in 1996 requires new tests.", "1996", "Congress passes the law"),
    # left alone: a date that is the subject, a date after "that" opening a clause
    ("This quarter answers the question.", "This quarter", "This quarter answers the question"),
    ("Intel said that last week a customer discovered two flaws in its chip.", "last week",
     "A customer discovered two flaws in its chip"),
])
def test_a_date_after_a_preposition_is_no_subject(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


# "The luxury airline and casino company announced its agreements": the "and" joins the company's modifiers, and
# the predicate's "its" says it is one thing.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("The luxury airline and casino company announced its agreements to buy the hotels on Monday.", "Monday",
     "The luxury airline and casino company announces its agreements to buy the hotels"),
    ("The energy and defense concern said on Monday it will record a reserve for its defense group.", "Monday",
     "The energy and defense concern says it will record a reserve"),
    # left alone: no "its", another possessive, a determiner after the "and"
    ("The luxury airline and casino company announced a merger on Monday.", "Monday",
     "The luxury airline and casino company announce a merger"),
    ("The mayor and council approved their budget on Monday.", "Monday", "The mayor and council approve their budget"),
    ("The airline and its casino unit announced its results on Monday.", "Monday",
     "The airline and its casino unit announce its results"),
])
def test_one_thing_by_its(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


def _article(body: str) -> str:
    return f"Jobs\n\nMarch 4, 2024\n\n{body}"


# "They" takes the plural subject of the sentence before: after "both"/"all" or a number, names joined by "and",
# and the opening time clause's subject when the main clause's is singular.
@pytest.mark.parametrize("body, title", [
    ("Both firms reported losses in 2022. They cut 500 jobs in 2023.", "Both firms cut 500 jobs"),
    ("Two firms reported losses in 2022. They cut 500 jobs in 2023.", "Two firms cut 500 jobs"),
    ("Carmakers Volta and Brisk reported losses in 2022. They cut 500 jobs in 2023.",
     "Carmakers Volta and Brisk cut 500 jobs"),
    ("After the firms reported losses in 2022, the union called a strike. They cut 500 jobs in 2023.",
     "The firms cut 500 jobs"),
    # left alone: no plural subject before
    ("After the union called a strike in 2022, the firm cut jobs. They marched in 2023.", "They marched in 2023"),
    ("Demand for the firms' products fell in 2022. They cut 500 jobs in 2023.", "They cut 500 jobs"),
])
def test_they_takes_a_plural_antecedent(body: str, title: str) -> None:
    assert article_title(_article(body), "2023") == title


# A clause inside the subject of the verb after it: a wh-clause states its happening ("Why the roof collapsed in 2018
# remains unclear": the roof collapsed), its predicate ending before the outer verb; a relative clause whose verb's
# object is the gap says its happening with the noun it modifies back in the gap ("The plan stirs" was one; then,
# until s20, the outer clause, dated by the relative clause's date: "The anger that the plan stirred remains strong"
# at 2015 said the anger remained strong in 2015).
@pytest.mark.parametrize("sentence, phrase, title", [
    ("Why the roof collapsed in 2018 remains unclear.", "2018", "The roof collapses"),
    ("How the fire started in 2018 is still unknown.", "2018", "The fire starts"),
    # (s20) a clause opened by "whether" or "that", or one whose subject is its "what", as the subject
    ("Whether the ferry will sail in 2027 is uncertain.", "2027", "The ferry will sail"),
    ("Whether the mine closed in 2015 is disputed.", "2015", "The mine closes"),
    ("That the council closed the pool in 2019 angered residents.", "2019", "The council closes the pool"),
    ("That Norcom lost money in 2019 was no secret.", "2019", "Norcom loses money"),
    ("What happened at the dam in 2011 remains a mystery.", "2011", "What happened at the dam remains a mystery"),
    ("Little of the anger that the plan stirred in 2015 remains.", "2015", "The plan stirs the anger"),
    ("The anger that the plan stirred in 2015 remains strong.", "2015", "The plan stirs the anger"),
    # left alone: a wh-clause that is no subject, a relative clause with its own object, a contact relative's
    ("When the roof collapsed in 2018, nobody was hurt.", "2018", "The roof collapses"),
    ("The mine that opened in 1887 closed in 1979.", "1887", "The mine opens"),
    ("The company said the plant it built in 2004 will close.", "in 2004", "It builds the plant"),
])
def test_a_clause_in_the_subject_is_titled_by_its_happening(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
