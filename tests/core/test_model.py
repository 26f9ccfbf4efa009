"""Tests for timeline_app.core.model: per-item lookups are bisections or dict lookups, not scans."""
from __future__ import annotations

import pytest

from timeline_app.core.model import Document, Sentence, Timeline, merge_spans


class CountingTuple(tuple):
    """A tuple that counts how many of its items are read: proves a lookup does not scan."""

    reads = 0

    def __getitem__(self, k):  # type: ignore[override]
        CountingTuple.reads += 1
        return super().__getitem__(k)

    def __iter__(self):
        for item in super().__iter__():
            CountingTuple.reads += 1
            yield item


def _doc(excluded) -> Document:
    return Document(id="d", path="", text="x" * 1000, title="t", excluded=excluded)


@pytest.mark.parametrize("start, end, expected", [
    (0, 5, False), (5, 10, False), (9, 11, True), (10, 20, True), (19, 21, True), (20, 30, False),
    (25, 35, True), (25, 30, False), (30, 40, True), (15, 16, True), (0, 100, True), (40, 50, False), (10, 10, False),
    (15, 15, True),
])
def test_is_excluded(start: int, end: int, expected: bool) -> None:
    assert _doc(((10, 20), (30, 40))).is_excluded(start, end) is expected


def test_unsorted_or_overlapping_spans_are_merged() -> None:
    doc = _doc(((30, 40), (10, 20), (15, 25), (50, 50), (25, 28)))
    assert doc.excluded == ((10, 28), (30, 40))
    assert doc.is_excluded(26, 27) and not doc.is_excluded(28, 30)
    assert merge_spans([(5, 6), (1, 3), (3, 4)]) == ((1, 4), (5, 6))


def test_is_excluded_reads_a_logarithmic_number_of_spans() -> None:
    spans = CountingTuple((k * 10, k * 10 + 5) for k in range(10_000))
    doc = _doc(spans)
    for start in (0, 7, 50_003, 99_990, 123_456):
        CountingTuple.reads = 0
        doc.is_excluded(start, start + 1)
        assert CountingTuple.reads <= 40, CountingTuple.reads


def test_sentence_at_and_timeline_document() -> None:
    doc = Document(id="a", path="", text="One. Two.", title="t", sentences=(Sentence(0, 4), Sentence(5, 9)))
    assert doc.sentence_at(6) == Sentence(5, 9) and doc.sentence_at(4) is None
    other = Document(id="b", path="", text="x", title="t")
    timeline = Timeline(documents=(doc, other))
    assert timeline.document("b") is other and timeline.document("a") is doc
    assert timeline.document("zzz") is None


def test_many_small_values_have_slots_and_stay_frozen_and_comparable() -> None:
    """A megabyte of news makes thousands of mentions and events: no per-object __dict__ for them."""
    import dataclasses
    import datetime as dt
    import pickle

    from timeline_app.core.model import Event, Mention, Precision

    m = Mention("a", 0, 4, "2024", 0, 10)
    e = Event("e1", "Talks", dt.date(2024, 1, 1), dt.date(2024, 12, 31), Precision.YEAR, (m,))
    d = Document(id="a", path="", text="In 2024.", title="T", excluded=((5, 6), (0, 2)))
    for value in (m, e, d):
        assert not hasattr(value, "__dict__")
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, dataclasses.fields(value)[0].name, "x")
        assert pickle.loads(pickle.dumps(value)) == value
    assert dataclasses.replace(e, id="e2").mentions == (m,)
    assert d.excluded == ((0, 2), (5, 6))  # __post_init__ still merges with slots


# Mention fields (document, start, end, text, sentence_start, sentence_end, dated, inferred): the values read back
# are the values given, packed or (for values outside what packs) held as given.
@pytest.mark.parametrize("values", [
    ("a", 0, 4, "2024", 0, 10, True, False),
    ("news", 1_000_000, 1_000_013, "June 21, 2010", 999_960, 1_000_200, False, True),
    ("a", 5, 5, "", 5, 5, True, True),
    ("big", 2**42 - 3, 2**42 - 2, "x", 2**42 - 4, 2**42 - 1, False, False),  # the largest that pack
    ("a", 2**42, 2**42 + 1, "x", 0, 2**42 + 2, True, False),  # beyond: held as given
    ("a", -1, 4, "2024", 0, 10, True, False),  # malformed (a damaged cache): held as given
    ("a", 0, 4, "2024", 0, 10, 1, 0),  # flags not bools: read back as given
    ("a", "0", 4, "2024", 0, 10, True, False),
])
def test_a_mention_reads_back_its_fields(values: tuple) -> None:
    import dataclasses
    import pickle

    from timeline_app.core.model import Mention

    names = [f.name for f in dataclasses.fields(Mention)]
    assert names == ["document", "start", "end", "text", "sentence_start", "sentence_end", "dated", "inferred"]
    m = Mention(*values)
    assert [getattr(m, name) for name in names] == list(values)
    assert all(type(getattr(m, name)) is type(v) for name, v in zip(names, values))
    same = Mention(*values)
    assert m == same and hash(m) == hash(same) == hash(values)  # as a dataclass of these fields
    assert pickle.loads(pickle.dumps(m)) == m and dataclasses.replace(m) == m
    assert dataclasses.replace(m, document="b").document == "b" and dataclasses.replace(m, document="b") != m
    assert repr(m) == "Mention(" + ", ".join(f"{n}={v!r}" for n, v in zip(names, values)) + ")"


def test_a_mention_is_compact() -> None:
    """A dense article makes a mention per ~50 characters, all alive until merging is done and then in the
    events: a Mention and the int objects of its offsets took 208 bytes (96 and four of 28); now one int holds
    them packed (in 60 bits: a 32-byte int, 48 with four 42-bit offsets)."""
    import gc
    import sys

    from timeline_app.core.model import Mention

    m = Mention("news", 1_000_000, 1_000_013, "June 21, 2010", 999_960, 1_000_200)
    own = [r for r in gc.get_referents(m) if type(r) is int]
    assert sys.getsizeof(m) + sum(map(sys.getsizeof, own)) <= 88


# The packed int's widths (model.pack_mention): the phrase's length 8 bits, its place in its sentence and the rest
# of the sentence 11 bits each, its start 28. At and past each limit, the fields read back as given, and what fits
# is one int of at most 60 bits (a 32-byte object); what does not is the tuple of the values.
@pytest.mark.parametrize("start, end, sentence_start, sentence_end, packs", [
    (100, 100 + 255, 100, 100 + 255, True),  # the longest phrase that packs
    (100, 100 + 256, 100, 100 + 256, False),
    (5000, 5004, 5000 - 2047, 5004 + 2047, True),  # the longest sentence around it that packs
    (5000, 5004, 5000 - 2048, 5004, False),
    (5000, 5004, 5000, 5004 + 2048, False),
    (2**28 - 1, 2**28 + 3, 2**28 - 10, 2**28 + 9, True),  # the last start that packs
    (2**28, 2**28 + 4, 2**28, 2**28 + 4, False),
    (10, 8, 0, 20, False),  # out of order (a malformed mention)
    (3, 7, 5, 20, False),
])
def test_a_mentions_packed_int_holds_what_fits_and_the_rest_as_given(start, end, sentence_start, sentence_end, packs):
    import sys

    from timeline_app.core.extraction import Candidate
    from timeline_app.core.model import Mention, Precision

    for dated, inferred in ((True, False), (False, True)):
        m = Mention("d", start, end, "x", sentence_start, sentence_end, dated, inferred)
        assert (m.start, m.end, m.sentence_start, m.sentence_end, m.dated, m.inferred) == (
            start, end, sentence_start, sentence_end, dated, inferred)
        assert (m._at.__class__ is int) is packs
        if packs:
            assert m._at < 2**60 and sys.getsizeof(m._at) <= 32
        c = Candidate(m, None, None, Precision.DAY, "event", "T", "s")
        assert c.offsets() == (start, end, sentence_start, sentence_end) == (
            c.start, c.end, c.sentence_start, c.sentence_end)
        assert (c.dated, c.mention_inferred, c.mention) == (dated, inferred, m)
