"""The user's edits: a layer of operations over extraction, keyed by what they quote, never by list positions.

An edit names its event(s) by mention keys: (sha256 of the document's text, start, end) of a mention's phrase.
The same key finds the same passage after the articles are re-read, whatever order the events come out in,
so `apply_edits` re-applies every edit whose mentions still exist and lists the others with a reason.
An event whose title, date or mentions an edit changed, or that the user added, comes out with
`edited=True`; a note, a star or hiding shows in its own field (or in `hidden`) instead.
Pure functions over frozen dataclasses: no sqlite, no Qt.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any

from timeline_app.core.elide import elide
from timeline_app.core.model import Document, Event, Mention, Precision, Timeline, digest_text, human_date

MentionKey = tuple[str, int, int]  # (sha256 hex of the document text's UTF-8, start, end) of a mention's phrase

KINDS = ("title", "date", "hide", "unhide", "merge", "split", "add", "note", "star", "published")
# "published": the user's publication date of a whole article (a page that prints none, or prints it wrong). It
# names the article by its text's hash alone, (hash, 0, 0), and changes no event itself: the load reads the
# article on that day (`user_publication_dates`, pipeline.build_timeline's `published`). Its value is
# {"date": "YYYY-MM-DD"}, or {"date": None}: the user's date cleared (the last one for a text counts).
PUBLISHED = "published"


@dataclass(frozen=True)
class Edit:
    """One operation of the user's. `targets`: any one existing key finds the event; merge: the keys of
    every event merged (the first event found survives); split: the one mention split off; add: the new span.

    `value` is JSON-able: {"title": str} | {"first", "last": "YYYY-MM-DD", "precision": "day"|"month"|...} |
    {"note": str} | {"starred": bool} | add: {"title", "first", "last", "precision"}. Two optional entries
    settle ambiguity when one mention reports two events (an agreement signed during a visit): merge's
    "group_sizes" (how many of `targets` belong to each merged event, in order) and split's "event" (the keys
    of the event the mention is split from). The constructors below fill them in.
    """

    kind: str
    targets: tuple[MentionKey, ...]
    value: Mapping[str, Any] = field(default_factory=dict)
    id: int | None = None  # the project's row id once stored


@dataclass(frozen=True)
class EditedTimeline:
    timeline: Timeline  # what the user sees: edits applied, hidden events out
    hidden: tuple[Event, ...]  # hidden events (restorable with an "unhide" edit)
    unapplied: tuple[tuple[Edit, str], ...]  # edits whose mentions no longer exist, each with a reason


@lru_cache(maxsize=4096)
def _text_hash(text: str) -> str:
    # The sha256 of the UTF-8 (surrogatepass: a text with a lone surrogate still has a hash, identical to
    # UTF-8 for every valid text), fed a slice at a time as the analysis cache's keys are: no UTF-8 copy of a
    # whole large text.
    import hashlib  # imported on first use: the window is painted before any timeline is hashed

    digest = hashlib.sha256()
    digest_text(digest, text)
    return digest.hexdigest()


def document_hash(document: Document) -> str:
    """The sha256 hex of the document's text as UTF-8: the same text has the same hash wherever it lives."""
    return _text_hash(document.text)


def text_hashes(timeline: Timeline, memo: dict[str, str] | None = None, *,
                documents: Iterable[Document] | None = None) -> dict[str, str]:
    """Document id -> text hash of `documents` (every document of `timeline` unless told): each taken from
    `memo`, else from `timeline.text_hashes` (hashed where the timeline was made, cached or stored), else
    hashed; filled into `memo` (a new dict unless given), which is returned. The one place hashes known
    elsewhere are looked up, so that no text is hashed twice."""
    hashes: dict[str, str] = {} if memo is None else memo
    known = timeline.text_hashes or {}
    for d in timeline.documents if documents is None else documents:
        if d.id not in hashes:
            hashes[d.id] = known.get(d.id) or document_hash(d)
    return hashes


def mention_key(document: Document, mention: Mention) -> MentionKey:
    return (document_hash(document), mention.start, mention.end)


def event_keys(timeline: Timeline, event: Event) -> tuple[MentionKey, ...]:
    """The keys of every mention of `event` (mentions of documents not in `timeline` are left out)."""
    keys = []
    known = timeline.text_hashes or {}  # hashed where the timeline was made: not again
    for m in event.mentions:
        document = timeline.document(m.document)
        if document is not None:
            keys.append((known.get(document.id) or document_hash(document), m.start, m.end))
    return tuple(dict.fromkeys(keys))


# ---- constructors the UI uses, so that each edit carries the keys that find its event again ----

def date_value(first: dt.date, last: dt.date, precision: Precision | str) -> dict[str, str]:
    return {"first": first.isoformat(), "last": last.isoformat(), "precision": Precision(precision).value}


def publication_edit(text_hash: str, day: dt.date | None) -> Edit:
    """The user sets (`day`) or clears (None) the publication date of the article whose text hashes to
    `text_hash` (`document_hash`)."""
    return Edit(PUBLISHED, ((text_hash, 0, 0),), {"date": None if day is None else day.isoformat()})


def user_publication_dates(edits: Iterable[Edit]) -> dict[str, dt.date]:
    """Text hash -> the publication date the user set, from `edits` in order (the last for a text counts; a
    cleared one, or one whose value is not a date, leaves the text without)."""
    days: dict[str, dt.date] = {}
    for edit in edits:
        if edit.kind != PUBLISHED or not edit.targets or not isinstance(edit.targets[0][0], str):
            continue
        text_hash, raw = edit.targets[0][0], edit.value.get("date")
        try:
            days[text_hash] = dt.date.fromisoformat(raw)
        except (TypeError, ValueError):
            days.pop(text_hash, None)
    return days


def event_edit(timeline: Timeline, event: Event, kind: str, value: Mapping[str, Any] | None = None) -> Edit:
    """A title, date, hide, unhide, note or star edit of `event`."""
    if kind not in ("title", "date", "hide", "unhide", "note", "star"):
        raise ValueError(f"not an edit of one event: {kind!r}")
    return Edit(kind, event_keys(timeline, event), dict(value or {}))


def merge_edit(timeline: Timeline, events: Sequence[Event]) -> Edit:
    """Merge `events` into the first of them (its id, title and date stay)."""
    groups = [event_keys(timeline, e) for e in events]
    return Edit("merge", tuple(k for g in groups for k in g), {"group_sizes": [len(g) for g in groups]})


def split_edit(timeline: Timeline, event: Event, mention: Mention, value: Mapping[str, Any] | None = None
               ) -> Edit:
    """Split `mention` off `event` into an event of its own (same title and date unless `value` says)."""
    document = timeline.document(mention.document)
    if document is None:
        raise ValueError(f"the mention's document is not in the timeline: {mention.document!r}")
    return Edit("split", (mention_key(document, mention),),
                {**(value or {}), "event": [list(k) for k in event_keys(timeline, event)]})


# The longest article `mention_title` analyses again on the GUI thread (~0.25 s at extraction's speed).
TITLE_ANALYSIS_CHARS = 64_000


def mention_title(document: Document, mention: Mention) -> str:
    """The title `mention` has on its own, for the event a split makes of it (the merged event's title is
    another passage's, often another article's): the title the article's analysis gives the candidate, or the
    undated news, at that passage (extraction's and news' titles of its sentence). A passage the analysis finds
    nothing at (one added by hand) is titled by its text, as an added event without a title is. Analyses the
    one article again: an edit's moment, not a load's. An article longer than `TITLE_ANALYSIS_CHARS` is not
    analysed (it would hold the window for seconds: ~4 s a megabyte): its passage is titled by its text."""
    from timeline_app.core.analysis import analyse_document

    fallback = document.text[mention.start:mention.end].strip() or mention.text
    if len(document.text) > TITLE_ANALYSIS_CHARS:
        return fallback
    found = analyse_document(document)
    for candidate in (*(found.candidates or ()), *(item.candidate for item in found.news)):
        if candidate.start == mention.start and candidate.end == mention.end and candidate.title.strip():
            return candidate.title
    return fallback


def new_event_edit(document: Document, start: int, end: int, title: str, first: dt.date, last: dt.date,
                   precision: Precision | str) -> Edit:
    """A new event whose one mention is the span [start, end) of `document` (text selected in the article)."""
    if not 0 <= start < end <= len(document.text):
        raise ValueError(f"not a span of the document: {start}–{end}")
    return Edit("add", ((document_hash(document), start, end),),
                {"title": title, **date_value(first, last, precision)})


def describe_edit(edit: Edit) -> str:
    """The edit in a few words, for an undo menu or the list of edits that no longer apply."""
    v = edit.value
    try:
        if edit.kind == "title":
            return f"Rename to “{v.get('title', '')}”"
        if edit.kind in ("date", "add"):
            first, last, precision = _date_of(v)
            when = human_date(first, last, precision)
            return f"New event “{v.get('title', '')}” on {when}" if edit.kind == "add" else f"Set date to {when}"
    except (ValueError, TypeError, KeyError):
        pass
    if edit.kind == PUBLISHED:
        day = v.get("date")
        return f"Set publication date to {day}" if day else "Clear publication date"
    if edit.kind == "note":
        return "Clear note" if not v.get("note") else f"Note “{elide(str(v.get('note')), 40)}”"
    if edit.kind == "star":
        return "Star" if v.get("starred") else "Unstar"
    return {"hide": "Hide", "unhide": "Unhide", "merge": f"Merge {len(v.get('group_sizes') or ()) or 'several'}"
            " events", "split": "Split a passage off"}.get(edit.kind, edit.kind.capitalize() or "Edit")


# ---- applying ----

class _Unapplied(Exception):
    """Why one edit cannot be applied: becomes its entry in `EditedTimeline.unapplied`."""


@dataclass(eq=False)
class _Working:
    """An event while edits are applied: its current state and whether an edit touched it."""

    event: Event
    keys: set[MentionKey]
    hidden: bool = False
    changed: bool = False
    gone: bool = False  # merged into another


def apply_edits(timeline: Timeline, edits: Sequence[Edit], *,
                document_hashes: Mapping[str, str] | None = None,
                rows_with_documents: Callable[[Collection[str]], Iterable[int]] | None = None) -> EditedTimeline:
    """`timeline` with `edits` applied in order: hidden events set apart, events re-sorted by date.

    `timeline`'s events may be Event objects or columns (`ColumnEvents`, as a project or the timeline cache
    reads them): columns are edited where they stand, only the rows an edit names made into Events.
    `document_hashes` (document id → hash, see `text_hashes`) spares looking every text's hash up when the
    caller holds them all; without it, the timeline's own `text_hashes` are used and only the rest hashed.
    Every edit that cannot apply (its passage is gone, a merge of fewer than two events still there, an
    invalid value) is listed in `unapplied` with a reason a person can read, and the others still apply.
    `rows_with_documents` (document ids → the positions in `timeline.events` of exactly the events with a
    mention in one of them, e.g. `EventStore.rows_with_documents`) spares looking at every event's mentions
    (a window's edit at 2,000 articles: ~10 ms of its rename).
    """
    # The user's publication dates change no event here: the load read their articles on them.
    edits = [e for e in edits if e.kind != PUBLISHED]
    if not edits:
        return EditedTimeline(timeline, (), ())
    # Only read: the caller's memo itself, not a copy of it per view.
    hashes: Mapping[str, str] = document_hashes if document_hashes is not None else text_hashes(timeline)
    # The texts some edit names, the documents holding them (every copy of a text) and one document per text:
    # the same for events as objects or as columns.
    wanted = {k[0] for e in edits for k in _all_keys(e) if k and isinstance(k[0], str)}
    relevant = {doc_id: h for doc_id, h in hashes.items() if h in wanted}
    by_hash = {h: timeline.document(i) for i, h in relevant.items()}
    if _is_columns(timeline.events):
        return _apply_edits_to_columns(timeline, edits, relevant, by_hash)

    # Only events with a mention in a document some edit names can change: the rest pass through as they are.
    untouched: list[Event] = []
    working: list[_Working] = []
    owners: dict[MentionKey, list[_Working]] = {}
    if rows_with_documents is not None:
        # The same split from the caller's index: the rows between those named are sliced across whole.
        events, at = timeline.events, 0
        for row in sorted(set(rows_with_documents(relevant.keys()))):
            untouched.extend(events[at:row])
            working.append(_working(events[row], relevant, owners))
            at = row + 1
        untouched.extend(events[at:])
    else:
        for event in timeline.events:
            for m in event.mentions:
                if m.document in relevant:
                    break
            else:
                untouched.append(event)
                continue
            working.append(_working(event, relevant, owners))
    state = _State(timeline, by_hash, relevant, working, owners)
    unapplied = state.apply_all(edits)

    changed = sorted((_final(w) for w in state.working if not w.hidden and not w.gone), key=_DATE_ORDER)
    hidden = tuple(_final(w) for w in state.working if w.hidden and not w.gone)
    return EditedTimeline(replace(timeline, events=_merged(untouched, changed)), hidden, tuple(unapplied))


def _is_columns(events: Sequence[Event]) -> bool:
    return type(events).__name__ == "ColumnEvents"  # no numpy import just to ask


def _apply_edits_to_columns(timeline: Timeline, edits: Sequence[Edit], relevant: dict[str, str],
                            by_hash: dict[str, Document | None]) -> EditedTimeline:
    """`apply_edits` for events read as columns, with the same rules (its own `_State` applies each edit), made
    only for the rows that hold a passage some edit names: found in the mention columns, their Events made,
    edited; the edited ones then leave their rows and are slotted in by date (a bisection over the kept rows'
    dates and titles), and the result is the stored columns cut and joined around them
    (`EventColumns.concatenated`), the edited Events kept as they are. The rows nothing edits keep their
    places; among events of the very same dates and title the order may differ from `apply_edits`'s (which
    re-sorts every event of an edited document)."""
    import numpy as np

    from timeline_app.core.event_store import ColumnEvents, EventColumns

    events = timeline.events
    assert isinstance(events, ColumnEvents)
    c, documents, n = events.columns, timeline.documents, len(events)
    # The passages edits name, as the mention columns are matched against them (hashable, int offsets).
    named = {tuple(k) for e in edits for k in _all_keys(e)
             if len(k) == 3 and isinstance(k[0], str) and type(k[1]) is int and type(k[2]) is int}
    hash_at = [relevant.get(d.id) for d in documents]  # per document position

    # The rows holding a named passage, from the mention columns (a Python step per mention of an edited
    # document only).
    rows: set[int] = set()
    positions = [i for i, h in enumerate(hash_at) if h is not None]
    if positions:
        at = np.flatnonzero(np.isin(c.mention_doc, positions))
        row_of = np.searchsorted(c.mention_ptr, at, side="right") - 1
        for row, d, start, end in zip(row_of.tolist(), c.mention_doc[at].tolist(), c.mention_start[at].tolist(),
                                      c.mention_end[at].tolist()):
            if (hash_at[d], start, end) in named:
                rows.add(row)
    working: list[_Working] = []
    owners: dict[tuple[str, int, int], list[_Working]] = {}
    base: dict[int, tuple[int, Event]] = {}  # id(working) -> (row, its Event as stored)
    for row in sorted(rows):
        event = events[row]
        w = _working(event, relevant, owners)
        working.append(w)
        base[id(w)] = (row, event)

    class ColumnState(_State):
        def _new_id(self, prefix: str, key: tuple[str, int, int]) -> str:
            if self._ids is None:
                self._ids = set(events.ids())  # from the ids column: no Event made per row
            return super()._new_id(prefix, key)

    state = ColumnState(timeline, by_hash, relevant, working, owners)
    unapplied = state.apply_all(edits)

    removed: list[int] = []
    changed: list[Event] = []
    for w in state.working:
        row, stored = base.get(id(w), (-1, None))
        final = None if w.hidden or w.gone else _final(w)
        if final is not None and final is stored:
            continue  # untouched in effect: keeps its row
        if row >= 0:
            removed.append(row)
        if final is not None:
            changed.append(final)
    hidden = tuple(_final(w) for w in state.working if w.hidden and not w.gone)
    if not removed and not changed:
        return EditedTimeline(timeline, hidden, tuple(unapplied))
    changed.sort(key=_DATE_ORDER)
    kept = np.ones(n, bool)
    kept[removed] = False
    kept_rows = np.flatnonzero(kept)

    class KeptKeys(Sequence):  # (first, last, title) of the k-th kept row, read when bisection asks
        def __len__(self) -> int:
            return len(kept_rows)

        def __getitem__(self, k):  # type: ignore[override]
            return events.title_key(int(kept_rows[k]))

    keys = KeptKeys()
    # Each changed event goes before stored row `before` (n: at the end), after every kept row up to it.
    before: list[int] = []
    lo = 0
    for event in changed:
        lo = bisect_right(keys, _DATE_ORDER(event), lo=lo)
        before.append(int(kept_rows[lo]) if lo < len(kept_rows) else n)
    added = EventColumns.from_events(documents, changed)
    parts: list[tuple[EventColumns, int, int]] = []
    made: dict[int, Event] = {}
    # Each result row's stored row (-1: a changed event's, in `fresh` order): the store is cut and joined the
    # same way from the stored events' store (`ColumnEvents.store`), not built again from the columns.
    source_runs: list[np.ndarray] = []
    fresh: list[Event] = []
    cuts = sorted([(r, 1, 0) for r in removed] + [(b, 0, i) for i, b in enumerate(before)])
    row = out = 0
    for at_row, is_removal, i in cuts:  # at the same row, insertions come before its removal
        parts.append((c, row, at_row))
        source_runs.append(np.arange(row, at_row, dtype=np.int64))
        out += at_row - row
        row = at_row
        if is_removal:
            row += 1
        else:
            parts.append((added, i, i + 1))
            source_runs.append(np.full(1, -1, np.int64))
            fresh.append(changed[i])
            made[out] = changed[i]
            out += 1
    parts.append((c, row, n))
    source_runs.append(np.arange(row, n, dtype=np.int64))
    result = ColumnEvents(documents, EventColumns.concatenated(parts), made,
                          spliced_from=(events, np.concatenate(source_runs), fresh))
    return EditedTimeline(replace(timeline, events=result), hidden, tuple(unapplied))


def _merged(ordered: list[Event], changed: list[Event]) -> tuple[Event, ...]:
    """`changed` (sorted) slotted into `ordered` (a timeline's events, in date order) by date: a bisection
    each, then slices, rather than sorting 100,000 events again for a few edited ones."""
    out: list[Event] = []
    at = 0
    for event in changed:
        k = bisect_right(ordered, _DATE_ORDER(event), lo=at, key=_DATE_ORDER)
        out.extend(ordered[at:k])
        out.append(event)
        at = k
    out.extend(ordered[at:])
    return tuple(out)


_DATE_ORDER = attrgetter("first", "last", "title")  # the order merging gives


def _final(w: _Working) -> Event:
    return replace(w.event, edited=True) if w.changed and not w.event.edited else w.event


def _all_keys(edit: Edit) -> list[Any]:
    """Every key an edit names, unchecked (applying it checks them)."""
    keys = list(edit.targets)
    if edit.kind == "split" and isinstance(edit.value.get("event"), list):
        keys += edit.value["event"]
    return [k for k in keys if isinstance(k, (tuple, list))]


def _as_key(raw: Any) -> MentionKey:
    """A key from JSON ([hash, start, end]) or from code (a tuple)."""
    try:
        h, start, end = raw
    except (TypeError, ValueError):
        raise _Unapplied(f"a stored passage reference is not valid: {raw!r}") from None
    if not isinstance(h, str) or not isinstance(start, int) or not isinstance(end, int):
        raise _Unapplied(f"a stored passage reference is not valid: {raw!r}")
    return (h, start, end)


def _date_of(value: Mapping[str, Any]) -> tuple[dt.date, dt.date, Precision]:
    first = dt.date.fromisoformat(value["first"])
    last = dt.date.fromisoformat(value["last"])
    precision = Precision(value["precision"])
    if last < first:
        raise ValueError(f"the date ends ({last}) before it begins ({first})")
    return first, last, precision


def _event_id(prefix: str, key: MentionKey) -> str:
    import hashlib

    return f"ev-{prefix}-" + hashlib.sha1(f"{key[0]}|{key[1]}|{key[2]}".encode()).hexdigest()[:10]


def _working(event: Event, relevant: Mapping[str, str], owners: dict[MentionKey, list[_Working]]) -> _Working:
    """`event` as edits change it, filed in `owners` under the key of each mention in a `relevant` document."""
    w = _Working(event, set())
    for m in event.mentions:
        h = relevant.get(m.document)
        if h is not None:
            key = (h, m.start, m.end)
            w.keys.add(key)
            owners.setdefault(key, []).append(w)
    return w


class _State:
    """The events while edits apply, with an index from mention key to the events that hold it."""

    def __init__(self, timeline: Timeline, by_hash: dict[str, Document | None], hashes: dict[str, str],
                 working: list[_Working], owners: dict[MentionKey, list[_Working]]) -> None:
        self.timeline = timeline
        self.by_hash = by_hash
        self.hashes = hashes  # document id → hash, for the documents edits name
        self.working = working
        self.owners = owners
        self._ids: set[str] | None = None  # every event id, gathered when a new event needs one

    def apply_all(self, edits: Sequence[Edit]) -> list[tuple[Edit, str]]:
        """Apply `edits` in order; those that no longer fit, with why."""
        unapplied: list[tuple[Edit, str]] = []
        for edit in edits:
            try:
                self.apply(edit)
            except _Unapplied as why:
                unapplied.append((edit, str(why)))
        return unapplied

    def apply(self, edit: Edit) -> None:
        kind, value = edit.kind, edit.value
        if kind not in KINDS:
            raise _Unapplied(f"“{kind}” is not a kind of edit this version knows")
        if kind == "merge":
            return self._merge(edit)
        if kind == "split":
            return self._split(edit)
        if kind == "add":
            return self._add(edit)
        w = self._find([_as_key(k) for k in edit.targets])
        if kind == "title":
            title = value.get("title")
            if not isinstance(title, str) or not title.strip():
                raise _Unapplied("the new title is empty")
            w.event = replace(w.event, title=title.strip(), title_uncertain=False)  # (the user's own title)
            w.changed = True
        elif kind == "date":
            first, last, precision = self._date(value)
            # The user states the date: it is neither inferred nor only "reported on" any more.
            w.event = replace(w.event, first=first, last=last, precision=precision, inferred=False,
                              reported=False)
            w.changed = True
        elif kind == "hide":
            w.hidden = True
        elif kind == "unhide":
            w.hidden = False
        elif kind == "note":
            note = value.get("note", "")
            if not isinstance(note, str):
                raise _Unapplied("the note is not text")
            w.event = replace(w.event, note=note)
        elif kind == "star":
            starred = value.get("starred")
            if not isinstance(starred, bool):
                raise _Unapplied("the star is neither on nor off")
            w.event = replace(w.event, starred=starred)

    @staticmethod
    def _date(value: Mapping[str, Any]) -> tuple[dt.date, dt.date, Precision]:
        try:
            return _date_of(value)
        except (KeyError, TypeError, ValueError) as exc:
            raise _Unapplied(f"the date is not valid: {exc}") from None

    def _missing(self, keys: Sequence[MentionKey]) -> str:
        if keys and all(self.by_hash.get(k[0]) is None for k in keys):
            return ("the article it refers to is no longer among the sources, or its text has changed")
        return "no event is reported by that passage any more"

    def _find(self, keys: Sequence[MentionKey]) -> _Working:
        """The event holding the most of `keys`, and of those the one with the fewest other mentions."""
        best: _Working | None = None
        best_score = (0, 0)
        held: dict[int, int] = {}
        for key in dict.fromkeys(keys):
            for w in self.owners.get(key, ()):
                held[id(w)] = held.get(id(w), 0) + 1
        for key in dict.fromkeys(keys):
            for w in self.owners.get(key, ()):
                score = (held[id(w)], -(len(w.keys) - held[id(w)]))
                if score > best_score or best is None:
                    best, best_score = w, score
        if best is None:
            raise _Unapplied(self._missing(keys))
        return best

    def _merge(self, edit: Edit) -> None:
        keys = [_as_key(k) for k in edit.targets]
        sizes = edit.value.get("group_sizes")
        chosen: list[_Working] = []
        if isinstance(sizes, list) and all(isinstance(n, int) and n >= 0 for n in sizes) and sum(sizes) == len(
                keys):
            at = 0
            for n in sizes:
                group, at = keys[at:at + n], at + n
                try:
                    w = self._find(group)
                except _Unapplied:
                    continue
                if all(w is not c for c in chosen):
                    chosen.append(w)
        else:
            chosen = self._cover(keys)
        if len(chosen) < 2:
            raise _Unapplied("fewer than two of the events to merge are still there" if keys else
                             "no events to merge")
        survivor, others = chosen[0], chosen[1:]
        mentions = {(m.document, m.start, m.end): m for w in chosen for m in w.event.mentions}
        notes = [n for n in dict.fromkeys(w.event.note for w in chosen) if n]
        survivor.event = replace(
            survivor.event, mentions=tuple(mentions[k] for k in sorted(mentions)), note="\n\n".join(notes),
            starred=any(w.event.starred for w in chosen))
        survivor.changed = True
        for w in others:
            for key in w.keys:
                holders = self.owners[key]
                holders[:] = [h for h in holders if h is not w]
                if all(h is not survivor for h in holders):
                    holders.append(survivor)
                survivor.keys.add(key)
        for w in others:
            w.gone = True

    def _cover(self, keys: list[MentionKey]) -> list[_Working]:
        """Without group sizes: the fewest events that hold all of `keys`, best-fitting first."""
        wanted = set(keys)
        candidates: dict[int, _Working] = {}
        for key in keys:
            for w in self.owners.get(key, ()):
                candidates.setdefault(id(w), w)
        first_key_owner = {id(w) for w in self.owners.get(keys[0], ())} if keys else set()

        def fit(w: _Working) -> tuple[int, int, int]:
            inside = len(w.keys & wanted)
            return (-inside, len(w.keys) - inside, 0 if id(w) in first_key_owner else 1)

        chosen: list[_Working] = []
        covered: set[MentionKey] = set()
        for w in sorted(candidates.values(), key=fit):
            if (w.keys & wanted) - covered:
                chosen.append(w)
                covered |= w.keys & wanted
        # The event holding the first key survives, as with group sizes.
        chosen.sort(key=lambda w: 0 if id(w) in first_key_owner else 1)
        return chosen

    def _split(self, edit: Edit) -> None:
        if len(edit.targets) != 1:
            raise _Unapplied("a split names exactly one passage")
        key = _as_key(edit.targets[0])
        holders = self.owners.get(key, [])
        if not holders:
            raise _Unapplied(self._missing([key]))
        from_keys = [_as_key(k) for k in edit.value.get("event") or ()]
        if from_keys:
            w = self._find(from_keys)
            if all(w is not h for h in holders):
                w = max(holders, key=lambda h: len(h.keys))
        else:
            w = max(holders, key=lambda h: len(h.keys))
        def is_key(m: Mention) -> bool:
            return (self.hashes.get(m.document), m.start, m.end) == key

        split_off = [m for m in w.event.mentions if is_key(m)]
        rest = [m for m in w.event.mentions if not is_key(m)]
        if not rest:
            raise _Unapplied("that passage is the event's only one: there is nothing to split it from")
        first, last, precision = w.event.first, w.event.last, w.event.precision
        if "first" in edit.value:
            first, last, precision = self._date(edit.value)
        title = edit.value.get("title") or w.event.title
        new = replace(w.event, id=self._new_id("split", key), title=str(title), first=first, last=last,
                      precision=precision, mentions=tuple(split_off), note="", starred=False, edited=True,
                      title_uncertain=False, explanation=f"split off “{w.event.title}” by hand")
        w.event = replace(w.event, mentions=tuple(rest))
        w.changed = True
        w.keys.discard(key)
        nw = _Working(new, {key}, hidden=w.hidden, changed=True)
        self.owners[key] = [h for h in holders if h is not w] + [nw]
        self.working.append(nw)

    def _add(self, edit: Edit) -> None:
        if len(edit.targets) != 1:
            raise _Unapplied("a new event needs exactly one passage")
        key = _as_key(edit.targets[0])
        document = self.by_hash.get(key[0])
        if document is None:
            raise _Unapplied(self._missing([key]))
        _h, start, end = key
        if not 0 <= start < end <= len(document.text):
            raise _Unapplied("the passage lies outside the article's text")
        if self.owners.get(key):
            raise _Unapplied(f"that passage already reports “{self.owners[key][0].event.title}”")
        first, last, precision = self._date(edit.value)
        title = edit.value.get("title")
        if not isinstance(title, str) or not title.strip():
            title = document.text[start:end]
        first_sentence = document.sentence_at(start)
        last_sentence = document.sentence_at(end - 1)
        sentence_start = min(start, first_sentence.start if first_sentence else start)
        sentence_end = max(end, last_sentence.end if last_sentence else end)
        mention = Mention(document.id, start, end, document.text[start:end], sentence_start, sentence_end,
                          dated=False)
        event = Event(id=self._new_id("user", key), title=title.strip(), first=first, last=last,
                      precision=precision, mentions=(mention,),
                      sentence=document.text[sentence_start:sentence_end], explanation="added by hand",
                      edited=True)
        w = _Working(event, {key}, changed=True)
        self.owners[key] = [w]
        self.working.append(w)

    def _new_id(self, prefix: str, key: MentionKey) -> str:
        if self._ids is None:
            self._ids = {e.id for e in self.timeline.events}
        base = new = _event_id(prefix, key)
        n = 2
        while new in self._ids:
            new, n = f"{base}-{n}", n + 1
        self._ids.add(new)
        return new


# ---- following a passage into a changed document ----

def follow_changed_documents(edits: Sequence[Edit], old_documents: Sequence[Document],
                             new_documents: Sequence[Document], *, old_hashes: Mapping[str, str] | None = None,
                             new_hashes: Mapping[str, str] | None = None) -> list[Edit]:
    """The edits (of `edits`) that name a passage of a document whose text changed, re-keyed to the new text.

    A document changed when its text's hash is gone and the new reading has the same document with another
    text. The same document: the same path and the same `part_key`, for a file of several documents (a
    feed's entry by its id, a mailbox's message by its Message-ID, wherever they moved), so an edit of entry 3
    never follows into entry 1 after a new entry at the top. A keyed document that is gone (an entry dropped)
    is followed nowhere. Without a key to go by (a project saved before documents had keys, duplicated ids),
    each of the file's changed documents is tried and a passage follows only when exactly one holds it.

    A passage follows only when its whole sentence (the sentences it spans) is in the new text exactly once:
    the same words around it, so the same statement, wherever it moved. The same offsets with the same quoted
    text would not be safe: "2000" at offset 70 may be another sentence's year after an edit, and any insertion
    before it moves it. Passages that cannot follow keep their old keys (and `apply_edits` lists the edit as
    unapplied).
    """
    old_hash = dict(old_hashes) if old_hashes is not None else {d.id: document_hash(d) for d in old_documents}
    new_hash = dict(new_hashes) if new_hashes is not None else {d.id: document_hash(d) for d in new_documents}
    present = set(new_hash.values())
    before = set(old_hash.values())
    old_count: dict[tuple[str, str], int] = {}
    for d in old_documents:
        old_count[(d.path, d.part_key)] = old_count.get((d.path, d.part_key), 0) + 1
    new_by_identity: dict[tuple[str, str], list[Document]] = {}
    new_by_path: dict[str, list[Document]] = {}
    for d in new_documents:
        new_by_identity.setdefault((d.path, d.part_key), []).append(d)
        new_by_path.setdefault(d.path, []).append(d)
    changed: dict[str, tuple[Document, list[tuple[Document, str]]]] = {}  # old hash → (old, [(new, new hash)])
    for d in old_documents:
        h = old_hash.get(d.id)
        if h is None or h in present:
            continue
        identity = (d.path, d.part_key)
        if old_count[identity] == 1 and (d.part_key or identity in new_by_identity):
            candidates = new_by_identity.get(identity, [])  # the same document, or (keyed and gone) none
        else:  # nothing tells which of the file's documents it is: any that changed, if just one holds it
            candidates = [n for n in new_by_path.get(d.path, []) if new_hash.get(n.id) not in before]
        found = [(n, new_hash[n.id]) for n in candidates if new_hash.get(n.id) not in (None, h)]
        if found:
            changed[h] = (d, found)
    if not changed:
        return []

    def follow(raw: Any) -> Any:
        if not (isinstance(raw, (list, tuple)) and len(raw) == 3 and raw[0] in changed):
            return raw
        old, candidates = changed[raw[0]]
        spots = [(h, spot) for new, h in candidates if (spot := _relocate(old, new, raw[1], raw[2])) is not None]
        if len(spots) != 1:  # nowhere, or in two documents: which one is a guess
            return raw
        h, spot = spots[0]
        return (h, *spot) if isinstance(raw, tuple) else [h, *spot]

    def follow_article(raw: Any) -> Any:
        # A publication date names the whole article: it follows the one same document whose text changed.
        if not (isinstance(raw, (list, tuple)) and len(raw) == 3 and raw[0] in changed):
            return raw
        found = changed[raw[0]][1]
        if len(found) != 1:
            return raw
        return (found[0][1], 0, 0) if isinstance(raw, tuple) else [found[0][1], 0, 0]

    out = []
    for edit in edits:
        targets = tuple((follow_article if edit.kind == PUBLISHED else follow)(k) for k in edit.targets)
        value = edit.value
        if edit.kind == "split" and isinstance(value.get("event"), list):
            value = {**value, "event": [follow(k) for k in value["event"]]}
        if targets != edit.targets or value != edit.value:
            out.append(replace(edit, targets=targets, value=value))
    return out


def _relocate(old: Document, new: Document, start: Any, end: Any) -> tuple[int, int] | None:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(old.text)):
        return None
    first = old.sentence_at(start)
    last = old.sentence_at(end - 1)
    around_start = min(start, first.start) if first else max(0, start - _CONTEXT)
    around_end = max(end, last.end) if last else min(len(old.text), end + _CONTEXT)
    context = old.text[around_start:around_end]
    at = new.text.find(context)
    if at < 0 or new.text.find(context, at + 1) >= 0:
        return None
    return at + start - around_start, at + end - around_start


_CONTEXT = 80  # characters each side of a passage outside any sentence
