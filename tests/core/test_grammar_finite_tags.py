"""The tagger's repairs of a main clause's finite verb that Brill's rules tag as a base form, a participle or a
noun-phrase word: sentence → (word, tag), and sentence → the finite verb groups found."""
from __future__ import annotations

import pytest

from timeline_app.core.grammar import tag_words, verb_groups

# --- sentence, word, accepted Penn tags ------------------------------------------------------------------------
TAGS = [
    # A base form spelled as its past, right after a singular subject that opens its clause, is that past.
    ("Smith quit on Tuesday and Jones named a successor", "quit", {"VBD"}),
    ("The firm, based in Ohio, cut 200 jobs", "cut", {"VBD"}),
    ("GOODY PRODUCTS Inc. cut its quarterly dividend", "cut", {"VBD"}),
    ("British Gas shed 8.5 pence a share", "shed", {"VBD"}),
    ("After the board met, the chairman quit", "quit", {"VBD"}),
    ("The head of the agency quit on Monday", "quit", {"VBD"}),
    # ... also where a contextual rule made it an "-ing" form before a possessive, which its spelling is not
    ("The central bank cut its key rate on Wednesday", "cut", {"VBD"}),
    ("The regulator put its decision off until May", "put", {"VBD"}),
    ("The striker quit his club after a row", "quit", {"VBD"}),
    ("The carmaker shed its loss-making brands", "shed", {"VBD"}),
    ("Voters will cut their spending this winter", "cut", {"VB"}),
    ("The workers cut their hours", "cut", {"VBP", "VBD"}),
    # A past that a rule made a participle before "by", though not so spelled, stays the past.
    ("Retail sales shrank by 3% in the spring", "shrank", {"VBD"}),
    ("The deficit grew by a third last year", "grew", {"VBD"}),
    ("The ship sank by the bow within minutes", "sank", {"VBD"}),
    ("The town was flooded by the river", "flooded", {"VBN"}),
    ("The car was driven by his son", "driven", {"VBN"}),
    # Guards: a modal, "to", "do" or a verb whose object the subject-looking noun is leaves the base form.
    ("Smith will quit on Tuesday", "quit", {"VB"}),
    ("Smith wants to quit", "quit", {"VB"}),
    ("Did Smith quit on Tuesday?", "quit", {"VB"}),
    ("They let the firm cut 200 jobs", "cut", {"VB", "NN"}),
    ("Officials made the firm cut its costs", "cut", {"VB", "NN", "VBG"}),
    # ... and one the contextual rules made a noun after the subject's noun, unless a list of nouns or a verb
    # after it says it is one.
    ("The company's president quit suddenly", "quit", {"VBD"}),
    ("The following month, the company put itself up for sale", "put", {"VBD"}),
    ("The body was found with the arms and head cut off", "cut", {"NN", "VBN", "JJ"}),
    ("Prices after the price cut will be lower", "cut", {"NN"}),
    # A plural noun ending a verb's object, after a bare run of adjectives and nouns, is not a second verb.
    ("The store currently sells digital music tracks, and more recently has begun to sell TV episodes", "tracks",
     {"NNS"}),
    ("Apple sells digital music tracks and videos", "tracks", {"NNS"}),
    # Guards: a determiner (a second subject), a reporting verb, or what a verb would take after it.
    ("The government wants the dog tracks closed", "tracks", {"VBZ"}),
    ("He said public debt falls, and the deficit grows", "falls", {"VBZ"}),
    ("Its real strength lies in its software", "lies", {"VBZ"}),
    # A participle right after the subject, then "by" and a gerund, with no finite verb after it, is the past.
    ("Jobs started by hinting that a new product was coming", "started", {"VBD"}),
    ("Elian's mother died, but the boy survived by clinging to an inner tube", "survived", {"VBD"}),
    # Guards: with a finite verb after it in the clause, or set off as an aside, it is a reduced relative.
    ("The man arrested by police was released", "arrested", {"VBN"}),
    ("Shares hit by falling demand fell 5%", "hit", {"VBN"}),
    ("Workers hired by using temp agencies will be paid less", "hired", {"VBN"}),
    ("Sales, boosted by falling prices, rose", "boosted", {"VBN"}),
    # ... or where the subject is a headline's bare noun (a passive with its agent).
    ("Man killed by speeding car in Leeds", "killed", {"VBN"}),
    ("Cyclist hurt by reversing lorry on Monday evening, the council said.", "hurt", {"VBN"}),
    ("Elderly pensioner killed by speeding van", "killed", {"VBN"}),
    # Elsewhere the gerund takes its object (a bare noun too) as a manner; a form that is no participle is past.
    ("The company responded by cutting jobs", "responded", {"VBD"}),
    ("Apple responded by suing Samsung", "responded", {"VBD"}),
    ("Police responded by firing tear gas", "responded", {"VBD"}),
    ("Officials reacted by imposing martial law", "reacted", {"VBD"}),
    ("Troops responded by firing live ammunition", "responded", {"VBD"}),
    ("He ended by urging restraint", "ended", {"VBD"}),
    ("The CEO opened by thanking everyone", "opened", {"VBD"}),
    ("Jobs began by showing new products", "began", {"VBD"}),
    ("If an officer has to be stationed outside every home and office, 24 hours a day, let it be done", "let",
     {"VB"}),
]


@pytest.mark.parametrize("sentence, word, expected", TAGS)
def test_tag(sentence: str, word: str, expected: set[str]) -> None:
    assert next(t.pos for t in tag_words(sentence) if t.text == word) in expected


# --- sentence, the finite verb groups ---------------------------------------------------------------------------
GROUPS = [
    ("Smith quit on Tuesday and Jones named a successor", ["quit", "named"]),
    ("The firm, based in Ohio, cut 200 jobs", ["cut"]),
    ("They let the firm cut 200 jobs", ["let"]),
    ("The company's president quit suddenly", ["quit"]),
    ("The store currently sells digital music tracks, and more recently has begun to sell TV episodes",
     ["sells", "has begun"]),
    ("Jobs started by hinting that a new product was coming", ["started", "was coming"]),
    ("The man arrested by police was released", ["was released"]),
]


@pytest.mark.parametrize("sentence, expected", GROUPS)
def test_verb_groups(sentence: str, expected: list[str]) -> None:
    assert [g.text for g in verb_groups(tag_words(sentence))] == expected


# --- the titles these repairs give: a verb spelled as its own past, then a participle clause and an "after" clause
@pytest.mark.parametrize("sentence, phrase, title", [
    ("The Reserve Bank cut its cash rate on Tuesday, lowering it to 4% after unemployment rose.", "Tuesday",
     "The Reserve Bank cuts its cash rate"),
    ("The retailer shed its furniture arm in March, ending a decade of losses after sales slumped.", "March",
     "The retailer sheds its furniture arm"),
    ("The minister put her plan on hold on Friday, delaying it by a year after farmers protested.", "Friday",
     "The minister puts her plan on hold"),
])
def test_the_title_keeps_a_past_spelled_as_its_base(sentence: str, phrase: str, title: str) -> None:
    from tests.core.title_helpers import sentence_title

    assert sentence_title(sentence, phrase) == title
