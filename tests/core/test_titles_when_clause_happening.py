"""A clause that says no more than that its subject happened ("The turning point came in 1990", "Tragedy struck
on Monday": a verb of occurrence, a singular common noun or "it" for subject, nothing but the date after the verb)
is titled by the "when" clause right after its date, which tells what happened then
(`extraction._when_clause_told`; was "The turning point comes"). A clause that tells its own happening keeps it.
Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The town's fame came in 1868, when a meteorite landed in its main square.", "1868",
     "A meteorite lands in its main square"),
    ("Its big break came in 1921, when a fire destroyed the old mill.", "1921", "A fire destroys the old mill"),
    ("The turning point came in 1990 when the rebels seized the capital.", "1990", "The rebels seize the capital"),
    ("Tragedy struck on Monday, when a bridge collapsed in the city.", "Monday", "A bridge collapses in the city"),
    ("It happened on Monday, when a bridge collapsed in the city.", "Monday", "A bridge collapses in the city"),
    # guards: a clause of its own happening, a plural subject, an object after the verb
    ("The war ended in 1945, when Japan surrendered.", "1945", "The war ends"),
    ("The settlers came in 1868, when gold was found.", "1868", "The settlers come"),
    ("The storm struck the coast on Monday, when a bridge collapsed.", "Monday", "The storm strikes the coast"),
    # guards: a subject that names the happening, a "when" clause that tells a state (review 25b item 4)
    ("The earthquake struck in 1999, when most residents were asleep.", "1999", "The earthquake strikes"),
    ("The attack came in 2015, when the city was celebrating the new year.", "2015", "The attack comes"),
    ("The explosion happened in 1987, when the plant had closed for the night.", "1987",
     "The explosion happens"),
    ("Its big break came in 1921, when the mill was empty.", "1921", "Its big break comes"),
])
def test_a_when_clause_after_a_bare_happening_titles_the_date(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
