"""A title's doer named from the article where the title alone gives only a pronoun, a possessive pronoun, a role
noun of the article's own company or a measure with no owner, and the article says who it is:
- a he/she/they (his/her/their) that opens a sentence after a quotation whose speaker it cannot be (a plural
  speaker, a thing, a person of the other sex; one person for a "they") stands for whom the sentence before the
  quotation names (`extraction._past_quoted_asides`); a his/her after a sentence that tells of "she" goes along
  the pronoun's chain, and after one naming nobody it is the page's one person (`extraction._page_one_person`)
  when no word of the other sex and no second given name of the family is written before;
- "the company's …", "the retailer's …" is the company the article names (`extraction._name_the_companys`,
  `extraction._sole_company_as`);
- an "it" whose clause names its rival is the article's one company (`extraction._company_with_rival`);
- a company's measure with its modifiers ("Comparable sales rise") is the article's one company's, or the name a
  "where" after it is about ("at rival Dunmore's, where same-store sales fell": `extraction._owner_of_measure`).
Where the article does not say (two companies, a speaker who may be the pronoun, a pronoun of the other sex, a
quotation's own "we"), the title stays, and one whose subject is a possessive pronoun's or a bare measure's is
flagged (`grammar.names_no_actor`). The articles are small invented ones beside this file (fixtures/who)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.title_helpers import article_title
from timeline_app.core.grammar import names_no_actor

_FIXTURES = Path(__file__).parent / "fixtures" / "who"


def _title(article: str, phrase: str) -> str:
    return article_title((_FIXTURES / article).read_text(encoding="utf-8"), phrase)


@pytest.mark.parametrize("article, phrase, title", [
    # past a quotation whose speaker the pronoun cannot be: plural, a man for "her", one person for "they"
    ("trial_quote.txt", "June 14", "Denise Marlow's trial is set"),
    ("trial_quote_he.txt", "June 14", "Denise Marlow's trial is set"),
    ("villagers_quote.txt", "Sunday", "About 300 residents of Kolvik return home"),
    # a his/her after a sentence whose told clause's subject is the same pronoun: along its chain
    ("trial_told.txt", "June 14", "Denise Marlow's trial is set"),
    # a his/her after a sentence naming nobody: the page's one person, as a he/she takes
    ("trial_one_person.txt", "June 14", "Denise Marlow's trial is set"),
    ("villagers_quote_one.txt", "Sunday", "About 300 residents of Kolvik return home"),
    # the company's, the retailer's: the article's company
    ("retailer_results.txt", "Wednesday", "Brandell Stores Inc.'s shares close up 2.5 percent at $48.57"),
    ("retailer_results.txt", "October", "Brandell Stores Inc.'s online sales jump 20 percent"),
    # a measure with its modifiers: the article's company's, or the name a "where" is about
    ("retailer_results.txt", "the quarter", "Brandell Stores Inc.'s comparable sales rise 3.8 percent"),
    ("retailer_results.txt", "the third quarter", "Dunmore's same-store sales fell 16.6 percent"),
    # (the company's short name written in another case in the measure's sentence is no other owner)
    ("results_short_name.txt", "Aug. 26", "KELDARA Corp.'s net income rises 21% to $3 million for the fourth quarter"),
    # an "it" with a rival: the article's company
    ("retailer_results.txt", "since August", "Brandell Stores Inc. has also gotten a bump from a sharp sales decline"),
])
def test_a_titles_doer_is_named_from_the_article(article: str, phrase: str, title: str) -> None:
    assert _title(article, phrase) == title


@pytest.mark.parametrize("article, phrase, title", [
    # the speaker may be the pronoun (nothing shows the district attorney's sex)
    ("trial_quote_unknown.txt", "June 14", "Her trial is set"),
    # a pronoun of the other sex than the one the sentence before the quotation tells of
    ("trial_quote_other_sex.txt", "June 14", "His trial is set"),
    # the page's one family named with two given names; a word of the other sex before ("her husband")
    ("trial_one_family.txt", "June 14", "Her trial is set"),
    ("trial_one_person_other_sex.txt", "June 14", "His trial is set"),
    # the frame names others who may be "they"
    ("villagers_quote_told.txt", "Sunday", "They return home"),
    # a quotation's own "we": its speaker's words
    ("villagers_quote_we.txt", "Sunday", 'Ingrid Dahl says "We return home"'),
    # two companies named by their legal forms: whose, the article does not say
    ("retailer_two_companies.txt", "the quarter", "Comparable sales rise 3.8 percent"),
    ("retailer_two_companies.txt", "October", "The retailer's online sales jump 20 percent"),
    ("retailer_two_companies.txt", "since August",
     "It has also gotten a bump from a sharp sales decline at a rival chain"),
    # a rival thing of a kind ("rival phones"): the "it" is such a thing; a trade's noun the text gives another
    # ("a loan from a bank")
    ("retailer_things.txt", "since August", "It has outsold rival phones from Zenith"),
    ("retailer_things.txt", "Tuesday", "The bank's chief executive resigns"),
    # another name before the measure in its sentence, which may own it (a place's sales)
    ("results_short_name.txt", "the fourth quarter", "Comparable sales rise 2 percent"),
    # the trade's noun given to another name in the article ("rival retailer Dunmore's")
    ("retailer_rival_noun.txt", "October", "The retailer's online sales jump 20 percent"),
    ("retailer_rival_noun.txt", "the third quarter", "Sales at rival Dunmore's fell 16.6 percent"),
])
def test_a_titles_doer_the_article_does_not_determine_stays(article: str, phrase: str, title: str) -> None:
    assert _title(article, phrase) == title


@pytest.mark.parametrize("title, expected", [
    # a possessive pronoun's noun phrase, a company's measure with only its modifiers: nobody named
    ("Her trial is set", True),
    ("Its shares close up 2.5 percent at $48.57", True),
    ("Their homes were destroyed", True),
    ("In 2010, his company went bankrupt", True),
    ("Comparable sales rise 3.8 percent", True),
    ("Same-store sales fell 16.6 percent", True),
    # named: a name in the phrase, an owner, a determiner, a count
    ("His wife Ann Berg died", False),
    ("Denise Marlow's trial is set", False),
    ("Brandell Stores Inc.'s comparable sales rise 3.8 percent", False),
    ("The sales rise 3 percent", False),
    ("Oil prices have come down", False),
    ("Mac sales increased 22 percent", False),
    ("Tourism industry revenues were $450 million", False),
    ("About 300 residents of Kolvik return home", False),
])
def test_a_possessive_pronoun_or_bare_measure_subject_names_no_one(title: str, expected: bool) -> None:
    assert names_no_actor(title) is expected
