"""A title that tells no act (a noun phrase of a thing, a subject left without its verb, a list's item) is made
again from the clause the date belongs to, when the grammar finds one with a subject and a finite verb
(`extraction.dated_clause_title`); a date in an apposition, or one that modifies a noun the clause's act does not
take place in, keeps its title, as does a sentence with no such clause."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core.extraction import title_from_sentence


def _title(sentence: str, phrase: str, others: tuple[str, ...] = ()) -> str:
    start = sentence.index(phrase)
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    return title_from_sentence(sentence, start, start + len(phrase), spans)


@pytest.mark.parametrize("sentence, phrase, title", [
    # a year modifying the film, series or games the clause's act took place in (was "The 1969 western Dry Creek")
    ("She starred opposite Paul Newman in the 1969 western Dry Creek.", "1969",
     "She stars opposite Paul Newman in the 1969 western Dry Creek"),
    ("His breakthrough was a part as a young detective in the 2004 series Cold Harbour.", "2004",
     "His breakthrough was a part as a young detective in the 2004 series Cold Harbour"),
    ("He was the youngest player at the 1998 World Cup in France.", "1998",
     "He was the youngest player at the 1998 World Cup in France"),
    ("Her debut came at the 2012 Games in London.", "2012", "Her debut comes at the 2012 Games in London"),
    # the date of a reduced relative after the object (was the main subject alone, "The side from Durban")
    ("The side from Durban, who had already won the cup two years ago, thus claimed the first title in the richly "
     "endowed league launched this spring, with the winner set to collect a prize of two million dollars (1.8 "
     "million euros).", "this spring", "The richly endowed league launched"),
    # a list's item after a semicolon that names what the clause before it tells (was "The Fairs Cup and ...")
    ("The club also won the 1968 league title, the 1972 cup, and were beaten in two continental finals; the Fairs "
     "Cup in 1973 and the 1975 Champions Cup.", "1973", "The club were beaten in two continental finals"),
])
def test_a_title_with_no_act_is_made_from_the_dated_clause(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


def test_an_opening_adverbials_date_is_titled_by_its_clause() -> None:
    # "In 2019 alone, after ...": the year's title was the adverbial's words ("Alone, after a wet spring"); the
    # sentence's other dates stay out of it
    sentence = ("In 2019 alone, after a wet spring and a cold snap in May, the harvest fell by about 9%, the worst "
                "year since records began in 1961.")
    assert _title(sentence, "2019", ("May", "1961")) == "The harvest fell by about 9%"


@pytest.mark.parametrize("sentence, phrase, title", [
    # an apposition's date is its own predication's ("was the champion in 2019"), not the clause's act's
    ("Smith beat Alvarez, the 2019 world champion, on Sunday.", "2019", "Alvarez, the 2019 world champion"),
    ("Jones, chairman of the bank from 2001-2009, was jailed last week for fraud.", "2001-2009",
     "Jones, chairman of the bank"),
    # a date of a thing the clause's act is not within: the act is another time's
    ("The company's shares closed at $12, below the 1987 level.", "1987", "The 1987 level"),
    ("Security Council resolutions overrule a 1971 convention on aircraft sabotage.", "1971",
     "A 1971 convention on aircraft sabotage"),
    # a happening's noun phrase tells the act itself
    ("The minister apologised for the deaths in a 2010 raid on a flotilla.", "2010", "A 2010 raid on a flotilla"),
    ("Voters waited days for results from the weekend's council elections.", "the weekend",
     "The weekend's council elections"),
    # a possessive date names its noun's day: a happening of that day, which the noun phrase tells
    ("The strike was among the first topics raised in Saturday night's debate between the two candidates.",
     "Saturday night", "Saturday night's debate between the two candidates"),
    ("Lopez said he would not campaign for anyone in this year's race.", "this year", "This year's race"),
    # no clause in the sentence (a caption): nothing better to say
    ("Maria Lopez and her husband Tom earlier this year", "earlier this year", "Maria Lopez and her husband Tom"),
    # a title that tells its act already is not made again
    ("In the 1989 period also, interest expense and tax rates were lower than a year ago.", "the 1989 period",
     "Interest expense and tax rates were lower than a year ago"),
])
def test_a_title_stays_when_the_clause_is_not_the_dates(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, expected", [
    ("Smith beat Alvarez, the 2019 world champion, on Sunday.", "2019", True),
    ("Jones, chairman of the bank from 2001-2009, was jailed last week.", "2001-2009", True),
    ("Smith, who won in 2019, lost on Sunday.", "2019", False),  # a relative clause: a verb of its own
    ("In 2019, Smith won the title.", "2019", False),  # an opening adverbial, no noun before the comma
    ("She starred opposite Paul Newman in the 1969 western Dry Creek.", "1969", False),
])
def test_date_in_apposition(sentence: str, phrase: str, expected: bool) -> None:
    start = sentence.index(phrase)
    assert grammar.date_in_apposition(sentence, start, start + len(phrase)) is expected


@pytest.mark.parametrize("sentence, phrase, head", [
    ("She starred in the 1969 western.", "1969", "western"),
    ("Talks resume after last week's break.", "last week", "break"),
    ("She starred in a western in 1969.", "1969", None),
    ("The talks resume on Friday.", "Friday", None),
])
def test_noun_phrase_of_date(sentence: str, phrase: str, head: str | None) -> None:
    start = sentence.index(phrase)
    found = grammar.noun_phrase_of_date(sentence, start, start + len(phrase))
    tokens = grammar.analyse_sentence(sentence).tokens
    assert (tokens[found[1]].text if found is not None else None) == head
