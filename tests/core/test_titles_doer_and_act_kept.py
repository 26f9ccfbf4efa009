"""A title names the doer and the act (s30, realnews11's class "a title with no who or no act"): a pronoun subject
that takes its antecedent keeps the title's verb even when the tagger reads a word of the antecedent's name as
a verb ("Francis Slay won": "Slay/VBP", once titled "Francis Slay the general election"); the subject's head is
the noun its preposition's and participle's phrases modify, not their objects ("An explosion at a factory in
northwest Turkey left 11 dead", once "Turkey leaves 11 dead"; "Users attempting to access Facebook encountered
blank screens", once "Facebook encounters blank screens"); a title cut before its verb by a subject too long for it
is made again with each doer's head and possessor ("then-County Supervisor Ridley-Thomas and the former dean
have a quid pro quo arrangement", once "... and the former dean of the USC School…"). Articles and sentences are
invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import grammar
from timeline_app.core.pipeline import build_timeline
from tests.core.title_helpers import sentence_title, verb_subject


def _titles(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "mayor.txt"
    path.write_text(text, encoding="utf-8")
    return [e.title for e in build_timeline([path], cache=False).events]


@pytest.mark.parametrize("name, verb_name", [
    ("Francis Slay", "Slay"),  # (the lexicon's verb "slay")
])
def test_a_pronoun_that_takes_a_name_keeps_the_verb(tmp_path: Path, name: str, verb_name: str) -> None:
    text = (f"Mayor will not run again\n\nApril 8, 2016\n\nLYNTON (AP) — Lynton Mayor {name} announced on Friday "
            f"that she will not seek re-election next year.\n\n{verb_name} was first elected mayor in 2001. She won "
            "the general election against a Green Party candidate; there was no other challenger.\n")
    titles = _titles(tmp_path, text)
    told = [t for t in titles if "general election" in t]
    assert told and all(t.startswith(f"{name} wins the general election") for t in told), titles


@pytest.mark.parametrize("sentence, verb, subject", [
    # an adverb between a preposition and its noun phrase is inside the phrase: the walk goes on past it
    ("An explosion at an ammunition factory in northwest Turkey left 11 dead.", "left",
     "An explosion at an ammunition factory in northwest Turkey"),
    ("Protests in only three cities turned violent.", "turned", "Protests in only three cities"),
    # a participle that takes an infinitive modifies the noun before it
    ("Users attempting to access the site encountered blank screens.", "encountered", "Users"),
    ("Fans hoping to see the band waited for hours.", "waited", "Fans"),
    # guards: an adverb before the verb is no part of the subject; a clause's own verb before "to" is no modifier
    ("The factory in Turkey reopened quickly.", "reopened", "The factory in Turkey"),
    ("Officials tried to reach the town and failed.", "tried", "Officials"),
])
def test_the_subjects_head_is_the_modified_noun(sentence: str, verb: str, subject: str) -> None:
    assert verb_subject(sentence, verb) == subject


@pytest.mark.parametrize("sentence, phrase, title", [
    ("An explosion at an ammunition factory in northwest Turkey left 11 dead and five injured Tuesday morning.",
     "Tuesday morning", "An explosion at an ammunition factory leaves 11 dead and five injured"),
    ("Users attempting to access the site encountered blank screens on Friday.", "Friday",
     "Users encounter blank screens"),
])
def test_the_title_names_the_doer(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("sentence, phrase, title", [
    # a subject too long for its title to keep the verb (the title was cut before it): each doer's head and its
    # first "of" phrase (its possessor), without the other phrases of a preposition; the possessor too when the
    # subject is still too long
    ("Prosecutors said that County Supervisor Ridley-Thomas and the former dean of the Lynton School of Social "
     "Work had a quid pro quo arrangement during 2017.", "2017",
     "County Supervisor Ridley-Thomas and the former dean have a quid pro quo arrangement"),
    ("The chairman of the board of directors of the Kenmore County Regional Water and Sewer Authority resigned on "
     "Monday.", "Monday", "The chairman of the board resigns"),
    ("The former chief executive of the failed regional lender Atlantic Mutual Savings Bank of Boston pleaded "
     "guilty on Monday.", "Monday", "The former chief executive pleads guilty"),
    # guard: a subject that fits keeps its phrases
    ("The chairman of the water authority resigned on Monday.", "Monday", "The chairman of the water authority resigns"),
])
def test_a_long_subject_keeps_its_heads_and_the_verb(sentence: str, phrase: str, title: str) -> None:
    assert sentence_title(sentence, phrase) == title


@pytest.mark.parametrize("subject, kept", [
    ("The former dean of the Lynton School of Social Work and the chairman of the Kenmore Water Authority",
     "The former dean and the chairman"),
    # guards: "of" inside a name, and after a number (the head is the phrase after it: the later phrases go)
    ("The Bank of America and the Royal Bank of Scotland and the Commonwealth Bank of Australia",
     "The Bank of America and the Royal Bank of Scotland and the Commonwealth Bank of Australia"),
    ("One of the three men arrested by the police in the raid on the warehouse near the harbour",
     "One of the three men arrested by the police"),
])
def test_the_modifiers_a_long_subject_leaves_out(subject: str, kept: str) -> None:
    tokens = grammar.tag_words(subject)
    out = grammar._subject_modifiers(tokens, 0, len(tokens), 40)
    assert grammar._join([t for k, t in enumerate(tokens) if k not in out]) == kept



def test_a_cut_title_is_made_again_only_for_its_own_doer() -> None:
    # The tagger reads "sentences" as a noun: the cut title holds no finite verb, and the date's clause the grammar
    # finds is another story's ("... The Valley Times retracts ..."): the title stays the first story's.
    sentence = ("Today on Newsline : The Democratic Republic of Brello sentences two Lynton's to death in a second "
                "trial; Lynton newspaper The Valley Times retracts a story similar to a famous hoax; Brello "
                "experiences a setback for its space program.")
    assert sentence_title(sentence, "Today") == \
        "On Newsline : The Democratic Republic of Brello sentences two Lynton's to death"
