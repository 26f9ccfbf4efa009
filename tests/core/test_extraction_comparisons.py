"""A comparison's date dates its far side, never the main clause (issue 8, part 2): "posted a loss, versus net
income of $2.6 million a year earlier" gives the year-earlier income as a "Previous …" event, the loss keeps its
own date, and a bare yardstick ("fell 6.2% from a year ago") dates nothing."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title
from timeline_app.core import grammar
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions


def _span(sentence: str, phrase: str) -> tuple[int, int]:
    start = sentence.index(phrase)
    return start, start + len(phrase)


def _events(sentence: str) -> set[tuple[str, str, str]]:
    doc = document_from_text(f"Earnings report\n\nPublished: November 2, 1989\n\n{sentence}\n", id="c")
    assert doc.published is not None
    return {(str(c.first), str(c.last), c.title) for c in extract_mentions(doc) if c.first is not None}


@pytest.mark.parametrize("sentence, expected", [
    # the compared figure names itself: its own "Previous …" event; the loss is not dated by its quarter,
    # which only says which figures were posted (the posting is the article's news: core/news.py)
    ("Acme posted a third-quarter net loss of $4.1 million, versus net income of $2.6 million a year earlier.",
     {("1988-07-01", "1988-09-30", "Previous net income of $2.6 million")}),
    # a bare figure is named as the near side names its own ("net income of …", the subject "Revenue")
    ("Orion posted net income of $88.2 million for the quarter, up from $61 million, or 95 cents a share, "
     "a year earlier.",
     {("1988-07-01", "1988-09-30", "Previous net income of $61 million")}),
    ("Revenue rose to $412.5 million from $398.1 million a year ago.",
     {("1988-01-01", "1988-12-31", "Revenue was $398.1 million")}),
    ("Bolt said it runs 21 stores, up from nine a year ago.",
     {("1988-01-01", "1988-12-31", "Previously: nine stores")}),
    # a bare yardstick: nothing happened a year ago, and the fall is not dated by it
    ("Harbor Mills' steel output fell 6.2% from a year ago, the company said.", set()),
    # the sentence says what happened at the compared date: that is the event of the date
    ("The index closed at 2,310, down 3.1% from the previous Friday and 5.2% from Oct. 13, when a bank failure "
     "shook markets.",
     {("1989-10-13", "1989-10-13", "A bank failure shook markets")}),
    # no comparison: the date is the main clause's
    ("Acme moved its headquarters from Boston in 1985.",
     {("1985-01-01", "1985-12-31", "Acme moves its headquarters from Boston")}),
    # a range after a "from" with a number is no yardstick: one happening over the whole range
    ("The charity received grants from three foundations between 1981 and 1984.",
     {("1981-01-01", "1984-12-31", "The charity receives grants from three foundations")}),
])
def test_a_comparisons_date_never_dates_the_main_clause(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize("sentence, phrase, figure, borrowed", [
    ("Acme posted a net loss, versus net income of $2.6 million, or 40 cents a share, a year earlier.",
     "a year earlier", "net income of $2.6 million", None),
    ("Net was $30 million, compared with a loss of $19 million in 1988.", "1988", "loss of $19 million", None),
    ("These results compare with net income of $1.8 million, or 44 cents a share, for the same period last year.",
     "last year", "net income of $1.8 million", None),
    ("Profit fell 59% to $7 million from $17.2 million a year ago.", "a year ago", "$17.2 million",
     "Profit: $17.2 million"),
    ("It pays a dividend of 4.6 pence, up 15% from 4 pence a year earlier.", "a year earlier", "4 pence",
     "dividend of 4 pence"),
    ("Unit sales dipped in the quarter to $2.3 billion from $2.2 billion in the year-earlier quarter.",
     "the year-earlier quarter", "$2.2 billion", "Unit sales: $2.2 billion"),
    # the figure it changed from, with no amount of change between the verb and "from"
    ("The annual revenue of the firm made up $7.1 billion in 2006, having grown from $5.8 billion in 2005.",
     "2005", "$5.8 billion", "annual revenue: $5.8 billion"),
    ("Membership jumped from 3,000 in 2010.", "2010", "3,000", None),
    # an apposed per-share figure between the change and "from" opens no clause of its own
    ("Profit fell 12% to $8.1 million, or 20 cents a share, from $9.2 million, or 23 cents a share, in the "
     "year-ago period.", "the year-ago period", "$9.2 million", "Profit: $9.2 million"),
    ("Net was $90 million, or $2.10 a share, up 40% from $64 million, or $1.50 a share, a year earlier.",
     "a year earlier", "$64 million", "Net: $64 million"),
    # a year-ago adjective opens the far side: the figure after it, whole ("$967,809")
    ("It posted a loss, compared with year-earlier net income of $967,809.", "year-earlier",
     "net income of $967,809", None),
    ("Profit rose to $5 million, compared with a year-earlier profit of $4.1 million.", "year-earlier",
     "profit of $4.1 million", None),
    ("Revenue was $2.3 billion, versus year-ago revenue of $1,950,000, the company said.", "year-ago",
     "revenue of $1,950,000", None),
    ("The airline carried 9.2 million people, against a year-earlier 8,650,000.", "year-earlier", "8,650,000", None),
    ("Sales climbed 8% from year-ago levels.", "year-ago", None, None),
    # bare yardsticks
    ("Output fell 8.4% from a year ago, which hurt earnings.", "a year ago", None, None),
    ("Revenue was up 4% versus a year earlier.", "a year earlier", None, None),
    ("Sales grew 28% compared to the previous year.", "the previous year", None, None),
])
def test_comparison_far_side(sentence: str, phrase: str, figure: str | None, borrowed: str | None) -> None:
    side = grammar.comparison_far_side(sentence, *_span(sentence, phrase))
    assert side is not None
    assert (side.figure, side.borrowed) == (figure, borrowed)


@pytest.mark.parametrize("sentence, phrase", [
    ("He moved from Paris in 2004.", "2004"),
    ("They withdrew 500 troops from Iraq in 2011.", "2011"),  # a figure, but no compared figure
    ("Prices rose from 2004 through 2008.", "2004"),  # a range
    ("They sold more than 21 million iPods in 2006.", "2006"),  # "more than": a quantity
    ("Earnings will be lower than the 16 cents a share it reported last year.", "last year"),  # its own clause
    ("Prices rose 3% from 5% in 2004 to 8% in 2008.", "2004"),  # a range of figures
    ("The team grew from 12 people in 1998 to 500 in 2005.", "1998"),  # a range of figures
    ("He served from 1998 to 2004.", "1998"),  # the date itself follows "from"
    ("He moved to Paris, or so he said, from Rome in 2004.", "2004"),  # an "or" clause with its verb
])
def test_no_comparison_far_side(sentence: str, phrase: str) -> None:
    assert grammar.comparison_far_side(sentence, *_span(sentence, phrase)) is None


@pytest.mark.parametrize("sentence, phrase, figure", [
    # a figure set "over" another figure, each with its own date: the far side's date is the compared figure's
    ("The jobless rate is up 2 percent this year, over 1 percent last year.", "last year", "1 percent"),
    ("Turnout reached 64 percent, over 58 percent in 2019.", "2019", "58 percent"),
    ("Ticket sales came to $4.1 million this season, over $3.2 million a year earlier.", "a year earlier",
     "$3.2 million"),
    # the near figure's own date between it and "over", no comma
    ("Exports grew 4 percent in 2020 over 2 percent in 2019.", "in 2019", "2 percent"),
])
def test_a_figure_over_another_figure_is_a_comparison(sentence: str, phrase: str, figure: str) -> None:
    side = grammar.comparison_far_side(sentence, *_span(sentence, phrase))
    assert side is not None and side.figure == figure


@pytest.mark.parametrize("sentence, phrase", [
    ("Rebels killed over 100 villagers last year.", "last year"),  # a quantity's bound, no figure before it
    ("Prices rose 3 percent over the past year.", "the past year"),  # a span
    ("Over 2,000 people marched in 2019.", "2019"),
    # one figure beating another in a contest, the near one with no date of its own: no comparison
    ("Mayor Ruth Gale took 512 ballots over 301 for Dan Ortiz in 2018.", "2018"),
    ("Ortiz edged Gale by 51 percent over 49 percent on Sunday.", "on Sunday"),
    # a far figure of time units is a span, not a figure compared
    ("The nurses secured a 6 percent pay rise over 2 years in 2021.", "2021"),
    ("Prices climbed 9 percent over 18 months in 2022.", "2022"),
])
def test_over_without_two_figures_is_no_comparison(sentence: str, phrase: str) -> None:
    assert grammar.comparison_far_side(sentence, *_span(sentence, phrase)) is None


@pytest.mark.parametrize("sentence, phrase, title", [
    # a contest's two figures, or a span: the sentence's own event, not a "Previously:" of the far figure
    ("Mayor Ruth Gale took 512 ballots over 301 for Dan Ortiz in 2018.", "2018",
     "Ruth Gale takes 512 ballots over 301 for Dan Ortiz"),
    ("Ortiz edged Gale by 51 percent over 49 percent on Sunday.", "Sunday", "Ortiz edges Gale by 51 percent over 49 percent"),
    ("The nurses secured a 6 percent pay rise over 2 years in 2021.", "2021",
     "The nurses secure a 6 percent pay rise over 2 years"),
])
def test_a_contest_or_a_span_over_a_figure_keeps_its_title(sentence: str, phrase: str, title: str) -> None:
    assert article_title("Published 3 March 2023\n\n" + sentence, phrase) == title
