"""Titles cut before what makes them news: a verb that takes a clause keeps the clause it ruled, found or told (past
an aside of commas between its subject and verb, or past the frame's audience and a phrase of where or how, "tell"
then read as "say"); a gerund right after the verb is what began or started; a past form after the object is a
participle of it, not the title's verb ("people previously reported missing"); a sentence the page cut mid-word
loses the cut word's phrase (`grammar.cut_word_end`). Titles with nothing cut stay as they were. All sentences are
invented."""
from __future__ import annotations

import pytest

from tests.core.title_helpers import sentence_title
from timeline_app.core import grammar


@pytest.mark.parametrize("sentence, phrase, title", [
    # the complement past its subject's aside (was "The county medical examiner rules Alvarez")
    ("On Tuesday the county medical examiner ruled Alvarez, 31, died from strangulation.", "On Tuesday",
     "The county medical examiner rules Alvarez died from strangulation"),
    # the audience and a phrase of how give way to what was told (was "... tells analysts on a conference…")
    ("Acme Stores Chief Financial Officer Karen Hale told analysts on a conference call on Wednesday the company "
     "expects sales to fall.", "on Wednesday",
     "Acme Stores Chief Financial Officer Karen Hale says the company expects sales to fall"),
    # the complement's own date: its subject is not the frame's audience (was "Analysts on a conference call expects
    # sales to fall")
    ("Acme Stores Chief Financial Officer Karen Hale told analysts on a conference call on Wednesday the company "
     "expects sales to fall in the fourth quarter.", "the fourth quarter", "The company expects sales to fall"),
    ("The finance chief told analysts on a conference call on Wednesday that sales would fall.", "on Wednesday",
     "The finance chief says that sales would fall"),  # (was "The finance chief tells analysts on a conference call")
    ("The minister told reporters in Brello on Friday the border would reopen next week.", "on Friday",
     "The minister says the border would reopen next week"),
    # a gerund right after the verb is what began (was "Jurors begin after several days of testimony ...")
    ("Jurors began deliberating on Monday after several days of testimony in Miller's trial.", "on Monday",
     "Jurors begin deliberating after several days of testimony in Miller's trial"),
    ("Police started searching on Friday for the missing boy.", "on Friday",
     "Police start searching for the missing boy"),  # (was "Police start for the missing boy")
    # a participle of the object is no title's verb (was "Three of the 47 people previously report")
    ("Rescuers reached three of the 47 people previously reported missing in 2019.", "in 2019",
     "Rescuers reached three of the 47 people previously reported missing"),
    ("The army said rescuers had found the two climbers earlier reported missing on Sunday.", "on Sunday",
     "Rescuers had found the two climbers earlier reported missing"),  # (was "The two climbers earlier report")
    # a page cut mid-word: the cut word's phrase goes (was "... after a limp d", "... after a limp defe")
    ("Rovers got the start they desperately needed on Saturday after a limp d", "on Saturday",
     "They desperately need the start"),
    ("On Saturday Rovers got the start they desperately needed after a limp defe", "On Saturday",
     "Rovers get the start they desperately needed"),
])
def test_a_title_keeps_what_makes_it_news(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a complement the walk reads already, and a telling verb's bare audience, stay as they were
    ("The medical examiner ruled on Tuesday that Alvarez died from strangulation.", "on Tuesday",
     "The medical examiner rules that Alvarez died from strangulation"),
    ("Smith told reporters on Tuesday he would resign.", "on Tuesday", "Smith tells reporters he would resign"),
    ("Smith told reporters on Tuesday that he would resign.", "on Tuesday", "Smith says that he would resign"),
    ("The company said on Monday it sold the unit.", "on Monday", "The company says it sold the unit"),
    ("Smith told reporters the company would close the plant in May.", "in May", "The company would close the plant"),
    # a clause-taking verb's object with an aside and no verb after it
    ("Police found the body of a man, 45, in a river on Sunday.", "on Sunday", "Police found the body of a man"),
    # finite verbs after a noun: a subordinate clause's, a relative clause's
    ("On Monday, after the case closed Apple extended an invitation to the press.", "On Monday",
     "Apple extends an invitation to the press"),
    ("Guests who arrived early applauded on Friday.", "on Friday", "Guests applaud"),
    # a participle that opens a date's phrase as a preposition does still goes with the date
    ("The festival runs for a week starting June 1.", "June 1", "The festival runs for a week"),
    # whole words at a sentence's end with no full stop: nothing cut
    ("Rovers got the start they desperately needed on Saturday after a limp defeat", "on Saturday",
     "They desperately need the start after a limp defeat"),
    ("Young teens across the country turn in their thousands to vapes on Sunday", "on Sunday",
     "Young teens across the country turn in their thousands to vapes"),
])
def test_a_title_with_nothing_cut_stays(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, verb, title", [
    # the news' reading: a verb group's own headline (`news` titles a lead by it)
    ("The medical examiner ruled Hernandez, 27, died from strangulation.", "ruled",
     "The medical examiner rules Hernandez died from strangulation"),
    ("Tottenham got the start they desperately needed after a limp d", "got",
     "Tottenham gets the start they desperately needed"),
    ("Deliberations began on Monday after several days of testimony in Thompson's trial.", "began",
     "Deliberations begin on Monday after several days of testimony in Thompson's trial"),  # (unchanged)
])
def test_a_verb_groups_headline_keeps_what_makes_it_news(sentence: str, verb: str, title: str) -> None:
    group = next(g for g in grammar.analyse_sentence(sentence).groups if g.text == verb)
    assert grammar.headline_clause(sentence, group.start, group.end) == title


@pytest.mark.parametrize("sentence, kept", [
    ("Tottenham got the start they desperately needed after a limp d", "Tottenham got the start they desperately needed"),
    ("The council said on Thursday it would rebuild the hall in the desperat",
     "The council said on Thursday it would rebuild the hall"),
    # no cut: a full stop, a known word, a name, a headline's few words
    ("Tottenham got the start they desperately needed after a limp defeat", None),
    ("Tottenham got the start they desperately needed after a limp d.", None),
    ("Tottenham got the start they desperately needed against Brello", None),
    ("Teens turn to vapes", None),
])
def test_a_sentence_cut_mid_word_ends_before_the_cut_words_phrase(sentence: str, kept: str | None) -> None:
    cut = grammar.cut_word_end(sentence)
    assert (None if cut is None else sentence[:cut].rstrip()) == kept
