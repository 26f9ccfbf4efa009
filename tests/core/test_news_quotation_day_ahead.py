"""A quotation whose speaker made a statement in the sentence before is said on that statement's day; but a day after
the publication dates what was said, not the saying, which the article reports done ("Pike said the council would
debate the plan on March 20. ``This is a dark day,'' Pike said." was not said on March 20): the quotation is then the
article's news of its publication day (`news.NewsWalk._quotation`). Invented articles."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.news_helpers import body_news

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday
ARTICLE = ("Mill closure row\nMarch 11, 2026\n\nThe owners of the Carrow paper mill have confirmed it will close.\n\n"
           "{}\n")


@pytest.mark.parametrize("statement, quotation, said_on", [
    # a day ahead dates what was said: the quotation is the publication day's
    ("Councillor Ann Pike said the council would debate the plan on March 20.",
     '"This is a dark day for the town," Pike said.', PUBLISHED),
    ("Union leader Omar Diaz said workers would walk out on Friday.", '"We will not go quietly," Diaz said.',
     PUBLISHED),
    # guard: the statement's own day, before the publication, is the saying's
    ("Union leader Omar Diaz said on Monday that workers would strike.", '"We will not go quietly," Diaz said.',
     dt.date(2026, 3, 9)),
])
def test_a_quotation_after_a_statement_of_a_day_ahead_is_said_at_publication(statement: str, quotation: str,
                                                                              said_on: dt.date) -> None:
    items = body_news(quotation, ARTICLE.format(statement + " {}"))
    assert [(i.candidate.first, i.candidate.last) for i in items] == [(said_on, said_on)]
