"""The walks over a document read the tagger's expressions as they come (`streamed`, what
`analysis.analyse_document` runs): the same answers as from the whole list, without the whole list alive.
The articles are invented (tests/core/fixtures/streamed, and dense made-up news)."""
from __future__ import annotations

import gc
import itertools
from pathlib import Path

import pytest

from timeline_app.core import analysis, extraction, news, temporal
from timeline_app.core.documents import document_from_text
from timeline_app.core.model import Document, TimeExpression

HARBOUR = (Path(__file__).parent / "fixtures" / "streamed" / "harbour_vote.txt").read_text(encoding="utf-8")
# Sentences whose dates run across a sentence split ("Dec." ends no sentence here, nor "Nov."), joined blocks
# one after another, and dates that open and close sentences.
DENSE = "Talks in the capital\nThursday, June 20, 2024\n\nThe board approved a new quay, officials said.\n\n" + "\n\n".join(
    f"On Dec. {1 + k % 28}, {1990 + k % 30}, the board met in Leith. It had met on Nov. {1 + k % 27} and "
    f"on Jan. 3. Prices rose in the second quarter, and it voted two days later, on May {1 + k % 30}. "
    f"The chairman of the {k}th committee resigned, officials said."
    for k in range(60))


class _Counted:
    """The expressions of `tag_stream`, counting how many were taken."""

    def __init__(self, doc: Document) -> None:
        self.taken = 0
        self._stream = temporal.tag_stream(doc.text, reference=doc.published)

    def __iter__(self):
        for e in self._stream:
            self.taken += 1
            yield e


@pytest.mark.parametrize("text", [HARBOUR, DENSE, HARBOUR.replace("Thursday, June 20, 2024\n", "")])
def test_a_streamed_mention_walk_finds_what_the_listed_one_does(text: str) -> None:
    doc = document_from_text(text, id="d")
    listed = extraction.extract_mentions(doc, temporal.tag(doc.text, reference=doc.published))
    walk = extraction.MentionWalk(doc, temporal.tag_stream(doc.text, reference=doc.published), streamed=True)
    for _ in walk.steps():
        pass
    assert walk.finish() == listed and listed


@pytest.mark.parametrize("text", [HARBOUR, DENSE])
def test_a_streamed_news_walk_finds_what_the_listed_one_does(text: str) -> None:
    doc = document_from_text(text, id="d")
    listed = news.NewsWalk(doc, temporal.tag(doc.text, reference=doc.published))
    streamed = news.NewsWalk(doc, temporal.tag_stream(doc.text, reference=doc.published), streamed=True)
    assert list(listed.steps()) == list(streamed.steps())
    assert listed.out == streamed.out and listed.result() == streamed.result() and listed.out


def test_the_walks_read_a_sentence_ahead_not_the_whole_document() -> None:
    doc = document_from_text(DENSE, id="d")
    total = len(temporal.tag(doc.text, reference=doc.published))
    for_extraction, for_news = _Counted(doc), _Counted(doc)
    walk = extraction.MentionWalk(doc, iter(for_extraction), streamed=True)
    reader = news.NewsWalk(doc, iter(for_news), streamed=True)
    next(walk.steps())
    next(reader.steps())
    assert 0 < for_extraction.taken < 10 and for_news.taken < 10 and total > 200


def test_analysing_a_document_never_holds_its_expressions_all_at_once(monkeypatch) -> None:
    doc = document_from_text(DENSE, id="d")
    # (as the analysis tags it: no date in the page's furniture, its dateline here)
    total = len(temporal.tag(doc.text, reference=doc.published, furniture=doc.excluded))
    alive = _count_alive_at_the_last(monkeypatch, total)
    monkeypatch.setattr(analysis, "_TAGGED_AHEAD", 8)  # (how far the tagger runs ahead: a few sentences' here)
    expected = analysis.analyse_document(document_from_text(HARBOUR, id="h"))  # (warms the caches up)
    found = analysis.analyse_document(doc)
    assert found.candidates and expected.candidates
    # (those alive: the tee's few, and the dates news keeps of the sentences before each item, for `result`)
    assert alive and alive[-1] < total // 3


@pytest.mark.parametrize("stage", ["dates", "events"])
def test_a_failing_progress_callback_is_raised_not_taken_for_the_documents_failure(stage: str) -> None:
    # (Called from inside the tagger and the walks now, which contain their own failures.)
    def failing(_offset: int) -> None:
        raise RuntimeError("the bar broke")

    with pytest.raises(RuntimeError, match="the bar broke"):
        analysis.analyse_document(document_from_text(HARBOUR, id="h"), **{stage: failing})


def test_a_failed_news_walk_lets_go_of_the_expressions(monkeypatch) -> None:
    """News failing early: its walk (held by the failure's traceback) takes no more expressions, so the tee
    buffers none for it; the dated events still load, with a warning."""
    doc = document_from_text(DENSE, id="d")
    # (as the analysis tags it: no date in the page's furniture, its dateline here)
    total = len(temporal.tag(doc.text, reference=doc.published, furniture=doc.excluded))
    alive = _count_alive_at_the_last(monkeypatch, total)

    def failing(self, i: int) -> None:
        if i >= 4:
            raise RuntimeError("news broke")

    monkeypatch.setattr(analysis, "_TAGGED_AHEAD", 8)
    monkeypatch.setattr(news.NewsWalk, "_forget", failing)
    found = analysis.analyse_document(doc)
    assert found.candidates and any("undated news: RuntimeError: news broke" in p.message for p in found.problems)
    assert alive and alive[-1] < total // 3


def test_a_walk_failing_after_the_tagger_did_reports_the_dates(monkeypatch) -> None:
    """The tagger failed (the walks saw the expressions end), then a walk failed: the document's problem is the
    tagger's, "could not find dates", as when no walk fails."""
    real_tag, real_steps = temporal.tag_stream, extraction.MentionWalk.steps

    def tag_then_fail(*args, **kwargs):
        yield from itertools.islice(real_tag(*args, **kwargs), 5)
        raise ValueError("tagger broke")

    def steps_then_fail(self):
        yield from real_steps(self)
        raise KeyError("walk broke")

    monkeypatch.setattr(temporal, "tag_stream", tag_then_fail)
    monkeypatch.setattr(extraction.MentionWalk, "steps", steps_then_fail)
    found = analysis.analyse_document(document_from_text(HARBOUR, id="h"))
    assert found.candidates is None
    assert [p.message for p in found.problems] == ["could not find dates: ValueError: tagger broke"]


def _count_alive_at_the_last(monkeypatch, total: int) -> list[int]:
    """Wraps the tagger's stream so that, as it hands out the last of its `total` expressions (as many alive
    then as a list would hold), the TimeExpressions alive are counted into the list returned."""
    alive: list[int] = []
    real = temporal.tag_stream

    def counted(*args, **kwargs):
        for k, e in enumerate(real(*args, **kwargs)):
            if k == total - 1:
                gc.collect()
                alive.append(sum(isinstance(o, TimeExpression) for o in gc.get_objects()))
            yield e

    monkeypatch.setattr(temporal, "tag_stream", counted)
    return alive
