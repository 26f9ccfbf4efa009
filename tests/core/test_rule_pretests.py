"""Cheap tests that let a rule be skipped for a sentence (issue 7) answer as the rule would: a sentence they turn
away is one the rule says no to at every date and verb group. (Their cost is measured, not asserted.)"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from timeline_app.core import grammar, news

_NO_YARDSTICK = [
    "Prices rose 3.5% in the second quarter, with 2,000 jobs added, the ministry said.",
    "On June 3, 2024, Ann Lee visited Rome for talks on trade.",
    "Protesters gathered in Lima on Tuesday, and the mayor spoke the next day.",
]
_YARDSTICK = [
    "Sales fell 8.4% from a year ago.",
    "The company posted a net loss, versus net income of $5.3 million a year earlier.",
    "Profit was higher than in 2005.",
    "Output rose 4% compared with the previous year.",
]


@pytest.mark.parametrize("text, expected", [
    *((text, False) for text in _NO_YARDSTICK),
    *((text, True) for text in _YARDSTICK),
    ("Sales FELL 8% FROM A YEAR AGO.", True),  # any case
    ("Sales rose 8% ver\u017fus 2005.", True),  # not ASCII: no answer from letters alone
])
def test_may_hold_a_yardstick(text, expected):
    assert news._may_hold_a_yardstick(text) is expected


def _spans(text: str) -> list[tuple[int, int]]:
    tokens = grammar.tag_words(text)
    return [(tokens[i].start, tokens[j].end) for i in range(len(tokens)) for j in range(i, min(i + 6, len(tokens)))]


@pytest.mark.parametrize("text", _NO_YARDSTICK)
def test_a_sentence_turned_away_has_no_yardstick_at_any_span(text):
    for start, end in _spans(text):
        assert not grammar.is_comparison_baseline(text, start, end)
        assert grammar.comparison_far_side(text, start, end) is None
        assert not news._yardstick(text, SimpleNamespace(start=start + 10, end=end + 10), 10)


@pytest.mark.parametrize("text, phrase", [
    ("Sales fell 8.4% from a year ago.", "a year ago"),
    ("Profit was higher than in 2005.", "2005"),
])
def test_a_yardstick_is_still_found(text, phrase):
    start = text.index(phrase)
    assert news._yardstick(text, SimpleNamespace(start=start, end=start + len(phrase)), 0)


_NEITHER_REFUSES_NOR_REPORTS = [
    "Acme bought the plant on Monday and closed it in May.",
    "The storm hit the coast on March 3, 2024.",
    "The board met twice in June.",
]
_REFUSES_OR_REPORTS = [
    "The company declined to comment on Tuesday.",
    "Officials on Monday refused further comment.",
    "Acme said on Monday it could not comment on the suit.",
]


@pytest.mark.parametrize("text, expected", [
    *((text, False) for text in _NEITHER_REFUSES_NOR_REPORTS),
    *((text, True) for text in _REFUSES_OR_REPORTS),
])
def test_may_refuse_or_report(text, expected):
    assert news.may_refuse_or_report(grammar.analyse_sentence(text)) is expected


@pytest.mark.parametrize("text", _NEITHER_REFUSES_NOR_REPORTS)
def test_a_sentence_turned_away_has_no_non_answer_at_any_group(text):
    a = grammar.analyse_sentence(text)
    assert a.groups
    for g in a.groups:
        assert not news.says_nothing(a, g)
        assert not news.refuses_to_tell(a.tokens, g)
        assert not any(news.refuses_to_tell(a.tokens, g, at) for at in range(len(a.tokens)))


def test_a_refusal_is_still_found():
    a = grammar.analyse_sentence("The company declined to comment on Tuesday.")
    assert any(news.refuses_to_tell(a.tokens, g) for g in a.groups)


@pytest.mark.parametrize("text", [
    "What happens next in 2021 depends on the court.",  # a subject a leading wh-word widens
    "Who won the vote on Monday remains unclear, officials said.",
    "The company charged $46 million against earnings, added $20 million to its reserves and established a fund.",
    "The treaty that he rejected in 1990 remains in force.",
    "Acme, the sources said, has closed the plant.",
])
def test_subject_of_answers_as_the_subject_walk_in_any_order(text):
    tokens = grammar.tag_words(text)
    n = len(grammar.SentenceAnalysis(tokens).groups)
    for order in (list(range(n)), list(reversed(range(n))), [*range(n), *range(n)]):
        fresh = grammar.SentenceAnalysis(tokens)  # (no memo shared with another order)
        walked = grammar.SentenceAnalysis(tokens)
        for k in order:
            assert fresh.subject_of(fresh.groups[k]) == grammar._subject_span(walked, walked.groups[k])


@pytest.mark.parametrize("text, expected", [
    ("The two leaders have met several times.", True),
    ("He has visited the port twice.", True),
    ("She won a prize and was shortlisted on three other occasions.", True),
    ("The council met on Monday.", False),
    ("The new plant is twice the size of the old one.", False),
    ("Times have changed for the company.", False),  # the counting word before the verb: no count of its clause
])
def test_repeated(text, expected):
    a = grammar.analyse_sentence(text)
    group = news.main_group(a)
    assert group is not None
    assert news._repeated(a, a.tokens, group) is expected


@pytest.mark.parametrize("text", [*_NEITHER_REFUSES_NOR_REPORTS, *_REFUSES_OR_REPORTS,
                                  "Officials declined on Monday to hear the case, the court said."])
def test_a_group_turned_away_has_no_non_answer(text):
    # extraction's `_non_answer` asks `refuses_or_reports` of the date's group before its two tests
    a = grammar.analyse_sentence(text)
    for g in a.groups:
        if not news.refuses_or_reports(g):
            assert not news.says_nothing(a, g)
            assert not any(news.refuses_to_tell(a.tokens, g, at) for at in (None, *range(len(a.tokens))))
    assert news.may_refuse_or_report(a) is any(map(news.refuses_or_reports, a.groups))


class _Unread(tuple):
    def __iter__(self):
        raise AssertionError("the tokens were read")


@pytest.mark.parametrize("text, expected", [
    ("The judge removed Vacco, then the U.S. attorney, from the case.", True),
    ("Olsen, THEN a deckhand, joined the crew in Oslo.", True),  # any case
    ("Police arrested two men, then searched their homes.", False),  # a verb after it: the next step
    ("Protesters gathered in Lima on Tuesday.", None),  # no "then": the tokens are not read
    ("The authorities closed the road.", None),
])
def test_then_apposition(text, expected):
    tokens = grammar.tag_words(text)
    if expected is None:
        assert news._then_apposition(_Unread(tokens), text) is False
    else:
        assert news._then_apposition(tokens, text) is expected
