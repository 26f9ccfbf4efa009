"""He/she fallbacks used only when the narrow rules of `extraction._resolve_pronoun` find nobody:
- Mr/Mrs/Ms/Dr written without the full stop (British style, "since Mr Eaves died") mark a person as the dotted
  forms do (`extraction._PERSON_TITLES`);
- a he/she after a sentence (or the start of its own chain of he/she sentences, `extraction._GIVEN_NAME_REACH`)
  whose subject is a bare given name the article gives in full for one person ("Dennis" after "Dennis Edgerley")
  takes that person in full (`extraction._given_name_along`).
- a "they" after a clause whose subject is bare plural noun phrases joined by "and" ("More than 20 rescuers and 100
  miners rushed ...") takes them all (`extraction._coordinated_plurals`), the verb as the title has it.
Otherwise the pronoun stays: two people named, a quotation between, a given name of two people, another plural
noun that competes."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title


def _in_report(body: str, date: str) -> str:
    return article_title("Report on the week\n\nMay 8, 2014\n\n" + body + "\n", date)


@pytest.mark.parametrize("body, date, title", [
    ("The flag at the town hall has been flying at half mast since Mr Varga died last weekend.\n\n"
     "He led the council from 2010 until stepping down in 2014.", "2010",
     "Mr Varga leads the council until stepping down in 2014"),
    ("The library has been closed since Mrs Okafor retired last month.\n\nShe ran it from 1998 until 2013.", "1998",
     "Mrs Okafor runs it"),
    # (unchanged: two people named before, either may be the pronoun's)
    ("The flag has been flying at half mast since Mr Varga and Mr Lukacs died last weekend.\n\n"
     "He led the council from 2010 until stepping down in 2014.", "2010",
     "He leads the council until stepping down in 2014"),
])
def test_an_undotted_title_names_a_person(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("Mourners gathered for the funeral of Tomas Halvorsen, who has died aged 72.\n\n"
     "First elected in 1973, Tomas was a founder member of Brindlecombe Council.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.", "2001-2002", "Tomas Halvorsen was Mayor"),
    ("Mourners gathered for the funeral of Tomas Halvorsen, who has died aged 72.\n\n"
     "First elected in 1973, Tomas was a founder member of Brindlecombe Council.\n\n"
     "He had a long gap before standing again in 1978.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.", "2001-2002", "Tomas Halvorsen was Mayor"),
    # (unchanged: the given name is two people's; a quotation between)
    ("Tomas Halvorsen and Tomas Brekke were friends.\n\n"
     "First elected in 1973, Tomas was a founder member of Brindlecombe Council.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.", "2001-2002", "He was Mayor"),
    ("Mourners gathered for the funeral of Tomas Halvorsen, who has died aged 72.\n\n"
     "First elected in 1973, Tomas was a founder member of Brindlecombe Council.\n\n"
     "\u201cWe will all miss him,\u201d a colleague said.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.", "2001-2002", "He was Mayor"),
])
def test_a_given_name_subject_is_the_person_given_in_full(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("More than 20 rescuers and 100 miners rushed to the scene. They drilled through the tunnel on Friday, "
     "the agency said.", "Friday", "More than 20 rescuers and 100 miners drill through the tunnel"),
    ("Forty farmers and 30 fishermen gathered at the harbour. They blocked the road on Friday.", "Friday",
     "Forty farmers and 30 fishermen block the road"),
    # (unchanged: another plural noun after the subject may be the pronoun's; a singular joined before)
    ("More than 20 rescuers and 100 miners rushed to the scene with ropes. They drilled through the tunnel on "
     "Friday.", "Friday", "They drill through the tunnel"),
    ("A doctor and 100 miners rushed to the scene. They drilled through the tunnel on Friday.", "Friday",
     "They drill through the tunnel"),
])
def test_they_takes_plural_phrases_joined_as_the_subject_before(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title
