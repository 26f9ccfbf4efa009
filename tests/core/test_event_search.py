"""The store's search as a user types: refined from the previous keystroke's offsets, answered from the cache
on a deleted letter, one letter from the letter index, and always the same rows as a plain scan."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import event_store
from timeline_app.core.event_store import EventStore, _find_all, _pair_offsets, byte_frequencies
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline

# Letters that lower to one letter each (so the naive answer below lowers the same way the store does), spaces,
# the store's own separators and a non-ASCII pair.
ALPHABET = "abcsuAB Su.\t\x1f\nÉé"


def _timeline(titles: list[str], notes: list[str], doc_texts: list[str]) -> Timeline:
    documents = []
    for i, text in enumerate(doc_texts):
        # Sentences: the text cut in two (the first half may be empty).
        half = len(text) // 2
        documents.append(Document(id=f"d{i}", path=f"/d{i}.txt", text=text, title=f"d{i}",
                                  sentences=(Sentence(0, half), Sentence(half, len(text)))))
    events = []
    for k, (title, note) in enumerate(zip(titles, notes)):
        mentions = []
        if documents:
            doc = documents[k % len(documents)]
            s = doc.sentences[k % 2]
            mentions.append(Mention(doc.id, s.start, s.start, "", s.start, s.end))
        events.append(Event(f"e{k}", title, dt.date(2001, 1, 1), dt.date(2001, 1, 1), Precision.DAY,
                            tuple(mentions), sentence=title[::-1], note=note))
    return Timeline(documents=tuple(documents), events=tuple(events))


def _expected(timeline: Timeline, needle: str) -> list[int]:
    """The rows a plain reading of each event's own texts finds (every word somewhere in one of them)."""
    texts = {d.id: d.text for d in timeline.documents}
    rows = []
    for k, e in enumerate(timeline.events):
        fields = [e.title, e.sentence, e.note,
                  *(texts[m.document][m.sentence_start:m.sentence_end] for m in e.mentions)]
        if all(any(w in f.lower() for f in fields) for w in needle.lower().split()):
            rows.append(k)
    return rows


def _typed(needle: str) -> list[str]:
    """What the search box holds as `needle` is typed a letter at a time, then deleted a letter at a time."""
    typing = [needle[:k] for k in range(1, len(needle) + 1)]
    return typing + typing[-2::-1]


texts = st.text(ALPHABET, max_size=30)


@settings(max_examples=150, deadline=None)
@given(titles=st.lists(texts, min_size=1, max_size=12), notes=st.lists(texts, min_size=12, max_size=12),
       doc_texts=st.lists(texts, max_size=3), needle=st.text(ALPHABET, min_size=1, max_size=6),
       prepared=st.booleans())
def test_typing_and_deleting_finds_what_a_plain_scan_finds(titles, notes, doc_texts, needle, prepared):
    timeline = _timeline(titles, notes[:len(titles)], doc_texts)
    store = EventStore.build(timeline)
    if prepared:
        store.prepare_search()
    previous, mask = "", None
    for typed in _typed(needle):
        # As the search box does: a longer text is searched within the shorter one's rows.
        within = mask if previous and typed.startswith(previous) else None
        mask = store.matching(typed, within)
        assert np.flatnonzero(mask).tolist() == _expected(timeline, typed), repr(typed)
        # A fresh store (nothing cached, no letter index) answers the same.
        assert np.array_equal(EventStore.build(timeline).matching(typed), mask), repr(typed)
        previous = typed


@pytest.fixture
def summits() -> Timeline:
    titles = [f"{w} in {p}" for w in ("Summit", "Talks", "Consumer summit", "Sums") for p in ("Oslo", "Geneva")]
    return _timeline(titles, [""] * len(titles), ["The summit in Oslo. Nothing summed up in Geneva."])


def _scans(monkeypatch) -> list[str]:
    """Record every scan of a whole text (by `_find_all` or the one-letter byte comparison)."""
    scans: list[str] = []
    find_all, rows_holding = event_store._find_all, event_store._rows_holding

    def counted_find_all(text, needle, frequencies=None):
        scans.append(needle.decode() if isinstance(needle, bytes) else needle)
        return find_all(text, needle, frequencies)

    def counted_rows_holding(text, ptr, needle, frequencies=None):
        scans.append(needle.decode())
        return rows_holding(text, ptr, needle, frequencies)

    monkeypatch.setattr(event_store, "_find_all", counted_find_all)
    monkeypatch.setattr(event_store, "_rows_holding", counted_rows_holding)
    return scans


def test_a_longer_word_is_refined_from_the_shorter_ones_offsets(summits, monkeypatch):
    store = EventStore.build(summits)
    scans = _scans(monkeypatch)
    store.matching("su")
    assert scans == ["su", "su"]  # the events' texts and the passages, scanned once each
    scans.clear()
    for typed in ("sum", "summ", "summi", "summit"):
        store.matching(typed)
    assert scans == []  # each keystroke narrowed the one before's offsets
    assert np.flatnonzero(store.matching("summit")).tolist() == _expected(summits, "summit")


def test_deleting_a_letter_answers_from_the_cache(summits, monkeypatch):
    store = EventStore.build(summits)
    for typed in ("s", "su", "sum", "summ"):
        store.matching(typed)
    scans = _scans(monkeypatch)
    for typed in ("sum", "su", "s"):
        assert np.flatnonzero(store.matching(typed)).tolist() == _expected(summits, typed)
    assert scans == []


def test_the_cache_keeps_within_its_budget(summits, monkeypatch):
    store = EventStore.build(summits)
    monkeypatch.setattr(event_store._SearchCache, "BUDGET", 1)  # room for the newest word only
    store.matching("oslo")
    store.matching("geneva")
    scans = _scans(monkeypatch)
    store.matching("oslo")
    assert "oslo" in scans  # evicted, so searched again
    scans.clear()
    store.matching("oslo")
    assert scans == []


def test_one_letter_reads_the_letter_index_once_prepared(summits, monkeypatch):
    store = EventStore.build(summits)
    store.prepare_search()
    assert store.letter_bits is not None and store.letter_bits.dtype == np.uint64
    scans = _scans(monkeypatch)
    for letter in "stz9.":
        assert np.flatnonzero(store.matching(letter)).tolist() == _expected(summits, letter), letter
    # Letters and digits come from the index, the quoted sentences' as well as the events' own texts; "." is
    # not indexed, so both are scanned for it.
    assert [s for s in scans if s == "."] == [".", "."]
    assert scans.count("s") == 0


def test_each_quoted_sentence_notes_exactly_its_own_letters(summits):
    from timeline_app.core.event_store import _LETTERS, _letter_bit, _letter_bits_of

    store = EventStore.build(summits)
    store.prepare_search()
    passages = store.passages
    assert store.span_letter_bits is not None and len(store.span_letter_bits) == len(store.span_starts)
    for k, (start, end) in enumerate(zip(store.span_starts.tolist(), store.span_ends.tolist())):
        held = {c for c in passages[start:end] if c in _LETTERS}
        assert {c for c in _LETTERS if int(store.span_letter_bits[k]) & int(_letter_bit()[c])} == held
    # Spans running to the text's last byte, empty ones, touching ones, and chunks of them.
    text = b"ab.cd.z9" * 3
    starts = np.array([0, 0, 3, 3, 6, 8, 8, 20, 24], np.int64)
    ends = np.array([2, 0, 5, 6, 8, 8, 11, 24, 24], np.int64)
    bits = _letter_bits_of(text, starts, ends)
    for k, (a, b) in enumerate(zip(starts.tolist(), ends.tolist())):
        assert {c for c in _LETTERS if int(bits[k]) & int(_letter_bit()[c])} == {c for c in text[a:b] if c in _LETTERS}
    # Many chunks of spans (a few thousand a chunk), with gaps and overlaps.
    rng = np.random.default_rng(3)
    text = bytes(rng.choice(np.frombuffer(b"abcxyz019 .", np.uint8), 60_000))
    starts = np.sort(rng.integers(0, len(text), 20_000))
    ends = np.minimum(starts + rng.integers(0, 12, len(starts)), len(text))
    bits = _letter_bits_of(text, starts, ends)
    table = {c: int(_letter_bit()[c]) for c in b"abcxyz019"}
    for k, (a, b) in enumerate(zip(starts.tolist(), ends.tolist())):
        assert int(bits[k]) == sum({table[c] for c in text[a:b] if c in table}), k


def test_a_store_with_no_rows_or_non_ascii_text_prepares_nothing():
    empty = EventStore.build(Timeline())
    empty.prepare_search()
    assert empty.letter_bits is None and empty.matching("a").tolist() == []
    accented = EventStore.build(_timeline(["Été à Oslo"], [""], []))
    accented.prepare_search()
    assert accented.letter_bits is None  # a str text: searched with re, as before
    assert accented.matching("é").tolist() == [True]


@settings(max_examples=200, deadline=None)
@given(text=st.binary(max_size=40).map(lambda b: bytes(98 + x % 3 for x in b)),
       needle=st.binary(min_size=1, max_size=4).map(lambda b: bytes(98 + x % 3 for x in b)))
def test_finding_from_the_rarest_pair_finds_what_a_scan_finds(text, needle):
    expected = [k for k in range(len(text)) if text.startswith(needle, k)]
    assert _find_all(text, needle, byte_frequencies(text)).tolist() == expected
    assert _find_all(text, needle).tolist() == expected


@pytest.mark.parametrize("data, pair, expected", [
    (b"abab", b"ab", [0, 2]),
    (b"aaaa", b"aa", [0, 1, 2]),  # overlapping, at even and odd offsets
    (b"xab", b"ab", [1]),
    (b"a", b"ab", []),
    (b"", b"ab", []),
])
def test_pair_offsets(data, pair, expected):
    assert _pair_offsets(data, pair).tolist() == expected


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 1 << 18])
def test_pair_offsets_in_chunks_find_every_pair(monkeypatch, chunk):
    """The scan compares a chunk of 16-bit units at a time: pairs across a chunk's edge, at even and odd
    offsets, overlapping ones and a pair in the last byte pair are all found, in order."""
    monkeypatch.setattr(event_store, "_SCAN_CHUNK", chunk)
    rng = np.random.default_rng(chunk)
    for data in (b"ssss", b"sus", b"xsu", b"su" * 9 + b"s", bytes(rng.choice(np.frombuffer(b"su x", np.uint8), 301))):
        for pair in (b"su", b"ss", b"us", b"s ", b"zz"):
            expected = [k for k in range(len(data) - 1) if data[k:k + 2] == pair]
            assert _pair_offsets(data, pair).tolist() == expected, (data, pair)
