"""Titles (s17): the subject of a reporting sentence's main clause. A time phrase standing before the verb after
an aside ("Omar Tarek, facing troops at the border, today promised") is an adverbial, never the subject; a
clause coordinated after a verb's object ("freed him and two of them fled") has a subject of its own after the
"and"; a predicate listed after a comma ("charged $46 million, added $20 million and ...") shares the subject of
the list's first. The second predicate of a relative clause ("which opened in 1887 and closed in 1979") is
the antecedent's; an age between commas (", 67,") is no one's antecedent; a preposition's object in a participle's
or infinitive's phrase ("rules to be issued in late March will set") is no subject, the noun before it is; and a
date in a leading phrase with a participle ("For the six months ended Aug. 12, Provigo posted") titles the main
clause."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import article_title, sentence_title, verb_subject

_HEAD = "March 3, 2020\n\n"




@pytest.mark.parametrize("sentence, verb, subject", [
    # A time phrase between an aside (or the subject itself) and the verb: the walk goes on before it.
    ("Vostria's Omar Tarek, facing troops at the border, today promised to withdraw.", "promised",
     "Vostria's Omar Tarek"),
    ("The envoy, who flew in from Lisbon, on Monday signed the pact.", "signed", "The envoy"),
    ("The mayor, a former judge, yesterday resigned.", "resigned", "The mayor"),
    ("The minister, under pressure from her party, earlier this month announced a review.", "announced",
     "The minister"),
    ("The Halvard Group, facing a strike, last week closed two plants.", "closed", "The Halvard Group"),
    # ... after a relative pronoun, whose antecedent is the subject, or a reduced relative's participle.
    ("The market, which last year had sales of $1 billion, grew.", "had", "The market"),
    ("Shares of the brewing giant, which last year accounted for 41% of sales, fell.", "accounted",
     "the brewing giant"),
    ("An iOS update released Thursday came with a new method.", "came", "An iOS update"),
    # Guards: a time phrase with a determiner of its own may be the subject; so may one that opens the sentence,
    # or one with nothing before it but a verb.
    ("The firm will report a loss, or 5 cents a share, for its fourth quarter ended yesterday.", "ended",
     "its fourth quarter"),
    ("Sales rose during the last quarter, which ended in March.", "ended", "the last quarter"),
    ("Today is a holiday.", "is", "Today"),
    ("The clerk said Monday was the deadline.", "was", "Monday"),
    # A clause coordinated after a verb's object starts its own subject at the "and".
    ("The rebels freed him and two of them fled.", "fled", "two of them"),
    ("The blast killed three people in the square and 40 others were hurt.", "were hurt", "40 others"),
    ("Police arrested the driver and his brother escaped.", "escaped", "his brother"),
    ("The board rejected the changed offer and the bidder walked away.", "walked", "the bidder"),
    # A predicate of a comma list shares the subject of the list's first, not a leading phrase's noun.
    ("During the spring, the bank wrote off $46 million in bad loans, added $20 million to its reserves and "
     "closed a branch.", "added", "the bank"),
    ("In the third quarter, the company charged $46 million against earnings, added $20 million to its reserves "
     "and sold a unit.", "added", "the company"),
    # Guards: a parenthetical frame ("he said") between commas, a relative clause.
    ("The plan, he said, will fail and collapse.", "will fail", "The plan"),
    ("Smith, who ran the firm for years, sold it and retired.", "sold", "Smith"),
    # A "pronoun" after a determiner is a name: the phrase goes on before it.
    ("Today, dozens of students from the US began to arrive.", "began", "dozens of students from the US"),
    # Guards: after a verb that may take a clause the phrases are one subject; a coordinated predicate shares it.
    ("Police said the driver and his brother escaped.", "escaped", "the driver and his brother"),
    ("The rebels freed him and fled.", "fled", "The rebels"),
    ("Smith and Jones fled.", "fled", "Smith and Jones"),
    # A number alone between commas after a name is an age: the relative's antecedent is the name.
    ("The shop is run by Pieter Vos, 58, who bought it in 2001.", "bought", "Pieter Vos"),
    ('"It was a ruin," said Lotte Brand, 71, who has kept the inn since 1990.', "has kept", "Lotte Brand"),
    # A preposition's object inside a participle's or infinitive's phrase after a noun is no subject: the
    # noun the phrase modifies is.
    ("He said new rules to be issued in late March will set the fees.", "will set", "new rules"),
    ("The levy passed by the council on Tuesday will fund the pool.", "will fund", "The levy"),
    ("The decision to close the depot in May will cost 40 jobs.", "will cost", "The decision"),
    ("The bridge being built across the Orva will open next year.", "will open", "The bridge"),
    # Guards: the phrase's own verb group; a leading phrase.
    ("He said the rules were issued in late March.", "were issued", "the rules"),
    ("In late March the council set the fees.", "set", "the council"),
])
def test_subject(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("body, phrase, title", [
    ("Vostria's Omar Tarek, facing troops at the border, today promised to withdraw.", "today",
     "Vostria's Omar Tarek promises to withdraw"),
    ("The envoy, who flew in from Lisbon, on Monday signed the pact.", "Monday", "The envoy signs the pact"),
    ("The Halvard Group, facing a strike, last week closed two plants.", "last week",
     "The Halvard Group closes two plants"),
    # The date ends the first clause; the title is that clause, not the next one's subject glued to it.
    ("The rebels freed him on Monday and two of them fled.", "Monday", "The rebels freed him"),
    ("The storm flooded the valley on Monday and the army dug out 40 villagers.", "Monday",
     "The storm floods the valley"),
    # The second predicate of a relative clause shares the relative's antecedent, not the main clause's subject.
    ("The village grew up beside the Harl quarry, which opened in 1902 and shut in 1968.", "1968",
     "The Harl quarry shut"),
    ("Ana Ruiz ran the ferry, which sailed first in 1950 and sank in 1961.", "1961", "The ferry sinks"),
    # A prepositional phrase with a participle after its noun opens the sentence: the title is the main clause.
    ("For the nine months ended March 31, Kestrel Mills posted a loss of $3 million.", "March 31",
     "Kestrel Mills posts a loss of $3 million"),
    # Guards: a predicate coordinated in the main clause; a reported one; a conjunction that opens a clause; a
    # participle that is no verb group.
    ("The quarry opened in 1902 and shut in 1968.", "1968", "The quarry shut"),
    ("The firm said it opened a plant in 1990 and closed it in 2005.", "2005", "The firm closes it"),
    ("After the plant closed in 1990, the town shrank.", "1990", "The plant closes"),
    ("For the year ended Dec. 31, Orvald Shipping earned $12 million.", "Dec. 31", "Orvald Shipping earns $12 million"),
    # A subject with no determiner and its verb say who did what in two words: the title, not the whole sentence.
    ("The army shelled the town and residents fled on Monday.", "Monday", "Residents flee"),
    ("The army shelled the town and the residents fled on Monday.", "Monday", "The residents flee"),
    ("Prices rose on Monday.", "Monday", "Prices rise"),
    # Guards: a pronoun's two words say too little, and so do two that leave out what follows the date (the
    # verb's object); the sentence goes whole.
    ("She retired on Monday.", "Monday", "She retired on Monday"),
    # (a relative aside inside the "that" clause no longer cuts it before its verb: what was announced is the title;
    # "announce": the sentence alone, with no document names, reads "Jobs" as a plural noun)
    ("Jobs announced today that the new release, which is due next summer, will include a desktop store.", "today",
     "Jobs announce that the new release will include a desktop store"),
    # ... and a verb keeps its particle ("broke off" is no "break"), so the title is no two words.
    ("Talks broke off at noon on Thursday.", "noon on Thursday", "Talks break off"),
])
def test_title(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # A number after the date's "and" is no range's end unless "between" opened it.
    ("At least 75 people were killed on Friday and 1,643 wounded in the blasts.", "Friday",
     "At least 75 people were killed and 1,643 wounded in the blasts"),
    # A count after a year's "to" is no range's end either: a year's range ends in a year.
    ("The judge jailed him in 2019 to 12 years for fraud.", "2019", "The judge jails him to 12 years for fraud"),
    ("The firm cut its staff in 2008 to 40 people.", "2008", "The firm cuts its staff to 40 people"),
    # ... nor a four-digit count: the later year of a range is at or after the first, within a century
    ("The mill cut its payroll in 2011 to 1800 workers.", "2011", "The mill cuts its payroll to 1800 workers"),
    ("The club grew in 1998 to 3500 members.", "1998", "The club grows to 3500 members"),
    # Guard: a range goes whole.
    ("Prices rose between 1990 and 1994 across the region.", "1990", "Prices rise across the region"),
    ("Output rose from 2006 to 2014 in every region.", "2006", "Output rises in every region"),
])
def test_range_words(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a passive's second participle after "and", with a date of its own: the date is that participle's, with the
    # subject and auxiliary they share (the first date's title ends at the "and": test_extraction)
    ("The tower was designed in 1931 and demolished in 1989.", "1989", "The tower was demolished"),
    ("The two sisters were adopted in May and reunited with their brother in October.", "October",
     "The two sisters were reunited with their brother"),
    # (both participles of one date keep the whole predicate)
    ("The driver was arrested and charged with dangerous driving on Monday.", "Monday",
     "The driver was arrested and charged with dangerous driving"),
])
def test_a_coordinated_passive_participle_keeps_its_own_date(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title
