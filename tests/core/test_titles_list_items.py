"""Each date of a coordinated list of dated items is titled by its own item (docs/realnews15_judgement.md: page 05's
"Shaun Hayes was accused of robbing shops in Nelson Street" given to 12 and 14 March too, which belong to "Woodcock
Road on Tuesday, March 12 and Waterloo Road on Thursday, March 14"; page 06's "A knife in public without a licence
hands to him" for bail conditions "handed to him in April 2016, ..."). A later item of a list of noun phrases before
their dates shares the first item's verb with its own words; a date in a later item of a list of "-ing" phrases after
a verb's preposition is titled by that verb and its own item. Invented sentences; the rows marked "kept" guard the
lists the grammar read before (a list of objects, coordinated predicates, a preposition of time)."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import dated_titles

_ARTICLE = "Harbour News\n\nPublished: 8 March 2019\n\nThe council met on Thursday.\n\n{}\n"


@pytest.mark.parametrize("sentence, expected", [
    ("Police said the man robbed shops in Mill Street on Tuesday, March 5, Quay Road on Tuesday, March 12 and Dock "
     "Lane on Thursday, March 14.",
     {"Tuesday, March 5": "The man robs shops in Mill Street", "Tuesday, March 12": "The man robs shops in Quay Road",
      "Thursday, March 14": "The man robs shops in Dock Lane"}),
    ("The firm opened offices in Paris in 2004, Berlin in 2008 and Madrid in 2012.",
     {"2004": "The firm opens offices in Paris", "2008": "The firm opens offices in Berlin",
      "2012": "The firm opens offices in Madrid"}),
    # kept: the list of objects the grammar reads whole, and a figure in each item
    ("The alliance has expanded, adding Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982.",
     {"1952": "The alliance adds Greece and Turkey", "1955": "The alliance adds West Germany",
      "1982": "The alliance adds Spain"}),
    ("Sales rose 5% in 2016, 7% in 2017 and 9% in 2018.",
     {"2016": "Sales rise 5%", "2017": "Sales rise 7%", "2018": "Sales rise 9%"}),
    # kept: coordinated predicates, each its own verb
    ("The plant opened in 1990 and closed in 2005.", {"1990": "The plant opens", "2005": "The plant closes"}),
])
def test_each_listed_item_has_its_own_title(sentence: str, expected: dict[str, str]) -> None:
    assert dated_titles(_ARTICLE, sentence) == expected


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Smith was accused of carrying a knife, breaching bail conditions, handed to him in April 2016.", "April 2016",
     "Bail conditions handed to Smith"),  # (the date is the handing over's: a participle after the object)
    ("He was charged with assaulting an officer, damaging a police car and stealing a bike on 3 May 2018.",
     "3 May 2018", "He was charged with stealing a bike"),
    ("Jones was also accused of detaining two employees against their will, carrying a knife in public without a "
     "licence, breaching three sets of bail conditions, handed to him in April 2016, November 2019 and May 2022.",
     "November 2019", "Three sets of bail conditions handed to Jones"),
    # kept: a preposition of time before the list ("after"): the arrest is no item's act
    ("The man was arrested after robbing a bank, stealing a car and fleeing to Mexico on Friday, March 1.",
     "Friday, March 1", "The man was arrested after robbing a bank"),
])
def test_a_date_in_a_later_gerund_item_takes_the_verb_and_its_item(sentence: str, phrase: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[phrase] == title
