"""Wire copy's typewriter quotes (``We are done,'' he said.), as TimeBank/AQUAINT and many newswire archives write
them, are quotation marks like "..." and “...”: a ``quotation'' opens a sentence after a full stop; `` and '' are
one token each, an opening and a closing quote, so clauses break there and a verb inside the quotation is the
speaker's; a quotation running over sentences is counted with them. Every row is invented and fails on the code
before the change unless marked as a guard."""
from __future__ import annotations

import pytest

from timeline_app.core import grammar, news
from timeline_app.core.documents import document_from_text, split_sentences
from timeline_app.core.extraction import title_from_sentence
from timeline_app.core.temporal import tag


@pytest.mark.parametrize("text, sentences", [
    ("Talks\n\nJobs were cut on Monday. ``We are done,'' he said. ``Not yet.'' Smith said. ``We won.'' The end came.",
     ["Talks", "Jobs were cut on Monday.", "``We are done,'' he said.", "``Not yet.''", "Smith said.", "``We won.''",
      "The end came."]),
    # after a dotted abbreviation, a quotation opening with a sentence opener word ("We") starts a sentence
    ("The deal was signed in the U.S. ``We won,'' he said.", ["The deal was signed in the U.S.", "``We won,'' he said."]),
    # a single typewriter quote too
    ("The vote failed. `Not again,' she said.", ["The vote failed.", "`Not again,' she said."]),
    # Guards: straight and curly quotes split so already; a quotation after a title stays in its sentence.
    ('He said "we will go." The next day it rained.', ['He said "we will go."', "The next day it rained."]),
    ("The vote failed. \u201cNot again,\u201d she said.", ["The vote failed.", "\u201cNot again,\u201d she said."]),
    ("He met Mr. ``Bud'' Smith on Monday.", ["He met Mr. ``Bud'' Smith on Monday."]),
    # Guard: a dotted abbreviation before a capitalised word that opens no sentence by itself ends none: in
    # TimeBank/AQUAINT "U.S." is followed by a capital 86 times, 80 of them a name it modifies ("U.S. Embassy",
    # "U.S. Marines"), and the 6 sentence starts open with a word like "The", "That", "And", "His".
    ("It rose in the U.S. Jobs were cut on Monday.", ["It rose in the U.S. Jobs were cut on Monday."]),
    ("Rates rose in the U.S. The cuts came on Monday.", ["Rates rose in the U.S.", "The cuts came on Monday."]),
])
def test_a_typewriter_quotation_opens_a_sentence(text: str, sentences: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[s.start:s.end] for s in spans] == sentences
    doc = document_from_text(text, id="d")  # the loader's sentences are the same, at exact offsets
    assert [doc.text[s.start:s.end] for s in doc.sentences][-len(sentences):] == sentences


@pytest.mark.parametrize("sentence, tokens", [
    ("``We are done,'' he said.", ["``", "We", "are", "done", ",", "''", "he", "said", "."]),
    ("``Not yet.'' Smith said.", ["``", "Not", "yet", ".", "''", "Smith", "said", "."]),
    # a nested single quote closes first ("'''": "'" then "''"), and opens last ("```": "``" then "`")
    ("``It is `healthy' food,''' she said.",
     ["``", "It", "is", "`", "healthy", "'", "food", ",", "'", "''", "she", "said", "."]),
    ("```Fair' is a word,'' he said.", ["``", "`", "Fair", "'", "is", "a", "word", ",", "''", "he", "said", "."]),
    # Guards: possessives and clitics are as before.
    ("The players' union's chief said it's over.", ["The", "players", "'", "union", "'s", "chief", "said", "it", "'s",
                                                    "over", "."]),
])
def test_typewriter_quotes_are_one_token_each(sentence: str, tokens: list[str]) -> None:
    words = grammar.tag_words(sentence)
    assert [t.text for t in words] == tokens
    assert all(sentence[t.start:t.end] == t.text for t in words)
    assert {t.pos for t in words if t.text in ("``", "''")} <= {"``", "''"}


@pytest.mark.parametrize("sentence, verb", [
    ("``We will not leave,'' the mayor said.", "said"),
    ("``The dam held and the town is safe,'' the governor said on Monday.", "said"),
    # Guard: straight quotes were so already.
    ('"The dam held and the town is safe," the governor said on Monday.', "said"),
])
def test_the_main_verb_is_not_inside_the_quotation(sentence: str, verb: str) -> None:
    group = news.main_group(grammar.analyse_sentence(sentence))
    assert group is not None and group.main.text == verb


@pytest.mark.parametrize("sentence, phrase, title", [
    # a short quotation inside the clause is part of it, as with straight quotes
    ("In a long attack on Thursday, Saddam called Bush ``a liar'' and said war could come.", "on Thursday",
     "Saddam calls Bush ``a liar''"),
    ("On Friday, Netanyahu said he had ``no qualms'' about the resolution.", "On Friday",
     "Netanyahu says he had ``no qualms'' about the resolution"),
    ("On Sunday, the State Department issued an updated ``worldwide caution'' to travelers.", "On Sunday",
     "The State Department issues an updated ``worldwide caution'' to travelers"),
    # a quotation before its reporting frame is what was said
    ("``The bridge will reopen,'' the council said on Monday.", "on Monday", "The council says the bridge will reopen"),
    # Guards: the same with straight quotes.
    ('On Friday, Netanyahu said he had "no qualms" about the resolution.', "On Friday",
     'Netanyahu says he had "no qualms" about the resolution'),
    ('"The bridge will reopen," the council said on Monday.', "on Monday", "The council says the bridge will reopen"),
])
def test_a_typewriter_quotation_is_titled_as_a_straight_one(sentence: str, phrase: str, title: str) -> None:
    start = sentence.index(phrase)
    assert title_from_sentence(sentence, start, start + len(phrase)) == title


def _body_news(text: str) -> list[str]:
    doc = document_from_text(text, id="d")
    return [i.candidate.mention.text for i in news.find_news(doc, tag(doc.text, reference=doc.published))
            if i.role == "body"]


@pytest.mark.parametrize("body, reported", [
    # the later sentences of a quotation are still the speaker's words
    ("The statement reads: ``Apple has lost a visionary. Those of us who knew him have lost a friend. "
     "His spirit will stay.''", []),
    # Guards: a quotation closed before leaves the next sentence the article's own report; straight quotes.
    ("``We have lost a visionary,'' the statement said. The company has lowered its flags.", ["has lowered"]),
    ('The statement reads: "Apple has lost a visionary. Those of us who knew him have lost a friend. '
     'His spirit will stay."', []),
])
def test_a_typewriter_quotation_running_over_sentences_reports_nothing(body: str, reported: list[str]) -> None:
    assert _body_news(f"Founder dies\nOctober 6, 2011\n\nThe founder of Apple has died.\n\n{body}\n") == reported


@pytest.mark.parametrize("sentence, title", [
    # Guards: the telling's subject follows the closing mark, which is no longer read as the subject's first words
    # (news stripped it from the title before), and a single curly quotation is still found by its marks in the
    # text (its closing mark is an apostrophe's, so it is not counted in the tokens).
    ("``We will not leave,'' the mayor told reporters.", "The mayor tells reporters"),
    ("\u2018We will not leave,\u2019 the mayor told reporters.", "The mayor tells reporters"),
])
def test_a_quotations_telling_is_titled_by_its_own_subject(sentence: str, title: str) -> None:
    doc = document_from_text(f"Flood\nApril 22, 2024\n\nThe river rose on Monday.\n\n{sentence}\n", id="d")
    items = [i for i in news.find_news(doc, tag(doc.text, reference=doc.published)) if i.role == "body"]
    assert [(i.candidate.mention.text, i.candidate.title) for i in items] == [("told", title)]
