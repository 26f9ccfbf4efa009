"""The JSON/CSV contract that scripts and the window rely on (see README.md, "extract")."""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from timeline_app.core.model import Document, Event, Mention, Problem, Timeline, TimeExpression, format_date


def mention_dict(m: Mention, origin: str = "") -> dict[str, Any]:
    """`origin`: where the phrase is in its file ("p. 4", "entry 3"); "" for a plain file."""
    return {"document": m.document, "start": m.start, "end": m.end, "text": m.text,
            "sentence_start": m.sentence_start, "sentence_end": m.sentence_end,
            "dated": m.dated, "inferred": m.inferred, "origin": origin}


# A timeline's document by id (`Timeline.document`: the first of a repeated id, as everywhere in the app).
DocumentLookup = Callable[[str], Document | None]


def mention_origin(document_of: DocumentLookup, m: Mention) -> str:
    """The place in its file of a mention's phrase ("p. 4"), "" when its document has no origins."""
    document = document_of(m.document)
    return document.origin_at(m.start) if document is not None and document.origins else ""


def _no_document(_doc_id: str) -> None:
    return None


def event_dict(e: Event, document_of: DocumentLookup | None = None) -> dict[str, Any]:
    """`document_of` (the timeline's `document`) gives each mention its `origin`; without it every origin is ""."""
    found = document_of or _no_document
    return {"id": e.id, "title": e.title,
            "start": format_date(e.first, e.precision), "end": format_date(e.last, e.precision),
            "precision": e.precision.value, "inferred": e.inferred, "explanation": e.explanation,
            "kind": e.kind, "period": e.period, "reported": e.reported, "sentence": e.sentence,
            "title_uncertain": e.title_uncertain,
            "mentions": [mention_dict(m, mention_origin(found, m)) for m in e.mentions]}


def timeline_dict(t: Timeline) -> dict[str, Any]:
    return {
        "documents": [_document_dict(d) for d in t.documents],
        "events": [event_dict(e, t.document) for e in t.events],
        "problems": [_problem_dict(p) for p in t.problems],
    }


def _document_dict(d: Document) -> dict[str, Any]:
    out: dict[str, Any] = {"id": d.id, "path": d.path, "title": d.shown_title,
                           "published": d.published.isoformat() if d.published else None}
    # Only when the file gives them (a feed entry's link; pages, parts, entries), so a plain article's entry
    # reads as it always did.
    if d.link:
        out["link"] = d.link
    if d.origins:
        out["origins"] = [{"offset": offset, "label": label} for offset, label in d.origins]
    # An undated article's date phrases that wait for its publication date ("on Thursday": `Document.waiting`),
    # counted, so a script sees what setting the date would bring; only when some wait, as the window says it.
    if d.published is None and d.waiting:
        out["waiting_dates"] = len(d.waiting)
    return out


def _problem_dict(p: Problem) -> dict[str, Any]:
    # level: "error" (not loaded), "skipped" (not an article), "warning" (loaded, with a caveat)
    return {"path": p.path, "message": p.message, "level": p.level}


# A lone surrogate: what os.fsdecode makes of a file name's bytes that are not UTF-8 ("caf\udce9.txt").
# It cannot be written as UTF-8, so a strict UTF-8 stdout raised UnicodeEncodeError and printed nothing.
_SURROGATE = re.compile("[\ud800-\udfff]")


def to_json(value: Any) -> str:
    """JSON text that is always valid UTF-8: non-ASCII characters as themselves, lone surrogates escaped
    ("\\udce9"), so json.loads gives back the very string and os.fsencode of a path gives its bytes."""
    return _escape_surrogates(_indented_json(value, ""))


def _escape_surrogates(text: str) -> str:
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _json_float(x: float) -> str:
    """json's own spelling of a float (allow_nan, as json.dumps by default)."""
    if x != x:
        return "NaN"
    if x == _INFINITY:
        return "Infinity"
    if x == -_INFINITY:
        return "-Infinity"
    return float.__repr__(x)


_INFINITY = float("inf")
# A scalar of exactly these types → its JSON text, as json's encoder writes it (ensure_ascii=False: a
# string's non-ASCII characters as themselves; json.encoder.encode_basestring is the C function).
_JSON_SCALAR: dict[type, Callable[[Any], str]] = {
    str: json.encoder.encode_basestring, int: int.__repr__, float: _json_float,
    bool: lambda b: "true" if b else "false", type(None): lambda _none: "null"}


def _indented_json(value: Any, indent: str) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)` with every line after the first indented by `indent`:
    the same characters, written here because json's indenting encoder is its pure-Python one (about 4 times
    slower than this on the events of `extract`: the C encoder cannot indent before Python 3.13)."""
    out: list[str] = []
    _write_json(value, indent, out)
    return "".join(out)


def _write_json(value: Any, indent: str, out: list[str]) -> None:
    """Append the pieces of `_indented_json(value, indent)` to `out`, to be joined once by the caller: joining
    each nested list and dict on its own copied a huge event's text once per level (a 512 KB chunk of the 1 MB
    news text held ~3 copies at once). Dicts with string keys, lists, tuples and the scalars of `_JSON_SCALAR`
    are written here; anything else (a subclass, a non-string key) is left to json itself, so its text is
    json's. Unlike json.dumps, a value that contains itself raises RecursionError (json: ValueError "Circular
    reference detected"), as does nesting deeper than Python's recursion limit."""
    kind = type(value)
    scalar = _JSON_SCALAR.get(kind)
    if scalar is not None:
        out.append(scalar(value))
        return
    append = out.append
    if kind is dict:
        if not value:
            append("{}")
            return
        inner = indent + "  "
        separator = ",\n" + inner
        mark = len(out)
        append("{\n" + inner)
        first = True
        for key, item in value.items():
            head = _JSON_KEYS.get(key)
            if head is None:
                if type(key) is not str:
                    del out[mark:]  # left to json as a whole, below
                    break
                head = _JSON_STR(key) + ": "
                if len(_JSON_KEYS) < 1000:  # the few keys of the formats, each written once
                    _JSON_KEYS[key] = head
            if first:
                first = False
            else:
                append(separator)
            kind = type(item)
            if kind is str:
                append(head + _JSON_STR(item))
            elif kind is int:
                append(head + int.__repr__(item))
            else:
                scalar = _JSON_SCALAR.get(kind)
                if scalar is not None:
                    append(head + scalar(item))
                else:
                    append(head)
                    _write_json(item, inner, out)
        else:
            append("\n" + indent + "}")
            return
    elif kind is list or kind is tuple:
        if not value:
            append("[]")
            return
        inner = indent + "  "
        separator = ",\n" + inner
        append("[\n" + inner)
        for i, item in enumerate(value):
            if i:
                append(separator)
            _write_json(item, inner, out)
        append("\n" + indent + "]")
        return
    # json's text holds no raw newline inside a string, so every "\n" in it starts an indented line
    append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent))


# a dict key → its JSON text and ": " (json's key separator when it indents); only str keys are kept, and a key
# equal to a str is one (1 == True but no str equals a non-str).
_JSON_KEYS: dict[Any, str] = {}
_JSON_STR = json.encoder.encode_basestring


def timeline_json(t: Timeline) -> str:
    return "".join(timeline_json_chunks(t))


def timeline_json_chunks(t: Timeline, extra: Sequence[tuple[str, Callable[[Event], Any]]] = (),
                         events: Iterable[Event] | None = None) -> Iterator[str]:
    """`timeline_json` piece by piece, one document, event or problem at a time, so that writing a large
    timeline never holds its whole dict or text: the same characters as `to_json(timeline_dict(t))`.

    `extra` adds (key, value of the event) after each event's own keys, as `timeline_csv`'s columns;
    `events` (default `t.events`) lets a caller pass them through a progress report."""
    def event_with_extra(e: Event) -> dict[str, Any]:
        data = event_dict(e, t.document)
        data.update((name, value(e)) for name, value in extra)
        return data

    lists = (("documents", map(_document_dict, t.documents)),
             ("events", map(event_with_extra, t.events if events is None else events)),
             ("problems", map(_problem_dict, t.problems)))  # timeline_dict's keys, in its order
    yield "{"
    for k, (key, values) in enumerate(lists):
        yield ("," if k else "") + "\n  " + json.dumps(key) + ": ["
        empty = True
        for value in values:
            # An item of a list at depth 2 is indented by 4 more spaces; JSON strings hold no raw newline.
            # One flat list of pieces joined once: the chunk is copied once, not once per level of nesting.
            pieces = ["," if not empty else "", "\n    "]
            _write_json(value, "    ", pieces)
            yield _escape_surrogates("".join(pieces))
            empty = False
        yield "]" if empty else "\n  ]"
    yield "\n}"


def printable(s: str) -> str:
    """A string with no lone surrogate, for formats that cannot escape one (CSV, TSV, messages): the bytes
    of an undecodable file name shown as \\xe9."""
    if not _SURROGATE.search(s):
        return s
    return _SURROGATE.sub(lambda m: (f"\\x{ord(m.group()) - 0xdc00:02x}" if 0xdc80 <= ord(m.group()) <= 0xdcff
                                     else "\ufffd"), s)


def _row(values: Iterable[Any]) -> list[Any]:
    return [printable(v) if isinstance(v, str) else v for v in values]


class _Rows:
    """Where a csv writer puts its rows, each ended by "\n".

    The writer is given the terminator "\r\n" because Python 3.11's csv quotes a field only for the
    characters of its terminator: with "\n" alone, a lone "\r" in a title (old Mac line ends) went out
    unquoted and split the row when read back. Every row is written in one call, so its "\r\n" is
    replaced here by the "\n" the formats have always used."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, line: str) -> None:
        self.parts.append(line[:-2] + "\n" if line.endswith("\r\n") else line)

    def text(self) -> str:
        return "".join(self.parts)

    def take(self) -> str:
        """The rows written since the last take."""
        text = "".join(self.parts)
        self.parts.clear()
        return text


CSV_COLUMNS = ("event_id", "title", "start", "end", "precision", "inferred", "explanation",
               "document", "mention_start", "mention_end", "mention_text", "sentence_start", "sentence_end",
               "dated", "origin", "title_uncertain")


def timeline_csv(t: Timeline, extra: Sequence[tuple[str, Callable[[Event], Any]]] = ()) -> str:
    """One row per mention (events repeat), so every row keeps its exact provenance.

    `extra` appends (column, value of the event) after the contract's columns (the exports add the user's
    note, star and edited flag); `extract` passes none."""
    return "".join(timeline_csv_chunks(t, extra))


def timeline_csv_chunks(t: Timeline, extra: Sequence[tuple[str, Callable[[Event], Any]]] = (),
                        events: Iterable[Event] | None = None) -> Iterator[str]:
    """`timeline_csv` piece by piece: the header, then each event's rows, so a large timeline is written
    as it goes. `events` (default `t.events`) lets a caller pass them through a progress report."""
    out = _Rows()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS + tuple(name for name, _ in extra))
    yield out.take()
    for e in t.events if events is None else events:
        more = [_cell(value(e)) for _, value in extra]
        uncertain = _cell(e.title_uncertain)
        for m in e.mentions:
            writer.writerow(_row([e.id, e.title, format_date(e.first, e.precision), format_date(e.last, e.precision),
                             e.precision.value, str(e.inferred).lower(), e.explanation, m.document, m.start, m.end,
                             m.text, m.sentence_start, m.sentence_end, str(m.dated).lower(),
                             mention_origin(t.document, m), uncertain, *more]))
        yield out.take()


def _cell(value: Any) -> Any:
    return str(value).lower() if isinstance(value, bool) else value


TSV_COLUMNS = ("start", "end", "type", "value", "text")


def expressions_tsv(expressions: Iterable[TimeExpression]) -> str:
    """`tag --format tsv`: one row per expression, no header, written by the csv module's tab dialect, so a
    tab, newline or quote inside an expression's text is quoted and every row parses back (csv excel-tab)."""
    out = _Rows()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\r\n")
    for x in expressions:
        writer.writerow(_row([x.start, x.end, x.type.value, x.value, x.text]))
    return out.text()


def expression_dict(x: TimeExpression) -> dict[str, Any]:
    return {"start": x.start, "end": x.end, "text": x.text, "type": x.type.value, "value": x.value,
            "first": x.first.isoformat() if x.first else None, "last": x.last.isoformat() if x.last else None,
            "precision": x.precision.value if x.precision else None, "mod": x.mod}
