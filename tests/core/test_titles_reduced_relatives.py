"""A reduced relative clause (a past participle's phrase with no "who was") inside a sentence:
1. after a subject it modifies the subject's noun, and a noun inside it (a gerund's object, "accused of robbing a
   shop") is no subject: "Two boys accused of robbing a shop appeared in court" is "Two boys appear in court"
   (`grammar._modified_noun`), also when the tagger took the participle for a past tense ("A woman arrested the
   same day on suspicion of ... has been released": `grammar._reduced_relative_verb`);
2. set off by a comma after an object, a date inside it is the participle's act's, not the main verb's: "accused of
   breaching three sets of bail conditions, handed to him in April 2016" is "Three sets of bail conditions handed
   to Farrugia" (`extraction._object_participle_title`);
3. right after the subject, before the main verb, a date inside it is the participle's act's too: "A boy rushed to
   hospital on Sunday has died" is "A boy rushed to hospital" on Sunday (`extraction._subject_participle_title`),
   never "A boy rushes to hospital"; the main verb's subject ends before the participle ("A boy has died").
Invented sentences, and the two real ones of docs/realnews15 news this came from."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title, sentence_title, verb_subject


@pytest.mark.parametrize("sentence, phrase, title", [
    # the real one: "arrested" read as a past tense, "the same day" its time
    ("A 19-year-old woman arrested the same day on suspicion of assisting an offender has been released on bail "
     "until May.", "May", "A 19-year-old woman has been released on bail"),
    ("A 19-year-old woman arrested on suspicion of assisting an offender was released on Monday.", "Monday",
     "A 19-year-old woman was released"),
    ("A 32-year-old man arrested the same morning on suspicion of harbouring a fugitive was freed on Friday.",
     "Friday", "A 32-year-old man was freed"),
    ("Two boys accused of robbing a shop appeared in court on Wednesday.", "Wednesday", "Two boys appear in court"),
    ("A teenager suspected of stabbing a man was arrested on Sunday.", "Sunday", "A teenager was arrested"),
    ("Two nurses charged with neglecting a patient were suspended on Thursday.", "Thursday",
     "Two nurses were suspended"),
    ("Officials said the man arrested in May for robbing a bank was released on Friday.", "Friday",
     "The man was released"),
])
def test_a_reduced_relatives_noun_is_not_the_subject(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a verb that takes a clause with no "that" keeps its own subject
    ("The board decided in May the plan was sound.", "May", "The board decides the plan was sound"),
    ("Three workers injured in the blast were taken to hospital on Monday.", "Monday",
     "Three workers were taken to hospital"),
    ("Why the bridge collapsed in 2018 remains unclear.", "2018", "The bridge collapses"),
    # a participle's phrase that is its date alone dates the period whose figure the main verb tells
    ("Net income for the six months ended Oct. 1 slipped 5% to $89.7 million.", "Oct. 1",
     "Net income for the six months slips 5% to $89.7 million"),
])
def test_clauses_that_stay(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, verb, subject", [
    # guards: a past tense before the next verb that is a clause's own, not a participle
    ("Volunteers dropped off leaflets warning the plant could close.", "warning", "leaflets"),
    ("Fans gathered on Monday as the council voted on the plan.", "voted", "the council"),
])
def test_a_past_tense_that_is_its_clauses_verb(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


def test_the_next_hearing_is_the_subjects() -> None:
    article = ("Woman bailed\n\nBy Staff\n\n1 March 2024\n\nPolice arrested a man on Friday.\n\nA 19-year-old woman "
               "arrested the same day on suspicion of assisting an offender has been released on bail until May.\n")
    assert article_title(article, "May") == "A 19-year-old woman due back in court"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Farrugia was also accused of breaching three sets of bail conditions, handed to him in April 2016, "
     "November 2019 and May 2022.", "April 2016", "Three sets of bail conditions handed to Farrugia"),
    ("Jones was charged with ignoring two court orders, served on her in March 2021.", "March 2021",
     "Two court orders served on Jones"),
    ("The club broke the terms of a lease, granted by the council in June 2019.", "June 2019",
     "The terms of a lease granted by the council"),
    ("Inspectors found faults in the new cladding, fitted to the tower in 2015.", "2015",
     "The new cladding fitted to the tower"),
])
def test_a_date_in_a_participle_after_an_object_is_the_participles(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


def test_later_dates_of_the_list_too() -> None:
    article = ("Man jailed\n\nBy Staff\n\n1 March 2024\n\nFarrugia was also accused of breaching three sets of bail "
               "conditions, handed to him in April 2016, November 2019 and May 2022.\n")
    for phrase in ("November 2019", "May 2022"):
        assert article_title(article, phrase) == "Three sets of bail conditions handed to Farrugia"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("A boy rushed to hospital on Sunday has died.", "Sunday", "A boy rushed to hospital"),
    ("A girl taken to hospital on Saturday has died.", "Saturday", "A girl taken to hospital"),
    ("The man shot by police on Friday has died.", "Friday", "The man shot by police"),
    # the date right after the participle: the subject and the participle, as `reduced_relative_date` titles it
    ("A man arrested on Friday with stolen goods was charged on Monday.", "Friday", "A man arrested"),
    ("The bridge built over the river in 1890 was demolished in 2020.", "1890", "The bridge built over the river"),
    ("Three workers injured in the blast on Monday were taken to hospital.", "Monday",
     "Three workers injured in the blast"),
])
def test_a_date_in_a_participle_after_the_subject_is_the_participles(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("A man arrested on Friday with stolen goods was charged on Monday.", "Monday", "A man was charged"),
    ("A boy rushed to hospital has died on Sunday.", "Sunday", "A boy has died"),
])
def test_the_main_verbs_date_is_the_subjects_not_the_participles_object(sentence: str, phrase: str,
                                                                        title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, verb, subject", [
    ("A boy rushed to hospital on Sunday has died.", "has died", "A boy"),
    ("A man arrested on Friday with stolen goods was charged on Monday.", "was charged", "A man"),
])
def test_the_subject_ends_before_the_participle(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


def test_an_article_keeps_the_subjects_determiner() -> None:
    article = ("Man charged\n\nBy Staff\n\n4 March 2024\n\nA man arrested on Friday with stolen goods was charged "
               "on Monday.\n")
    assert article_title(article, "Friday") == "A man arrested"
