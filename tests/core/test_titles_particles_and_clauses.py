"""Title rules found reading titles of real news (s18): a verb keeps its particle, the fallback for a title too
short takes the date's own clause. Each rule with invented sentences, and sentences it must leave alone."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title
from timeline_app.core.grammar import tag_words


# A verb's particle is part of the verb ("broke off" is not "broke"): a preposition the dictionary also knows as
# an adverb, right after the verb, with no object of its own once the date went.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("The negotiations broke off on Thursday.", "Thursday", "The negotiations break off"),
    ("Prices picked up on Monday.", "Monday", "Prices pick up"),
    ("The talks fell through on Friday.", "Friday", "The talks fell through"),
    ("The talks between the two unions fell through on Friday.", "Friday",
     "The talks between the two unions fell through"),
    ("The rebels took over in 1994.", "1994", "The rebels take over"),
    # left alone: a preposition with its object, the date's own preposition
    ("Negotiations broke off at noon Thursday.", "Thursday", "Negotiations break off at noon"),
    ("The ferry sailed to the island in 1990.", "1990", "The ferry sails to the island"),
    ("Sales rose sharply in 2010 on strong demand.", "2010", "Sales rise sharply on strong demand"),
    ("The senate delayed the vote on the budget on Monday.", "Monday", "The senate delays the vote on the budget"),
])
def test_a_verb_keeps_its_particle(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


# A title too short falls back to the sentence's words, from the "but"/"and" that opens the date's own clause
# with its subject: the clause before it is another's.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("His lawyers asked for a delay of two weeks, but Smith resigned at noon Thursday.", "noon Thursday",
     "Smith resigned at noon Thursday"),
    ("The board asked him to stay on, but Smith resigned on Thursday.", "Thursday", "Smith resigned on Thursday"),
    ("The board met and Smith resigned on Thursday.", "Thursday", "Smith resigned on Thursday"),
    # left alone: the date's clause first
    ("Smith resigned on Thursday, but the board asked him to stay on.", "Thursday", "Smith resigned on Thursday"),
])
def test_a_short_title_falls_back_to_the_dates_own_clause(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


# A contextual rule's "-ing" tag ("NN VBG NEXTTAG DT", for "the meeting/VBG the board") on a word that is no
# "-ing" form of its verb (lemminflect) is undone: "storm" before a date phrase stays a noun.
@pytest.mark.parametrize("sentence, word, tag", [
    ("The roof collapsed during a winter storm the next day.", "storm", "NN"),
    ("Albright told the foreign minister the American people share in the sorrow.", "minister", "NN"),
    ("Mr. Vaux said the share issue is part of a strategy.", "part", "NN"),
    # a base form right after a relative pronoun is its present
    ("The governments, which cosponsor the talks, invited Sinn Fein.", "cosponsor", "VBP"),
    # left alone: real "-ing" forms
    ("The board began building the new school the next year.", "building", "VBG"),
])
def test_an_ing_tag_wants_an_ing_form(sentence: str, word: str, tag: str) -> None:
    assert {t.text: t.pos for t in tag_words(sentence)}[word] == tag


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The roof collapsed during a winter storm the next day.", "the next day",
     "The roof collapses during a winter storm"),
    ("Factory owners are buying new machinery at a healthy rate this fall, machine-tool makers say.", "this fall",
     "Factory owners are buying new machinery at a healthy rate"),
])
def test_a_noun_before_a_date_phrase_stays_in_the_title(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


# A question states no happening: its clause is no headline ("Many shares will be around" was the title once the
# particle stayed); the sentence's words stand, with no space left where the date was.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("\"How many shares will be around in 1995?\" he asked.", "1995", "\"How many shares will be around?\" he asked"),
    # left alone: an indirect question inside a statement
    ("Investigators, wondering how the gunman had escaped, searched the woods on Monday.", "Monday",
     "Investigators search the woods"),
])
def test_a_question_is_no_headline(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
