"""Which organisation a later "the NOUN" stands for (`coref.Organisations`): a name whose head is a common noun
("the Board of Education", "the Supreme Court"), named as a sentence's subject."""
from __future__ import annotations

import pytest

from timeline_app.core import coref


@pytest.mark.parametrize("text, noun, name", [
    # a sentence's end ends the name: the month before it is no part of it
    ("The tax rise will take effect in April. The Board of Education said it would cut posts. The board meets "
     "on Friday.", "board", "the Board of Education"),
    ("The plant closed in Kessa. The Food Workers Union said it would appeal. The union meets on Friday.",
     "union", "the Food Workers Union"),
    # an initial's full stop stays inside the name
    ("The U.S. Supreme Court ruled on Monday. The court said no.", "court", "the U.S. Supreme Court"),
])
def test_a_name_ends_at_a_sentence_end(text: str, noun: str, name: str | None) -> None:
    assert coref.organisations(text).named(noun, len(text)) == name


@pytest.mark.parametrize("text, sentence, name", [
    ("The Supreme Court ruled on Monday. The court said no.", "The court said", "the Supreme Court"),
    ("The Supreme Court ruled on Monday. The Supreme Court met again. The court said no.", "The court said",
     "the Supreme Court"),
    ("The Supreme Court ruled on Monday. The Circuit Court said yes. The court said no.", "The court said", None),
    # before the second court, only one: that one
    ("The Supreme Court ruled on Monday. The court said no. The Circuit Court said yes.", "The court said",
     "the Supreme Court"),
    ("The court said no. The Supreme Court ruled on Monday.", "The court said", None),
])
def test_two_different_names_with_one_noun_name_neither(text: str, sentence: str, name: str | None) -> None:
    assert coref.organisations(text).named("court", text.index(sentence)) == name


@pytest.mark.parametrize("text, name", [
    # the subject, with an adverbial between it and its verb
    ("The Colorado Court of Appeals on Tuesday blocked the law. The court said it would rule again.",
     "the Colorado Court of Appeals"),
    ("On Tuesday, the Colorado Court of Appeals unanimously blocked the law. The court said it would rule again.",
     "the Colorado Court of Appeals"),
    ("In 2010 the Supreme Court ruled that it could. The court said no.", "the Supreme Court"),
    ("The Supreme Court, which met on Monday, ruled against the city. The court said no.", "the Supreme Court"),
    # two courts are the subjects of sentences: which one "the court" is, nobody can say
    ("The Tenth Circuit Court had refused to hear the case in 2024. On Tuesday, the Colorado Court of Appeals "
     "unanimously blocked the law. The court said it would rule again.", None),
    # no subject: a preposition's noun, a noun's modifier, an object
    ("Officials at the U.S. Supreme Court declined to comment. The court said no.", None),
    ("Supreme Court judges met on Monday. The court said no.", None),
    ("Lawyers asked the Supreme Court to rule. The court said no.", None),
])
def test_an_organisation_counts_as_a_subject(text: str, name: str | None) -> None:
    assert coref.organisations(text).named("court", text.rindex("The court")) == name


@pytest.mark.parametrize("text, noun, name", [
    ("Egypt's official Middle East News Agency said Thursday that talks had failed. The agency quoted witnesses.",
     "agency", "Middle East News Agency"),
    ("The state's Supreme Court ruled on Monday. The court said no.", "court", "Supreme Court"),
    ("A lawyer for the Supreme Court said on Monday that it would rule. The court said no.", "court", None),
])
def test_a_subject_may_have_a_determiner_and_modifiers(text: str, noun: str, name: str | None) -> None:
    assert coref.organisations(text).named(noun, text.rindex("The " + noun)) == name


def test_a_sentence_of_many_names_reads_each_verbs_subject_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every name of a sentence asked whether it is a subject: the sentence's subjects are found once, not once
    # per name (names x verb groups on one long sentence of untrusted text).
    from timeline_app.core import grammar
    sentence = "The Water Board said " + ", and ".join(["the Harbor Court ruled that the Port Board met"] * 12) + "."
    text = sentence + " The board said no. The court met."
    calls = []
    subject_of = grammar.SentenceAnalysis.subject_of
    monkeypatch.setattr(grammar.SentenceAnalysis, "subject_of",
                        lambda self, group: calls.append(group) or subject_of(self, group))
    organisations = coref.Organisations(text)
    groups = len(grammar.analyse_sentence(sentence).groups)
    assert groups >= 25 and len(calls) <= groups
    assert organisations.named("board", text.rindex("The board")) is None  # (two boards: which one?)
    assert organisations.named("court", text.rindex("The court")) == "the Harbor Court"


@pytest.mark.parametrize("text, name", [
    # a sentence of at most 2,000 characters is read
    ("The Supreme Court ruled that " + "the city may sell land, and " * 60 + "the state may buy it. The court said no.",
     "the Supreme Court"),
    # a longer run-on "sentence" (a page or a list without full stops) names no subject
    ("The Supreme Court ruled that " + "the city may sell land, and " * 80 + "the state may buy it. The court said no.",
     None),
])
def test_a_run_on_sentence_names_no_subject(text: str, name: str | None) -> None:
    assert coref.organisations(text).named("court", text.rindex("The court")) == name
