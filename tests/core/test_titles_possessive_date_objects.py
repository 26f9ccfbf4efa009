"""A possessive date inside a verb's object keeps the object in the title: after the verb's own preposition ("get
around Wednesday's ruling", "voted against Friday's bill": `extraction._possessed_noun_end` leaves the noun, was
"They would look for ways to get by the court") and as the object itself ("rejected Tuesday's offer": the date's
possessive mark keeps the date in its noun phrase in `grammar.headline_clause`, was "Unions reject offer"). A time
preposition's phrase still goes whole (test_titles_possessive_date_phrase). Invented sentences; the date phrase as
the tagger reads it, with its "'s"."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The family said they would look for ways to get around Wednesday's ruling by the court.", "Wednesday's",
     "They would look for ways to get around Wednesday's ruling by the court"),
    ("The senator voted against Friday's bill.", "Friday's", "The senator votes against Friday's bill"),
    ("Unions rejected Tuesday's offer from the board.", "Tuesday's", "Unions reject Tuesday's offer from the board"),
    ("The governor vowed to challenge Monday's decision by the court.", "Monday's",
     "The governor vows to challenge Monday's decision by the court"),
    # "of" and "by" after a verb are its own prepositions, no time's (review 25b item 10)
    ("Forecasters warned of Sunday's storm.", "Sunday's", "Forecasters warn of Sunday's storm"),
    ("The town was shaken by Friday's blast.", "Friday's", "The town was shaken by Friday's blast"),
    # guards: a time preposition's or an adverbial's phrase goes with its noun, as before
    ("Voters gave their verdict in Sunday's poll.", "Sunday's", "Voters give their verdict"),
    ("Police arrested two men after Friday's attack.", "Friday's", "Police arrest two men"),
])
def test_a_possessive_date_in_an_object_keeps_the_object(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
