"""An "it" around a reported clause (`extraction._subject_before`, `extraction._reported_speaker`,
`extraction._subject_of`):
- an "it" whose clause is a passive of what is done to things ("It was closed") after a sentence that tells a
  clause ("The council said the bridge was unsafe") takes the told clause's subject, not the speaker's
  (`extraction._passive_on_a_thing`); the speaker stays for an active verb, and for a passive of what is done to
  bodies and persons as well ("It was fined": `extraction._ACTS_ON_ACTORS`);
- an "it" never stands for a person's role or kind ("The mayor said it would start"): it takes no such speaker or
  subject (`extraction._person_head`), while "the company", "the council" still speak for it.
Otherwise the pronoun stays: vague is better than wrong."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title


def _in_report(body: str, date: str) -> str:
    return article_title("Report on the week\n\nMay 8, 2014\n\n" + body + "\n", date)


@pytest.mark.parametrize("body, date, title", [
    ("The council said the bridge was unsafe. It was closed on Monday.", "Monday", "The bridge was closed"),
    ("Acme said the plant was unsafe. It was closed on Monday.", "Monday", "The plant was closed"),
    ("The union said the strike would continue. It was called off on Monday.", "Monday",
     "The strike was called off"),
    ("The council said the bridge was unsafe. It has been repaired since Monday.", "Monday",
     "The bridge has been repaired"),
    # (unchanged: an active verb is the speaker's; so is a passive of what is done to bodies as well)
    ("The company said sales rose. It also cut 200 jobs on Monday.", "Monday", "The company also cut 200 jobs"),
    ("The company said the plant was old. It was fined on Monday.", "Monday", "The company was fined"),
    ("The council said the road was unsafe. It was urged to act on Monday.", "Monday", "The council was urged to act"),
])
def test_a_passive_it_after_a_told_clause_is_the_told_subject(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("The mayor said it would start on Monday.", "Monday", "The mayor says it would start"),
    ("The spokesman said it would reopen on Monday.", "Monday", "The spokesman says it would reopen"),
    ("The mayor praised the plan. It was approved on Monday.", "Monday", "It was approved"),
    # (unchanged: a body speaks for "it", and a capitalised name is no role)
    ("The company said it would close the plant on Monday.", "Monday", "The company would close the plant"),
    ("The council said it would vote on Monday.", "Monday", "The council would vote"),
    ("General Motors said it would cut 500 jobs on Monday.", "Monday", "General Motors would cut 500 jobs"),
])
def test_an_it_is_no_persons_role(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("Shares rose 7 percent after the company said that cost cuts and strong pulp sales helped it to report a "
     "34 percent rise in profit in the first quarter.", "first quarter",
     "Cost cuts and strong pulp sales help the company to report a 34 percent rise in profit"),
    # (a title cut before keeps its "…" when the name leaves it whole but a few characters over the limit)
    ("Shares rose 7 percent after the company said that cost cuts and strong pulp sales helped it to report a "
     "34 percent rise in adjusted operating profit in the first quarter from a year ago.", "first quarter",
     "Cost cuts and strong pulp sales help the company to report a 34 percent rise in adjusted…"),
    ("Acme Corp. said that strong sales helped it to report a profit on Monday.", "Monday",
     "Strong sales help Acme Corp. to report a profit"),
    # (unchanged: a person's role is no "it"; an "it" before a verb of its own opens a clause, no object)
    ("The mayor said that strong sales helped it to report a profit on Monday.", "Monday",
     "Strong sales help it to report a profit"),
    ("The company said that sales meant it would report a profit on Monday.", "Monday", "It would report a profit"),
])
def test_a_told_clauses_object_it_is_the_speaker(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    ("Norihiko Akagi was criticised. Later, it was found that Akagi booked a dozen million yen in costs in Tokyo "
     "for another political group even after it relocated in 1996 to Ibaraki prefecture.", "1996",
     "Another political group relocates to Ibaraki prefecture"),
    ("Anna Berg praised the hall when it was unveiled in 2002.", "2002", "The hall was unveiled"),
    ("Anna Berg left the band before it split in 2002.", "2002", "The band split in 2002"),
    # (a person's role is no thing: "the mayor")
    ("Anna Berg met the mayor at the hall before it was sold in 2002.", "2002", "The hall was sold"),
    # (unchanged: two things the person acted on; a subject that may be the "it"; a name, maybe a person's)
    ("Anna Berg praised the hall in the report when it was unveiled in 2002.", "2002", "It was unveiled"),
    ("The council praised the hall when it was unveiled in 2002.", "2002", "It was unveiled"),
    ("Anna Berg praised Acme after it opened in 2002.", "2002", "It opened in 2002"),
])
def test_an_it_after_a_persons_main_clause_is_what_the_person_acted_on(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title


@pytest.mark.parametrize("body, date, title", [
    # a weekday's or month's name after its preposition is the first clause's time, never who speaks for "it"
    ("Orlen Media Corp (OM:ORL) on Tuesday reported a fall in profit and said it was on track for a better "
     "performance in 2015.", "2015", "Orlen Media Corp was on track for a better performance"),
    ("Brast Steel Inc on Monday closed a mill and said it would close a plant in 2016.", "2016",
     "Brast Steel Inc would close a plant"),
    ("Orlen Media in March sold its radio arm and said it would buy a printer in 2016.", "2016",
     "Orlen Media would buy a printer"),
    # (unchanged: a subject after the date's phrase; a person's name that is a month's too)
    ("Later on Tuesday the board said it would meet again in 2016.", "2016", "The board would meet again"),
    ("Theresa May told the party she would resign in 2016.", "2016", "Theresa May would resign"),
])
def test_a_date_in_the_first_clause_is_no_speaker(body: str, date: str, title: str) -> None:
    assert _in_report(body, date) == title
