"""Non-answers kept off the timeline: a refusal or an inability to say ("declined to comment", "declined further
comment", "said they couldn't estimate the charge") is no happening, while a refusal to act is a decision and news
("The court declined to hear the case"). All articles and sentences here are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.core.news_helpers import body_news
from timeline_app.core.documents import document_from_text
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.temporal import tag

# Published on a Saturday; its news is of the day before ("Friday").
_ARTICLE = ("Acme to give free chargers to Widget 7 owners\nMarch 13, 2021\n\n"
            "Acme Corp. announced Friday that it will give owners of its Widget 7 a free charger. "
            "The rubber chargers wrap around the side of the widget. {}\n")


def _words(sentence: str) -> list[str]:
    return [i.candidate.mention.text for i in body_news(sentence, _ARTICLE)]


@pytest.mark.parametrize("sentence", [
    # A refusal whose "to" verb tells or gives out what one knows.
    "Ms. Doe declined to specify what prompted the recall.",
    "A spokesman declined to identify the other buyers.",
    "Doe refused to discuss the terms of the settlement.",
    "The agency declined to confirm or deny the reports.",
    # A refusal of a telling's own noun, however the tagger reads it.
    "A company official declined further comment.",
    "Acme officials refused any comment on the recall.",
    "Acme officials declined comment.",
    "A spokesman declined immediate comment.",
    # A statement that its speaker could not give out what was asked.
    "Acme officials said they couldn't estimate the cost of the recall.",
    "Doe said the company could not specify the number of buyers.",
    # Told as the second main clause of a sentence whose first tells nothing either.
    "Acme did not elaborate on the statement, and a company official declined further comment.",
])
def test_a_refusal_or_inability_to_say_is_no_news(sentence: str) -> None:
    assert _words(sentence) == []


@pytest.mark.parametrize("sentence, word", [
    # A refusal to act is a decision.
    ("The court declined to hear the case.", "declined"),
    ("The company refused to pay the fine.", "refused"),
    ("The board declined the offer.", "declined"),
    # A thing pointed at by an article or a possessive is someone's, turned down, even a telling's noun; and an
    # estimate or a forecast is a thing one turns down, with or without an article (as in a headline's
    # "Court refuses estimate").
    ("The regulator refused the estimate.", "refused"),
    ("The regulator refused its estimate.", "refused"),
    ("Parliament declined the report.", "declined"),
    ("The panel refused the comment.", "refused"),
    ("The court refused estimate.", "refused"),
    # A falling figure, not a refusal.
    ("Acme's shares declined 5% on the news.", "declined"),
    # What was said is news, and so is a statement of what will be done.
    ("Doe said the company would pay the fine.", "said"),
    # A report that another told nothing is news (no modal, no speaker's pronoun): the suspect had not confessed.
    ("Police said a suspect did not admit any role in the crimes.", "said"),
])
def test_a_refusal_to_act_is_still_news(sentence: str, word: str) -> None:
    body = body_news(sentence, _ARTICLE)
    assert [i.candidate.mention.text for i in body] == [word]
    assert body[0].candidate.first == dt.date(2021, 3, 12)  # Friday's, the day of the article's news


def _dated_titles(sentence: str) -> list[str]:
    """The titles of the dated happenings extraction finds in `sentence`, set in `_ARTICLE`."""
    doc = document_from_text(_ARTICLE.format(sentence), id="d")
    start = doc.text.index(sentence)
    return [c.title for c in extract_mentions(doc, tag(doc.text, reference=doc.published))
            if start <= c.mention.sentence_start < start + len(sentence)]


@pytest.mark.parametrize("sentence", [
    # The same test where a date names the day of the non-answer (`news.refuses_to_tell`), wherever it stands.
    "The company declined to comment on Tuesday.",
    "On Tuesday, a spokesman declined to specify what prompted the recall.",
    "Ms. Doe refused Thursday to discuss the terms of the settlement.",
    "The agency declined on Wednesday to confirm or deny the reports.",
    "A company official declined further comment on Thursday.",
    # A dated statement that nothing could be told (`news.says_nothing`).
    "Acme officials said Thursday they couldn't estimate the cost of the recall.",
    "On Wednesday, a spokesman said he would not comment on the suit.",
])
def test_a_dated_non_answer_is_no_event(sentence: str) -> None:
    assert _dated_titles(sentence) == []


@pytest.mark.parametrize("sentence, title", [
    ("The court declined on Monday to hear the case.", "The court declines to hear the case"),
    ("The company refused on Friday to pay the fine.", "Acme Corp. refuses to pay the fine"),
    ("On Tuesday, the board declined to hear the appeal.", "The board declines to hear the appeal"),
    ("Doe, who declined to comment, resigned on Wednesday.", "Doe resigns"),
    ("Doe said on Thursday that the company would not pay the fine.",
     "Doe says that the company would not pay the fine"),
    ("Police said Thursday that a suspect had not admitted any role in the crimes.",
     "Police say that a suspect had not admitted any role in the crimes"),
])
def test_a_dated_refusal_to_act_or_a_statement_is_still_an_event(sentence: str, title: str) -> None:
    assert _dated_titles(sentence) == [title]
