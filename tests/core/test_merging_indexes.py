"""Merging's bookkeeping: each candidate read once, groups joined from their summaries, names spelt out
without a pattern per event — with the same results as reading every member again."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

import timeline_app.core.merging as merging
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Document, Mention, Precision


def _candidate(doc_id: str, actors: frozenset[str], *, kind: str = "visit", start: int = 0,
               sentence: str = "Weber launched the visit to Rome on June 19, 2024.", **kw) -> Candidate:
    mention = Mention(doc_id, start, start + 13, "June 19, 2024", 0, len(sentence))
    day = dt.date(2024, 6, 19)
    return Candidate(mention, day, day, Precision.DAY, kind, "Weber visits Rome", sentence, actors, **kw)


def _doc(doc_id: str) -> Document:
    return Document(doc_id, "", "x" * 60, "t", published=dt.date(2024, 6, 20))


def test_each_candidate_joins_its_group_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Many articles report one visit: each candidate is read into a group once, however its group
    # is found, united, re-filed or grouped again after the relative dates are resolved.
    n = 60
    candidates = [_candidate(f"d{i}", frozenset({"Weber", f"Aide{i}"})) for i in range(n)]
    calls = []
    real = merging._Group.add
    monkeypatch.setattr(merging._Group, "add", lambda self, c: calls.append(c) or real(self, c))
    events = merging.merge(candidates, [_doc(f"d{i}") for i in range(n)])
    assert len(events) == 1 and len(events[0].mentions) == n
    assert len(calls) == n


@pytest.mark.parametrize("members", [
    [("d0", {"Weber"}, "visit", False), ("d1", {"Kim"}, "meeting", False), ("d0", set(), "event", False)],
    [("d0", {"Weber", "Kim"}, "visit", True), ("d1", {"Weber"}, "agreement", False)],
    [(f"d{i % 11}", {f"P{i % 5}"}, "death", False) for i in range(30)],  # past the documents list's set
])
def test_absorbing_a_group_is_extending_by_its_members(members: list[tuple]) -> None:
    cands = [_candidate(d, frozenset(a), kind=k, start=i, reported=r) for i, (d, a, k, r) in enumerate(members)]
    half = len(cands) // 2
    whole = merging._Group(cands)
    joined = merging._Group(cands[:half])
    other = merging._Group(cands[half:])
    joined.absorb(other)
    for name in ("members", "precision", "kinds", "actors", "pairs", "scoped", "triples", "documents",
                 "explicit", "period", "relational", "reported_in"):
        assert getattr(joined, name) == getattr(whole, name), name


def test_collecting_more_into_filled_buckets_is_collecting_all_at_once() -> None:
    # Past the bucket's scan size, so that its index is used; the later candidates bridge earlier groups.
    first = [_candidate(f"d{i}", frozenset({f"P{i}"}), start=i) for i in range(20)]
    later = [_candidate(f"e{i}", frozenset({f"P{i}", f"P{i + 1}"}), start=i) for i in range(0, 20, 3)]
    together = merging._unite(merging._collect(first + later))
    stepwise = merging._unite(merging._collect(later, buckets=merging._collect(first)))
    assert [g.members for g in stepwise] == [g.members for g in together]
    assert len(together) < len(first)  # the bridges joined groups


def test_a_late_bucket_is_filed_again_in_the_documents_order(monkeypatch) -> None:
    # Candidates on one pair of dates from three articles, the last added first: one bucket filed late, in
    # `finish`, from the candidates in the order added sorted by document.
    docs = [_doc(f"d{i}") for i in range(3)]
    merger = merging.Merger(docs)
    for doc_id in ("d2", "d0", "d1"):
        merger.add([_candidate(doc_id, frozenset({"Weber"}), start=k) for k in range(2)])
    assert len(merger._dated) == 6
    assert merger.refiled == 6  # d2's two, then d0's (late) and d1's
    filed: list[tuple[str, int]] = []
    real = merging._file
    monkeypatch.setattr(merging, "_file", lambda buckets, c: filed.append((c.doc_id, c.start)) or real(buckets, c))
    merger.finish()
    assert filed == [("d0", 0), ("d0", 1), ("d1", 0), ("d1", 1), ("d2", 0), ("d2", 1)]


def _pattern_runs(text: str, names: set[str]) -> list[str]:
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    pattern = re.compile(rf"\b(?:{alternatives})(?:[\s-]+(?:{alternatives}))*\b")
    return [m.group(0) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text, names", [
    ("Vladimir Putin met Kim Jong Un in Pyongyang.", {"Vladimir", "Putin", "Kim", "Jong", "Un"}),
    ("North Korea-Russia ties: North  Korea and Russia", {"North", "Korea", "Russia"}),
    ("Kimberly and Kim, Kim-Putin, Putin's visit", {"Kim", "Putin"}),  # no name inside a word
    ("Kim Jong Unwin", {"Kim", "Jong", "Kim Jong", "Un"}),  # the run backs off to end at a boundary
    ("A A A B  A-B", {"A", "A A", "B"}),
    ("Élysée Palace, Élysée-Palace", {"Élysée", "Palace"}),
    ("the U.S. and U.S.A. said", {"U.S.", "U.S.A."}),  # names ending in a dot: the pattern decides
])
def test_display_names_read_names_as_the_pattern_does(text: str, names: set[str]) -> None:
    ordered = sorted(names, key=len, reverse=True)
    if all(merging._is_word(n[0]) and merging._is_word(n[-1]) for n in names):
        assert list(merging._name_runs(text, ordered)) == _pattern_runs(text, names)
    member = _candidate("d0", frozenset(names), sentence=text)
    seen = Counter(_pattern_runs(text, names))
    expected: list[str] = []  # the most mentioned first, a name's words not listed again
    for name, _n in sorted(seen.items(), key=lambda x: (-x[1], -len(x[0]), x[0])):
        if not any(set(re.split(r"[\s-]+", name)) <= set(re.split(r"[\s-]+", o)) for o in expected):
            expected.append(name)
    assert merging._display_names(set(names), [member]) == expected


def test_display_names_compile_no_pattern_per_event(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *a, **k: compiled.append(a) or real(*a, **k))
    for i in range(30):
        names = {f"Name{i}", f"Other{i}"}
        member = _candidate("d0", frozenset(names), sentence=f"Name{i} Other{i} met Name{i}.")
        assert merging._display_names(names, [member]) == [f"Name{i} Other{i}"]
    assert compiled == []


@pytest.mark.parametrize("text, name, expected", [
    ("Varna quake: Varna, Varnas, Varna-based", "Varna", 3),
    ("aVarna Varna_x Varna", "Varna", 1),
    ("U.S. and U.S. troops", "U.S.", 0),  # \b after a dot needs a word character next: as the pattern
    ("", "Varna", 0),
])
def test_whole_word_count_is_the_patterns(text: str, name: str, expected: int) -> None:
    assert merging._whole_words(text, name, 5) == expected == \
        len(re.findall(rf"\b{re.escape(name)}\b", text))


def test_groups_share_their_key_tuples_within_a_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same visit word and name on two days: two groups, filed under one (word, name) tuple between them.
    day = dt.date(2024, 6, 19)
    later = _candidate("d1", frozenset({"Weber"}))
    later = Candidate(later.mention, day + dt.timedelta(days=3), day + dt.timedelta(days=3), Precision.DAY,
                      "visit", later.title, later.sentence, later.actors)
    seen: list[list] = []
    real = merging._fold_coarse
    monkeypatch.setattr(merging, "_fold_coarse", lambda groups: seen.append(list(groups)) or real(groups))
    merging.merge([_candidate("d0", frozenset({"Weber"})), later], [_doc("d0"), _doc("d1")])
    first, second = seen[0]
    common = first.pairs & second.pairs
    assert common
    for pair in common:
        assert next(p for p in first.pairs if p == pair) is next(p for p in second.pairs if p == pair)
