"""Candidates from all documents → events, each with every mention that reports it.

1. Resolve dates that only another happening fixes ("the first visit in 24 years"): from a dated
   happening of the same kind in the same article, else one reported by other articles about the same
   people, else the article's publication date.
2. Merge candidates that report the same happening: the same dates, and the same kind of happening
   about the same people; on a single day, one occasion (a visit, a summit) absorbs what else those
   people did that day (an agreement signed during the visit). A 2000 treaty and a 2000 visit stay two.
3. Fold a coarse mention ("Visit – 2024" in a headline) into the one finer event it must mean.
4. Attach undated references ("Putin's visit follows...") in articles that report a recent occasion
   without giving its date.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import replace

from timeline_app.core.extraction import OCCASION_KINDS, Candidate, actors_in
from timeline_app.core.extraction import RELATION_WINDOW
from timeline_app.core.model import Document, Event, Mention, Precision


class _Group:
    """Candidates reporting one happening, with their summary kept up to date as members join."""

    __slots__ = ("members", "first", "last", "precision", "kinds", "actors", "documents", "explicit", "period",
                 "relational", "reported_in")

    def __init__(self, members: list[Candidate]) -> None:
        self.members: list[Candidate] = []
        self.first: dt.date = members[0].first  # type: ignore[assignment]
        self.last: dt.date = members[0].last  # type: ignore[assignment]
        self.precision = members[0].precision
        self.kinds: set[str] = set()
        self.actors: frozenset[str] = frozenset()
        self.documents: list[str] = []
        self.explicit = False
        self.period = False
        self.relational = False
        self.reported_in: set[str] = set()  # documents whose publication date alone dates a member
        self.extend(members)

    def add(self, c: Candidate) -> None:
        self.members.append(c)
        if c.precision.rank < self.precision.rank:
            self.precision = c.precision
        self.kinds.add(c.kind)
        if c.actors:
            self.actors = self.actors | c.actors
        if c.mention.document not in self.documents:
            self.documents.append(c.mention.document)
        self.explicit = self.explicit or (not c.inferred and not c.period)
        self.period = self.period or c.period
        self.relational = self.relational or bool(c.relation)
        if c.reported:
            self.reported_in.add(c.mention.document)

    def extend(self, members: list[Candidate]) -> None:
        for c in members:
            self.add(c)


# Kinds that news uses for the same happening ("bombs exploded, killing dozens" is an attack and deaths).
_FAMILY = {"death": "harm", "conflict": "harm", "disaster": "harm", "visit": "occasion", "meeting": "occasion"}


def _families(kinds: set[str]) -> set[str]:
    return {_FAMILY.get(k, k) for k in kinds}


def _kinds_compatible(a: set[str], b: set[str]) -> bool:
    return bool(_families(a) & _families(b)) or "event" in a or "event" in b


def _same_happening(a: _Group, b: _Group) -> bool:
    if (a.first, a.last) != (b.first, b.last):
        return False
    if a.period or b.period:
        return a.period and b.period and a.members[0].title == b.members[0].title
    if a.reported_in & b.reported_in:
        # Two undated happenings of one article are one only when the news module says so (the headline and
        # its lead share a title): sharing a day, a kind and a name is every body sentence of the article.
        return a.members[0].title.lower() == b.members[0].title.lower()
    if a.relational or b.relational:
        # Dated only by "before/after X", so equal windows say nothing: the same name must.
        return a.members[0].title.lower() == b.members[0].title.lower()
    shared = a.actors & b.actors
    if _families(a.kinds) & _families(b.kinds):
        # Same kind on the same dates: one happening when it concerns the same people (or we can't tell).
        return bool(shared) or not a.actors or not b.actors
    if a.precision == Precision.DAY and b.precision == Precision.DAY and shared:
        return bool((a.kinds | b.kinds) & (OCCASION_KINDS | {"event"}))
    return _kinds_compatible(a.kinds, b.kinds) and bool(shared)


def _group(candidates: list[Candidate]) -> list[_Group]:
    """Union the candidates that report the same happening (small buckets keyed by their dates)."""
    buckets: dict[tuple[dt.date, dt.date], list[_Group]] = {}
    for c in candidates:
        groups = buckets.setdefault((c.first, c.last), [])  # type: ignore[arg-type]
        single = _Group([c])
        for g in groups:
            if _same_happening(g, single):
                g.add(c)
                break
        else:
            groups.append(single)
    # One pass of pairwise unions so that A~B, B~C groups (found in a different order) meet.
    out: list[_Group] = []
    for groups in buckets.values():
        merged: list[_Group] = []
        for g in groups:
            for h in merged:
                if _same_happening(h, g):
                    h.extend(g.members)
                    break
            else:
                merged.append(g)
        out.extend(merged)
    return out


def _describe(group: _Group, noun: str = "") -> str:
    """ "the visit of 2024-06-19, reported in 000 and 003": the anchor as the reader can check it."""
    if not noun:
        kind = next((k for k in ("visit", "meeting", "agreement") if k in group.kinds), None) or \
            Counter(c.kind for c in group.members).most_common(1)[0][0]
        noun = kind if kind not in ("event", "period") else "event"
    when = group.first.isoformat() if group.precision == Precision.DAY else group.first.isoformat()[:4]
    return f"the {noun} of {when}, reported in {_and(group.documents)}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _anchor_for(c: Candidate, anchorable: dict[str, list[_Group]], doc: Document | None) -> tuple[dt.date, str, _Group | None] | None:
    """The date of the happening that a relative candidate counts from, how we know it, and its group."""
    kind_groups = anchorable.get(c.anchor_kind) or anchorable.get(_FAMILY.get(c.anchor_kind, ""), [])
    doc_id = c.mention.document
    noun = ""
    if c.referent is not None and doc is not None:
        noun = doc.text[c.referent[0]:c.referent[1]].split()[-1].lower()  # "The quake" → "quake"
    # The same article dates a happening of that kind: take the nearest one before the mention, else the first.
    local = [g for g in kind_groups if doc_id in g.documents]
    if local:
        def position(g: _Group) -> int:
            return min(m.mention.start for m in g.members if m.mention.document == doc_id)
        local.sort(key=position)
        before = [g for g in local if position(g) <= c.mention.start]
        g = before[-1] if before else local[0]
        return g.first, _describe(g, noun), g
    # Another article reports a happening of that kind about the same people.
    limit = doc.published if doc and doc.published else None
    remote = [g for g in kind_groups if doc_id not in g.documents and g.actors & c.actors
              and (limit is None or (limit - dt.timedelta(days=366) <= g.first <= limit))]
    if remote:
        g = max(remote, key=lambda g: (len(g.documents), len(g.members), g.first))
        return g.first, _describe(g, noun), g
    if doc and doc.published:
        return doc.published, f"the publication date {doc.published.isoformat()} of {doc.id}", None
    return None


def _resolve_offsets(unresolved: list[Candidate], groups: list[_Group], documents: dict[str, Document]
                     ) -> tuple[list[Candidate], dict[str, tuple[dt.date, dt.date, str, Candidate]]]:
    """Date the relative candidates. Also says, per document, which occasion its relative dates counted from."""
    # Happenings that can anchor "N years before": dated to the month or finer by the text itself, or by
    # the publication date ("on Monday"), but not themselves derived from another happening.
    anchorable: dict[str, list[_Group]] = {}
    for g in groups:
        if g.precision.rank <= Precision.MONTH.rank and any(not (c.period or c.relation or c.offset or
                                                                 c.explanation.startswith("implied"))
                                                            for c in g.members):
            for kind in g.kinds | _families(g.kinds):
                anchorable.setdefault(kind, []).append(g)
    out: list[Candidate] = []
    anchors_used: dict[str, tuple[dt.date, dt.date, str, Candidate]] = {}
    for c in unresolved:
        doc = documents.get(c.mention.document)
        anchor = _anchor_for(c, anchorable, doc)
        if anchor is None:
            continue
        day, how, group = anchor
        if group is not None and group.precision == Precision.DAY:
            anchors_used.setdefault(c.mention.document, (group.first, group.last, c.anchor_kind, c))
        if c.relation and group is None:
            # No article dates the occasion itself, only that it was reported by `day` (the publication
            # date): what came before or after it also happened by then.
            out.append(replace(c, first=day - RELATION_WINDOW, last=day, precision=Precision.DAY,
                               explanation=f"“{c.mention.text}”: {c.relation} an occasion no article dates; "
                                           f"placed within {RELATION_WINDOW.days} days before {how}"))
            continue
        if c.relation:
            # Known only to be shortly before/after the anchor: show the plausible window, and say so.
            if c.relation == "before":
                first, last = day - RELATION_WINDOW, day - dt.timedelta(days=1)
            else:
                first, last = day + dt.timedelta(days=1), day + RELATION_WINDOW
            if doc is not None and doc.published is not None and first <= doc.published < last:
                last = doc.published  # an article cannot report what had not happened yet
            out.append(replace(c, first=first, last=last, precision=Precision.DAY,
                               explanation=f"“{c.mention.text}”: shortly {c.relation} {how}; "
                                           f"placed within {RELATION_WINDOW.days} days"))
            continue
        if c.offset is None:
            continue
        when = day - c.offset
        if c.precision == Precision.YEAR:
            first, last = dt.date(when.year, 1, 1), dt.date(when.year, 12, 31)
        elif c.precision == Precision.DECADE:
            first, last = dt.date(when.year // 10 * 10, 1, 1), dt.date(when.year // 10 * 10 + 9, 12, 31)
        elif c.precision == Precision.MONTH:
            first = dt.date(when.year, when.month, 1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        else:
            first = last = when
        out.append(replace(c, first=first, last=last, explanation=f"{c.mention.text} before {how}"))
    return out, anchors_used


def _fold_coarse(groups: list[_Group]) -> list[_Group]:
    """A lone year/month mention of an occasion folds into the one finer occasion inside it."""
    fine = [g for g in groups if g.precision == Precision.DAY]
    out = []
    for g in groups:
        if g.precision.rank > Precision.DAY.rank and len(g.members) == 1 and not g.members[0].period \
                and not g.members[0].inferred:
            inside = [f for f in fine if g.first <= f.first and f.last <= g.last
                      and g.kinds & f.kinds & OCCASION_KINDS and g.actors & f.actors]
            if len(inside) == 1:
                inside[0].extend(g.members)
                continue
        out.append(g)
    return out


# "the visit", "Putin's rare visit", "this summit", "the newly signed agreement"; or the verb: "Putin visited".
_REFERENCE = re.compile(
    r"\b(?P<det>(?i:the|this|that)\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+)"
    r"(?P<mods>(?:(?!first\b|previous\b|last\b|older\b|earlier\b|former\b)[a-z][\w-]*\s+){0,4}?)"
    r"(?P<noun>visit|trip|summit|meeting|talks|agreement|pact|treaty|accord)\b"
    r"|\b(?:[A-Z][\w.-]*\s+){0,4}(?P<verb>visited|travell?ed\s+to|arrived\s+in|met\s+with)\b")
_NOUN_KIND = {"visit": "visit", "trip": "visit", "summit": "meeting", "meeting": "meeting", "talks": "meeting",
              "visited": "visit", "traveled to": "visit", "travelled to": "visit", "arrived in": "visit",
              "met with": "meeting", "agreement": "agreement", "pact": "agreement", "treaty": "agreement",
              "accord": "agreement"}
_RECENT_WORDS = re.compile(r"\b(?:new|newly|recent|recently|this|latest)\b", re.IGNORECASE)
REFERENCE_KINDS = OCCASION_KINDS | {"agreement"}


def _attach_references(groups: list[_Group], documents: list[Document], anchors_used: dict[str, _Group]) -> None:
    """Give a recent occasion (or what was signed at it) an undated mention in each article that refers
    to it without giving its date: the first such sentence per article."""
    recent = [g for g in groups if g.precision == Precision.DAY and g.kinds & REFERENCE_KINDS and g.explicit]
    if not recent:
        return
    for doc in documents:
        if doc.id in anchors_used:
            day = anchors_used[doc.id].first
            candidates = [g for g in recent if g.first == day]
        elif doc.published:
            candidates = [g for g in recent if dt.timedelta(0) <= doc.published - g.first <= dt.timedelta(days=60)]
        else:
            continue
        for family in (OCCASION_KINDS, frozenset({"agreement"})):
            targets = [g for g in candidates if g.kinds & family and (family != OCCASION_KINDS or
                                                                      g.kinds & OCCASION_KINDS)]
            if family != OCCASION_KINDS:
                targets = [g for g in targets if not g.kinds & OCCASION_KINDS]
            if len(targets) == 1:
                _attach_first_reference(targets[0], doc, family)


def _attach_first_reference(target: _Group, doc: Document, family: frozenset[str]) -> None:
    if doc.id in target.documents:
        return  # the article dates it itself, or already refers to it
    for sent in doc.sentences:
        for m in _REFERENCE.finditer(doc.text, sent.start, sent.end):
            if doc.is_excluded(m.start(), m.end()):
                continue
            kind = _NOUN_KIND[re.sub(r"\s+", " ", m.group("noun") or m.group("verb"))]
            if kind not in family or kind not in target.kinds:
                continue
            sentence = doc.text[sent.start:sent.end]
            people = actors_in(sentence) & target.actors
            if not people and not _RECENT_WORDS.search((m.group("mods") or "") + (m.group("det") or "")):
                continue
            mention = Mention(doc.id, m.start(), m.end(), doc.text[m.start():m.end()], sent.start, sent.end,
                              dated=False)
            target.add(Candidate(mention, target.first, target.last, target.precision, kind, "", sentence,
                                 frozenset(), inferred=True))
            return


def _title(group: _Group) -> str:
    occasion = bool(group.kinds & OCCASION_KINDS)

    def score(c: Candidate) -> tuple:
        return (c.period is False and c.mention.inferred, not c.mention.dated,
                occasion and c.kind not in OCCASION_KINDS, len(c.title) < 12, len(c.title))
    best = min((c for c in group.members if c.title), key=score, default=group.members[0])
    return best.title or "Event"


def _event_id(group: _Group, title: str) -> str:
    key = f"{group.first}|{group.last}|{title}|{','.join(sorted(group.kinds))}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


# What people did during an occasion that deserves its own line on the timeline (an agreement signed
# during a visit). The mention stays with the occasion too: it reports both.
OUTCOME_KINDS = frozenset({"agreement", "election", "death", "founding", "legal"})


def _outcomes_of_occasions(groups: list[_Group]) -> list[_Group]:
    out = []
    for g in groups:
        if g.precision != Precision.DAY or not (g.kinds & OCCASION_KINDS):
            continue
        for kind in sorted(g.kinds & OUTCOME_KINDS):
            members = [c for c in g.members if c.kind == kind and c.mention.dated]
            if members:
                out.append(_Group(members))
    return out


def merge(candidates: list[Candidate], documents: list[Document]) -> list[Event]:
    """Merge candidates from all `documents` into events sorted by date."""
    by_id = {d.id: d for d in documents}
    resolved = [c for c in candidates if c.first is not None]
    unresolved = [c for c in candidates if c.first is None]
    groups = _group(resolved)
    offsets, anchor_keys = _resolve_offsets(unresolved, groups, by_id)
    groups = _group(resolved + offsets)
    groups = _fold_coarse(groups)

    # Which recent occasion did an article's relative dates count from? Its undated references mean it.
    by_dates: dict[tuple[dt.date, dt.date], list[_Group]] = {}
    for g in groups:
        by_dates.setdefault((g.first, g.last), []).append(g)
    anchors_used: dict[str, _Group] = {}
    for doc_id, (first, last, kind, offset) in anchor_keys.items():
        family = {kind, _FAMILY.get(kind, kind)}
        match = [g for g in by_dates.get((first, last), []) if family & (g.kinds | _families(g.kinds))]
        if not match:
            continue
        anchors_used[doc_id] = match[0]
        if offset.referent is not None and doc_id not in match[0].documents:
            # "The visit, Putin's first in 24 years": that phrase refers to the anchor itself.
            doc = by_id[doc_id]
            lo, hi = offset.referent
            sentence = doc.text[offset.mention.sentence_start:offset.mention.sentence_end]
            mention = Mention(doc_id, lo, hi, doc.text[lo:hi], offset.mention.sentence_start,
                              offset.mention.sentence_end, dated=False)
            match[0].add(Candidate(mention, first, last, match[0].precision, kind, "", sentence, frozenset(),
                                   inferred=True))
    groups.extend(_outcomes_of_occasions(groups))
    _attach_references(groups, documents, anchors_used)

    events = []
    for g in groups:
        members = sorted(g.members, key=lambda c: (c.mention.document, c.mention.start))
        title = _title(g)
        explanations = list(dict.fromkeys(c.explanation for c in members if c.explanation and
                                          (c.inferred or c.period)))
        sentence = max((c.sentence for c in members if c.title == title), key=len, default=members[0].sentence)
        kinds = Counter(c.kind for c in members)
        events.append(Event(
            id=_event_id(g, title), title=title, first=g.first, last=g.last, precision=g.precision,
            mentions=tuple(c.mention for c in members), sentence=sentence,
            inferred=all(c.inferred for c in members if c.mention.dated),
            explanation="; ".join(explanations),
            kind=kinds.most_common(1)[0][0], period=all(c.period for c in members),
            reported=any(c.reported for c in members) and not any(c.mention.dated for c in members)))
    events.sort(key=lambda e: (e.first, e.last, e.title))
    return events
