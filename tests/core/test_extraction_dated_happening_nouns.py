"""A date inside a noun phrase, between its determiner and a noun that names a happening ("charged in the Dec. 21,
1988, bombing of a jet"), is that happening's date, an event of its own titled by the noun phrase, not the clause
verb's (`extraction._Reading.happening_noun_phrase`). A subject's ("The March 2 floods killed nine") is told by its
verb; a gathering ("at a May 3 news conference") is where the clause's act took place; a noun that names no
happening ("the Jan. 14 deadline") says which thing. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions

HEADER = "Court news\nMarch 20, 2025\n\n"


def _dated(sentence: str) -> list[tuple[str, dt.date | None, str]]:
    doc = document_from_text(HEADER + sentence + "\n", id="a")
    return [(c.mention.text, c.first, c.title) for c in extract_mentions(doc)]


@pytest.mark.parametrize("sentence, phrase, first, title", [
    ("Two brothers were charged in the Dec. 21, 1988, bombing of a ferry.", "Dec. 21, 1988",
     dt.date(1988, 12, 21), "The bombing of a ferry"),
    ("Prosecutors said the driver took part in the Oct. 4 raid on a jewellery store.", "Oct. 4",
     dt.date(2024, 10, 4), "The raid on a jewellery store"),
    ("The rebels broke the Feb. 9 treaty signed by both commanders.", "Feb. 9", dt.date(2025, 2, 9),
     "The treaty signed by both commanders"),
    ("Police questioned a neighbour about the January 2019 shooting of a guard at a bank in Leeds.",
     "January 2019", dt.date(2019, 1, 1), "The shooting of a guard at a bank"),  # (two phrases at most)
    # (a title of the bare noun keeps the date: it is what tells this agreement or election from others)
    ("The firm bought the shares under an Aug. 10 merger agreement.", "Aug. 10", dt.date(2024, 8, 10),
     "The Aug. 10 merger agreement"),
    ("Turnout fell sharply in the Nov. 5 runoff election.", "Nov. 5", dt.date(2024, 11, 5),
     "The Nov. 5 runoff election"),
    # (any determiner the phrase's tagger reads as one: "another", "any", "no", "some", "both", "all")
    ("The envoy blamed both sides for another Oct. 2 shelling of the port.", "Oct. 2", dt.date(2024, 10, 2),
     "Another shelling of the port"),
])
def test_a_date_inside_a_happenings_noun_phrase_is_that_happenings(sentence: str, phrase: str, first: dt.date,
                                                                    title: str) -> None:
    assert _dated(sentence) == [(phrase, first, title)]


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The March 2 floods killed nine people.", "March 2", "The March 2 floods killed nine people"),
    ("At a Feb. 3 news conference, the minister said the plan would go ahead.", "Feb. 3",
     "The minister says the plan would go ahead"),
    ("The Jan. 14 deadline passed without a deal.", "Jan. 14", "The Jan. 14 deadline passed without a deal"),
])
def test_the_clause_keeps_a_date_its_verb_tells_of(sentence: str, phrase: str, title: str) -> None:
    assert [(text, t) for text, _, t in _dated(sentence)] == [(phrase, title)]


@pytest.mark.parametrize("sentence, act, title, phrase, first", [
    ("The council postponed the Oct. 14 referendum on the bridge.", "postponed",
     "The council postpones the Oct. 14 referendum on the bridge", "Oct. 14", dt.date(2024, 10, 14)),
    ("The union delayed its May 6 strike at the docks.", "delayed", "The union delays its May 6 strike at the docks",
     "May 6", dt.date(2025, 5, 6)),
])
def test_moving_a_dated_happening_is_the_days_news(sentence: str, act: str, title: str, phrase: str,
                                                   first: dt.date) -> None:
    """The happening keeps its date; the moving or calling off, which that date does not date, is reported by
    the article on its publication day."""
    dated = {text: (day, t) for text, day, t in _dated(sentence)}
    assert set(dated) == {act, phrase}
    assert dated[act] == (dt.date(2025, 3, 20), title)
    assert dated[phrase][0] == first
