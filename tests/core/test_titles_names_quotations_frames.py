"""Titles: names, quotations and their frames, expletives, relative clauses: a capitalised unknown word inside a sentence is a name, never a verb the suffix rules guess
("Xi Jinping met" → "Xi Jinping meets", as any other name's verb); a listed subject of reported content keeps its
commas ("Norway, Sweden and Finland will close …, the ministers said")."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar
from timeline_app.core import extraction
from tests.core.title_helpers import article_title, sentence_title

_HEAD = "March 3, 2020\n\n"


@pytest.mark.parametrize("body, phrase, title", [
    # "-ing"/"-ed" endings of names the lexicon lacks: the name stays the subject, its verb goes to the present.
    ("Chinese leader Xi Jinping met the visiting president on Monday in the capital.", "Monday",
     "Xi Jinping meets the visiting president in the capital"),
    # Guard: a name in "-ing" (tagged a name at session start already).
    ("The new envoy Karl Fielding signed the treaty on Monday in Oslo.", "Monday",
     "The new envoy Karl Fielding signs the treaty in Oslo"),
    ("Defense Minister Rudolf Scharping said on Monday that the troops would stay.", "Monday",
     "Rudolf Scharping says that the troops would stay"),
    # A listed subject of what a frame after the comma reports.
    ("Norway, Sweden and Finland will close their borders, the ministers said on Friday.", "Friday",
     "The ministers say Norway, Sweden and Finland will close their borders"),
])
def test_title(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("sentence, word, tag", [
    ("Chinese leader Xi Jinping met the president.", "Jinping", "NNP"),
    ("The minister, Rudolf Scharping, arrived.", "Scharping", "NNP"),
    # At a sentence's start, or in a headline, a capital says nothing: the suffix rules still read the word.
    ("Reinvesting the profits helped.", "Reinvesting", "VBG"),
])
def test_capitalised_unknown_word_tag(sentence: str, word: str, tag: str) -> None:
    assert {t.text: t.pos for t in grammar.tag_words(sentence)}[word] == tag


@pytest.mark.parametrize("body, phrase, title", [
    # A quotation in its speaker's own person takes the speaker from the frame outside it, before or after the
    # verb, a family name in full; the quoted words stay as the source has them.
    ('Kari Moen runs the mill. "We will have a flat year this year," Ms. Moen says.', "this year",
     'Kari Moen says "We will have a flat year"'),
    ("``Today, I'm here to tell you we found the boat,'' said Tom Hale, the harbour master.", "Today",
     'Tom Hale says "I\'m here to tell you we found the boat"'),
    ("``We were pushed out of the talks in February but we are back,'' Berg said Sunday.", "February",
     'Berg says "We were pushed out of the talks"'),
    # (its case too: "you" inside the quotation stays lower case)
    ('"You get a news item, you have strong redemptions that day," says Mr. Dahl.', "that day",
     'Mr. Dahl says "you have strong redemptions"'),
    # Guard: a typographic closing mark made of two single quotes is one mark.
    ("‘‘We will have a flat year this year,’’ Ms. Moen says.", "this year", 'Ms. Moen says "We will have a flat year"'),
    ('"We will win in May," an official said.', "May", 'An official says "We will win"'),
])
def test_a_quotation_in_its_speakers_person_names_the_speaker(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("body, phrase, title", [
    # A pronoun speaks: the title stays (the speaker would be one more pronoun).
    ('"We will win in May," he said.', "May", "We will win"),
    # No quotation: no frame to read.
    ("We will win in May, the party said.", "May", "We will win"),
])
def test_an_own_person_title_without_a_named_frame_stays(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


_sentence_title = sentence_title


@pytest.mark.parametrize("sentence, phrase, title", [
    # A title that is only a reporting frame takes the quotation it reports whole, after it or opening the sentence.
    ("``The fleet will concentrate more on our own routes,'' Mr. Dahl said Friday.", "Friday",
     'Mr. Dahl says "The fleet will concentrate more on our own routes"'),
    ('Anna Berg said on Friday that "the operation has been very successful."', "on Friday",
     'Anna Berg says "the operation has been very successful"'),
    # A role before the name goes, lower-case "spokesman" too.
    ('Ferry spokesman Tom Hale said on Friday that "the crossing has been very calm."', "on Friday",
     'Tom Hale says "the crossing has been very calm"'),
])
def test_a_bare_frame_takes_its_quotation(sentence: str, phrase: str, title: str) -> None:
    assert _sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase", [
    # Guard: a quotation inside the reported content, not the frame's whole object, is no title's.
    ("Nordline closed the site on Thursday for violating ``our appropriate use policies,'' Tom Hale said.",
     "on Thursday"),
])
def test_a_quotation_inside_the_content_is_not_the_frames(sentence: str, phrase: str) -> None:
    assert "Hale" not in _sentence_title(sentence, phrase)


@pytest.mark.parametrize("sentence, phrase, title", [
    # A relative clause with no relative word and a pronoun subject ("the stake it has agreed to buy"): a date after
    # the outer verb is the outer clause's, whose subject is the noun phrase; not two clauses glued.
    ("The stake it has agreed to buy will double its holding in Norcom by March.", "by March",
     "The stake will double its holding in Norcom"),
    ("The plant it built in 2004 will close next year.", "next year", "The plant will close"),
    # A date inside it is the relative clause's, whose object (the noun phrase) goes back in the gap, after the
    # verb's infinitive too.
    ("The stake it has agreed to buy in March will double its holding.", "in March", "It has agreed to buy the stake"),
    ("The treaty he had rejected in 1988 at the talks was signed again.", "in 1988",
     "He had rejected the treaty at the talks"),
    ("The bank paid for most of the 50% stake it has agreed to acquire in Norcom in May.", "in May",
     "It has agreed to acquire the 50% stake in Norcom"),
    # Guards: a leading noun phrase of time is no antecedent; a telling verb's object neither.
    ("This year it has agreed to buy a stake in Norcom.", "This year", "It has agreed to buy a stake in Norcom"),
    ("Apple told the reporters it would ship the phone in June.", "in June", "It would ship the phone"),
])
def test_a_relative_clause_without_relative_word(sentence: str, phrase: str, title: str) -> None:
    assert _sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # Guards: an "it" that stands for the "that" clause after it, in a passive of announcing or a cleft around
    # the date: the title is the clause's.
    ("It was announced on Monday that the ferry would stop at three new ports.", "on Monday",
     "The ferry would stop at three new ports"),
    ("It was reported on Monday that the mayor had resigned.", "on Monday", "The mayor had resigned"),
    ("But it was not until Tuesday that the mayor revealed that the bridge had been sold.", "Tuesday",
     "The mayor reveals that the bridge had been sold"),
    ("It was in 1990 that the mill closed its gates.", "in 1990", "The mill closes its gates"),
    # A rumour, an allegation, a fear or a belief is not told as done: its frame stays.
    ("It has long been rumored since 1990 that Norcom would sell the unit.", "since 1990",
     "It has long been rumored that Norcom would sell the unit"),
    ("It was alleged in 2019 that the mayor took bribes.", "in 2019", "It was alleged that the mayor took bribes"),
    ("It was feared on Monday that the dam would burst.", "on Monday", "It was feared that the dam would burst"),
    ("It was denied on Monday that the mayor had resigned.", "on Monday",
     "It was denied that the mayor had resigned"),
])
def test_an_expletive_it_gives_the_clause_its_title(sentence: str, phrase: str, title: str) -> None:
    assert _sentence_title(sentence, phrase) == title


def test_an_adjectives_frame_stays() -> None:
    # Guard: "possible" says how sure the clause is; the clause alone would state it as a fact.
    assert _sentence_title("It is possible on Monday that the ferry will stop.", "on Monday").startswith("It is")


@pytest.mark.parametrize("body, phrase, title", [
    # A telling verb's passive has a real subject: its "it" takes its antecedent as any other.
    ("Norcom ran the site. The company said it was informed on Friday that it violated the policy.", "Friday",
     "The company was informed that it violated the policy"),
])
def test_a_telling_passive_it_is_no_expletive(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("title, shortened", [
    # A few characters over the length and no phrase boundary to end at: whole, not cut before its last words.
    ("Investigators have been searching for Kopp since shortly after the Oct. 23 slaying",
     "Investigators have been searching for Kopp since shortly after the Oct. 23 slaying"),
    ("The funeral home and cemetery operator changed from a fiscal year to a calendar year",
     "The funeral home and cemetery operator changed from a fiscal year to a calendar year"),
    # Guard: far over, still cut with its mark.
    ("The funeral home and cemetery operator changed from a fiscal year to a calendar year that ends in the winter "
     "months of each year",
     "The funeral home and cemetery operator changed from a fiscal year to a calendar…"),
])
def test_a_title_slightly_too_long_stays_whole(title: str, shortened: str) -> None:
    assert extraction._shorten(title) == shortened


@pytest.mark.parametrize("body, phrase, title", [
    # A relative clause between commas after the speaker names what is said of the speaker: the reporting verb's
    # "it" is still the speaker's.
    ("Norcom Inc., which offered $12 a share for Delta, said it would extend its bid to Nov. 6.", "Nov. 6",
     "Norcom Inc. would extend its bid"),
    # Guard: another name outside such a clause leaves the pronoun (either company may be "it").
    ("Norcom Inc. sued Delta Corp., and said it would extend its bid to Nov. 6.", "Nov. 6",
     "It would extend its bid"),
])
def test_a_relative_clause_after_the_speaker_does_not_compete(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title


@pytest.mark.parametrize("body, phrase, title", [
    # A name inside the quotation is the speaker's words, never the "he" that said them.
    ("``We want our port to serve as a catalyst for Polish Baltic trade,'' he said last year.", "last year",
     'He says "We want our port to serve as a catalyst for Polish Baltic trade"'),
    # "told" wants its object, which the title leaves out: the speaker "says".
    ("``Today, I can tell you we are willing to talk,'' Berg told the radio station.", "Today",
     'Berg says "I can tell you we are willing to talk"'),
])
def test_the_quotation_and_its_frame(body: str, phrase: str, title: str) -> None:
    assert article_title(_HEAD + body, phrase) == title
