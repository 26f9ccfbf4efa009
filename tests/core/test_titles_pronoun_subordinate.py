"""Pronoun titles of a subordinate clause after a main clause (`extraction._resolve_pronoun`), and titles cut before
a date's preposition (`extraction._undangled`).

An "it" that opens a "when"/"after" clause after the main clause stands for the main clause's subject, when nothing
after the main verb is another thing it may be (`extraction._competes_for_it`): an amount's unit after its figure
("30 percent"), a degree ("a little over"), a time ("a year") and a thing the subject owns ("its budget") are none.
A title whose date went with its preposition never ends on a degree adverb that measured it ("just | after 0400",
"nearly | a week ago"): the adverb goes too (`extraction._DEGREE_ADVERBS`).

A "they" that opens such a clause after a main clause whose subject cannot be it (I/we/he/she, a person) stands for
the one plural noun phrase after the main verb (`extraction._they_after_main_object`), also inside a quotation
whose speaker says "I would like to thank …" (fixtures/pronoun_subordinate).

An "it" that opens a told clause ("The agency reports that it hit the region") stands for the subject of the
sentence before when the clause tells that act again, the same verb and object noun (`_told_it_repeats_before`).

A his/her that opens a sentence after one whose subject is the same person's pronoun ("Prior to that, she was …")
takes the person along that chain (`extraction._resolve_possessive`, `extraction._person_along_chain`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.pipeline import build_timeline

from tests.core.title_helpers import article_title, dated_titles, sentence_title

_FIXTURES = Path(__file__).parent / "fixtures" / "pronoun_subordinate"

_ARTICLE = "Town news\n\nBy Staff, 5 June 2021\n\nThe hall reopened on Friday. {}\n"


@pytest.mark.parametrize("sentence, date, title", [
    # only amounts, degrees, times and the subject's own things after the main verb: the subject is the "it"
    ("The bridge remains closed and 30 percent over its budget of a little over a year ago when it was damaged "
     "in March 2019.", "March 2019", "The bridge was damaged"),
    ("The fund stays 12 percent below its peak when it held $4 billion in May 2018.", "May 2018",
     "The fund held $4 billion"),
    # (another thing after the main verb may be the "it": it stays)
    ("The stock fell 5 percent against the index when it reached a high in October 2006.", "October 2006",
     "It reaches a high"),
    ("The fund sold the building when it closed in May 2018.", "May 2018", "It closed in May 2018"),
])
def test_an_it_after_the_main_clause_takes_its_subject_past_amounts_and_owned_things(
        sentence: str, date: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[date] == title


@pytest.mark.parametrize("sentence, date, title", [
    ("The ferry sank just after 0400 local time.", "0400 local time", "The ferry sinks"),
    ("Officers say the ferry sank just after 0400 local time (1600 UTC).", "0400 local time", "The ferry sinks"),
    ("The ferry sank nearly a week ago.", "a week ago", "The ferry sinks"),
    # (the adverb measures a word the title keeps: it stays; a verb's particle still ends a title)
    ("Prices rose almost 5% on Friday.", "Friday", "Prices rise almost 5%"),
    ("The rebels gave up on Friday.", "Friday", "The rebels give up"),
])
def test_a_title_does_not_end_on_a_degree_adverb_of_the_date_cut_after_it(
        sentence: str, date: str, title: str) -> None:
    assert sentence_title(sentence, date) == title


@pytest.mark.parametrize("sentence, date, title", [
    ("Mayor Ana Ruiz praised the volunteers after they cleared the road in May 2018.", "May 2018",
     "The volunteers clear the road"),
    ("We thanked the nurses when they returned in May 2018.", "May 2018", "The nurses returned in May 2018"),
    ("Mayor Ana Ruiz met the families for two hours after they arrived in May 2018.", "May 2018",
     "The families arrived in May 2018"),
    ("Ruiz told reporters: I thank the parents of the boy because they handed him over to police on 3 May 2018.",
     "3 May 2018", "The parents of the boy hand him over to police"),
    # (the subject may be "they": police, a firm; two plural things; a clause after a comma: it stays)
    ("The police thanked the residents when they arrived in May 2018.", "May 2018", "They arrived in May 2018"),
    ("Mayor Ana Ruiz praised the volunteers and the firefighters after they cleared the road in May 2018.",
     "May 2018", "They clear the road"),
    ("Mayor Ana Ruiz praised the volunteers, after they cleared the road in May 2018.", "May 2018",
     "They clear the road"),
])
def test_a_they_after_the_main_clause_takes_its_one_plural_object(sentence: str, date: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentence)[date] == title


def test_a_quoted_they_takes_the_plural_the_speaker_thanks() -> None:
    text = (_FIXTURES / "quoted_they.txt").read_text(encoding="utf-8")
    assert article_title(text, "3 May 2018") == \
        "The aunts and uncles of the boy quietly bring the boy back to the station"


@pytest.mark.parametrize("sentences, date, title", [
    ("An earthquake with a magnitude of 5.4 has hit Tonga and the surrounding region. The agency reports that it "
     "hit the region just after 0400 local time on 14 March 2018.", "14 March 2018",
     "The earthquake hits the region just after 0400 local time"),
    ("A large storm has struck the coast of Fiji. Officials say that it struck the coast on 3 May 2018.",
     "3 May 2018", "The large storm strikes the coast"),
    # (another object: another act, maybe the speaker's own; it stays)
    ("A large storm has struck the coast of Fiji. The agency reports that it struck a bridge on 3 May 2018.",
     "3 May 2018", "It strikes a bridge"),
])
def test_a_told_it_that_repeats_the_act_before_takes_its_subject(sentences: str, date: str, title: str) -> None:
    assert dated_titles(_ARTICLE, sentences)[date] == title


_MAYOR = "Mayor dies\n\nBy Staff, 6 June 2018\n\n{}\n\nHer tenure saw both change and challenges in 2010.\n"


@pytest.mark.parametrize("before, title", [
    ("Maria Holt, the town's longest serving mayor, died Tuesday at age 77.\n\nHolt was first elected in 1992 and "
     "served 24 years as mayor.\n\nPrior to that, she was a city councillor for 10 years.",
     "Maria Holt's tenure saw both change and challenges"),
    # (the sentence before's subject is no pronoun, or two women are named: it stays)
    ("Maria Holt, the town's longest serving mayor, died Tuesday at age 77.\n\nHolt was first elected in 1992 and "
     "served 24 years as mayor.\n\nA spokesman said she was a city councillor for 10 years.",
     "Her tenure saw both change and challenges"),
    ("Maria Holt and Ana Ruiz served 24 years as mayors.\n\nPrior to that, she was a city councillor for 10 years.",
     "Her tenure saw both change and challenges"),
])
def test_a_possessive_after_the_same_persons_pronoun_takes_the_person_along_the_chain(before: str, title: str) -> None:
    assert article_title(_MAYOR.format(before), "2010") == title


def test_a_news_day_title_opening_with_her_takes_the_person_along_the_chain() -> None:
    # (the page's undated sentence, titled for the page's day by news.py: `resolve_title_pronoun`)
    timeline = build_timeline([Path(__file__).parent / "fixtures" / "possessive_chain_news"], cache=False)
    titles = {e.title for e in timeline.events}
    assert "Maria Holt’s tenure saw both growth and hardship" in titles
    assert not any(t.startswith("Her ") for t in titles)
