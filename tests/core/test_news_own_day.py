"""An article's own news on its day: statements after a sentence with an older date, statements that say nothing,
and the body sentences whose verb another clause's date or a time clause does not govern. All articles and sentences
here are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import extraction, news
from timeline_app.core.documents import document_from_text
from timeline_app.core.temporal import tag
from tests.core.news_helpers import body_news
from tests.core.title_helpers import article_title

# Published on a Saturday; its news is of the day before ("Friday").
_ARTICLE = ("Acme to give free chargers to Widget 7 owners\nMarch 13, 2021\n\n"
            "Acme Corp. announced Friday that it will give owners of its Widget 7 a free charger. "
            "The rubber chargers wrap around the side of the widget. {}\n")


def _kept(text: str) -> list[str]:
    """The mention words of the news that `resolve_news` keeps for one article (no other article, no event)."""
    doc = document_from_text(text, id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    return [c.mention.text for c in news.resolve_news({doc.id: items}, [], [doc])]


_STATEMENT = "Doe did not explain the change but said she will stay on as chair."


@pytest.mark.parametrize("before, kept", [
    # An old date that dates one detail of the sentence before sets no time for what is said next.
    ("Doe ran the widget unit in 2009 and joined the board in early 2015.", True),
    ("Doe, who left the company in 2012, returned as an adviser in 2016.", True),
    # A date that opens the sentence before sets the time of its account: the statement may be of then.
    ("In a March 2 interview, Doe said that the widget was safe.", False),
    ("In 2016, Doe returned to the company as an adviser.", False),
    # So does a day of the article's news: what is said next may be of that day's letter or meeting.
    ("Doe wrote in a letter, dated Thursday, that the plan was sound.", False),
])
def test_a_statement_after_a_sentence_with_an_older_date(before: str, kept: bool) -> None:
    assert ("said" in _kept(_ARTICLE.format(f"{before} {_STATEMENT}"))) is kept


@pytest.mark.parametrize("sentence", [
    "Doe said the company could not comment on the lawsuit.",
    "Doe said she would not say why the chargers were recalled.",
    "The company said it couldn't comment on the suit.",
])
def test_a_statement_that_it_says_nothing_is_no_news(sentence: str) -> None:
    assert body_news(sentence, _ARTICLE) == []


def test_a_statement_that_says_something_is_still_news() -> None:
    # (a guard: passes on the old code too)
    items = body_news("Doe said the company would comment on the lawsuit soon.", _ARTICLE)
    assert [i.candidate.mention.text for i in items] == ["said"]
    assert items[0].candidate.first == dt.date(2021, 3, 12)


@pytest.mark.parametrize("sentence, word", [
    # A quotation that opens the clause and closes before its verb: the subject's own words, with no "that".
    ('Doe said "a handful of buyers" were having trouble with the charger.', "said"),
    ("Doe said 'several dozen' widgets would be replaced.", "said"),  # (a guard: its subject is found on main too)
    # Where, how or to whom it was said, before the "that" of the clause.
    ("Doe said in a statement that the widget was recalled.", "was recalled"),
    ("Doe said on the company's website that the chargers would ship within days.", "said"),
    ("The bank told regulators that it bought 40,000 shares of Acme.", "bought"),
])
def test_a_statement_whose_clause_opens_after_a_quotation_or_a_phrase_is_news(sentence: str, word: str) -> None:
    items = body_news(sentence, _ARTICLE)
    assert [i.candidate.mention.text for i in items] == [word]
    assert items[0].candidate.first == dt.date(2021, 3, 12)


@pytest.mark.parametrize("sentence", [
    'Doe said "we will fight this in every court."',  # the clause is the speaker's own words
    "Doe noted the importance that younger buyers have had for the widget.",  # a relative "that" after an object
    "Doe said in a statement that was posted online.",  # a relative "that": no clause of what was said
])
def test_no_statement_is_read_into_a_quotation_or_a_relative_that(sentence: str) -> None:
    assert body_news(sentence, _ARTICLE) == []


@pytest.mark.parametrize("sentence, word", [
    # A past participle's phrase opening the sentence tells what was done to the subject before: beside a
    # statement or an announcement its date is the participle's, and the main clause is the day's news.
    ("Founded in 1998, the charity announced a shelter in Dayton.", "announced"),
    ("Elected mayor in 2014, Doe confirmed her resignation.", "confirmed"),
    ("Having left the company in 2009, Doe denied the report.", "denied"),
    ("Founded in 1998, the charity unveiled a shelter in Dayton.", "unveiled"),
])
def test_an_opening_past_participles_date_is_not_a_statements(sentence: str, word: str) -> None:
    items = body_news(sentence, _ARTICLE)
    assert [i.candidate.mention.text for i in items] == [word]
    assert items[0].candidate.first == dt.date(2021, 3, 12)


@pytest.mark.parametrize("sentence", [
    "Speaking on Thursday, Doe said the chargers had shipped.",  # a present participle: when the saying was
    "Founded in 1998, the charity announced a shelter in Dayton on Tuesday.",  # the main clause's own date
    # Beside any other main clause, the phrase sets the time of the account it opens (a life, a career).
    "Born in Porto in 1950, she spent her childhood watching the ferries.",
    "Born in Porto in 1933, Lopez spent her childhood watching the ferries.",
    "Educated at Oxford in the 1950s, Smith joined the foreign service.",
    "Hired in 2005, Doe led the widget unit for a decade.",
    "Founded in 1998, the charity opened a shelter in Dayton.",
])
def test_an_opening_present_participle_or_the_main_clauses_own_date_still_dates_it(sentence: str) -> None:
    assert body_news(sentence, _ARTICLE) == []


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Founded in 1998, the charity opened a shelter in Dayton.", "1998", "The charity founded"),
    ("Unveiled last April, the phone also sold well.", "last April", "The phone unveiled"),
    ("Born in Seville on May 2, 1936, Ms. Lopez moved to Boston.", "May 2, 1936", "Ms. Lopez born in Seville"),
])
def test_an_opening_past_participles_date_titles_its_own_event(sentence: str, phrase: str, title: str) -> None:
    start = sentence.index(phrase)
    assert extraction.title_from_sentence(sentence, start, start + len(phrase)) == title


@pytest.mark.parametrize("sentence, word", [
    # A time clause after a relative clause tells that clause's time, not the main verb's.
    ("Doe criticized the board for closing the plant, which employed 300 people, when sales fell.", "criticized"),
    ("The gain was made despite a weaker dollar, which lowers the value of exports when they are counted.",
     "was made"),
])
def test_a_time_clause_after_a_relative_clause_is_that_clauses_time(sentence: str, word: str) -> None:
    items = body_news(sentence, _ARTICLE)
    assert [i.candidate.mention.text for i in items] == [word]


@pytest.mark.parametrize("sentence", [
    "Doe criticized the board when she spoke to reporters.",  # the main verb's own time clause
    "Doe said she gave the buyers false figures when they asked her.",  # the reported verb's time
    "The outlook darkened for the workers caught in the strike when the talks failed.",  # a participle's noun
    "Inspectors traveled to Dayton to examine the widgets before the recall began.",  # an infinitive's
])
def test_a_time_clause_of_the_main_or_reported_verb_still_dates_it(sentence: str) -> None:
    assert body_news(sentence, _ARTICLE) == []


@pytest.mark.parametrize("sentence, news_words", [
    # A present of intention with its "to" infinitive tells what is to come, as "will" does: the statement is news.
    ("Doe said it plans to buy back a tenth of its shares.", ["said"]),
    ("Doe said the company intends to close two plants.", ["said"]),
    ("Doe said Acme expects to borrow the money from its banks.", ["said"]),
    # How things stand, or a forecast of others' doings, is not.
    ("Doe said the company expects sales to rise.", []),
    ("Doe said the company wants a bigger share of the market.", []),
    ("Doe said analysts want to see higher margins.", []),
])
def test_a_statement_of_what_is_intended_is_news(sentence: str, news_words: list[str]) -> None:
    assert [i.candidate.mention.text for i in body_news(sentence, _ARTICLE)] == news_words


@pytest.mark.parametrize("sentence", [
    "Doe never signed the contract with the supplier.",
    "The board never approved the sale of the widget unit.",
])
def test_a_verb_negated_by_never_reports_nothing(sentence: str) -> None:
    assert body_news(sentence, _ARTICLE) == []


@pytest.mark.parametrize("sentence, phrase, title", [
    # A day of the article's news in the phrase, a reporting verb after it: the day is the saying's, and the
    # title what was said (or denied) then.
    ("Asked about the recall on Tuesday, Doe said the chargers were safe.", "Tuesday",
     "Doe says the chargers were safe"),
    ("Questioned by reporters on Wednesday, the mayor denied the charges.", "Wednesday", "The mayor denies the charges"),
    # Guards: an old date, or a main verb that reports nothing, leaves the phrase its own title.
    ("Asked about the recall in 2019, Doe said the chargers were safe.", "2019", "Doe asked about the recall"),
    ("Questioned by reporters on Wednesday, the mayor left the hall.", "Wednesday",
     "The mayor questioned by reporters"),
])
def test_an_opening_participles_news_day_before_a_reporting_verb_is_the_sayings(sentence: str, phrase: str,
                                                                                  title: str) -> None:
    assert article_title(f"March 12, 2021\n\n{sentence}", phrase) == title
