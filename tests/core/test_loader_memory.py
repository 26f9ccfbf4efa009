"""Loading keeps memory a small multiple of the text (tracemalloc counts allocations exactly, no timing)."""
from __future__ import annotations

import gc
import tracemalloc

import pytest

from timeline_app.core.documents import document_from_text, load_document

SIZE = 100_000


def _paragraphs(size: int) -> str:
    out, n, k = [], 0, 0
    while n < size:
        s = f"On June {k % 28 + 1}, 2024, minister number {k} visited the port for talks on trade."
        out.append(s)
        n += len(s) + 2
        k += 1
    return "\n\n".join(out)[:size]


@pytest.mark.parametrize("name, text", [
    ("news", "Talks\nJune 20, 2024\n\n" + _paragraphs(SIZE)),
    ("advertisement lines", "Talks\nJune 20, 2024\n\n" + _paragraphs(SIZE).replace("\n\n", "\n\nAdvertisement\n\n")),
    ("one line of 'the '", "the " * (SIZE // 4)),
    ("one line of '1 '", "1 " * (SIZE // 2)),
])
def test_loading_peaks_below_ten_times_the_text(tmp_path, name: str, text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    load_document(path)  # warm up: the first load compiles patterns and imports, once per process
    tracemalloc.start()
    try:
        load_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= 10 * len(text), f"{name}: peak {peak / len(text):.1f}x the text"


@pytest.mark.parametrize("markup", [
    "<html><title>" + "the " * 40_000 + "</title><body><p>" + "the " * 40_000 + "</p></body></html>",
    "<p>" + "a\u00a0 b " * 30_000 + "</p>",
])
def test_html_with_a_huge_paragraph_or_title_stays_small(markup: str) -> None:
    document_from_text(markup, id="x", kind="html")  # warm up
    tracemalloc.start()
    try:
        doc = document_from_text(markup, id="x", kind="html")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= 10 * len(markup)
    assert 0 < len(doc.title) <= 200


def test_progress_grows_within_the_text_and_cancel_stops_a_long_document(tmp_path) -> None:
    from timeline_app.core.documents import load_paths
    from timeline_app.core.progress import PROGRESS_STEP, Cancelled

    text = "Talks\nJune 20, 2024\n\n" + _paragraphs(SIZE)
    seen: list[int] = []
    doc = document_from_text(text, id="x", progress=seen.append)
    assert len(seen) >= 3 * (len(doc.text) // PROGRESS_STEP) - 3
    assert seen == sorted(seen) and 0 <= seen[0] and seen[-1] <= len(doc.text)

    def stop(offset: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        document_from_text(text, id="x", progress=stop)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Short", encoding="utf-8")
    calls = []
    docs, problems = load_paths([tmp_path], progress=lambda i, n, p: calls.append(i), cancelled=lambda: True)
    assert docs == [] and problems == [] and calls == []
    asked = []
    docs, problems = load_paths([tmp_path], cancelled=lambda: asked.append(1) or len(asked) > 1)
    assert docs == [] and problems == []  # stopped inside a.txt, b.txt never started


def test_a_loaded_documents_sentences_are_offsets_not_objects():
    """Issue 7: a loaded document holds its sentences as an array of offsets, 16 bytes a sentence, read as the
    tuple of `Sentence` it stands for. As a tuple of objects (each with its own two int objects) they were about
    100 bytes a sentence: 1.8 bytes per character of dense news beyond its text, for as long as it is loaded."""
    import pickle

    from tests.core.test_extract_memory import _news
    from timeline_app.core.documents import document_from_text
    from timeline_app.core.model import Sentence

    text = _news(200_000)
    document_from_text(text[:3_000], id="warm")  # one-off patterns, not measured
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        doc = document_from_text(text, id="news")
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - base  # (the text is the caller's: not counted)
    finally:
        tracemalloc.stop()
    assert len(doc.sentences) > 2_000
    assert held / len(text) < 0.6, f"{held / len(text):.2f} bytes per character held beyond the text"
    # It reads as the tuple: items, slices, iteration, equality and hash both ways, pickling.
    as_tuple = tuple(Sentence(s.start, s.end) for s in doc.sentences)
    assert doc.sentences == as_tuple and as_tuple == doc.sentences and hash(doc.sentences) == hash(as_tuple)
    assert doc.sentences[-1] == as_tuple[-1] and doc.sentences[5:9] == as_tuple[5:9]
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert doc.sentence_at(as_tuple[100].start) == as_tuple[100]
    # Its starts as one array (news bisects them), and no sentences reads as false, as the empty tuple does.
    assert list(doc.sentences.starts()) == [s.start for s in as_tuple]
    assert not document_from_text("", id="empty").sentences and doc.sentences
