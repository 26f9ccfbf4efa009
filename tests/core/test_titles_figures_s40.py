"""Two title shapes judged junk on real news, each fixed by rule. (1) The compared figure of a measure's copula
("The company's net income … was C$400 million, compared with C$410 million a year earlier") is titled by the main
clause's measure with that figure ("The company's net income was C$410 million"), not a label with a figure and no
owner ("Previously: C$410 million"); another subject keeps the old title. (2) A date phrase followed by an
appositive length of time that places it from another happening (", nine days after …") goes with that appositive,
and no title keeps a space before a comma. Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title, sentence_title

_HEAD = "A headline of the story\nMarch 3, 2025\n\n"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The company's net income for the quarter was C$400 million, compared with C$410 million a year earlier.",
     "a year earlier", "The company's net income was C$410 million"),
    ("The group's adjusted earnings were $2.1 billion, compared with $1.9 billion a year earlier.", "a year earlier",
     "The group's adjusted earnings were $1.9 billion"),
    ("The bank's operating profit in the third quarter was 812 million euros, up from 790 million euros a year ago.",
     "a year ago", "The bank's operating profit was 790 million euros"),
    # a bare common-noun measure too (was its label "Previous quarterly revenue: $1.9 billion": `test_titles3_shapes`)
    ("Quarterly revenue was $2.1 billion, compared with $1.9 billion a year earlier.", "a year earlier",
     "Quarterly revenue was $1.9 billion"),
    # a present copula is said in the past of the earlier figure; a forecast's is no copula of it
    ("The company's net debt is $5.2 billion, compared with $4.8 billion a year earlier.", "a year earlier",
     "The company's net debt was $4.8 billion"),
    ("The company's net income will be $5 million, compared with $4 million a year earlier.", "a year earlier",
     "Previously: $4 million"),
    # no measure named by a common noun: the old title stays
    ("It was $5 million, compared with $4 million a year earlier.", "a year earlier", "Previously: $4 million"),
    ("Net for the nine months was $254 million, up 56% from $163 million a year earlier.", "a year earlier",
     "Previously: $163 million"),
])
def test_a_compared_figure_takes_the_measure_of_its_copula(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + sentence + "\n", phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The Patriots dropped Hernandez just hours after his arrest on June 26, 2013, nine days after Lloyd was "
     "found dead.", "June 26, 2013", "The Patriots drop Hernandez just hours after his arrest"),
    ("The club released the striker on March 4, 2019, two weeks before the season opened.", "March 4, 2019",
     "The club releases the striker"),
    ("The council approved the budget on May 4, 2021, just 10 days after the vote.", "May 4, 2021",
     "The council approves the budget"),
])
def test_a_date_goes_with_its_appositive_length_of_time(sentence: str, phrase: str, title: str) -> None:
    got = sentence_title(sentence, phrase)
    assert got == title
    assert " ," not in got
