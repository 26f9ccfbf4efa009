"""Grammar helpers that titles and date attachment need (issue 8, parts 2–3)."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


def _span(sentence: str, phrase: str) -> tuple[int, int]:
    start = sentence.index(phrase)
    return start, start + len(phrase)


@pytest.mark.parametrize("sentence, phrase, expected", [
    ("Israel's prime minister apologised to Turkey on Friday for the deaths in a 2010 raid on a Gaza-bound "
     "aid flotilla.", "2010", "a 2010 raid on a Gaza-bound aid flotilla"),
    ("Officials said the talks would build on last week's negotiations in Brussels.", "last week",
     "last week's negotiations in Brussels"),
    ("Kim recalled the 2000 treaty.", "2000", "the 2000 treaty"),
    # The subject's own date, or a date that is no modifier: the clause says what happened.
    ("The 1961 treaty was signed in Moscow.", "1961", None),
    ("The raid took place in 2010.", "2010", None),
    ("Israel's prime minister apologised to Turkey on Friday.", "Friday", None),
])
def test_dated_noun_phrase(sentence: str, phrase: str, expected: str | None) -> None:
    assert grammar.dated_noun_phrase(sentence, *_span(sentence, phrase)) == expected


@pytest.mark.parametrize("sentence, phrase, expected", [
    ("The streak is the index's best since 1993.", "1993", True),
    ("The Dow closed at its lowest level since October 9, 2002.", "October 9, 2002", True),
    ("It was the market's worst fall since 1987.", "1987", True),
    ("Prices are higher than at any time since 1990.", "1990", True),
    ("The Dow closed at its lowest level since October 9, 2002.", "since October 9, 2002", True),
    ("He has lived in Oslo since 2000.", "2000", False),
    ("He has lived in Oslo since 2000.", "since 2000", False),
    ("The best players left in 1993.", "1993", False),
    ("Since 2001, the most senior staff have left.", "2001", False),
])
def test_is_comparison_since(sentence: str, phrase: str, expected: bool) -> None:
    assert grammar.is_comparison_since(sentence, *_span(sentence, phrase)) is expected


@pytest.mark.parametrize("sentence, phrase, expected", [
    # an ordinal past the first counts happenings since the date: the date opens the count
    ("The landslide was the fourth in the valley since March 2021.", "March 2021", True),
    ("It is her third league title since 2019.", "2019", True),
    ("Monday's walkout was the 12th at the port since January.", "January", True),
    # (a date of its own: unchanged)
    ("The second bridge has stood since 1968.", "1968", False),
    ("She finished third in the race in 2019.", "2019", False),
])
def test_an_ordinal_counted_since_a_date_is_a_comparison(sentence: str, phrase: str, expected: bool) -> None:
    assert grammar.is_comparison_since(sentence, *_span(sentence, phrase)) is expected


@pytest.mark.parametrize("word, singular", [
    ("deals", "deal"), ("treaties", "treaty"), ("Agreements", "Agreement"), ("news", "news"),
    ("agreement", "agreement"), ("xyzzies", "xyzzies"),
])
def test_singular_noun_comes_from_the_dictionary(word: str, singular: str) -> None:
    assert grammar.singular_noun(word) == singular


@pytest.mark.parametrize("sentence, phrase, title", [
    # A gerund for subject.
    ("The mayor said on Wednesday that rebuilding would start in early 2024.", "early 2024",
     "Rebuilding would start"),
    # A clitic verb stays joined to its subject.
    ("It's been closed since May 2010 for repairs.", "May 2010", "It's been closed for repairs"),
    # Only the adverbs right before the verb come along, not a negation from a clause crossed.
    ("Under a program approved in 1987 that didn't specify an amount, Nashua had purchased 481,000 shares "
     "through Sept. 29.", "Sept. 29", "Nashua had purchased 481,000 shares"),
    # A relative clause without a comma before it still ends at the comma after its verb.
    ("Under a program approved by the company in 1987 that didn't specify a share amount, Nashua had "
     "purchased 481,000 shares through Sept. 29.", "Sept. 29", "Nashua had purchased 481,000 shares"),
    # A parenthetical holding a date with a comma ("February 24, 1955") is skipped whole to the subject.
    ("Jobs, born in San Francisco on February 24, 1955, has built the most valuable company in 1990.", "1990",
     "Jobs has built the most valuable company"),
    # A sentence run into the next one (a quote after a full stop) ends at the stop.
    ("Diana Cardenas was born in Cuba in 1984. ``I think he deserves to be with his father,'' she said.",
     "1984", "Diana Cardenas was born in Cuba"),
    # A leading date phrase with a relative clause before the verb: the main clause's verb.
    ("On Friday, Putin, who visited Pyongyang in 2000, was elected president.", "Friday",
     "Putin was elected president"),
    # "$" and "%" belong to their amounts.
    ("The Dow rose 1% to $1.6 billion in 1990.", "1990", "The Dow rises 1% to $1.6 billion"),
])
def test_headline_clause_keeps_the_sources_words(sentence: str, phrase: str, title: str) -> None:
    assert grammar.headline_clause(sentence, *_span(sentence, phrase)) == title


@pytest.mark.parametrize("text, expected", [
    ("iPhone 4 goes on sale", "iPhone 4 goes on sale"), ("eBay buys Skype", "eBay buys Skype"),
    ("the plant closes", "The plant closes"),
])
def test_capitalised_keeps_names_spelt_with_an_inner_capital(text: str, expected: str) -> None:
    assert grammar.capitalised(text) == expected


@pytest.mark.parametrize("sentence, phrase, expected", [
    # a bare yardstick: the figures are set against that time, nothing happened then
    ("Sales grew 28% compared to the previous year.", "the previous year", True),
    ("Profit doubled compared with the same period of last year.", "last year", True),
    ("Prices rose faster than in 2005, analysts said.", "2005", True),
    ("Revenue was up 4% versus a year earlier.", "a year earlier", True),
    ("The Mac market share is up 82% from 9 months ago.", "9 months ago", True),
    ("Sales rose 5% from a year earlier, the company said.", "a year earlier", True),
    ("Prices rose from 2004 through 2008.", "2004", False),  # a range, not a yardstick
    ("He moved from Paris in 2004.", "2004", False),
    # a figure of its own is a fact of that date; a date that modifies a noun is no yardstick
    ("Net was $306 million, compared with a loss of $195 million in 1988.", "1988", False),
    ("It posted a loss, compared with year-earlier net income of $967,809.", "year-earlier", False),
    ("Revenue boosted from $5.8 billion in 2005.", "2005", False),
    ("They sold more than 21 million iPods in 2006.", "2006", False),
    ("The plant opened in 2005.", "2005", False),
])
def test_is_comparison_baseline(sentence: str, phrase: str, expected: bool) -> None:
    assert grammar.is_comparison_baseline(sentence, *_span(sentence, phrase)) is expected


def _titles(sentence: str, phrases: list[str]) -> list[str]:
    """Each date's title, as extraction asks for it: with the spans of the sentence's other dates."""
    from timeline_app.core.extraction import title_from_sentence
    spans = [_span(sentence, p) for p in phrases]
    return [title_from_sentence(sentence, *s, [o for o in spans if o != s]) for s in spans]


@pytest.mark.parametrize("sentence, phrases, titles", [
    # Gapping: the later date's clause shares the subject and verb and brings its own object.
    ("In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music player.", ["1998", "2001"],
     ["Apple introduces the iMac personal computer", "Apple introduces the iPod music player"]),
    ("The club signed a young striker in 2015, and in 2017 an experienced goalkeeper.", ["2015", "2017"],
     ["The club signs a young striker", "The club signs an experienced goalkeeper"]),
    # The gapped object ends at an "and" that opens a clause with a subject of its own.
    ("In 2010 the band released its first album, in 2012 a live record and the following year its singer was "
     "replaced.", ["2010", "2012"], ["The band releases its first album", "The band releases a live record"]),
    # Not gapping: the later clause has a verb of its own.
    ("In 1976 the company was founded, and in 1977 the Apple II followed.", ["1976", "1977"],
     ["The company was founded", "The Apple II follows"]),
])
def test_a_gapped_clause_takes_the_shared_verb_and_its_own_object(sentence: str, phrases: list[str],
                                                                   titles: list[str]) -> None:
    assert _titles(sentence, phrases) == titles


@pytest.mark.parametrize("sentence, phrase, title", [
    # An aside between commas inside the "that" clause goes; the clause keeps its verb.
    ("On Monday, the mayor announced that a new bridge, the city's third crossing, would open in spring.",
     "Monday", "The mayor announces that a new bridge would open in spring"),
    # The complement's verb lies beyond more than an aside: the title stops before "that".
    ("On Monday, the mayor announced that a new bridge, the city's third crossing, and a tunnel would open.",
     "Monday", "The mayor announces"),
    # "that" as a determiner: no clause, nothing unfinished.
    ("On Monday, the mayor answered that question.", "Monday", "The mayor answers that question"),
    ("On Monday, city officials have strongly disputed that claim, and the mayor agreed.", "Monday",
     "City officials have strongly disputed that claim"),
    ("On Monday, the mayor announced that the new bridge would open in spring.", "Monday",
     "The mayor announces that the new bridge would open in spring"),
])
def test_a_that_clause_keeps_its_verb_or_goes(sentence: str, phrase: str, title: str) -> None:
    assert _titles(sentence, [phrase]) == [title]
