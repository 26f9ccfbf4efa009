"""One document walked in pieces (core/split.py) gives exactly the analysis of one serial walk: cut every few
hundred characters, with the guessed state at a cut wrong, with a walk that reads an output, and over the pool
(Cancel still stops it, leaving no process)."""
from __future__ import annotations

import gc
import multiprocessing
import weakref
from pathlib import Path

import pytest

from timeline_app.core import document_map, split
from timeline_app.core.analysis import analyse_document
from timeline_app.core.documents import load_paths
from timeline_app.core.extraction import MentionWalk, layout_blocks
from timeline_app.core.model import Document, TimeExpression
from timeline_app.core.news import NewsWalk
from timeline_app.core.pipeline import build_timeline
from timeline_app.core.progress import Cancelled
from timeline_app.core.temporal import tag
from tests.core.pool_helpers import Meter

FIXTURES = Path(__file__).parent / "fixtures"
# News articles of several kinds: headlines and leads, statements carried on, quotations, obituaries, features.
FOLDERS = ["news", "carried", "reported_statements", "obituary_lives", "feature_flashbacks", "headline_lead",
           "follow_ups", "quake", "fresh"]
PIECE_CHARS = 200  # a cut at about every paragraph

# The state news carries from one sentence to the next: compared whole at a cut. A walk that gains an attribute
# fails `test_every_attribute_of_the_walks_has_a_role`: it is carried state unless its class names its role.
NEWS_CARRIED = {"governed", "told", "old_dates", "may_bridge", "deceased", "defendant", "_speaker", "head", "lead",
                "story", "case_stage", "lead_has_no_news", "_old_section", "_headline_title", "ended", "_recent_items",
                "_quoted_last", "_last_act_dated"}


def _documents(folder: str) -> list[Document]:
    documents, problems = load_paths([str(FIXTURES / folder)])
    assert documents and not [p for p in problems if p.level != "skipped"]  # (a folder's gold JSON is skipped)
    return [d for d in documents if d.published is not None]


@pytest.fixture(scope="module")
def long_article() -> Document:
    return max((d for folder in FOLDERS for d in _documents(folder)), key=lambda d: len(d.text))


@pytest.mark.parametrize("folder", FOLDERS)
def test_pieces_of_a_few_hundred_characters_give_the_serial_analysis(folder: str) -> None:
    cut = 0
    for doc in _documents(folder):
        stats = split.SplitStats()
        assert split.analyse_in_pieces(doc, piece_chars=PIECE_CHARS, stats=stats) == analyse_document(doc), doc.path
        assert not stats.whole
        cut += stats.pieces > 1
    assert cut  # (not one piece an article)


def test_a_piece_begun_from_a_wrong_state_is_read_again_from_the_true_one(monkeypatch, long_article) -> None:
    # No headline read and no sentence before the cut: every guessed state lacks the lead the walk found.
    monkeypatch.setattr(split, "WARM_UP_SENTENCES", 0)
    monkeypatch.setattr(split, "HEAD_SENTENCES", 0)
    stats = split.SplitStats()
    assert split.analyse_in_pieces(long_article, piece_chars=PIECE_CHARS, stats=stats) == analyse_document(long_article)
    assert stats.pieces > 2 and stats.again > 0


def test_a_walk_reading_an_output_as_it_goes_analyses_the_document_whole(monkeypatch, long_article) -> None:
    # A rule that reads what the walk was said only to write (and so is not compared at a cut): the pieces'
    # reading is not trusted.
    keep = NewsWalk._keep

    def reading_an_output(self, i, dates, start) -> None:
        if i - 1 in self.perfect:
            pass
        keep(self, i, dates, start)

    monkeypatch.setattr(NewsWalk, "_keep", reading_an_output)
    stats = split.SplitStats()
    assert split.analyse_in_pieces(long_article, piece_chars=PIECE_CHARS, stats=stats) == analyse_document(long_article)
    assert stats.whole


@pytest.mark.parametrize("read", [len, bool, iter, lambda o: 1 in o, lambda o: o[0], lambda o: o.get(1),
                                  lambda o: o.copy()])
def test_a_pieces_outputs_can_only_be_written(read) -> None:
    for held in ([], set(), {}):
        with pytest.raises(split.OutputRead):
            read(split._WriteOnly(held))


class _Future:
    """A piece started as the pool's future is: its result, once made, held by it (as a future holds its own)."""

    def __init__(self, doc: Document, packed: bytes, made: list) -> None:
        self.walk, self.made, self.result = split.run_here(doc, packed), made, None

    def __call__(self) -> split.PieceResult:
        if self.result is None:
            self.result = self.walk()
            self.made.append(weakref.ref(self.result))
        return self.result


def test_this_process_holds_no_tagged_expression_nor_a_read_pieces_result_while_it_waits(long_article) -> None:
    # At 10 MB every tagged expression alive here was ~50 MB (the serial walk streams them), and each piece's
    # result held by its future until the last was read. A piece's expressions go packed (bytes), the whole walk's
    # layout is joined as they are tagged, and a piece's result goes once its candidates are made here.
    def expressions_alive() -> int:  # (slotted: no weak reference to them)
        return sum(isinstance(o, TimeExpression) for o in gc.get_objects())

    made: list[weakref.ref] = []
    alive_expressions: list[int] = []
    alive_results: list[int] = []

    def submit(doc: Document, packed: bytes):
        future = _Future(doc, packed, made)

        def result() -> split.PieceResult:
            alive_expressions.append(expressions_alive())
            alive_results.append(sum(r() is not None for r in made))
            return future()
        return result

    serial = analyse_document(long_article)
    before = expressions_alive()
    stats = split.SplitStats()
    assert split.analyse_in_pieces(long_article, submit, piece_chars=PIECE_CHARS, stats=stats) == serial
    assert stats.pieces > 2
    assert alive_expressions[0] <= before  # (no piece walked yet: run_here walks it when its result is asked)
    assert alive_results == [0] * stats.pieces


def _sent_results(doc: Document) -> list[split.PieceResult]:
    """Each piece's result of `doc` as it reaches this process from a worker (through pickle)."""
    import pickle

    results: list[split.PieceResult] = []

    def submit(document: Document, packed: bytes):
        result = pickle.loads(pickle.dumps(split.walk_packed_piece(document, packed)))
        results.append(result)
        return lambda: result

    assert split.analyse_in_pieces(doc, submit, piece_chars=PIECE_CHARS) == analyse_document(doc)
    assert len(results) > 2
    return results


def _rows(result: split.PieceResult) -> list[tuple]:
    return [*result.candidates, *(row for row, *_rest in result.news["out"])]


def test_a_pieces_result_sends_no_sentence_its_document_holds(long_article) -> None:
    # At 10 MB the pieces' sentence strings, one per dated sentence, were ~3 bytes a character here until the
    # whole walk's end (the serial walk reads them from the document as it makes its candidates).
    from timeline_app.core.analysis import _SENTENCE_AT

    rows = [row for result in _sent_results(long_article) for row in _rows(result)]
    assert rows and all(row[_SENTENCE_AT] is None for row in rows)
    made = [split._piece_candidate(row, long_article) for row in rows]
    assert all(c._sentence is long_article for c in made)
    assert all(c.sentence == long_article.text[c.sentence_start:c.sentence_end] for c in made)


def test_a_pieces_result_sends_equal_titles_once() -> None:
    # (A piece's candidates made their own titles: one object each per candidate, here.) Each paragraph's
    # sentence has several dates, whose candidates share its title.
    from timeline_app.core.analysis import _CANDIDATE_FIELDS, _MENTION_WIDTH
    from timeline_app.core.documents import document_from_text

    doc = document_from_text("Talks in the capital\nThursday, June 20, 2024\n\n" + "\n\n".join(
        f"Anna Lind signed accords with Kessa on March {day}, 2020, and on April {day}, 2021, in Tarbert."
        for day in range(1, 9)), id="article")
    at = _MENTION_WIDTH + _CANDIDATE_FIELDS.index("title")
    repeated = 0
    for result in _sent_results(doc):
        values = [row[at] for row in _rows(result)]
        assert len({id(v) for v in values}) == len(set(values))
        repeated += len(values) > len(set(values))
    assert repeated  # (the pieces repeat some)


def test_every_attribute_of_the_walks_has_a_role(long_article) -> None:
    expressions = tag(long_article.text, reference=long_article.published)
    news = NewsWalk(long_article, expressions)
    for _ in news.steps():
        pass
    assert set(NewsWalk.PIECE_ROLES) | NEWS_CARRIED == set(vars(news))
    assert set(split.carried_state(news)) == NEWS_CARRIED
    mentions = MentionWalk(long_article, expressions)
    for _ in mentions.steps():
        pass
    mentions.finish()
    assert set(MentionWalk.PIECE_ROLES) == set(vars(mentions))
    assert split.carried_state(mentions) == {}
    # An attribute no role names is state compared at a cut.
    news.a_new_rules_memory = {3: "x"}
    assert split.carried_state(news)["a_new_rules_memory"] == {3: "x"}


def test_a_worker_reads_an_equal_document_as_the_one_it_holds(monkeypatch, long_article) -> None:
    # (Each piece's task brings its own copy; the memos keyed by the text find the held one at once, and its
    # extraction blocks are made once.)
    import pickle

    monkeypatch.setattr(split, "_held", [])  # (a fresh worker's)
    first, second = pickle.loads(pickle.dumps(long_article)), pickle.loads(pickle.dumps(long_article))
    assert first is not second and first.text is not second.text
    held, blocks = split._as_held(first)
    assert held is first and blocks == layout_blocks(first)
    assert split._as_held(second)[0] is first and split._as_held(second)[1] is blocks
    other = Document("other", "other.txt", "Another text.", "")
    assert split._as_held(other)[0] is other


def test_a_document_sent_to_the_workers_is_one_file_read_back_equal_and_removed_when_done(long_article) -> None:
    # (Not ASCII, and a lone surrogate, as os.fsdecode makes of a name's bytes: the text is read back exactly.)
    from dataclasses import replace

    doc = replace(long_article, text=long_article.text + " Café “quoted” caf\udce9.", day_first=True,
                  dropped=((0, 3, "why"),))
    with split.sent_document(doc) as sent:
        assert isinstance(sent, split.DocumentFile) and Path(sent.path).is_file()
        read = sent.read()
        assert read == doc and read.text == doc.text and read.sentences == doc.sentences
        assert (read.day_first, read.dropped) == (doc.day_first, doc.dropped)
    assert not Path(sent.path).exists()


def test_a_document_sent_to_the_workers_does_not_keep_its_texts_utf_8_here() -> None:
    # Pickling a text that is not ASCII makes CPython keep its UTF-8 form in it, alive with the document (the
    # tasks pickled the whole document each: 1 byte a character more here, for as long as it is loaded).
    import sys

    from timeline_app.core.documents import document_from_text

    doc = document_from_text("Talks in the capital\nThursday, June 20, 2024\n\n" + "Café “talks” on May 3. " * 200,
                             id="article")
    size = sys.getsizeof(doc.text)
    with split.sent_document(doc) as sent:
        assert sent.read() == doc
    assert sys.getsizeof(doc.text) == size


def test_a_worker_reads_a_sent_document_once(monkeypatch, long_article) -> None:
    monkeypatch.setattr(split, "_held", [])  # (a fresh worker's)
    reads: list[str] = []
    read = split.DocumentFile.read

    def counted(self: split.DocumentFile) -> Document:
        reads.append(self.path)
        return read(self)

    monkeypatch.setattr(split.DocumentFile, "read", counted)
    with split.sent_document(long_article) as sent, split.sent_document(long_article) as again:
        held, blocks = split._as_held(sent)
        assert held == long_article and blocks == layout_blocks(long_article)
        assert split._as_held(sent) == (held, blocks) and split._as_held(sent)[0] is held
        assert reads == [sent.path]
        # Another sending (the same text sent again, a path used again once its file is gone) is read anew.
        assert split._as_held(again)[0] is not held and reads == [sent.path, again.path]


def test_freed_memory_is_given_back_after_each_pieces_result(monkeypatch, long_article) -> None:
    # (A piece's result is unpickled by the pool's thread reading results: glibc kept that thread's freed pages.)
    given_back: list[int] = []
    monkeypatch.setattr(split, "release_freed_memory", lambda: given_back.append(1))
    stats = split.SplitStats()
    assert split.analyse_in_pieces(long_article, piece_chars=PIECE_CHARS, stats=stats) == analyse_document(long_article)
    assert stats.pieces > 2 and len(given_back) == stats.pieces


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_freed_memory_is_given_back_through_glibc_only(monkeypatch, platform: str) -> None:
    import platform as platforms
    import sys

    monkeypatch.setattr(sys, "platform", platform)
    trim = split._glibc_malloc_trim()
    glibc = platform == "linux" and platforms.libc_ver()[0] == "glibc"
    assert (trim is not None) == glibc
    if trim is not None:
        assert trim(0) in (0, 1)
    monkeypatch.setattr(split, "_malloc_trim", [])
    split.release_freed_memory()  # (a no-op where there is no glibc)
    assert len(split._malloc_trim) == 1 and (split._malloc_trim[0] is None) == (trim is None)


def test_cuts_open_paragraphs_that_no_sentence_runs_into(long_article) -> None:
    cuts = split.paragraph_cuts(long_article, PIECE_CHARS)
    text, sentences = long_article.text, long_article.sentences
    assert cuts
    for i in cuts:
        at = sentences[i].start
        assert text[:at].rstrip(" \t").endswith("\n") and text[:at].rstrip(" \t")[:-1].rstrip(" \t").endswith("\n")
        assert all(s.end <= at for s in sentences[:i])


def test_a_large_document_over_the_pool_gives_the_serial_timeline(monkeypatch) -> None:
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    monkeypatch.setattr(split, "PIECE_CHARS", PIECE_CHARS)
    folders = [str(FIXTURES / folder) for folder in ("carried", "obituary_lives")]
    labels: list[str] = []
    # What each piece's task carries: the document is written once, its tasks name the file (pickling the whole
    # document for every task was a transient copy of it, and more, here each time).
    made = document_map._executor
    named: list[object] = []

    def executor(size: int):
        pool = made(size)
        submit = pool.submit

        def submitted(function, *args):
            if function is split.walk_packed_piece:
                named.append(args[0])
            return submit(function, *args)
        pool.submit = submitted
        return pool

    monkeypatch.setattr(document_map, "_executor", executor)
    pooled = build_timeline(folders, workers=2, cache=False, progress=lambda _d, _t, label: labels.append(label))
    assert pooled == build_timeline(folders, workers=1, cache=False)
    assert any(label.startswith("Finding events in") for label in labels)  # (progress inside a split document)
    assert not multiprocessing.active_children()
    assert len(named) > 2 and all(isinstance(n, split.DocumentFile) for n in named)
    assert not any(Path(n.path).exists() for n in named)


def test_cancel_while_a_document_is_walked_in_pieces_leaves_no_process(monkeypatch, long_article) -> None:
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    monkeypatch.setattr(split, "PIECE_CHARS", PIECE_CHARS)
    # (Cancel comes with the first report of the split document's events: its first piece back.)
    meter = Meter(cancel_when=lambda label: label.startswith("Finding events"))
    with pytest.raises(Cancelled):
        document_map.analyse_all([long_article], meter, workers=2)
    assert meter.cancelled
    assert not multiprocessing.active_children()
