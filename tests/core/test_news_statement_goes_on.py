"""A statement told over several sentences by one speaker: the sentences after the first, undated, are said on
its day (`NewsWalk._statement_goes_on`). All articles and sentences here are invented."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from tests.core.news_helpers import body_news
from timeline_app.core import news
from timeline_app.core.model import Document, Sentence

# Published on a Saturday, its news of that day; the mayor spoke on Thursday, in a closing attribution.
_THURSDAY = dt.date(2021, 3, 11)
_ARTICLE = ("Council halts road plan\nMarch 13, 2021\n\n"
            "The council has halted the plan for a new road through the park.\n\n"
            "The plan was dropped after a long fight, Mayor Jane Lindqvist said on Thursday.\n\n"
            "{}\n")
# The same, the mayor's statement three weeks old: background, not a day of the article's news.
_OLD_ARTICLE = _ARTICLE.replace("on Thursday", "on Feb. 19")


def _days(sentence: str, template: str = _ARTICLE) -> list[dt.date | None]:
    """The day of each body item of `sentence` in the article `template`."""
    return [i.candidate.first for i in body_news(sentence, template)]


@pytest.mark.parametrize("sentence", [
    "Lindqvist said the plan was a mistake from the start.",            # a view, which alone is no news of the day
    "She said the plan was a mistake from the start.",            # the speaker by her pronoun
    "Lindqvist added that the council would meet again next month.",    # what is to come: a time of its own is no bar
])
def test_the_same_speakers_next_statement_is_said_on_the_statements_day(sentence: str) -> None:
    assert _days(sentence) == [_THURSDAY]


@pytest.mark.parametrize("sentence", [
    "Analysts said the plan was a mistake from the start.",       # another source's account
    "Residents said the vote on the plan was close.",
    "Lindqvist says the plan was a mistake from the start.",            # a present: how she sees it now
    "Lindqvist did not say whether the plan was a mistake.",            # negated: nothing said
    "Lindqvist said the plan had been drawn up on Feb. 2.",             # tells of an earlier time
    "Lindqvist said on Friday that the plan was a mistake.",      # a day of its own
    "Lindqvist said.",                                             # says nothing
])
def test_what_is_not_the_same_statement_goes_on_with_nothing(sentence: str) -> None:
    assert _THURSDAY not in _days(sentence)


def test_an_old_statement_is_background_and_dates_nothing_after_it() -> None:
    assert _days("Lindqvist said the plan was a mistake from the start.", _OLD_ARTICLE) == []


def test_a_statement_goes_on_over_several_sentences() -> None:
    first, second = "Lindqvist said the plan was a mistake from the start.", "She said the vote was close."
    assert _days(first, _ARTICLE.format("{} " + second)) == [_THURSDAY]
    assert _days(second, _ARTICLE.format(first + " {}")) == [_THURSDAY]


def test_a_statement_of_its_own_after_a_saying_that_goes_on_is_said_with_it() -> None:
    # (Alone, "said that the road can be built later" is a statement of the day; here it goes on with hers.)
    first, second = "Lindqvist said the plan was a mistake from the start.", \
        "She also said that the road can be built later."
    assert _days(second, _ARTICLE.format(first + " {}")) == [_THURSDAY]


# Wire copy's day between the subject and its verb, a quotation framed after the statement.
_WIRE_ARTICLE = ("Council halts road plan\nMarch 13, 2021\n\n"
                 "The council has halted the plan for a new road through the park.\n\n"
                 "Mayor Jane Lindqvist Thursday vowed to fight any new plan for a road through the park.\n\n"
                 "{}\n")


@pytest.mark.parametrize("sentence", [
    "``We will not give up the park,'' Lindqvist said.",
    "``We will not give up the park,'' Lindqvist said in her weekly radio address.",  # a frequency dates nothing
])
def test_a_day_between_the_subject_and_its_verb_is_no_part_of_the_speakers_name(sentence: str) -> None:
    assert _days(sentence, _WIRE_ARTICLE) == [_THURSDAY]


def test_a_statement_of_its_own_that_goes_on_is_titled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The check that it goes on with the saying before builds no title of its own: only the item's title is
    # resolved (its pronoun named), once per sentence.
    resolved: Counter[str] = Counter()
    resolve = news.resolve_title_pronoun

    def counting(title: str, doc: Document, sent: Sentence, *args: object, **kwargs: object) -> str:
        resolved[doc.text[sent.start:sent.end]] += 1
        return resolve(title, doc, sent, *args, **kwargs)

    monkeypatch.setattr(news, "resolve_title_pronoun", counting)
    first, second = "Lindqvist said the plan was a mistake from the start.", \
        "She also said that the road can be built later."
    assert _days(second, _ARTICLE.format(first + " {}")) == [_THURSDAY]
    assert resolved[second] == 1


# A role noun phrase stands for the person the article named with that role (`coref.role_holders`).
_NAMED_ROLE_ARTICLE = ("Council halts road plan\nMarch 13, 2021\n\n"
                       "Mayor Jane Lindqvist has fought the plan for a new road through the park for years.\n\n"
                       "The plan was dropped after a long fight, the mayor said on Thursday.\n\n"
                       "{}\n")
# The mayor is nobody the article names: "she" may be anybody.
_UNNAMED_ROLE_ARTICLE = _NAMED_ROLE_ARTICLE.replace("Mayor Jane Lindqvist has", "The council has")


@pytest.mark.parametrize("sentence", [
    "She said the plan was a mistake from the start.",       # the mayor, Lindqvist
    "Lindqvist said the plan was a mistake from the start.",
    "Lindqvist added that the council would meet again next month.",
])
def test_a_named_roles_statement_goes_on_by_the_name_or_a_pronoun(sentence: str) -> None:
    assert _days(sentence, _NAMED_ROLE_ARTICLE) == [_THURSDAY]


def test_the_role_after_the_name_goes_on_with_its_statement() -> None:
    # ("Mayor Jane Lindqvist said" before; on main's code "the mayor" was another speaker.)
    assert _days("The mayor said the plan was a mistake from the start.") == [_THURSDAY]


@pytest.mark.parametrize("sentence, template", [
    ("She said the plan was a mistake from the start.", _UNNAMED_ROLE_ARTICLE),     # no mayor named: not sure
    ("The fire chief said the plan was a mistake from the start.", _ARTICLE),       # another role, another speaker
])
def test_a_role_nobody_holds_is_another_speaker(sentence: str, template: str) -> None:
    assert _THURSDAY not in _days(sentence, template)


def test_a_pronoun_after_a_named_role_is_titled_by_the_name() -> None:
    items = body_news("She said the plan was a mistake from the start.", _NAMED_ROLE_ARTICLE)
    assert [i.candidate.title for i in items] == ["Jane Lindqvist says the plan was a mistake from the start"]
