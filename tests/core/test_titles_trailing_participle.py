"""A date inside a present participle's phrase that trails its clause after a comma ("Berg served 24 years as mayor,
retiring on Dec. 31, 2015") is the participle's act's, done by the clause's subject: the title is that subject and
the participle made its finite present, with its words up to the date ("Berg retires"), not the main clause's act
(`extraction._trailing_participle_title`). Kept as before: a participle that works as a preposition ("including",
"following"), a saying's (titled with what it says), a state's or a relation's ("representing a 24% premium",
"bringing the total to 17"), a possessive date ("over Thursday's closing price"), a date before the participle, a
participle with another verb or a comma between it and the date."""
from __future__ import annotations

import re

import pytest

from timeline_app.core import extraction
from tests.core.title_helpers import article_title


def _in_report(body: str, date: str) -> str:
    return article_title("Report on the week\n\nMay 8, 2016\n\n" + body + "\n", date)


@pytest.mark.parametrize("body, date, title", [
    ("Ada Berg was first elected in 1992 and served 24 years as mayor, retiring on Dec. 31, 2015.", "Dec. 31, 2015",
     "Ada Berg retires"),
    ("Berg left the club in 2010, joining Orlen Rovers in 2011.", "2011", "Berg joins Orlen Rovers"),
    ("The rebels fought the army for three years, declaring victory on Jan. 1, 1959.", "Jan. 1, 1959",
     "The rebels declare victory"),
    ("The two sisters sold the farm, moving to Calvo in 2011.", "2011", "The two sisters move to Calvo"),
    ("Its stock has slumped recently, closing unchanged Friday at $29 a share.", "Friday",
     "Its stock closes unchanged"),
])
def test_a_trailing_participle_s_date_titles_its_act(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("sentence, date", [
    ("The team won six titles, including the cup in 2011.", "2011"),  # (a preposition's)
    ("The minister sought calm, saying on Friday that talks would go on.", "Friday"),  # (a saying's)
    ("The notes are convertible at $25, representing a premium over Thursday's closing price.", "Thursday"),
    ("Sales rose 5 percent, bringing the total to $9 million in 2015.", "2015"),  # (a relation)
    ("Berg joined the club in 2010, leaving it a year later.", "2010"),  # (the date before the participle)
    ("Berg left the club, saying he was tired, in 2011.", "2011"),  # (a comma between)
    ("Coming home in 2011, Berg sold the farm.", "2011"),  # (no clause before it)
    # (a subject the grammar read into an opening phrase with a date)
    ("In the late 1980's Apple Computer added audio recording, prompting a suit in 1989.", "1989"),
    # (a list's dates in the participle's phrase: each titled by its own part, as before)
    ("Rovers won the cup twice, beating Northport in 1994 and Westbrook in 1998.", "1998"),
])
def test_other_shapes_keep_their_title(sentence: str, date: str) -> None:
    start = sentence.index(date)
    others = [(m.start(), m.end()) for m in re.finditer(r"\b(?:19|20)\d\d\b", sentence)]
    assert extraction._trailing_participle_title(sentence, start, start + len(date), others) is None
