"""Cancel is felt inside the whole-document passes that report no progress: given the build's `cancelled`
(core/progress.py `cancellable`), each stops with `Cancelled` before its end, and outside a build it runs whole."""
from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType

import pytest

from timeline_app.core import coref, merging
from timeline_app.core.documents import document_from_text, load_paths
from timeline_app.core.extraction import extract_mentions
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.progress import Cancelled, cancellable, check_every

TEXT = "".join(f"Acme Widgets Inc. said on May {1 + k % 28}, 2024 that the Harbour Workers Union met Anna Berg. "
               f"The company opened plant {k}.\n" for k in range(400))


class CancelledAfter:
    """A `cancelled` that turns true at its `n`-th question, counting them."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.asked >= self.n


DOC = document_from_text(TEXT, id="plants")
CANDIDATES = extract_mentions(DOC)


@pytest.mark.parametrize("run_pass", [
    lambda: coref.Companies(TEXT),
    lambda: coref.Organisations(TEXT),
    lambda: merging.merge(CANDIDATES, [DOC]),
], ids=["coref.Companies", "coref.Organisations", "merging.merge"])
def test_a_pass_given_a_cancelled_build_stops_before_its_end(run_pass):
    run_pass()  # outside a build: whole
    cancelled = CancelledAfter(2)  # true from the second check: the first is at the pass' start
    with cancellable(cancelled), pytest.raises(Cancelled):
        run_pass()
    assert cancelled.asked == 2  # it stopped at the check that said so, not at its end


def test_check_every_asks_every_n_items_and_nothing_outside_a_build():
    assert list(check_every(range(5), 2)) == [0, 1, 2, 3, 4]
    items = [3, 1, 2]
    assert type(check_every(items)) is type(iter(items))  # outside a build: the items' own iterator, no generator
    cancelled = CancelledAfter(3)
    seen: list[int] = []
    with cancellable(cancelled), pytest.raises(Cancelled):
        for item in check_every(range(100), 10):
            seen.append(item)
    assert seen == list(range(20))  # asked at items 0, 10 and 20: stopped at the third question


# ---- Cancel felt inside each whole-document pass of a build ------------------------------------------------------
# A long pass with no check of its own kept a cancelled 10 MB build running for up to ~2 s
# (benchmarks/cancel_gaps.py). Each pass below checks as it goes: a build cancelled while that pass runs stops
# there, not at the next pass' check.
ARTICLE = Path(__file__).parent / "fixtures" / "cancel" / "harbour_quake.txt"
_RELAYS = frozenset({"check_cancelled", "check_every", "_checked_every", "collecting_asked"})  # (the last: the build's, pipeline.py)


def _asker(frame: FrameType) -> str:
    """'module.function' of the code that asked for Cancel (through `check_cancelled` or `check_every`), with
    '/<listcomp>' and the like when it asked from inside one of the function's comprehensions."""
    while frame.f_code.co_name in _RELAYS:
        frame = frame.f_back
    name = frame.f_code.co_name
    if name.startswith("<"):  # a comprehension's frame: its function's is the one before it
        name = f"{frame.f_back.f_code.co_name}/{name}"
    return f"{Path(frame.f_code.co_filename).stem}.{name}"


class CancelledIn:
    """A `cancelled` that is true only when asked from inside the pass named (as `_asker` names it)."""

    def __init__(self, pass_name: str) -> None:
        self.pass_name = pass_name
        self.said_yes = 0

    def __call__(self) -> bool:
        if _asker(sys._getframe(1)) != self.pass_name:
            return False
        self.said_yes += 1
        return True


@pytest.mark.parametrize("pass_name", [
    "extraction.hold_sentences",  # a document's candidates as they arrive
    "extraction.share_strings",
    "extraction._sort_by_start",  # the walk's candidates' starts, read for their order
    "analysis.settled_analysis/<listcomp>",  # the candidates at the story's day, after news' result
    "news.result",  # news' items settled by their neighbours
    "news.resolve_news",  # the index of dated candidates across articles
    "news.without_deck_repeats/<listcomp>",  # the article's candidates, for its deck's repeats
    "periods.find_periods",  # the whole text's hints of named periods ("the Second World War")
    "periods._hints",  # the whole text scanned for them, a chunk at a time
    "references._sorted_by",  # a document's candidates' keys, read for their sorts
    "references.plan_references/<listcomp>",  # the document's own candidates
    "references._first_news",
    "references.finest_intervals",  # a family's dated happenings, sorted by their widths
    "grammar.places_in/<genexpr>",  # a whole article's place names (merging's filing)
    "merging._join/<setcomp>",  # the (article, dates) asked about by a referring sentence
    "merging._mark_retold/<listcomp>",  # a large group's titled members
    "merging._title_score",  # a group's members' wordings
    "merging._least/<listcomp>",  # a group's members scored for its title
    "merging._fold_coarse",
    "merging._fold_coarse/<listcomp>",
    "merging._group_topics",  # a group's dated members' topic words
    "merging._attach_undated/<listcomp>",  # the groups a sentence may name
    "merging._attach_undated/<genexpr>",  # the words and names of their (word, name) pairs
    "merging._join_retellings",
    "merging._join_told_occurrences",
    "merging._finish/<setcomp>",  # the members of groups of several articles, whose words are kept
    "merging._forget_words",
    "merging._outcomes_of_occasions",
    "merging._outcomes_of_occasions/<listcomp>",
    "merging._event",  # one event from a group's members
    "merging._event/<genexpr>",
    "merging._give_mentions",  # the events' mentions, made once every group is gone
])
def test_a_build_cancelled_inside_a_pass_stops_in_that_pass(pass_name, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    cancelled = CancelledIn(pass_name)
    with pytest.raises(Cancelled):
        build_timeline([ARTICLE], cancelled=cancelled, cache=False, workers=1)
    assert cancelled.said_yes == 1  # it stopped at that pass' first check, nowhere else


@pytest.mark.parametrize("pass_name", [
    "documents._call_to_action_sentences",  # its 64K-character slices
    "documents._caption_sentences",  # every sentence's end, then the dated ones (each may be tagged)
    "documents._dated_lists",  # every line, for lists of dated entries
    "documents._link_lists",  # every line, for 'Related Articles' and their kin
])
def test_loading_cancelled_inside_a_pass_stops_in_that_pass(pass_name):
    # (The loader stops quietly with what it has read: the build then raises at its own check, `meter.check`.)
    cancelled = CancelledIn(pass_name)
    with cancellable(cancelled):
        documents, _problems = load_paths([str(ARTICLE)])
    assert documents == [] and cancelled.said_yes == 1


def test_a_build_cancelled_while_the_tagger_compiles_its_masters_stops_between_two(monkeypatch):
    # A process compiles the tagger's masters per first character once it has tagged enough text
    # (temporal.py `_first_char_masters`): at 10 MB, one 64K stretch compiled ~20 of them, ~0.5 s unchecked.
    from timeline_app.core import temporal

    monkeypatch.setattr(temporal, "_FIRST_CHAR_MASTERS_AFTER", -1)  # (from the first character on)
    monkeypatch.setattr(temporal, "_MASTER_BY_FIRST", {})  # (none compiled yet)
    monkeypatch.setattr(temporal, "_MASTERS_BY_NAMES", {})
    cancelled = CancelledIn("temporal._master_for")
    with pytest.raises(Cancelled):
        build_timeline([ARTICLE], cancelled=cancelled, cache=False, workers=1)
    assert cancelled.said_yes == 1 and temporal._MASTERS_BY_NAMES == {}  # stopped before its first compile


def test_a_build_collects_its_young_objects_at_its_checks_for_cancel_inside_a_pass(monkeypatch):
    # With the collector paused, a pass that reports no progress (merging) left everything it made to one young
    # collection after it: one call nothing could interrupt (~0.5 s at 10 MB). The build's checks for Cancel
    # collect the young generation once it is big (pipeline.py `_collecting`), inside the pass.
    from timeline_app.core import pipeline

    monkeypatch.setattr(pipeline, "_YOUNG_BATCH", 100)
    collected_in: list[str] = []
    collect_young = pipeline._collect_young

    def spy() -> None:
        frame = sys._getframe(1)
        if frame.f_code.co_name == "collecting_asked":
            collected_in.append(_asker(frame.f_back))
        collect_young()

    monkeypatch.setattr(pipeline, "_collect_young", spy)
    assert build_timeline([ARTICLE], cancelled=lambda: False, cache=False, workers=1).events
    assert any(where.startswith("merging.") for where in collected_in), collected_in
    collected_in.clear()
    build_timeline([ARTICLE], cache=False, workers=1)  # nobody can cancel: no checks, so none of these
    assert collected_in == []


def test_the_article_builds_whole_when_nobody_cancels():
    # (the passes above are the build's own: uncancelled, it runs them all and finds the article's events)
    assert build_timeline([ARTICLE], cancelled=lambda: False, cache=False, workers=1).events


@pytest.mark.parametrize("pass_name", [
    "split._in_pieces",  # this process tagging the whole text (joining each expression into the whole walk's layout)
    "split._in_pieces/<listcomp>",  # the pieces' candidates made again here
    "split._whole_walk_reached",  # the whole walk's passes over the text after the pieces (their progress)
])
def test_a_document_in_pieces_cancelled_inside_a_pass_stops_in_that_pass(pass_name):
    # A 10 MB document in pieces left these unchecked (3.5 s CPU after the pieces; benchmarks/cancel_gaps.py).
    from timeline_app.core import split
    from timeline_app.core.documents import document_from_text, load_document
    from timeline_app.core.progress import PROGRESS_STEP

    # (Long enough that the whole walk's passes report progress, every PROGRESS_STEP characters, and cut in pieces.)
    one = load_document(ARTICLE)
    # (the story's body told again, not the whole page: each copy's headline and date line would make the page one of
    # several stories, `Document.story_days`, which is walked whole, never in pieces)
    body = one.text.split("\n\n", 1)[1]
    doc = document_from_text("\n\n".join([one.text] + [body] * (PROGRESS_STEP // len(body) + 2)), id="long")
    assert doc.published == one.published
    cancelled = CancelledIn(pass_name)
    started: list[split.Piece] = []

    def submit(doc, piece):
        started.append(piece)
        return split.run_here(doc, piece)

    with cancellable(cancelled), pytest.raises(Cancelled):
        split.analyse_in_pieces(doc, submit, piece_chars=4000)
    assert cancelled.said_yes == 1
    if pass_name == "split._in_pieces":
        assert not started  # stopped while tagging, before a piece went (not when its result was awaited)
