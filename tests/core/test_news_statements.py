"""Statements in an article's body, the "that" clause of a reporting verb, and the words that name no one and no
happening (number words, "police"). All articles and sentences here are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import grammar, merging, news
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import actors_in
from timeline_app.core.temporal import tag
from tests.core.news_helpers import body_news

# Published on a Saturday; its news is of the day before ("Friday").
_ARTICLE = ("Acme to give free chargers to Widget 7 owners\nMarch 13, 2021\n\n"
            "Acme Corp. announced Friday that it will give owners of its Widget 7 a free charger. "
            "The rubber chargers wrap around the side of the widget. {}\n")


def _body(sentence: str) -> list[news.NewsItem]:
    return body_news(sentence, _ARTICLE)


@pytest.mark.parametrize("sentence, word", [
    ("Jane Doe said that the widgets can be returned for a refund.", "said"),  # a modal clause
    ("Doe also said that buyers who had already paid for a charger will receive a refund.", "said"),  # relative
    ("Doe acknowledged that some users were having problems.", "acknowledged"),  # a past progressive
    # an admission, its clause's subject read whole: "of" and a model's number are no relative word
    ("Doe admitted that the share of calls dropped on the Widget 4 was higher than on the Widget 7.", "admitted"),
])
def test_a_body_statement_in_the_simple_past_is_news_of_the_articles_day(sentence: str, word: str) -> None:
    body = _body(sentence)
    assert [i.candidate.mention.text for i in body] == [word]
    assert body[0].candidate.first == dt.date(2021, 3, 12)  # Friday's, the day of the article's news


@pytest.mark.parametrize("sentence", [
    "Officials say that the widgets can be returned for a refund.",   # a present: what is held now
    "Doe has said that the widgets can be returned for a refund.",    # said at some time before
    "Doe said the stock remains convertible into common shares.",     # how things stand
    "Doe said that the company has 109 stores.",
    "Doe said the plan was a mistake.",                                # a view of what was
    "Doe said that earlier deals had often fallen short.",             # background: a past perfect
    "The widgets can be returned for a refund, Doe said.",           # frames no clause
    "Doe did not say whether the widgets can be returned.",           # negated
])
def test_body_statements_that_are_no_news_add_nothing(sentence: str) -> None:
    assert _body(sentence) == []


def _kept(text: str) -> list[str]:
    """The mention words of the news that `resolve_news` keeps for one article (no other article, no event)."""
    doc = document_from_text(text, id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    return [c.mention.text for c in news.resolve_news({doc.id: items}, [], [doc])]


def test_a_body_statement_is_not_carried_on_from_an_earlier_date() -> None:
    # The sources spoke lately, not at the March 2 interview of the sentence before; and no day is theirs.
    before = "In a March 2 interview, Doe said that the widget was safe."
    assert "claimed" not in _kept(_ARTICLE.format(f"{before} The sources claimed that the widget can be fixed."))
    # Without that earlier date the same statement is the day's news.
    assert "claimed" in _kept(_ARTICLE.format("The sources claimed that the widget can be fixed."))
    # So is one made by a negated verb's coordinated second verb, which is no step of the account either.
    second = "Doe did not explain why but said she will stay on as chair."
    assert "said" not in _kept(_ARTICLE.format(f"{before} {second}"))
    assert "said" in _kept(_ARTICLE.format(second))


@pytest.mark.parametrize("sentence, complement", [
    ("Doe said that buyers who had already paid for a charger will receive a refund.", "will receive"),
    ('Doe acknowledged that "a small number of users" were having problems.', "were having"),
    ("Doe said that the company, which makes widgets, will cut 300 jobs.", "will cut"),
    # past a condition's or a time's clause: its verb is not what was said ("when the plant opens" is no news)
    ("Doe said that if no agreement is reached, other buyers will be sought.", "will be sought"),
    ("Doe said that when the plant opens, it has 300 workers.", "has"),
])
def test_a_that_clause_is_found_past_a_relative_clause_or_a_quotation(sentence: str, complement: str) -> None:
    a = grammar.analyse_sentence(sentence)
    group = news.main_group(a)
    assert group is not None
    k = next(n for n, g in enumerate(a.groups) if g.first > group.last)
    found = news._that_clause_verb(a, a.tokens, k, group.last + 2)
    assert found is not None and found.text == complement


def test_a_that_clause_cut_by_a_conjunction_is_no_clause() -> None:
    a = grammar.analyse_sentence("Doe said that the plan and the budget, once approved, will be published.")
    group = news.main_group(a)
    assert group is not None
    k = next(n for n, g in enumerate(a.groups) if g.first > group.last)
    assert news._that_clause_verb(a, a.tokens, k, group.last + 2) is None


@pytest.mark.parametrize("sentence, names", [
    ("Seventeen people have been indicted in the case.", set()),
    ("Eleven people died in the blast in Port Kesh.", {"Port", "Kesh"}),
    ("Twenty-one soldiers were wounded near Arvel.", {"Arvel"}),
    ("Forty-five villagers left Dar-es-Salaam.", {"Dar-es-Salaam"}),  # a hyphened name stays
    ("Pope Pius IX visited Lorran.", {"Pope", "Pius", "IX", "Lorran"}),   # a Roman numeral stays in the name
])
def test_a_sentence_opening_number_word_names_no_one(sentence: str, names: set[str]) -> None:
    assert set(actors_in(sentence)) == names


@pytest.mark.parametrize("word, happening", [
    ("police", False), ("clergy", False),      # who acted, never what happened
    # nouns of bodies of people that a dictionary also gives as verbs, singular or plural
    ("staff", False), ("staffs", False), ("crew", False), ("crews", False), ("team", False), ("teams", False),
    ("troop", False), ("troops", False), ("mob", False), ("mobs", False),
    ("policed", True), ("attack", True), ("arrested", True),
    ("staffed", True), ("crewed", True), ("teamed", True), ("mobbed", True),  # their verbs still count
])
def test_a_plural_body_of_people_is_no_happening_word(word: str, happening: bool) -> None:
    assert bool(merging._word_keys(word)) is happening


def test_a_statement_is_of_the_kind_announcement_whatever_it_speaks_of() -> None:
    body = _body("Doe said she cannot confirm any link between the two bombings.")
    assert [(i.candidate.mention.text, i.candidate.kind) for i in body] == [("said", "announcement")]


@pytest.mark.parametrize("before, kept", [
    ("Sales of the widget are up 40% from 9 months ago.", True),         # a comparison's yardstick
    ("Sales of the widget rose 40% compared with a year ago.", True),
    ("Profit at the widget unit fell 8.4% from a year ago.", True),                  # the far side of one
    ("Widget sales were $5 million, compared with $3 million a year earlier.", True),
    # (a per-share figure apposed to each side)
    ("Profit fell 12% to $8.1 million, or 20 cents a share, from $9.2 million, or 23 cents a share, in the "
     "year-ago period.", True),
    ("In 2019, Doe founded the company.", False),                       # an earlier time, told first
])
def test_a_comparisons_yardstick_before_a_sentence_does_not_make_it_old(before: str, kept: bool) -> None:
    doc = document_from_text(_ARTICLE.format(f"{before} Doe then unveiled the Widget 8 on stage."), id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    days = [c.first for c in news.resolve_news({doc.id: items}, [], [doc]) if c.mention.text == "unveiled"]
    assert (days == [dt.date(2021, 3, 12)]) is kept  # the day of the article's news


@pytest.mark.parametrize("sentence, happening", [
    ("Doe described the new widget range as one of the wonders of the world.", True),  # said of something
    ("Doe described how the charger works.", False),                                   # frames what was said
    ("The new charger works, Doe described.", False),
])
def test_describing_something_is_a_speech_act(sentence: str, happening: bool) -> None:
    a = grammar.analyse_sentence(sentence)
    group = news.main_group(a)
    assert (group is not None and news.happening_group(a.tokens, group, headline=False)) is happening


@pytest.mark.parametrize("sentence, words", [
    # a negated verb reports nothing; the subject's second verb may: here a statement of the day
    ("Doe has not yet explained what prompted the move, but said she will stay on as chair.", ["said"]),
    # after a state, a second verb is background: no news of the day
    ("The alliance calls for a common defence and was founded with 12 members.", []),
    ("The plant was late into the market and failed to branch into other businesses.", []),
])
def test_a_negated_verbs_coordinated_second_verb_may_be_the_news(sentence: str, words: list[str]) -> None:
    assert [i.candidate.mention.text for i in _body(sentence)] == words


@pytest.mark.parametrize("sentence, title", [
    # the title says what was said: the complement's verb group and a word after it, or the clause's end
    ("Doe said the company will open two stores in Ohio.", "Doe says the company will open two stores in Ohio"),
    ("Doe said she would resign.", "Doe says she would resign"),
    ("Doe warned that prices would rise and that supplies would run short.", "Doe warns that prices would rise"),
    # a bare or dangling frame, where a condition or a quotation cut the title, is no news
    ("Doe said that if no agreement is reached, other buyers will be sought.", None),
    ('Doe said the recall reflects "no change in strategy or profits."', None),
    ("Doe said the new widget will be ``a great success for everyone.''", None),
    # a short quotation inside the complement is its words, not a cut ("Doe acknowledges" before s15's quote fix)
    ('Doe acknowledged that "a small number of users" were having problems.',
     'Doe acknowledges that "a small number of users" were having problems'),
    # (guard: TeX-style marks, split by the tokenizer into single "`", never cut the clause)
    ("Doe said that ``a few buyers'' were having problems.", "Doe says that ``a few buyers'' were having problems"),
])
def test_a_statement_is_news_only_when_its_title_says_what_was_said(sentence: str, title: str | None) -> None:
    assert [i.candidate.title for i in _body(sentence)] == ([title] if title else [])


@pytest.mark.parametrize("sentence, kept", [
    ("Vaux said the company will open two stores in Ohio.", True),
    ("Vaux said that if no agreement is reached, other buyers will be sought by auction.", False),
    ('Vaux said the move reflects "no change in strategy."', False),
])
def test_a_lead_statement_with_a_bare_title_is_no_news_nor_a_fallback(sentence: str, kept: bool) -> None:
    # An article whose only other sentence is dated (extraction's): the lead is its undated news, or nothing;
    # the fallback for an article with no news must not offer the same bare title ("Vaux says").
    doc = document_from_text(f"January 8, 1998\n\n{sentence}\n\nThe board met on Tuesday.\n", id="d")
    items = news.find_news(doc, tag(doc.text, reference=doc.published))
    assert bool(items) is kept
    assert all(i.candidate.title.startswith("Vaux says the") for i in items)


@pytest.mark.parametrize("before, kept", [
    # an old date that dates one detail of the sentence before: what a source then told is the day's news
    ("The widget went on sale in May 2019.", True),
    ("Its maker, which was founded in 1990, first sold the widget in May 2019.", True),
    # one that opens it sets the time of an account, which the source's words go on with
    ("In May 2019, the widget went on sale.", False),
])
def test_a_happening_a_source_told_opens_its_account(before: str, kept: bool) -> None:
    told = "Acme said in a statement that the charger was withdrawn without notice."
    assert ("was withdrawn" in _kept(_ARTICLE.format(f"{before}\n\n{told}"))) is kept
