"""Pronoun subjects a title reaches past something that used to stop it (`extraction._resolve_pronoun`):
- a he/she inside the sentence takes the person named before it past a run of capitals that names a thing by its
  shape ("joined Manchester United") or a determiner before it ("the Ford Motor Co.": `extraction._named_thing`),
  not past another person;
- an "it" that opens the clause an expletive "it" frames ("It is likely that it will close") is read as that
  clause's subject (`extraction._after_expletive_frame`), the frame's own "it" still standing for nothing;
- an "it"/"they" after a sentence whose first verb tells a clause ("Police said the company had …") takes the
  told clause's subject when the speaker is not of its sort, or when the pronoun's verb is the told one again
  (`extraction._told_subject`), also past a plural noun phrase of its own sentence it cannot be ("The two craters
  it photographed …");
- a "they" takes a plural common noun the tagger reads as a name for its capital ("Police searched …");
- a he/she after a sentence whose subject is a definite description of a person ("The 26-year-old", "the
  midfielder" after "Kessan midfielder Tomas Rell") and whose one named person stands in a preposition's phrase
  ("was replaced with Jonas Brekke") takes the subject's person along the chain before, not the substitute
  (`extraction._described_person_subject`); a thing's subject ("The ball was passed to ...") or a description the
  page gives nobody ("The striker") leaves the named one, as before.
Otherwise the pronoun stays: vague is better than wrong."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title


def _in_report(body: str, date: str) -> str:
    return article_title("Report on the week\n\nMay 8, 2014\n\n" + body + "\n", date)


@pytest.mark.parametrize("body, date, title", [
    ("Dario Kresnik joined Manchester United, and he scored twice on Saturday.", "Saturday",
     "Dario Kresnik scores twice"),
    ("The court heard that Lena Wojcik had left the Ford Motor Co. before she joined the board in 2011.", "2011",
     "Lena Wojcik joins the board"),
    ("The coach praised Dario Kresnik, who left Hollin United after he scored twice on Saturday.", "Saturday",
     "Dario Kresnik scores twice"),
    ("On Monday the team picked Dario Kresnik over Hollin Rovers because he scored twice on Saturday.", "Saturday",
     "Dario Kresnik scores twice"),
    # (unchanged: another person named between may be the pronoun's; a run the document gives a person)
    ("Tom Kowalski played with Dario Kresnik at Royal Melbourne, where he tied for third in 2015.", "2015",
     "He ties for third"),
])
def test_a_he_or_she_takes_the_person_past_a_things_name(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("The mill employs 300 people. It is likely that it will close in March.", "March", "The mill will close"),
    ("The Hollin Library opened in 1990. It is said that it held 400 books in 2024.", "2024",
     "The Hollin Library holds 400 books"),
    # (unchanged: the clause's "it" is not its subject, or nothing before is of its sort)
    ("Akagi was criticised. Later, it was found that Akagi booked costs for a group even after it moved in 1996.",
     "1996", "It moved in 1996"),
    ("It is likely that it will close in March.", "March", "It will close"),
])
def test_an_it_framed_by_an_expletive_it_is_the_told_clauses(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("Police said the company had dumped waste in the river. It was fined on Monday.", "Monday",
     "The company was fined"),
    ("Officials said the Acme Corporation had broken safety rules. It was fined $2 million on Monday.", "Monday",
     "The Acme Corporation was fined $2 million"),
    ("Tom Kowalski said the bakery had run out of flour. It closed on Monday.", "Monday", "The bakery closes"),
    ("NASA has announced that TESS has discovered a third planet. It discovered the first on Monday.", "Monday",
     "TESS discovers the first"),
    # (a parenthesis after the told subject is its gloss; an "it" after a plural noun phrase it is not, in a
    # clause of its own, is still the sentence's subject)
    ("NASA has announced that TESS (Transiting Exoplanet Survey Satellite) has discovered a third planet. "
     "The other two planets it discovered on Monday are small.", "Monday", "TESS discovers the other two planets"),
    ("The probe reached the moon in March. The two craters it photographed on Monday are deep.", "Monday",
     "The probe photographs the two craters"),
    # (unchanged: a singular noun before the "it" may be its)
    ("The probe reached the moon in March. The crater it photographed on Monday is deep.", "Monday",
     "It photographs the crater"),
    # (unchanged: a speaker of the pronoun's sort, and another verb)
    ("The company said the plant was unsafe. It cut 40 jobs on Monday.", "Monday", "The company cuts 40 jobs"),
])
def test_an_it_takes_a_told_clauses_subject(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("Police searched the house on Sunday. They found a gun on Monday.", "Monday", "Police found a gun"),
    ("Organisers cancelled the race at noon. They apologised on Monday.", "Monday", "Organisers apologised on Monday"),
    # (unchanged: another plural noun in the clause may be the pronoun's)
    ("Police arrested two men in Leeds. They appeared in court on Monday.", "Monday", "They appear in court"),
])
def test_a_they_takes_a_capitalised_plural_noun(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


_MATCH = ("Kessan midfielder Tomas Rell netted twice for Orlen City in their 3-1 victory against Velden Rovers on "
          "Friday.\n\nRell opened the scoring with a low shot after ten minutes.\n\n")


@pytest.mark.parametrize("before, title", [
    ("The 26-year-old was replaced with Jonas Brekke in the 80th minute.", "Tomas Rell joins the club"),
    ("The midfielder was replaced by Jonas Brekke in the 80th minute.", "Tomas Rell joins the club"),
    ("The midfielder made way for Jonas Brekke in the 80th minute.", "Tomas Rell joins the club"),
    # (unchanged: a thing's subject, a description the page gives nobody, a named subject, the named one a subject)
    ("The ball was passed to Jonas Brekke in the 80th minute.", "Jonas Brekke joins the club"),
    ("The striker made way for Jonas Brekke in the 80th minute.", "Jonas Brekke joins the club"),
    ("Coach Ivo Saran replaced him with Jonas Brekke in the 80th minute.", "Coach Ivo Saran joins the club"),
    ("The 80th minute saw Jonas Brekke come on.", "Jonas Brekke joins the club"),
])
def test_a_he_after_a_described_subject_takes_the_described_person(before: str, title: str) -> None:
    assert _in_report(_MATCH + before + "\n\nHe joined the club in 2024.", "2024") == title
