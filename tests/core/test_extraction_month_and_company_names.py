"""Names that look like other words (`extraction.actors_in`): a month that is a family name ("Theresa May", "Mrs
May", a headline's "Tearful May announces ..."), and a company whose name ends like a common word and opens its
sentence ("Boeing raised its forecast"). A month that dates ("in May", "May 24", "Friday, May 24") and a common word
opening a sentence ("Sales rose") stay no names."""
from __future__ import annotations

import pytest

from timeline_app.core.extraction import actors_in


@pytest.mark.parametrize("sentence, names", [
    # a month after a given name or a title, or a headline's subject before a person's present verb
    ("Karin May has announced she will resign as premier on June 7.", {"Karin", "May"}),
    ("Mrs May gathered the press for an announcement at 9.30am.", {"May"}),
    ("Mr Tor March said he would go.", {"Tor", "March"}),
    ("Tearful May announces she will step down", {"May", "Tearful"}),
    # a company's name that opens its sentence: no word of the dictionary, or a name to the lexicon
    ("Boeing raised its 2011 earnings per share forecast.", {"Boeing"}),
    ("Norling reported on July 27 that profit rose 20%.", {"Norling"}),
    ("Norling raised its forecast.", {"Norling"}),
    ("Oops.", set()),  # no word of the dictionary, but no subject of a verb either
    # negatives: the month dates, or the opening word is a common word
    ("The council met in May to discuss the bridge.", set()),
    ("Prices rose on Friday, May 24, the agency said.", set()),
    ("Tomas Berg said on May 24 that he would appeal.", {"Tomas", "Berg"}),
    ("May is the wettest month in Granby.", {"Granby"}),
    ("Halvik May sales fell 5%.", {"Halvik"}),
    ("In May announces nothing.", set()),
    ("Sales rose 5% in the quarter.", set()),
    ("Trading was halted at noon.", set()),
])
def test_month_and_company_names(sentence: str, names: set[str]) -> None:
    assert actors_in(sentence) == names
