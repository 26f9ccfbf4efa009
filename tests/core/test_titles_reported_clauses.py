"""A saying or directing verb's "that" clause is what the title says: read past the date's own commas ("said on
Monday, May 2, that ..."), a comma between the clause's subject and its verb, the clause's own setting clause
("that while ..., the police ...") and a relative aside ("that the bridge, which ..., will close"); and a wire
service's slug ("UPDATE 3-", "CORRECTED-") is no word of a headline's title. Invented sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.title_helpers import article_title
from timeline_app.core import grammar
from timeline_app.core.pipeline import build_timeline

_FIXTURES = Path(__file__).parent / "fixtures"

_HEAD = "A headline of the story\nMarch 3, 2025\n\nA quiet street in the town. "


def _title(sentence: str, phrase: str) -> str:
    return article_title(_HEAD + sentence + "\n", phrase)


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The bakery said on Monday, March 2, that sales rose.", "Monday", "The bakery says that sales rose"),
    ("The union announced on Friday, Feb. 28, that its members would strike.", "Friday",
     "The union announces that its members would strike"),
])
def test_a_that_clause_after_the_dates_commas_is_what_was_said(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


def _verb_title(sentence: str) -> str | None:
    """The headline clause of the sentence's first verb group (as the news day's event of a verb is titled)."""
    a = grammar.analyse_sentence(sentence)
    group = a.groups[0]
    return grammar.headline_clause(sentence, a.tokens[group.first].start, a.tokens[group.last].end)


@pytest.mark.parametrize("sentence, title", [
    # a comma between the clause's subject and its verb
    ("The tribunal has ordered that tenants in the older blocks on the estate, must be rehoused by the council.",
     "The tribunal has ordered that tenants in the older blocks on the estate must be rehoused by the council"),
    # the clause's own setting clause
    ("The charity has argued that although the law has changed, the ministry is still ignoring families.",
     "The charity has argued that the ministry is still ignoring families"),
    # a relative aside with its own verb
    ("The board has decided that the old pier, which was built by fishermen, will be closed.",
     "The board has decided that the old pier will be closed"),
])
def test_a_directing_verbs_that_clause_reads_past_its_commas(sentence: str, title: str) -> None:
    assert _verb_title(sentence) == title


@pytest.mark.parametrize("headline, title", [
    ("UPDATE 2-Acme profit tops forecasts, stock climbs", "Acme profit tops forecasts, stock climbs"),
    ("WRAPUP 4-Floods close schools across the region", "Floods close schools across the region"),
    ("CORRECTED-Lender raises its rates again", "Lender raises its rates again"),
    ("EXCLUSIVE-Carmaker weighs sale of its truck unit", "Carmaker weighs sale of its truck unit"),
    # not a slug: two names joined, a name with a number
    ("NATO-Russia council meets in Brussels", "NATO-Russia council meets in Brussels"),
    ("COVID-19 cases rise in the city", "COVID-19 cases rise in the city"),
    ("Mid-March storms hit the coast", "Mid-March storms hit the coast"),
])
def test_a_wire_slug_leaves_the_headline(headline: str, title: str) -> None:
    assert grammar.without_wire_slug(headline) == title


def test_a_wire_headlines_event_has_no_slug() -> None:
    events = build_timeline([_FIXTURES / "wire_slug"], cache=False).events
    titles = [e.title for e in events]
    assert titles and not any(t.startswith("UPDATE") for t in titles), titles


# "which" tells of no person: after a person's full name that is an agent's or a preposition's object, the noun
# phrase the person's phrase modifies is the relative clause's subject.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("The mayor faces a recall petition started by the activist Tom Hale, which will be heard on Friday.", "Friday",
     "A recall petition will be heard"),
    ("The council rejected a plan drawn up by Anna Kovac, which was published on Monday.", "Monday",
     "A plan was published"),
    ("Ministers face a motion of censure brought by the opposition leader Maria Lopez, which will be debated on "
     "Tuesday.", "Tuesday", "A motion of censure will be debated"),
    # not past a thing's name: the company is what "which" tells of
    ("The deal was backed by Harlow Foods, which was founded in 1920.", "1920", "Harlow Foods was founded"),
])
def test_which_after_a_persons_name_tells_of_the_thing(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a place's or a company's name is no person's; a person's name that is no agent's keeps "which" on it
    ("Voters want a new council for Northern Ireland, which has been run by ministers since 1999.", "1999",
     "Northern Ireland has been run by ministers"),
    ("Investors raised their stakes in Navigation Mixte, which was listed in 1985.", "1985",
     "Navigation Mixte was listed"),
])
def test_which_after_a_name_that_is_no_agents_person_stays(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title


# A verb that ties two happenings, each dated in its own noun phrase: the object's date titles the object.
@pytest.mark.parametrize("sentence, phrase, title", [
    ("His win this afternoon follows a painful defeat last month.", "last month", "Painful defeat"),
    ("His win this afternoon follows a painful defeat last month.", "this afternoon", "His win follows a painful defeat"),
    ("The rescue on Sunday came after a failed attempt in 2019.", "2019", "Failed attempt"),
    # one date only: the verb's own
    ("The company follows a strict policy since 2019.", "2019", "The company follows a strict policy"),
    # the subject's other dates in an aside or another predicate: the date is the verb's
    ("Harlow, founded in 1952 as a dairy, grew fast in the 1990s and opened its first shop in 2001.", "2001",
     "Harlow opens its first shop"),
    ("The bakery, opened in 1990, follows a family recipe since 2001.", "2001", "The bakery follows a family recipe"),
    # a measure after the verb, its date a comparison's: no second happening
    ("Revenue in the second quarter rose 8% from a year earlier.", "the second quarter",
     "Revenue rises 8% from a year earlier"),
])
def test_a_verb_tying_two_dated_happenings_titles_each_by_its_phrase(sentence: str, phrase: str, title: str) -> None:
    assert _title(sentence, phrase) == title
