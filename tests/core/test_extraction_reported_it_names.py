"""'X said it ...': the "it" after a reporting verb stands for the speaker X when X is an organisation's name, also
when a date stands between the verb and the "it" ("said on Monday it would ..."), when the name's last word is
plural ("Vantor Motors", "The United Mine Workers": a body "it" stands for) and when the tagger reads a capitalised
word inside it as a common noun ("The United Auto Workers"). A bare plural ("Democrats said it was a mistake") is
no such name. Invented articles."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title


def _article(sentence: str) -> str:
    return "Plant news\n\nMarch 4, 2026\n\n" + sentence + "\n"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Boreal Steel said on Monday it would shut its Hamilton mill by 2028 and cut 900 jobs.", "2028",
     "Boreal Steel would shut its Hamilton mill and cut 900 jobs"),
    ("Vantor Motors said it would recall 80,000 cars in May.", "May", "Vantor Motors would recall 80,000 cars"),
    ("The United Mine Workers said it had not been consulted until late Friday.", "late Friday",
     "The United Mine Workers had not been consulted"),
    ("The United Nations said it would send inspectors in March.", "March", "The United Nations would send inspectors"),
    ("The National Grain Growers said it would appeal the ruling in June.", "June",
     "The National Grain Growers would appeal the ruling"),
    # guards: a bare plural, and another name between the speaker and "it"
    ("Democrats said it was a mistake to vote in May.", "May", "Democrats say it was a mistake to vote"),
    ("Boreal Steel told Toyota on Monday it would shut its Hamilton mill by 2028.", "2028",
     "It would shut its Hamilton mill"),
])
def test_a_reported_it_takes_the_speakers_name(sentence: str, phrase: str, title: str) -> None:
    assert article_title(_article(sentence), phrase) == title
