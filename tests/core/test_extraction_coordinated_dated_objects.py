"""Two objects of one verb coordinated, each with a date of its own after its preposition ("served as treasurer
from 1975 to 1979 and chairwoman from 1979 to 1983"), tell two happenings: each gets its own title, the verb and
what stands before it with its own object ("Edith Crane serves as chairwoman"), not the other's object or date
(`extraction._dated_object_start`); a range's title is ended by the sentence's other dates as a single date's is
(so far a range's title was made as if its sentence had no other date: "... treasurer and chairwoman from 1979 to
1983"). Clauses with a verb of their own are split as before. Invented sentences and article
(fixtures/dated_objects/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.extraction import title_from_sentence
from timeline_app.core.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "dated_objects"


def _titles(sentence: str, dates: list[str]) -> list[str]:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return [title_from_sentence(sentence, a, b, [o for o in spans if o != (a, b)]) for a, b in spans]


@pytest.mark.parametrize("sentence, dates, titles", [
    ("Smith served as treasurer in 1990 and chairman in 1994.", ["1990", "1994"],
     ["Smith serves as treasurer", "Smith serves as chairman"]),
    ("Ruth Hale, who was born in Leeds, served as a judge from 1970 and the court's president from 1981.",
     ["1970", "1981"], ["Ruth Hale serves as a judge", "Ruth Hale serves as the court's president"]),
    # (negatives, as before: a verb of its own after "and", or coordinated subjects' verb)
    ("The plant opened in 1990 and closed in 2005.", ["1990", "2005"], ["The plant opens", "The plant closes"]),
    ("The ship was built in 1950 and sold in 1972.", ["1950", "1972"], ["The ship was built", "The ship was sold"]),
])
def test_each_dated_object_gets_its_own_title(sentence: str, dates: list[str], titles: list[str]) -> None:
    assert _titles(sentence, dates) == titles


@pytest.fixture(scope="module")
def events() -> dict[tuple[str, str], str]:
    timeline = build_timeline([FIXTURES / "former_chair.txt"], cache=False)
    return {(e.first.isoformat(), e.last.isoformat()): e.title for e in timeline.events}


@pytest.mark.parametrize("start, end, title", [
    ("1975-01-01", "1979-12-31", "Edith Crane serves as treasurer"),
    ("1979-01-01", "1983-12-31", "Edith Crane serves as chairwoman"),
    ("1960-01-01", "1960-12-31", "Edith Crane works as a teacher"),
    ("1971-01-01", "1971-12-31", "Edith Crane works as a magistrate"),
    ("1990-01-01", "1990-12-31", "The library opens"),
    ("2005-01-01", "2005-12-31", "The library closes"),
])
def test_an_article_s_coordinated_terms_are_two_events(events: dict[tuple[str, str], str], start: str, end: str,
                                                       title: str) -> None:
    assert events.get((start, end)) == title
