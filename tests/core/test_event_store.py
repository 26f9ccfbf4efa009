"""The window's column store: the same answers as the Event objects give, from numpy arrays."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from timeline_app.core.event_store import (EDITED, INFERRED, PERIOD, REPORTED, ColumnEvents, EventColumns, EventStore,
                                          SourceFilter, event_flags)
from timeline_app.core.model import Document, Event, Mention, Precision, Sentence, Timeline

TEXT_A = "Talks in Oslo began.\nThe İstanbul summit ended in June.\nNothing else."
TEXT_B = "A treaty was signed in Geneva.\nThe summit in Oslo resumed."


def _doc(doc_id: str, text: str) -> Document:
    sentences, pos = [], 0
    for part in text.split("\n"):
        sentences.append(Sentence(pos, pos + len(part)))
        pos += len(part) + 1
    return Document(id=doc_id, path=f"/{doc_id}.txt", text=text, title=doc_id, sentences=tuple(sentences))


def _mention(doc: Document, phrase: str) -> Mention:
    start = doc.text.index(phrase)
    s = doc.sentence_at(start)
    return Mention(doc.id, start, start + len(phrase), phrase, s.start, s.end)


@pytest.fixture
def timeline() -> Timeline:
    a, b = _doc("a", TEXT_A), _doc("b", TEXT_B)
    d = dt.date
    events = (
        Event("e0", "Talks", d(2001, 3, 4), d(2001, 3, 4), Precision.DAY, (_mention(a, "Oslo"),)),
        Event("e1", "Summit", d(2001, 6, 1), d(2001, 6, 30), Precision.MONTH,
              (_mention(a, "June"), _mention(b, "Oslo"), _mention(a, "summit")), inferred=True, starred=True),
        Event("e2", "Treaty", d(1999, 1, 1), d(2003, 12, 31), Precision.YEAR, (_mention(b, "Geneva"),),
              period=True, note="Ask the desk about GENEVA"),
        Event("e3", "Orphan", d(2010, 1, 1), d(2010, 1, 1), Precision.DAY,
              (Mention("gone", 0, 4, "Gone", 0, 10),), reported=True, edited=True),
        Event("e4", "No mentions", d(2011, 1, 1), d(2011, 1, 1), Precision.DAY, ()),
    )
    return Timeline(documents=(a, b), events=events)


def test_columns_match_the_events(timeline):
    store = EventStore.build(timeline)
    assert len(store) == 5
    for row, e in enumerate(timeline.events):
        assert store.starts[row] == e.first.toordinal() and store.ends[row] == e.last.toordinal() + 1
        assert store.precision[row] == e.precision.rank
        assert store.starred[row] == e.starred
        assert store.flags[row] == event_flags(e)
        assert store.sources(row) == tuple(s for s in e.sources if s in ("a", "b"))
    assert store.flags.tolist() == [0, INFERRED, PERIOD, REPORTED | EDITED, 0]
    # Events per document, each event once however often it quotes the document.
    assert store.source_counts.tolist() == [2, 2]


def _shown(store: EventStore, hidden) -> np.ndarray:
    """The rows a fresh source filter shows with `hidden` unchecked (None from it: every row)."""
    mask = SourceFilter(store).shown(hidden)
    return np.ones(len(store), bool) if mask is None else mask


@pytest.mark.parametrize("hidden, shown", [
    ((), ["e0", "e1", "e2", "e3", "e4"]),
    (("a",), ["e1", "e2", "e3", "e4"]),  # e1 is b's too; e3 and e4 have no loaded source to hide them
    (("a", "b"), ["e3", "e4"]),
    (("b", "not loaded"), ["e0", "e1", "e3", "e4"]),
])
def test_source_filter(timeline, hidden, shown):
    store = EventStore.build(timeline)
    mask = _shown(store, hidden)
    assert [timeline.events[k].id for k in np.flatnonzero(mask)] == shown


def _many_sources_timeline(n_docs: int, n_events: int, seed: int) -> Timeline:
    """Events quoting one to three of many documents, some twice, some a document not loaded, some none."""
    rng = np.random.default_rng(seed)
    docs = tuple(_doc(f"d{i}", f"Sentence {i}.") for i in range(n_docs))
    events = []
    for k in range(n_events):
        quoted = [docs[int(i)] for i in rng.integers(0, n_docs, int(rng.integers(0, 4)))]
        mentions = [_mention(doc, "Sentence") for doc in quoted]
        if k % 17 == 0:
            mentions.append(Mention("not loaded", 0, 4, "Gone", 0, 10))
        events.append(Event(f"e{k}", "T", dt.date(2000, 1, 1), dt.date(2000, 1, 1), Precision.DAY, tuple(mentions)))
    return Timeline(documents=docs, events=tuple(events))


def _shown_by_events(timeline: Timeline, hidden: set[str]) -> list[bool]:
    loaded = {d.id for d in timeline.documents}
    return [not any(s in loaded for s in e.sources) or any(s in loaded and s not in hidden for s in e.sources)
            for e in timeline.events]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_source_filter_follows_toggles_only_this_and_all(seed):
    """Every path of the incremental filter (a few toggled, "Only this" of many, many at once, all back)
    gives the rows the events' own sources give, step after step."""
    timeline = _many_sources_timeline(60, 400, seed)
    store = EventStore.build(timeline)
    ids = [d.id for d in timeline.documents]
    rng = np.random.default_rng(seed)
    source_filter = SourceFilter(store)
    hidden: set[str] = set()
    answers: list[tuple[np.ndarray, list[bool]]] = []
    for step in range(40):
        roll = rng.random()
        if roll < 0.5:  # toggle one
            hidden ^= {ids[int(rng.integers(len(ids)))]}
        elif roll < 0.65:  # "Only this"
            hidden = set(ids) - {ids[int(rng.integers(len(ids)))]}
        elif roll < 0.75:  # all sources
            hidden = set()
        elif roll < 0.9:  # many at once, with ids not loaded
            hidden = {i for i in ids if rng.random() < 0.5} | {"not loaded", "other"}
        else:  # all but a few
            hidden = set(ids) - {ids[int(i)] for i in rng.integers(0, len(ids), 3)}
        mask = source_filter.shown(hidden)
        expected = _shown_by_events(timeline, hidden)
        if not hidden & set(ids):
            assert mask is None, step
            continue
        assert mask.tolist() == expected, step
        assert _shown(store, hidden).tolist() == expected, step  # a new filter, counting from nothing
        answers.append((mask, expected))
    # The filter reuses its counts, never a mask it handed out.
    assert all(mask.tolist() == expected for mask, expected in answers)


@pytest.mark.parametrize("needle, found", [
    ("oslo", ["e0", "e1"]),  # the passage, not the title
    ("OSLO summit", ["e1"]),  # every word, anywhere in the event's texts
    ("geneva", ["e2"]),  # the passage and the note
    ("desk", ["e2"]),  # the note
    ("talks", ["e0"]),  # title and passage
    ("stanbul june", ["e1"]),  # "İ" lowers to two characters: the text after it keeps its offsets
    ("nothing", []),  # a sentence no event quotes (after the "İ")
    ("ended in june.", ["e1"]),
    ("began.\nthe", []),  # never across two sentences
    ("summit\x1ftreaty", []),
    ("zzz", []),
    ("", ["e0", "e1", "e2", "e3", "e4"]),
])
def test_search(timeline, needle, found):
    store = EventStore.build(timeline)
    words = needle.split() or [""]
    mask = store.matching(" ".join(words))
    assert [timeline.events[k].id for k in np.flatnonzero(mask)] == found
    # The same answer from the events' own texts, the way the window used to search.
    texts = {d.id: d.text for d in timeline.documents}
    expected = [e.id for e in timeline.events if all(w.lower() in " ".join(
        [e.title, e.sentence, e.note, *(texts.get(m.document, "")[m.sentence_start:m.sentence_end]
                                        for m in e.mentions)]).lower() for w in words)]
    assert found == expected


def test_refined_search_looks_only_within_the_earlier_matches(timeline):
    store = EventStore.build(timeline)
    earlier = store.matching("o")
    assert np.array_equal(store.matching("oslo", earlier), store.matching("oslo"))
    only_e0 = np.zeros(len(store), bool)
    only_e0[0] = True
    assert np.flatnonzero(store.matching("oslo", only_e0)).tolist() == [0]


def test_empty_timeline():
    store = EventStore.build(Timeline())
    assert len(store) == 0
    assert _shown(store, {"a"}).tolist() == [] and store.matching("x").tolist() == []


ARRAYS = ("starts", "ends", "precision", "starred", "flags", "mention_ptr", "mention_doc", "mention_span", "text_ptr",
          "span_starts", "span_ends", "source_counts", "mention_event", "known_mentions", "has_known",
          "text_frequencies", "passage_frequencies")


@pytest.mark.parametrize("name", ARRAYS)
def test_the_empty_store_makes_each_array_as_the_default_store_has_it(name):
    """`EventStore.empty()` (the empty window's: no numpy until an array is read) reads as `EventStore()`."""
    empty, default = EventStore.empty(), EventStore()
    assert "starts" not in vars(empty) and len(empty) == 0  # nothing made until read
    value = getattr(empty, name)
    assert value.dtype == getattr(default, name).dtype and value.tolist() == getattr(default, name).tolist()
    assert getattr(empty, name) is value  # made once


def test_the_empty_store_makes_all_its_arrays_at_the_first_read(monkeypatch):
    # One default store made for all of them, not one per array read.
    made = []
    real = EventStore.__post_init__

    def counting(self):
        made.append(1)
        real(self)

    empty = EventStore.empty()
    monkeypatch.setattr(EventStore, "__post_init__", counting)
    empty.mention_ptr  # noqa: B018 (the read is the test)
    assert set(ARRAYS) <= set(vars(empty)) and len(made) == 1
    default = EventStore()
    assert [getattr(empty, name).tolist() for name in ARRAYS] == [getattr(default, name).tolist() for name in ARRAYS]
    assert len(made) == 2  # the comparison's own default store: the empty one made no more


def test_the_empty_store_filters_and_searches_like_any_store():
    empty = EventStore.empty()
    assert empty.document_ids == () and empty.event_text is not None
    assert _shown(empty, {"a"}).tolist() == [] and empty.matching("x").tolist() == []
    assert empty.source_count_per_event().tolist() == []
    empty.prepare_search()  # harmless on an empty store (the window starts it only for a store of rows)
    assert empty.matching("x").tolist() == []
    with pytest.raises(AttributeError):
        empty.no_such_column  # noqa: B018 (the read is the test)


@pytest.mark.parametrize("ascii_only", [True, False])
def test_search_agrees_with_the_events_own_texts_in_ascii_and_not(timeline, ascii_only):
    # ASCII texts are searched as bytes with numpy, others with re: the answers must not differ.
    if ascii_only:
        a = _doc("a", TEXT_A.replace("İ", "I"))
        swap = {"a": a}
        events = tuple(Event(e.id, e.title, e.first, e.last, e.precision, tuple(
            _mention(swap[m.document], m.text) if m.document in swap else m for m in e.mentions),
            sentence=e.sentence, note=e.note) for e in timeline.events)
        timeline = Timeline(documents=(a, *timeline.documents[1:]), events=events)
    store = EventStore.build(timeline)
    assert isinstance(store.passages, bytes) is ascii_only
    texts = {d.id: d.text for d in timeline.documents}
    for needle in ("o", "oslo", "summit", "in june", "geneva", "the", "s", "ask desk", "ended in"):
        words = needle.split()
        expected = [e.id for e in timeline.events if all(w in " ".join(
            [e.title, e.sentence, e.note, *(texts.get(m.document, "")[m.sentence_start:m.sentence_end]
                                            for m in e.mentions)]).lower() for w in words)]
        assert [timeline.events[k].id for k in np.flatnonzero(store.matching(needle))] == expected, needle


# --- events born as columns -------------------------------------------------------------------------------
def _loaded_only(timeline: Timeline) -> Timeline:
    """The fixture without its mention of a document that is not loaded (columns name documents by position)."""
    return Timeline(documents=timeline.documents, events=tuple(e for e in timeline.events if e.id != "e3"))


def test_columns_give_back_the_same_events(timeline):
    timeline = _loaded_only(timeline)
    events = ColumnEvents(timeline.documents, EventColumns.from_events(timeline.documents, timeline.events))
    assert len(events) == len(timeline.events)
    assert list(events) == list(timeline.events)
    assert events[-1] == timeline.events[-1] and events[1:3] == timeline.events[1:3]
    assert events[1] is events[1]  # made once, then kept
    assert events.row_of("e2") == 2 and events.row_of("nope") == -1
    assert events.titles() == [e.title for e in timeline.events]


def test_a_store_from_columns_is_the_store_from_events(timeline):
    timeline = _loaded_only(timeline)
    built = EventStore.build(timeline)
    born = ColumnEvents(timeline.documents, EventColumns.from_events(timeline.documents, timeline.events)).store()
    for name in ("starts", "ends", "precision", "starred", "flags", "mention_ptr", "mention_doc", "mention_span",
                 "text_ptr", "span_starts", "span_ends", "source_counts"):
        assert np.array_equal(getattr(born, name), getattr(built, name)), name
    assert born.text == built.text and born.passages == built.passages
    for needle in ("oslo", "stanbul june", "desk", "s"):
        assert np.array_equal(born.matching(needle), built.matching(needle)), needle


@pytest.mark.parametrize("needle", [b"s", b"su", b"us", b"summit", b"sus", b"ss", b"uu", b"t", b"ts", b"zz"])
def test_finding_from_the_rarest_byte_finds_what_a_scan_finds(needle):
    from timeline_app.core.event_store import _find_all, byte_frequencies

    text = b"sss summit sussus usu\x1fsummits ss\nsuu uts"
    expected = [k for k in range(len(text)) if text.startswith(needle, k)]
    assert _find_all(text, needle, byte_frequencies(text)).tolist() == expected
    assert _find_all(text, needle).tolist() == expected


_ROW_FIELDS = ("document_ids", "starts", "ends", "precision", "starred", "flags", "mention_ptr", "mention_doc",
               "text", "text_ptr", "source_counts")


def _quoted(store: EventStore) -> list[str]:
    """Each mention's quoted sentence as the store searches it (its span of the passages)."""
    out = []
    for span in store.mention_span.tolist():
        text = store.passages[store.span_starts[span]:store.span_ends[span]] if span >= 0 else ""
        out.append(text.decode("ascii") if isinstance(text, bytes) else text)
    return out


def _assert_same_store(got: EventStore, want: EventStore) -> None:
    """The same rows; the same sentence quoted by each mention (a store updated after a hide may keep a
    sentence no row quotes any more among its passages: it is found by no search); the same search results."""
    for name in _ROW_FIELDS:
        a, b = getattr(got, name), getattr(want, name)
        if isinstance(a, np.ndarray):
            assert a.tolist() == b.tolist(), name
        else:
            assert a == b, name
    assert _quoted(got) == _quoted(want)
    for needle in ("oslo", "summit", "talks", "zürich", "geneva", "nothing", "ask the", "e"):
        assert got.matching(needle).tolist() == want.matching(needle).tolist(), needle


def _edit_of(timeline: Timeline, which: str):
    from timeline_app.core import edits as core_edits

    by_id = {e.id: e for e in timeline.events}
    talks, summit, treaty = by_id.get("e0"), by_id.get("e1"), by_id.get("e2")
    d = dt.date
    make = {
        "rename": lambda: core_edits.event_edit(timeline, timeline.events[0], "title", {"title": "Ceasefire talks"}),
        "rename to a word that is not ASCII": lambda: core_edits.event_edit(timeline, treaty, "title",
                                                                            {"title": "Zürich accord"}),
        "re-date to the end": lambda: core_edits.event_edit(
            timeline, talks, "date", core_edits.date_value(d(2020, 5, 1), d(2020, 5, 1), "day")),
        "re-date to the start": lambda: core_edits.event_edit(
            timeline, summit, "date", core_edits.date_value(d(1990, 1, 1), d(1990, 12, 31), "year")),
        "note": lambda: core_edits.event_edit(timeline, talks, "note", {"note": "Check the minutes"}),
        "star": lambda: core_edits.event_edit(timeline, treaty, "star", {"starred": True}),
        "hide": lambda: core_edits.event_edit(timeline, summit, "hide"),
        "merge": lambda: core_edits.merge_edit(timeline, [treaty, talks]),
        "split": lambda: core_edits.split_edit(timeline, summit, summit.mentions[1]),
        "a new event in a quoted sentence": lambda: core_edits.new_event_edit(
            timeline.documents[0], 0, 5, "Talks opened", d(2001, 3, 1), d(2001, 3, 1), "day"),
    }
    return make[which]()


@pytest.mark.parametrize("which", ["rename", "rename to a word that is not ASCII", "re-date to the end",
                                   "re-date to the start", "note", "star", "hide", "merge", "split",
                                   "a new event in a quoted sentence"])
def test_an_edited_view_s_store_is_updated_from_the_shown_one_as_a_build_makes_it(timeline, which):
    """An edit's view re-sorts the same Event objects and adds the few it changed: the store is updated from
    the one shown (rows copied, the changed ones gathered), and is field for field the store a build makes."""
    from timeline_app.core.edits import apply_edits

    timeline = _loaded_only(timeline)
    shown = EventStore.build(timeline)
    edited = apply_edits(timeline, [_edit_of(timeline, which)]).timeline
    updated = shown.updated(timeline.events, edited)
    assert updated is not None
    _assert_same_store(updated, EventStore.build(edited))
    # And again from the updated one (a second edit on top of the first).
    again = apply_edits(edited, [_edit_of(edited, "rename")]).timeline
    _assert_same_store(updated.updated(edited.events, again), EventStore.build(again))


def test_a_store_is_built_anew_for_a_sentence_no_row_quoted(timeline):
    """A new event quoting a sentence no row quoted needs that sentence among the passages: no update."""
    from timeline_app.core import edits as core_edits
    from timeline_app.core.edits import apply_edits

    timeline = _loaded_only(timeline)
    a = timeline.documents[0]
    start = a.text.index("Nothing")
    add = core_edits.new_event_edit(a, start, start + 7, "Quiet", dt.date(2002, 1, 1), dt.date(2002, 1, 1), "day")
    edited = apply_edits(timeline, [add]).timeline
    assert EventStore.build(timeline).updated(timeline.events, edited) is None


def test_a_store_is_updated_only_for_the_documents_it_was_built_from(timeline):
    """An update copies the passages searched from the documents the store was built from: documents read anew
    under the same ids (a changed file: "Oslo" is now "Rome") need a build, whose search finds the new text;
    the same objects in a new tuple are the same documents."""
    from dataclasses import replace

    timeline = _loaded_only(timeline)
    shown = EventStore.build(timeline)
    a, b = timeline.documents
    reread = Timeline(documents=(a, replace(b, text=b.text.replace("Oslo", "Rome"))), events=timeline.events)
    assert shown.updated(timeline.events, reread) is None
    assert EventStore.build(reread).matching("rome").any() and not shown.matching("rome").any()
    same = Timeline(documents=(a, b), events=timeline.events)
    _assert_same_store(shown.updated(timeline.events, same), shown)
