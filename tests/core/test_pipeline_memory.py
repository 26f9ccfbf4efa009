"""What build_timeline holds while it merges: one object per repeated string, no sentence analyses."""
from __future__ import annotations

import dataclasses
import datetime
import gc
from pathlib import Path

import pytest

from timeline_app.core import grammar, merging
from timeline_app.core.extraction import Candidate, share_strings
from timeline_app.core.model import Mention, Precision
from timeline_app.core.pipeline import build_timeline

# The same dated sentences twice, in separate paragraphs: equal strings made at different offsets.
PARAGRAPH = ("On June 19, 2024, the two leaders signed a defence pact in the capital. "
             "The treaty replaces agreements signed in 1961, 1975 and 1990.\n\n")
ARTICLE = "Leaders sign a pact\n\nPublished June 20, 2024\n\n" + PARAGRAPH * 2


def _copy(s: str) -> str:
    """An equal string that is a different object."""
    return "".join(list(s))


def _candidate(start: int, title: str, sentence: str, explanation: str, actors: frozenset[str],
               text: str) -> Candidate:
    mention = Mention("doc", start, start + len(text), text, 0, len(sentence))
    return Candidate(mention, None, None, Precision.YEAR, "agreement", title, sentence, actors,
                     explanation=explanation)


@pytest.mark.parametrize("field", ["title", "sentence", "explanation", "actors", "mention.text"])
def test_share_strings_makes_equal_values_one_object_and_changes_no_candidate(field):
    values = ("Leaders sign a pact", "In 1961 leaders signed a pact.", "implied by “1961”",
              frozenset({"Leaders"}), "1961")
    a = _candidate(3, *values)
    b = _candidate(30, *(_copy(v) if isinstance(v, str) else frozenset(_copy(n) for n in v) for v in values))
    before = (dataclasses.astuple(a), dataclasses.astuple(b))
    owner, name = field.split(".") if "." in field else ("", field)
    get = (lambda c: getattr(c.mention, name)) if owner else (lambda c: getattr(c, name))
    assert get(a) is not get(b)

    share_strings([a, b])

    assert get(a) is get(b)
    assert (dataclasses.astuple(a), dataclasses.astuple(b)) == before


def test_a_candidate_holds_its_document_for_its_sentence_only_when_the_text_there_is_that_sentence():
    import pickle

    from timeline_app.core.documents import document_from_text
    from timeline_app.core.extraction import hold_sentences

    doc = document_from_text("Leaders met.\n\nIn 1961 leaders signed a pact. It held.", id="doc")
    sentence = "In 1961 leaders signed a pact."
    at = doc.text.index(sentence)

    def candidate(text: str, start: int, document: str = "doc") -> Candidate:
        mention = Mention(document, start + 3, start + 7, "1961", start, start + len(text))
        return Candidate(mention, None, None, Precision.YEAR, "agreement", "Leaders sign a pact", _copy(text))

    same, other_text, other_doc, outside = (candidate(sentence, at), candidate("In 1961 leaders signed a deal.", at),
                                            candidate(sentence, at, "elsewhere"), candidate(sentence, len(doc.text)))
    before = [(c, hash(c), repr(c)) for c in (same, other_text, other_doc, outside)]
    hold_sentences(doc, [same, other_text, other_doc, outside])
    assert same._sentence is doc and same.sentence == sentence
    assert all(isinstance(c._sentence, str) for c in (other_text, other_doc, outside))
    # Nothing a reader sees changes: value, equality, hash, repr, `replace`, and a pickle (which carries the
    # sentence as a string, never the document).
    assert [(c, hash(c), repr(c)) for c in (same, other_text, other_doc, outside)] == before
    moved = dataclasses.replace(same, title="Pact")
    assert moved._sentence is doc and moved.sentence == sentence and moved.title == "Pact"
    assert dataclasses.replace(same, sentence="Other.").sentence == "Other."
    data = pickle.dumps(same)
    assert doc.text not in data.decode("latin-1") and pickle.loads(data) == same
    assert isinstance(pickle.loads(data)._sentence, str)


@pytest.mark.parametrize("end_shift, holds", [(0, True), (5, False), (-3, False)])
def test_a_shared_sentence_string_is_held_only_for_bounds_of_its_length(end_shift: int, holds: bool):
    """The second date of a sentence shares the first's string: its bounds must still span exactly that string
    (the shortcut for a shared string skipped the length check, and held a longer text in its place)."""
    from timeline_app.core.documents import document_from_text
    from timeline_app.core.extraction import hold_sentences

    doc = document_from_text("Leaders met.\n\nIn 1961 leaders signed a pact. It held in 1962.", id="doc")
    sentence = _copy("In 1961 leaders signed a pact.")
    at = doc.text.index(sentence)
    first = Candidate(Mention("doc", at + 3, at + 7, "1961", at, at + len(sentence)), None, None, Precision.YEAR,
                      "agreement", "Leaders sign a pact", sentence)
    second = Candidate(Mention("doc", at + 3, at + 7, "1961", at, at + len(sentence) + end_shift), None, None,
                       Precision.YEAR, "agreement", "Leaders sign a pact", sentence)
    hold_sentences(doc, [first, second])
    assert first._sentence is doc
    assert (second._sentence is doc) == holds and second.sentence == sentence


def test_share_strings_leaves_a_malformed_candidate_to_merging():
    bad = dataclasses.replace(_candidate(3, "T", "S.", "", frozenset(), "1961"), title=["not", "a", "str"])
    share_strings([bad])
    assert bad.title == ["not", "a", "str"]


@pytest.fixture
def merged_candidates(tmp_path, monkeypatch):
    """build_timeline on ARTICLE; returns the candidates merging was given and the sentence-cache sizes then."""
    path = tmp_path / "pact.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    seen: dict = {}
    add, finish = merging.Merger.add, merging.Merger.finish

    # The pipeline files each document's candidates as the map gives them (`Merger.add`), and finishes the
    # merge (its peak) once every document is read.
    def adding(merger, candidates):
        if seen.get("merger") is not merger:  # a new merge (a build the timeline cache answers makes none)
            seen["merger"], seen["candidates"] = merger, []
        seen["candidates"].extend(candidates)
        return add(merger, candidates)

    def finishing(merger, *args, **kwargs):
        seen["cached"] = (grammar.analyse_sentence.cache_info().currsize, grammar._tag_cached.cache_info().currsize)
        return finish(merger, *args, **kwargs)

    monkeypatch.setattr(merging.Merger, "add", adding)
    monkeypatch.setattr(merging.Merger, "finish", finishing)

    def build(cache: bool) -> dict:
        timeline = build_timeline([path], workers=1, cache=cache)
        assert timeline.events and not [p for p in timeline.problems if p.level == "error"]
        return dict(seen)

    return build


@pytest.mark.parametrize("cached", [False, True], ids=["analysed", "from the analysis cache"])
def test_a_repeated_sentence_and_title_are_one_object_while_merging(merged_candidates, cached, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_CACHE", str(tmp_path / "cache"))
    if cached:
        merged_candidates(True)  # fills the cache; the build below decodes every candidate from it
    candidates = merged_candidates(cached)["candidates"]
    values = [c.title for c in candidates]
    assert len(values) > len(set(values)), "the article repeats them"
    assert len({id(v) for v in values}) == len(set(values))
    # A sentence is no string at all while merging: each candidate reads it from its document's text.
    assert len({c.sentence for c in candidates}) < len(candidates), "the article repeats them"
    assert all(c.sentence == c._sentence.text[c.mention.sentence_start:c.mention.sentence_end] for c in candidates)
    assert len({id(c._sentence) for c in candidates}) == 1 and not isinstance(candidates[0]._sentence, str)
    texts = [c.mention.text for c in candidates]
    assert len({id(t) for t in texts}) == len(set(texts))


def test_sentence_analyses_are_released_before_merging(merged_candidates):
    assert merged_candidates(False)["cached"] == (0, 0)


def test_an_analysis_shares_its_news_and_references_strings_with_its_candidates():
    # News and references build their own titles, sentences and names; analyse_document makes each equal
    # value one object across all three (pack_analyses did it only for a worker's pickle).
    from timeline_app.core.analysis import analyse_document
    from timeline_app.core.documents import load_paths
    from timeline_app.core.pipeline import seeds_dir

    fixtures = Path(__file__).parent / "fixtures"
    equal_values = 0
    for doc in load_paths([str(seeds_dir()), str(fixtures / "news"), str(fixtures / "leads")])[0]:
        a = analyse_document(doc)
        plan = () if a.references is None else tuple(c for _f, _s, c in a.references.found)
        cs = [*(a.candidates or ()), *(n.candidate for n in a.news), *plan]
        # (A sentence held as its document's text is no string to share: `_sentence` is then the document.)
        for name in ("title", "_sentence", "explanation", "actors"):
            first: dict = {}
            for c in cs:
                value = getattr(c, name)
                if value is doc:
                    continue
                equal_values += value in first
                assert first.setdefault(value, value) is value, (doc.id, name, value)
    assert equal_values  # the articles repeat values across candidates, news and references


def test_the_candidates_are_freed_once_merged_before_the_timeline_is_kept(tmp_path, monkeypatch):
    """Merging's input is not held beside its output: by the time the timeline is built and kept (the
    timeline cache's copy, the last report), no candidate is alive."""
    monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    path = tmp_path / "pact.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    add = merging.Merger.add
    merged: set[int] = set()  # the identities of the candidates merging was given (no reference kept)

    def adding(merger, candidates):
        merged.update(id(c) for c in candidates)
        return add(merger, candidates)

    monkeypatch.setattr(merging.Merger, "add", adding)
    alive: list[int] = []

    def progress(_done: int, _total: int, label: str) -> None:
        if label.startswith("Loaded"):
            # This build's candidates only (other tests may leave some of theirs to the collector).
            gc.collect()
            alive.append(sum(1 for o in gc.get_objects() if type(o) is Candidate and id(o) in merged))

    timeline = build_timeline([path], workers=1, cache=False, progress=progress)
    assert timeline.events and merged
    assert alive == [0]


def test_each_candidate_is_freed_as_its_event_is_built(tmp_path, monkeypatch):
    """The pipeline holds no candidate of its own while merging builds the events: each goes with its group,
    so candidates and events never peak together (the pipeline's dict of them kept every one alive to the end
    of `Merger.finish`); and none is left when the events' mentions are made (`merging._give_mentions`), so
    those take the memory the candidates left."""
    monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    path = tmp_path / "pacts.txt"
    path.write_text("Leaders sign pacts\n\nPublished June 20, 2024\n\n" + "".join(
        f"On June {day}, 2024, the leaders of {place} signed a trade pact.\n\n"
        for day, place in zip(range(1, 13), ("Arlen", "Brisa", "Corvo", "Dalen", "Esker", "Forra", "Galt",
                                             "Hume", "Ivory", "Jarl", "Kest", "Lorn"))), encoding="utf-8")
    add, build_event = merging.Merger.add, merging._event
    merged: set[int] = set()  # the identities of the candidates merging was given (no reference kept)
    alive: list[int] = []

    def adding(merger, candidates):
        merged.update(id(c) for c in candidates)
        return add(merger, candidates)

    def building(group, *args):
        alive.append(sum(1 for o in gc.get_objects() if type(o) is Candidate and id(o) in merged))
        return build_event(group, *args)

    def giving(*args):
        left.append(sum(1 for o in gc.get_objects() if type(o) is Candidate and id(o) in merged))
        return give_mentions(*args)

    give_mentions, left = merging._give_mentions, []
    monkeypatch.setattr(merging.Merger, "add", adding)
    monkeypatch.setattr(merging, "_event", building)
    monkeypatch.setattr(merging, "_give_mentions", giving)
    timeline = build_timeline([path], workers=1, cache=False)
    assert len(timeline.events) >= 10 and len(alive) == len(timeline.events)
    # Before the last event, only the last groups' members are left; none once every event is built.
    assert alive[0] >= len(timeline.events) and alive[-1] <= 2, alive
    assert left == [0]
    assert all(e.mentions for e in timeline.events)


def test_the_analyses_and_the_news_not_kept_are_let_go_before_the_late_candidates_are_filed(monkeypatch):
    """Once read, the documents' analyses (their tuples of candidates and news) and the news `resolve_news` did
    not keep are freed before the news and references it did keep are filed (they were held to the end of the
    map, through that filing)."""
    from timeline_app.core.analysis import DocumentAnalysis
    from timeline_app.core.news import NewsItem

    monkeypatch.setenv("TIMELINE_APP_CACHE", "0")
    add = merging.Merger.add
    alive: list[tuple[int, int]] = []
    # This build's only: other tests may leave theirs alive (for the collector, or in a fixture).
    gc.collect()
    earlier = {id(o) for o in gc.get_objects() if type(o) in (DocumentAnalysis, NewsItem)}

    def adding(merger, candidates):
        new = [o for o in gc.get_objects() if type(o) in (DocumentAnalysis, NewsItem) and id(o) not in earlier]
        alive.append((sum(1 for o in new if type(o) is DocumentAnalysis), sum(1 for o in new if type(o) is NewsItem)))
        return add(merger, candidates)

    monkeypatch.setattr(merging.Merger, "add", adding)
    timeline = build_timeline([Path(__file__).parent / "fixtures" / "news"], workers=1, cache=False)
    assert len(timeline.documents) > 1 and timeline.events
    *per_document, late = alive
    assert len(per_document) == len(timeline.documents)
    assert per_document[-1][0] > 0 and per_document[-1][1] > 0  # (while the map runs, they are alive)
    assert late == (0, 0)


def test_a_workers_rows_carry_each_sentence_once_as_a_string():
    """Candidates read their sentence from their document; the rows a worker pickles back carry it as a string,
    one object per sentence (pickled once however many dates it has), and unpack to equal candidates."""
    from timeline_app.core.analysis import analyse_document, pack_analyses, unpack_analyses
    from timeline_app.core.documents import document_from_text

    doc = document_from_text(ARTICLE, id="pact")
    analysis = analyse_document(doc)
    assert all(c._sentence is doc for c in analysis.candidates)
    packed = pack_analyses([analysis])
    rows = packed[0][0]
    by_bounds: dict = {}
    for c, row in zip(analysis.candidates, rows):
        sentence = next(v for v in row if isinstance(v, str) and v == c.sentence and len(v) > 20)
        assert by_bounds.setdefault(c.sentence, sentence) is sentence  # (equal sentences anywhere: one object)
    assert len(by_bounds) < len(rows), "the article's sentences have several dates"
    assert unpack_analyses(packed) == [analysis]


def test_a_document_longer_than_the_memos_budget_empties_them_before_its_candidates_are_filed(tmp_path, monkeypatch):
    """Filing one big document's candidates was the run's peak, with the sentence memos full of its sentences."""
    from timeline_app.core import pipeline

    assert pipeline._MEMO_CHARS == grammar.MEMO_CHARS
    monkeypatch.setattr(pipeline, "_MEMO_CHARS", len(ARTICLE) - 1)  # this article is "big"
    path = tmp_path / "pact.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    sizes: list[int] = []
    add = merging.Merger.add

    def adding(merger, candidates):
        sizes.append(grammar.analyse_sentence.cache_info().currsize + grammar._tag_cached.cache_info().currsize)
        return add(merger, candidates)

    monkeypatch.setattr(merging.Merger, "add", adding)
    assert build_timeline([path], workers=1, cache=False).events
    assert sizes and sizes[0] == 0


def test_the_date_phrases_memos_are_emptied_before_a_big_documents_candidates_are_filed(tmp_path, monkeypatch):
    """Issue 7: the tagger's memos of date phrases' answers and of calendar periods (4,096 entries each, ~1.7 MB
    full) stayed alive through merging, which reads neither: 1.7 bytes per character of 1 MB of news at the run's
    highest point."""
    from timeline_app.core import pipeline, temporal, temporal_calendar

    monkeypatch.setattr(pipeline, "_MEMO_CHARS", len(ARTICLE) - 1)  # this article is "big"
    path = tmp_path / "pact.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    sizes: list[tuple[int, int]] = []
    add = merging.Merger.add

    def adding(merger, candidates):
        sizes.append((len(temporal._TELLS_YEAR), temporal_calendar.period.cache_info().currsize))
        return add(merger, candidates)

    monkeypatch.setattr(merging.Merger, "add", adding)
    assert build_timeline([path], workers=1, cache=False).events
    assert sizes and sizes[0] == (0, 0)
    assert temporal_calendar.period(temporal_calendar.DAY, datetime.date(2024, 6, 20))[0] == "2024-06-20"  # (made again)


def _filing_steps(tmp_path, monkeypatch) -> list[str]:
    """Builds ARTICLE with the pipeline's free-list emptying and merging's filing spied on: "empty" and "add" in
    the order they happened."""
    from timeline_app.core import pipeline

    path = tmp_path / "pact.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    steps: list[str] = []
    empty, add = pipeline._empty_free_lists, merging.Merger.add

    def emptying() -> None:
        steps.append("empty")
        empty()

    def adding(merger, candidates):
        steps.append("add")
        return add(merger, candidates)

    monkeypatch.setattr(pipeline, "_empty_free_lists", emptying)
    monkeypatch.setattr(merging.Merger, "add", adding)
    assert build_timeline([path], workers=1, cache=False).events
    return steps


def test_a_document_longer_than_the_memos_budget_empties_the_free_lists_before_its_candidates_are_filed(
        tmp_path, monkeypatch):
    """The tuples the emptied memos freed wait in CPython's free lists (~1.5 MB of token tuples for 1 MB of
    news) until a full collection: made before the big document's candidates are filed, not only after the map."""
    from timeline_app.core import pipeline

    monkeypatch.setattr(pipeline, "_MEMO_CHARS", len(ARTICLE) - 1)  # this article is "big"
    steps = _filing_steps(tmp_path, monkeypatch)
    assert "add" in steps and steps.index("empty") < steps.index("add")


def test_a_small_document_files_its_candidates_without_a_full_collection_first(tmp_path, monkeypatch):
    """Below the memos' budget nothing was emptied for the document: no full collection before its filing (each
    costs ~15 ms; a load of 2,000 small articles would pay it 2,000 times)."""
    steps = _filing_steps(tmp_path, monkeypatch)
    assert steps[0] == "add"


def _traced_change(empty) -> int:
    """How the traced memory changes with `empty()` just after 100,000 small tuples were freed by reference
    counting (the last of each length wait in CPython's per-length free lists until a full collection)."""
    import tracemalloc

    tracemalloc.start()
    try:
        made = [tuple(range(i % 5 + 1)) for i in range(100_000)]
        del made
        before = tracemalloc.get_traced_memory()[0]
        empty()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_the_free_lists_are_emptied_without_walking_the_live_objects() -> None:
    """After the map, `build_timeline` empties the tuple free lists with a full collection of nothing but what
    is not frozen: the objects alive are frozen for it (a full walk of millions held the GIL for ~0.2 s) and
    thawed after."""
    from timeline_app.core import pipeline

    # The free lists keep up to 2,000 tuples of each length: ~640 KB of the 100,000 here, let go when emptied.
    assert _traced_change(lambda: None) > -10_000
    assert _traced_change(pipeline._empty_free_lists) < -400_000
    frozen_while_collecting: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            frozen_while_collecting.append(gc.get_freeze_count())

    alive = [[i] for i in range(10_000)]
    gc.callbacks.append(seen)  # the collector holds this very list: appended to, not replaced
    try:
        pipeline._empty_free_lists()
    finally:
        gc.callbacks.remove(seen)
    assert len(frozen_while_collecting) == 1 and frozen_while_collecting[0] >= len(alive)
    assert gc.get_freeze_count() == 0  # thawed again


def test_emptying_the_free_lists_leaves_what_was_frozen_before_frozen() -> None:
    """`gc.unfreeze` thaws every frozen object: if anything in the process froze objects first (the pool's
    fork server does, in its own process), they stay frozen, and the free lists are emptied all the same."""
    from timeline_app.core import pipeline

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        held = _traced_change(pipeline._empty_free_lists)
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
    assert held < -400_000


@pytest.mark.parametrize("text", [
    ARTICLE,
    "The talks opened on 3 May 2021; they resumed on 9 June 2021, and ended on July 1, 2021.",
])
def test_a_workers_rows_carry_each_mention_as_its_packed_int_and_unpack_with_no_mention_made(text, monkeypatch):
    """A row carries a candidate's mention as its slots (document id, packed int, phrase): no Mention is made
    to pack it, nor rebuilt and packed again (`pack_mention`) on the pipeline's side of the pickle."""
    import pickle

    from timeline_app.core import model
    from timeline_app.core.analysis import analyse_document, pack_analyses, unpack_analyses
    from timeline_app.core.documents import document_from_text

    analysis = analyse_document(document_from_text(text, id="pact"))
    assert analysis.candidates
    packs = []
    real_pack = model.pack_mention
    monkeypatch.setattr(model, "pack_mention", lambda *args, **kw: packs.append(args) or real_pack(*args, **kw))
    made = []
    real_packed = model.Mention.packed.__func__
    monkeypatch.setattr(model.Mention, "packed", classmethod(
        lambda cls, *args: made.append(args) or real_packed(cls, *args)))
    rebuilt = unpack_analyses(pickle.loads(pickle.dumps(pack_analyses([analysis]), pickle.HIGHEST_PROTOCOL)))
    assert (packs, made) == ([], [])
    assert rebuilt == [analysis]
    assert all(c._at.__class__ is int for c in rebuilt[0].candidates)
