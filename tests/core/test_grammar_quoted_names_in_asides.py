"""A quoted name or title of a work inside a parenthetical between commas ("Paxton, best known for roles in
“Aliens” and “Twister,” has died", realnews23 11) stopped the subject walk at its quotation marks, as if a speaker's
words began there: the lead had no main clause and made no event, and its caption's relative clause ("who played an
astronaut") titled the death. A mark opened and closed inside the parenthetical is a name's, and a closing mark after
the comma (American style: `“Twister,”`) closes the parenthetical as the comma does. A mark that opens or closes a
speaker's words still ends the walk (the guards)."""
from __future__ import annotations

import pytest

from tests.core.grammar_helpers import main_subject_and_verb


@pytest.mark.parametrize("sentence, subject, verb", [
    # must change: a quoted name inside the parenthetical, the comma inside or outside its closing mark
    ("Actor Bill Paxton, best known for roles in the classics “Aliens” and “The Predator,” has died at age 61.",
     "Actor Bill Paxton", "has died"),
    ("Actor Bill Paxton, best known for roles in the classics “Aliens” and “The Predator”, has died at age 61.",
     "Actor Bill Paxton", "has died"),
    ('The singer, known for the hit "Blue Moon," has died at 80.', "The singer", "has died"),
    ("The film, ``Oppenheimer,'' won seven awards on Sunday.", "The film", "won"),
    ("The film, “Oppenheimer,” won seven awards on Sunday.", "The film", "won"),
    # guards: no quotation, and a speaker's words whose marks are not paired inside the parenthetical
    ("The singer, known for the hit Blue Moon, has died at 80.", "The singer", "has died"),
    ('"If it rains, we will stay," said the minister.', None, None),
    ("“If it rains, we will stay,” said the minister.", None, None),
    # an apostrophe inside the parenthetical never was a break
    ("Libya, which brought the case to the United Nations' highest court, hailed the ruling.", "Libya", "hailed"),
])
def test_a_quoted_name_inside_a_parenthetical_keeps_the_subject(sentence: str, subject: str | None,
                                                                 verb: str | None) -> None:
    assert main_subject_and_verb(sentence) == (subject, verb)
