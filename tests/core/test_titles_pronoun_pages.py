"""Pronoun-only titles that reached the timeline on real pages, and the rules that now name their actor
(`extraction._resolve_pronoun`, `extraction._resolve_possessive`):
- a his/her opening a sentence after a chain of he/she sentences that starts at a bare given name the article
  gives in full for one person takes that person, as a he/she there does (`extraction._given_name_along`);
- a they/their inside a sentence whose main subject is a singular name of a team, club or firm, which British usage
  calls "they", takes that name when nothing else before it competes (`extraction._body_called_they`);
- a "they" that opens a sentence after one where only pronouns act (a quotation and its "he said") takes the body
  the page's lead calls "they" (`extraction._lead_body_called_they`);
- a reported it/he/she takes the name a relative clause follows when the grammar gives the reporting verb no
  subject past the clause ("Institut Merieux S.A., which offered ..., said it would ...": `_reported_speaker`);
- a he/she after a sentence that names nobody, whose subject or closing speaker is one "the ROLE" of a person's
  kind, takes that role ("the official ... said. He refused ..." → "The official refuses …",
  `extraction._unnamed_role_speaker`);
- a he/she that opens a sentence after one that names nobody and no person of a kind takes the page's one person,
  when the text before names exactly one (`extraction._page_one_person`);
- a first-person quotation whose speaker is a he/she opening the sentence ("He adds: "Our fund …"") takes the
  person the sentence before names as its subject or its closing frame's speaker, past the quotation's closing
  mark (`extraction._speaking_pronoun_person`, `extraction._frame_speaker`);
- a later he/she of a sentence that opens a line the reading joined to it ("…, March 14,\nHe is also accused …")
  is the sentence's resolved subject pronoun's person, as a later "he" is (`extraction._same_person_later`);
- a title still led by a bare subject pronoun takes back the sentence's own reporting frame right before it when
  the frame's subject names someone ("Brekke says he will withdraw the troops": `extraction._framed_pronoun_title`);
- a possessive whose own word is the date ("his 2007 European tour") takes its clause's subject as owner, as one
  before any other word does (`extraction._possessor_within`);
Otherwise the pronoun stays: two people named, or nobody the pronoun could be."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title


def _in_report(body: str, date: str) -> str:
    return article_title("Report on the week\n\nMay 8, 2014\n\n" + body + "\n", date)


@pytest.mark.parametrize("body, date, title", [
    ("Mourners gathered for the funeral of Tomas Halvorsen, who has died aged 72.\n\n"
     "First elected in 1973, Tomas was a founder member of Brindlecombe Council.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.\n\n"
     "His funeral is at 10am on Thursday at the town hall.", "Thursday",
     "Tomas Halvorsen's funeral is at the town hall"),
    ("Tributes were paid to Greta Lindqvist, who died last week.\n\n"
     "Greta taught at the village school for 30 years.\n\n"
     "Her memorial service will be held on June 3.", "June 3", "Greta Lindqvist's memorial service will be held"),
    # (unchanged: the given name is two people's, or the chain's start names two people)
    ("Mourners gathered for the funeral of Tomas Halvorsen and Tomas Brekke.\n\n"
     "First elected in 1973, Tomas was a founder member of Brindlecombe Council.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.\n\n"
     "His funeral is at 10am on Thursday at the town hall.", "Thursday", "His funeral is at the town hall"),
    ("Mourners gathered for the funeral of Tomas Halvorsen, who has died aged 72.\n\n"
     "In 1973 Tomas founded Brindlecombe Council with Erik Brekke and Anna Holm.\n\n"
     "He was Mayor in 2001-2002 and served on many committees.\n\n"
     "His funeral is at 10am on Thursday at the town hall.", "Thursday", "His funeral is at the town hall"),
])
def test_a_possessive_takes_the_given_name_at_its_chains_start(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("Hollin Rovers won the county cup when they beat Brackley Town 2-1 on Saturday.", "Saturday",
     "Hollin Rovers beat Brackley Town 2-1"),
    ("Hollin Rovers played a slow game as they struggled in the last minutes but their strikers missed a penalty "
     "on Saturday.", "Saturday", "Hollin Rovers' strikers miss a penalty"),
    ("Brackley Town football team will celebrate their title in style after they won the final on Sunday.",
     "Sunday", "Brackley Town football team win the final"),
    # (unchanged: a name as the verb's object, a plural noun, a person, or another pronoun may be the pronoun's)
    ("Hollin Rovers beat Brackley Town when they scored twice on Saturday.", "Saturday", "They score twice"),
    ("Hollin Rovers thanked the fans after they cleared the pitch on Saturday.", "Saturday",
     "The fans clear the pitch"),
    ("Maria Lindqvist left Hollin Rovers in May. Lindqvist won the cup when they beat Brackley Town on Saturday.",
     "Saturday", "They beat Brackley Town"),
    ("Hollin Rovers said it was happy when they beat Brackley Town on Saturday.", "Saturday",
     "They beat Brackley Town"),
    ("Halvorsen won the county cup when they beat Brackley Town on Saturday.", "Saturday", "They beat Brackley Town"),
])
def test_a_they_inside_the_sentence_takes_the_team_its_main_clause_names(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


_MATCH = ("Hollin Rovers won the county cup when they beat Brackley Town 2-1 on Saturday.\n\n"
          "It was a fine win for the club, according to its chairman Tomas Brekke.\n\n"
          "{}\n\n"
          "On Saturday, they were good value for their win.")


@pytest.mark.parametrize("between, title", [
    ("\"We trained hard all year and we deserved it,\" he said.", "Hollin Rovers were good value for their win"),
    # (unchanged: the sentence before names another side or a plural that may be the "they")
    ("Brackley Town started well and created chances early.", "They were good value for their win"),
    ("The second half was quiet until the referee stepped in.", "They were good value for their win"),
])
def test_a_they_after_a_quotation_takes_the_team_the_lead_calls_they(between: str, title: str) -> None:
    assert _in_report(_MATCH.format(between), "Saturday,") == title


@pytest.mark.parametrize("body, date, title", [
    ("Hollin Merieux S.A., which offered 942 million dollars (US$801 million), or $37 a share for Brisk, said it "
     "would extend its bid to Nov. 6.", "Nov. 6", "Hollin Merieux S.A. would extend its bid"),
    # (unchanged: the verb is another relative clause's, or another name is its subject: not sure who speaks, the
    # frame kept, `_framed_pronoun_title`)
    ("Hollin Merieux S.A., which offered 942 million dollars (US$801 million), or $37 a share for Brisk, whose "
     "board said it would extend its bid to Nov. 6.", "Nov. 6", "It would extend its bid"),
    ("Hollin Merieux S.A., which offered 942 million dollars (US$801 million), or $37 a share, Brisk Cars said "
     "it would extend its bid to Nov. 6.", "Nov. 6", "Brisk Cars says it would extend its bid"),
])
def test_a_reported_pronoun_takes_its_speaker_past_a_relative_clause(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("\"Seven bodies have been found,\" the official from the mines agency said. He refused to give his name on "
     "Sunday.", "Sunday", "The official refuses to give his name"),
    ("The judge from the county court adjourned the case. He set a new hearing on Friday.", "Friday",
     "The judge sets a new hearing"),
    # (a role nobody was named with: the role, not a person; test_titles_pronouns_coref kept "She" here before)
    ("The plan was dropped, the mayor said. She signed the order in 2019.", "2019", "The mayor signs the order"),
    # (unchanged: another person of a kind, a name, or two roles in the sentence before)
    ("\"Seven bodies have been found,\" the official told the mayor. He refused to give his name on Sunday.",
     "Sunday", "He refuses to give his name"),
    ("The official and a spokesman said the mine was closed. He refused to give his name on Sunday.", "Sunday",
     "He refuses to give his name"),
    ("The mine was closed, officials said. He refused to give his name on Sunday.", "Sunday",
     "He refuses to give his name"),
    # (unchanged: the text gives the role to a named person, whom the he/she is not)
    ("Judge Anna Holm heard the case with a jury.\n\nThe judge from the county court adjourned the case. He set a "
     "new hearing on Friday.", "Friday", "He sets a new hearing"),
])
def test_a_he_after_an_unnamed_role_takes_the_role(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


_RELEASE = ("A 28-year-old Tomas Brekke was remanded in custody when he appeared in court on charges of robbery.\n\n"
            "{}\n\n"
            "Further investigation linked the accused with a robbery at a shopping centre.\n\n"
            "He was further linked with several cases of robbery on Monday.")


@pytest.mark.parametrize("between, title", [
    ("The police detained the accused at a hospital.", "Tomas Brekke was further linked with several cases of robbery"),
    # (unchanged: a second person named before, a person of a kind in the sentence before)
    ("The police detained the accused after a shootout with Anton Varga.",
     "He was further linked with several cases of robbery"),
])
def test_a_he_takes_the_pages_one_person(between: str, title: str) -> None:
    assert _in_report(_RELEASE.format(between), "Monday") == title


def test_a_he_after_a_person_of_a_kind_stays() -> None:
    body = ("A 28-year-old Tomas Brekke was remanded in custody on charges of robbery.\n\n"
            "A spokesman for the court described the hearing.\n\n"
            "He was further linked with several cases of robbery on Monday.")
    assert _in_report(body, "Monday") == "He was further linked with several cases of robbery"


@pytest.mark.parametrize("before, title", [
    ('The fund has "met all the redemptions," Tomas Brekke says.',
     'Tomas Brekke adds "Our fund has had net sales every month"'),
    ("Tomas Brekke runs the fund.", 'Tomas Brekke adds "Our fund has had net sales every month"'),
    # (unchanged: the frame tells another person, or the sentence before names nobody)
    ('The fund has "met all the redemptions," Tomas Brekke told Anna Holm.',
     "Our fund has had net sales every month"),
    ('"We met all the redemptions," he said.', "Our fund has had net sales every month"),
])
def test_a_quotation_spoken_by_a_he_takes_the_person_before(before: str, title: str) -> None:
    body = before + '\n\nHe adds: "Our fund has had net sales every month until this month."'
    assert _in_report(body, "this month") == title


@pytest.mark.parametrize("line, title", [
    ("He was accused of robbing shops on Tuesday, March 5,\nHe is also accused of robbing a taxi driver on Sunday, "
     "March 31.", "Tomas Brekke is also accused of robbing a taxi driver"),
    # (unchanged: another person named between the two)
    ("He was accused by Anna Holm of robbing shops on Tuesday, March 5,\nHe is also accused of robbing a taxi driver "
     "on Sunday, March 31.", "He is also accused of robbing a taxi driver"),
])
def test_a_he_opening_a_joined_line_is_the_sentences_subject(line: str, title: str) -> None:
    assert _in_report("Tomas Brekke appeared in court on Friday.\n" + line, "March 31") == title


@pytest.mark.parametrize("body, title", [
    ("In a letter to President Anton Varga of Kessia, read over state radio, Brekke said he will withdraw the troops "
     "on Friday.", "Brekke says he will withdraw the troops"),
    ("The giant foods, tobacco and brewing company said it will issue new shares on Friday.",
     "The giant foods, tobacco and brewing company says it will issue new shares"),
    # (unchanged: a pronoun speaks, or the one told stands between)
    ("They said they will withdraw the troops on Friday.", "They will withdraw the troops"),
    ("Brekke told reporters he will withdraw the troops on Friday.", "He will withdraw the troops"),
])
def test_a_bare_pronoun_title_keeps_its_sentences_frame(body: str, title: str) -> None:
    assert _in_report(body, "Friday") == title


@pytest.mark.parametrize("body, date, title", [
    ("American singer Tomas Brekke has cancelled the remaining dates of his 2007 European tour.", "2007",
     "Tomas Brekke's 2007 European tour"),
    # (unchanged: another person named in the clause; a told clause and another name before the possessive)
    ("Tomas Brekke met Anton Varga and cancelled the remaining dates of his 2007 European tour.", "2007",
     "His 2007 European tour"),
    ("The Security Council has said it will not lift the sanctions imposed on Kessia after its 1990 invasion of "
     "Varland.", "1990", "Its 1990 invasion of Varland"),
])
def test_a_possessive_before_its_year_takes_the_clauses_subject(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title
