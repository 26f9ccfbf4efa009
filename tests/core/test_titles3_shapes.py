"""Title shapes real news keeps producing, each fixed by a rule of general English grammar (invented sentences):
1. a reduced relative whose participle is irregular ("Two women held last week on suspicion of fraud have been
   released"): the lexicon's participle forms (`grammar.past_participle_form`), not an "-ed" ending, tell the
   participle that modifies the noun before it; "to" is a preposition after it as "on"/"in" are;
2. a non-restrictive relative clause with its own date inside the subject ("Smith, who joined the firm on May 4,
   2019, resigned on Monday"): a main clause too short for a title is told in the sentence's words without the
   relative clause ("Smith resigned on Monday"), and the relative clause's date by its antecedent and predicate
   ("Smith resigned in 2019"); a date's own comma ends neither (`extraction._relative_aside_before_verb`,
   `_relative_aside_holding`);
3. an inverted reporting frame after a quotation ("'It is over,' said Smith on Tuesday."): read in the subject's
   order, it is titled as any frame, by its speaker and speech act with the quotation's gist ("Smith says it is
   over"), not by the quotation's opening words (`extraction._uninverted_frame`);
4. a date placed as "the first time" a clause happened ("The first time the club won the cup was in 1985", "On
   Sunday it was the first time in a decade that …"): titled by that clause, "for the first time" after it, not by
   "The first time" that names no act (`extraction._ordinal_time_title`);
5. a compared figure of a bare common-noun measure ("Sales rose 5% to $5 million …, from $4.1 million in 2011"):
   the measure's clause said again of it in the past, its copula by the head's number ("Sales were $4.1 million"),
   its possessive resolved, not the label "Previous sales: $4.1 million" (`grammar._restated_measure`)."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import merging
from timeline_app.core.extraction import COMPARED_FIGURE, Candidate
from timeline_app.core.model import Mention, Precision

from tests.core.title_helpers import dated_titles

_ARTICLE = "Title\n\nBy Staff\n\n1 March 2024\n\n{}\n"


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Two women held last week on suspicion of fraud have been released.", "last week", "Two women held"),
    ("A man caught last night in connection with the robbery has been charged.", "last night", "A man caught"),
    ("Two letters sent last month to the mayor were published.", "last month", "Two letters sent"),
    ("Two letters mailed last month to the mayor were published.", "last month", "Two letters mailed"),
    ("Three men taken last night to a police station have been released.", "last night", "Three men taken"),
    ("A cyclist hit yesterday by a lorry in the town centre has died.", "yesterday", "A cyclist hit by a lorry"),
    # guards: a past tense with its own object stays the clause's verb; a past form that is no participle
    ("Police held two women last week on suspicion of fraud.", "last week",
     "Police hold two women on suspicion of fraud"),
])
def test_a_reduced_relative_with_an_irregular_participle(sentence: str, phrase: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[phrase] == title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Smith, who joined the firm on May 4, 2019, resigned on Monday.", "Monday", "Smith resigned on Monday"),
    ("Smith, who joined the firm in 2019, resigned on Monday.", "Monday", "Smith resigned on Monday"),
    ("Acme, which was founded on June 1, 1990, collapsed on Friday.", "Friday", "Acme collapsed on Friday"),
    ("Smith, who resigned in 2019, returned on Monday.", "2019", "Smith resigned in 2019"),
    ("Smith, who resigned on May 4, 2019, returned on Monday.", "May 4, 2019", "Smith resigned on May 4, 2019"),
    ("Smith, who resigned on May 4, 2019, returned on Monday.", "Monday", "Smith returned on Monday"),
    ("Acme, which collapsed in 1990, was revived on Friday.", "1990", "Acme collapsed in 1990"),
    # already right: a longer subject keeps the main clause's short title; no relative clause
    ("Jane Smith, who joined the firm on May 4, 2019, resigned on Monday.", "Monday", "Jane Smith resigns"),
    ("Smith resigned on Monday.", "Monday", "Smith resigned on Monday"),
])
def test_a_relative_clause_with_its_own_date_in_the_subject(sentence: str, phrase: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[phrase] == title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("'It is over,' said Smith on Tuesday.", "Tuesday", "Smith says it is over"),
    ('"The talks have collapsed," said the minister on Wednesday.', "Wednesday",
     "The minister says the talks have collapsed"),
    ('"The bridge will reopen," said a council spokesman on Monday.', "Monday",
     "A council spokesman says the bridge will reopen"),
    ('"We will appeal," said John Smith, the lawyer, on Friday.', "Friday", 'John Smith says "We will appeal"'),
    ('"It is over," said Mr. Smith on Tuesday.', "Tuesday", "Mr. Smith says it is over"),
    # guard: a relative clause after the speaker holds the date: the speaker stays its antecedent
    ('"We waited years for this," said Ridley, 33, who made his debut for the club in 2010.', "2010",
     "Ridley makes his debut for the club"),
    # already right: the frame in the subject's order
    ('"We will appeal," the lawyer said Friday.', "Friday", 'The lawyer says "We will appeal"'),
    ('"It is over," Smith said on Tuesday.', "Tuesday", "Smith says it is over"),
])
def test_an_inverted_frame_after_a_quotation(sentence: str, phrase: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[phrase] == title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("The first time she ran for office was in 2004.", "2004", "She ran for office for the first time"),
    ("The first time the club won the cup was in 1985.", "1985", "The club won the cup for the first time"),
    ("The second time the club won the cup was in 1985.", "1985", "The club won the cup for the second time"),
    ("On Sunday it was the first time in a decade that the club had won the cup.", "Sunday",
     "The club had won the cup for the first time in a decade"),
    ("On Sunday, it was the first time the club had won the cup.", "Sunday",
     "The club had won the cup for the first time"),
    ("Last year was the first time the firm made a profit.", "Last year", "The firm made a profit for the first time"),
    # "the last time": the latest, not the final one
    ("The last time the two sides met was on March 3, 2019.", "March 3, 2019", "The two sides met"),
    # already right: "for the first time" inside the clause
    ("In 2019, for the first time, the club won the cup.", "2019", "The club wins the cup"),
])
def test_a_date_placed_as_the_first_time(sentence: str, phrase: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[phrase] == title


@pytest.mark.parametrize("sentence, phrase, title", [
    ("Sales rose 5% to $5 million in 2012, from $4.1 million in 2011.", "2011", "Sales were $4.1 million"),
    ("Revenue was $5 million in 2012, compared with $4.1 million in 2011.", "2011", "Revenue was $4.1 million"),
    ("Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million in the year-ago period.",
     "the year-ago period", "Net income was $52.2 million"),
    ("Acme said its sales rose to $5 million in 2012 from $4.1 million in 2011.", "2011",
     "Acme's sales were $4.1 million"),
    ("Sales increased 5% to $747.8 million from $623.5 million a year ago.", "a year ago", "Sales were $623.5 million"),
    # guards: a verb's object is what changed; a name's figure names no measure; a figure the subject earned
    ("The St. Louis company earned $45.2 million, compared with $84.9 million a year earlier.", "a year earlier",
     "Previously: $84.9 million"),
    ("The bank raised rates to 6% from 5.5% in 2011.", "2011", "Previous rates: 5.5%"),
    ("Du Pont earned $2 billion, up 18% from $1.69 billion a year earlier.", "a year earlier",
     "Previously: $1.69 billion"),
])
def test_a_compared_figure_of_a_bare_measure(sentence: str, phrase: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[phrase] == title



def _member(title: str, doc_id: str, explanation: str = "") -> Candidate:
    mention = Mention(doc_id, 0, 4, "xxxx", 0, 40, True, True)
    day = dt.date(1988, 9, 30)
    return Candidate(mention, day, day, Precision.DAY, "event", title, "s", frozenset(), inferred=True,
                     explanation=explanation)


def test_a_compared_figure_does_not_title_a_merged_event_over_a_clauses_own_act() -> None:
    # Both members are the year-ago quarter's: the one that tells who did what titles the event, as before the
    # compared figure was restated ("Previous sales: …" was verbless; `merging._Group`'s `fragment`).
    group = merging._Group([
        _member("Sales were $623.5 million", "a", f"{COMPARED_FIGURE} in “… from $623.5 million a year ago”"),
        _member("Bethlehem earns $101.4 million", "a"),
    ])
    assert merging._title(group) == "Bethlehem earns $101.4 million"
