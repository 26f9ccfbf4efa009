"""A bucket that relative dates come to is not filed again from its candidates when its groups can be had as
filing left them (`merging._unite`'s `as_filed`: a group uniting joined others to made again from its first
members): the relative candidates are filed into those groups, and the events are those of filing the bucket
again."""
from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta

from timeline_app.core import merging
from timeline_app.core.extraction import Candidate
from timeline_app.core.model import Document, Mention, Precision

_SENTENCES = {
    "weber": "Weber visited Pyongyang in 2000 for a week.",
    "kim": "Kim held talks with aides in 2000 about the crisis.",
    # Joins Weber's visit when filed (a shared pair), and then shares a pair with Kim's talks: uniting joins
    # the two groups of 2000.
    "both": "Weber and Kim held talks in 2000 during the visit.",
    "again": "Weber visited Pyongyang on June 19, 2024, his first visit in 24 years.",
}
_YEAR_2000 = (dt.date(2000, 1, 1), dt.date(2000, 12, 31), Precision.YEAR)
_DAY = (dt.date(2024, 6, 19), dt.date(2024, 6, 19), Precision.DAY)


def _candidate(doc: Document, key: str, phrase: str, dates: tuple, kind: str, title: str, names: set[str],
               **kw: object) -> Candidate:
    sentence = _SENTENCES[key]
    at = doc.text.index(sentence)
    start = at + sentence.index(phrase)
    mention = Mention(doc.id, start, start + len(phrase), phrase, at, at + len(sentence),
                      inferred=bool(kw.get("inferred")))
    return Candidate(mention, *dates, kind, title, sentence, frozenset(names), **kw)  # type: ignore[arg-type]


def _corpus() -> tuple[list[Candidate], list[Document]]:
    doc = Document("d0", "/news/d0.txt", "\n\n".join(_SENTENCES.values()), "Weber Visits Pyongyang",
                   published=dt.date(2024, 6, 20))
    return [
        _candidate(doc, "weber", "2000", _YEAR_2000, "visit", "Weber visits Pyongyang", {"Weber", "Pyongyang"}),
        _candidate(doc, "kim", "2000", _YEAR_2000, "meeting", "Kim holds talks", {"Kim"}),
        _candidate(doc, "both", "2000", _YEAR_2000, "meeting", "Weber and Kim hold talks", {"Weber", "Kim"}),
        _candidate(doc, "again", "June 19, 2024", _DAY, "visit", "Weber visits Pyongyang", {"Weber", "Pyongyang"}),
        _candidate(doc, "again", "first visit in 24 years", (None, None, Precision.YEAR), "visit",
                   "Weber's previous visit", {"Weber"}, inferred=True, offset=relativedelta(years=24),
                   anchor_kind="visit"),
    ], [doc]


def _events(candidates: list[Candidate], docs: list[Document]) -> tuple[list, int]:
    merger = merging.Merger(docs)
    merger.add(candidates)
    return merger.finish(), merger.rejoined


def test_relative_dates_are_filed_into_the_groups_as_filing_left_them(monkeypatch: pytest.MonkeyPatch) -> None:
    candidates, docs = _corpus()
    into: list[merging._Group | merging._Bucket] = []
    real_into = merging._group_into

    def recording(bucket, late):  # type: ignore[no-untyped-def]
        into.append(bucket)
        return real_into(bucket, late)

    monkeypatch.setattr(merging, "_group_into", recording)
    events, rejoined = _events(candidates, docs)
    # The bucket of 2000: two groups that uniting joined, kept as filing left them; nothing is filed again.
    assert [type(b) for b in into] == [merging._Bucket] and len(into[0].groups) == 2  # type: ignore[union-attr]
    assert rejoined == 0
    in_2000 = [e for e in events if e.first == dt.date(2000, 1, 1)]
    assert len(in_2000) == 1 and len(in_2000[0].mentions) == 4

    # As before: every bucket relative dates come to filed again from its candidates, in filing order.
    monkeypatch.undo()
    real_unite = merging._unite

    def refiling(buckets, as_filed=None):  # type: ignore[no-untyped-def]
        if as_filed is not None:
            as_filed.update(dict.fromkeys(buckets))  # (None: "filed again")
        return real_unite(buckets)

    monkeypatch.setattr(merging, "_unite", refiling)
    again, rejoined = _events(candidates, docs)
    assert rejoined == 3
    assert again == events


def _state(group: merging._Group) -> dict[str, object]:
    """Its slots' values, frozen (a set or a list as it is now, not as it may grow)."""
    state: dict[str, object] = {}
    for name in merging._Group.__slots__:
        value = getattr(group, name)
        state[name] = frozenset(value) if isinstance(value, (set, frozenset)) else \
            tuple(value) if isinstance(value, (list, tuple)) else value
    return state


def test_a_group_made_again_from_its_first_members_is_the_group_filing_made() -> None:
    candidates, docs = _corpus()
    merger = merging.Merger(docs, in_document_order=False)
    with merger._running():  # (the merge's tables: the article's names, its surnames)
        buckets: merging.Buckets = {}
        for c in (candidates[0], candidates[2]):
            merging._file(buckets, c)  # Weber's visit, then the talks that join it
        group = buckets[(dt.date(2000, 1, 1), dt.date(2000, 12, 31))]
        assert type(group) is merging._Group and len(group.members) == 2
        filed = _state(group)
        group.absorb(merging._Group(candidates[1:2]))  # as uniting joins Kim's talks to it
        assert _state(merging._as_filed([(group, 2)])[0]) == filed
