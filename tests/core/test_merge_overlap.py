"""Merging while the map runs: `merging.Merger` files each document's candidates as its analysis arrives, in
the documents' order whatever order the analyses come in, and gives exactly what merging at once gives."""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from timeline_app.core import document_map, merging, pipeline
from timeline_app.core.analysis import analyse_document
from timeline_app.core.documents import load_paths
from timeline_app.core.export import timeline_json
from timeline_app.core.pipeline import build_timeline, seeds_dir
from tests.core.corpus_helpers import SMALL_CORPUS

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = [str(seeds_dir()), str(FIXTURES)]  # every article the tests have


@pytest.fixture(scope="module")
def serial_build():
    """The corpus's serial timeline, and each document's candidates as the build's map analysed them (the
    analyses were made a second time for `analysed` before: the corpus's 560 articles analysed once more)."""
    made: dict[str, list] = {}
    real = document_map.analyse_document

    def keeping(doc, **kwargs):
        analysis = real(doc, **kwargs)
        made[doc.id] = list(analysis.candidates or ())
        return analysis

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(document_map, "analyse_document", keeping)
        timeline = build_timeline(CORPUS, workers=1, cache=False)
    return timeline, made


@pytest.fixture(scope="module")
def analysed(serial_build):
    """The corpus's documents and each one's analysed candidates, in the documents' order."""
    documents = list(load_paths(CORPUS)[0])
    made = serial_build[1]
    per_document = [made[d.id] for d in documents]
    assert len(documents) > 30 and sum(map(len, per_document)) > 200
    # The map's candidates are those an analysis of the document gives (spot-checked: the whole corpus again
    # is what this fixture no longer costs).
    for d in documents[::50]:
        assert per_document[documents.index(d)] == list(analyse_document(d).candidates or ()), d.id
    return documents, per_document


@pytest.fixture(scope="module")
def serial_timeline(serial_build):
    return serial_build[0]


def _flat(per_document):
    return [c for cs in per_document for c in cs]


def test_adding_in_pieces_equals_merging_at_once(analysed):
    documents, per_document = analysed
    at_once = merging.merge(_flat(per_document), documents)
    rng = random.Random(3)
    for _ in range(3):
        merger = merging.Merger(documents)
        flat = _flat(per_document)
        while flat:
            k = rng.randint(1, 40)
            merger.add(flat[:k])
            flat = flat[k:]
        assert merger.finish() == at_once
        assert merger.refiled == 0  # in order: nothing is filed twice


def test_documents_arriving_in_any_order_merge_as_in_the_documents_order(analysed):
    documents, per_document = analysed
    at_once = merging.merge(_flat(per_document), documents)
    order = list(range(len(documents)))
    random.Random(5).shuffle(order)
    merger = merging.Merger(documents)
    for i in order:
        merger.add(per_document[i])
    assert merger.refiled > 0  # some came before candidates of earlier documents on their dates
    assert merger.finish() == at_once


def test_candidates_a_document_gets_late_are_filed_in_its_place(analysed):
    # As the pipeline does with news and references: every document's first candidates during the map, the
    # rest of each document's after it. The events are those of merging each document's list in order.
    documents, per_document = analysed
    at_once = merging.merge(_flat(per_document), documents)
    merger = merging.Merger(documents)
    for cs in per_document:
        merger.add(cs[:len(cs) // 2])
    merger.add([c for cs in per_document for c in cs[len(cs) // 2:]])
    assert merger.refiled > 0
    assert merger.finish() == at_once
    # Filing them in the order they came instead (merge's own order: its list's) is another merge: the
    # order is what the documents' order pins down.
    late_last = [c for cs in per_document for c in cs[:len(cs) // 2]] + \
        [c for cs in per_document for c in cs[len(cs) // 2:]]
    assert merging.merge(late_last, documents) != at_once


def test_a_bucket_late_documents_come_to_is_filed_again_once(analysed, monkeypatch):
    # Documents added one call each, the last first: every add comes late to the buckets of the documents
    # added before it. Filing such a bucket again at each add files its candidates once per later add (the
    # square of its documents); it is filed again once, in `finish`.
    documents, per_document = analysed
    at_once = merging.merge(_flat(per_document), documents)
    dated = [c for c in _flat(per_document) if c.first is not None]
    documents_per_dates = Counter((first, last) for first, last, _doc in {(c.first, c.last, c.mention.document)
                                                                          for c in dated})
    assert max(documents_per_dates.values()) >= 3  # a bucket that three documents come to: the case that grew
    filed: Counter[int] = Counter()
    real = merging._file

    def counting(buckets, c, *echo):
        filed[id(c)] += 1
        return real(buckets, c, *echo)

    monkeypatch.setattr(merging, "_file", counting)
    merger = merging.Merger(documents)
    for cs in reversed(per_document):
        merger.add(cs)
    assert merger.finish() == at_once
    # Each dated candidate filed at most three times: as it came, with its bucket in `finish`, and once more
    # if relative dates come to that bucket (its groups were let go once they had anchored them).
    assert max(filed[id(c)] for c in dated) <= 3
    assert 0 < merger.refiled <= len(dated)
    assert merger.rejoined <= len(dated)
    assert sum(filed[id(c)] for c in dated) <= len(dated) + merger.refiled + merger.rejoined


def test_merge_files_its_list_in_its_order(analysed):
    documents, per_document = analysed
    flat = _flat(per_document)
    random.Random(11).shuffle(flat)
    merger = merging.Merger(documents, in_document_order=False)
    merger.add(flat[:100])
    merger.add(flat[100:])
    assert merger.finish() == merging.merge(flat, documents)


def test_a_merger_finishes_once(analysed):
    documents, per_document = analysed
    merger = merging.Merger(documents[:1])
    merger.add(per_document[0])
    merger.finish()
    with pytest.raises(RuntimeError):
        merger.add(per_document[0])
    with pytest.raises(RuntimeError):
        merger.finish()


def test_analyses_are_handed_on_in_the_documents_order():
    documents = list(load_paths([str(FIXTURES / "news")])[0])[:5]
    handed: list[str] = []
    in_order = document_map._InOrder(documents, lambda doc, _analysis: handed.append(doc.id))
    seen: list[list[str]] = []
    for k in (2, 0, 4, 1, 3):
        in_order(documents[k], None)
        seen.append(list(handed))
    ids = [d.id for d in documents]
    assert seen == [[], ids[:1], ids[:1], ids[:3], ids]


def test_a_document_whose_analysis_never_came_back_does_not_hold_back_the_rest():
    documents = list(load_paths([str(FIXTURES / "news")])[0])[:3]
    handed: list[tuple[str, object]] = []
    in_order = document_map._InOrder(documents, lambda doc, analysis: handed.append((doc.id, analysis)))
    in_order(documents[2], "third")
    results: dict = {documents[2].id: "third"}
    in_order.finish(results)
    assert [doc_id for doc_id, _ in handed] == [d.id for d in documents]
    first = results[documents[0].id]
    assert first.candidates is None and "never came back" in first.problems[0].message
    assert handed[2] == (documents[2].id, "third")


def _shuffled_serial(seed: int):
    """document_map._serial, analysing (and handing on) the documents in a shuffled order."""
    def serial(documents, meter, before, arrived=document_map._ignore):
        order = list(documents)
        random.Random(seed).shuffle(order)
        out = {}
        for doc in order:
            meter.check()
            out[doc.id] = analyse_document(doc)
            arrived(doc, out[doc.id])
        return out
    return serial


@pytest.mark.parametrize("seed", [1, 2])
def test_the_timeline_is_the_same_whatever_order_the_analyses_arrive_in(serial_timeline, monkeypatch, seed):
    # (The pool against serial: tests/core/test_document_map.py, on the same articles.)
    monkeypatch.setattr(document_map, "_serial", _shuffled_serial(seed))
    shuffled = build_timeline(CORPUS, workers=1, cache=False)
    assert shuffled == serial_timeline
    assert timeline_json(shuffled) == timeline_json(serial_timeline)


def _watch_mergers(monkeypatch) -> list[merging.Merger]:
    made: list[merging.Merger] = []
    real = merging.Merger.__init__

    def init(self, *args, **kwargs):
        real(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(merging.Merger, "__init__", init)
    return made


def test_the_parent_files_candidates_while_the_map_goes_on(monkeypatch):
    mergers = _watch_mergers(monkeypatch)
    filed_when_analysing: list[int] = []
    real = document_map.analyse_document

    def observed(doc, **kwargs):
        # What the load's merger holds as each document starts to be analysed.
        filed_when_analysing.append(mergers[0].filed)
        return real(doc, **kwargs)

    monkeypatch.setattr(document_map, "analyse_document", observed)
    timeline = build_timeline(SMALL_CORPUS, workers=1, cache=False)  # (how the map streams: any corpus)
    # (One merger, also when an undated article is lent a story's day: what it gains is filed into that merge.)
    assert len(mergers) == 1 and timeline.events
    assert filed_when_analysing[0] == 0
    # Every document's dated candidates are filed before the next document is analysed.
    assert all(b >= a for a, b in zip(filed_when_analysing, filed_when_analysing[1:]))
    assert len(set(filed_when_analysing)) > len(filed_when_analysing) // 2
    assert filed_when_analysing[-1] > 0.5 * mergers[0].filed


def test_the_parent_files_candidates_while_the_pool_works(monkeypatch):
    mergers = _watch_mergers(monkeypatch)
    filed_when_unpacking: list[int] = []
    real = document_map.unpack_analyses

    def observed(rows):
        filed_when_unpacking.append(mergers[0].filed)  # a chunk back from a worker, before it is handed on
        return real(rows)

    monkeypatch.setattr(document_map, "unpack_analyses", observed)
    build_timeline(SMALL_CORPUS, workers=2, cache=False)  # (how the map streams: any corpus, in chunks)
    assert len(filed_when_unpacking) >= 4
    assert filed_when_unpacking[0] == 0 and filed_when_unpacking[-1] > 0


def test_happening_words_are_worked_out_once_per_candidate(analysed, monkeypatch):
    documents, per_document = analysed
    computed: list[int] = []
    asked: list[int] = []
    real, real_public = merging._happening_words, merging.happening_words

    given_windows: list[bool] = []

    def counting(c, window=None):
        computed.append(id(c))
        if window is not None:  # (a window read by the caller, `_Group.add`: the candidate's own)
            given_windows.append(window == merging._happening_window(c))
        return real(c, window)

    def asking(c, window=None):
        asked.append(id(c))
        return real_public(c, window)

    # `_finish` trims the memo to the members of groups from two or more articles before references and
    # undated mentions are attached: a group that then gains an article (fixtures/merges/follow_up) works its
    # members' words out once more. Once per candidate before the trim, and once after it.
    trimmed_at: list[int] = []
    real_attach = merging._attach_references

    def attaching(*args):
        trimmed_at.append(len(computed))
        return real_attach(*args)

    monkeypatch.setattr(merging, "_happening_words", counting)
    monkeypatch.setattr(merging, "happening_words", asking)
    monkeypatch.setattr(merging, "_attach_references", attaching)
    events = merging.merge(_flat(per_document), documents)
    assert events and computed and len(trimmed_at) == 1
    before, after = computed[:trimmed_at[0]], computed[trimmed_at[0]:]
    assert len(before) == len(set(before)) and len(after) == len(set(after))  # once per candidate
    assert len(asked) > len(computed)  # though read again (an event's explanation, an outcome's group)
    assert given_windows and all(given_windows)  # the window `_Group.add` reads once for its act keys too
    # Outside a merge nothing is kept.
    c = next(c for cs in per_document for c in cs if c.first is not None)
    computed.clear()
    merging.happening_words(c)
    merging.happening_words(c)
    assert len(computed) == 2


def test_a_merge_failure_while_the_map_runs_does_not_stop_the_map(monkeypatch):
    def failing(self, candidates):
        raise ValueError("cannot file")

    monkeypatch.setattr(merging.Merger, "add", failing)
    timeline = build_timeline(SMALL_CORPUS, workers=1, cache=False)  # (a failure's path: any corpus)
    assert timeline.events and len(timeline.documents) > 30
    assert any("cannot file" in p.message for p in timeline.problems)
    assert pipeline._Merge  # the pipeline's holder of the merge kept the failure for `_merge`
