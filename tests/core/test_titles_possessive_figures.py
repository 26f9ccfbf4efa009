"""A possessive that opens a sentence of figures ("Its net loss was $104 million") takes the company the sentence
before names; a bare figure's sentence between ("Revenue rose 5% …"), whose owner is unsaid, is the same owner's
and is read past (`extraction._bare_figure_subject`). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import dated_titles

_ARTICLE = "Title\n\nBy Staff\n\n1 March 2024\n\n{}\n"


@pytest.mark.parametrize("text, phrase, title", [
    ("Acme Corp. reported results on Tuesday. Revenue rose 5% to $742 million in 2025. Its net loss was $38 "
     "million, compared with $104 million a year earlier.", "a year earlier", "Acme Corp.'s net loss was $104 million"),
    ("Acme Corp. reported results on Tuesday. Net sales fell 5% to $742 million in 2025. Its net loss narrowed to "
     "$38 million in 2025 from $104 million in 2024.", "2024", "Acme Corp.'s net loss was $104 million"),
    # as before: the sentence before names the owner itself
    ("Acme Corp. reported results on Tuesday. Its net loss was $38 million, compared with $104 million a year "
     "earlier.", "a year earlier", "Acme Corp.'s net loss was $104 million"),
    # guard: a sentence between that is no bare figure's is the possessive's sentence before, as ever
    ("Acme Corp. reported results on Tuesday. The company closed a plant in 2025. Its net loss was $38 million, "
     "compared with $104 million a year earlier.", "a year earlier", "The company's net loss was $104 million"),
])
def test_a_possessive_figure_takes_the_company_past_a_bare_figure(text: str, phrase: str, title: str) -> None:
    assert dated_titles(_ARTICLE, text)[phrase] == title
