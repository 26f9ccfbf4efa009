"""`grammar.given_names`: family name → the one given name a text writes before it, public (coref and extraction
read it)."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar


@pytest.mark.parametrize("text, family, given", [
    ("Steve Jobs founded the firm. Jobs left in 1985.", "Jobs", "Steve"),
    ("James Charles Kopp was charged. Kopp denied it.", "Kopp", "James Charles"),
    ("Fidel Castro spoke. Juanita Castro left. Castro was ill.", "Castro", None),
    ("When Jobs left, sales fell. Yesterday Jobs spoke.", "Jobs", None),
])
def test_the_given_name_written_before_a_family_name(text: str, family: str, given: str | None) -> None:
    assert grammar.given_names(text).get(family) == given
