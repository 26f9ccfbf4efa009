"""Three title glitches of real news, each fixed by a rule of the grammar:
1. a time's phrase right after a reduced relative's participle ("A man arrested last night in connection with the
   robbery has been charged"): the phrase and the prepositional phrases after it are no subject; the next verb's
   subject is the noun before the participle (`grammar._reduced_relative_verb`, `_modified_noun`), and the date is
   the participle's act's, titled as such (`grammar.reduced_relative_date`: "A man arrested"), not "A man arrests
   in connection with the robbery";
2. a date that ends a company's period after a plural unit ("for the 13 weeks ended Feb. 26"): the tagger read
   "ended" as a past tense there, a verb that stayed in the title ("... the 13 weeks ends was $4.1 million"); inside
   a preposition's phrase it is the participle, as after "quarter" (`grammar._period_ended_participles`);
3. a year inside the noun phrase of a happening that the clause's verb places its act in ("were killed in the 2004
   tsunami"): the clause tells the act, the year kept in its noun phrase, not the phrase alone ("The 2004 tsunami";
   `grammar.dated_noun_phrase`). A preposition after a noun ("the deaths in a 2010 raid") still dates that noun's
   thing. A count's bound that opens the clause stays in its subject ("More than 1,200 people", not "People":
   `grammar.headline_clause` with `_quantified_start`). Invented sentences."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import dated_titles, sentence_title, verb_subject

_ARTICLE = "Title\n\nBy Staff\n\n1 March 2024\n\n{}\n"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("A man arrested last night in connection with the robbery has been charged.", "last night", "A man arrested"),
    ("A 31-year-old woman detained yesterday in connection with the fire remains in custody.", "yesterday",
     "A 31-year-old woman detained"),
    ("A driver stopped late last night on suspicion of speeding was released on bail.", "late last night",
     "A driver stopped"),
    # the later date of the sentence: the main verb's, its subject the noun before the participle
    ("A man arrested last night in connection with the robbery will appear in court on Monday.", "Monday",
     "A man will appear in court"),
    ("Two women questioned last week on suspicion of theft were freed on Friday.", "Friday", "Two women were freed"),
])
def test_a_time_phrase_inside_a_reduced_relative(sentence: str, phrase: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[phrase] == title


@pytest.mark.parametrize("sentence, verb, subject", [
    ("A man arrested last night in connection with the robbery has been charged.", "has been charged", "A man"),
    ("Two women questioned last week on suspicion of theft were freed on Friday.", "were freed", "Two women"),
    # guard: a past tense with its own object stays its clause's verb
    ("Police arrested a man last night in connection with the robbery.", "arrested", "Police"),
])
def test_the_subject_is_the_noun_before_the_participle(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Brightwell Foods Inc. said its net profit for the 13 weeks ended Feb. 26 was $4.1 million.", "Feb. 26",
     "Brightwell Foods Inc. says its net profit for the 13 weeks was $4.1 million"),
    ("Revenue for the six months ended March 31 rose 5% to $80 million.", "March 31",
     "Revenue for the six months rises 5% to $80 million"),
    ("Operating profit for the 52 weeks ended Jan. 2 fell to $3 million.", "Jan. 2",
     "Operating profit for the 52 weeks fell to $3 million"),
    # a day with its year: the date's comma ends no subject ("2024 fell to $3 million" before:
    # `grammar._before_time_phrase` read "Jan. 2 , 2024" as two dates)
    ("Operating profit for the 52 weeks ended Jan. 2, 2024 fell to $3 million.", "Jan. 2, 2024",
     "Operating profit for the 52 weeks fell to $3 million"),
    ("Net sales for the year ended Dec. 31, 2023 rose 8% to $610 million.", "Dec. 31, 2023",
     "Net sales for the year rise 8% to $610 million"),
    # already right: a singular period, or "ending"
    ("Brightwell Foods Inc. said its net profit for the quarter ended June 30 was $4.1 million.", "June 30",
     "Brightwell Foods Inc. says its net profit for the quarter was $4.1 million"),
    ("The company said its revenue for the six months ending March 31 rose 5%.", "March 31",
     "The company says its revenue for the six months rose 5%"),
])
def test_a_date_ending_a_period_phrase_goes_with_its_ended(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("More than 1,200 people were killed in the 2004 tsunami.", "2004",
     "More than 1,200 people were killed in the 2004 tsunami"),
    ("About 1,200 people were killed in the 2004 tsunami.", "2004", "About 1,200 people were killed in the 2004 tsunami"),
    ("Hundreds of homes were destroyed in the 1998 floods.", "1998",
     "Hundreds of homes were destroyed in the 1998 floods"),
    ("Thousands of people were displaced in the 2010 earthquake.", "2010",
     "Thousands of people were displaced in the 2010 earthquake"),
    ("Many homes were flooded during the 2019 storms.", "2019", "Many homes were flooded during the 2019 storms"),
    # guards: a preposition after a noun dates that noun's thing, not the clause's act
    ("The minister apologised for the deaths in a 2010 raid on a flotilla.", "2010", "A 2010 raid on a flotilla"),
    ("Kim recalled the 2000 treaty.", "2000", "The 2000 treaty"),
])
def test_a_year_in_a_happening_the_act_took_place_in(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("More than 300 homes were destroyed on Monday.", "Monday", "More than 300 homes were destroyed"),
    ("More than 300 families fled the town on Monday.", "Monday", "More than 300 families flee the town"),
    # the verb's number is the counted noun's ("than" cut the phrase's head before: the source's tense was kept)
    ("Fewer than 20 shops reopened on Saturday after the storm.", "Saturday",
     "Fewer than 20 shops reopen after the storm"),
    # guard: a count after a verb is no subject's
    ("Police said more than 50 people were hurt on Sunday.", "Sunday", "More than 50 people were hurt"),
])
def test_a_counts_bound_opening_the_clause_is_the_subjects(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
