"""Titles (task s15, quotes): a short quotation that closes inside its clause (a quoted noun phrase or a few
quoted words before the clause goes on) is part of the clause, not the end of the title; a quotation that runs
past the clause, ends in its own comma or full stop, or is followed by another predicate still ends it.
Every sentence is invented; each row fails without the change unless marked as a guard."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title
from timeline_app.core import grammar


_title = sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    # A quoted noun phrase as the complement's subject, after "that" and with none.
    ('On Monday, the mayor admitted that "a handful of streets" were still flooded.', "On Monday",
     'The mayor admits that "a handful of streets" were still flooded'),
    ('On Monday, the mayor said "a handful of streets" were still flooded.', "On Monday",
     'The mayor says "a handful of streets" were still flooded'),
    # A quoted word inside the complement's subject, in typographic marks.
    ("On Monday, the mayor warned that “dangerous” levels of lead were found in the water.", "On Monday",
     "The mayor warns that “dangerous” levels of lead were found in the water"),
    # Guard: TeX-style marks (the tokenizer splits "``" into two "`", no clause break) were kept before too.
    ("On Monday, the council said that ``the old bridge'' would close in spring.", "On Monday",
     "The council says that ``the old bridge'' would close in spring"),
    # Guard: a quoted object that ends the clause stays the title's end, as before.
    ('The mayor on Monday called the plan "a disaster" and resigned.', "on Monday",
     'The mayor calls the plan "a disaster"'),
])
def test_a_short_quotation_inside_the_clause_is_part_of_the_title(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # Guards: a quotation that runs past the clause (long, or closing on its own comma or full stop) or is
    # followed by another predicate still cuts the clause where it opens; the frame left alone then takes the
    # quotation it reports after it, in quotation marks (s16, `test_titles_s16`), cut to length.
    ('On Friday, the council said that "the bridge will close in spring and reopen only when the repairs are '
     'done and paid for," officials added.', "On Friday",
     'The council says "the bridge will close in spring and reopen only when…'),
    ('On Friday, the council said that "the bridge will close," and left.', "On Friday",
     'The council says "the bridge will close"'),
    ('On Monday, the mayor said that "we will rebuild" and thanked the crews.', "On Monday",
     'The mayor says "we will rebuild"'),
])
def test_a_quotation_that_runs_past_the_clause_still_ends_it(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


def test_the_quoted_phrase_joins_the_that_clause_in_headline_clause() -> None:
    sentence = 'Jones conceded that "a very small share of buyers" had returned the widget, but defended it.'
    start = sentence.index("conceded")
    title = grammar.headline_clause(sentence, start, start + len("conceded"), names=frozenset({"Jones"}))
    assert title == 'Jones concedes that "a very small share of buyers" had returned the widget'
