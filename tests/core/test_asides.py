"""The main clause's subject and verb when an aside stands between them: an appositive ("Smith, the founder of
a group, described ..."), a prepositional aside ("on behalf of ...", "along with ..."), a participle's aside
("acting on a tip"), a relative clause, a bracketed or dashed aside. And a negative subject ("None of those
doctors were killed") negates its clause. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.core.grammar_helpers import main_subject_and_verb
from timeline_app.core import grammar, news


_subject_and_verb = main_subject_and_verb


# sentence → (the main clause's subject, its verb group). The first rows read wrong before (no verb, no subject,
# or a verb of the aside); the rest read right before and must stay so.
MAIN_CLAUSES = [
    # must change
    # a name's last word the lexicon lacks, which the tagger guesses an adjective from its hyphen
    ("Foreign Minister Nabil al-Araby, on behalf of the cabinet, rejected the offer.",
     ("Foreign Minister Nabil al-Araby", "rejected")),
    ("Ambassador Omar Hadi el-Masri, on behalf of the envoys, condemned the attacks.",
     ("Ambassador Omar Hadi el-Masri", "condemned")),
    # the tagger's past participle after the aside's closing comma
    ("Police, acting on a tip, arrested three men.", ("Police", "arrested")),
    ("But one opponent, the Rev. Carl Dunn, the founder of a group in Ohio, described the raid as a crime.",
     ("the Rev. Carl Dunn", "described")),
    # a bracketed or dashed aside
    ("The ambassador (a former general) rejected the charges.", ("The ambassador", "rejected")),
    ("The company (which makes chips) reported a loss.", ("The company", "reported")),
    ("The minister -- a close ally of the president -- resigned on Tuesday.", ("The minister", "resigned")),
    ("Three men -- two sailors and a cook -- were arrested.", ("Three men", "were arrested")),
    # must not change
    ("The mayor, a former police chief, praised the rescue teams.", ("The mayor", "praised")),
    ("The ministry, citing security concerns, banned the rally.", ("The ministry", "banned")),
    ("Goldstein, who said he was innocent, defended the plan.", ("Goldstein", "defended")),
    ("The contract, which was terminated on Sept. 27, covered three ships.", ("The contract", "covered")),
    ("The company signed a contract, which was terminated on Sept. 27.", ("The company", "signed")),
    ("The ministry, along with two agencies, announced new rules.", ("The ministry", "announced")),
    ("Brazil, like other exporters, raised its prices.", ("Brazil", "raised")),
    ("The bank, founded in 1890, closed its last branch.", ("The bank", "closed")),
    ("The Senate, in a 52-48 vote, approved the measure.", ("The Senate", "approved")),
    ("Prices rose in May, the ministry said.", ("Prices", "rose")),
    ("Apples, pears, sliced peaches and grapes.", (None, None)),  # a list: no verb to find
    # ... nor a subject across a dashed aside when the words before it have their verb, or are a leading phrase
    ("The firm has been under pressure since rivals -- including two banks -- surfaced last year.",
     ("The firm", "has been")),
    ("At the annual Developers Conference (DC) keynote at the center, the chief executive unveiled a phone.",
     ("the chief executive", "unveiled")),
]


@pytest.mark.parametrize("sentence, expected", MAIN_CLAUSES)
def test_main_clause_across_an_aside(sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert _subject_and_verb(sentence) == expected


# The participle after an aside stays a modifier where the clause has its own verb or the participle reads as one.
@pytest.mark.parametrize("sentence, groups", [
    ("Police, acting on a tip, arrested three men.", ["arrested"]),
    ("The rebels, backed by Rwanda, captured the town.", ["captured"]),
    ("The workers, many of them, retired teachers.", []),  # an adjective before its noun
    ("The suspect, a former guard, accused by police.", []),  # an agent phrase
])
def test_verb_groups_after_an_aside(sentence: str, groups: list[str]) -> None:
    assert [g.text for g in grammar.verb_groups(grammar.tag_words(sentence))] == groups


# sentence → is the main clause negated? A negative word opening the subject negates it.
@pytest.mark.parametrize("sentence, negated", [
    ("None of those doctors were killed.", True),
    ("No one has claimed responsibility for the attacks.", True),
    ("Nobody was hurt.", True),
    ("Nothing happened on Monday.", True),
    ("No suspects have been identified.", True),
    ("Some of those doctors were killed.", False),
    ("The guards found nothing.", False),
])
def test_negative_subject(sentence: str, negated: bool) -> None:
    a = grammar.analyse_sentence(sentence)
    group = news.main_group(a)
    assert group is not None
    assert news._negated(a.tokens, group) is negated
